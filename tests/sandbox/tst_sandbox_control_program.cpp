// SPDX-License-Identifier: GPL-3.0-or-later
// The bunq-local-sandbox program's --fault and --control-port options: the two lines it prints,
// faults armed from the command line, their log lines, and invalid values.

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

bool waitForExit(QProcess &process)
{
    if (process.state() == QProcess::NotRunning)
        return true;
    QSignalSpy finished(&process, &QProcess::finished);
    return finished.wait(timeoutMs);
}

} // namespace

class TestSandboxControlProgram : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void faultsAndControlFromOptions();
    void rejectsInvalidOptions_data();
    void rejectsInvalidOptions();
    void reportsControlPortInUse();
    void helpDescribesOptions();
};

void TestSandboxControlProgram::faultsAndControlFromOptions()
{
    QProcess process;
    process.setProgram(executable);
    process.setArguments({u"--control-port"_s, u"0"_s, u"--fault"_s,
                          u"500-no-response-id:POST sandbox-user-person:1"_s, u"--fault"_s,
                          u"429:POST sandbox-user-company"_s});
    process.start();
    QVERIFY2(process.waitForStarted(timeoutMs), qPrintable(process.errorString()));

    static const QRegularExpression apiLine(
        u"\\Abunq-local-sandbox listening on (http://127\\.0\\.0\\.1:\\d+/v1/)\\z"_s);
    static const QRegularExpression controlLine(
        u"\\Abunq-local-sandbox control interface on (http://127\\.0\\.0\\.1:\\d+/)\\z"_s);
    QTRY_VERIFY_WITH_TIMEOUT(process.canReadLine(), timeoutMs);
    const QString first = QString::fromUtf8(process.readLine()).trimmed();
    const QRegularExpressionMatch api = apiLine.match(first);
    QVERIFY2(api.hasMatch(), qPrintable(first));
    QTRY_VERIFY_WITH_TIMEOUT(process.canReadLine(), timeoutMs);
    const QString second = QString::fromUtf8(process.readLine()).trimmed();
    const QRegularExpressionMatch control = controlLine.match(second);
    QVERIFY2(control.hasMatch(), qPrintable(second));

    SandboxTestClient apiClient{QUrl(api.captured(1))};
    const RawReply faulted = apiClient.send("POST"_ba, u"/v1/sandbox-user-person"_s);
    QCOMPARE(faulted.status, 500);
    QVERIFY(!faulted.hasHeader("X-Bunq-Client-Response-Id"_ba));
    QCOMPARE(apiClient.send("POST"_ba, u"/v1/sandbox-user-person"_s).status, 200);
    QCOMPARE(apiClient.send("POST"_ba, u"/v1/sandbox-user-company"_s).status, 429);

    SandboxTestClient controlClient{QUrl(control.captured(1))};
    const RawReply faults = controlClient.send("GET"_ba, u"/faults"_s);
    QCOMPARE(faults.status, 200);
    const QJsonArray armed = faults.json().value(u"faults"_s).toArray();
    QCOMPARE(armed.size(), 1);
    QCOMPARE(armed.at(0)[u"endpoint"_s].toString(), u"POST sandbox-user-company"_s);
    QCOMPARE(armed.at(0)[u"applied"_s].toInt(), 1);

    process.terminate();
    QVERIFY(waitForExit(process));
    QCOMPARE(process.exitCode(), 0);
    QCOMPARE(process.readAllStandardOutput(), QByteArray());
    const QByteArray log = process.readAllStandardError();
    QVERIFY2(log.contains("Fault 1 armed: 500-no-response-id on POST sandbox-user-person, once"),
             log.constData());
    QVERIFY2(log.contains("Fault 1 (500-no-response-id) on POST /v1/sandbox-user-person: "
                          "replaced 200 with 500 \"Encountered unhandled exception.\" without "
                          "X-Bunq-Client-Response-Id"),
             log.constData());
    QVERIFY2(log.contains("Fault 2 (429) on POST /v1/sandbox-user-company"), log.constData());
}

void TestSandboxControlProgram::rejectsInvalidOptions_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("message");

    QTest::newRow("unknown fault kind")
        << QStringList{u"--fault"_s, u"boom:*"_s} << "--fault: Unknown fault kind \"boom\""_ba;
    QTest::newRow("fault without endpoint")
        << QStringList{u"--fault"_s, u"500"_s} << "kind[=delay_ms]:endpoint[:count]"_ba;
    QTest::newRow("slow without delay")
        << QStringList{u"--fault"_s, u"slow:*"_s} << "needs a delay in milliseconds"_ba;
    QTest::newRow("second fault invalid")
        << QStringList{u"--fault"_s, u"drop:*:1"_s, u"--fault"_s, u"500:*:never"_s}
        << "not \"never\""_ba;
    QTest::newRow("control port text")
        << QStringList{u"--control-port"_s, u"any"_s}
        << "--control-port must be a number from 0 to 65535, not \"any\""_ba;
    QTest::newRow("control port too large")
        << QStringList{u"--control-port"_s, u"70000"_s} << "--control-port must be"_ba;
}

void TestSandboxControlProgram::rejectsInvalidOptions()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, message);

    QProcess process;
    process.start(executable, arguments);
    QVERIFY(process.waitForStarted(timeoutMs));
    QVERIFY(waitForExit(process));
    QCOMPARE(process.exitCode(), 2);
    QCOMPARE(process.readAllStandardOutput(), QByteArray());
    const QByteArray errors = process.readAllStandardError();
    QVERIFY2(errors.contains(message), errors.constData());
}

void TestSandboxControlProgram::reportsControlPortInUse()
{
    QTcpServer occupier;
    QVERIFY(occupier.listen(QHostAddress(QHostAddress::LocalHost), 0));

    QProcess process;
    process.start(executable, {u"--control-port"_s, QString::number(occupier.serverPort())});
    QVERIFY(process.waitForStarted(timeoutMs));
    QVERIFY(waitForExit(process));
    QCOMPARE(process.exitCode(), 1);
    // Neither line is printed, so a script never reads a URL it cannot use.
    QCOMPARE(process.readAllStandardOutput(), QByteArray());
    QVERIFY(process.readAllStandardError().contains("control interface cannot listen"));
}

void TestSandboxControlProgram::helpDescribesOptions()
{
    QProcess process;
    process.start(executable, {u"--help"_s});
    QVERIFY(process.waitForStarted(timeoutMs));
    QVERIFY(waitForExit(process));
    const QString help = QString::fromUtf8(process.readAllStandardOutput()).simplified();
    QVERIFY2(help.contains(u"--control-port <N>"_s), qPrintable(help));
    QVERIFY(help.contains(u"--fault <SPEC>"_s));
    QVERIFY(help.contains(u"kind[=delay_ms]:endpoint[:count]"_s));
    QVERIFY(help.contains(u"delay in milliseconds"_s));
    QVERIFY(help.contains(u"lower-case-headers"_s));
}

QTEST_GUILESS_MAIN(TestSandboxControlProgram)
#include "tst_sandbox_control_program.moc"
