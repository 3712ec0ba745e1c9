// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/KeptCall.h"

#include "session/SessionKeeper.h"

#include <QMetaObject>

namespace studio::session {

KeptCall::KeptCall(const api::ApiRequest &request, OnDeadSession onDeadSession,
                   SessionKeeper *keeper)
    : QObject(keeper)
    , m_request(request)
    , m_onDeadSession(onDeadSession)
{}

KeptCall::~KeptCall() = default;

void KeptCall::abort()
{
    if (m_finished || m_aborted)
        return;
    m_aborted = true;

    // A call on the wire reports through its ApiCall, which the keeper turns into finish().
    if (m_call) {
        m_call->abort();
        return;
    }

    api::ApiResult result;
    if (m_lastExchange)
        result.exchange = *m_lastExchange;
    api::ApiError error;
    error.kind = api::ApiError::Kind::Network;
    error.detail = tr("The call was cancelled before it was sent.");
    result.error = error;
    finish(std::move(result));
}

void KeptCall::finish(api::ApiResult result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_call = nullptr;

    // Queued, so that a call that fails at once still reports after send() returned and the
    // caller connected to finished().
    QMetaObject::invokeMethod(
        this,
        [this, result = std::move(result)] {
            Q_EMIT finished(result);
            deleteLater();
        },
        Qt::QueuedConnection);
}

} // namespace studio::session
