// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>

#include <optional>

class QTcpServer;
class QTcpSocket;

// Small proxies on 127.0.0.1 for the tests: they forward to loopback only and record every HTTP
// request that passes through them.
namespace sessiontest {

// One HTTP request as it reached a proxy.
struct ProxiedRequest
{
    QByteArray method;
    QString path; // origin form, e.g. "/v1/user?count=5"
};

// One HTTP/1.1 request parsed off the front of a byte stream.
struct HttpRequestHead
{
    QByteArray method;
    QByteArray target; // as on the request line: absolute URI for a proxy, else origin form
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(const QByteArray &name) const; // case-insensitive; empty when absent
};

// Takes one complete request (head and Content-Length body) off the front of buffer; returns
// nothing and leaves buffer alone while the request is incomplete.
std::optional<HttpRequestHead> takeHttpRequest(QByteArray &buffer);

// A forwarding HTTP proxy: it takes requests with an absolute URI (http://host:port/path),
// passes them on in origin form over one upstream connection per client connection, and
// relays the responses byte for byte. With credentials set, requests without the matching
// Proxy-Authorization get 407. CONNECT is not supported.
class HttpTestProxy : public QObject
{
    Q_OBJECT

public:
    explicit HttpTestProxy(QObject *parent = nullptr);
    ~HttpTestProxy() override;

    bool listen(); // on 127.0.0.1, port 0
    quint16 port() const;
    void requireCredentials(const QByteArray &user, const QByteArray &password);

    QList<ProxiedRequest> forwarded() const { return m_forwarded; }
    int rejectedWithoutCredentials() const { return m_rejected; }

private:
    void onNewConnection();

    QTcpServer *m_server;
    QByteArray m_expectedAuthorization; // "Basic …", empty when no credentials are needed
    QList<ProxiedRequest> m_forwarded;
    int m_rejected = 0;
};

// A SOCKS5 proxy (RFC 1928) with the CONNECT command only, no authentication or, when
// credentials are set, user name and password (RFC 1929). It records the HTTP requests in the
// tunnelled streams.
class Socks5TestProxy : public QObject
{
    Q_OBJECT

public:
    explicit Socks5TestProxy(QObject *parent = nullptr);
    ~Socks5TestProxy() override;

    bool listen(); // on 127.0.0.1, port 0
    quint16 port() const;
    void requireCredentials(const QByteArray &user, const QByteArray &password);

    QList<ProxiedRequest> forwarded() const { return m_forwarded; }
    int tunnels() const { return m_tunnels; }
    int rejectedCredentials() const { return m_rejected; }

private:
    void onNewConnection();

    QTcpServer *m_server;
    std::optional<QPair<QByteArray, QByteArray>> m_credentials;
    QList<ProxiedRequest> m_forwarded;
    int m_tunnels = 0;
    int m_rejected = 0;
};

} // namespace sessiontest
