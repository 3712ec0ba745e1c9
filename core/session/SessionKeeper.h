// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiClient.h"
#include "onboarding/SessionContext.h"
#include "session/KeptCall.h"

#include <QDateTime>
#include <QList>
#include <QLoggingCategory>
#include <QNetworkProxy>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

class QNetworkAccessManager;
class QTimer;

namespace studio::session {

Q_DECLARE_LOGGING_CATEGORY(lcSession)

// Keeps the bunq session of one profile usable, and sends every call of that profile.
//
// - Before a call goes out, a session that has expired by the clock is renewed first.
// - A call that gets "Insufficient authorisation." or "Insufficient authentication." (any
//   status) makes the keeper open one new session on the installation token, emit
//   contextChanged(), and send the call once more.
// - Only one session-server call runs at a time, and no more than one per 30 s (bunq's limit):
//   calls that meet a dead session meanwhile wait for that one renewal.
// - If session-server rejects the new session with the same text, the API key was revoked or
//   the sandbox was reset. The keeper then stops (State::Stopped), fails the waiting calls and
//   emits renewalStopped().
//
// The keeper sends through a QNetworkAccessManager of its own, so that setProxy() applies to
// this profile only: QNetworkAccessManager::setProxy() is per manager, and ApiClient keeps the
// manager it was built with.
class SessionKeeper : public QObject
{
    Q_OBJECT

public:
    enum class State
    {
        Alive,    // a session that is usable, as far as the keeper can tell
        Expired,  // no usable session, so the next call opens one first
        Renewing, // a new session is being opened, and calls wait for it
        Stopped,  // bunq rejected a new session (the API key may be revoked), so calls fail
        Closed,   // closeSession() ended the session, so calls fail until renewNow()
    };
    Q_ENUM(State)

    // network is the application's manager, whose proxy setting the keeper starts with. context
    // must contain an installation and a device. Without a session, the first call opens one.
    SessionKeeper(QNetworkAccessManager *network, const onboarding::SessionContext &context,
                  QObject *parent = nullptr);
    ~SessionKeeper() override;

    const onboarding::SessionContext &context() const { return m_context; }
    bool hasSession() const { return m_context.hasSession(); }
    State state() const { return m_state; }
    // The keeper's estimate of the session's end: the server's Token.created plus
    // session_timeout, moved forward by the calls that extend it (see extendExpiry()). Invalid
    // when there is no session, or when the keeper goes on with a session whose end is unknown.
    QDateTime expiry() const;

    // The client the keeper sends with, configured with the context's keys and environment.
    // Calls sent on it directly bypass renewal; use send() for those that need a session.
    api::ApiClient *client() const { return m_client; }

    // bunq locale for X-Bunq-Language and X-Bunq-Region: "en_US", "nl_NL" or "de_DE".
    void setLocale(const QByteArray &bunqLocale);
    // The source of "now" in UTC, for tests; the system clock by default.
    void setClock(std::function<QDateTime()> utcNow);
    // How long the keeper's timer sleeps at most before it reads the clock again, in ms
    // (default 60000). Tests with a manual clock set a few milliseconds.
    void setTimerIntervalMs(int intervalMs);

    // Sends every later call of this profile through proxy, or directly for
    // QNetworkProxy::NoProxy. Calls to a plain http:// API (the local sandbox) through a proxy
    // that is not on loopback fail before sending, because they would cross the network
    // unencrypted (see proxyConflict()).
    void setProxy(const QNetworkProxy &proxy);
    QNetworkProxy proxy() const;

    // Sends request with the session token in X-Bunq-Client-Authentication, after opening a
    // session when needed. The returned call belongs to the keeper and reports once.
    KeptCall *send(const api::ApiRequest &request);

    // Opens a new session now, whatever the state. A session that may still be live is ended
    // with DELETE session first, because bunq may reject a second session on one installation.
    // Does nothing while a renewal runs.
    void renewNow();

    // Sends DELETE /v1/session/{sessionId} and goes to State::Closed at once, so later calls
    // fail until renewNow(). When the DELETE succeeds, or gets the dead-session error, the token
    // leaves the context (hasSession() is false) and contextChanged() is emitted. Returns the
    // DELETE call, or nullptr when there was no session to close.
    KeptCall *closeSession();

    // Keeps the session from expiring while the app is open; off by default. 15 s before the
    // expected end, the keeper sends GET /v1/user, the cheapest call that needs a session.
    // bunq extends a session on any request in its last 30 s, so the token stays the same and
    // nothing has to be saved. Opening a new session instead would need a signed
    // session-server call, limited to one per 30 s, and a new token to store.
    void setKeepAlive(bool on);
    bool keepAlive() const { return m_keepAlive; }

    // The session-server error that stopped the keeper, and its explanation; empty unless
    // the state is Stopped.
    std::optional<api::ApiError> stopError() const { return m_stopError; }
    QString stopExplanation() const { return m_stopExplanation; }

    // Returns true for bunq's two error texts for a dead session token, whatever the status.
    static bool isDeadSessionError(const api::ApiError &error);

Q_SIGNALS:
    // The context changed: a new session was opened, or a closed one removed. Save it at once.
    void contextChanged(const studio::onboarding::SessionContext &context);
    void stateChanged(studio::session::SessionKeeper::State state);
    // session-server rejected a new session with the dead-session text. explanation informs the
    // user that the API key may be revoked or the sandbox reset, and what to do.
    void renewalStopped(const studio::api::ApiError &error, const QString &explanation);
    // A renewal waits for bunq's limit of one session-server call per 30 s; it starts at
    // notBeforeUtc.
    void renewalWaiting(const QDateTime &notBeforeUtc);
    // Every exchange the keeper made: calls, retries, session-server, DELETE session, keep-alive.
    void exchangeFinished(const studio::api::ApiExchange &exchange);

private:
    QDateTime now() const;
    void setState(State state);
    bool expiredByClock() const;

    void submit(KeptCall *call);
    void dispatch(KeptCall *call);
    void onCallFinished(KeptCall *call, const api::ApiResult &result);
    void failCall(KeptCall *call, const api::ApiError &error);
    void dispatchWaiting();
    void failWaiting(const api::ApiError &error);
    api::ApiCall *sendToApi(const api::ApiRequest &request);

    void startRenewal(bool endCurrentSessionFirst);
    void endSessionThenOpen();
    void openSessionWhenAllowed();
    void openSession();
    void onSessionServerFinished(const api::ApiResult &result);
    void adoptSession(const api::ApiResult &result);
    void keepServerSession();
    void failRenewal(const api::ApiError &error);
    void stop(const api::ApiError &error);
    QString explainStop(const api::ApiError &error) const;
    void abortRenewal();

    void onSessionClosed(const api::ApiResult &result);

    void extendExpiry(const QDateTime &sentAt);
    QDateTime keepAliveDue() const;
    void rescheduleTimer();
    void onTimer();
    void sendKeepAlive();

    QNetworkAccessManager *m_network;
    api::ApiClient *m_client;
    onboarding::SessionContext m_context;
    State m_state = State::Expired;
    std::function<QDateTime()> m_clock;

    QDateTime m_expiry;
    bool m_expiryKnown = true;
    bool m_tokenKnownDead = false;   // the current token got the dead-session error
    QDateTime m_lastSessionServerAt; // keeper clock; Token.created for the context's session

    QList<QPointer<KeptCall>> m_waiting;  // calls waiting for the renewal
    QPointer<api::ApiCall> m_renewalCall; // DELETE of the old session or session-server
    bool m_renewalPaced = false;          // waiting for the session-server interval

    bool m_keepAlive = false;
    QPointer<KeptCall> m_keepAliveCall;
    QDateTime m_lastKeepAliveAt;
    QTimer *m_timer;
    int m_timerIntervalMs = 60000;

    std::optional<api::ApiError> m_stopError;
    QString m_stopExplanation;
};

} // namespace studio::session
