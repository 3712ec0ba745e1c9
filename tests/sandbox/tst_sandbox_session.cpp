// SPDX-License-Identifier: GPL-3.0-or-later
// Conformance of everything after the session is open: user reads, ending and expiring sessions,
// routing errors, response headers, JSON escaping, languages and ignored request headers.

#include "LocalSandbox.h"
#include "SandboxTestClient.h"

#include <QLoggingCategory>
#include <QRegularExpression>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace Qt::StringLiterals;
using namespace sandboxtest;
using studio::crypto::RsaKeyPair;
using studio::sandbox::DeadSessionStatus;
using studio::sandbox::LocalSandbox;
using studio::sandbox::ManualClock;
using studio::sandbox::SandboxOptions;

namespace {

const QDateTime startTime(QDate(2026, 1, 15), QTime(10, 0), Qt::UTC);
constexpr qint64 defaultTimeout = 604800;

const QString insufficientAuthorisation = u"Insufficient authorisation."_s;
const QString routeNotFound = u"Route not found."_s;

// A sandbox with a manual clock plus one installation and device-server for the first person
// created in it, so that sessions can be opened cheaply.
struct SandboxFixture
{
    std::shared_ptr<ManualClock> clock = std::make_shared<ManualClock>(startTime);
    std::unique_ptr<LocalSandbox> sandbox;
    std::unique_ptr<SandboxTestClient> client;
    InstallationInfo installation;
    QByteArray apiKey;
};

// Starts a fixture; check QTest::currentTestFailed() afterwards. Fixtures make one
// installation each, so spare server keys would only compete for the CPU.
void startFixture(SandboxFixture &fixture, SandboxOptions options, const RsaKeyPair &clientKey)
{
    options.clock = fixture.clock;
    options.spareServerKeys = 0;
    fixture.sandbox = std::make_unique<LocalSandbox>(options);
    QVERIFY2(fixture.sandbox->start(), qPrintable(fixture.sandbox->errorString()));
    fixture.client = std::make_unique<SandboxTestClient>(fixture.sandbox->baseUrl());

    fixture.apiKey = fixture.client->createSandboxUser();
    QVERIFY(!fixture.apiKey.isEmpty());
    fixture.installation = fixture.client->install(clientKey);
    QVERIFY(!fixture.installation.token.isEmpty());
    QCOMPARE(fixture.client->registerDevice(fixture.installation, clientKey, fixture.apiKey).status,
             200);
}

Headers auth(const QByteArray &token)
{
    return {{"X-Bunq-Client-Authentication"_ba, token}};
}

} // namespace

class TestSandboxSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void tokenKinds_data();
    void tokenKinds();
    void userById_data();
    void userById();
    void deleteSessionEndsOnlyThatSession_data();
    void deleteSessionEndsOnlyThatSession();
    void sessionExpires();
    void sessionTimeoutOption();
    void sessionExtensionOption();
    void forbiddenOption_data();
    void forbiddenOption();

    void unknownRoute_data();
    void unknownRoute();
    void wrongMethod_data();
    void wrongMethod();

    void exactResponseHeaders_data();
    void exactResponseHeaders();
    void responseIdsAreFresh();
    void requestIdEcho_data();
    void requestIdEcho();
    void serverSignature_data();
    void serverSignature();

    void escapingInRawBytes();
    void timestampsFromClock();
    void translatedErrors_data();
    void translatedErrors();
    void contentTypeIgnored_data();
    void contentTypeIgnored();
    void otherHeadersIgnored();

private:
    SessionInfo openSession();

    RsaKeyPair m_clientKey;
    SandboxFixture m_fixture;
};

void TestSandboxSession::initTestCase()
{
    QLoggingCategory::setFilterRules(u"studio.sandbox.info=false"_s);

    auto clientKey = RsaKeyPair::generate();
    QVERIFY(clientKey.ok());
    m_clientKey = clientKey.value();

    // The shared fixture opens sessions on one installation faster than bunq's rate limits and
    // its one-live-session rule allow; tst_sandbox_access covers those rules.
    SandboxOptions shared;
    shared.rateLimits = false;
    shared.oneLiveSessionPerInstallation = false;
    startFixture(m_fixture, shared, m_clientKey);
}

void TestSandboxSession::cleanupTestCase()
{
    m_fixture = {};
}

SessionInfo TestSandboxSession::openSession()
{
    const RawReply reply =
        m_fixture.client->requestSession(m_fixture.installation, m_clientKey, m_fixture.apiKey);
    SessionInfo info;
    if (!QTest::qVerify(reply.status == 200, "reply.status == 200", "", __FILE__, __LINE__))
        return info;
    const QJsonArray items = reply.responseItems();
    info.id = items.at(0)[u"Id"_s][u"id"_s].toInteger();
    info.token = items.at(1)[u"Token"_s][u"token"_s].toString().toLatin1();
    info.userType = itemType(items.at(2));
    info.user = items.at(2)[info.userType].toObject();
    return info;
}

void TestSandboxSession::tokenKinds_data()
{
    QTest::addColumn<QString>("tokenKind");
    QTest::addColumn<int>("expectedStatus");

    QTest::newRow("session token") << u"session"_s << 200;
    QTest::newRow("installation token") << u"installation"_s << 401;
    QTest::newRow("no token") << u"none"_s << 401;
    QTest::newRow("empty token") << u"empty"_s << 401;
    QTest::newRow("unknown token") << u"unknown"_s << 401;
}

void TestSandboxSession::tokenKinds()
{
    QFETCH(QString, tokenKind);
    QFETCH(int, expectedStatus);

    const SessionInfo session = openSession();
    QVERIFY(!session.token.isEmpty());
    Headers headers;
    if (tokenKind == u"session"_s)
        headers = auth(session.token);
    else if (tokenKind == u"installation"_s)
        headers = auth(m_fixture.installation.token);
    else if (tokenKind == u"empty"_s)
        headers = auth(QByteArray());
    else if (tokenKind == u"unknown"_s)
        headers = auth(QByteArray(64, 'e'));

    const RawReply reply = m_fixture.client->send("GET"_ba, u"/v1/user"_s, headers);

    QCOMPARE(reply.status, expectedStatus);
    if (expectedStatus == 200) {
        QCOMPARE(reply.responseItems(),
                 (QJsonArray{QJsonObject{{session.userType, session.user}}}));
    } else {
        QCOMPARE(reply.errorDescription(), insufficientAuthorisation);
    }
}

void TestSandboxSession::userById_data()
{
    QTest::addColumn<QString>("idKind");
    QTest::addColumn<int>("expectedStatus");

    QTest::newRow("own id") << u"own"_s << 200;
    QTest::newRow("id of another user") << u"other"_s << 404;
    QTest::newRow("id that no one has") << u"unused"_s << 404;
    QTest::newRow("zero") << u"zero"_s << 404;
    QTest::newRow("not a number") << u"text"_s << 404;
}

void TestSandboxSession::userById()
{
    QFETCH(QString, idKind);
    QFETCH(int, expectedStatus);

    const SessionInfo session = openSession();
    QVERIFY(!session.token.isEmpty());
    const qint64 ownId = session.user.value(u"id"_s).toInteger();
    QString id = QString::number(ownId);
    if (idKind == u"other"_s) {
        const QByteArray otherKey = m_fixture.client->createSandboxUser();
        QVERIFY(!otherKey.isEmpty());
        const SessionInfo other =
            m_fixture.client->openSession(m_fixture.installation, m_clientKey, otherKey);
        QVERIFY(!other.token.isEmpty());
        id = QString::number(other.user.value(u"id"_s).toInteger());
        QVERIFY(id != QString::number(ownId));
    } else if (idKind == u"unused"_s) {
        id = u"999999999"_s;
    } else if (idKind == u"zero"_s) {
        id = u"0"_s;
    } else if (idKind == u"text"_s) {
        id = u"me"_s;
    }

    const RawReply reply =
        m_fixture.client->send("GET"_ba, u"/v1/user/"_s + id, auth(session.token));

    QCOMPARE(reply.status, expectedStatus);
    if (expectedStatus == 200) {
        QCOMPARE(reply.responseItems(),
                 (QJsonArray{QJsonObject{{session.userType, session.user}}}));
    } else {
        QCOMPARE(reply.errorDescription(), u"User not found."_s);
        QVERIFY(m_fixture.installation.serverKey.verify(
            reply.body, reply.header("X-Bunq-Server-Signature"_ba)));
    }
}

void TestSandboxSession::deleteSessionEndsOnlyThatSession_data()
{
    QTest::addColumn<QString>("pathId");

    QTest::newRow("dummy id 0 as the SDKs send") << u"0"_s;
    QTest::newRow("own session id") << u"own"_s;
    QTest::newRow("unrelated text") << u"anything"_s;
}

void TestSandboxSession::deleteSessionEndsOnlyThatSession()
{
    QFETCH(QString, pathId);

    const SessionInfo ending = openSession();
    const SessionInfo staying = openSession();
    QVERIFY(!ending.token.isEmpty());
    QVERIFY(!staying.token.isEmpty());
    const QString id = pathId == u"own"_s ? QString::number(ending.id) : pathId;

    const RawReply deleted =
        m_fixture.client->send("DELETE"_ba, u"/v1/session/"_s + id, auth(ending.token));

    QCOMPARE(deleted.status, 200);
    QCOMPARE(deleted.body, R"({"Response":[]})"_ba);
    const RawReply endedRead = m_fixture.client->send("GET"_ba, u"/v1/user"_s, auth(ending.token));
    QCOMPARE(endedRead.status, 401);
    QCOMPARE(endedRead.errorDescription(), insufficientAuthorisation);
    // A dead session token still identifies its installation, so the error is signed.
    QVERIFY(m_fixture.installation.serverKey.verify(
        endedRead.body, endedRead.header("X-Bunq-Server-Signature"_ba)));
    const RawReply secondDelete =
        m_fixture.client->send("DELETE"_ba, u"/v1/session/0"_s, auth(ending.token));
    QCOMPARE(secondDelete.status, 401);
    QCOMPARE(m_fixture.client->send("GET"_ba, u"/v1/user"_s, auth(staying.token)).status, 200);
}

void TestSandboxSession::sessionExpires()
{
    const SessionInfo session = openSession();
    QVERIFY(!session.token.isEmpty());

    // Just outside the last 30 s, so that the call does not extend the session.
    m_fixture.clock->advance(defaultTimeout - 31);
    const RawReply beforeExpiry =
        m_fixture.client->send("GET"_ba, u"/v1/user"_s, auth(session.token));
    m_fixture.clock->advance(31);
    const RawReply atExpiry = m_fixture.client->send("GET"_ba, u"/v1/user"_s, auth(session.token));
    m_fixture.clock->setNow(startTime);

    QCOMPARE(beforeExpiry.status, 200);
    QCOMPARE(atExpiry.status, 401);
    QCOMPARE(atExpiry.errorDescription(), insufficientAuthorisation);
}

void TestSandboxSession::sessionTimeoutOption()
{
    SandboxOptions options;
    options.sessionTimeoutSeconds = 60;
    options.extendSessions = false; // the call at 59 s would extend the session otherwise
    SandboxFixture fixture;
    startFixture(fixture, options, m_clientKey);
    if (QTest::currentTestFailed())
        return;

    const RawReply reply =
        fixture.client->requestSession(fixture.installation, m_clientKey, fixture.apiKey);
    QCOMPARE(reply.status, 200);
    const QJsonArray items = reply.responseItems();
    QCOMPARE(items.at(2)[u"UserPerson"_s][u"session_timeout"_s].toInteger(), 60);
    const QByteArray token = items.at(1)[u"Token"_s][u"token"_s].toString().toLatin1();

    fixture.clock->advance(59);
    QCOMPARE(fixture.client->send("GET"_ba, u"/v1/user"_s, auth(token)).status, 200);
    fixture.clock->advance(1);
    QCOMPARE(fixture.client->send("GET"_ba, u"/v1/user"_s, auth(token)).status, 401);
}

void TestSandboxSession::sessionExtensionOption()
{
    SandboxOptions options;
    options.sessionTimeoutSeconds = 600;
    options.extendSessions = true;
    SandboxFixture fixture;
    startFixture(fixture, options, m_clientKey);
    if (QTest::currentTestFailed())
        return;
    const RawReply opened =
        fixture.client->requestSession(fixture.installation, m_clientKey, fixture.apiKey);
    QCOMPARE(opened.status, 200);
    const QByteArray token =
        opened.responseItems().at(1)[u"Token"_s][u"token"_s].toString().toLatin1();
    const auto readUser = [&] {
        return fixture.client->send("GET"_ba, u"/v1/user"_s, auth(token)).status;
    };

    // 100 s before expiry is outside the 30 s window: no extension.
    fixture.clock->advance(500);
    QCOMPARE(readUser(), 200);
    // 20 s before expiry: extended to 5 minutes from now, less than the 600 s timeout.
    fixture.clock->advance(80);
    QCOMPARE(readUser(), 200);
    fixture.clock->advance(299);
    QCOMPARE(readUser(), 200); // 1 s left: extended again, to 300 s from now
    fixture.clock->advance(300);
    QCOMPARE(readUser(), 401);
}

void TestSandboxSession::forbiddenOption_data()
{
    QTest::addColumn<QString>("case_");

    QTest::newRow("ended session") << u"ended"_s;
    QTest::newRow("expired session") << u"expired"_s;
    QTest::newRow("installation token on user") << u"installation on user"_s;
    QTest::newRow("session token on device-server") << u"session on device-server"_s;
    QTest::newRow("no token") << u"none"_s;
}

void TestSandboxSession::forbiddenOption()
{
    QFETCH(QString, case_);

    SandboxOptions options;
    options.deadSessionStatus = DeadSessionStatus::Forbidden403;
    SandboxFixture fixture;
    startFixture(fixture, options, m_clientKey);
    if (QTest::currentTestFailed())
        return;
    const RawReply opened =
        fixture.client->requestSession(fixture.installation, m_clientKey, fixture.apiKey);
    QCOMPARE(opened.status, 200);
    const QByteArray token =
        opened.responseItems().at(1)[u"Token"_s][u"token"_s].toString().toLatin1();

    QString path = u"/v1/user"_s;
    QByteArray method = "GET"_ba;
    Headers headers = auth(token);
    if (case_ == u"ended"_s) {
        QCOMPARE(fixture.client->send("DELETE"_ba, u"/v1/session/0"_s, auth(token)).status, 200);
    } else if (case_ == u"expired"_s) {
        fixture.clock->advance(defaultTimeout);
    } else if (case_ == u"installation on user"_s) {
        headers = auth(fixture.installation.token);
    } else if (case_ == u"session on device-server"_s) {
        method = "POST"_ba;
        path = u"/v1/device-server"_s;
    } else {
        headers = {};
    }

    const RawReply reply = fixture.client->send(method, path, headers, "{}"_ba);

    QCOMPARE(reply.status, 403);
    QCOMPARE(reply.reason, "Forbidden"_ba);
    QCOMPARE(reply.errorDescription(), u"Insufficient authentication."_s);
}

void TestSandboxSession::unknownRoute_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");

    QTest::newRow("retired sandbox-user") << "POST"_ba << u"/v1/sandbox-user"_s;
    QTest::newRow("unknown endpoint") << "GET"_ba << u"/v1/monetary-account-unknown"_s;
    QTest::newRow("server root") << "GET"_ba << u"/"_s;
    QTest::newRow("API root") << "GET"_ba << u"/v1/"_s;
    QTest::newRow("other version") << "GET"_ba << u"/v2/user"_s;
    QTest::newRow("without version") << "POST"_ba << u"/installation"_s;
    QTest::newRow("trailing slash") << "GET"_ba << u"/v1/user/"_s;
    QTest::newRow("extra segment")
        << "GET"_ba << u"/v1/user/1/monetary-account/2/payment/3/note-text"_s;
    QTest::newRow("session without id") << "DELETE"_ba << u"/v1/session"_s;
}

void TestSandboxSession::unknownRoute()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);

    const RawReply reply = m_fixture.client->send(method, path, {}, "{}"_ba);

    QCOMPARE(reply.status, 404);
    QCOMPARE(reply.reason, "Not Found"_ba);
    QCOMPARE(reply.errorDescription(), routeNotFound);
    QCOMPARE(reply.errorTranslated(), routeNotFound);
    QVERIFY(reply.hasHeader("X-Bunq-Client-Response-Id"_ba));
}

void TestSandboxSession::wrongMethod_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("allowed");

    QTest::newRow("GET installation") << "GET"_ba << u"/v1/installation"_s << "POST"_ba;
    QTest::newRow("PUT device-server") << "PUT"_ba << u"/v1/device-server"_s << "POST"_ba;
    QTest::newRow("GET sandbox-user-person")
        << "GET"_ba << u"/v1/sandbox-user-person"_s << "POST"_ba;
    QTest::newRow("POST user") << "POST"_ba << u"/v1/user"_s << "GET"_ba;
    QTest::newRow("DELETE user by id") << "DELETE"_ba << u"/v1/user/5"_s << "GET"_ba;
    QTest::newRow("GET session") << "GET"_ba << u"/v1/session/0"_s << "DELETE"_ba;
    QTest::newRow("HEAD user") << "HEAD"_ba << u"/v1/user"_s << "GET"_ba;
}

void TestSandboxSession::wrongMethod()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, allowed);

    const RawReply reply = m_fixture.client->send(method, path, {}, "{}"_ba);

    QCOMPARE(reply.status, 405);
    QCOMPARE(reply.reason, "Method Not Allowed"_ba);
    QCOMPARE(reply.header("Allow"_ba), allowed);
    if (method == "HEAD"_ba) {
        QVERIFY(reply.body.isEmpty());
        QVERIFY(reply.header("Content-Length"_ba).toInt() > 0);
        return;
    }
    QCOMPARE(reply.errorDescription(),
             u"Method not allowed. This endpoint accepts %1, not %2."_s.arg(
                 QString::fromLatin1(allowed), QString::fromLatin1(method)));
}

void TestSandboxSession::exactResponseHeaders_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<QByteArray>("statusLine");

    QTest::newRow("success") << "POST /v1/sandbox-user-person HTTP/1.1\r\n"_ba
                             << "200 OK"_ba;
    QTest::newRow("bad request") << "POST /v1/installation HTTP/1.1\r\n"_ba
                                 << "400 Bad Request"_ba;
    QTest::newRow("unauthorised") << "GET /v1/user HTTP/1.1\r\n"_ba
                                  << "401 Unauthorized"_ba;
    QTest::newRow("route not found") << "GET /v1/nothing HTTP/1.1\r\n"_ba
                                     << "404 Not Found"_ba;
    QTest::newRow("method not allowed") << "GET /v1/installation HTTP/1.1\r\n"_ba
                                        << "405 Method Not Allowed"_ba;
}

void TestSandboxSession::exactResponseHeaders()
{
    QFETCH(QByteArray, request);
    QFETCH(QByteArray, statusLine);

    const QByteArray bytes = request + "Host: 127.0.0.1\r\nConnection: close\r\n\r\n"_ba;
    const RawReply reply = m_fixture.client->sendRaw(bytes);

    QVERIFY(reply.completed);
    QCOMPARE(QByteArray::number(reply.status) + ' ' + reply.reason, statusLine);
    QCOMPARE(reply.headerCount("Content-Type"_ba), 1);
    QCOMPARE(reply.header("Content-Type"_ba), "application/json"_ba);
    QCOMPARE(qsizetype(reply.header("Content-Length"_ba).toLongLong()), reply.body.size());
    QCOMPARE(reply.headerCount("X-Bunq-Client-Response-Id"_ba), 1);
    QVERIFY(!QUuid::fromString(QString::fromLatin1(reply.header("X-Bunq-Client-Response-Id"_ba)))
                 .isNull());
    QVERIFY(!reply.hasHeader("X-Bunq-Client-Request-Id"_ba));
    QVERIFY(reply.json().contains(reply.status == 200 ? u"Response"_s : u"Error"_s));
}

void TestSandboxSession::responseIdsAreFresh()
{
    const RawReply first = m_fixture.client->send("GET"_ba, u"/v1/nothing"_s);
    const RawReply second = m_fixture.client->send("GET"_ba, u"/v1/nothing"_s);

    QVERIFY(!first.header("X-Bunq-Client-Response-Id"_ba).isEmpty());
    QVERIFY(first.header("X-Bunq-Client-Response-Id"_ba) !=
            second.header("X-Bunq-Client-Response-Id"_ba));
}

void TestSandboxSession::requestIdEcho_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("requestId");
    QTest::addColumn<int>("expectedStatus");

    const QByteArray uuid = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    QTest::newRow("UUID on success") << "POST"_ba << u"/v1/sandbox-user-person"_s << uuid << 200;
    QTest::newRow("Python SDK fixed id")
        << "POST"_ba << u"/v1/sandbox-user-person"_s << "uniqueness-is-required"_ba << 200;
    QTest::newRow("same id again")
        << "POST"_ba << u"/v1/sandbox-user-person"_s << "uniqueness-is-required"_ba << 200;
    QTest::newRow("on an error") << "GET"_ba << u"/v1/user"_s << "sandbox-setup"_ba << 401;
    QTest::newRow("on a route not found") << "GET"_ba << u"/v1/nothing"_s << uuid << 404;
    QTest::newRow("absent") << "POST"_ba << u"/v1/sandbox-user-person"_s << QByteArray() << 200;
}

void TestSandboxSession::requestIdEcho()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, requestId);
    QFETCH(int, expectedStatus);

    Headers headers;
    if (!requestId.isEmpty())
        headers.append({"X-Bunq-Client-Request-Id"_ba, requestId});

    const RawReply reply = m_fixture.client->send(method, path, headers);

    QCOMPARE(reply.status, expectedStatus);
    QCOMPARE(reply.hasHeader("X-Bunq-Client-Request-Id"_ba), !requestId.isEmpty());
    QCOMPARE(reply.header("X-Bunq-Client-Request-Id"_ba), requestId);
    QVERIFY(reply.hasHeader("X-Bunq-Client-Response-Id"_ba));
}

void TestSandboxSession::serverSignature_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("tokenKind"); // "installation", "session", "dead session", "none"
    QTest::addColumn<int>("expectedStatus");
    QTest::addColumn<bool>("expectSigned");

    QTest::newRow("user with session token")
        << "GET"_ba << u"/v1/user"_s << u"session"_s << 200 << true;
    QTest::newRow("user with installation token")
        << "GET"_ba << u"/v1/user"_s << u"installation"_s << 401 << true;
    QTest::newRow("user with ended session")
        << "GET"_ba << u"/v1/user"_s << u"dead session"_s << 401 << true;
    QTest::newRow("route not found with installation token")
        << "GET"_ba << u"/v1/nothing"_s << u"installation"_s << 404 << true;
    QTest::newRow("method not allowed with session token")
        << "PUT"_ba << u"/v1/user"_s << u"session"_s << 405 << true;
    QTest::newRow("device-server error")
        << "POST"_ba << u"/v1/device-server"_s << u"installation"_s << 400 << true;
    QTest::newRow("sandbox user with installation token")
        << "POST"_ba << u"/v1/sandbox-user-company"_s << u"installation"_s << 200 << true;
    QTest::newRow("route not found without token")
        << "GET"_ba << u"/v1/nothing"_s << u"none"_s << 404 << false;
    QTest::newRow("user without token") << "GET"_ba << u"/v1/user"_s << u"none"_s << 401 << false;
    QTest::newRow("sandbox user without token")
        << "POST"_ba << u"/v1/sandbox-user-person"_s << u"none"_s << 200 << false;
}

void TestSandboxSession::serverSignature()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QString, tokenKind);
    QFETCH(int, expectedStatus);
    QFETCH(bool, expectSigned);

    Headers headers;
    if (tokenKind == u"installation"_s) {
        headers = auth(m_fixture.installation.token);
    } else if (tokenKind != u"none"_s) {
        const SessionInfo session = openSession();
        QVERIFY(!session.token.isEmpty());
        headers = auth(session.token);
        if (tokenKind == u"dead session"_s)
            QCOMPARE(m_fixture.client->send("DELETE"_ba, u"/v1/session/0"_s, headers).status, 200);
    }

    const QByteArray body = method == "POST"_ba ? "{}"_ba : QByteArray();
    const RawReply reply = m_fixture.client->send(method, path, headers, body);

    QCOMPARE(reply.status, expectedStatus);
    QCOMPARE(reply.hasHeader("X-Bunq-Server-Signature"_ba), expectSigned);
    if (expectSigned) {
        QVERIFY(m_fixture.installation.serverKey.verify(
            reply.body, reply.header("X-Bunq-Server-Signature"_ba)));
    }
}

void TestSandboxSession::escapingInRawBytes()
{
    const SessionInfo session = openSession();
    QVERIFY(!session.token.isEmpty());
    const RawReply installReply = m_fixture.client->send(
        "POST"_ba, u"/v1/installation"_s, {{"Content-Type"_ba, "application/json"_ba}},
        compactJson(
            {{u"client_public_key"_s, QString::fromLatin1(m_clientKey.publicKey().toPem())}}));
    const RawReply userReply = m_fixture.client->send("GET"_ba, u"/v1/user"_s, auth(session.token));

    // The PEM's slashes and newlines arrive escaped.
    QCOMPARE(installReply.status, 200);
    QVERIFY(installReply.body.contains("-----BEGIN PUBLIC KEY-----\\n"_ba));
    QVERIFY(installReply.body.contains("\\/"_ba));
    // The first person of a sandbox is "Zoë Bakker", whose ë arrives as an escape.
    QCOMPARE(userReply.status, 200);
    QCOMPARE(session.user.value(u"display_name"_s).toString(), u"Zoë Bakker"_s);
    QVERIFY2(userReply.body.contains(R"("display_name":"Zo\u00eb Bakker")"_ba),
             userReply.body.constData());

    for (const QByteArray &body : {installReply.body, userReply.body}) {
        for (qsizetype i = 0; i < body.size(); ++i) {
            const auto byte = static_cast<unsigned char>(body.at(i));
            QVERIFY2(byte < 0x80, "non-ASCII byte in a response body");
            if (byte == '/')
                QVERIFY2(i > 0 && body.at(i - 1) == '\\', "unescaped '/' in a response body");
        }
    }
}

void TestSandboxSession::timestampsFromClock()
{
    m_fixture.clock->setNow(startTime.addSecs(3600));
    const RawReply reply =
        m_fixture.client->requestSession(m_fixture.installation, m_clientKey, m_fixture.apiKey);
    m_fixture.clock->setNow(startTime);

    QCOMPARE(reply.status, 200);
    const QJsonObject token = reply.responseItems().at(1)[u"Token"_s].toObject();
    QCOMPARE(token.value(u"created"_s).toString(), u"2026-01-15 11:00:00.000000"_s);
    QCOMPARE(token.value(u"updated"_s).toString(), u"2026-01-15 11:00:00.000000"_s);
}

void TestSandboxSession::translatedErrors_data()
{
    QTest::addColumn<QByteArray>("language");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("expectedTranslation");

    QTest::newRow("Dutch route not found")
        << "nl_NL"_ba << u"/v1/nothing"_s << u"Route niet gevonden."_s;
    QTest::newRow("Dutch insufficient authorisation")
        << "nl_NL"_ba << u"/v1/user"_s << u"Onvoldoende autorisatie."_s;
    QTest::newRow("English explicitly") << "en_US"_ba << u"/v1/user"_s << insufficientAuthorisation;
    QTest::newRow("unsupported language falls back to English")
        << "de_DE"_ba << u"/v1/user"_s << insufficientAuthorisation;
    QTest::newRow("no language header") << QByteArray() << u"/v1/nothing"_s << routeNotFound;
}

void TestSandboxSession::translatedErrors()
{
    QFETCH(QByteArray, language);
    QFETCH(QString, path);
    QFETCH(QString, expectedTranslation);

    Headers headers;
    if (!language.isEmpty())
        headers.append({"X-Bunq-Language"_ba, language});

    const RawReply reply = m_fixture.client->send("GET"_ba, path, headers);

    QCOMPARE(reply.errorTranslated(), expectedTranslation);
    // error_description stays English in every language.
    QVERIFY(reply.errorDescription() == routeNotFound ||
            reply.errorDescription() == insufficientAuthorisation);
}

void TestSandboxSession::contentTypeIgnored_data()
{
    QTest::addColumn<QByteArray>("contentTypeLine");

    QTest::newRow("no Content-Type") << QByteArray();
    QTest::newRow("application/json") << "Content-Type: application/json\r\n"_ba;
    QTest::newRow("with charset") << "Content-Type: application/json; charset=utf-8\r\n"_ba;
    QTest::newRow("text/plain") << "Content-Type: text/plain\r\n"_ba;
    QTest::newRow("form-encoded as Qt defaults to")
        << "Content-Type: application/x-www-form-urlencoded\r\n"_ba;
}

void TestSandboxSession::contentTypeIgnored()
{
    QFETCH(QByteArray, contentTypeLine);

    const QByteArray apiKey = m_fixture.client->createSandboxUser();
    QVERIFY(!apiKey.isEmpty());
    const QByteArray body = compactJson(
        {{u"description"_s, u"content type test"_s}, {u"secret"_s, QString::fromLatin1(apiKey)}});
    const QByteArray request = "POST /v1/device-server HTTP/1.1\r\nHost: 127.0.0.1\r\n"_ba +
                               "X-Bunq-Client-Authentication: "_ba + m_fixture.installation.token +
                               "\r\n"_ba + "X-Bunq-Client-Signature: "_ba +
                               sign(m_clientKey, body) + "\r\n"_ba + contentTypeLine +
                               "Content-Length: "_ba + QByteArray::number(body.size()) +
                               "\r\nConnection: close\r\n\r\n"_ba + body;

    const RawReply reply = m_fixture.client->sendRaw(request);

    QVERIFY(reply.completed);
    QCOMPARE(reply.status, 200);
}

void TestSandboxSession::otherHeadersIgnored()
{
    const QByteArray apiKey = m_fixture.client->createSandboxUser();
    QVERIFY(!apiKey.isEmpty());
    const QByteArray body = compactJson(
        {{u"description"_s, u"header test"_s}, {u"secret"_s, QString::fromLatin1(apiKey)}});
    Headers headers = signedHeaders(m_fixture.installation.token, m_clientKey, body);
    headers.append({"Authorization"_ba, "Basic c2FuZGJveF91c2VyOnNhbmRib3hfcGFzc3dvcmQ="_ba});
    headers.append({"X-Bunq-Geolocation"_ba, "0 0 0 0 000"_ba});
    headers.append({"X-Bunq-Region"_ba, "nl_NL"_ba});
    headers.append({"Cache-Control"_ba, "no-cache"_ba});
    headers.append({"User-Agent"_ba, "bunq-sdk-python/1.14.18"_ba});

    const RawReply device =
        m_fixture.client->send("POST"_ba, u"/v1/device-server"_s, headers, body);

    QCOMPARE(device.status, 200);
}

QTEST_GUILESS_MAIN(TestSandboxSession)
#include "tst_sandbox_session.moc"
