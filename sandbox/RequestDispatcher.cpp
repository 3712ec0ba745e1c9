// SPDX-License-Identifier: GPL-3.0-or-later
#include "RequestDispatcher.h"

#include "BunqJson.h"
#include "Logging.h"
#include "RegistrationEndpoints.h"
#include "UserEndpoints.h"

#include <QUuid>

#include <array>

using namespace Qt::StringLiterals;

namespace studio::sandbox {

using TokenKind = Caller::TokenKind;

struct Route
{
    const char *method;
    // Path segments after "/v1/"; "{}" matches any one non-empty segment.
    std::array<QStringView, 2> segments;
    TokenKind requiredToken;
    EndpointHandler handler;
};

struct RouteMatch
{
    const Route *route = nullptr;
    QStringList arguments;
    // Set when the path exists but not for the request's method: the methods it does accept.
    QByteArray allowedMethods;
};

namespace {

const std::array routes{
    Route{"POST", {u"sandbox-user-person", {}}, TokenKind::None, createSandboxUserPerson},
    Route{"POST", {u"sandbox-user-company", {}}, TokenKind::None, createSandboxUserCompany},
    Route{"POST", {u"installation", {}}, TokenKind::None, createInstallation},
    Route{"POST", {u"device-server", {}}, TokenKind::Installation, createDeviceServer},
    Route{"POST", {u"session-server", {}}, TokenKind::Installation, createSessionServer},
    Route{"GET", {u"user", {}}, TokenKind::Session, listUsers},
    Route{"GET", {u"user", u"{}"}, TokenKind::Session, readUser},
    Route{"DELETE", {u"session", u"{}"}, TokenKind::Session, deleteSession},
};

// Returns the route's path arguments when path matches its segments.
std::optional<QStringList> matchPath(const Route &route, const QStringList &segments)
{
    const auto patternLength = std::count_if(route.segments.cbegin(), route.segments.cend(),
                                             [](QStringView s) { return !s.isNull(); });
    if (segments.size() != patternLength)
        return std::nullopt;

    QStringList arguments;
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const QStringView pattern = route.segments.at(static_cast<std::size_t>(i));
        if (pattern == u"{}") {
            if (segments.at(i).isEmpty())
                return std::nullopt;
            arguments.append(segments.at(i));
        } else if (pattern != segments.at(i)) {
            return std::nullopt;
        }
    }
    return arguments;
}

// Splits "/v1/user/12" into {"user", "12"}; a path outside /v1/ gives nothing.
std::optional<QStringList> apiSegments(const QString &path)
{
    QStringList segments = path.split(u'/');
    if (segments.size() < 3 || !segments.at(0).isEmpty() || segments.at(1) != u"v1"_s)
        return std::nullopt;
    return segments.mid(2);
}

RouteMatch findRoute(const HttpRequest &request)
{
    RouteMatch match;
    const auto segments = apiSegments(request.path);
    if (!segments)
        return match;

    for (const Route &route : routes) {
        auto arguments = matchPath(route, *segments);
        if (!arguments)
            continue;
        if (route.method == request.method) {
            match.route = &route;
            match.arguments = std::move(*arguments);
            match.allowedMethods.clear();
            return match;
        }
        if (!match.allowedMethods.isEmpty())
            match.allowedMethods += ", "_ba;
        match.allowedMethods += route.method;
    }
    return match;
}

Language languageOf(const HttpRequest &request)
{
    const QByteArray language = request.header("X-Bunq-Language"_ba).trimmed();
    return language.compare("nl_NL"_ba, Qt::CaseInsensitive) == 0 ? Language::Dutch
                                                                  : Language::English;
}

QJsonObject envelope(const EndpointReply &reply, Language language)
{
    if (reply.error)
        return {{u"Error"_s, QJsonArray{reply.error->toJson(language)}}};
    return {{u"Response"_s, reply.items}};
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

} // namespace

RequestDispatcher::RequestDispatcher(const SandboxOptions &options, ServerKeyPool &serverKeys)
    : m_options(options)
    , m_clock(options.clock ? options.clock : std::make_shared<SystemClock>())
    , m_serverKeys(serverKeys)
{}

HttpResponse RequestDispatcher::dispatch(const HttpRequest &request)
{
    const Caller caller = identifyCaller(request);
    const RouteMatch match = findRoute(request);
    const EndpointReply reply = runRoute(request, match, caller);

    const auto &signer =
        reply.signingInstallation ? reply.signingInstallation : caller.installation;
    HttpResponse response = toHttpResponse(request, reply, signer);
    if (reply.status == 405)
        response.headers.append({"Allow"_ba, match.allowedMethods});

    qCInfo(lcSandbox).noquote() << u"%1 %2 -> %3%4"_s.arg(
        QString::fromLatin1(request.method), request.path, QString::number(reply.status),
        callerDescription(caller));
    return response;
}

EndpointReply RequestDispatcher::runRoute(const HttpRequest &request, const RouteMatch &match,
                                          const Caller &caller)
{
    if (!match.route && match.allowedMethods.isEmpty())
        return EndpointReply::failure(404, errors::routeNotFound());
    if (!match.route) {
        return EndpointReply::failure(
            405, errors::methodNotAllowed(request.method, match.allowedMethods));
    }

    const QDateTime now = m_clock->now();
    const TokenKind required = match.route->requiredToken;
    if (required == TokenKind::Installation && caller.tokenKind != TokenKind::Installation)
        return rejectToken();
    if (required == TokenKind::Session) {
        if (!(caller.session && caller.session->isLiveAt(now)))
            return rejectToken();
        extendSession(*caller.session, now);
    }

    const EndpointContext context{
        request, match.arguments, caller, m_state, m_serverKeys, m_options, now,
    };
    return match.route->handler(context);
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
    if (now.secsTo(session.expiry) > m_options.extensionWindowSeconds)
        return;

    const qint64 extension = qMin(session.timeoutSeconds, m_options.maxExtensionSeconds);
    const QDateTime extended = now.addSecs(extension);
    if (extended > session.expiry)
        m_state.setSessionExpiry(session.id, extended);
}

EndpointReply RequestDispatcher::rejectToken() const
{
    if (m_options.deadSessionStatus == DeadSessionStatus::Forbidden403)
        return EndpointReply::failure(403, errors::insufficientAuthentication());
    return EndpointReply::failure(401, errors::insufficientAuthorisation());
}

HttpResponse RequestDispatcher::toHttpResponse(const HttpRequest &request,
                                               const EndpointReply &reply,
                                               const std::optional<Installation> &signer) const
{
    HttpResponse response;
    response.status = reply.status;
    response.body = toBunqJson(envelope(reply, languageOf(request)));

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
