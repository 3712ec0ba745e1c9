// SPDX-License-Identifier: GPL-3.0-or-later
#include "Routes.h"

#include "MoneyEndpoints.h"
#include "RegistrationEndpoints.h"
#include "UserEndpoints.h"

#include <QList>

using namespace Qt::StringLiterals;

namespace studio::sandbox {

namespace {

using TokenKind = Caller::TokenKind;

QList<Route> makeRoutes()
{
    static const QString account = u"user/{userID}/monetary-account/{monetaryAccountID}"_s;
    QList<Route> table{
        {"POST", u"sandbox-user-person"_s, TokenKind::None, createSandboxUserPerson},
        {"POST", u"sandbox-user-company"_s, TokenKind::None, createSandboxUserCompany},
        {"POST", u"installation"_s, TokenKind::None, createInstallation},
        {"POST", u"device-server"_s, TokenKind::Installation, createDeviceServer},
        {"POST", u"session-server"_s, TokenKind::Installation, createSessionServer},
        {"GET", u"user"_s, TokenKind::Session, listUsers},
        {"GET", u"user/{userID}"_s, TokenKind::Session, readUser},
        {"DELETE", u"session/{sessionID}"_s, TokenKind::Session, deleteSession},
        {"GET", u"user/{userID}/monetary-account"_s, TokenKind::Session, listMonetaryAccounts},
        {"GET", account, TokenKind::Session, readMonetaryAccount},
        {"GET", u"user/{userID}/monetary-account-bank"_s, TokenKind::Session,
         listMonetaryAccounts},
        {"GET", u"user/{userID}/monetary-account-bank/{monetaryAccountID}"_s, TokenKind::Session,
         readMonetaryAccount},
        {"POST", account + u"/request-inquiry"_s, TokenKind::Session, createRequestInquiry},
        {"GET", account + u"/payment"_s, TokenKind::Session, listPayments},
        {"POST", account + u"/payment"_s, TokenKind::Session, createPayment},
        {"GET", account + u"/payment/{paymentID}"_s, TokenKind::Session, readPayment},
        {"PUT", account + u"/request-response/{requestResponseID}"_s, TokenKind::Session,
         updateRequestResponse},
    };
    // The views point into the patterns of the table, which lives as long as the program.
    for (Route &route : table)
        route.segments = QStringView(route.pattern).split(u'/');
    return table;
}

const QList<Route> &routes()
{
    static const QList<Route> table = makeRoutes();
    return table;
}

bool isParameter(QStringView segment)
{
    return segment.startsWith(u'{') && segment.endsWith(u'}');
}

// Returns the route's path arguments when the segments match its pattern.
std::optional<QStringList> matchPath(const Route &route, const QList<QStringView> &segments)
{
    const QList<QStringView> &pattern = route.segments;
    if (segments.size() != pattern.size())
        return std::nullopt;

    QStringList arguments;
    for (qsizetype i = 0; i < segments.size(); ++i) {
        if (isParameter(pattern.at(i))) {
            if (segments.at(i).isEmpty())
                return std::nullopt;
            arguments.append(segments.at(i).toString());
        } else if (pattern.at(i) != segments.at(i)) {
            return std::nullopt;
        }
    }
    return arguments;
}

// Splits "/v1/user/12" into {"user", "12"}; a path outside /v1/ gives nothing.
std::optional<QList<QStringView>> apiSegments(const QString &path)
{
    const QList<QStringView> segments = QStringView(path).split(u'/');
    if (segments.size() < 3 || !segments.at(0).isEmpty() || segments.at(1) != u"v1")
        return std::nullopt;
    return segments.mid(2);
}

} // namespace

RouteMatch findRoute(const HttpRequest &request)
{
    RouteMatch match;
    const auto segments = apiSegments(request.path);
    if (!segments)
        return match;

    for (const Route &route : routes()) {
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

} // namespace studio::sandbox
