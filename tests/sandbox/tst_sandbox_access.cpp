// SPDX-License-Identifier: GPL-3.0-or-later
// Conformance of who may call what and for how long: session extension, one live session per
// installation, permitted IPs on every session call, the API key activation window and the
// kinds of user object a session can return.

#include "SandboxFixture.h"

#include <QLoggingCategory>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sandboxtest;
using studio::crypto::RsaKeyPair;
using studio::sandbox::SandboxOptions;
using studio::sandbox::SessionUserKind;

namespace {

constexpr qint64 week = 604800;
const QString credentialsIncorrect =
    u"User credentials are incorrect. Incorrect API key or IP address."_s;
const QString sessionAlreadyExists = u"Authentication token already has a user session."_s;
const QString insufficientAuthorisation = u"Insufficient authorisation."_s;

// The expiry the snapshot shows for a session, as seconds after the fixture's start.
qint64 expiryOffset(const SandboxFixture &fixture, qint64 sessionId)
{
    for (const QJsonValue &session : fixture.sandbox->snapshotJson()[u"sessions"_s].toArray()) {
        if (session[u"id"_s].toInteger() == sessionId) {
            const QDateTime expiry =
                QDateTime::fromString(session[u"expiry"_s].toString(), Qt::ISODateWithMs);
            return fixtureStartTime().secsTo(expiry);
        }
    }
    return -1;
}

} // namespace

class TestSandboxAccess : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void sessionExtension_data();
    void sessionExtension();
    void repeatedExtensions();

    void secondSessionWhileAlive();
    void newSessionAfterEndOrExpiry_data();
    void newSessionAfterEndOrExpiry();
    void parallelSessionsOption();

    void sessionCallsCheckIp_data();
    void sessionCallsCheckIp();
    void sessionServerFromOtherIp();

    void keyActivationWindow_data();
    void keyActivationWindow();
    void activatedKeyStaysValid();

    void sessionUserKinds_data();
    void sessionUserKinds();
    void userApiKeyStaysTheSame();

    void dutchTexts_data();
    void dutchTexts();

private:
    RsaKeyPair m_clientKey;
};

void TestSandboxAccess::initTestCase()
{
    QLoggingCategory::setFilterRules(u"studio.sandbox.info=false"_s);
    auto key = RsaKeyPair::generate();
    QVERIFY(key.ok());
    m_clientKey = key.value();
}

void TestSandboxAccess::sessionExtension_data()
{
    QTest::addColumn<bool>("extend");
    QTest::addColumn<qint64>("timeout");
    QTest::addColumn<qint64>("window");
    QTest::addColumn<qint64>("cap");
    QTest::addColumn<qint64>("callAt");         // seconds after the session opened
    QTest::addColumn<qint64>("expectedExpiry"); // seconds after the session opened

    QTest::newRow("default: call 20 s before expiry adds 5 minutes")
        << true << week << qint64(30) << qint64(300) << week - 20 << week - 20 + 300;
    QTest::newRow("default: call 1 s before expiry") << true << week << qint64(30)
                                                     << qint64(300) << week - 1 << week + 299;
    QTest::newRow("default: call 30 s before expiry is inside the window")
        << true << week << qint64(30) << qint64(300) << week - 30 << week + 270;
    QTest::newRow("default: call 31 s before expiry changes nothing")
        << true << week << qint64(30) << qint64(300) << week - 31 << week;
    QTest::newRow("default: early call changes nothing")
        << true << week << qint64(30) << qint64(300) << qint64(60) << week;
    QTest::newRow("timeout below the cap: extends by the timeout")
        << true << qint64(100) << qint64(30) << qint64(300) << qint64(80) << qint64(180);
    QTest::newRow("wider window and smaller cap")
        << true << qint64(600) << qint64(60) << qint64(120) << qint64(550) << qint64(670);
    QTest::newRow("extension off") << false << week << qint64(30) << qint64(300) << week - 1
                                   << week;
}

void TestSandboxAccess::sessionExtension()
{
    QFETCH(bool, extend);
    QFETCH(qint64, timeout);
    QFETCH(qint64, window);
    QFETCH(qint64, cap);
    QFETCH(qint64, callAt);
    QFETCH(qint64, expectedExpiry);

    SandboxOptions options;
    if (!extend)
        options.extendSessions = false;
    options.sessionTimeoutSeconds = timeout;
    options.extensionWindowSeconds = window;
    options.maxExtensionSeconds = cap;
    SandboxFixture fixture;
    fixture.start(options);
    if (QTest::currentTestFailed())
        return;
    const OpenedSession session = fixture.openSession(m_clientKey);
    QVERIFY(!session.token().isEmpty());
    QCOMPARE(expiryOffset(fixture, session.session.id), timeout);

    fixture.clock->advance(callAt);
    QCOMPARE(fixture.get(session, u"/v1/user"_s).status, 200);

    QCOMPARE(expiryOffset(fixture, session.session.id), expectedExpiry);
    fixture.clock->setNow(fixtureStartTime().addSecs(expectedExpiry - 1));
    QCOMPARE(fixture.get(session, u"/v1/user/%1"_s.arg(session.userId)).status, 200);
    fixture.clock->setNow(fixtureStartTime().addSecs(qMax(expiryOffset(fixture, session.session.id),
                                                          expectedExpiry)));
    const RawReply expired = fixture.get(session, u"/v1/user/%1"_s.arg(session.userId));
    QCOMPARE(expired.status, 401);
    QCOMPARE(expired.errorDescription(), insufficientAuthorisation);
}

void TestSandboxAccess::repeatedExtensions()
{
    SandboxFixture fixture;
    fixture.start();
    if (QTest::currentTestFailed())
        return;
    const OpenedSession session = fixture.openSession(m_clientKey);
    QVERIFY(!session.token().isEmpty());
    const auto readUser = [&] { return fixture.get(session, u"/v1/user"_s).status; };

    // Each call in the last 30 s moves the expiry to 5 minutes after the call, never further.
    fixture.clock->advance(week - 10);
    QCOMPARE(readUser(), 200);
    QCOMPARE(expiryOffset(fixture, session.session.id), week + 290);
    fixture.clock->advance(100); // 200 s left: outside the window
    QCOMPARE(readUser(), 200);
    QCOMPARE(expiryOffset(fixture, session.session.id), week + 290);
    fixture.clock->advance(180); // 20 s left
    QCOMPARE(readUser(), 200);
    QCOMPARE(expiryOffset(fixture, session.session.id), week + 570);
    fixture.clock->advance(300);
    QCOMPARE(readUser(), 401);
}

void TestSandboxAccess::secondSessionWhileAlive()
{
    SandboxFixture fixture;
    fixture.start();
    if (QTest::currentTestFailed())
        return;
    const OpenedSession session = fixture.openSession(m_clientKey);
    QVERIFY(!session.token().isEmpty());
    fixture.clock->advance(30); // past session-server's rate limit

    const RawReply second =
        fixture.client->requestSession(session.installation, m_clientKey, session.apiKey);

    QCOMPARE(second.status, 400);
    QCOMPARE(second.reason, "Bad Request"_ba);
    QCOMPARE(second.errorDescription(), sessionAlreadyExists);
    QVERIFY(session.installation.serverKey.verify(second.body,
                                                  second.header("X-Bunq-Server-Signature"_ba)));
    // The first session is untouched.
    QCOMPARE(fixture.get(session, u"/v1/user"_s).status, 200);
}

void TestSandboxAccess::newSessionAfterEndOrExpiry_data()
{
    QTest::addColumn<bool>("endWithDelete");

    QTest::newRow("after DELETE session") << true;
    QTest::newRow("after expiry") << false;
}

void TestSandboxAccess::newSessionAfterEndOrExpiry()
{
    QFETCH(bool, endWithDelete);

    SandboxOptions options;
    options.sessionTimeoutSeconds = 600;
    SandboxFixture fixture;
    fixture.start(options);
    if (QTest::currentTestFailed())
        return;
    const OpenedSession session = fixture.openSession(m_clientKey);
    QVERIFY(!session.token().isEmpty());

    if (endWithDelete) {
        QCOMPARE(fixture.send("DELETE"_ba, session, u"/v1/session/0"_s, {}, false).status, 200);
        fixture.clock->advance(30);
    } else {
        fixture.clock->advance(600);
    }
    const RawReply next =
        fixture.client->requestSession(session.installation, m_clientKey, session.apiKey);

    QCOMPARE(next.status, 200);
    const QByteArray token = next.responseItems().at(1)[u"Token"_s][u"token"_s].toString().toLatin1();
    QVERIFY(token != session.token());
    QCOMPARE(fixture.client->send("GET"_ba, u"/v1/user"_s, authHeader(token)).status, 200);
}

void TestSandboxAccess::parallelSessionsOption()
{
    SandboxOptions options;
    options.oneLiveSessionPerInstallation = false;
    SandboxFixture fixture;
    fixture.start(options);
    if (QTest::currentTestFailed())
        return;
    const OpenedSession session = fixture.openSession(m_clientKey);
    QVERIFY(!session.token().isEmpty());
    fixture.clock->advance(30);

    const RawReply second =
        fixture.client->requestSession(session.installation, m_clientKey, session.apiKey);

    QCOMPARE(second.status, 200);
    QCOMPARE(fixture.get(session, u"/v1/user"_s).status, 200);
}

void TestSandboxAccess::sessionCallsCheckIp_data()
{
    QTest::addColumn<QJsonValue>("permittedIps");
    QTest::addColumn<int>("statusFromOtherAddress");

    QTest::newRow("calling IP bound (absent)") << QJsonValue(QJsonValue::Undefined) << 400;
    QTest::newRow("calling IP bound (empty list)") << QJsonValue(QJsonArray()) << 400;
    QTest::newRow("list with 127.0.0.1 only") << QJsonValue(QJsonArray{u"127.0.0.1"_s}) << 400;
    QTest::newRow("list with both addresses")
        << QJsonValue(QJsonArray{u"127.0.0.1"_s, u"127.0.0.2"_s}) << 200;
    QTest::newRow("wildcard alone") << QJsonValue(QJsonArray{u"*"_s}) << 200;
    QTest::newRow("wildcard beside an address")
        << QJsonValue(QJsonArray{u"127.0.0.1"_s, u"*"_s}) << 200;
}

void TestSandboxAccess::sessionCallsCheckIp()
{
    QFETCH(QJsonValue, permittedIps);
    QFETCH(int, statusFromOtherAddress);

    SandboxFixture fixture;
    fixture.start();
    if (QTest::currentTestFailed())
        return;
    const OpenedSession session = fixture.openSession(m_clientKey, u"person"_s, permittedIps);
    QVERIFY(!session.token().isEmpty());
    const QString accounts = u"/v1/user/%1/monetary-account"_s.arg(session.userId);
    const QByteArray request = rawRequest("GET"_ba, accounts, authHeader(session.token()));

    const RawReply fromOther = fixture.client->sendRawFrom(QHostAddress(u"127.0.0.2"_s), request);
    const RawReply fromBound = fixture.client->sendRawFrom(QHostAddress(u"127.0.0.1"_s), request);

    QVERIFY(fromOther.completed);
    QCOMPARE(fromOther.status, statusFromOtherAddress);
    if (statusFromOtherAddress == 400) {
        QCOMPARE(fromOther.errorDescription(), credentialsIncorrect);
        QVERIFY(session.installation.serverKey.verify(
            fromOther.body, fromOther.header("X-Bunq-Server-Signature"_ba)));
    }
    QCOMPARE(fromBound.status, 200);
}

void TestSandboxAccess::sessionServerFromOtherIp()
{
    SandboxFixture fixture;
    fixture.start();
    if (QTest::currentTestFailed())
        return;
    const QByteArray apiKey = fixture.client->createSandboxUser();
    const InstallationInfo installation = fixture.client->install(m_clientKey);
    QCOMPARE(fixture.client->registerDevice(installation, m_clientKey, apiKey).status, 200);
    const QByteArray body = compactJson({{u"secret"_s, QString::fromLatin1(apiKey)}});
    const QByteArray request = rawRequest("POST"_ba, u"/v1/session-server"_s,
                                          signedHeaders(installation.token, m_clientKey, body),
                                          body);

    const RawReply fromOther = fixture.client->sendRawFrom(QHostAddress(u"127.0.0.2"_s), request);

    QCOMPARE(fromOther.status, 400);
    QCOMPARE(fromOther.errorDescription(), credentialsIncorrect);
}

void TestSandboxAccess::keyActivationWindow_data()
{
    QTest::addColumn<qint64>("window"); // 0 leaves the default
    QTest::addColumn<qint64>("registerAfter");
    QTest::addColumn<int>("expectedStatus");

    QTest::newRow("default, just inside four hours") << qint64(0) << qint64(4 * 3600 - 1) << 200;
    QTest::newRow("default, at four hours") << qint64(0) << qint64(4 * 3600) << 400;
    QTest::newRow("one minute, after 59 s") << qint64(60) << qint64(59) << 200;
    QTest::newRow("one minute, after 60 s") << qint64(60) << qint64(60) << 400;
    QTest::newRow("one minute, a day later") << qint64(60) << qint64(86400) << 400;
}

void TestSandboxAccess::keyActivationWindow()
{
    QFETCH(qint64, window);
    QFETCH(qint64, registerAfter);
    QFETCH(int, expectedStatus);

    SandboxOptions options;
    if (window > 0)
        options.keyActivationWindowSeconds = window;
    SandboxFixture fixture;
    fixture.start(options);
    if (QTest::currentTestFailed())
        return;
    const QByteArray apiKey = fixture.client->createSandboxUser();
    QVERIFY(!apiKey.isEmpty());

    fixture.clock->advance(registerAfter);
    const InstallationInfo installation = fixture.client->install(m_clientKey);
    const RawReply device = fixture.client->registerDevice(installation, m_clientKey, apiKey);

    QCOMPARE(device.status, expectedStatus);
    const QJsonObject key = fixture.sandbox->snapshotJson()[u"api_keys"_s][0].toObject();
    QCOMPARE(key[u"activated"_s].toBool(), expectedStatus == 200);
    if (expectedStatus == 400)
        QCOMPARE(device.errorDescription(), credentialsIncorrect);
}

void TestSandboxAccess::activatedKeyStaysValid()
{
    SandboxOptions options;
    options.keyActivationWindowSeconds = 60;
    options.oneLiveSessionPerInstallation = false;
    SandboxFixture fixture;
    fixture.start(options);
    if (QTest::currentTestFailed())
        return;
    const OpenedSession first = fixture.openSession(m_clientKey);
    QVERIFY(!first.token().isEmpty());

    // A day later the key, bound within its window, registers a second installation.
    fixture.clock->advance(86400);
    const InstallationInfo second = fixture.client->install(m_clientKey);
    const RawReply device = fixture.client->registerDevice(second, m_clientKey, first.apiKey);
    const RawReply session = fixture.client->requestSession(second, m_clientKey, first.apiKey);

    QCOMPARE(device.status, 200);
    QCOMPARE(session.status, 200);
}

void TestSandboxAccess::sessionUserKinds_data()
{
    QTest::addColumn<SessionUserKind>("userKind");
    QTest::addColumn<QString>("sandboxUser"); // "person" or "company"
    QTest::addColumn<QString>("expectedType");
    QTest::addColumn<QString>("wrappedType"); // inside a UserApiKey; empty otherwise

    QTest::newRow("person") << SessionUserKind::PersonOrCompany << u"person"_s
                            << u"UserPerson"_s << QString();
    QTest::newRow("company") << SessionUserKind::PersonOrCompany << u"company"_s
                             << u"UserCompany"_s << QString();
    QTest::newRow("api key of a person") << SessionUserKind::ApiKey << u"person"_s
                                         << u"UserApiKey"_s << u"UserPerson"_s;
    QTest::newRow("api key of a company") << SessionUserKind::ApiKey << u"company"_s
                                          << u"UserApiKey"_s << u"UserCompany"_s;
    QTest::newRow("payment service provider")
        << SessionUserKind::PaymentServiceProvider << u"company"_s
        << u"UserPaymentServiceProvider"_s << QString();
}

void TestSandboxAccess::sessionUserKinds()
{
    QFETCH(SessionUserKind, userKind);
    QFETCH(QString, sandboxUser);
    QFETCH(QString, expectedType);
    QFETCH(QString, wrappedType);

    SandboxOptions options;
    options.sessionUserKind = userKind;
    SandboxFixture fixture;
    fixture.start(options);
    if (QTest::currentTestFailed())
        return;
    const OpenedSession session = fixture.openSession(m_clientKey, sandboxUser);
    QVERIFY(!session.token().isEmpty());
    const QJsonObject user = session.session.user;

    // session-server, GET user and GET user/{id} return the same kind and object.
    QCOMPARE(session.session.userType, expectedType);
    const QJsonObject wrapped{{expectedType, user}};
    QCOMPARE(fixture.get(session, u"/v1/user"_s).responseItems(), QJsonArray{wrapped});
    QCOMPARE(fixture.get(session, u"/v1/user/%1"_s.arg(session.userId)).responseItems(),
             QJsonArray{wrapped});

    qint64 ownerId = session.userId;
    if (wrappedType.isEmpty()) {
        QCOMPARE(user[u"session_timeout"_s].toInteger(), week);
        QVERIFY(!user[u"display_name"_s].toString().isEmpty());
    } else {
        // The timeout sits in requested_by_user, which wraps the key's user; the accounts are
        // those of granted_by_user, a second made-up user.
        const QJsonObject requestedBy = user[u"requested_by_user"_s][wrappedType].toObject();
        const QJsonObject grantedBy = user[u"granted_by_user"_s][u"UserPerson"_s].toObject();
        QCOMPARE(requestedBy[u"session_timeout"_s].toInteger(), week);
        QVERIFY(requestedBy[u"id"_s].toInteger() > 0);
        QVERIFY(grantedBy[u"id"_s].toInteger() > 0);
        QVERIFY(grantedBy[u"id"_s] != requestedBy[u"id"_s]);
        QVERIFY(session.userId != requestedBy[u"id"_s].toInteger());
        QVERIFY(session.userId != grantedBy[u"id"_s].toInteger());
        QVERIFY(!user.contains(u"session_timeout"_s));
        ownerId = grantedBy[u"id"_s].toInteger();

        const RawReply byWrappedId = fixture.get(
            session, u"/v1/user/%1"_s.arg(requestedBy[u"id"_s].toInteger()));
        QCOMPARE(byWrappedId.status, 404);
        QCOMPARE(byWrappedId.errorDescription(), u"User not found."_s);
    }

    const RawReply accounts =
        fixture.get(session, u"/v1/user/%1/monetary-account"_s.arg(session.userId));
    QCOMPARE(accounts.status, 200);
    QCOMPARE(accounts.responseItems().size(), 1);
    QCOMPARE(accounts.responseItems().at(0)[u"MonetaryAccountBank"_s][u"user_id"_s].toInteger(),
             ownerId);
}

void TestSandboxAccess::userApiKeyStaysTheSame()
{
    SandboxOptions options;
    options.sessionUserKind = SessionUserKind::ApiKey;
    SandboxFixture fixture;
    fixture.start(options);
    if (QTest::currentTestFailed())
        return;
    const OpenedSession first = fixture.openSession(m_clientKey);
    QVERIFY(!first.token().isEmpty());
    QCOMPARE(fixture.send("DELETE"_ba, first, u"/v1/session/0"_s, {}, false).status, 200);
    fixture.clock->advance(30);

    const RawReply second =
        fixture.client->requestSession(first.installation, m_clientKey, first.apiKey);

    QCOMPARE(second.status, 200);
    QCOMPARE(second.responseItems().at(2).toObject(),
             (QJsonObject{{u"UserApiKey"_s, first.session.user}}));
}

void TestSandboxAccess::dutchTexts_data()
{
    QTest::addColumn<QString>("case_");
    QTest::addColumn<QString>("expectedEnglish");
    QTest::addColumn<QString>("expectedDutch");

    QTest::newRow("session already exists")
        << u"second session"_s << sessionAlreadyExists
        << u"Het authenticatietoken heeft al een gebruikerssessie."_s;
    QTest::newRow("call from another address")
        << u"other address"_s << credentialsIncorrect
        << u"Gebruikersgegevens zijn onjuist. Onjuiste API-sleutel of onjuist IP-adres."_s;
}

void TestSandboxAccess::dutchTexts()
{
    QFETCH(QString, case_);
    QFETCH(QString, expectedEnglish);
    QFETCH(QString, expectedDutch);

    SandboxFixture fixture;
    fixture.start();
    if (QTest::currentTestFailed())
        return;
    const OpenedSession session = fixture.openSession(m_clientKey);
    QVERIFY(!session.token().isEmpty());
    fixture.clock->advance(30);
    const Headers dutch{{"X-Bunq-Language"_ba, "nl_NL"_ba}};

    RawReply reply;
    if (case_ == u"second session"_s) {
        const QByteArray body =
            compactJson({{u"secret"_s, QString::fromLatin1(session.apiKey)}});
        reply = fixture.client->send(
            "POST"_ba, u"/v1/session-server"_s,
            signedHeaders(session.installation.token, m_clientKey, body) + dutch, body);
    } else {
        reply = fixture.client->sendRawFrom(
            QHostAddress(u"127.0.0.2"_s),
            rawRequest("GET"_ba, u"/v1/user"_s, authHeader(session.token()) + dutch));
    }

    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.errorDescription(), expectedEnglish);
    QCOMPARE(reply.errorTranslated(), expectedDutch);
}

QTEST_GUILESS_MAIN(TestSandboxAccess)
#include "tst_sandbox_access.moc"
