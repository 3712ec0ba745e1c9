// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HttpMessage.h"
#include "common/Result.h"

#include <functional>
#include <memory>

namespace studio::sandbox {

class FaultSwitchboard;
struct FaultedResponse;
struct TakenFault;

// The only place that touches QtHttpServer. Its lower-level API changed after Qt 6.4, so a move
// to a newer Qt should need changes here only. Requests go to the handler as plain values and
// the handler's response goes back on the socket byte for byte, unless a fault from the
// switchboard changes how it is written.
class HttpAdapter
{
public:
    using Handler = std::function<HttpResponse(const HttpRequest &)>;
    // Told about every fault applied, after the handler ran and before anything is written.
    using FaultObserver = std::function<void(const HttpRequest &request, const TakenFault &fault,
                                             const FaultedResponse &outcome)>;

    explicit HttpAdapter(Handler handler);
    ~HttpAdapter();

    HttpAdapter(const HttpAdapter &) = delete;
    HttpAdapter &operator=(const HttpAdapter &) = delete;

    // Takes a fault from the switchboard for every request; null, the default, turns fault
    // injection off. The switchboard must outlive the adapter.
    void setFaultSwitchboard(FaultSwitchboard *faults);
    void setFaultObserver(FaultObserver observer);

    // Starts listening; returns the port, or the socket error text. Connections are served in
    // the thread that calls listen().
    Result<quint16, QString> listen(const QHostAddress &address, quint16 port);

private:
    class Server;
    std::unique_ptr<Server> m_server;
};

} // namespace studio::sandbox
