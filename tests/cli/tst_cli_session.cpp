// SPDX-License-Identifier: GPL-3.0-or-later
// bunq-session against a bunq-local-sandbox program: the whole session life (create user, open,
// check, send, reopen, close), its JSON output, masked secrets and the failures it reports.

#include "CliTestSupport.h"
#include "crypto/RsaKeyPair.h"
#include "storage/ContextFile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace clitest;

namespace {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// True when only the owner may read or write the file, as for every secret bunq-session writes.
bool isOwnerOnly(const QString &path)
{
    const QFile::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup |
                                      QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
    const QFile::Permissions permissions = QFile::permissions(path);
    return (permissions & others) == 0 && (permissions & QFile::ReadOwner) &&
           (permissions & QFile::WriteOwner);
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// Reads a context file as bunq's SDKs would, for the secrets the output must not show.
studio::onboarding::SessionContext readContext(const QString &path)
{
    const auto imported = studio::storage::readContextFile(readFile(path), path);
    return imported ? imported.value().context : studio::onboarding::SessionContext{};
}

} // namespace

class TestCliSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void sessionLifecycle();
    void openWithStdinAndKeyFile();
    void sendSignsBody();
    void contextImportExportRoundTrip();
    void wrongServerKeyExitsFour();
    void unreachableServerExitsOne();
    void apiErrorExitsOne();
    void reopenWithinRateLimit();
    // Last, so that it covers the output of every run before it.
    void secretsShownOnlyWhenAsked();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QStringList base() const { return {u"--base-url"_s, m_sandbox->baseUrl().toString()}; }
    // Creates a user and opens a session into the context file name; returns its path.
    QString openSession(const QString &name);
    // Keeps a run's output for the check that no secret was printed.
    RunResult keep(const RunResult &result);

    QTemporaryDir m_dir;
    std::unique_ptr<SandboxProcess> m_sandbox;
    QByteArray m_allOutput;
    QList<QByteArray> m_secrets;
};

void TestCliSession::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // Rate limits off: reopen follows open within a second, and session-server allows one call
    // per 30 seconds.
    m_sandbox = std::make_unique<SandboxProcess>(QStringList{u"--no-rate-limits"_s});
    QVERIFY2(!m_sandbox->baseUrl().isEmpty(), qPrintable(m_sandbox->errorText()));
}

void TestCliSession::cleanupTestCase()
{
    m_sandbox.reset();
}

RunResult TestCliSession::keep(const RunResult &result)
{
    m_allOutput += result.everything();
    return result;
}

QString TestCliSession::openSession(const QString &name)
{
    const QString keyFile = path(name + u".key"_s);
    const RunResult created = keep(runCli(QStringList{u"create-sandbox-user"_s} + base() +
                                          QStringList{u"--output-api-key-file"_s, keyFile}));
    if (created.exitCode != 0)
        qWarning().noquote() << created.describe();

    const QString contextFile = path(name);
    const RunResult opened = keep(runCli(
        QStringList{u"open"_s, u"--api-key-file"_s, keyFile, u"--output-context"_s, contextFile} +
        base()));
    if (opened.exitCode != 0)
        qWarning().noquote() << opened.describe();

    const auto context = readContext(contextFile);
    m_secrets << context.apiKey << context.installationToken << context.sessionToken;
    return contextFile;
}

void TestCliSession::sessionLifecycle()
{
    // create-sandbox-user
    const QString keyFile = path(u"life.key"_s);
    const RunResult created = keep(runCli(
        QStringList{u"create-sandbox-user"_s, u"--json"_s, u"--output-api-key-file"_s, keyFile} +
        base()));
    QVERIFY2(created.exitCode == 0, created.describe());
    const QByteArray apiKey = readFile(keyFile).trimmed();
    QVERIFY(apiKey.startsWith("sandbox_"));
    QVERIFY(isOwnerOnly(keyFile));
    QCOMPARE(created.json().value(u"ok"_s), QJsonValue(true));
    QCOMPARE(created.json().value(u"user_kind"_s).toString(), u"person"_s);
    QVERIFY(created.json().value(u"api_key"_s).toString().contains(u'…'));
    m_secrets << apiKey;

    // open
    const QString contextFile = path(u"life.conf"_s);
    const RunResult opened = keep(runCli(QStringList{u"open"_s, u"--json"_s, u"--api-key-file"_s,
                                                     keyFile, u"--output-context"_s, contextFile,
                                                     u"--device-description"_s, u"cli test"_s} +
                                         base()));
    QVERIFY2(opened.exitCode == 0, opened.describe());
    const QJsonObject openJson = opened.json();
    QCOMPARE(openJson.value(u"ok"_s), QJsonValue(true));
    QCOMPARE(openJson.value(u"has_session"_s), QJsonValue(true));
    QCOMPARE(openJson.value(u"environment"_s).toString(), u"local-sandbox"_s);
    QCOMPARE(openJson.value(u"device_description"_s).toString(), u"cli test"_s);
    QVERIFY(openJson.value(u"user"_s).toObject().value(u"id"_s).toInteger() > 0);
    QVERIFY(QDateTime::fromString(openJson.value(u"expiry"_s).toString(), Qt::ISODate) >
            QDateTime::currentDateTimeUtc());
    QCOMPARE(openJson.value(u"expiry_source"_s).toString(), u"server"_s);
    const QJsonObject timings = openJson.value(u"timings_ms"_s).toObject();
    for (const QString &step :
         {u"key_pair"_s, u"installation"_s, u"device_server"_s, u"session_server"_s, u"total"_s}) {
        QVERIFY2(timings.contains(step), qPrintable(step));
    }
    QVERIFY2(opened.standardError.contains("[4/4] POST /v1/session-server: HTTP 200"),
             opened.standardError.constData());
    QVERIFY(isOwnerOnly(contextFile));

    const auto first = readContext(contextFile);
    QCOMPARE(first.apiKey, apiKey);
    QVERIFY(first.hasSession());
    m_secrets << first.installationToken << first.sessionToken;
    const qint64 userId = openJson.value(u"user"_s).toObject().value(u"id"_s).toInteger();

    // check: alive
    const RunResult alive = keep(runCli({u"check"_s, u"--json"_s, u"--context"_s, contextFile}));
    QVERIFY2(alive.exitCode == 0, alive.describe());
    QCOMPARE(alive.json().value(u"alive"_s), QJsonValue(true));
    QCOMPARE(alive.json().value(u"user"_s).toObject().value(u"id"_s).toInteger(), userId);
    QCOMPARE(alive.json().value(u"expiry_source"_s).toString(), u"context_file"_s);

    // send GET /v1/user: the verified body
    const RunResult user =
        keep(runCli({u"send"_s, u"GET"_s, u"/v1/user"_s, u"--context"_s, contextFile}));
    QVERIFY2(user.exitCode == 0, user.describe());
    const QJsonArray items =
        QJsonDocument::fromJson(user.standardOutput).object().value(u"Response"_s).toArray();
    QCOMPARE(items.size(), 1);
    QCOMPARE(items.first().toObject().value(u"UserPerson"_s).toObject().value(u"id"_s).toInteger(),
             userId);
    QVERIFY(user.standardError.contains("GET /v1/user: HTTP 200"));
    QVERIFY(user.standardError.contains("server signature valid"));

    // reopen: a new session token on the same installation
    const RunResult reopened =
        keep(runCli({u"reopen"_s, u"--json"_s, u"--context"_s, contextFile}));
    QVERIFY2(reopened.exitCode == 0, reopened.describe());
    const auto second = readContext(contextFile);
    QVERIFY(second.hasSession());
    QVERIFY(second.sessionToken != first.sessionToken);
    QCOMPARE(second.installationToken, first.installationToken);
    m_secrets << second.sessionToken;
    QVERIFY(reopened.standardError.contains("DELETE /v1/session/0: HTTP 200"));

    // The replaced session ended on the server.
    const QString staleCopy = path(u"life-stale.conf"_s);
    QVERIFY(QFile::copy(contextFile, staleCopy));
    {
        QByteArray stale = readFile(staleCopy);
        stale.replace(second.sessionToken, first.sessionToken);
        QVERIFY(writeFile(staleCopy, stale));
    }
    const RunResult staleCheck = keep(runCli({u"check"_s, u"--json"_s, u"--context"_s, staleCopy}));
    QCOMPARE(staleCheck.exitCode, 5);
    QCOMPARE(staleCheck.json().value(u"alive"_s), QJsonValue(false));

    // close, then check reports dead
    const QString beforeClose = path(u"life-before-close.conf"_s);
    QVERIFY(QFile::copy(contextFile, beforeClose));
    const RunResult closed = keep(runCli({u"close"_s, u"--json"_s, u"--context"_s, contextFile}));
    QVERIFY2(closed.exitCode == 0, closed.describe());
    QCOMPARE(closed.json().value(u"closed"_s), QJsonValue(true));
    QVERIFY(!readContext(contextFile).hasSession());

    const RunResult afterClose = keep(runCli({u"check"_s, u"--context"_s, contextFile}));
    QCOMPARE(afterClose.exitCode, 5);
    QVERIFY2(afterClose.standardError.contains("contains no session"), afterClose.describe());

    const RunResult dead = keep(runCli({u"check"_s, u"--json"_s, u"--context"_s, beforeClose}));
    QVERIFY2(dead.exitCode == 5, dead.describe());
    QCOMPARE(dead.json().value(u"ok"_s), QJsonValue(false));
    QCOMPARE(dead.json().value(u"alive"_s), QJsonValue(false));
    QCOMPARE(dead.json().value(u"http_status"_s).toInt(), 401);
    QVERIFY(dead.json().value(u"reason"_s).toString().contains(u"Insufficient authorisation."_s));

    // Closing a session that has ended already is not an error.
    const RunResult closedAgain = keep(runCli({u"close"_s, u"--context"_s, beforeClose}));
    QVERIFY2(closedAgain.exitCode == 0, closedAgain.describe());
    QVERIFY(closedAgain.standardOutput.contains("had already ended"));
}

void TestCliSession::secretsShownOnlyWhenAsked()
{
    const QString contextFile = openSession(u"secrets.conf"_s);
    const auto context = readContext(contextFile);
    QVERIFY(context.hasSession());

    // Text and JSON of every command that reports a session.
    keep(runCli({u"check"_s, u"--context"_s, contextFile}));
    keep(runCli({u"check"_s, u"--json"_s, u"--context"_s, contextFile}));
    keep(runCli({u"send"_s, u"GET"_s, u"user"_s, u"--json"_s, u"--context"_s, contextFile}));
    keep(runCli(
        {u"export"_s, u"--context"_s, contextFile, u"--output"_s, path(u"secrets-export.conf"_s)}));

    const QByteArray privateKeyBody = context.clientKey.privateKeyPem().split('\n').value(1);
    QVERIFY(!privateKeyBody.isEmpty());
    QVERIFY(!m_allOutput.isEmpty());
    for (const QByteArray &secret : std::as_const(m_secrets)) {
        QVERIFY(!secret.isEmpty());
        QVERIFY2(!m_allOutput.contains(secret), "a secret was printed without --show-secrets");
    }
    QVERIFY(!m_allOutput.contains(privateKeyBody));

    // The control: --show-secrets prints them.
    const RunResult shown =
        runCli({u"check"_s, u"--json"_s, u"--show-secrets"_s, u"--context"_s, contextFile});
    QVERIFY2(shown.exitCode == 0, shown.describe());
    QCOMPARE(shown.json().value(u"api_key"_s).toString().toUtf8(), context.apiKey);
    QCOMPARE(shown.json().value(u"session_token"_s).toString().toUtf8(), context.sessionToken);
}

void TestCliSession::openWithStdinAndKeyFile()
{
    const QString keyFile = path(u"stdin.key"_s);
    const RunResult created = keep(runCli(
        QStringList{u"create-sandbox-user"_s, u"--output-api-key-file"_s, keyFile} + base()));
    QVERIFY2(created.exitCode == 0, created.describe());

    const auto clientKey = studio::crypto::RsaKeyPair::generate(2048);
    QVERIFY(clientKey.ok());
    const QString privateKeyFile = path(u"client-key.pem"_s);
    QVERIFY(writeFile(privateKeyFile, clientKey.value().privateKeyPem()));

    const QString contextFile = path(u"stdin.conf"_s);
    const RunResult opened =
        keep(runCli(QStringList{u"open"_s, u"--api-key-stdin"_s, u"--private-key-file"_s,
                                privateKeyFile, u"--output-context"_s, contextFile, u"--json"_s} +
                        base(),
                    readFile(keyFile)));
    QVERIFY2(opened.exitCode == 0, opened.describe());
    QVERIFY(opened.standardError.contains("[1/4] RSA-2048 key pair: read from the file"));
    QVERIFY(!opened.json().value(u"timings_ms"_s).toObject().contains(u"key_pair"_s));

    const auto context = readContext(contextFile);
    QCOMPARE(context.apiKey, readFile(keyFile).trimmed());
    QCOMPARE(context.clientKey.privateKeyPem(), clientKey.value().privateKeyPem());
    m_secrets << context.apiKey << context.installationToken << context.sessionToken;
}

void TestCliSession::sendSignsBody()
{
    const QString contextFile = openSession(u"body.conf"_s);
    const auto context = readContext(contextFile);
    const RunResult accounts =
        keep(runCli({u"send"_s, u"GET"_s, u"user/%1/monetary-account"_s.arg(context.user.id),
                     u"--context"_s, contextFile}));
    QVERIFY2(accounts.exitCode == 0, accounts.describe());
    const qint64 accountId = QJsonDocument::fromJson(accounts.standardOutput)
                                 .object()
                                 .value(u"Response"_s)[0][u"MonetaryAccountBank"_s][u"id"_s]
                                 .toInteger();
    QVERIFY(accountId > 0);

    const QByteArray body =
        R"({"amount_inquired":{"value":"10.00","currency":"EUR"},)"
        R"("counterparty_alias":{"type":"EMAIL","value":"sugardaddy@bunq.com"},)"
        R"("description":"cli test","allow_bunqme":false})";
    const QString bodyFile = path(u"inquiry.json"_s);
    QVERIFY(writeFile(bodyFile, body));
    const QString inquiryPath =
        u"user/%1/monetary-account/%2/request-inquiry"_s.arg(context.user.id).arg(accountId);

    const RunResult fromFile = keep(runCli({u"send"_s, u"POST"_s, inquiryPath, u"--body-file"_s,
                                            bodyFile, u"--json"_s, u"--context"_s, contextFile}));
    QVERIFY2(fromFile.exitCode == 0, fromFile.describe());
    QCOMPARE(fromFile.json().value(u"server_signature"_s).toString(), u"valid"_s);
    QVERIFY(fromFile.json()[u"response"_s][u"Response"_s][0][u"Id"_s][u"id"_s].toInteger() > 0);

    const RunResult inlineBody =
        keep(runCli({u"send"_s, u"post"_s, inquiryPath, u"--body"_s, QString::fromUtf8(body),
                     u"--context"_s, contextFile}));
    QVERIFY2(inlineBody.exitCode == 0, inlineBody.describe());

    // A payment needs a valid body signature; with no money it fails on the balance instead,
    // which shows that the signature passed.
    const RunResult payment = keep(runCli(
        {u"send"_s, u"POST"_s,
         u"user/%1/monetary-account/%2/payment"_s.arg(context.user.id).arg(accountId), u"--body"_s,
         uR"({"amount":{"value":"9999.00","currency":"EUR"},"counterparty_alias":{"type":"EMAIL","value":"sugardaddy@bunq.com"},"description":"too much"})"_s,
         u"--context"_s, contextFile}));
    QCOMPARE(payment.exitCode, 1);
    QVERIFY2(payment.standardError.contains("Insufficient funds"), payment.describe());
}

void TestCliSession::contextImportExportRoundTrip()
{
    const QString contextFile = openSession(u"roundtrip.conf"_s);
    const auto original = readContext(contextFile);
    QVERIFY(original.hasSession());

    // Export writes an SDK file without the local sandbox key being needed to read it.
    const QString exported = path(u"roundtrip-export.conf"_s);
    const RunResult exportRun = keep(
        runCli({u"export"_s, u"--context"_s, contextFile, u"--output"_s, exported, u"--json"_s}));
    QVERIFY2(exportRun.exitCode == 0, exportRun.describe());
    QVERIFY(exportRun.standardError.contains("grants full access"));
    QVERIFY(isOwnerOnly(exported));
    QCOMPARE(exportRun.json().value(u"exported_to"_s).toString(), exported);

    // Export refuses to replace a file unless --force.
    const RunResult again =
        keep(runCli({u"export"_s, u"--context"_s, contextFile, u"--output"_s, exported}));
    QCOMPARE(again.exitCode, 3);
    QVERIFY(again.standardError.contains("--force"));

    // Import normalises the file into another context file.
    const QString imported = path(u"roundtrip-import.conf"_s);
    const RunResult importRun =
        keep(runCli({u"import"_s, exported, u"--output-context"_s, imported, u"--json"_s}));
    QVERIFY2(importRun.exitCode == 0, importRun.describe());
    QVERIFY(!importRun.json().value(u"findings"_s).toArray().isEmpty());

    const auto roundTripped = readContext(imported);
    QCOMPARE(roundTripped.apiKey, original.apiKey);
    QCOMPARE(roundTripped.installationToken, original.installationToken);
    QCOMPARE(roundTripped.sessionToken, original.sessionToken);
    QCOMPARE(roundTripped.clientKey.privateKeyPem(), original.clientKey.privateKeyPem());
    QCOMPARE(roundTripped.serverPublicKey.toPem(), original.serverPublicKey.toPem());
    QCOMPARE(roundTripped.user.id, original.user.id);

    // The imported file still reaches the local sandbox and its session is alive.
    const RunResult check = keep(runCli({u"check"_s, u"--context"_s, imported}));
    QVERIFY2(check.exitCode == 0, check.describe());
}

void TestCliSession::wrongServerKeyExitsFour()
{
    const QString contextFile = openSession(u"wrongkey.conf"_s);
    const auto context = readContext(contextFile);

    // The client's own public key in place of the server's: the sandbox's signatures cannot
    // verify with it.
    QByteArray bytes = readFile(contextFile);
    const QByteArray serverPem = context.serverPublicKey.toPem();
    const QByteArray clientPem = context.clientKey.publicKey().toPem();
    const auto escape = [](QByteArray pem) {
        return pem.replace("\n", "\\n");
    };
    QVERIFY(bytes.contains(escape(serverPem)));
    bytes.replace(escape(serverPem), escape(clientPem));
    QVERIFY(writeFile(contextFile, bytes));

    const RunResult sent =
        keep(runCli({u"send"_s, u"GET"_s, u"user"_s, u"--json"_s, u"--context"_s, contextFile}));
    QCOMPARE(sent.exitCode, 4);
    QCOMPARE(sent.json().value(u"server_signature"_s).toString(), u"invalid"_s);
    QVERIFY(!sent.json().contains(u"response"_s));
    QVERIFY(!sent.standardOutput.contains("UserPerson"));

    const RunResult checked = keep(runCli({u"check"_s, u"--context"_s, contextFile}));
    QCOMPARE(checked.exitCode, 4);
}

void TestCliSession::unreachableServerExitsOne()
{
    const QString contextFile = openSession(u"unreachable.conf"_s);

    // A port that was free a moment ago: nothing listens there.
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    const quint16 port = server.serverPort();
    server.close();

    const RunResult checked =
        keep(runCli({u"check"_s, u"--context"_s, contextFile, u"--json"_s, u"--base-url"_s,
                     u"http://127.0.0.1:%1/v1/"_s.arg(port)}));
    QCOMPARE(checked.exitCode, 1);
    QCOMPARE(checked.json().value(u"kind"_s).toString(), u"network"_s);
}

void TestCliSession::apiErrorExitsOne()
{
    const QString contextFile = openSession(u"apierror.conf"_s);
    const RunResult notFound = keep(
        runCli({u"send"_s, u"GET"_s, u"user/999999"_s, u"--json"_s, u"--context"_s, contextFile}));
    QCOMPARE(notFound.exitCode, 1);
    QCOMPARE(notFound.json().value(u"http_status"_s).toInt(), 404);
    QCOMPARE(notFound.json().value(u"bunq_errors"_s).toArray().first().toString(),
             u"User not found."_s);
    QVERIFY(notFound.standardError.contains("GET /v1/user/999999 failed: HTTP 404"));

    // The API key of another environment is caught before anything is sent.
    const QString keyFile = path(u"production.key"_s);
    QVERIFY(writeFile(keyFile, QByteArray(64, 'a') + '\n'));
    const RunResult wrongKey =
        keep(runCli(QStringList{u"open"_s, u"--api-key-file"_s, keyFile, u"--output-context"_s,
                                path(u"never.conf"_s)} +
                    base()));
    QCOMPARE(wrongKey.exitCode, 2);
    QVERIFY(wrongKey.standardError.contains("sandbox_"));
    QVERIFY(!QFile::exists(path(u"never.conf"_s)));
}

void TestCliSession::reopenWithinRateLimit()
{
    // A sandbox with bunq's rate limits: one session-server call per 30 seconds.
    SandboxProcess limited;
    QVERIFY2(!limited.baseUrl().isEmpty(), qPrintable(limited.errorText()));
    const QStringList limitedBase{u"--base-url"_s, limited.baseUrl().toString()};

    const QString contextFile = path(u"limited.conf"_s);
    const RunResult created = keep(runCli(
        QStringList{u"create-sandbox-user"_s, u"--output-context"_s, contextFile} + limitedBase));
    QVERIFY2(created.exitCode == 0, created.describe());

    // reopen ends the old session first, so after the 429 the file must not offer it.
    const RunResult reopened =
        keep(runCli({u"reopen"_s, u"--json"_s, u"--context"_s, contextFile}));
    QVERIFY2(reopened.exitCode == 1, reopened.describe());
    QCOMPARE(reopened.json().value(u"http_status"_s).toInt(), 429);
    QVERIFY2(reopened.standardError.contains("30 seconds"), reopened.describe());
    QVERIFY2(reopened.standardError.contains("reopen\" again"), reopened.describe());
    QVERIFY(!readContext(contextFile).hasSession());
    QVERIFY(readContext(contextFile).hasInstallation());
    m_secrets << readContext(contextFile).apiKey << readContext(contextFile).installationToken;
}

QTEST_GUILESS_MAIN(TestCliSession)
#include "tst_cli_session.moc"
