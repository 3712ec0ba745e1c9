// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestProxies.h"

#include <QHostAddress>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>
#include <QtEndian>

#include <memory>

using namespace Qt::StringLiterals;

namespace sessiontest {

namespace {

bool isLoopbackHost(const QString &host)
{
    if (host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QByteArray simpleResponse(int status, const QByteArray &reason, const QByteArray &extraHeaders = {})
{
    return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n" + extraHeaders +
           "Content-Length: 0\r\n\r\n";
}

// Opens the upstream connection of a tunnel or proxy connection and relays everything it
// receives back to the client. QTcpSocket buffers what is written before it connects.
QTcpSocket *connectUpstream(QTcpSocket *client, const QString &host, quint16 port)
{
    auto *upstream = new QTcpSocket(client);
    QObject::connect(upstream, &QTcpSocket::readyRead, client,
                     [client, upstream] { client->write(upstream->readAll()); });
    QObject::connect(upstream, &QTcpSocket::disconnected, client,
                     [client] { client->disconnectFromHost(); });
    QObject::connect(upstream, &QTcpSocket::errorOccurred, client,
                     [client](QAbstractSocket::SocketError) { client->disconnectFromHost(); });
    upstream->connectToHost(host, port);
    return upstream;
}

// Records every complete request in a tunnelled byte stream.
void recordRequests(QByteArray &stream, QList<ProxiedRequest> &requests)
{
    while (const auto request = takeHttpRequest(stream))
        requests.append({request->method, QString::fromLatin1(request->target)});
}

} // namespace

QByteArray HttpRequestHead::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

std::optional<HttpRequestHead> takeHttpRequest(QByteArray &buffer)
{
    const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return std::nullopt;

    const QList<QByteArray> lines = buffer.left(headEnd).split('\n');
    HttpRequestHead request;
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    request.method = requestLine.value(0);
    request.target = requestLine.value(1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            request.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }

    const qsizetype bodyLength = request.header("Content-Length").toLongLong();
    const qsizetype total = headEnd + 4 + bodyLength;
    if (buffer.size() < total)
        return std::nullopt;
    request.body = buffer.mid(headEnd + 4, bodyLength);
    buffer.remove(0, total);
    return request;
}

HttpTestProxy::HttpTestProxy(QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &HttpTestProxy::onNewConnection);
}

HttpTestProxy::~HttpTestProxy() = default;

bool HttpTestProxy::listen()
{
    return m_server->listen(QHostAddress::LocalHost, 0);
}

quint16 HttpTestProxy::port() const
{
    return m_server->serverPort();
}

void HttpTestProxy::requireCredentials(const QByteArray &user, const QByteArray &password)
{
    m_expectedAuthorization = "Basic " + QByteArray(user + ':' + password).toBase64();
}

void HttpTestProxy::onNewConnection()
{
    while (QTcpSocket *client = m_server->nextPendingConnection()) {
        client->setParent(this);
        auto inbox = std::make_shared<QByteArray>();
        auto upstream = std::make_shared<QPointer<QTcpSocket>>();

        connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
        connect(client, &QTcpSocket::readyRead, this, [this, client, inbox, upstream] {
            inbox->append(client->readAll());
            while (const auto request = takeHttpRequest(*inbox)) {
                const QUrl url = QUrl::fromEncoded(request->target);
                if (request->method == "CONNECT" || url.scheme() != u"http"_s) {
                    client->write(simpleResponse(405, "Method Not Allowed"));
                    continue;
                }
                if (!isLoopbackHost(url.host())) {
                    client->write(simpleResponse(403, "Forbidden"));
                    continue;
                }
                if (!m_expectedAuthorization.isEmpty() &&
                    request->header("Proxy-Authorization") != m_expectedAuthorization) {
                    ++m_rejected;
                    client->write(simpleResponse(407, "Proxy Authentication Required",
                                                 "Proxy-Authenticate: Basic realm=\"test\"\r\n"));
                    continue;
                }

                QByteArray path = url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority |
                                                QUrl::RemoveFragment);
                if (path.isEmpty())
                    path = "/";
                m_forwarded.append({request->method, QString::fromLatin1(path)});

                QByteArray forwarded = request->method + ' ' + path + " HTTP/1.1\r\n";
                for (const auto &[name, value] : request->headers) {
                    if (!name.startsWith("Proxy-") && !name.startsWith("proxy-"))
                        forwarded += name + ": " + value + "\r\n";
                }
                forwarded += "\r\n" + request->body;

                if (!*upstream)
                    *upstream =
                        connectUpstream(client, url.host(), static_cast<quint16>(url.port(80)));
                (*upstream)->write(forwarded);
            }
        });
    }
}

Socks5TestProxy::Socks5TestProxy(QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &Socks5TestProxy::onNewConnection);
}

Socks5TestProxy::~Socks5TestProxy() = default;

bool Socks5TestProxy::listen()
{
    return m_server->listen(QHostAddress::LocalHost, 0);
}

quint16 Socks5TestProxy::port() const
{
    return m_server->serverPort();
}

void Socks5TestProxy::requireCredentials(const QByteArray &user, const QByteArray &password)
{
    m_credentials = qMakePair(user, password);
}

void Socks5TestProxy::onNewConnection()
{
    enum class Phase
    {
        Greeting,
        Credentials,
        Request,
        Connecting,
        Relay
    };

    struct Tunnel
    {
        Phase phase = Phase::Greeting;
        QByteArray inbox;
        QByteArray stream; // the tunnelled client bytes not yet parsed into requests
        QPointer<QTcpSocket> upstream;
    };

    while (QTcpSocket *client = m_server->nextPendingConnection()) {
        client->setParent(this);
        auto tunnel = std::make_shared<Tunnel>();
        connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);

        const auto fail = [client](const QByteArray &reply) {
            client->write(reply);
            client->disconnectFromHost();
        };

        connect(client, &QTcpSocket::readyRead, this, [this, client, tunnel, fail] {
            QByteArray &in = tunnel->inbox;
            in.append(client->readAll());

            if (tunnel->phase == Phase::Greeting) {
                if (in.size() < 2 || in.size() < 2 + static_cast<quint8>(in.at(1)))
                    return;
                const QByteArray methods = in.mid(2, static_cast<quint8>(in.at(1)));
                in.remove(0, 2 + methods.size());
                const char wanted = m_credentials ? '\x02' : '\x00';
                if (!methods.contains(wanted))
                    return fail(QByteArray("\x05\xff", 2));
                client->write(QByteArray("\x05", 1) + wanted);
                tunnel->phase = m_credentials ? Phase::Credentials : Phase::Request;
            }

            if (tunnel->phase == Phase::Credentials) {
                if (in.size() < 2)
                    return;
                const int userLength = static_cast<quint8>(in.at(1));
                if (in.size() < 3 + userLength)
                    return;
                const int passwordLength = static_cast<quint8>(in.at(2 + userLength));
                if (in.size() < 3 + userLength + passwordLength)
                    return;
                const QByteArray user = in.mid(2, userLength);
                const QByteArray password = in.mid(3 + userLength, passwordLength);
                in.remove(0, 3 + userLength + passwordLength);
                if (user != m_credentials->first || password != m_credentials->second) {
                    ++m_rejected;
                    return fail(QByteArray("\x01\x01", 2));
                }
                client->write(QByteArray("\x01\x00", 2));
                tunnel->phase = Phase::Request;
            }

            if (tunnel->phase == Phase::Request) {
                if (in.size() < 5)
                    return;
                const char addressType = in.at(3);
                qsizetype addressLength = 0;
                if (addressType == 1)
                    addressLength = 4;
                else if (addressType == 4)
                    addressLength = 16;
                else if (addressType == 3)
                    addressLength = 1 + static_cast<quint8>(in.at(4));
                if (in.size() < 4 + addressLength + 2)
                    return;

                QString host;
                if (addressType == 3)
                    host = QString::fromLatin1(in.mid(5, addressLength - 1));
                else if (addressType == 1)
                    host = QHostAddress(qFromBigEndian<quint32>(in.constData() + 4)).toString();
                else
                    host = QHostAddress(reinterpret_cast<const quint8 *>(in.constData() + 4))
                               .toString();
                const quint16 port = qFromBigEndian<quint16>(in.constData() + 4 + addressLength);
                const char command = in.at(1);
                in.remove(0, 4 + addressLength + 2);

                // 0x07: command not supported; 0x02: connection not allowed by the rule set.
                if (command != 1)
                    return fail(QByteArray("\x05\x07\x00\x01\0\0\0\0\0\0", 10));
                if (!isLoopbackHost(host))
                    return fail(QByteArray("\x05\x02\x00\x01\0\0\0\0\0\0", 10));

                ++m_tunnels;
                tunnel->phase = Phase::Connecting;
                tunnel->upstream = connectUpstream(client, host, port);
                connect(tunnel->upstream, &QTcpSocket::connected, client, [this, client, tunnel] {
                    client->write(QByteArray("\x05\x00\x00\x01\0\0\0\0\0\0", 10));
                    tunnel->phase = Phase::Relay;
                    if (!tunnel->inbox.isEmpty()) {
                        tunnel->stream.append(tunnel->inbox);
                        tunnel->upstream->write(std::exchange(tunnel->inbox, {}));
                        recordRequests(tunnel->stream, m_forwarded);
                    }
                });
                return;
            }

            if (tunnel->phase == Phase::Relay && !in.isEmpty()) {
                tunnel->stream.append(in);
                tunnel->upstream->write(std::exchange(in, {}));
                recordRequests(tunnel->stream, m_forwarded);
            }
        });
    }
}

} // namespace sessiontest
