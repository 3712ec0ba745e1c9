// SPDX-License-Identifier: GPL-3.0-or-later
// Conformance of the session-opening calls: sandbox users, installation, device-server and
// session-server, driven over HTTP with hand-built, hand-signed requests.

#include "LocalSandbox.h"
#include "SandboxTestClient.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace sandboxtest;
using studio::crypto::RsaKeyPair;
using studio::sandbox::LocalSandbox;
using studio::sandbox::SandboxOptions;

namespace {

const QRegularExpression apiKeyFormat(u"\\Asandbox_[0-9a-f]{56}\\z"_s);
const QRegularExpression tokenFormat(u"\\A[0-9a-f]{64}\\z"_s);
const QRegularExpression
    timestampFormat(u"\\A\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}\\.\\d{6}\\z"_s);

const QString credentialsIncorrect =
    u"User credentials are incorrect. Incorrect API key or IP address."_s;
const QString signatureInvalid = u"The request signature is invalid."_s;
const QString signatureRequired =
    u"For this operation a request signature is required. Check the urls for more information."_s;
const QString insufficientAuthorisation = u"Insufficient authorisation."_s;
const QString bodyNotJsonObject = u"The request body is not a JSON object."_s;
const QString publicKeyNotSpkiPem =
    u"The client_public_key is not a valid RSA public key in SPKI PEM format. Send the key as a "
    u"\"-----BEGIN PUBLIC KEY-----\" PEM block."_s;
const QString publicKeyIsPkcs1 =
    u"The client_public_key is a PKCS#1 key (\"BEGIN RSA PUBLIC KEY\"). Send it in SPKI PEM "
    u"format (\"BEGIN PUBLIC KEY\")."_s;
const QString publicKeyNotRsa =
    u"The client_public_key is not an RSA key. Send a 2048-bit RSA public key in SPKI PEM "
    u"format."_s;

QString fieldMissing(const QString &field)
{
    return u"The field \"%1\" is missing from the request body."_s.arg(field);
}

QString fieldNotNonEmptyString(const QString &field)
{
    return u"The field \"%1\" must be a non-empty string."_s.arg(field);
}

QString permittedIpInvalid(const QString &entry)
{
    return u"The permitted_ips entry \"%1\" is not a valid IPv4 address. Use addresses such as "
           u"192.0.2.10, or \"*\" to allow every address."_s.arg(entry);
}

QByteArray installationBody(const QByteArray &pem)
{
    return compactJson({{u"client_public_key"_s, QString::fromLatin1(pem)}});
}

QStringList itemTypes(const QJsonArray &items)
{
    QStringList types;
    for (const QJsonValue &item : items)
        types.append(itemType(item));
    return types;
}

} // namespace

class TestSandboxRegistration : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void sandboxUserCreated_data();
    void sandboxUserCreated();
    void sandboxUserRejectsNonObjectBody_data();
    void sandboxUserRejectsNonObjectBody();

    void fullFlow_data();
    void fullFlow();

    void installationAcceptsPemVariants_data();
    void installationAcceptsPemVariants();
    void installationRejectsBadInput_data();
    void installationRejectsBadInput();
    void installationIgnoresSignatureHeader();
    void installationKeysDiffer();

    void deviceServerChecks_data();
    void deviceServerChecks();
    void deviceServerNeedsInstallationToken_data();
    void deviceServerNeedsInstallationToken();
    void permittedIpsGovernSession_data();
    void permittedIpsGovernSession();

    void sessionServerChecks_data();
    void sessionServerChecks();
    void sessionServerNeedsInstallationToken_data();
    void sessionServerNeedsInstallationToken();
    void sessionServerNeedsDeviceOfSameInstallation();
    void missingSignatureStatusLine();

private:
    std::unique_ptr<LocalSandbox> m_sandbox;
    std::unique_ptr<SandboxTestClient> m_client;
    RsaKeyPair m_clientKey;
    RsaKeyPair m_otherKey;
    // Shared by the rows that only need some installation; device-servers are per API key, so
    // rows using fresh users do not see each other's registrations.
    InstallationInfo m_installation;
};

void TestSandboxRegistration::initTestCase()
{
    QLoggingCategory::setFilterRules(u"studio.sandbox.info=false"_s);

    auto clientKey = RsaKeyPair::generate();
    QVERIFY2(clientKey.ok(), qPrintable(clientKey.ok() ? QString() : clientKey.error()));
    m_clientKey = clientKey.value();
    auto otherKey = RsaKeyPair::generate();
    QVERIFY(otherKey.ok());
    m_otherKey = otherKey.value();

    // The rows create users and open sessions on one installation faster than bunq's rate
    // limits and its one-live-session rule allow; tst_sandbox_access covers those rules.
    SandboxOptions options;
    options.rateLimits = false;
    options.oneLiveSessionPerInstallation = false;
    m_sandbox = std::make_unique<LocalSandbox>(options);
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
    m_client = std::make_unique<SandboxTestClient>(m_sandbox->baseUrl());

    m_installation = m_client->install(m_clientKey);
    QVERIFY(!m_installation.token.isEmpty());
}

void TestSandboxRegistration::cleanupTestCase()
{
    m_client.reset();
    m_sandbox.reset();
}

void TestSandboxRegistration::sandboxUserCreated_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");

    QTest::newRow("person without body") << u"/v1/sandbox-user-person"_s << QByteArray();
    QTest::newRow("person with empty object") << u"/v1/sandbox-user-person"_s << "{}"_ba;
    QTest::newRow("person with fields")
        << u"/v1/sandbox-user-person"_s << R"({"note":"ignored"})"_ba;
    QTest::newRow("company without body") << u"/v1/sandbox-user-company"_s << QByteArray();
    QTest::newRow("company with empty object") << u"/v1/sandbox-user-company"_s << "{}"_ba;
}

void TestSandboxRegistration::sandboxUserCreated()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, body);

    const Headers headers =
        body.isEmpty() ? Headers() : Headers{{"Content-Type"_ba, "application/json"_ba}};
    const RawReply reply = m_client->send("POST"_ba, path, headers, body);

    QCOMPARE(reply.status, 200);
    const QJsonArray items = reply.responseItems();
    QCOMPARE(items.size(), 1);
    QCOMPARE(itemType(items.at(0)), u"ApiKey"_s);
    const QString apiKey = items.at(0)[u"ApiKey"_s][u"api_key"_s].toString();
    QVERIFY2(apiKeyFormat.match(apiKey).hasMatch(), qPrintable(apiKey));
    // No installation yet, so there is no key to sign with.
    QVERIFY(!reply.hasHeader("X-Bunq-Server-Signature"_ba));
}

void TestSandboxRegistration::sandboxUserRejectsNonObjectBody_data()
{
    QTest::addColumn<QByteArray>("body");

    QTest::newRow("plain text") << "create a user please"_ba;
    QTest::newRow("JSON array") << "[]"_ba;
    QTest::newRow("truncated JSON") << R"({"a":)"_ba;
}

void TestSandboxRegistration::sandboxUserRejectsNonObjectBody()
{
    QFETCH(QByteArray, body);

    const RawReply reply = m_client->send("POST"_ba, u"/v1/sandbox-user-person"_s,
                                          {{"Content-Type"_ba, "application/json"_ba}}, body);

    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.errorDescription(), bodyNotJsonObject);
}

void TestSandboxRegistration::fullFlow_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("userType");

    QTest::newRow("person") << u"person"_s << u"UserPerson"_s;
    QTest::newRow("company") << u"company"_s << u"UserCompany"_s;
}

void TestSandboxRegistration::fullFlow()
{
    QFETCH(QString, kind);
    QFETCH(QString, userType);

    // Sandbox user.
    const QByteArray apiKey = m_client->createSandboxUser(kind);
    QVERIFY(!apiKey.isEmpty());

    // Installation: Id, Token, ServerPublicKey in this order, signed with the new server key.
    const QByteArray pem = m_clientKey.publicKey().toPem();
    const RawReply installation =
        m_client->send("POST"_ba, u"/v1/installation"_s,
                       {{"Content-Type"_ba, "application/json"_ba}}, installationBody(pem));
    QCOMPARE(installation.status, 200);
    const QJsonArray installationItems = installation.responseItems();
    QCOMPARE(itemTypes(installationItems),
             (QStringList{u"Id"_s, u"Token"_s, u"ServerPublicKey"_s}));
    const QJsonObject installationToken = installationItems.at(1)[u"Token"_s].toObject();
    QVERIFY(installationItems.at(0)[u"Id"_s][u"id"_s].toInteger() > 0);
    QVERIFY(installationToken.value(u"id"_s).toInteger() > 0);
    QVERIFY(timestampFormat.match(installationToken.value(u"created"_s).toString()).hasMatch());
    QVERIFY(timestampFormat.match(installationToken.value(u"updated"_s).toString()).hasMatch());
    const QByteArray token = installationToken.value(u"token"_s).toString().toLatin1();
    QVERIFY2(tokenFormat.match(QString::fromLatin1(token)).hasMatch(), token.constData());

    const QString serverPem =
        installationItems.at(2)[u"ServerPublicKey"_s][u"server_public_key"_s].toString();
    QVERIFY(serverPem.startsWith(u"-----BEGIN PUBLIC KEY-----\n"_s));
    QVERIFY(serverPem.endsWith(u"\n-----END PUBLIC KEY-----\n"_s));
    QVERIFY(!serverPem.contains(u'\r'));
    const auto serverKey = studio::crypto::RsaPublicKey::fromPem(serverPem.toLatin1());
    QVERIFY(serverKey.ok());
    QCOMPARE(serverKey.value().bits(), 2048);
    QVERIFY(serverKey.value().verify(installation.body,
                                     installation.header("X-Bunq-Server-Signature"_ba)));
    const InstallationInfo info{installationItems.at(0)[u"Id"_s][u"id"_s].toInteger(), token,
                                serverKey.value()};

    // Device-server: one Id, signed.
    const RawReply device = m_client->registerDevice(info, m_clientKey, apiKey);
    QCOMPARE(device.status, 200);
    QCOMPARE(itemTypes(device.responseItems()), QStringList{u"Id"_s});
    QVERIFY(info.serverKey.verify(device.body, device.header("X-Bunq-Server-Signature"_ba)));

    // Session-server: Id, Token, user object, with Id.id equal to Token.id.
    const RawReply session = m_client->requestSession(info, m_clientKey, apiKey);
    QCOMPARE(session.status, 200);
    QVERIFY(info.serverKey.verify(session.body, session.header("X-Bunq-Server-Signature"_ba)));
    const QJsonArray sessionItems = session.responseItems();
    QCOMPARE(itemTypes(sessionItems), (QStringList{u"Id"_s, u"Token"_s, userType}));
    const QJsonObject sessionToken = sessionItems.at(1)[u"Token"_s].toObject();
    QCOMPARE(sessionItems.at(0)[u"Id"_s][u"id"_s].toInteger(),
             sessionToken.value(u"id"_s).toInteger());
    QVERIFY(timestampFormat.match(sessionToken.value(u"created"_s).toString()).hasMatch());
    const QByteArray sessionTokenText = sessionToken.value(u"token"_s).toString().toLatin1();
    QVERIFY(tokenFormat.match(QString::fromLatin1(sessionTokenText)).hasMatch());
    QVERIFY(sessionTokenText != token);

    const QJsonObject user = sessionItems.at(2)[userType].toObject();
    const qint64 userId = user.value(u"id"_s).toInteger();
    QVERIFY(userId > 0);
    QCOMPARE(user.value(u"session_timeout"_s).toInteger(), 604800);
    QCOMPARE(user.value(u"status"_s).toString(), u"ACTIVE"_s);
    QVERIFY(!user.value(u"display_name"_s).toString().isEmpty());
    QVERIFY(!user.value(u"public_nick_name"_s).toString().isEmpty());
    QVERIFY(timestampFormat.match(user.value(u"created"_s).toString()).hasMatch());
    const QJsonObject alias = user.value(u"alias"_s).toArray().at(0).toObject();
    QCOMPARE(alias.value(u"type"_s).toString(), u"EMAIL"_s);
    QVERIFY(alias.value(u"value"_s).toString().contains(u'@'));
    if (kind == u"person"_s) {
        QVERIFY(!user.value(u"first_name"_s).toString().isEmpty());
        QVERIFY(!user.value(u"last_name"_s).toString().isEmpty());
        QCOMPARE(user.value(u"legal_name"_s).toString(), user.value(u"display_name"_s).toString());
    } else {
        QCOMPARE(user.value(u"name"_s).toString(), user.value(u"display_name"_s).toString());
    }

    // The session token reads the user, alone and by id, with the same object.
    const Headers sessionAuth{{"X-Bunq-Client-Authentication"_ba, sessionTokenText}};
    const RawReply users = m_client->send("GET"_ba, u"/v1/user"_s, sessionAuth);
    QCOMPARE(users.status, 200);
    QVERIFY(info.serverKey.verify(users.body, users.header("X-Bunq-Server-Signature"_ba)));
    QCOMPARE(users.responseItems(), (QJsonArray{QJsonObject{{userType, user}}}));
    const RawReply byId = m_client->send("GET"_ba, u"/v1/user/%1"_s.arg(userId), sessionAuth);
    QCOMPARE(byId.status, 200);
    QCOMPARE(byId.responseItems(), users.responseItems());

    // Ending the session makes its token useless.
    const RawReply ended = m_client->send("DELETE"_ba, u"/v1/session/0"_s, sessionAuth);
    QCOMPARE(ended.status, 200);
    QCOMPARE(ended.body, R"({"Response":[]})"_ba);
    QVERIFY(info.serverKey.verify(ended.body, ended.header("X-Bunq-Server-Signature"_ba)));
    const RawReply afterEnd = m_client->send("GET"_ba, u"/v1/user"_s, sessionAuth);
    QCOMPARE(afterEnd.status, 401);
    QCOMPARE(afterEnd.errorDescription(), insufficientAuthorisation);
}

void TestSandboxRegistration::installationAcceptsPemVariants_data()
{
    QTest::addColumn<QByteArray>("pem");

    QByteArray lf = m_clientKey.publicKey().toPem();
    QVERIFY(lf.endsWith('\n'));
    QByteArray crlf = lf;
    crlf.replace("\n", "\r\n");
    QByteArray unwrapped = lf;
    unwrapped.replace("\n", "");
    unwrapped.replace("-----BEGIN PUBLIC KEY-----", "-----BEGIN PUBLIC KEY-----\n");
    unwrapped.replace("-----END PUBLIC KEY-----", "\n-----END PUBLIC KEY-----\n");

    QTest::newRow("LF with trailing newline") << lf;
    QTest::newRow("LF without trailing newline") << lf.chopped(1);
    QTest::newRow("CRLF with trailing newline") << crlf;
    QTest::newRow("CRLF without trailing newline") << crlf.chopped(2);
    QTest::newRow("base64 on one line") << unwrapped;
}

void TestSandboxRegistration::installationAcceptsPemVariants()
{
    QFETCH(QByteArray, pem);

    const RawReply reply =
        m_client->send("POST"_ba, u"/v1/installation"_s,
                       {{"Content-Type"_ba, "application/json"_ba}}, installationBody(pem));

    QCOMPARE(reply.status, 200);
    QCOMPARE(itemTypes(reply.responseItems()),
             (QStringList{u"Id"_s, u"Token"_s, u"ServerPublicKey"_s}));
}

void TestSandboxRegistration::installationRejectsBadInput_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("expectedDescription");

    QByteArray truncatedKey = m_clientKey.publicKey().toPem();
    truncatedKey.remove(60, 200);

    QTest::newRow("garbage key text")
        << installationBody("not a key at all"_ba) << publicKeyNotSpkiPem;
    QTest::newRow("truncated key") << installationBody(truncatedKey) << publicKeyNotSpkiPem;
    QTest::newRow("private key") << installationBody(m_clientKey.privateKeyPem())
                                 << publicKeyNotSpkiPem;
    QTest::newRow("PKCS#1 RSA key") << installationBody(pkcs1RsaPublicKeyPem) << publicKeyIsPkcs1;
    QTest::newRow("EC key") << installationBody(ecPublicKeyPem) << publicKeyNotRsa;
    QTest::newRow("Ed25519 key") << installationBody(ed25519PublicKeyPem) << publicKeyNotRsa;
    QTest::newRow("missing field") << "{}"_ba << fieldMissing(u"client_public_key"_s);
    QTest::newRow("misspelt field")
        << compactJson({{u"public_key"_s, QString::fromLatin1(m_clientKey.publicKey().toPem())}})
        << fieldMissing(u"client_public_key"_s);
    QTest::newRow("empty field") << R"({"client_public_key":""})"_ba
                                 << fieldNotNonEmptyString(u"client_public_key"_s);
    QTest::newRow("number instead of text")
        << R"({"client_public_key":42})"_ba << fieldNotNonEmptyString(u"client_public_key"_s);
    QTest::newRow("non-JSON body") << m_clientKey.publicKey().toPem() << bodyNotJsonObject;
    QTest::newRow("JSON array body") << "[]"_ba << bodyNotJsonObject;
    QTest::newRow("empty body") << QByteArray() << bodyNotJsonObject;
}

void TestSandboxRegistration::installationRejectsBadInput()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, expectedDescription);

    const RawReply reply = m_client->send("POST"_ba, u"/v1/installation"_s,
                                          {{"Content-Type"_ba, "application/json"_ba}}, body);

    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.errorDescription(), expectedDescription);
    QVERIFY(!reply.hasHeader("X-Bunq-Server-Signature"_ba));
}

void TestSandboxRegistration::installationIgnoresSignatureHeader()
{
    const RawReply reply =
        m_client->send("POST"_ba, u"/v1/installation"_s,
                       {{"Content-Type"_ba, "application/json"_ba},
                        {"X-Bunq-Client-Signature"_ba, "bm90IGEgc2lnbmF0dXJl"_ba}},
                       installationBody(m_clientKey.publicKey().toPem()));

    QCOMPARE(reply.status, 200);
}

void TestSandboxRegistration::installationKeysDiffer()
{
    const InstallationInfo first = m_client->install(m_clientKey);
    QVERIFY(!first.token.isEmpty());
    const InstallationInfo second = m_client->install(m_clientKey);
    QVERIFY(!second.token.isEmpty());

    QVERIFY(first.token != second.token);
    QVERIFY(!(first.serverKey == second.serverKey));

    // A response to the first installation verifies with its key only.
    const RawReply reply = m_client->send("GET"_ba, u"/v1/no-such-route"_s,
                                          {{"X-Bunq-Client-Authentication"_ba, first.token}});
    const QByteArray signature = reply.header("X-Bunq-Server-Signature"_ba);
    QVERIFY(first.serverKey.verify(reply.body, signature));
    QVERIFY(!second.serverKey.verify(reply.body, signature));
}

void TestSandboxRegistration::deviceServerChecks_data()
{
    QTest::addColumn<QByteArray>("body");
    // "valid", "absent", "empty", "wrong key", "other bytes"
    QTest::addColumn<QString>("signature");
    QTest::addColumn<int>("expectedStatus");
    QTest::addColumn<QString>("expectedDescription");

    const QByteArray apiKey = m_client->createSandboxUser();
    QVERIFY(!apiKey.isEmpty());
    const QString key = QString::fromLatin1(apiKey);
    const QByteArray good = compactJson({{u"description"_s, u"test"_s}, {u"secret"_s, key}});
    const auto withSecret = [](const QString &secret) {
        return compactJson({{u"description"_s, u"test"_s}, {u"secret"_s, secret}});
    };
    const auto withIps = [&](const QJsonValue &ips) {
        return compactJson(
            {{u"description"_s, u"test"_s}, {u"secret"_s, key}, {u"permitted_ips"_s, ips}});
    };
    const QString unknownKey = u"sandbox_"_s + QString(56, u'a');
    const QString productionKey = QString(64, u'b');
    const QString upperCaseKey = key.toUpper().replace(u"SANDBOX_"_s, u"sandbox_"_s);

    QTest::newRow("signed") << good << u"valid"_s << 200 << QString();
    QTest::newRow("unsigned") << good << u"absent"_s << 200 << QString();
    QTest::newRow("empty signature header") << good << u"empty"_s << 200 << QString();
    QTest::newRow("pretty-printed body signed as sent")
        << QJsonDocument(QJsonDocument::fromJson(good)).toJson(QJsonDocument::Indented)
        << u"valid"_s << 200 << QString();
    QTest::newRow("signature by another key") << good << u"wrong key"_s << 400 << signatureInvalid;
    QTest::newRow("signature over other bytes")
        << good << u"other bytes"_s << 400 << signatureInvalid;
    QTest::newRow("missing secret") << compactJson({{u"description"_s, u"test"_s}}) << u"valid"_s
                                    << 400 << fieldMissing(u"secret"_s);
    QTest::newRow("empty secret") << withSecret(QString()) << u"valid"_s << 400
                                  << fieldNotNonEmptyString(u"secret"_s);
    QTest::newRow("unknown sandbox key")
        << withSecret(unknownKey) << u"valid"_s << 400 << credentialsIncorrect;
    QTest::newRow("production-looking key")
        << withSecret(productionKey) << u"valid"_s << 400 << credentialsIncorrect;
    QTest::newRow("key in upper case")
        << withSecret(upperCaseKey) << u"valid"_s << 400 << credentialsIncorrect;
    QTest::newRow("missing description")
        << compactJson({{u"secret"_s, key}}) << u"valid"_s << 400 << fieldMissing(u"description"_s);
    QTest::newRow("empty description")
        << compactJson({{u"description"_s, u""_s}, {u"secret"_s, key}}) << u"valid"_s << 400
        << fieldNotNonEmptyString(u"description"_s);
    QTest::newRow("description not text")
        << compactJson({{u"description"_s, 7}, {u"secret"_s, key}}) << u"valid"_s << 400
        << fieldNotNonEmptyString(u"description"_s);
    QTest::newRow("permitted_ips with 127.0.0.1")
        << withIps(QJsonArray{u"127.0.0.1"_s}) << u"valid"_s << 200 << QString();
    QTest::newRow("permitted_ips not a list")
        << withIps(u"127.0.0.1"_s) << u"valid"_s << 400
        << u"The field \"permitted_ips\" must be a list of IPv4 addresses or \"*\"."_s;
    QTest::newRow("permitted_ips with a number")
        << withIps(QJsonArray{1}) << u"valid"_s << 400
        << u"The field \"permitted_ips\" must be a list of IPv4 addresses or \"*\"."_s;
    QTest::newRow("permitted_ips with invalid text")
        << withIps(QJsonArray{u"127.0.0.1"_s, u"not-an-ip"_s}) << u"valid"_s << 400
        << permittedIpInvalid(u"not-an-ip"_s);
    QTest::newRow("permitted_ips with octet over 255")
        << withIps(QJsonArray{u"192.0.2.256"_s}) << u"valid"_s << 400
        << permittedIpInvalid(u"192.0.2.256"_s);
    QTest::newRow("permitted_ips with IPv6")
        << withIps(QJsonArray{u"::1"_s}) << u"valid"_s << 400 << permittedIpInvalid(u"::1"_s);
    QTest::newRow("non-JSON body")
        << "description=test"_ba << u"valid"_s << 400 << bodyNotJsonObject;
}

void TestSandboxRegistration::deviceServerChecks()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, signature);
    QFETCH(int, expectedStatus);
    QFETCH(QString, expectedDescription);

    Headers headers{{"X-Bunq-Client-Authentication"_ba, m_installation.token},
                    {"Content-Type"_ba, "application/json"_ba}};
    if (signature == u"valid"_s)
        headers.append({"X-Bunq-Client-Signature"_ba, sign(m_clientKey, body)});
    else if (signature == u"empty"_s)
        headers.append({"X-Bunq-Client-Signature"_ba, QByteArray()});
    else if (signature == u"wrong key"_s)
        headers.append({"X-Bunq-Client-Signature"_ba, sign(m_otherKey, body)});
    else if (signature == u"other bytes"_s)
        headers.append({"X-Bunq-Client-Signature"_ba, sign(m_clientKey, body + ' ')});

    const RawReply reply = m_client->send("POST"_ba, u"/v1/device-server"_s, headers, body);

    QCOMPARE(reply.status, expectedStatus);
    if (expectedStatus == 200)
        QCOMPARE(itemTypes(reply.responseItems()), QStringList{u"Id"_s});
    else
        QCOMPARE(reply.errorDescription(), expectedDescription);
    // Success or not, the caller has an installation, so the response is signed.
    QVERIFY(
        m_installation.serverKey.verify(reply.body, reply.header("X-Bunq-Server-Signature"_ba)));
}

void TestSandboxRegistration::deviceServerNeedsInstallationToken_data()
{
    QTest::addColumn<QString>("tokenKind");

    QTest::newRow("no token") << u"none"_s;
    QTest::newRow("unknown token") << u"unknown"_s;
    QTest::newRow("session token") << u"session"_s;
}

void TestSandboxRegistration::deviceServerNeedsInstallationToken()
{
    QFETCH(QString, tokenKind);

    const QByteArray apiKey = m_client->createSandboxUser();
    QVERIFY(!apiKey.isEmpty());
    Headers headers{{"Content-Type"_ba, "application/json"_ba}};
    if (tokenKind == u"unknown"_s) {
        headers.append({"X-Bunq-Client-Authentication"_ba, QByteArray(64, 'c')});
    } else if (tokenKind == u"session"_s) {
        const SessionInfo session = m_client->openSession(m_installation, m_clientKey, apiKey);
        QVERIFY(!session.token.isEmpty());
        headers.append({"X-Bunq-Client-Authentication"_ba, session.token});
    }
    const QByteArray body =
        compactJson({{u"description"_s, u"test"_s}, {u"secret"_s, QString::fromLatin1(apiKey)}});
    headers.append({"X-Bunq-Client-Signature"_ba, sign(m_clientKey, body)});

    const RawReply reply = m_client->send("POST"_ba, u"/v1/device-server"_s, headers, body);

    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.errorDescription(), insufficientAuthorisation);
}

void TestSandboxRegistration::permittedIpsGovernSession_data()
{
    QTest::addColumn<QJsonValue>("permittedIps");
    QTest::addColumn<int>("expectedSessionStatus");

    QTest::newRow("absent") << QJsonValue(QJsonValue::Undefined) << 200;
    QTest::newRow("null") << QJsonValue(QJsonValue::Null) << 200;
    QTest::newRow("empty list") << QJsonValue(QJsonArray{}) << 200;
    QTest::newRow("list with 127.0.0.1") << QJsonValue(QJsonArray{u"127.0.0.1"_s}) << 200;
    QTest::newRow("list with other addresses")
        << QJsonValue(QJsonArray{u"192.0.2.10"_s, u"198.51.100.7"_s}) << 400;
    QTest::newRow("wildcard alone") << QJsonValue(QJsonArray{u"*"_s}) << 200;
    QTest::newRow("wildcard beside an address")
        << QJsonValue(QJsonArray{u"192.0.2.10"_s, u"*"_s}) << 200;
}

void TestSandboxRegistration::permittedIpsGovernSession()
{
    QFETCH(QJsonValue, permittedIps);
    QFETCH(int, expectedSessionStatus);

    const QByteArray apiKey = m_client->createSandboxUser();
    QVERIFY(!apiKey.isEmpty());
    const RawReply device =
        m_client->registerDevice(m_installation, m_clientKey, apiKey, permittedIps);
    QCOMPARE(device.status, 200);

    const RawReply session = m_client->requestSession(m_installation, m_clientKey, apiKey);

    QCOMPARE(session.status, expectedSessionStatus);
    if (expectedSessionStatus != 200)
        QCOMPARE(session.errorDescription(), credentialsIncorrect);
}

void TestSandboxRegistration::sessionServerChecks_data()
{
    QTest::addColumn<QString>("bodyKind");  // "compact", "pretty", "other key", "unknown key",
                                            // "missing secret", "non-JSON"
    QTest::addColumn<QString>("signature"); // as in deviceServerChecks, plus "reserialised"
    QTest::addColumn<int>("expectedStatus");
    QTest::addColumn<QString>("expectedDescription");

    QTest::newRow("signed") << u"compact"_s << u"valid"_s << 200 << QString();
    QTest::newRow("pretty-printed body signed as sent")
        << u"pretty"_s << u"valid"_s << 200 << QString();
    QTest::newRow("missing signature") << u"compact"_s << u"absent"_s << 466 << signatureRequired;
    QTest::newRow("empty signature") << u"compact"_s << u"empty"_s << 466 << signatureRequired;
    QTest::newRow("signature by another key")
        << u"compact"_s << u"wrong key"_s << 400 << signatureInvalid;
    QTest::newRow("signature over other bytes")
        << u"compact"_s << u"other bytes"_s << 400 << signatureInvalid;
    QTest::newRow("signature over re-serialised body")
        << u"pretty"_s << u"reserialised"_s << 400 << signatureInvalid;
    QTest::newRow("signature not base64")
        << u"compact"_s << u"garbage"_s << 400 << signatureInvalid;
    QTest::newRow("key without device-server")
        << u"other key"_s << u"valid"_s << 400 << credentialsIncorrect;
    QTest::newRow("unknown key") << u"unknown key"_s << u"valid"_s << 400 << credentialsIncorrect;
    QTest::newRow("missing secret")
        << u"missing secret"_s << u"valid"_s << 400 << fieldMissing(u"secret"_s);
    QTest::newRow("non-JSON body") << u"non-JSON"_s << u"valid"_s << 400 << bodyNotJsonObject;
}

void TestSandboxRegistration::sessionServerChecks()
{
    QFETCH(QString, bodyKind);
    QFETCH(QString, signature);
    QFETCH(int, expectedStatus);
    QFETCH(QString, expectedDescription);

    const QByteArray apiKey = m_client->createSandboxUser();
    QVERIFY(!apiKey.isEmpty());
    QCOMPARE(m_client->registerDevice(m_installation, m_clientKey, apiKey).status, 200);
    const QByteArray keyWithoutDevice = m_client->createSandboxUser();
    QVERIFY(!keyWithoutDevice.isEmpty());

    QJsonObject fields{{u"secret"_s, QString::fromLatin1(apiKey)}};
    if (bodyKind == u"other key"_s)
        fields = QJsonObject{{u"secret"_s, QString::fromLatin1(keyWithoutDevice)}};
    else if (bodyKind == u"unknown key"_s)
        fields = QJsonObject{{u"secret"_s, QString(u"sandbox_"_s + QString(56, u'f'))}};
    else if (bodyKind == u"missing secret"_s)
        fields = QJsonObject{{u"api_key"_s, QString::fromLatin1(apiKey)}};
    QByteArray body = compactJson(fields);
    if (bodyKind == u"pretty"_s)
        body = QJsonDocument(fields).toJson(QJsonDocument::Indented);
    else if (bodyKind == u"non-JSON"_s)
        body = "secret="_ba + apiKey;

    Headers headers{{"X-Bunq-Client-Authentication"_ba, m_installation.token},
                    {"Content-Type"_ba, "application/json"_ba}};
    if (signature == u"valid"_s)
        headers.append({"X-Bunq-Client-Signature"_ba, sign(m_clientKey, body)});
    else if (signature == u"empty"_s)
        headers.append({"X-Bunq-Client-Signature"_ba, QByteArray()});
    else if (signature == u"wrong key"_s)
        headers.append({"X-Bunq-Client-Signature"_ba, sign(m_otherKey, body)});
    else if (signature == u"other bytes"_s)
        headers.append({"X-Bunq-Client-Signature"_ba, sign(m_clientKey, body + "\n")});
    else if (signature == u"reserialised"_s)
        headers.append({"X-Bunq-Client-Signature"_ba, sign(m_clientKey, compactJson(fields))});
    else if (signature == u"garbage"_s)
        headers.append({"X-Bunq-Client-Signature"_ba, "%%% not base64 %%%"_ba});

    const RawReply reply = m_client->send("POST"_ba, u"/v1/session-server"_s, headers, body);

    QCOMPARE(reply.status, expectedStatus);
    QVERIFY(
        m_installation.serverKey.verify(reply.body, reply.header("X-Bunq-Server-Signature"_ba)));
    if (expectedStatus == 200) {
        QCOMPARE(itemTypes(reply.responseItems()),
                 (QStringList{u"Id"_s, u"Token"_s, u"UserPerson"_s}));
        return;
    }
    QCOMPARE(reply.errorDescription(), expectedDescription);
    if (expectedStatus == 466) {
        const QJsonArray links =
            reply.errorEntry().value(u"error_additional_parameter"_s).toArray();
        QVERIFY(links.at(0).toObject().contains(u"url_together_post"_s));
    }
}

void TestSandboxRegistration::sessionServerNeedsInstallationToken_data()
{
    QTest::addColumn<QString>("tokenKind");

    QTest::newRow("no token") << u"none"_s;
    QTest::newRow("unknown token") << u"unknown"_s;
    QTest::newRow("session token") << u"session"_s;
}

void TestSandboxRegistration::sessionServerNeedsInstallationToken()
{
    QFETCH(QString, tokenKind);

    const QByteArray apiKey = m_client->createSandboxUser();
    QVERIFY(!apiKey.isEmpty());
    const SessionInfo session = m_client->openSession(m_installation, m_clientKey, apiKey);
    QVERIFY(!session.token.isEmpty());

    const QByteArray body = compactJson({{u"secret"_s, QString::fromLatin1(apiKey)}});
    Headers headers{{"X-Bunq-Client-Signature"_ba, sign(m_clientKey, body)},
                    {"Content-Type"_ba, "application/json"_ba}};
    if (tokenKind == u"unknown"_s)
        headers.append({"X-Bunq-Client-Authentication"_ba, QByteArray(64, 'd')});
    else if (tokenKind == u"session"_s)
        headers.append({"X-Bunq-Client-Authentication"_ba, session.token});

    const RawReply reply = m_client->send("POST"_ba, u"/v1/session-server"_s, headers, body);

    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.errorDescription(), insufficientAuthorisation);
}

void TestSandboxRegistration::sessionServerNeedsDeviceOfSameInstallation()
{
    const QByteArray apiKey = m_client->createSandboxUser();
    QVERIFY(!apiKey.isEmpty());
    QCOMPARE(m_client->registerDevice(m_installation, m_clientKey, apiKey).status, 200);
    const InstallationInfo otherInstallation = m_client->install(m_otherKey);
    QVERIFY(!otherInstallation.token.isEmpty());

    const RawReply reply = m_client->requestSession(otherInstallation, m_otherKey, apiKey);

    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.errorDescription(), credentialsIncorrect);
    QVERIFY(
        otherInstallation.serverKey.verify(reply.body, reply.header("X-Bunq-Server-Signature"_ba)));
}

void TestSandboxRegistration::missingSignatureStatusLine()
{
    const QByteArray body = R"({"secret":"sandbox_x"})"_ba;
    const QByteArray request = "POST /v1/session-server HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                               "X-Bunq-Client-Authentication: "_ba +
                               m_installation.token + "\r\nContent-Length: "_ba +
                               QByteArray::number(body.size()) +
                               "\r\nConnection: close\r\n\r\n"_ba + body;

    const RawReply reply = m_client->sendRaw(request);

    QVERIFY(reply.completed);
    QCOMPARE(reply.status, 466);
    QCOMPARE(reply.reason, "Request Signature Required"_ba);
}

QTEST_GUILESS_MAIN(TestSandboxRegistration)
#include "tst_sandbox_registration.moc"
