// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Endpoint.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace studio::sandbox {

// One endpoint: its method, its path pattern after "/v1/" and the token it needs.
struct Route
{
    const char *method;
    // Segments separated by '/'; a segment in braces, e.g. "{userID}", matches any non-empty
    // segment. Rate limits count per pattern, so every id shares one endpoint.
    QString pattern;
    Caller::TokenKind requiredToken;
    EndpointHandler handler;
    QList<QStringView> segments = {}; // the pattern split at '/', filled in once
};

struct RouteMatch
{
    const Route *route = nullptr;
    QStringList arguments; // the segments matched by braces, in order
    // Set when the path exists but not for the request's method: the methods it does accept.
    QByteArray allowedMethods;
};

// Finds the route for the request's method and path.
RouteMatch findRoute(const HttpRequest &request);

} // namespace studio::sandbox
