// SPDX-License-Identifier: GPL-3.0-or-later
// bunq-session with profiles: a session saved as a profile in its own folder, its secrets in
// the passphrase-encrypted file, used by every command, imported and exported.

#include "CliTestSupport.h"
#include "storage/ContextFile.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
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

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

studio::onboarding::SessionContext readContext(const QString &path)
{
    const auto imported = studio::storage::readContextFile(readFile(path), path);
    return imported ? imported.value().context : studio::onboarding::SessionContext{};
}

} // namespace

class TestCliProfiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void profileLifecycle();
    void passphraseFromEnvironment();
    void importExportRoundTrip();
    void profileErrors();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QStringList base() const { return {u"--base-url"_s, m_sandbox->baseUrl().toString()}; }
    QStringList profileOptions() const
    {
        return {u"--profile-dir"_s, path(u"profiles"_s), u"--passphrase-file"_s,
                path(u"passphrase.txt"_s)};
    }
    QString newApiKeyFile(const QString &name);

    QTemporaryDir m_dir;
    std::unique_ptr<SandboxProcess> m_sandbox;
};

void TestCliProfiles::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(writeFile(path(u"passphrase.txt"_s), "correct horse battery staple\n"));
    QVERIFY(writeFile(path(u"wrong-passphrase.txt"_s), "incorrect horse\n"));
    m_sandbox = std::make_unique<SandboxProcess>(QStringList{u"--no-rate-limits"_s});
    QVERIFY2(!m_sandbox->baseUrl().isEmpty(), qPrintable(m_sandbox->errorText()));
}

void TestCliProfiles::cleanupTestCase()
{
    m_sandbox.reset();
}

QString TestCliProfiles::newApiKeyFile(const QString &name)
{
    const QString keyFile = path(name);
    const RunResult created =
        runCli(QStringList{u"create-sandbox-user"_s, u"--output-api-key-file"_s, keyFile} + base());
    if (created.exitCode != 0)
        qWarning().noquote() << created.describe();
    return keyFile;
}

void TestCliProfiles::profileLifecycle()
{
    const QString keyFile = newApiKeyFile(u"life.key"_s);
    const QByteArray apiKey = readFile(keyFile).trimmed();

    const RunResult opened = runCli(QStringList{u"open"_s, u"--json"_s, u"--api-key-file"_s,
                                                keyFile, u"--save-profile"_s, u"life"_s} +
                                    base() + profileOptions());
    QVERIFY2(opened.exitCode == 0, opened.describe());
    QCOMPARE(opened.json().value(u"saved_to"_s).toString(), u"profile \"life\""_s);
    const qint64 sessionId = opened.json().value(u"session_id"_s).toInteger();
    QVERIFY(sessionId > 0);

    // The profile file contains no secret, and the secrets file is encrypted.
    const QStringList profileFiles =
        QDir(path(u"profiles"_s)).entryList({u"*.json"_s}, QDir::Files);
    QCOMPARE(profileFiles.size(), 1);
    const QByteArray profileFile = readFile(path(u"profiles/"_s) + profileFiles.first());
    QVERIFY(!profileFile.isEmpty());
    QVERIFY(!profileFile.contains(apiKey));
    QVERIFY(QFile::exists(path(u"profiles/secrets.enc"_s)));
    QVERIFY(!readFile(path(u"profiles/secrets.enc"_s)).contains(apiKey));

    // A profile stores the session id, and it reaches the local sandbox without --base-url.
    const RunResult alive =
        runCli(QStringList{u"check"_s, u"--json"_s, u"--profile"_s, u"life"_s} + profileOptions());
    QVERIFY2(alive.exitCode == 0, alive.describe());
    QCOMPARE(alive.json().value(u"alive"_s), QJsonValue(true));
    QCOMPARE(alive.json().value(u"session_id"_s).toInteger(), sessionId);
    QCOMPARE(alive.json().value(u"expiry_source"_s).toString(), u"server"_s);

    const RunResult user = runCli(
        QStringList{u"send"_s, u"GET"_s, u"user"_s, u"--profile"_s, u"life"_s} + profileOptions());
    QVERIFY2(user.exitCode == 0, user.describe());
    QVERIFY(user.standardOutput.contains("\"UserPerson\""));

    const RunResult reopened =
        runCli(QStringList{u"reopen"_s, u"--json"_s, u"--profile"_s, u"life"_s} + profileOptions());
    QVERIFY2(reopened.exitCode == 0, reopened.describe());
    QVERIFY2(reopened.standardError.contains(
                 QByteArray("DELETE /v1/session/" + QByteArray::number(sessionId) + ": HTTP 200")),
             reopened.describe());
    QVERIFY(reopened.json().value(u"session_id"_s).toInteger() != sessionId);

    const RunResult closed =
        runCli(QStringList{u"close"_s, u"--json"_s, u"--profile"_s, u"life"_s} + profileOptions());
    QVERIFY2(closed.exitCode == 0, closed.describe());
    QCOMPARE(closed.json().value(u"closed"_s), QJsonValue(true));

    const RunResult dead =
        runCli(QStringList{u"check"_s, u"--profile"_s, u"life"_s} + profileOptions());
    QCOMPARE(dead.exitCode, 5);

    // The installation stays: reopen starts a session again.
    const RunResult again =
        runCli(QStringList{u"reopen"_s, u"--profile"_s, u"life"_s} + profileOptions());
    QVERIFY2(again.exitCode == 0, again.describe());
    QVERIFY(!again.everything().contains(apiKey));
}

void TestCliProfiles::passphraseFromEnvironment()
{
    const QString keyFile = newApiKeyFile(u"environment.key"_s);
    QProcessEnvironment environment;
    environment.insert(u"BUNQ_SESSION_PASSPHRASE"_s, u"another passphrase"_s);
    const QStringList folder{u"--profile-dir"_s, path(u"environment-profiles"_s)};

    const RunResult opened = runCli(QStringList{u"open"_s, u"--api-key-file"_s, keyFile,
                                                u"--save-profile"_s, u"from environment"_s} +
                                        base() + folder,
                                    {}, environment);
    QVERIFY2(opened.exitCode == 0, opened.describe());

    const RunResult alive = runCli(
        QStringList{u"check"_s, u"--profile"_s, u"from environment"_s} + folder, {}, environment);
    QVERIFY2(alive.exitCode == 0, alive.describe());

    // Without the passphrase the secrets stay locked, and the message names the ways to give it.
    const RunResult locked =
        runCli(QStringList{u"check"_s, u"--profile"_s, u"from environment"_s} + folder);
    QCOMPARE(locked.exitCode, 3);
    QVERIFY2(locked.standardError.contains("BUNQ_SESSION_PASSPHRASE"), locked.describe());
}

void TestCliProfiles::importExportRoundTrip()
{
    const QString keyFile = newApiKeyFile(u"roundtrip.key"_s);
    const QString contextFile = path(u"roundtrip.conf"_s);
    const RunResult opened = runCli(
        QStringList{u"open"_s, u"--api-key-file"_s, keyFile, u"--output-context"_s, contextFile} +
        base());
    QVERIFY2(opened.exitCode == 0, opened.describe());
    const auto original = readContext(contextFile);

    const RunResult imported = runCli(
        QStringList{u"import"_s, contextFile, u"--save-profile"_s, u"imported"_s, u"--json"_s} +
        profileOptions());
    QVERIFY2(imported.exitCode == 0, imported.describe());
    QCOMPARE(imported.json().value(u"environment"_s).toString(), u"local-sandbox"_s);

    const RunResult alive =
        runCli(QStringList{u"check"_s, u"--profile"_s, u"imported"_s} + profileOptions());
    QVERIFY2(alive.exitCode == 0, alive.describe());

    const QString exported = path(u"roundtrip-export.conf"_s);
    const RunResult exportRun =
        runCli(QStringList{u"export"_s, u"--profile"_s, u"imported"_s, u"--output"_s, exported} +
               profileOptions());
    QVERIFY2(exportRun.exitCode == 0, exportRun.describe());
    QVERIFY(exportRun.standardError.contains("grants full access"));

    const auto roundTripped = readContext(exported);
    QCOMPARE(roundTripped.apiKey, original.apiKey);
    QCOMPARE(roundTripped.installationToken, original.installationToken);
    QCOMPARE(roundTripped.sessionToken, original.sessionToken);
    QCOMPARE(roundTripped.clientKey.privateKeyPem(), original.clientKey.privateKeyPem());
    QCOMPARE(roundTripped.serverPublicKey.toPem(), original.serverPublicKey.toPem());
    QCOMPARE(roundTripped.user.id, original.user.id);

    // The exported file is a working context file.
    const RunResult check = runCli({u"check"_s, u"--context"_s, exported});
    QVERIFY2(check.exitCode == 0, check.describe());
}

void TestCliProfiles::profileErrors()
{
    const RunResult missing =
        runCli(QStringList{u"check"_s, u"--profile"_s, u"nobody"_s} + profileOptions());
    QCOMPARE(missing.exitCode, 3);
    QVERIFY2(missing.standardError.contains("\"nobody\""), missing.describe());

    // "life" exists from profileLifecycle.
    const QString keyFile = newApiKeyFile(u"errors.key"_s);
    const RunResult taken = runCli(
        QStringList{u"open"_s, u"--api-key-file"_s, keyFile, u"--save-profile"_s, u"life"_s} +
        base() + profileOptions());
    QCOMPARE(taken.exitCode, 3);
    QVERIFY2(taken.standardError.contains("--force"), taken.describe());

    const RunResult wrongPassphrase =
        runCli({u"check"_s, u"--profile"_s, u"life"_s, u"--profile-dir"_s, path(u"profiles"_s),
                u"--passphrase-file"_s, path(u"wrong-passphrase.txt"_s)});
    QCOMPARE(wrongPassphrase.exitCode, 3);
    QVERIFY2(wrongPassphrase.standardError.contains("profile \"life\""),
             wrongPassphrase.describe());
}

QTEST_GUILESS_MAIN(TestCliProfiles)
#include "tst_cli_profiles.moc"
