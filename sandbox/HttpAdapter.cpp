// SPDX-License-Identifier: GPL-3.0-or-later
#include "HttpAdapter.h"

#include <QAbstractHttpServer>
#include <QHttpServerRequest>
#include <QTcpServer>
#include <QTcpSocket>

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

// A response to HEAD carries the headers of the full response but no body (RFC 9110, 9.3.2).
QByteArray serialise(const HttpResponse &response, bool closeConnection, bool includeBody)
{
    QByteArray bytes = "HTTP/1.1 "_ba + QByteArray::number(response.status) + ' ' +
                       reasonPhrase(response.status) + "\r\n";
    for (const auto &[name, value] : response.headers)
        bytes += name + ": " + value + "\r\n";
    bytes += "Content-Length: "_ba + QByteArray::number(response.body.size()) + "\r\n";
    if (closeConnection)
        bytes += "Connection: close\r\n"_ba;
    bytes += "\r\n"_ba;
    if (includeBody)
        bytes += response.body;
    return bytes;
}

} // namespace

class HttpAdapter::Server final : public QAbstractHttpServer
{
public:
    explicit Server(Handler handler)
        : m_handler(std::move(handler))
    {}

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        const HttpRequest plain = toPlainRequest(request);
        const HttpResponse response = m_handler(plain);

        const bool closeConnection =
            plain.header("Connection"_ba).trimmed().compare("close"_ba, Qt::CaseInsensitive) == 0;
        socket->write(serialise(response, closeConnection, plain.method != "HEAD"_ba));
        if (closeConnection)
            socket->disconnectFromHost();
        return true;
    }

    // Never called, because handleRequest() takes every request.
    void missingHandler(const QHttpServerRequest &, QTcpSocket *socket) override
    {
        socket->disconnectFromHost();
    }

private:
    Handler m_handler;
};

HttpAdapter::HttpAdapter(Handler handler)
    : m_server(std::make_unique<Server>(std::move(handler)))
{}

HttpAdapter::~HttpAdapter() = default;

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
