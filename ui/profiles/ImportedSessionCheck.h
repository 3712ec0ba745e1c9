// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiClient.h"
#include "onboarding/SessionContext.h"

#include <QObject>
#include <QPointer>

class QNetworkAccessManager;

namespace studio::ui {

// Asks the server about a session read from a context file: whether its token still works
// (GET /v1/user) and, when it does not, opens a new one on the installation token
// (POST /v1/session-server). The time stored in a context file is written by another
// program's clock, so only the server can tell whether the session is alive.
class ImportedSessionCheck : public QObject
{
    Q_OBJECT

public:
    enum class Request { Check, Reopen };
    enum class Verdict {
        Alive,  // the token works; context carries the user the server returned
        Ended,  // the server rejected the token as unknown, ended or expired (401 or 403)
        Opened, // a new session was opened; context carries its token, user and expiry
        Failed, // anything else: network, signature, bunq's error; see result.error
    };

    struct Outcome
    {
        Request request = Request::Check;
        Verdict verdict = Verdict::Failed;
        api::ApiResult result;
        onboarding::SessionContext context;
        QString problem; // why a 200 reply could not be read; empty otherwise
    };

    // The network manager is owned by the caller and must outlive this object. Pass one with
    // the profile's proxy set when the calls must go through a proxy.
    explicit ImportedSessionCheck(QNetworkAccessManager *network, QObject *parent = nullptr);

    void setNetwork(QNetworkAccessManager *network) { m_network = network; }

    // Each starts one call and reports through finished() once. A call still running is
    // cancelled first.
    void checkAlive(const onboarding::SessionContext &context);
    void reopen(const onboarding::SessionContext &context);
    // Aborts the running call, if any, without reporting it.
    void cancel();

    bool isBusy() const { return !m_call.isNull(); }

    // bunq locale for X-Bunq-Language and X-Bunq-Region.
    void setLocale(const QByteArray &bunqLocale) { m_locale = bunqLocale; }

Q_SIGNALS:
    void finished(const studio::ui::ImportedSessionCheck::Outcome &outcome);

private:
    void start(Request request, const onboarding::SessionContext &context,
               const api::ApiRequest &call);
    void onFinished(const api::ApiResult &result);
    Outcome readCheck(const api::ApiResult &result) const;
    Outcome readReopen(const api::ApiResult &result) const;

    QNetworkAccessManager *m_network;
    QByteArray m_locale = "en_US";
    api::ApiClient *m_client = nullptr;
    QPointer<api::ApiCall> m_call;
    Request m_request = Request::Check;
    onboarding::SessionContext m_context;
};

} // namespace studio::ui
