// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/SessionKeeper.h"

#include "onboarding/ResponseParsers.h"
#include "session/ProxySettings.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace studio::session {

Q_LOGGING_CATEGORY(lcSession, "studio.core.session")

namespace {

// bunq allows one session-server call per 30 s from one IP.
constexpr qint64 sessionServerIntervalSeconds = 30;
// The extension rule of bunq's API reference: a request in the last 30 s of a session extends
// it from that moment by the session timeout, but by at most 5 minutes.
constexpr qint64 extensionWindowSeconds = 30;
constexpr qint64 maxExtensionSeconds = 300;
// The keep-alive call goes out this long before the expected end, well inside the window.
constexpr qint64 keepAliveLeadSeconds = 15;

const QString insufficientAuthorisation = u"Insufficient authorisation."_s;
const QString insufficientAuthentication = u"Insufficient authentication."_s;
const QString sessionAlreadyExists = u"Authentication token already has a user session."_s;

QString timeText(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

QByteArray compactJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

SessionKeeper::SessionKeeper(QNetworkAccessManager *network,
                             const onboarding::SessionContext &context, QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
    , m_context(context)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
    , m_timer(new QTimer(this))
{
    qRegisterMetaType<api::ApiResult>();
    if (network)
        m_network->setProxy(network->proxy());

    m_client = new api::ApiClient(m_network, m_context.environment, this);
    m_client->setClientKey(m_context.clientKey);
    m_client->setServerKey(m_context.serverPublicKey);

    m_expiry = m_context.expiry();
    if (m_context.hasSession()) {
        m_state = State::Alive;
        m_lastSessionServerAt = m_context.sessionCreated;
    }

    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &SessionKeeper::onTimer);
}

SessionKeeper::~SessionKeeper()
{
    // The calls' network replies go before the manager that made them.
    delete m_client;
}

QDateTime SessionKeeper::expiry() const
{
    if (!m_context.hasSession() || !m_expiryKnown)
        return {};
    return m_expiry;
}

void SessionKeeper::setLocale(const QByteArray &bunqLocale)
{
    m_client->setLocale(bunqLocale);
}

void SessionKeeper::setClock(std::function<QDateTime()> utcNow)
{
    m_clock = std::move(utcNow);
    rescheduleTimer();
}

void SessionKeeper::setTimerIntervalMs(int intervalMs)
{
    m_timerIntervalMs = qMax(1, intervalMs);
    rescheduleTimer();
}

void SessionKeeper::setProxy(const QNetworkProxy &proxy)
{
    m_network->setProxy(proxy);
    // Connections made without the proxy, or through the old one, must not carry later calls.
    m_network->clearConnectionCache();
    qCInfo(lcSession).noquote() << u"Proxy for this profile: %1"_s.arg(
        proxy.type() == QNetworkProxy::NoProxy ? u"none"_s : proxyUrlForDisplay(proxy));
}

QNetworkProxy SessionKeeper::proxy() const
{
    return m_network->proxy();
}

KeptCall *SessionKeeper::send(const api::ApiRequest &request)
{
    auto *call = new KeptCall(request, KeptCall::OnDeadSession::RenewAndRetry, this);
    submit(call);
    return call;
}

void SessionKeeper::renewNow()
{
    if (m_state == State::Renewing)
        return;

    const bool mayBeLive = m_context.hasSession() &&
                           (m_state == State::Alive || m_state == State::Closed) &&
                           !expiredByClock();
    startRenewal(mayBeLive);
}

KeptCall *SessionKeeper::closeSession()
{
    setState(State::Closed);
    abortRenewal();

    api::ApiError closed;
    closed.kind = api::ApiError::Kind::Usage;
    closed.detail = tr("The session was closed before this call could be sent.");
    failWaiting(closed);

    if (!m_context.hasSession())
        return nullptr;

    // bunq ends the session whose token is sent, whatever the id; the real id makes the log
    // readable.
    api::ApiRequest request;
    request.method = "DELETE";
    request.path = u"session/%1"_s.arg(m_context.sessionId);
    auto *call = new KeptCall(request, KeptCall::OnDeadSession::Report, this);
    connect(call, &KeptCall::finished, this, &SessionKeeper::onSessionClosed);
    qCInfo(lcSession).noquote() << u"Closing session %1."_s.arg(m_context.sessionId);
    dispatch(call);
    return call;
}

void SessionKeeper::setKeepAlive(bool on)
{
    m_keepAlive = on;
    rescheduleTimer();
}

bool SessionKeeper::isDeadSessionError(const api::ApiError &error)
{
    return error.descriptions.contains(insufficientAuthorisation) ||
           error.descriptions.contains(insufficientAuthentication);
}

QDateTime SessionKeeper::now() const
{
    return m_clock().toUTC();
}

void SessionKeeper::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
    rescheduleTimer();
}

bool SessionKeeper::expiredByClock() const
{
    if (!m_context.hasSession())
        return true;
    // After session-server reported that the old session is still live, its end is unknown, so
    // only a dead-session error starts the next renewal.
    if (!m_expiryKnown || !m_expiry.isValid())
        return false;
    return now() >= m_expiry;
}

void SessionKeeper::submit(KeptCall *call)
{
    switch (m_state) {
    case State::Stopped: {
        api::ApiError error = m_stopError.value_or(api::ApiError{});
        error.detail = m_stopExplanation;
        failCall(call, error);
        return;
    }
    case State::Closed: {
        api::ApiError error;
        error.kind = api::ApiError::Kind::Usage;
        error.detail = tr("The session of this profile was closed, so nothing was sent. Open a "
                          "new session to send calls again.");
        failCall(call, error);
        return;
    }
    case State::Renewing:
        m_waiting.append(call);
        return;
    case State::Alive:
        if (!expiredByClock()) {
            dispatch(call);
            return;
        }
        qCInfo(lcSession).noquote()
            << u"Session %1 expired at %2 by the clock; opening a new one before the call."_s.arg(
                   QString::number(m_context.sessionId), timeText(m_expiry));
        break;
    case State::Expired:
        break;
    }

    m_waiting.append(call);
    startRenewal(false);
}

void SessionKeeper::dispatch(KeptCall *call)
{
    api::ApiRequest request = call->m_request;
    request.authToken = m_context.sessionToken;
    call->m_sentToken = request.authToken;
    call->m_sentAt = now();
    ++call->m_attempts;

    api::ApiCall *apiCall = sendToApi(request);
    call->m_call = apiCall;
    connect(apiCall, &api::ApiCall::finished, call,
            [this, call](const api::ApiResult &result) { onCallFinished(call, result); });
}

void SessionKeeper::onCallFinished(KeptCall *call, const api::ApiResult &result)
{
    call->m_call = nullptr;
    call->m_lastExchange = result.exchange;
    Q_EMIT exchangeFinished(result.exchange);

    const bool deadSession = result.error && isDeadSessionError(*result.error);
    const bool mayRetry = deadSession && !call->m_aborted &&
                          call->m_onDeadSession == KeptCall::OnDeadSession::RenewAndRetry &&
                          call->m_attempts < 2;
    if (!mayRetry) {
        if (result.ok() && call->m_onDeadSession == KeptCall::OnDeadSession::RenewAndRetry)
            extendExpiry(call->m_sentAt);
        call->finish(result);
        return;
    }

    if (call->m_sentToken == m_context.sessionToken)
        m_tokenKnownDead = true;

    switch (m_state) {
    case State::Stopped:
    case State::Closed:
        call->finish(result);
        return;
    case State::Renewing:
        m_waiting.append(call);
        return;
    case State::Alive:
        // A renewal finished while this call was on the wire: the new session is already here.
        if (call->m_sentToken != m_context.sessionToken) {
            dispatch(call);
            return;
        }
        break;
    case State::Expired:
        break;
    }

    qCInfo(lcSession).noquote() << u"Session %1 is dead (HTTP %2); opening a new one."_s.arg(
        QString::number(m_context.sessionId), QString::number(result.error->httpStatus));
    m_waiting.append(call);
    startRenewal(false);
}

void SessionKeeper::failCall(KeptCall *call, const api::ApiError &error)
{
    api::ApiResult result;
    if (call->m_lastExchange) {
        result.exchange = *call->m_lastExchange;
    } else {
        result.exchange.method = call->m_request.method.toUpper();
        result.exchange.url = m_client->environment().urlFor(call->m_request.path);
        result.exchange.startedAt = now();
    }
    result.error = error;
    call->finish(std::move(result));
}

void SessionKeeper::dispatchWaiting()
{
    const QList<QPointer<KeptCall>> waiting = std::exchange(m_waiting, {});
    for (const QPointer<KeptCall> &call : waiting) {
        if (call && !call->isFinished())
            dispatch(call);
    }
}

void SessionKeeper::failWaiting(const api::ApiError &error)
{
    const QList<QPointer<KeptCall>> waiting = std::exchange(m_waiting, {});
    for (const QPointer<KeptCall> &call : waiting) {
        if (call && !call->isFinished())
            failCall(call, error);
    }
}

api::ApiCall *SessionKeeper::sendToApi(const api::ApiRequest &request)
{
    const auto conflict = proxyConflict(m_network->proxy(), m_client->environment());
    if (!conflict)
        return m_client->send(request);

    api::ApiExchange exchange;
    exchange.method = request.method.toUpper();
    exchange.url = m_client->environment().urlFor(request.path);
    exchange.startedAt = now();
    api::ApiError error;
    error.kind = api::ApiError::Kind::Usage;
    error.detail = *conflict;
    return api::ApiCall::failedBeforeSending(std::move(exchange), std::move(error), m_client);
}

void SessionKeeper::startRenewal(bool endCurrentSessionFirst)
{
    if (m_state == State::Renewing)
        return;
    m_stopError.reset();
    m_stopExplanation.clear();
    setState(State::Renewing);

    if (endCurrentSessionFirst)
        endSessionThenOpen();
    else
        openSessionWhenAllowed();
}

void SessionKeeper::endSessionThenOpen()
{
    api::ApiRequest request;
    request.method = "DELETE";
    request.path = u"session/%1"_s.arg(m_context.sessionId);
    request.authToken = m_context.sessionToken;
    qCInfo(lcSession).noquote() << u"Ending session %1 before opening a new one."_s.arg(
        m_context.sessionId);

    // The new session is opened whatever the DELETE returns. If the old session survived,
    // session-server reports it and the keeper goes on with the old one.
    m_renewalCall = sendToApi(request);
    connect(m_renewalCall, &api::ApiCall::finished, this, [this](const api::ApiResult &result) {
        m_renewalCall = nullptr;
        Q_EMIT exchangeFinished(result.exchange);
        if (m_state == State::Renewing)
            openSessionWhenAllowed();
    });
}

void SessionKeeper::openSessionWhenAllowed()
{
    const QDateTime notBefore = m_lastSessionServerAt.isValid()
                                    ? m_lastSessionServerAt.addSecs(sessionServerIntervalSeconds)
                                    : QDateTime();
    if (notBefore.isValid() && now() < notBefore) {
        if (!m_renewalPaced) {
            m_renewalPaced = true;
            qCInfo(lcSession).noquote()
                << u"Waiting until %1 for bunq's limit of one session-server call per 30 s."_s.arg(
                       timeText(notBefore));
            Q_EMIT renewalWaiting(notBefore);
        }
        rescheduleTimer();
        return;
    }

    m_renewalPaced = false;
    openSession();
}

void SessionKeeper::openSession()
{
    // The device id is not needed: session-server only takes the installation token and the API
    // key, and the SDK context files a profile may come from never store the device id.
    if (!m_context.hasInstallation() || m_context.apiKey.isEmpty()) {
        api::ApiError error;
        error.kind = api::ApiError::Kind::Usage;
        error.detail = tr("A new session needs this profile's installation and API key, and one "
                          "of them is missing. Set up the profile again.");
        failRenewal(error);
        return;
    }

    api::ApiRequest request;
    request.method = "POST";
    request.path = u"session-server"_s;
    request.body = compactJson({{u"secret"_s, QString::fromUtf8(m_context.apiKey)}});
    request.authToken = m_context.installationToken;

    m_lastSessionServerAt = now();
    qCInfo(lcSession).noquote() << u"Opening a new session on installation %1."_s.arg(
        m_context.installationId);
    m_renewalCall = sendToApi(request);
    connect(m_renewalCall, &api::ApiCall::finished, this, &SessionKeeper::onSessionServerFinished);
}

void SessionKeeper::onSessionServerFinished(const api::ApiResult &result)
{
    m_renewalCall = nullptr;
    Q_EMIT exchangeFinished(result.exchange);
    if (m_state != State::Renewing)
        return;

    if (result.ok()) {
        adoptSession(result);
        return;
    }

    const api::ApiError &error = *result.error;
    if (isDeadSessionError(error)) {
        stop(error);
        return;
    }
    // A session whose token the keeper lacks, such as one whose session-server response was
    // lost, cannot be used. Only its expiry frees the installation then.
    if (error.descriptions.contains(sessionAlreadyExists) && m_context.hasSession() &&
        !m_tokenKnownDead) {
        keepServerSession();
        return;
    }
    failRenewal(error);
}

void SessionKeeper::adoptSession(const api::ApiResult &result)
{
    const auto reply = onboarding::parseSessionReply(result.items);
    if (!reply) {
        api::ApiError error;
        error.kind = api::ApiError::Kind::Envelope;
        error.httpStatus = result.exchange.status;
        error.responseId = result.exchange.responseHeader("X-Bunq-Client-Response-Id");
        error.detail = reply.error();
        failRenewal(error);
        return;
    }

    m_context.sessionId = reply.value().id;
    m_context.sessionToken = reply.value().token;
    m_context.sessionCreated = reply.value().created;
    m_context.sessionTimeoutSeconds = reply.value().sessionTimeoutSeconds;
    m_context.user = reply.value().user;
    m_expiry = m_context.expiry();
    m_expiryKnown = true;
    m_tokenKnownDead = false;
    qCInfo(lcSession).noquote() << u"Opened session %1, expiring at %2."_s.arg(
        QString::number(m_context.sessionId), timeText(m_expiry));

    setState(State::Alive);
    Q_EMIT contextChanged(m_context);
    dispatchWaiting();
}

void SessionKeeper::keepServerSession()
{
    // The server still accepts the old token, so the waiting calls go out with it. Its end is
    // unknown now, so only a dead-session error will start the next renewal.
    qCInfo(lcSession).noquote()
        << u"The server still holds session %1 for this installation; keeping it."_s.arg(
               m_context.sessionId);
    m_expiryKnown = false;
    setState(State::Alive);
    dispatchWaiting();
}

void SessionKeeper::failRenewal(const api::ApiError &error)
{
    qCWarning(lcSession).noquote() << u"Opening a new session failed: %1"_s.arg(error.summary());
    setState(State::Expired);
    failWaiting(error);
}

void SessionKeeper::stop(const api::ApiError &error)
{
    m_stopError = error;
    m_stopExplanation = explainStop(error);
    qCWarning(lcSession).noquote()
        << u"The server refused a new session (%1), so the keeper stops: the API key may be "
           u"revoked, or the sandbox reset."_s.arg(error.summary());
    setState(State::Stopped);

    api::ApiError shown = error;
    shown.detail = m_stopExplanation;
    failWaiting(shown);
    Q_EMIT renewalStopped(error, m_stopExplanation);
}

QString SessionKeeper::explainStop(const api::ApiError &error) const
{
    const QString answer = error.descriptions.value(0);
    if (m_context.environment.kind() == api::ApiEnvironment::Kind::Production) {
        //: %1 is bunq's error text, such as "Insufficient authorisation.".
        return tr("bunq refused a new session with \"%1\" although this profile's installation "
                  "and device are registered, so the API key was probably revoked in the bunq "
                  "app. Create a new API key in the bunq app and set up this profile again "
                  "with it.")
            .arg(answer);
    }
    //: %1 is the sandbox's error text, such as "Insufficient authorisation.".
    return tr("The sandbox refused a new session with \"%1\" although this profile's "
              "installation and device are registered. The API key may have been revoked, or "
              "the sandbox may have been reset, which removes every sandbox user and API key. "
              "Create a new sandbox user, which comes with a new API key, and set up this "
              "profile again with it.")
        .arg(answer);
}

void SessionKeeper::abortRenewal()
{
    m_renewalPaced = false;
    if (!m_renewalCall)
        return;
    api::ApiCall *call = m_renewalCall;
    m_renewalCall = nullptr;
    call->abort();
}

void SessionKeeper::onSessionClosed(const api::ApiResult &result)
{
    const bool gone = result.ok() || (result.error && isDeadSessionError(*result.error));
    if (!gone) {
        qCWarning(lcSession).noquote()
            << u"Closing session %1 failed, so it may still be open on the server: %2"_s.arg(
                   QString::number(m_context.sessionId), result.error->summary());
        return;
    }

    qCInfo(lcSession).noquote() << u"Session %1 closed."_s.arg(m_context.sessionId);
    m_context.sessionId = 0;
    m_context.sessionToken.clear();
    m_expiry = {};
    Q_EMIT contextChanged(m_context);
}

void SessionKeeper::extendExpiry(const QDateTime &sentAt)
{
    // Mirrors the server's extension rule, so that the keeper's estimate follows the session.
    // If the server extends by more, the estimate is merely early. If it does not extend at
    // all, the next call meets a dead session and is retried on a new one.
    if (!m_expiryKnown || !m_expiry.isValid() || !sentAt.isValid() || sentAt >= m_expiry)
        return;
    if (sentAt.msecsTo(m_expiry) > extensionWindowSeconds * 1000)
        return;

    const qint64 extension = qMin(m_context.sessionTimeoutSeconds, maxExtensionSeconds);
    const QDateTime extended = sentAt.addSecs(extension);
    if (extended <= m_expiry)
        return;
    m_expiry = extended;
    qCDebug(lcSession).noquote() << u"Session %1 extended until %2."_s.arg(
        QString::number(m_context.sessionId), timeText(m_expiry));
    rescheduleTimer();
}

QDateTime SessionKeeper::keepAliveDue() const
{
    if (m_expiryKnown && m_expiry.isValid())
        return m_expiry.addSecs(-keepAliveLeadSeconds);
    // With the end unknown, calls this often are sure to land in the last 30 s.
    const QDateTime last = m_lastKeepAliveAt.isValid() ? m_lastKeepAliveAt : now();
    return last.addSecs(keepAliveLeadSeconds);
}

void SessionKeeper::rescheduleTimer()
{
    m_timer->stop();

    QDateTime due;
    if (m_state == State::Renewing && m_renewalPaced)
        due = m_lastSessionServerAt.addSecs(sessionServerIntervalSeconds);
    else if (m_keepAlive && m_state == State::Alive && !m_keepAliveCall)
        due = keepAliveDue();
    if (!due.isValid())
        return;

    // Never longer than the interval, so that a clock that jumps (a suspended laptop, or a
    // test's manual clock) is noticed.
    const qint64 untilDue = std::clamp<qint64>(now().msecsTo(due), 0, m_timerIntervalMs);
    m_timer->start(static_cast<int>(untilDue));
}

void SessionKeeper::onTimer()
{
    if (m_state == State::Renewing && m_renewalPaced) {
        openSessionWhenAllowed();
        return;
    }
    if (m_keepAlive && m_state == State::Alive && !m_keepAliveCall && now() >= keepAliveDue()) {
        sendKeepAlive();
        return;
    }
    rescheduleTimer();
}

void SessionKeeper::sendKeepAlive()
{
    api::ApiRequest request;
    request.method = "GET";
    request.path = u"user"_s;

    m_lastKeepAliveAt = now();
    qCDebug(lcSession).noquote() << u"Keep-alive call for session %1."_s.arg(m_context.sessionId);
    m_keepAliveCall = send(request);
    connect(m_keepAliveCall, &KeptCall::finished, this, [this](const api::ApiResult &result) {
        m_keepAliveCall = nullptr;
        if (!result.ok())
            qCInfo(lcSession).noquote()
                << u"Keep-alive call failed: %1"_s.arg(result.error->summary());
        rescheduleTimer();
    });
    rescheduleTimer();
}

} // namespace studio::session
