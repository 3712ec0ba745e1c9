// SPDX-License-Identifier: GPL-3.0-or-later
#include "SandboxTestClient.h"

#include <QJsonDocument>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;
using studio::crypto::RsaKeyPair;
using studio::crypto::RsaPublicKey;

namespace sandboxtest {

namespace {

constexpr int timeoutMs = 10000;

// Records a failed check in the running test and returns from the helper with a value.
#define SANDBOX_REQUIRE(condition, returnValue)                                                    \
    do {                                                                                           \
        if (!QTest::qVerify(static_cast<bool>(condition), #condition, "", __FILE__, __LINE__))     \
            return returnValue;                                                                    \
    } while (false)

RawReply parseRawResponse(const QByteArray &bytes)
{
    RawReply reply;
    const qsizetype headerEnd = bytes.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return reply;

    const QList<QByteArray> lines = bytes.left(headerEnd).split('\n');
    const QByteArray statusLine = lines.constFirst().trimmed();
    const QList<QByteArray> statusParts = statusLine.split(' ');
    if (statusParts.size() < 3)
        return reply;
    reply.status = statusParts.at(1).toInt();
    reply.reason = statusLine.mid(statusParts.at(0).size() + statusParts.at(1).size() + 2);

    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            reply.headers.append({line.left(colon), line.mid(colon + 1).trimmed()});
    }
    reply.body = bytes.mid(headerEnd + 4);
    reply.completed = true;
    return reply;
}

} // namespace

const QByteArray ecPublicKeyPem =
    "-----BEGIN PUBLIC KEY-----\n"
    "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEfpgkLLjKVlL6ypk6KSl0MvA4earJ\n"
    "lFW6qT/8emoaVfBJ/G7nUKAySZfescSS8R1FmK979aVRogic8Y9s9FWDZg==\n"
    "-----END PUBLIC KEY-----\n"_ba;

const QByteArray ed25519PublicKeyPem =
    "-----BEGIN PUBLIC KEY-----\n"
    "MCowBQYDK2VwAyEAgTllg9slkGkC/uiK0wWUe2BAS8+SFpzl/ui2ghGtpfo=\n"
    "-----END PUBLIC KEY-----\n"_ba;

const QByteArray pkcs1RsaPublicKeyPem =
    "-----BEGIN RSA PUBLIC KEY-----\n"
    "MIIBCgKCAQEA3kZ0tHnHYawuHUVvfou6ruiKL8CaRYU7AYsjFSXaEL/TLdk15n/i\n"
    "W7xIDuYL4PS2+N2YnkniFNDJwdrIqErRpFttZSvgcMotwAmQt9UikI/ZwOzu/inH\n"
    "43U9zWnYydc/LTgxTCxT8Q6tNYf9khotQ4yxWR4XhRqPCIklKzqIb563IxZqe1yF\n"
    "uQeUwK8HcyvB2+5cGhy86ZY7VYPZmAfamdXGFeA6YMa7RTKS2lHdkyyyS+98jcd7\n"
    "j+QHqsI8+S0y6gPdf/J6066WkTjGMs5HQlbJSp3fgVd+C3F4Wei6a/8kWJvrjcvd\n"
    "WAr8N4aArKaf1+Bb2wUtxHvFd1dYUiBuJwIDAQAB\n"
    "-----END RSA PUBLIC KEY-----\n"_ba;

bool RawReply::hasHeader(const QByteArray &name) const
{
    return headerCount(name) > 0;
}

QByteArray RawReply::header(const QByteArray &name) const
{
    for (const auto &[headerName, value] : headers) {
        if (headerName.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

int RawReply::headerCount(const QByteArray &name) const
{
    return static_cast<int>(std::count_if(headers.cbegin(), headers.cend(), [&](const auto &h) {
        return h.first.compare(name, Qt::CaseInsensitive) == 0;
    }));
}

QJsonObject RawReply::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QJsonArray RawReply::responseItems() const
{
    return json().value(u"Response"_s).toArray();
}

QJsonObject RawReply::errorEntry() const
{
    return json().value(u"Error"_s).toArray().at(0).toObject();
}

QString RawReply::errorDescription() const
{
    return errorEntry().value(u"error_description"_s).toString();
}

QString RawReply::errorTranslated() const
{
    return errorEntry().value(u"error_description_translated"_s).toString();
}

SandboxTestClient::SandboxTestClient(const QUrl &baseUrl)
    : m_baseUrl(baseUrl)
{
    // Loopback only: a proxy from the environment must never see these requests.
    m_manager.setProxy(QNetworkProxy(QNetworkProxy::NoProxy));
}

RawReply SandboxTestClient::send(const QByteArray &method, const QString &path,
                                 const Headers &headers, const QByteArray &body)
{
    QUrl url = m_baseUrl;
    const qsizetype queryStart = path.indexOf(u'?');
    url.setPath(path.left(queryStart));
    url.setQuery(queryStart < 0 ? QString() : path.mid(queryStart + 1));

    QNetworkRequest request(url);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);

    // QNetworkAccessManager expects no body after a HEAD response only when it sent the request
    // through head(). Sent as a custom verb, it would wait for Content-Length bytes.
    QNetworkReply *networkReply = method == "HEAD"_ba
                                      ? m_manager.head(request)
                                      : m_manager.sendCustomRequest(request, method, body);
    QSignalSpy finished(networkReply, &QNetworkReply::finished);
    if (!networkReply->isFinished())
        finished.wait(timeoutMs);
    // A refused connection finishes at once; only a sandbox that never responds times out.
    QTest::qVerify(networkReply->isFinished(), "networkReply->isFinished()",
                   "the request timed out", __FILE__, __LINE__);

    RawReply reply;
    const QVariant status = networkReply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    reply.completed = networkReply->isFinished() && status.isValid();
    reply.status = status.toInt();
    reply.reason =
        networkReply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray();
    reply.headers = networkReply->rawHeaderPairs();
    reply.body = networkReply->readAll();
    networkReply->deleteLater();
    return reply;
}

RawReply SandboxTestClient::sendRaw(const QByteArray &requestBytes)
{
    return sendRawFrom(QHostAddress(), requestBytes);
}

RawReply SandboxTestClient::sendRawFrom(const QHostAddress &localAddress,
                                        const QByteArray &requestBytes)
{
    QTcpSocket socket;
    if (!localAddress.isNull() && !socket.bind(localAddress))
        return {};
    QSignalSpy connected(&socket, &QTcpSocket::connected);
    QSignalSpy disconnected(&socket, &QTcpSocket::disconnected);
    QByteArray received;
    QObject::connect(&socket, &QTcpSocket::readyRead, &socket,
                     [&] { received += socket.readAll(); });

    socket.connectToHost(m_baseUrl.host(), static_cast<quint16>(m_baseUrl.port()));
    if (!connected.wait(timeoutMs))
        return {};
    socket.write(requestBytes);
    if (disconnected.isEmpty())
        disconnected.wait(timeoutMs);
    received += socket.readAll();
    return parseRawResponse(received);
}

QByteArray SandboxTestClient::createSandboxUser(const QString &kind)
{
    const RawReply reply = send("POST"_ba, u"/v1/sandbox-user-"_s + kind);
    SANDBOX_REQUIRE(reply.status == 200, {});
    const QByteArray apiKey = reply.responseItems()
                                  .at(0)
                                  .toObject()
                                  .value(u"ApiKey"_s)
                                  .toObject()
                                  .value(u"api_key"_s)
                                  .toString()
                                  .toLatin1();
    SANDBOX_REQUIRE(!apiKey.isEmpty(), {});
    return apiKey;
}

InstallationInfo SandboxTestClient::install(const RsaKeyPair &clientKey)
{
    const QByteArray body =
        compactJson({{u"client_public_key"_s, QString::fromLatin1(clientKey.publicKey().toPem())}});
    const RawReply reply =
        send("POST"_ba, u"/v1/installation"_s, {{"Content-Type"_ba, "application/json"_ba}}, body);
    SANDBOX_REQUIRE(reply.status == 200, {});

    const QJsonArray items = reply.responseItems();
    InstallationInfo info;
    info.id = items.at(0)[u"Id"_s][u"id"_s].toInteger();
    info.token = items.at(1)[u"Token"_s][u"token"_s].toString().toLatin1();
    const auto serverKey = RsaPublicKey::fromPem(
        items.at(2)[u"ServerPublicKey"_s][u"server_public_key"_s].toString().toLatin1());
    SANDBOX_REQUIRE(serverKey.ok(), {});
    info.serverKey = serverKey.value();
    return info;
}

RawReply SandboxTestClient::registerDevice(const InstallationInfo &installation,
                                           const RsaKeyPair &clientKey, const QByteArray &apiKey,
                                           const QJsonValue &permittedIps)
{
    QJsonObject fields{{u"description"_s, u"sandbox conformance test"_s},
                       {u"secret"_s, QString::fromLatin1(apiKey)}};
    if (!permittedIps.isUndefined())
        fields.insert(u"permitted_ips"_s, permittedIps);
    const QByteArray body = compactJson(fields);
    return send("POST"_ba, u"/v1/device-server"_s,
                signedHeaders(installation.token, clientKey, body), body);
}

RawReply SandboxTestClient::requestSession(const InstallationInfo &installation,
                                           const RsaKeyPair &clientKey, const QByteArray &apiKey)
{
    const QByteArray body = compactJson({{u"secret"_s, QString::fromLatin1(apiKey)}});
    return send("POST"_ba, u"/v1/session-server"_s,
                signedHeaders(installation.token, clientKey, body), body);
}

SessionInfo SandboxTestClient::openSession(const InstallationInfo &installation,
                                           const RsaKeyPair &clientKey, const QByteArray &apiKey)
{
    const RawReply device = registerDevice(installation, clientKey, apiKey);
    SANDBOX_REQUIRE(device.status == 200, {});
    const RawReply reply = requestSession(installation, clientKey, apiKey);
    SANDBOX_REQUIRE(reply.status == 200, {});

    const QJsonArray items = reply.responseItems();
    SessionInfo info;
    info.id = items.at(0)[u"Id"_s][u"id"_s].toInteger();
    info.token = items.at(1)[u"Token"_s][u"token"_s].toString().toLatin1();
    info.userType = itemType(items.at(2));
    info.user = items.at(2)[info.userType].toObject();
    SANDBOX_REQUIRE(!info.token.isEmpty(), {});
    return info;
}

QByteArray sign(const RsaKeyPair &key, const QByteArray &data)
{
    const auto signature = key.sign(data);
    SANDBOX_REQUIRE(signature.ok(), {});
    return signature.value();
}

QByteArray compactJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

Headers signedHeaders(const QByteArray &token, const RsaKeyPair &key, const QByteArray &body)
{
    return {
        {"X-Bunq-Client-Authentication"_ba, token},
        {"X-Bunq-Client-Signature"_ba, sign(key, body)},
        {"Content-Type"_ba, "application/json"_ba},
    };
}

QByteArray rawRequest(const QByteArray &method, const QString &path, const Headers &headers,
                      const QByteArray &body)
{
    QByteArray bytes = method + ' ' + path.toUtf8() + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"_ba;
    for (const auto &[name, value] : headers)
        bytes += name + ": "_ba + value + "\r\n"_ba;
    bytes += "Content-Length: "_ba + QByteArray::number(body.size()) +
             "\r\nConnection: close\r\n\r\n"_ba + body;
    return bytes;
}

QString itemType(const QJsonValue &item)
{
    const QStringList keys = item.toObject().keys();
    return keys.size() == 1 ? keys.constFirst() : QString();
}

} // namespace sandboxtest
