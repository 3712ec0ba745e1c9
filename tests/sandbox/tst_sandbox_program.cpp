// SPDX-License-Identifier: GPL-3.0-or-later
// The bunq-local-sandbox program: the line it prints, one request, a clean stop on SIGTERM and
// its exit codes.

#include "SandboxTestClient.h"

#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sandboxtest;

namespace {

const QString executable = QStringLiteral(SANDBOX_EXECUTABLE);
constexpr int timeoutMs = 10000;

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
    QTest::newRow("stray argument") << QStringList{u"serve"_s} << 2 << u"unexpected argument"_s;
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

QTEST_GUILESS_MAIN(TestSandboxProgram)
#include "tst_sandbox_program.moc"
