// SPDX-License-Identifier: GPL-3.0-or-later
#include "console/RequestHistory.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace studio;
using namespace studio::console;

class TestRequestHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void missingFileIsEmpty();
    void appendSavesAtOnce();
    void fileIsOwnerOnly();
    void roundTripsEveryField();
    void keepsBinaryBody();
    void dropsOldestBeyondMaximum();
    void searchesFields_data();
    void searchesFields();
    void corruptFileIsKept();
    void corruptFileIsMovedOnAppend();
    void wrongFormatIsCorrupt();
    void unwritableFolderIsReported();
    void clearEmptiesFile();
    void fromExchangeDropsHeaders();
    void fromExchangeTakesError();
    void redactsSecrets_data();
    void redactsSecrets();
    void defaultPathPerProfile();

private:
    QString historyPath() const { return m_dir->filePath(u"history/profile.json"_s); }
    static HistoryEntry sampleEntry(int n = 1);

    std::unique_ptr<QTemporaryDir> m_dir;
};

HistoryEntry TestRequestHistory::sampleEntry(int n)
{
    HistoryEntry entry;
    entry.sentAt = QDateTime(QDate(2026, 1, 15), QTime(10, 0, n % 60, 123), Qt::UTC);
    entry.method = "POST";
    entry.path = u"/v1/user/12/monetary-account/34/payment"_s;
    entry.body = R"({"amount":{"value":"1.00","currency":"EUR"},"description":"Café ☕ )"_ba +
                 QByteArray::number(n) + R"("})"_ba;
    entry.status = 200;
    entry.elapsedMs = 40 + n;
    entry.responseId = "d8a2b5c6-0000-4000-8000-" + QByteArray::number(100000000000 + n);
    return entry;
}

void TestRequestHistory::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestRequestHistory::missingFileIsEmpty()
{
    RequestHistory history(historyPath());
    const auto loaded = history.load();
    QVERIFY(loaded.ok());
    QCOMPARE(loaded.value(), 0);
    QVERIFY(history.entries().isEmpty());
    QVERIFY(!QFileInfo::exists(historyPath()));
}

void TestRequestHistory::appendSavesAtOnce()
{
    RequestHistory history(historyPath());
    QVERIFY(history.load().ok());
    const auto error = history.append(sampleEntry());
    QVERIFY2(!error, qPrintable(error.value_or(QString())));
    QVERIFY(QFileInfo::exists(historyPath()));

    RequestHistory reread(historyPath());
    const auto loaded = reread.load();
    QVERIFY(loaded.ok());
    QCOMPARE(loaded.value(), 1);
    QCOMPARE(reread.entries(), history.entries());
}

void TestRequestHistory::fileIsOwnerOnly()
{
    // The "User" bits mirror the owner's for the owner, so they are left out.
    const QFile::Permissions ownerGroupOther =
        QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup |
        QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther | QFile::WriteOther |
        QFile::ExeOther;

    RequestHistory history(historyPath());
    QVERIFY(!history.append(sampleEntry()));

    QCOMPARE(QFileInfo(historyPath()).permissions() & ownerGroupOther,
             QFile::ReadOwner | QFile::WriteOwner);
    const QFileInfo folder(QFileInfo(historyPath()).absolutePath());
    QCOMPARE(folder.permissions() & ownerGroupOther,
             QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

void TestRequestHistory::roundTripsEveryField()
{
    HistoryEntry failed = sampleEntry(2);
    failed.method = "GET";
    failed.body.clear();
    failed.status = 0;
    failed.responseId.clear();
    failed.errorSummary = u"Network error: Connection refused"_s;

    RequestHistory history(historyPath());
    QVERIFY(!history.append(sampleEntry(1)));
    QVERIFY(!history.append(failed));

    RequestHistory reread(historyPath());
    QVERIFY(reread.load().ok());
    QCOMPARE(reread.entries().size(), 2);
    QCOMPARE(reread.entries().at(0), sampleEntry(1));
    QCOMPARE(reread.entries().at(1), failed);
    QCOMPARE(reread.entries().at(0).sentAt.timeSpec(), Qt::UTC);
}

void TestRequestHistory::keepsBinaryBody()
{
    HistoryEntry entry = sampleEntry();
    entry.body = QByteArray("\x89PNG\r\n\x1a\n\xff\x00\x01", 11);

    RequestHistory history(historyPath());
    QVERIFY(!history.append(entry));
    RequestHistory reread(historyPath());
    QVERIFY(reread.load().ok());
    QCOMPARE(reread.entries().constFirst().body, entry.body);
}

void TestRequestHistory::dropsOldestBeyondMaximum()
{
    RequestHistory history(historyPath());
    for (int i = 1; i <= RequestHistory::maximumEntries + 3; ++i)
        QVERIFY(!history.append(sampleEntry(i)));

    QCOMPARE(history.entries().size(), RequestHistory::maximumEntries);
    QCOMPARE(history.entries().constFirst().elapsedMs, sampleEntry(4).elapsedMs);
    QCOMPARE(history.entries().constLast().elapsedMs,
             sampleEntry(RequestHistory::maximumEntries + 3).elapsedMs);

    RequestHistory reread(historyPath());
    QCOMPARE(reread.load().value(), RequestHistory::maximumEntries);
}

void TestRequestHistory::searchesFields_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("found");

    QTest::newRow("empty") << QString() << 3;
    QTest::newRow("method") << u"delete"_s << 1;
    QTest::newRow("path") << u"monetary-account/34"_s << 2;
    QTest::newRow("body non-ascii") << u"CAFÉ"_s << 2;
    QTest::newRow("status") << u"401"_s << 1;
    QTest::newRow("response id") << u"100000000002"_s << 1;
    QTest::newRow("error") << u"insufficient"_s << 1;
    QTest::newRow("nothing") << u"xyz"_s << 0;
}

void TestRequestHistory::searchesFields()
{
    QFETCH(QString, text);
    QFETCH(int, found);

    RequestHistory history(historyPath());
    QVERIFY(!history.append(sampleEntry(1)));
    QVERIFY(!history.append(sampleEntry(2)));
    HistoryEntry deleted;
    deleted.sentAt = QDateTime::currentDateTimeUtc();
    deleted.method = "DELETE";
    deleted.path = u"/v1/session/9"_s;
    deleted.status = 401;
    deleted.errorSummary = u"401 Insufficient authorisation."_s;
    QVERIFY(!history.append(deleted));

    QCOMPARE(history.search(text).size(), found);
}

void TestRequestHistory::corruptFileIsKept()
{
    QDir().mkpath(QFileInfo(historyPath()).absolutePath());
    QFile file(historyPath());
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"format\": \"bunq-session-studio-history\", \"entries\": [");
    file.close();
    const QByteArray before = "{\"format\": \"bunq-session-studio-history\", \"entries\": [";

    RequestHistory history(historyPath());
    const auto loaded = history.load();
    QVERIFY(!loaded.ok());
    QVERIFY2(loaded.error().contains(historyPath()), qPrintable(loaded.error()));
    QVERIFY2(loaded.error().contains(u"not JSON"_s), qPrintable(loaded.error()));
    QVERIFY2(loaded.error().contains(history.corruptFilePath()), qPrintable(loaded.error()));
    QCOMPARE(history.corruptFilePath(), historyPath() + u".corrupt"_s);

    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), before);
}

void TestRequestHistory::corruptFileIsMovedOnAppend()
{
    QDir().mkpath(QFileInfo(historyPath()).absolutePath());
    const QByteArray garbage = "not json at all";
    for (const QString &path : QStringList{historyPath(), historyPath() + u".corrupt"_s}) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(garbage);
    }

    RequestHistory history(historyPath());
    QVERIFY(!history.load().ok());
    // The first ".corrupt" name is taken, so the next free one is used.
    QCOMPARE(history.corruptFilePath(), historyPath() + u".corrupt-2"_s);

    QVERIFY(!history.append(sampleEntry()));
    QFile kept(historyPath() + u".corrupt-2"_s);
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), garbage);

    RequestHistory reread(historyPath());
    QCOMPARE(reread.load().value(), 1);
}

void TestRequestHistory::wrongFormatIsCorrupt()
{
    QDir().mkpath(QFileInfo(historyPath()).absolutePath());
    QFile file(historyPath());
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(
        R"({"format":"bunq-session-studio-history","version":1,"entries":[{"method":"GET"}]})");
    file.close();

    RequestHistory history(historyPath());
    const auto loaded = history.load();
    QVERIFY(!loaded.ok());
    QVERIFY2(loaded.error().contains(u"entry 1"_s), qPrintable(loaded.error()));
    QVERIFY(history.entries().isEmpty());
}

void TestRequestHistory::unwritableFolderIsReported()
{
    const QString blocker = m_dir->filePath(u"blocker"_s);
    QFile file(blocker);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();

    // A file where the folder should be makes creating the folder fail.
    RequestHistory history(blocker + u"/history.json"_s);
    const auto error = history.append(sampleEntry());
    QVERIFY(error.has_value());
    QVERIFY2(error->contains(blocker), qPrintable(*error));
    QCOMPARE(history.entries().size(), 1);
}

void TestRequestHistory::clearEmptiesFile()
{
    RequestHistory history(historyPath());
    QVERIFY(!history.append(sampleEntry()));
    QVERIFY(!history.clear());

    RequestHistory reread(historyPath());
    QCOMPARE(reread.load().value(), 0);
}

void TestRequestHistory::fromExchangeDropsHeaders()
{
    api::ApiExchange exchange;
    exchange.method = "POST";
    exchange.url = QUrl(u"http://127.0.0.1:4000/v1/device-server?x=1"_s);
    exchange.requestHeaders = {{"X-Bunq-Client-Authentication", QByteArray(64, 'a')}};
    exchange.requestBody =
        R"({"description":"laptop","secret":"sandbox_0123456789abcdef0123456789abcdef0123456789abcdef01234567"})"_ba;
    exchange.startedAt = QDateTime(QDate(2026, 1, 15), QTime(9, 0), Qt::UTC);
    exchange.elapsedMs = 12;
    exchange.status = 200;
    exchange.responseHeaders = {{"X-Bunq-Client-Response-Id", "resp-1"}};

    const HistoryEntry entry = RequestHistory::fromExchange(exchange, std::nullopt);
    QCOMPARE(entry.method, "POST"_ba);
    QCOMPARE(entry.path, u"/v1/device-server?x=1"_s);
    QCOMPARE(entry.sentAt, exchange.startedAt);
    QCOMPARE(entry.status, 200);
    QCOMPARE(entry.elapsedMs, 12);
    QCOMPARE(entry.responseId, "resp-1"_ba);
    QVERIFY(entry.errorSummary.isEmpty());
    QVERIFY(!entry.body.contains("0123456789abcdef0123456789abcdef"));
    QVERIFY(entry.body.contains("\"description\":\"laptop\""));

    RequestHistory history(historyPath());
    QVERIFY(!history.append(entry));
    QFile file(historyPath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray saved = file.readAll();
    QVERIFY(!saved.contains(QByteArray(64, 'a')));
    QVERIFY(!saved.contains("0123456789abcdef0123456789abcdef"));
}

void TestRequestHistory::fromExchangeTakesError()
{
    api::ApiExchange exchange;
    exchange.method = "GET";
    exchange.url = QUrl(u"http://127.0.0.1:4000/v1/user/1"_s);
    exchange.status = 404;

    api::ApiError error;
    error.kind = api::ApiError::Kind::Http;
    error.httpStatus = 404;
    error.descriptions = {u"User not found."_s};
    error.responseId = "resp-2";

    const HistoryEntry entry = RequestHistory::fromExchange(exchange, error);
    QCOMPARE(entry.errorSummary, error.summary());
    QVERIFY(entry.errorSummary.contains(u"User not found."_s));
    QCOMPARE(entry.responseId, "resp-2"_ba);
}

void TestRequestHistory::redactsSecrets_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("secret");
    QTest::addColumn<QByteArray>("kept");

    const QByteArray apiKey = "sandbox_0123456789abcdef0123456789abcdef0123456789abcdef01234567";
    QTest::newRow("secret field") << R"({"secret":")"_ba + apiKey + R"("})"_ba << apiKey.mid(12, 40)
                                  << "\"secret\""_ba;
    QTest::newRow("api key anywhere") << R"({"description":"key )"_ba + apiKey + R"("})"_ba
                                      << apiKey.mid(12, 40) << "key sandbox_"_ba;
    QTest::newRow("password") << R"({"password":"hunter2-and-more"})"_ba
                              << "hunter2"_ba
                              << "\"password\""_ba;
    QTest::newRow("client secret") << R"({"client_secret" : "abcdefghijklmnopqrstuvwxyz"})"_ba
                                   << "ghijklmnopqrstu"_ba
                                   << "\"client_secret\""_ba;
    QTest::newRow("access token") << R"({"access_token":"0123456789abcdefXYZ0123456789"})"_ba
                                  << "abcdefXYZ"_ba
                                  << "\"access_token\""_ba;
    QTest::newRow("private key pem")
        << "{\"key\":\"-----BEGIN PRIVATE KEY-----\\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\\n-----END PRIVATE KEY-----\\n\"}"_ba
        << "MIIEvQIBADANBgkq"_ba
        << "[private key removed]"_ba;
    QTest::newRow("rsa private key raw")
        << "-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEA\n-----END RSA PRIVATE KEY-----\n"_ba
        << "MIIEpAIBAAKCAQEA"_ba
        << "[private key removed]"_ba;
    QTest::newRow("public key kept")
        << R"({"client_public_key":"-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkq\n-----END PUBLIC KEY-----\n"})"_ba
        << QByteArray() << "MIIBIjANBgkq"_ba;
    QTest::newRow("binary with key")
        << "\x89PNG\xff sandbox_0123456789abcdef0123456789abcdef \xfe"_ba
        << "0123456789abcdef0123456789abcdef"_ba
        << "\x89PNG\xff [removed] \xfe"_ba;
    QTest::newRow("payment kept")
        << R"({"amount":{"value":"1.00","currency":"EUR"},"description":"Café ☕"})"_ba
        << QByteArray()
        << R"({"amount":{"value":"1.00","currency":"EUR"},"description":"Café ☕"})"_ba;
}

void TestRequestHistory::redactsSecrets()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, secret);
    QFETCH(QByteArray, kept);

    const QByteArray redacted = RequestHistory::redactBody(body);
    if (!secret.isEmpty())
        QVERIFY2(!redacted.contains(secret), redacted.constData());
    QVERIFY2(redacted.contains(kept), redacted.constData());
}

void TestRequestHistory::defaultPathPerProfile()
{
    QStandardPaths::setTestModeEnabled(true);
    const QString base = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);

    QCOMPARE(RequestHistory::defaultFilePath(u"work-sandbox"_s),
             base + u"/history/work-sandbox.json"_s);
    QCOMPARE(RequestHistory::defaultFilePath(u"../../etc/x"_s),
             base + u"/history/.._.._etc_x.json"_s);
    QCOMPARE(RequestHistory::defaultFilePath(u".."_s), base + u"/history/default.json"_s);
    QCOMPARE(RequestHistory::defaultFilePath(QString()), base + u"/history/default.json"_s);
}

QTEST_GUILESS_MAIN(TestRequestHistory)
#include "tst_requesthistory.moc"
