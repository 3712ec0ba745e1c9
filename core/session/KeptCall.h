// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiClient.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

#include <optional>

namespace studio::session {

class SessionKeeper;

// One call sent through a SessionKeeper. It may wait for a new session before it goes out, and
// it goes out a second time when the first attempt met a dead session. It reports exactly once
// through finished(), also after abort(). The signal is queued, so it never arrives before
// SessionKeeper::send() has returned. Then the call deletes itself with deleteLater().
class KeptCall : public QObject
{
    Q_OBJECT

public:
    ~KeptCall() override;

    // The request as given to SessionKeeper::send(); the keeper adds the session token when it
    // sends it.
    const api::ApiRequest &request() const { return m_request; }
    // How often the request went on the wire: 0 while it waits for a session, 1, or 2 after a
    // retry on a new session.
    int attempts() const { return m_attempts; }
    bool isFinished() const { return m_finished; }

    // Aborts the call, sent or waiting; finished() then reports a Network error. Does nothing
    // once the call has finished.
    void abort();

Q_SIGNALS:
    // The outcome of the last attempt. A call that never went out has an exchange with only the
    // method and URL, and the error that kept it back.
    void finished(const studio::api::ApiResult &result);

private:
    friend class SessionKeeper;

    // The keeper's reaction when the call meets a dead session.
    enum class OnDeadSession
    {
        RenewAndRetry, // open one new session and send the call again
        Report,        // report the error as it came, as for DELETE session
    };

    KeptCall(const api::ApiRequest &request, OnDeadSession onDeadSession, SessionKeeper *keeper);

    // Reports result from the event loop, once.
    void finish(api::ApiResult result);

    api::ApiRequest m_request;
    OnDeadSession m_onDeadSession;
    QPointer<api::ApiCall> m_call; // the attempt in flight, if any
    QByteArray m_sentToken;        // the session token of the last attempt
    QDateTime m_sentAt;            // keeper clock, when the last attempt went out
    std::optional<api::ApiExchange> m_lastExchange;
    int m_attempts = 0;
    bool m_aborted = false;
    bool m_finished = false;
};

} // namespace studio::session
