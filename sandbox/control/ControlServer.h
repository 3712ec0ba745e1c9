// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HttpMessage.h"
#include "common/Result.h"

#include <QJsonArray>
#include <QJsonObject>

#include <functional>
#include <memory>

namespace studio::sandbox {

class FaultSwitchboard;
class HttpAdapter;

// The sandbox's control interface: a small HTTP/JSON server on its own loopback port, apart
// from the /v1 routes, so that no bunq client reaches it by accident. It serves from the thread
// that calls listen(), which must be the thread the hooks may be called in.
//
// Routes (every response is application/json; errors are {"error":"…"}):
//   GET    /                   the list of routes
//   GET    /state              the sandbox's snapshot
//   GET    /log?after=N        {"entries":[…], "last_sequence":N}: request log entries after N
//   GET    /faults             {"faults":[…], "kinds":[…]}
//   POST   /faults             arms {"kind","endpoint","count","delay_ms"}; 200 with the fault
//   DELETE /faults             clears every fault: {"cleared":N}
//   DELETE /faults/{id}        clears one fault
//   POST   /reset              empties the sandbox: {"reset":true}
//   POST   /api-keys/revoke    revokes {"api_key":"sandbox_…"}: {"api_key":"…","revoked":true}
// A request with an Origin header is rejected with 403, so a web page in a browser on the same
// machine cannot drive it.
class ControlServer
{
public:
    // Functions that reach into the sandbox. A hook left empty makes its route return 501.
    struct Hooks
    {
        std::function<QJsonObject()> snapshot;
        // Request log entries with a sequence number above the argument, oldest first.
        std::function<QJsonArray(qint64 afterSequence)> logEntries;
        std::function<void()> reset;
        // Revokes an API key; returns false when the sandbox has no such key.
        std::function<bool(const QByteArray &apiKey)> revokeApiKey;
    };

    // faults must outlive the server.
    ControlServer(FaultSwitchboard &faults, Hooks hooks);
    ~ControlServer();

    ControlServer(const ControlServer &) = delete;
    ControlServer &operator=(const ControlServer &) = delete;

    // Listens on a loopback address; port 0 picks a free port. Returns the port or why it
    // cannot listen.
    Result<quint16, QString> listen(const QHostAddress &address, quint16 port);

    // Returns the response to one request. Public, so that tests can call it without a socket.
    HttpResponse handle(const HttpRequest &request);

private:
    HttpResponse routeFaults(const HttpRequest &request);
    HttpResponse armFault(const HttpRequest &request);
    HttpResponse disarmFault(const QString &idText);
    HttpResponse readLog(const HttpRequest &request);
    HttpResponse revokeApiKey(const HttpRequest &request);

    FaultSwitchboard &m_faults;
    Hooks m_hooks;
    std::unique_ptr<HttpAdapter> m_http;
};

} // namespace studio::sandbox
