// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Endpoint.h"
#include "HttpMessage.h"
#include "RateLimiter.h"
#include "RequestLog.h"
#include "SandboxOptions.h"
#include "SandboxState.h"
#include "StateFile.h"

#include <QMutex>

#include <memory>
#include <optional>

namespace studio::sandbox {

class ServerKeyPool;
struct Route;
struct RouteMatch;

// Turns one request into one response. It finds the route, applies the rate limit and checks
// the token and caller IP that the route needs. Then it runs the endpoint and wraps the result
// in bunq's envelope and response headers, which include the server signature for callers
// with an installation. Every request is appended to the request log with the checks made on it.
//
// dispatch() runs in the server's thread; snapshotJson(), reset() and revokeApiKey() may be
// called from any thread, because one mutex guards the records and the rate-limit counters.
class RequestDispatcher
{
public:
    // serverKeys and log must outlive the dispatcher.
    RequestDispatcher(const SandboxOptions &options, ServerKeyPool &serverKeys, RequestLog &log);

    // Reads the state file named in the options, or creates it when it does not exist yet.
    // Returns the error text when the file cannot be read, is not a state file, or cannot be
    // written; the records stay empty then.
    std::optional<QString> loadState();

    HttpResponse dispatch(const HttpRequest &request);

    // Applies due request-inquiries first, so the balances shown are those a client would read.
    QJsonObject snapshotJson();
    void reset();
    // Revokes an API key; returns false when the sandbox has no such key.
    bool revokeApiKey(const QByteArray &apiKey);

private:
    Caller identifyCaller(const HttpRequest &request) const;
    EndpointReply runRoute(const HttpRequest &request, const RouteMatch &match,
                           const Caller &caller, const QDateTime &now,
                           QList<RequestCheck> &checks);
    std::optional<EndpointReply> applyRateLimit(const HttpRequest &request, const Route &route,
                                                const QDateTime &now,
                                                QList<RequestCheck> &checks);
    std::optional<EndpointReply> checkToken(const HttpRequest &request, const Route &route,
                                            const Caller &caller, const QDateTime &now,
                                            QList<RequestCheck> &checks);
    // Applies the optional extension rule to a live session that is being used.
    void extendSession(const Session &session, const QDateTime &now);
    EndpointReply rejectToken() const;
    void saveStateIfChanged();
    HttpResponse toHttpResponse(const HttpRequest &request, const EndpointReply &reply,
                                const std::optional<Installation> &signer) const;

    SandboxOptions m_options;
    std::shared_ptr<Clock> m_clock;
    ServerKeyPool &m_serverKeys;
    RequestLog &m_log;
    std::optional<StateFile> m_stateFile;
    QString m_lastSaveError; // logged once until a save succeeds again

    mutable QMutex m_mutex; // guards m_state and m_rateLimiter
    SandboxState m_state;
    RateLimiter m_rateLimiter;
};

} // namespace studio::sandbox
