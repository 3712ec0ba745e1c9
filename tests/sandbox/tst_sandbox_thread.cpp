// SPDX-License-Identifier: GPL-3.0-or-later
// Starting and stopping the sandbox in-process: loopback-only listening, port conflicts and the
// SandboxThread that the app uses.

#include "LocalSandbox.h"
#include "SandboxTestClient.h"

#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sandboxtest;
using studio::sandbox::LocalSandbox;
using studio::sandbox::SandboxOptions;
using studio::sandbox::SandboxThread;

namespace {

// Nothing here creates an installation, so no spare server keys are generated in the
// background; that keeps the test from waiting for them at exit.
SandboxOptions quickOptions()
{
    SandboxOptions options;
    options.spareServerKeys = 0;
    return options;
}

} // namespace

class TestSandboxThread : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void servesOnLoopback_data();
    void servesOnLoopback();
    void rejectsNonLoopbackAddress_data();
    void rejectsNonLoopbackAddress();
    void reportsPortInUse();
    void stopClosesPort();

    void threadStartsAndStops();
    void threadReportsFailure();
    void threadStopIsIdempotent();
    void threadDestructorStops();
};

void TestSandboxThread::initTestCase()
{
    QLoggingCategory::setFilterRules(u"studio.sandbox.info=false\nstudio.sandbox.warning=false"_s);
}

void TestSandboxThread::servesOnLoopback_data()
{
    QTest::addColumn<QHostAddress>("address");
    QTest::addColumn<QString>("expectedHost");

    QTest::newRow("IPv4 loopback") << QHostAddress(QHostAddress::LocalHost) << u"127.0.0.1"_s;
    QTest::newRow("other IPv4 loopback") << QHostAddress(u"127.0.0.2"_s) << u"127.0.0.2"_s;
    QTest::newRow("IPv6 loopback") << QHostAddress(QHostAddress::LocalHostIPv6) << u"::1"_s;
}

void TestSandboxThread::servesOnLoopback()
{
    QFETCH(QHostAddress, address);
    QFETCH(QString, expectedHost);

    QTcpServer probe;
    if (!probe.listen(address))
        QSKIP("This machine cannot listen on that loopback address");
    probe.close();

    SandboxOptions options = quickOptions();
    options.address = address;
    LocalSandbox sandbox(options);

    QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
    QVERIFY(sandbox.isListening());
    const QUrl baseUrl = sandbox.baseUrl();
    QCOMPARE(baseUrl.scheme(), u"http"_s);
    QCOMPARE(baseUrl.host(), expectedHost);
    QVERIFY(baseUrl.port() > 0);
    QCOMPARE(baseUrl.path(), u"/v1/"_s);

    SandboxTestClient client(baseUrl);
    const RawReply reply = client.send("POST"_ba, u"/v1/sandbox-user-person"_s);
    QCOMPARE(reply.status, 200);
}

void TestSandboxThread::rejectsNonLoopbackAddress_data()
{
    QTest::addColumn<QHostAddress>("address");

    QTest::newRow("any IPv4") << QHostAddress(QHostAddress::AnyIPv4);
    QTest::newRow("any") << QHostAddress(QHostAddress::Any);
    QTest::newRow("documentation address") << QHostAddress(u"192.0.2.1"_s);
    QTest::newRow("null address") << QHostAddress();
}

void TestSandboxThread::rejectsNonLoopbackAddress()
{
    QFETCH(QHostAddress, address);

    SandboxOptions options = quickOptions();
    options.address = address;
    LocalSandbox sandbox(options);

    QVERIFY(!sandbox.start());
    QVERIFY(!sandbox.isListening());
    QVERIFY(sandbox.baseUrl().isEmpty());
    QVERIFY2(sandbox.errorString().contains(u"loopback"_s), qPrintable(sandbox.errorString()));
}

void TestSandboxThread::reportsPortInUse()
{
    LocalSandbox first(quickOptions());
    QVERIFY(first.start());
    SandboxOptions options = quickOptions();
    options.port = static_cast<quint16>(first.baseUrl().port());
    LocalSandbox second(options);

    QVERIFY(!second.start());
    QVERIFY2(second.errorString().contains(QString::number(options.port)),
             qPrintable(second.errorString()));
}

void TestSandboxThread::stopClosesPort()
{
    LocalSandbox sandbox(quickOptions());
    QVERIFY(sandbox.start());
    const QUrl baseUrl = sandbox.baseUrl();

    sandbox.stop();

    QVERIFY(!sandbox.isListening());
    SandboxTestClient client(baseUrl);
    QVERIFY(!client.send("POST"_ba, u"/v1/sandbox-user-person"_s).completed);
}

void TestSandboxThread::threadStartsAndStops()
{
    SandboxThread thread(quickOptions());
    QSignalSpy started(&thread, &SandboxThread::started);
    QSignalSpy failed(&thread, &SandboxThread::failed);

    thread.start();

    QVERIFY(started.wait(10000));
    QCOMPARE(failed.count(), 0);
    const QUrl baseUrl = started.at(0).at(0).toUrl();
    QCOMPARE(thread.baseUrl(), baseUrl);
    QCOMPARE(baseUrl.host(), u"127.0.0.1"_s);
    SandboxTestClient client(baseUrl);
    QCOMPARE(client.send("POST"_ba, u"/v1/sandbox-user-person"_s).status, 200);

    thread.stop();

    QVERIFY(thread.baseUrl().isEmpty());
    QVERIFY(!client.send("POST"_ba, u"/v1/sandbox-user-person"_s).completed);
}

void TestSandboxThread::threadReportsFailure()
{
    SandboxOptions options = quickOptions();
    options.address = QHostAddress(u"192.0.2.1"_s);
    SandboxThread thread(options);
    QSignalSpy started(&thread, &SandboxThread::started);
    QSignalSpy failed(&thread, &SandboxThread::failed);

    thread.start();

    QVERIFY(failed.wait(10000));
    QCOMPARE(started.count(), 0);
    QVERIFY(failed.at(0).at(0).toString().contains(u"loopback"_s));
    QVERIFY(thread.baseUrl().isEmpty());
}

void TestSandboxThread::threadStopIsIdempotent()
{
    SandboxThread thread(quickOptions());
    QSignalSpy started(&thread, &SandboxThread::started);
    thread.stop(); // before start

    thread.start();
    QVERIFY(started.wait(10000));
    thread.stop();
    thread.stop();

    // It can be started again after a stop.
    thread.start();
    QVERIFY(started.wait(10000));
    QCOMPARE(started.count(), 2);
}

void TestSandboxThread::threadDestructorStops()
{
    QUrl baseUrl;
    {
        SandboxThread thread(quickOptions());
        QSignalSpy started(&thread, &SandboxThread::started);
        thread.start();
        QVERIFY(started.wait(10000));
        baseUrl = thread.baseUrl();
    }

    SandboxTestClient client(baseUrl);
    QVERIFY(!client.send("POST"_ba, u"/v1/sandbox-user-person"_s).completed);
}

QTEST_GUILESS_MAIN(TestSandboxThread)
#include "tst_sandbox_thread.moc"
