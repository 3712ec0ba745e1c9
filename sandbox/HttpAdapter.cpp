// SPDX-License-Identifier: GPL-3.0-or-later
#include "HttpAdapter.h"

#include "Logging.h"
#include "control/FaultInjection.h"
#include "control/FaultSwitchboard.h"

#include <QAbstractHttpServer>
#include <QHttpServerRequest>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <deque>

using namespace Qt::StringLiterals;

namespace studio::sandbox {

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET"_ba;
    case QHttpServerRequest::Method::Put:
        return "PUT"_ba;
    case QHttpServerRequest::Method::Delete:
        return "DELETE"_ba;
    case QHttpServerRequest::Method::Post:
        return "POST"_ba;
    case QHttpServerRequest::Method::Head:
        return "HEAD"_ba;
    case QHttpServerRequest::Method::Options:
        return "OPTIONS"_ba;
    case QHttpServerRequest::Method::Patch:
        return "PATCH"_ba;
    case QHttpServerRequest::Method::Connect:
        return "CONNECT"_ba;
    case QHttpServerRequest::Method::Trace:
        return "TRACE"_ba;
    default:
        return "UNKNOWN"_ba;
    }
}

// Binding permitted IPs compares text such as "127.0.0.1", so a caller on a dual-stack socket
// must not show up as "::ffff:127.0.0.1".
QHostAddress plainAddress(const QHostAddress &address)
{
    if (address.protocol() == QAbstractSocket::IPv6Protocol) {
        bool isMapped = false;
        const quint32 ipv4 = address.toIPv4Address(&isMapped);
        if (isMapped)
            return QHostAddress(ipv4);
    }
    return address;
}

HttpRequest toPlainRequest(const QHttpServerRequest &request)
{
    HttpRequest plain;
    plain.method = methodName(request.method());
    plain.path = request.url().path();
    plain.query = request.url().query();
    plain.headers = request.headers();
    plain.body = request.body();
    plain.remoteAddress = plainAddress(request.remoteAddress());
    return plain;
}

// reasonPhrase() has no name for bunq's own 491, which bunq's error table calls MAINTENANCE ERROR.
QByteArray statusReason(int status)
{
    return status == 491 ? "Maintenance Error"_ba : reasonPhrase(status);
}

struct WireOptions
{
    bool closeConnection = false;
    // A response to HEAD carries the headers of the full response but no body (RFC 9110, 9.3.2).
    bool includeBody = true;
    bool lowerCaseHeaderNames = false;
    // The number of body bytes to write, or -1 for the whole body. Content-Length always gives
    // the full size, so a shorter body is a truncated response.
    qsizetype bodyBytes = -1;
};

QByteArray serialise(const HttpResponse &response, const WireOptions &wire)
{
    const auto name = [&wire](const QByteArray &headerName) {
        return wire.lowerCaseHeaderNames ? headerName.toLower() : headerName;
    };

    QByteArray bytes = "HTTP/1.1 "_ba + QByteArray::number(response.status) + ' ' +
                       statusReason(response.status) + "\r\n";
    for (const auto &[headerName, value] : response.headers)
        bytes += name(headerName) + ": " + value + "\r\n";
    bytes += name("Content-Length"_ba) + ": " + QByteArray::number(response.body.size()) + "\r\n";
    if (wire.closeConnection)
        bytes += name("Connection"_ba) + ": close\r\n";
    bytes += "\r\n"_ba;
    if (wire.includeBody)
        bytes += wire.bodyBytes < 0 ? response.body : response.body.left(wire.bodyBytes);
    return bytes;
}

// Writes the responses of one connection in the order their requests arrived, waiting where a
// fault delays one, so a pipelined request never overtakes a slow one. It is a child of the
// socket, so a pending delay ends with the connection.
class ConnectionWriter final : public QObject
{
public:
    enum class After
    {
        KeepOpen,
        Close, // after the bytes are sent
        Abort, // at once, without writing the bytes
    };

    struct Output
    {
        QByteArray bytes;
        int delayMs = 0;
        After after = After::KeepOpen;
    };

    static ConnectionWriter *of(QTcpSocket *socket)
    {
        // Found by name, because findChild<ConnectionWriter *>() needs a Q_OBJECT class and
        // would match any child here.
        auto *writer = socket->findChild<QObject *>(writerName(), Qt::FindDirectChildrenOnly);
        return writer ? static_cast<ConnectionWriter *>(writer) : new ConnectionWriter(socket);
    }

    void enqueue(Output output)
    {
        m_queue.push_back(std::move(output));
        if (!m_waiting)
            writeReady();
    }

private:
    explicit ConnectionWriter(QTcpSocket *socket)
        : QObject(socket)
        , m_socket(socket)
    {
        setObjectName(writerName());
    }

    static QString writerName() { return u"studioConnectionWriter"_s; }

    void writeReady()
    {
        while (!m_queue.empty()) {
            Output &next = m_queue.front();
            if (next.delayMs > 0) {
                // A timer keeps the sandbox thread serving other connections meanwhile.
                const int delay = std::exchange(next.delayMs, 0);
                m_waiting = true;
                QTimer::singleShot(delay, this, [this] {
                    m_waiting = false;
                    writeReady();
                });
                return;
            }

            const Output output = std::move(next);
            m_queue.pop_front();
            if (output.after == After::Abort) {
                m_queue.clear();
                m_socket->abort();
                return;
            }
            m_socket->write(output.bytes);
            if (output.after == After::Close) {
                m_queue.clear();
                m_socket->disconnectFromHost();
                return;
            }
        }
    }

    QTcpSocket *m_socket;
    std::deque<Output> m_queue;
    bool m_waiting = false;
};

ConnectionWriter::Output toOutput(const FaultedResponse &faulted, WireOptions wire)
{
    using Delivery = FaultedResponse::Delivery;

    ConnectionWriter::Output output;
    output.delayMs = faulted.delayMs;
    wire.lowerCaseHeaderNames = faulted.lowerCaseHeaderNames;
    switch (faulted.delivery) {
    case Delivery::Whole:
        output.after = wire.closeConnection ? ConnectionWriter::After::Close
                                            : ConnectionWriter::After::KeepOpen;
        break;
    case Delivery::Drop:
        output.after = ConnectionWriter::After::Abort;
        return output;
    case Delivery::Truncate:
        wire.bodyBytes = truncatedBodySize(faulted.response);
        output.after = ConnectionWriter::After::Close;
        break;
    }
    output.bytes = serialise(faulted.response, wire);
    return output;
}

QString faultUseText(const TakenFault &fault)
{
    if (!fault.remaining)
        return u"use %1, until cleared"_s.arg(fault.applied);
    return u"use %1, %2 left"_s.arg(fault.applied).arg(*fault.remaining);
}

} // namespace

class HttpAdapter::Server final : public QAbstractHttpServer
{
public:
    explicit Server(Handler handler)
        : m_handler(std::move(handler))
    {}

    void setFaults(FaultSwitchboard *faults) { m_faults = faults; }
    void setFaultObserver(FaultObserver observer) { m_faultObserver = std::move(observer); }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        const HttpRequest plain = toPlainRequest(request);
        // The endpoint runs even when a fault hides its response, so a client that meets a
        // fault cannot tell whether its request took effect, as with a real server.
        HttpResponse response = m_handler(plain);
        const auto fault =
            m_faults ? m_faults->takeFaultFor(plain.method, plain.path) : std::nullopt;

        WireOptions wire;
        wire.closeConnection =
            plain.header("Connection"_ba).trimmed().compare("close"_ba, Qt::CaseInsensitive) == 0;
        wire.includeBody = plain.method != "HEAD"_ba;

        FaultedResponse faulted;
        if (fault) {
            faulted = applyFault(fault->spec, plain, std::move(response));
            qCInfo(lcSandbox).noquote() << u"Fault %1 (%2) on %3 %4: %5 (%6)"_s.arg(
                QString::number(fault->id), faultKindName(fault->spec.kind),
                QString::fromLatin1(plain.method), plain.path, faulted.summary,
                faultUseText(*fault));
            if (m_faultObserver)
                m_faultObserver(plain, *fault, faulted);
        } else {
            faulted.response = std::move(response);
        }

        ConnectionWriter::of(socket)->enqueue(toOutput(faulted, wire));
        return true;
    }

    // Never called, because handleRequest() takes every request.
    void missingHandler(const QHttpServerRequest &, QTcpSocket *socket) override
    {
        socket->disconnectFromHost();
    }

private:
    Handler m_handler;
    FaultSwitchboard *m_faults = nullptr;
    FaultObserver m_faultObserver;
};

HttpAdapter::HttpAdapter(Handler handler)
    : m_server(std::make_unique<Server>(std::move(handler)))
{}

HttpAdapter::~HttpAdapter() = default;

void HttpAdapter::setFaultSwitchboard(FaultSwitchboard *faults)
{
    m_server->setFaults(faults);
}

void HttpAdapter::setFaultObserver(FaultObserver observer)
{
    m_server->setFaultObserver(std::move(observer));
}

Result<quint16, QString> HttpAdapter::listen(const QHostAddress &address, quint16 port)
{
    using PortResult = Result<quint16, QString>;

    // A QTcpServer of our own instead of QAbstractHttpServer::listen(), whose failure gives no
    // error text.
    auto *tcpServer = new QTcpServer(m_server.get());
    if (!tcpServer->listen(address, port)) {
        const QString error = tcpServer->errorString();
        delete tcpServer;
        return PortResult::failure(error);
    }

    m_server->bind(tcpServer);
    return PortResult::success(tcpServer->serverPort());
}

} // namespace studio::sandbox
