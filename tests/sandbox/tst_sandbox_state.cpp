// SPDX-License-Identifier: GPL-3.0-or-later
// What the sandbox keeps and shows: the sandbox reset, the snapshot for the app's panel, the
// request log with its checks, and the state file that carries records across restarts.

#include "RequestLog.h"
#include "SandboxFixture.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent>

using namespace Qt::StringLiterals;
using namespace sandboxtest;
using studio::crypto::RsaKeyPair;
using studio::sandbox::LocalSandbox;
using studio::sandbox::RequestCheck;
using studio::sandbox::RequestLogEntry;
using studio::sandbox::SandboxOptions;
using studio::sandbox::SandboxThread;
using studio::sandbox::ServerKeyPolicy;

namespace {

const QString insufficientAuthorisation = u"Insufficient authorisation."_s;
const QString credentialsIncorrect =
    u"User credentials are incorrect. Incorrect API key or IP address."_s;

QString isoTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

// Returns the verdict of the named check, or an empty string when the entry has none.
QString verdictOf(const RequestLogEntry &entry, const QString &name)
{
    for (const RequestCheck &check : entry.checks) {
        if (check.name == name)
            return check.verdict;
    }
    return {};
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QStringList descriptionsOf(const RawReply &reply)
{
    QStringList texts;
    for (const QJsonValue &item : reply.responseItems())
        texts.append(item[u"Payment"_s][u"description"_s].toString());
    return texts;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(bytes), bytes.size());
}

} // namespace

class TestSandboxState : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void resetForgetsEverything();
    void resetThroughThread();

    void snapshotContents();
    void snapshotSessionStates();
    void snapshotFromAnotherThread();

    void requestLogRecordsChecks();
    void requestLogNeverHoldsSecrets();

    void stateFileRoundTrip();
    void stateFileIsOwnerOnly();
    void emptyOrMissingStateFile_data();
    void emptyOrMissingStateFile();
    void unusableStateFile_data();
    void unusableStateFile();
    void unwritableStateFile();
    void resetEmptiesStateFile();

private:
    RsaKeyPair m_clientKey;
};

void TestSandboxState::initTestCase()
{
    QLoggingCategory::setFilterRules(u"studio.sandbox.info=false\nstudio.sandbox.warning=false"_s);
    auto key = RsaKeyPair::generate();
    QVERIFY(key.ok());
    m_clientKey = key.value();
}

void TestSandboxState::resetForgetsEverything()
{
    SandboxFixture fixture;
    fixture.start();
    if (QTest::currentTestFailed())
        return;
    const OpenedSession session = fixture.openSession(m_clientKey);
    QVERIFY(!session.token().isEmpty());
    const qint64 accountId = fixture.firstAccountId(session);
    for (int i = 0; i < 3; ++i)
        fixture.get(session, u"/v1/user"_s);

    fixture.sandbox->reset();

    // The session, installation and API key are gone, like after bunq's sandbox reset.
    const RawReply user = fixture.get(session, u"/v1/user"_s);
    QCOMPARE(user.status, 401); // not 429: the counters went too
    QCOMPARE(user.errorDescription(), insufficientAuthorisation);
    QVERIFY(!user.hasHeader("X-Bunq-Server-Signature"_ba)); // the token names nothing now
    const RawReply device = fixture.client->registerDevice(session.installation, m_clientKey,
                                                           session.apiKey);
    QCOMPARE(device.status, 401);
    const InstallationInfo installation = fixture.client->install(m_clientKey);
    const RawReply oldKey =
        fixture.client->registerDevice(installation, m_clientKey, session.apiKey);
    QCOMPARE(oldKey.status, 400);
    QCOMPARE(oldKey.errorDescription(), credentialsIncorrect);

    // A new sandbox starts over with its first person, under ids never used before.
    fixture.clock->advance(30);
    const OpenedSession fresh = fixture.openSession(m_clientKey);
    QVERIFY(!fresh.token().isEmpty());
    QCOMPARE(fresh.session.user[u"display_name"_s].toString(), u"Zoë Bakker"_s);
    QVERIFY(fresh.userId > accountId);
    const QJsonObject snapshot = fixture.sandbox->snapshotJson();
    QCOMPARE(snapshot[u"users"_s].toArray().size(), 1);
    QCOMPARE(snapshot[u"installations"_s].toArray().size(), 2);
    QCOMPARE(snapshot[u"sessions"_s].toArray().size(), 1);
}

void TestSandboxState::resetThroughThread()
{
    SandboxOptions options;
    options.spareServerKeys = 0;
    SandboxThread thread(options);
    QSignalSpy started(&thread, &SandboxThread::started);
    QCOMPARE(thread.sandbox(), nullptr);
    thread.reset(); // not running: nothing happens

    thread.start();
    QVERIFY(started.wait(10000));
    LocalSandbox *sandbox = thread.sandbox();
    QVERIFY(sandbox);
    SandboxTestClient client(thread.baseUrl());
    QVERIFY(!client.createSandboxUser().isEmpty());
    QCOMPARE(sandbox->snapshotJson()[u"users"_s].toArray().size(), 1);

    thread.reset();

    QTRY_COMPARE(sandbox->snapshotJson()[u"users"_s].toArray().size(), 0);
    thread.stop();
    QCOMPARE(thread.sandbox(), nullptr);
}

void TestSandboxState::snapshotContents()
{
    SandboxFixture fixture;
    fixture.start();
    if (QTest::currentTestFailed())
        return;
    const OpenedSession person = fixture.openSession(m_clientKey);
    QVERIFY(!person.token().isEmpty());
    fixture.clock->advance(30); // past session-server's rate limit
    const OpenedSession company =
        fixture.openSession(m_clientKey, u"company"_s, QJsonArray{u"192.0.2.7"_s, u"*"_s});
    QVERIFY(!company.token().isEmpty());
    const qint64 accountId = fixture.firstAccountId(person);
    QCOMPARE(fixture.send("POST"_ba, person,
                          SandboxFixture::accountPath(person, accountId) + u"/request-inquiry"_s,
                          sugarDaddyRequest(u"42.00"_s), false)
                 .status,
             200);
    fixture.clock->advance(1);

    const QJsonObject snapshot = fixture.sandbox->snapshotJson();

    QCOMPARE(snapshot[u"now"_s].toString(), isoTime(fixtureStartTime().addSecs(31)));
    QCOMPARE(snapshot[u"settings"_s][u"rate_limits"_s].toBool(), true);
    QCOMPARE(snapshot[u"settings"_s][u"extend_sessions"_s].toBool(), true);

    const QJsonArray users = snapshot[u"users"_s].toArray();
    QCOMPARE(users.size(), 2);
    QCOMPARE(users[0][u"id"_s].toInteger(), person.userId);
    QCOMPARE(users[0][u"kind"_s].toString(), u"UserPerson"_s);
    QCOMPARE(users[0][u"name"_s].toString(), u"Zoë Bakker"_s);
    QCOMPARE(users[0][u"email"_s].toString(),
             person.session.user[u"alias"_s][0][u"value"_s].toString());
    QCOMPARE(users[0][u"api_key"_s].toString().toLatin1(), person.apiKey);
    QCOMPARE(users[0][u"created"_s].toString(), isoTime(fixtureStartTime()));
    QCOMPARE(users[1][u"kind"_s].toString(), u"UserCompany"_s);

    const QJsonObject key = snapshot[u"api_keys"_s][0].toObject();
    QCOMPARE(key[u"api_key"_s].toString().toLatin1(), person.apiKey);
    QCOMPARE(key[u"user_id"_s].toInteger(), person.userId);
    QCOMPARE(key[u"activated"_s].toBool(), true);
    QCOMPARE(key[u"activation_deadline"_s].toString(),
             isoTime(fixtureStartTime().addSecs(4 * 3600)));

    const QJsonObject installation = snapshot[u"installations"_s][0].toObject();
    QCOMPARE(installation[u"id"_s].toInteger(), person.installation.id);
    QCOMPARE(installation[u"client_key_fingerprint"_s].toString().toLatin1(),
             m_clientKey.publicKey().sha256Fingerprint());
    QCOMPARE(installation[u"server_key_fingerprint"_s].toString().toLatin1(),
             person.installation.serverKey.sha256Fingerprint());
    const QString maskedToken = installation[u"token"_s].toString();
    QVERIFY(!maskedToken.contains(QString::fromLatin1(person.installation.token)));
    QVERIFY(maskedToken.endsWith(QString::fromLatin1(person.installation.token.right(4))));

    const QJsonArray devices = snapshot[u"devices"_s].toArray();
    QCOMPARE(devices.size(), 2);
    QCOMPARE(devices[0][u"installation_id"_s].toInteger(), person.installation.id);
    QCOMPARE(devices[0][u"description"_s].toString(), u"sandbox conformance test"_s);
    QCOMPARE(devices[0][u"permitted_ips"_s].toArray(), QJsonArray{u"127.0.0.1"_s});
    QCOMPARE(devices[1][u"permitted_ips"_s].toArray(),
             (QJsonArray{u"192.0.2.7"_s, u"*"_s}));

    const QJsonObject session = snapshot[u"sessions"_s][0].toObject();
    QCOMPARE(session[u"id"_s].toInteger(), person.session.id);
    QCOMPARE(session[u"user_id"_s].toInteger(), person.userId);
    QCOMPARE(session[u"installation_id"_s].toInteger(), person.installation.id);
    QCOMPARE(session[u"created"_s].toString(), isoTime(fixtureStartTime()));
    QCOMPARE(session[u"expiry"_s].toString(), isoTime(fixtureStartTime().addSecs(604800)));
    QCOMPARE(session[u"state"_s].toString(), u"live"_s);

    const QJsonArray accounts = snapshot[u"monetary_accounts"_s].toArray();
    QCOMPARE(accounts.size(), 2);
    QCOMPARE(accounts[0][u"id"_s].toInteger(), accountId);
    QCOMPARE(accounts[0][u"user_id"_s].toInteger(), person.userId);
    QVERIFY(accounts[0][u"iban"_s].toString().startsWith(u"NL"_s));
    QCOMPARE(accounts[0][u"balance"_s].toObject(),
             (QJsonObject{{u"value"_s, u"42.00"_s}, {u"currency"_s, u"EUR"_s}}));

    QVERIFY(snapshot[u"rate_limits"_s].isArray());
}

void TestSandboxState::snapshotSessionStates()
{
    SandboxOptions options;
    options.sessionTimeoutSeconds = 60;
    options.oneLiveSessionPerInstallation = false;
    options.rateLimits = false;
    SandboxFixture fixture;
    fixture.start(options);
    if (QTest::currentTestFailed())
        return;
    const OpenedSession ended = fixture.openSession(m_clientKey);
    const OpenedSession expiring = fixture.openSession(m_clientKey);
    QCOMPARE(fixture.send("DELETE"_ba, ended, u"/v1/session/0"_s, {}, false).status, 200);
    fixture.clock->advance(60);

    const QJsonArray sessions = fixture.sandbox->snapshotJson()[u"sessions"_s].toArray();

    QCOMPARE(sessions.size(), 2);
    QCOMPARE(sessions[0][u"state"_s].toString(), u"ended"_s);
    QCOMPARE(sessions[1][u"state"_s].toString(), u"expired"_s);
}

void TestSandboxState::snapshotFromAnotherThread()
{
    SandboxOptions options;
    options.spareServerKeys = 0;
    options.rateLimits = false;
    SandboxThread thread(options);
    QSignalSpy started(&thread, &SandboxThread::started);
    thread.start();
    QVERIFY(started.wait(10000));
    LocalSandbox *sandbox = thread.sandbox();
    SandboxTestClient client(thread.baseUrl());

    // Snapshots taken on the thread pool while this thread keeps the sandbox busy.
    QFuture<int> counts = QtConcurrent::run([sandbox] {
        int largest = 0;
        for (int i = 0; i < 200; ++i)
            largest = qMax(largest, int(sandbox->snapshotJson()[u"users"_s].toArray().size()));
        return largest;
    });
    for (int i = 0; i < 20; ++i)
        QCOMPARE(client.send("POST"_ba, u"/v1/sandbox-user-person"_s).status, 200);
    counts.waitForFinished();

    QVERIFY(counts.result() <= 20);
    QCOMPARE(sandbox->snapshotJson()[u"users"_s].toArray().size(), 20);
}

void TestSandboxState::requestLogRecordsChecks()
{
    SandboxFixture fixture;
    fixture.start();
    if (QTest::currentTestFailed())
        return;
    const OpenedSession session = fixture.openSession(m_clientKey);
    QVERIFY(!session.token().isEmpty());
    const qint64 before = fixture.sandbox->requestLog().entriesAfter(0).constLast().sequence;
    fixture.clock->advance(30);

    const QByteArray body = compactJson({{u"secret"_s, QString::fromLatin1(session.apiKey)}});
    fixture.client->send("POST"_ba, u"/v1/session-server"_s,
                         authHeader(session.installation.token), body); // unsigned: 466
    fixture.get(session, u"/v1/user"_s);
    fixture.get(session, u"/v1/user"_s);
    fixture.get(session, u"/v1/user"_s);
    fixture.get(session, u"/v1/user"_s); // 429
    fixture.client->send("GET"_ba, u"/v1/nothing"_s);
    fixture.client->sendRawFrom(QHostAddress(u"127.0.0.2"_s),
                                rawRequest("GET"_ba, u"/v1/user/%1"_s.arg(session.userId),
                                           authHeader(session.token())));

    const QList<RequestLogEntry> entries = fixture.sandbox->requestLog().entriesAfter(before);
    QCOMPARE(entries.size(), 7);

    const RequestLogEntry &unsigned466 = entries.at(0);
    QCOMPARE(unsigned466.method, "POST"_ba);
    QCOMPARE(unsigned466.path, u"/v1/session-server"_s);
    QCOMPARE(unsigned466.status, 466);
    QCOMPARE(unsigned466.received, fixtureStartTime().addSecs(30));
    QCOMPARE(unsigned466.remoteAddress, QHostAddress(u"127.0.0.1"_s));
    QCOMPARE(verdictOf(unsigned466, u"route"_s), u"passed"_s);
    QCOMPARE(verdictOf(unsigned466, u"rate limit"_s), u"passed"_s);
    QCOMPARE(verdictOf(unsigned466, u"token"_s), u"passed"_s);
    QCOMPARE(verdictOf(unsigned466, u"signature"_s), u"failed"_s);

    const RequestLogEntry &read = entries.at(1);
    QCOMPARE(read.status, 200);
    QCOMPARE(verdictOf(read, u"token"_s), u"passed"_s);
    QCOMPARE(verdictOf(read, u"permitted ip"_s), u"passed"_s);

    const RequestLogEntry &limited = entries.at(4);
    QCOMPARE(limited.status, 429);
    QCOMPARE(verdictOf(limited, u"rate limit"_s), u"failed"_s);
    QCOMPARE(verdictOf(limited, u"token"_s), QString()); // not reached

    QCOMPARE(entries.at(5).status, 404);
    QCOMPARE(verdictOf(entries.at(5), u"route"_s), u"failed"_s);

    const RequestLogEntry &otherAddress = entries.at(6);
    QCOMPARE(otherAddress.status, 400);
    QCOMPARE(otherAddress.remoteAddress, QHostAddress(u"127.0.0.2"_s));
    QCOMPARE(verdictOf(otherAddress, u"permitted ip"_s), u"failed"_s);

    // The device-server of the opened session checked the API key.
    const QList<RequestLogEntry> all = fixture.sandbox->requestLog().entriesAfter(0);
    const auto device = std::find_if(all.cbegin(), all.cend(), [](const RequestLogEntry &entry) {
        return entry.path == u"/v1/device-server"_s;
    });
    QVERIFY(device != all.cend());
    QCOMPARE(verdictOf(*device, u"api key"_s), u"passed"_s);
    QCOMPARE(verdictOf(*device, u"signature"_s), u"passed"_s);
}

void TestSandboxState::requestLogNeverHoldsSecrets()
{
    SandboxFixture fixture;
    fixture.start();
    if (QTest::currentTestFailed())
        return;
    const OpenedSession session = fixture.openSession(m_clientKey);
    QVERIFY(!session.token().isEmpty());
    fixture.get(session, u"/v1/user"_s);
    fixture.client->registerDevice(session.installation, m_clientKey, "sandbox_"_ba + QByteArray(56, 'a'));

    QByteArray logText;
    for (const RequestLogEntry &entry : fixture.sandbox->requestLog().entriesAfter(0))
        logText += QJsonDocument(entry.toJson()).toJson();

    QVERIFY(!logText.isEmpty());
    QVERIFY(!logText.contains(session.apiKey));
    QVERIFY(!logText.contains(session.token()));
    QVERIFY(!logText.contains(session.installation.token));
    QVERIFY(!logText.contains(QByteArray(56, 'a')));
}

void TestSandboxState::stateFileRoundTrip()
{
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    const QString path = directory.filePath(u"sandbox-state.json"_s);
    SandboxOptions options;
    options.stateFile = path;
    options.serverKeyPolicy = ServerKeyPolicy::PerInstallation;
    options.spareServerKeys = 1; // not the default, so the fixture keeps per-installation keys

    OpenedSession opened;
    QString account;
    {
        SandboxFixture first;
        first.start(options);
        if (QTest::currentTestFailed())
            return;
        opened = first.openSession(m_clientKey);
        QVERIFY(!opened.token().isEmpty());
        account = SandboxFixture::accountPath(opened, first.firstAccountId(opened));
        QCOMPARE(first.send("POST"_ba, opened, account + u"/request-inquiry"_s,
                            sugarDaddyRequest(u"75.50"_s, u"kept"_s), false)
                     .status,
                 200);
        first.clock->advance(1);
        QCOMPARE(first.get(opened, account + u"/payment"_s).responseItems().size(), 1);
    }

    SandboxFixture second;
    second.start(options);
    if (QTest::currentTestFailed())
        return;
    second.clock->advance(60);

    // Sessions are not kept: the old token is unknown, so the error is not signed either.
    const RawReply oldSession = second.get(opened, u"/v1/user"_s);
    QCOMPARE(oldSession.status, 401);
    // The installation, its keys, the device and the API key are: a new session opens with
    // them, signed by the same server key as before.
    const RawReply session =
        second.client->requestSession(opened.installation, m_clientKey, opened.apiKey);
    QCOMPARE(session.status, 200);
    QVERIFY(opened.installation.serverKey.verify(session.body,
                                                 session.header("X-Bunq-Server-Signature"_ba)));
    const QJsonArray items = session.responseItems();
    QCOMPARE(items.at(2)[u"UserPerson"_s][u"id"_s].toInteger(), opened.userId);
    OpenedSession reopened = opened;
    reopened.session.token = items.at(1)[u"Token"_s][u"token"_s].toString().toLatin1();

    // So are the account, its balance and its payment.
    const RawReply accountReply = second.get(reopened, account);
    QCOMPARE(accountReply.status, 200);
    QCOMPARE(accountReply.responseItems().at(0)[u"MonetaryAccountBank"_s][u"balance"_s]
                                                                         [u"value"_s]
                 .toString(),
             u"75.50"_s);
    const RawReply payments = second.get(reopened, account + u"/payment"_s);
    QCOMPARE(descriptionsOf(payments), QStringList{u"kept"_s});

    // New ids continue after the restored ones.
    second.clock->advance(30); // past session-server's rate limit
    const OpenedSession newer = second.openSession(m_clientKey);
    QVERIFY(newer.userId > reopened.userId);
}

void TestSandboxState::stateFileIsOwnerOnly()
{
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    const QString path = directory.filePath(u"state.json"_s);
    writeFile(path, QByteArray()); // an empty file counts as no state yet
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                            QFileDevice::ReadGroup | QFileDevice::ReadOther));
    SandboxOptions options;
    options.stateFile = path;

    SandboxFixture fixture;
    fixture.start(options);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(!fixture.client->createSandboxUser().isEmpty());

    // ReadUser and WriteUser describe the running user, who owns the file.
    QCOMPARE(QFileInfo(path).permissions(),
             QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser |
                 QFileDevice::WriteUser);
    const QJsonObject saved = QJsonDocument::fromJson(readAll(path)).object();
    QCOMPARE(saved[u"format"_s].toString(), u"bunq-local-sandbox-state"_s);
    QCOMPARE(saved[u"version"_s].toInt(), 1);
    QCOMPARE(saved[u"users"_s].toArray().size(), 1);
    // Only the state file itself is in the folder: the temporary file was renamed onto it.
    QCOMPARE(QDir(directory.path()).entryList(QDir::Files), QStringList{u"state.json"_s});
}

void TestSandboxState::emptyOrMissingStateFile_data()
{
    QTest::addColumn<bool>("exists");

    QTest::newRow("missing file is created") << false;
    QTest::newRow("empty file is filled") << true;
}

void TestSandboxState::emptyOrMissingStateFile()
{
    QFETCH(bool, exists);

    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    const QString path = directory.filePath(u"state.json"_s);
    if (exists)
        writeFile(path, "\n"_ba);
    SandboxOptions options;
    options.stateFile = path;

    LocalSandbox sandbox(options);
    QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));

    QCOMPARE(QJsonDocument::fromJson(readAll(path)).object()[u"format"_s].toString(),
             u"bunq-local-sandbox-state"_s);
}

void TestSandboxState::unusableStateFile_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("expectedProblem");

    // A valid file to break in one place per row.
    const auto valid = [] {
        QJsonObject root{{u"format"_s, u"bunq-local-sandbox-state"_s},
                         {u"version"_s, 1},
                         {u"last_id"_s, 2},
                         {u"person_count"_s, 1},
                         {u"company_count"_s, 0}};
        for (const QString &list : {u"users"_s, u"api_keys"_s, u"installations"_s,
                                    u"device_servers"_s, u"monetary_accounts"_s, u"payments"_s,
                                    u"request_inquiries"_s})
            root.insert(list, QJsonArray());
        return root;
    };
    const QJsonObject account{{u"id"_s, 2},
                              {u"user_id"_s, 1},
                              {u"created"_s, u"2026-01-15T10:00:00.000Z"_s},
                              {u"iban"_s, u"NL00BUNQ0000000002"_s},
                              {u"description"_s, u"Main account"_s},
                              {u"balance_cents"_s, 0},
                              {u"public_uuid"_s, QUuid::createUuid().toString()}};
    QJsonObject dangling = valid();
    dangling.insert(u"monetary_accounts"_s, QJsonArray{account});
    QJsonObject idAboveLast = dangling;
    idAboveLast.insert(u"last_id"_s, 1);
    QJsonObject badTime = valid();
    QJsonObject badAccount = account;
    badAccount.insert(u"created"_s, u"yesterday"_s);
    badTime.insert(u"monetary_accounts"_s, QJsonArray{badAccount});
    QJsonObject badKey = valid();
    badKey.insert(u"installations"_s,
                  QJsonArray{QJsonObject{{u"id"_s, 1},
                                         {u"token_id"_s, 2},
                                         {u"token"_s, QString(64, u'a')},
                                         {u"created"_s, u"2026-01-15T10:00:00.000Z"_s},
                                         {u"client_public_key"_s, u"not a key"_s},
                                         {u"server_private_key"_s, u"not a key"_s}}});
    QJsonObject otherVersion = valid();
    otherVersion.insert(u"version"_s, 2);
    QJsonObject withoutUsers = valid();
    withoutUsers.remove(u"users"_s);

    const auto bytes = [](const QJsonObject &object) { return QJsonDocument(object).toJson(); };
    QTest::newRow("not JSON") << "{{{ sandbox"_ba << u"it is not JSON"_s;
    QTest::newRow("binary") << QByteArray("\x89PNG\r\n\x1a\n\0\0", 10) << u"it is not JSON"_s;
    QTest::newRow("JSON of another program")
        << R"({"api_key":"sandbox_x","environment_type":"SANDBOX"})"_ba
        << u"no \"format\": \"bunq-local-sandbox-state\" marker"_s;
    QTest::newRow("a JSON array") << "[1,2,3]"_ba
                                  << u"no \"format\": \"bunq-local-sandbox-state\" marker"_s;
    QTest::newRow("another version") << bytes(otherVersion) << u"its version is 2"_s;
    QTest::newRow("list missing") << bytes(withoutUsers) << u"users is missing or not a list"_s;
    QTest::newRow("account of no user")
        << bytes(dangling) << u"monetary_account 2 names a user that is not in the file"_s;
    QTest::newRow("id above last_id") << bytes(idAboveLast) << u"last_id is 1"_s;
    QTest::newRow("bad timestamp")
        << bytes(badTime) << u"monetary_accounts[0].created is not a UTC timestamp"_s;
    QTest::newRow("bad key PEM")
        << bytes(badKey) << u"installations[0].client_public_key is not a public key"_s;
}

void TestSandboxState::unusableStateFile()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, expectedProblem);

    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    const QString path = directory.filePath(u"state.json"_s);
    writeFile(path, content);
    const QDateTime modified = QFileInfo(path).lastModified();
    SandboxOptions options;
    options.stateFile = path;
    options.spareServerKeys = 0;

    LocalSandbox sandbox(options);
    const bool started = sandbox.start();

    QVERIFY(!started);
    QVERIFY(!sandbox.isListening());
    QVERIFY2(sandbox.errorString().contains(path), qPrintable(sandbox.errorString()));
    QVERIFY2(sandbox.errorString().contains(expectedProblem), qPrintable(sandbox.errorString()));
    QCOMPARE(readAll(path), content);
    QCOMPARE(QFileInfo(path).lastModified(), modified);
}

void TestSandboxState::unwritableStateFile()
{
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    SandboxOptions options;
    options.stateFile = directory.filePath(u"no-such-folder/state.json"_s);

    LocalSandbox sandbox(options);

    QVERIFY(!sandbox.start());
    QVERIFY2(sandbox.errorString().contains(u"cannot be written"_s),
             qPrintable(sandbox.errorString()));
}

void TestSandboxState::resetEmptiesStateFile()
{
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    const QString path = directory.filePath(u"state.json"_s);
    SandboxOptions options;
    options.stateFile = path;
    SandboxFixture fixture;
    fixture.start(options);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(!fixture.client->createSandboxUser().isEmpty());
    QCOMPARE(QJsonDocument::fromJson(readAll(path))[u"users"_s].toArray().size(), 1);

    fixture.sandbox->reset();

    const QJsonObject saved = QJsonDocument::fromJson(readAll(path)).object();
    QCOMPARE(saved[u"users"_s].toArray().size(), 0);
    QCOMPARE(saved[u"api_keys"_s].toArray().size(), 0);
    QVERIFY(saved[u"last_id"_s].toInteger() >= 2);
}

QTEST_GUILESS_MAIN(TestSandboxState)
#include "tst_sandbox_state.moc"
