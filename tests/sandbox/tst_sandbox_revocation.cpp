// SPDX-License-Identifier: GPL-3.0-or-later
// Revoked API keys. Their live sessions and every later session-server get the dead-session
// error (401 or 403 as configured), and device-server gets the credentials error. The snapshot
// and the request log name the revocation, and the state file keeps it.

#include "RequestLog.h"
#include "SandboxFixture.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sandboxtest;
using studio::crypto::RsaKeyPair;
using studio::sandbox::DeadSessionStatus;
using studio::sandbox::RequestLogEntry;
using studio::sandbox::SandboxOptions;

Q_DECLARE_METATYPE(studio::sandbox::DeadSessionStatus)

namespace {

const QString credentialsIncorrect =
    u"User credentials are incorrect. Incorrect API key or IP address."_s;

// The detail of the named check in the newest request log entry.
QString newestCheckDetail(const SandboxFixture &fixture, const QString &name)
{
    const QList<RequestLogEntry> entries = fixture.sandbox->requestLog().entriesAfter(0);
    if (entries.isEmpty())
        return {};
    for (const auto &check : entries.last().checks) {
        if (check.name == name)
            return check.verdict + u": "_s + check.detail;
    }
    return {};
}

QJsonObject apiKeyInSnapshot(const SandboxFixture &fixture, const QByteArray &apiKey)
{
    for (const QJsonValue &key : fixture.sandbox->snapshotJson()[u"api_keys"_s].toArray()) {
        if (key[u"api_key"_s].toString().toLatin1() == apiKey)
            return key.toObject();
    }
    return {};
}

} // namespace

class TestSandboxRevocation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void liveSessionDies_data();
    void liveSessionDies();
    void sessionServerRefused_data();
    void sessionServerRefused();
    void deviceServerRefused();
    void unknownKeyIsNotRevoked();
    void otherKeysStayValid();
    void stateFileKeepsRevocation();

private:
    RsaKeyPair m_clientKey;
};

void TestSandboxRevocation::initTestCase()
{
    QLoggingCategory::setFilterRules(u"studio.sandbox.info=false"_s);
    auto key = RsaKeyPair::generate();
    QVERIFY(key.ok());
    m_clientKey = key.value();
}

void TestSandboxRevocation::liveSessionDies_data()
{
    QTest::addColumn<DeadSessionStatus>("deadSessionStatus");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("text");

    QTest::newRow("401") << DeadSessionStatus::Unauthorised401 << 401
                         << u"Insufficient authorisation."_s;
    QTest::newRow("403") << DeadSessionStatus::Forbidden403 << 403
                         << u"Insufficient authentication."_s;
}

void TestSandboxRevocation::liveSessionDies()
{
    QFETCH(DeadSessionStatus, deadSessionStatus);
    QFETCH(int, status);
    QFETCH(QString, text);

    SandboxOptions options;
    options.deadSessionStatus = deadSessionStatus;
    SandboxFixture fixture;
    fixture.start(options);
    QVERIFY(!QTest::currentTestFailed());
    const OpenedSession opened = fixture.openSession(m_clientKey);
    QVERIFY(!opened.token().isEmpty());
    QCOMPARE(fixture.get(opened, u"/v1/user"_s).status, 200);

    fixture.clock->advance(5);
    QVERIFY(fixture.sandbox->revokeApiKey(opened.apiKey));
    const RawReply reply = fixture.get(opened, u"/v1/user"_s);

    QCOMPARE(reply.status, status);
    QCOMPARE(reply.errorDescription(), text);
    // The installation is still known, so the error is signed with its key.
    QVERIFY(opened.installation.serverKey.verify(reply.body,
                                                 reply.header("X-Bunq-Server-Signature"_ba)));
    const QString check = newestCheckDetail(fixture, u"token"_s);
    QVERIFY2(check.startsWith(u"failed: "_s) && check.contains(u"revoked"_s), qPrintable(check));

    const QJsonObject key = apiKeyInSnapshot(fixture, opened.apiKey);
    QCOMPARE(key[u"revoked"_s].toBool(), true);
    QCOMPARE(QDateTime::fromString(key[u"revoked_at"_s].toString(), Qt::ISODateWithMs),
             fixtureStartTime().addSecs(5));
}

void TestSandboxRevocation::sessionServerRefused_data()
{
    liveSessionDies_data();
}

void TestSandboxRevocation::sessionServerRefused()
{
    QFETCH(DeadSessionStatus, deadSessionStatus);
    QFETCH(int, status);
    QFETCH(QString, text);

    SandboxOptions options;
    options.deadSessionStatus = deadSessionStatus;
    options.rateLimits = false;
    SandboxFixture fixture;
    fixture.start(options);
    QVERIFY(!QTest::currentTestFailed());
    const OpenedSession opened = fixture.openSession(m_clientKey);
    QVERIFY(!opened.token().isEmpty());
    QCOMPARE(fixture.send("DELETE"_ba, opened, u"/v1/session/0"_s, {}, false).status, 200);

    QVERIFY(fixture.sandbox->revokeApiKey(opened.apiKey));
    const RawReply reply =
        fixture.client->requestSession(opened.installation, m_clientKey, opened.apiKey);

    QCOMPARE(reply.status, status);
    QCOMPARE(reply.errorDescription(), text);
    const QString check = newestCheckDetail(fixture, u"api key"_s);
    QVERIFY2(check.startsWith(u"failed: "_s) && check.contains(u"revoked"_s), qPrintable(check));
}

void TestSandboxRevocation::deviceServerRefused()
{
    SandboxFixture fixture;
    fixture.start();
    QVERIFY(!QTest::currentTestFailed());
    const QByteArray apiKey = fixture.client->createSandboxUser();
    const InstallationInfo installation = fixture.client->install(m_clientKey);
    QVERIFY(!installation.token.isEmpty());

    QVERIFY(fixture.sandbox->revokeApiKey(apiKey));
    const RawReply reply = fixture.client->registerDevice(installation, m_clientKey, apiKey);

    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.errorDescription(), credentialsIncorrect);
    const QString check = newestCheckDetail(fixture, u"api key"_s);
    QVERIFY2(check.contains(u"revoked"_s), qPrintable(check));
}

void TestSandboxRevocation::unknownKeyIsNotRevoked()
{
    SandboxFixture fixture;
    fixture.start();
    QVERIFY(!QTest::currentTestFailed());

    QVERIFY(!fixture.sandbox->revokeApiKey("sandbox_"_ba + QByteArray(56, '0')));
    QVERIFY(!fixture.sandbox->revokeApiKey(QByteArray()));
}

void TestSandboxRevocation::otherKeysStayValid()
{
    SandboxOptions options;
    options.rateLimits = false;
    SandboxFixture fixture;
    fixture.start(options);
    QVERIFY(!QTest::currentTestFailed());
    const OpenedSession revoked = fixture.openSession(m_clientKey);
    const OpenedSession kept = fixture.openSession(m_clientKey);
    QVERIFY(!revoked.token().isEmpty() && !kept.token().isEmpty());

    QVERIFY(fixture.sandbox->revokeApiKey(revoked.apiKey));
    // Revoking twice is harmless.
    QVERIFY(fixture.sandbox->revokeApiKey(revoked.apiKey));

    QCOMPARE(fixture.get(revoked, u"/v1/user"_s).status, 401);
    QCOMPARE(fixture.get(kept, u"/v1/user"_s).status, 200);
    QCOMPARE(apiKeyInSnapshot(fixture, kept.apiKey)[u"revoked"_s].toBool(), false);
    QVERIFY(apiKeyInSnapshot(fixture, kept.apiKey)[u"revoked_at"_s].isNull());
}

void TestSandboxRevocation::stateFileKeepsRevocation()
{
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    SandboxOptions options;
    options.stateFile = directory.filePath(u"sandbox-state.json"_s);

    OpenedSession opened;
    {
        SandboxFixture first;
        first.start(options);
        QVERIFY(!QTest::currentTestFailed());
        opened = first.openSession(m_clientKey);
        QVERIFY(!opened.token().isEmpty());
        QVERIFY(first.sandbox->revokeApiKey(opened.apiKey));
    }

    SandboxFixture second;
    second.start(options);
    QVERIFY(!QTest::currentTestFailed());
    second.clock->advance(60);
    const RawReply reply =
        second.client->requestSession(opened.installation, m_clientKey, opened.apiKey);
    QCOMPARE(reply.status, 401);
    QCOMPARE(apiKeyInSnapshot(second, opened.apiKey)[u"revoked"_s].toBool(), true);
}

QTEST_GUILESS_MAIN(TestSandboxRevocation)
#include "tst_sandbox_revocation.moc"
