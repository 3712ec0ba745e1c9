// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/RsaKeyPair.h"
#include "crypto/RsaPublicKey.h"

#include <QByteArray>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QPair>
#include <QUrl>

// Test-side HTTP for the sandbox conformance tests. Requests are built here by hand, signed with
// studio_crypto directly, and never go through core's API client, so that a client bug cannot
// hide the same bug in the sandbox.
namespace sandboxtest {

using Headers = QList<QPair<QByteArray, QByteArray>>;

// One response as it came off the wire.
struct RawReply
{
    bool completed = false; // false when the request timed out or never got a status line
    int status = 0;
    QByteArray reason;
    Headers headers;
    QByteArray body;

    bool hasHeader(const QByteArray &name) const;
    QByteArray header(const QByteArray &name) const;
    int headerCount(const QByteArray &name) const;

    QJsonObject json() const;
    QJsonArray responseItems() const; // the "Response" array
    QJsonObject errorEntry() const;   // the first entry of the "Error" array
    QString errorDescription() const;
    QString errorTranslated() const;
};

// The outcome of POST installation, read from the response.
struct InstallationInfo
{
    qint64 id = 0;
    QByteArray token;
    studio::crypto::RsaPublicKey serverKey;
};

// The outcome of POST session-server, read from the response.
struct SessionInfo
{
    qint64 id = 0;
    QByteArray token;
    QString userType; // "UserPerson" or "UserCompany"
    QJsonObject user;
};

class SandboxTestClient
{
public:
    explicit SandboxTestClient(const QUrl &baseUrl);

    // Sends a request through QNetworkAccessManager with exactly the given extra headers.
    // path is relative to the server root, e.g. "/v1/user". Waits up to 10 s.
    RawReply send(const QByteArray &method, const QString &path, const Headers &headers = {},
                  const QByteArray &body = {});

    // Sends bytes over a plain TCP connection and reads until the server closes it; the
    // request should carry "Connection: close". For checks QNetworkAccessManager would hide.
    RawReply sendRaw(const QByteArray &requestBytes);
    // Like sendRaw(), from a socket bound to localAddress first, so that the request arrives from
    // that caller address. Any 127.x.y.z address works on Linux, whose loopback covers 127.0.0.0/8.
    RawReply sendRawFrom(const QHostAddress &localAddress, const QByteArray &requestBytes);

    // Steps of the session flow that fail the current test (through QVERIFY) when the sandbox
    // does not return 200; check QTest::currentTestFailed() after calling them.
    QByteArray createSandboxUser(const QString &kind = QStringLiteral("person"));
    InstallationInfo install(const studio::crypto::RsaKeyPair &clientKey);
    // Registers apiKey, signed, with permittedIps left out of the body when it is undefined.
    RawReply registerDevice(const InstallationInfo &installation,
                            const studio::crypto::RsaKeyPair &clientKey, const QByteArray &apiKey,
                            const QJsonValue &permittedIps = QJsonValue::Undefined);
    RawReply requestSession(const InstallationInfo &installation,
                            const studio::crypto::RsaKeyPair &clientKey, const QByteArray &apiKey);
    // Registers apiKey as a device-server of the installation, then opens a session with it.
    SessionInfo openSession(const InstallationInfo &installation,
                            const studio::crypto::RsaKeyPair &clientKey, const QByteArray &apiKey);

    QUrl baseUrl() const { return m_baseUrl; }

private:
    QUrl m_baseUrl;
    QNetworkAccessManager m_manager;
};

// Signs data with the key and returns the base64 signature; fails the test on error.
QByteArray sign(const studio::crypto::RsaKeyPair &key, const QByteArray &data);

// Serialises a JSON object compactly, as most clients send it.
QByteArray compactJson(const QJsonObject &object);

// Returns the headers of a signed call with a token: authentication, signature over body and
// a JSON content type.
Headers signedHeaders(const QByteArray &token, const studio::crypto::RsaKeyPair &key,
                      const QByteArray &body);

// Returns the bytes of a complete HTTP/1.1 request with "Connection: close", for sendRaw().
QByteArray rawRequest(const QByteArray &method, const QString &path, const Headers &headers,
                      const QByteArray &body = {});

// Returns the single key of a wrapped item such as {"Id":{...}}.
QString itemType(const QJsonValue &item);

// Fixed keys that the installation must reject.
extern const QByteArray ecPublicKeyPem;
extern const QByteArray ed25519PublicKeyPem;
extern const QByteArray pkcs1RsaPublicKeyPem;

} // namespace sandboxtest
