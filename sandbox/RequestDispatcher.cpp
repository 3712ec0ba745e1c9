// SPDX-License-Identifier: GPL-3.0-or-later
#include "RequestDispatcher.h"

#include "BunqJson.h"
#include "Logging.h"
#include "Routes.h"
#include "Snapshot.h"

#include <QMutexLocker>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace studio::sandbox {

using TokenKind = Caller::TokenKind;

namespace {

Language languageOf(const HttpRequest &request)
{
    const QByteArray language = request.header("X-Bunq-Language"_ba).trimmed();
    return language.compare("nl_NL"_ba, Qt::CaseInsensitive) == 0 ? Language::Dutch
                                                                  : Language::English;
}

// Serialises the envelope with Response first and Pagination after it, as bunq orders them;
// a QJsonObject would sort the keys.
QByteArray envelopeBody(const EndpointReply &reply, Language language)
{
    if (reply.error)
        return toBunqJson({{u"Error"_s, QJsonArray{reply.error->toJson(language)}}});

    QByteArray body = toBunqJson({{u"Response"_s, reply.items}});
    if (reply.pagination) {
        const QByteArray pagination = toBunqJson({{u"Pagination"_s, *reply.pagination}});
        body.chop(1);                       // the closing brace of the envelope
        body += ',' + pagination.mid(1);    // the pagination object without its opening brace
    }
    return body;
}

QString callerDescription(const Caller &caller)
{
    if (caller.session)
        return u" (installation %1, session %2)"_s.arg(caller.session->installationId)
            .arg(caller.session->id);
    if (caller.installation)
        return u" (installation %1)"_s.arg(caller.installation->id);
    return {};
}

// Describes why a token does not fit, without revealing it.
QString tokenProblem(const Caller &caller, const QDateTime &now)
{
    switch (caller.tokenKind) {
    case TokenKind::None:
        return u"No known token in X-Bunq-Client-Authentication."_s;
    case TokenKind::Installation:
        return u"An installation token, but this endpoint needs a session token."_s;
    case TokenKind::Session:
        break;
    }
    if (caller.session->ended)
        return u"Session %1 was ended with DELETE session."_s.arg(caller.session->id);
    if (!caller.session->isLiveAt(now))
        return u"Session %1 expired at %2."_s.arg(caller.session->id).arg(
            formatBunqTimestamp(caller.session->expiry));
    return u"A session token, but this endpoint needs an installation token."_s;
}

} // namespace

RequestDispatcher::RequestDispatcher(const SandboxOptions &options, ServerKeyPool &serverKeys,
                                     RequestLog &log)
    : m_options(options)
    , m_clock(options.clock ? options.clock : std::make_shared<SystemClock>())
    , m_serverKeys(serverKeys)
    , m_log(log)
{
    if (!options.stateFile.isEmpty())
        m_stateFile.emplace(options.stateFile);
}

std::optional<QString> RequestDispatcher::loadState()
{
    if (!m_stateFile)
        return std::nullopt;

    auto data = m_stateFile->read();
    if (!data)
        return data.error();

    const QMutexLocker lock(&m_mutex);
    m_state.restore(std::move(data).value());
    qCInfo(lcSandbox).noquote() << u"Read %1 users and %2 installations from the state file %3"_s
                                       .arg(m_state.data().users.size())
                                       .arg(m_state.data().installations.size())
                                       .arg(m_stateFile->path());
    // Writing at once proves that the file can be written, before any client relies on it.
    return m_stateFile->write(m_state.data());
}

HttpResponse RequestDispatcher::dispatch(const HttpRequest &request)
{
    RequestLogEntry entry;
    entry.remoteAddress = request.remoteAddress;
    entry.method = request.method;
    entry.path = request.path;

    Caller caller;
    RouteMatch match;
    EndpointReply reply;
    {
        const QMutexLocker lock(&m_mutex);
        const QDateTime now = m_clock->now();
        entry.received = now;
        m_state.acceptRequestInquiries(now, m_options.requestInquiryAcceptDelayMs);

        caller = identifyCaller(request);
        match = findRoute(request);
        reply = runRoute(request, match, caller, now, entry.checks);
        saveStateIfChanged();
    }

    // Signing is the slow part, and it needs no records, so it runs outside the lock.
    const auto &signer =
        reply.signingInstallation ? reply.signingInstallation : caller.installation;
    HttpResponse response = toHttpResponse(request, reply, signer);
    if (reply.status == 405)
        response.headers.append({"Allow"_ba, match.allowedMethods});

    qCInfo(lcSandbox).noquote() << u"%1 %2 -> %3%4"_s.arg(
        QString::fromLatin1(request.method), request.path, QString::number(reply.status),
        callerDescription(caller));
    entry.status = reply.status;
    m_log.append(std::move(entry));
    return response;
}

QJsonObject RequestDispatcher::snapshotJson()
{
    const QMutexLocker lock(&m_mutex);
    const QDateTime now = m_clock->now();
    m_state.acceptRequestInquiries(now, m_options.requestInquiryAcceptDelayMs);
    saveStateIfChanged();
    return buildSnapshot(m_state, m_rateLimiter, m_options, now);
}

bool RequestDispatcher::revokeApiKey(const QByteArray &apiKey)
{
    const QMutexLocker lock(&m_mutex);
    const bool known = m_state.revokeApiKey(apiKey, m_clock->now());
    saveStateIfChanged();
    if (known)
        qCInfo(lcSandbox) << "API key" << maskedSecret(apiKey)
                          << "revoked: its sessions and session-server now get the dead-session "
                             "error";
    return known;
}

void RequestDispatcher::reset()
{
    const QMutexLocker lock(&m_mutex);
    m_state.reset();
    m_rateLimiter.clear();
    saveStateIfChanged();
    qCInfo(lcSandbox) << "Sandbox reset: every user, API key, installation and session is gone";
}

EndpointReply RequestDispatcher::runRoute(const HttpRequest &request, const RouteMatch &match,
                                          const Caller &caller, const QDateTime &now,
                                          QList<RequestCheck> &checks)
{
    const QString routeCheck = u"route"_s;
    if (!match.route && match.allowedMethods.isEmpty()) {
        addCheck(checks, routeCheck, CheckVerdict::Failed, u"No endpoint has this path."_s);
        return EndpointReply::failure(404, errors::routeNotFound());
    }
    if (!match.route) {
        addCheck(checks, routeCheck, CheckVerdict::Failed,
                 u"This endpoint accepts %1."_s.arg(QString::fromLatin1(match.allowedMethods)));
        return EndpointReply::failure(
            405, errors::methodNotAllowed(request.method, match.allowedMethods));
    }
    addCheck(checks, routeCheck, CheckVerdict::Passed,
             QString::fromLatin1(match.route->method) + u' ' + match.route->pattern);

    if (auto rejection = applyRateLimit(request, *match.route, now, checks))
        return *rejection;
    if (auto rejection = checkToken(request, *match.route, caller, now, checks))
        return *rejection;

    const EndpointContext context{
        request, match.arguments, caller, m_state, m_serverKeys, m_options, now, checks,
    };
    return match.route->handler(context);
}

std::optional<EndpointReply> RequestDispatcher::applyRateLimit(const HttpRequest &request,
                                                               const Route &route,
                                                               const QDateTime &now,
                                                               QList<RequestCheck> &checks)
{
    const QString name = u"rate limit"_s;
    if (!m_options.rateLimits) {
        addCheck(checks, name, CheckVerdict::Skipped, u"Rate limits are off."_s);
        return std::nullopt;
    }

    const RateLimiter::Verdict verdict =
        m_rateLimiter.admit(request.remoteAddress, route.pattern, request.method, now);
    const QString counted = u"%1 of %2 calls in %3 s from %4."_s.arg(
        QString::number(verdict.callsInWindow), QString::number(verdict.limit.maxCalls),
        QString::number(verdict.limit.windowSeconds), request.remoteAddress.toString());
    if (!verdict.allowed) {
        addCheck(checks, name, CheckVerdict::Failed, u"Already "_s + counted);
        return EndpointReply::failure(
            429, errors::tooManyRequests(verdict.limit.maxCalls, verdict.limit.windowSeconds));
    }
    addCheck(checks, name, CheckVerdict::Passed, counted);
    return std::nullopt;
}

std::optional<EndpointReply> RequestDispatcher::checkToken(const HttpRequest &request,
                                                           const Route &route,
                                                           const Caller &caller,
                                                           const QDateTime &now,
                                                           QList<RequestCheck> &checks)
{
    const QString name = u"token"_s;
    switch (route.requiredToken) {
    case TokenKind::None:
        addCheck(checks, name, CheckVerdict::Skipped, u"This endpoint needs no token."_s);
        return std::nullopt;
    case TokenKind::Installation:
        if (caller.tokenKind != TokenKind::Installation) {
            addCheck(checks, name, CheckVerdict::Failed, tokenProblem(caller, now));
            return rejectToken();
        }
        addCheck(checks, name, CheckVerdict::Passed,
                 u"Installation %1."_s.arg(caller.installation->id));
        return std::nullopt;
    case TokenKind::Session:
        break;
    }

    if (!(caller.session && caller.session->isLiveAt(now))) {
        addCheck(checks, name, CheckVerdict::Failed, tokenProblem(caller, now));
        return rejectToken();
    }
    const Session &session = *caller.session;

    // A revoked key takes its live sessions with it, as when a user deletes the key in the app.
    const auto key = m_state.apiKey(session.apiKey);
    if (key && key->revoked) {
        addCheck(checks, name, CheckVerdict::Failed,
                 u"Session %1 belongs to an API key that was revoked at %2."_s.arg(
                     QString::number(session.id), formatBunqTimestamp(key->revokedAt)));
        return rejectToken();
    }
    addCheck(checks, name, CheckVerdict::Passed,
             u"Session %1, live until %2."_s.arg(session.id).arg(
                 formatBunqTimestamp(session.expiry)));

    // Every call of a session must come from an address its device-server permits, not only
    // session-server.
    const auto device = m_state.deviceServer(session.deviceId);
    const QHostAddress &address = request.remoteAddress;
    if (!device || !device->permittedIps.permits(address)) {
        addCheck(checks, u"permitted ip"_s, CheckVerdict::Failed,
                 u"%1 is not among the permitted IPs of device-server %2."_s.arg(
                     address.toString(), QString::number(session.deviceId)));
        return EndpointReply::failure(400, errors::credentialsIncorrect());
    }
    addCheck(checks, u"permitted ip"_s, CheckVerdict::Passed,
             u"%1 is permitted by device-server %2."_s.arg(address.toString(),
                                                           QString::number(device->id)));

    extendSession(session, now);
    return std::nullopt;
}

// An installation token identifies its installation; a session token, even a dead one, the
// installation it was opened on. Either way the response is signed with that installation's
// server key.
Caller RequestDispatcher::identifyCaller(const HttpRequest &request) const
{
    Caller caller;
    const QByteArray token = request.header("X-Bunq-Client-Authentication"_ba).trimmed();
    if (token.isEmpty())
        return caller;

    if (auto installation = m_state.installationByToken(token)) {
        caller.tokenKind = TokenKind::Installation;
        caller.installation = std::move(installation);
    } else if (auto session = m_state.sessionByToken(token)) {
        caller.tokenKind = TokenKind::Session;
        caller.installation = m_state.installation(session->installationId);
        caller.session = std::move(session);
    }
    return caller;
}

void RequestDispatcher::extendSession(const Session &session, const QDateTime &now)
{
    if (!m_options.extendSessions)
        return;
    if (now.msecsTo(session.expiry) > m_options.extensionWindowSeconds * 1000)
        return;

    const qint64 extension = qMin(session.timeoutSeconds, m_options.maxExtensionSeconds);
    const QDateTime extended = now.addSecs(extension);
    if (extended > session.expiry)
        m_state.setSessionExpiry(session.id, extended);
}

EndpointReply RequestDispatcher::rejectToken() const
{
    return deadSessionReply(m_options);
}

void RequestDispatcher::saveStateIfChanged()
{
    if (!m_state.takeChanged() || !m_stateFile)
        return;

    const auto error = m_stateFile->write(m_state.data());
    if (!error) {
        m_lastSaveError.clear();
        return;
    }
    // The sandbox keeps serving from memory; the same error is logged once, not per request.
    if (*error != m_lastSaveError)
        qCWarning(lcSandbox).noquote() << *error << "The sandbox keeps its records in memory.";
    m_lastSaveError = *error;
}

HttpResponse RequestDispatcher::toHttpResponse(const HttpRequest &request,
                                               const EndpointReply &reply,
                                               const std::optional<Installation> &signer) const
{
    HttpResponse response;
    response.status = reply.status;
    response.body = envelopeBody(reply, languageOf(request));

    response.headers.append({"Content-Type"_ba, "application/json"_ba});
    response.headers.append(
        {"X-Bunq-Client-Response-Id"_ba, QUuid::createUuid().toByteArray(QUuid::WithoutBraces)});
    if (request.hasHeader("X-Bunq-Client-Request-Id"_ba))
        response.headers.append(
            {"X-Bunq-Client-Request-Id"_ba, request.header("X-Bunq-Client-Request-Id"_ba)});

    if (signer) {
        const auto signature = signer->serverKey.sign(response.body);
        if (signature)
            response.headers.append({"X-Bunq-Server-Signature"_ba, signature.value()});
        else
            qCWarning(lcSandbox) << "Signing a response for installation" << signer->id
                                 << "failed:" << signature.error();
    }
    return response;
}

} // namespace studio::sandbox
