// SPDX-License-Identifier: GPL-3.0-or-later
// The bunq-local-sandbox program: the line it prints, one request, a clean stop on SIGTERM, its
// exit codes, its options and a state file that survives a restart.

#include "SandboxTestClient.h"

#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QFile>
#include <QFileInfo>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sandboxtest;

namespace {

const QString executable = QStringLiteral(SANDBOX_EXECUTABLE);
constexpr int timeoutMs = 10000;

// Starts the program with arguments and returns the API root from its first line, or an empty
// URL when it printed none.
QUrl startSandbox(QProcess &process, const QStringList &arguments)
{
    process.setProgram(executable);
    process.setArguments(arguments);
    process.start();
    if (!process.waitForStarted(timeoutMs))
        return {};
    QSignalSpy output(&process, &QProcess::readyReadStandardOutput);
    while (!process.canReadLine() && process.state() != QProcess::NotRunning) {
        if (!output.wait(timeoutMs))
            return {};
    }
    const QString line = QString::fromUtf8(process.readLine()).trimmed();
    static const QRegularExpression format(u"listening on (http://\\S+/v1/)\\z"_s);
    return QUrl(format.match(line).captured(1));
}

// Waits for the process to end and returns whether it did.
bool waitForExit(QProcess &process)
{
    if (process.state() == QProcess::NotRunning)
        return true;
    QSignalSpy finished(&process, &QProcess::finished);
    return finished.wait(timeoutMs);
}

} // namespace

class TestSandboxProgram : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void servesUntilTerminated();
    void rejectsInvalidOptions_data();
    void rejectsInvalidOptions();
    void reportsPortInUse();
    void printsVersion();
    void stateSurvivesRestart();
    void unusableStateFileFails();
    void optionsReachTheSandbox();
};

void TestSandboxProgram::servesUntilTerminated()
{
    QProcess process;
    process.setProgram(executable);
    process.setArguments({u"--port"_s, u"0"_s});
    QSignalSpy lineReady(&process, &QProcess::readyReadStandardOutput);
    process.start();
    QVERIFY2(process.waitForStarted(timeoutMs), qPrintable(process.errorString()));

    QTRY_VERIFY_WITH_TIMEOUT(process.canReadLine(), timeoutMs);
    const QString line = QString::fromUtf8(process.readLine()).trimmed();
    static const QRegularExpression format(
        u"\\Abunq-local-sandbox listening on (http://127\\.0\\.0\\.1:\\d+/v1/)\\z"_s);
    const QRegularExpressionMatch match = format.match(line);
    QVERIFY2(match.hasMatch(), qPrintable(line));

    SandboxTestClient client(QUrl(match.captured(1)));
    const RawReply reply = client.send("POST"_ba, u"/v1/sandbox-user-person"_s);
    QCOMPARE(reply.status, 200);
    const QByteArray expectedStart = "{\"Response\":[{\"ApiKey\":{\"api_key\":\"sandbox_"_ba;
    QVERIFY(reply.body.startsWith(expectedStart));

    process.terminate(); // SIGTERM
    QVERIFY(waitForExit(process));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
    // Nothing but the one line goes to standard output.
    QCOMPARE(process.readAllStandardOutput(), QByteArray());
    // Requests are logged to standard error without the API key.
    const QByteArray log = process.readAllStandardError();
    QVERIFY2(log.contains("POST /v1/sandbox-user-person -> 200"), log.constData());
    const QByteArray apiKey = reply.body.mid(reply.body.indexOf("sandbox_"), 64);
    QVERIFY(!log.contains(apiKey));
}

void TestSandboxProgram::rejectsInvalidOptions_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("expectedExitCode");
    QTest::addColumn<QString>("expectedMessage");

    QTest::newRow("port out of range") << QStringList{u"--port"_s, u"70000"_s} << 2 << u"--port"_s;
    QTest::newRow("port not a number") << QStringList{u"--port"_s, u"http"_s} << 2 << u"--port"_s;
    QTest::newRow("address not an IP")
        << QStringList{u"--address"_s, u"sandbox.local"_s} << 2 << u"--address"_s;
    QTest::newRow("address not loopback")
        << QStringList{u"--address"_s, u"192.0.2.1"_s} << 1 << u"loopback"_s;
    QTest::newRow("dead-session status")
        << QStringList{u"--dead-session-status"_s, u"500"_s} << 2 << u"401 or 403"_s;
    QTest::newRow("session timeout zero")
        << QStringList{u"--session-timeout"_s, u"0"_s} << 2 << u"--session-timeout"_s;
    QTest::newRow("server-keys policy")
        << QStringList{u"--server-keys"_s, u"none"_s} << 2 << u"--server-keys"_s;
    QTest::newRow("unknown option") << QStringList{u"--bogus"_s} << 2 << u"bogus"_s;
    QTest::newRow("option value missing") << QStringList{u"--port"_s} << 2 << u"port"_s;
    QTest::newRow("stray argument") << QStringList{u"serve"_s} << 2 << u"unexpected argument"_s;
    QTest::newRow("session user kind")
        << QStringList{u"--session-user-kind"_s, u"robot"_s} << 2 << u"--session-user-kind"_s;
    QTest::newRow("key activation window zero")
        << QStringList{u"--key-activation-window"_s, u"0"_s} << 2
        << u"--key-activation-window"_s;
    QTest::newRow("extension window not a number")
        << QStringList{u"--extension-window"_s, u"soon"_s} << 2 << u"--extension-window"_s;
    QTest::newRow("both extension switches")
        << QStringList{u"--extend-sessions"_s, u"--no-extend-sessions"_s} << 2
        << u"contradict"_s;
}

void TestSandboxProgram::rejectsInvalidOptions()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, expectedExitCode);
    QFETCH(QString, expectedMessage);

    QProcess process;
    process.start(executable, arguments);
    QVERIFY(process.waitForStarted(timeoutMs));
    QVERIFY(waitForExit(process));

    QCOMPARE(process.exitCode(), expectedExitCode);
    QCOMPARE(process.readAllStandardOutput(), QByteArray());
    const QString errors = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(errors.contains(expectedMessage), qPrintable(errors));
}

void TestSandboxProgram::reportsPortInUse()
{
    QTcpServer occupant;
    QVERIFY(occupant.listen(QHostAddress::LocalHost));
    QProcess process;

    process.start(executable, {u"--port"_s, QString::number(occupant.serverPort())});
    QVERIFY(process.waitForStarted(timeoutMs));
    QVERIFY(waitForExit(process));

    QCOMPARE(process.exitCode(), 1);
    const QString errors = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(errors.contains(u"cannot listen"_s), qPrintable(errors));
}

void TestSandboxProgram::printsVersion()
{
    QProcess process;
    process.start(executable, {u"--version"_s});
    QVERIFY(process.waitForStarted(timeoutMs));
    QVERIFY(waitForExit(process));

    QCOMPARE(process.exitCode(), 0);
    QVERIFY(process.readAllStandardOutput().startsWith("bunq-local-sandbox "));
}

void TestSandboxProgram::stateSurvivesRestart()
{
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    const QString stateFile = directory.filePath(u"state.json"_s);
    auto clientKey = studio::crypto::RsaKeyPair::generate();
    QVERIFY(clientKey.ok());
    const QStringList arguments{u"--state"_s, stateFile, u"--server-keys"_s, u"shared"_s};

    // First run: a user, an installation and a device, then SIGTERM.
    QByteArray apiKey;
    InstallationInfo installation;
    {
        QProcess process;
        const QUrl baseUrl = startSandbox(process, arguments);
        QVERIFY2(baseUrl.isValid() && !baseUrl.isEmpty(),
                 process.readAllStandardError().constData());
        SandboxTestClient client(baseUrl);
        apiKey = client.createSandboxUser();
        installation = client.install(clientKey.value());
        QCOMPARE(client.registerDevice(installation, clientKey.value(), apiKey).status, 200);
        process.terminate();
        QVERIFY(waitForExit(process));
        QCOMPARE(process.exitCode(), 0);
    }
    QCOMPARE(QFileInfo(stateFile).permissions() &
                 (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup |
                  QFileDevice::WriteOther),
             QFileDevice::Permissions());

    // Second run on the same file: the installation token and API key still open a session,
    // and the server key is the one the first run sent.
    QProcess process;
    const QUrl baseUrl = startSandbox(process, arguments);
    QVERIFY2(!baseUrl.isEmpty(), process.readAllStandardError().constData());
    SandboxTestClient client(baseUrl);
    const RawReply session = client.requestSession(installation, clientKey.value(), apiKey);
    process.terminate();
    QVERIFY(waitForExit(process));

    QCOMPARE(session.status, 200);
    QVERIFY(installation.serverKey.verify(session.body,
                                          session.header("X-Bunq-Server-Signature"_ba)));
}

void TestSandboxProgram::unusableStateFileFails()
{
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    const QString stateFile = directory.filePath(u"state.json"_s);
    const QByteArray foreign = R"({"api_key":"sandbox_x","environment_type":"SANDBOX"})"_ba;
    {
        QFile file(stateFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(foreign);
    }

    QProcess process;
    process.start(executable, {u"--state"_s, stateFile});
    QVERIFY(process.waitForStarted(timeoutMs));
    QVERIFY(waitForExit(process));

    QCOMPARE(process.exitCode(), 1);
    QCOMPARE(process.readAllStandardOutput(), QByteArray());
    const QString errors = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(errors.contains(stateFile), qPrintable(errors));
    QVERIFY2(errors.contains(u"bunq-local-sandbox-state"_s), qPrintable(errors));
    QFile file(stateFile);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), foreign);
}

void TestSandboxProgram::optionsReachTheSandbox()
{
    QProcess process;
    const QUrl baseUrl = startSandbox(
        process, {u"--no-rate-limits"_s, u"--session-user-kind"_s, u"payment-service-provider"_s,
                  u"--server-keys"_s, u"shared"_s});
    QVERIFY2(!baseUrl.isEmpty(), process.readAllStandardError().constData());
    SandboxTestClient client(baseUrl);
    auto clientKey = studio::crypto::RsaKeyPair::generate();
    QVERIFY(clientKey.ok());

    // Without rate limits, six users in a row are fine.
    for (int i = 0; i < 6; ++i)
        QCOMPARE(client.send("POST"_ba, u"/v1/sandbox-user-company"_s).status, 200);
    const QByteArray apiKey = client.createSandboxUser(u"company"_s);
    const InstallationInfo installation = client.install(clientKey.value());
    const SessionInfo session = client.openSession(installation, clientKey.value(), apiKey);
    process.terminate();
    QVERIFY(waitForExit(process));

    QCOMPARE(session.userType, u"UserPaymentServiceProvider"_s);
}

QTEST_GUILESS_MAIN(TestSandboxProgram)
#include "tst_sandbox_program.moc"
