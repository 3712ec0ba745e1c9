// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Endpoint.h"
#include "HttpMessage.h"
#include "SandboxOptions.h"
#include "SandboxState.h"

#include <memory>

namespace studio::sandbox {

class ServerKeyPool;
struct Route;
struct RouteMatch;

// Turns one request into one response: finds the route, checks the token the route needs, runs
// the endpoint and wraps its result in bunq's envelope and response headers, including the
// server signature for callers with an installation.
class RequestDispatcher
{
public:
    // serverKeys must outlive the dispatcher.
    RequestDispatcher(const SandboxOptions &options, ServerKeyPool &serverKeys);

    HttpResponse dispatch(const HttpRequest &request);

private:
    Caller identifyCaller(const HttpRequest &request) const;
    EndpointReply runRoute(const HttpRequest &request, const RouteMatch &match,
                           const Caller &caller);
    // Applies the optional extension rule to a live session that is being used.
    void extendSession(const Session &session, const QDateTime &now);
    EndpointReply rejectToken() const;
    HttpResponse toHttpResponse(const HttpRequest &request, const EndpointReply &reply,
                                const std::optional<Installation> &signer) const;

    SandboxOptions m_options;
    std::shared_ptr<Clock> m_clock;
    ServerKeyPool &m_serverKeys;
    SandboxState m_state;
};

} // namespace studio::sandbox
