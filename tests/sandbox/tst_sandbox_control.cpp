// SPDX-License-Identifier: GPL-3.0-or-later
// The control interface over real HTTP: every route with good and bad input, JSON responses, its
// own loopback port that the /v1 routes cannot reach and that cannot reach them, and its
// start and stop through LocalSandbox and SandboxThread.

#include "LocalSandbox.h"
#include "SandboxTestClient.h"
#include "control/ControlServer.h"
#include "control/FaultSwitchboard.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace sandboxtest;
using studio::sandbox::ControlServer;
using studio::sandbox::FaultSwitchboard;
using studio::sandbox::LocalSandbox;
using studio::sandbox::SandboxOptions;
using studio::sandbox::SandboxThread;

namespace {

constexpr int timeoutMs = 10000;

SandboxOptions quickOptions()
{
    SandboxOptions options;
    options.spareServerKeys = 0;
    options.rateLimits = false;
    return options;
}

const Headers jsonContent{{"Content-Type"_ba, "application/json"_ba}};

QString errorText(const RawReply &reply)
{
    return reply.json().value(u"error"_s).toString();
}

} // namespace

class TestSandboxControl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void listensOnOwnLoopbackPort();
    void rootListsRoutes();
    void faultsRoundTrip();
    void armedFaultReachesApi();
    void disarmOneFault();
    void disarmRejects_data();
    void disarmRejects();
    void armRejects_data();
    void armRejects();
    void stateRoute();
    void logRoute();
    void logRejectsBadAfter_data();
    void logRejectsBadAfter();
    void resetRoute();
    void revokeRoute();
    void revokeRouteRejects_data();
    void revokeRouteRejects();
    void unknownRoute_data();
    void unknownRoute();
    void wrongMethod_data();
    void wrongMethod();
    void originRejected();
    void apiCannotReachControl_data();
    void apiCannotReachControl();
    void controlCannotReachApi();

    void rejectsNonLoopbackAddress();
    void servesOnIpv6Loopback();
    void reportsControlPortInUse();
    void stopClosesControl();
    void threadStartsControl();
    void threadWithoutControl();

private:
    RawReply control(const QByteArray &method, const QString &path, const QByteArray &body = {},
                     const Headers &headers = {});

    std::unique_ptr<LocalSandbox> m_sandbox;
    std::unique_ptr<SandboxTestClient> m_api;
    std::unique_ptr<SandboxTestClient> m_control;
};

void TestSandboxControl::initTestCase()
{
    QLoggingCategory::setFilterRules(u"studio.sandbox.info=false\nstudio.sandbox.warning=false"_s);
}

void TestSandboxControl::init()
{
    m_sandbox = std::make_unique<LocalSandbox>(quickOptions());
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
    QVERIFY2(m_sandbox->startControl(0), qPrintable(m_sandbox->errorString()));
    m_api = std::make_unique<SandboxTestClient>(m_sandbox->baseUrl());
    m_control = std::make_unique<SandboxTestClient>(m_sandbox->controlUrl());
}

void TestSandboxControl::cleanup()
{
    m_api.reset();
    m_control.reset();
    m_sandbox.reset();
}

RawReply TestSandboxControl::control(const QByteArray &method, const QString &path,
                                     const QByteArray &body, const Headers &headers)
{
    const RawReply reply = m_control->send(method, path, headers, body);
    // Every response of the control interface is JSON, errors included.
    QTest::qCompare(reply.header("Content-Type"_ba), "application/json"_ba,
                    "reply.header(\"Content-Type\")", "\"application/json\"", __FILE__, __LINE__);
    return reply;
}

void TestSandboxControl::listensOnOwnLoopbackPort()
{
    const QUrl url = m_sandbox->controlUrl();
    QCOMPARE(url.scheme(), u"http"_s);
    QCOMPARE(url.host(), u"127.0.0.1"_s);
    QCOMPARE(url.path(), u"/"_s);
    QVERIFY(url.port() > 0);
    QVERIFY(url.port() != m_sandbox->baseUrl().port());
    // Starting it twice keeps the first one.
    QVERIFY(m_sandbox->startControl(0));
    QCOMPARE(m_sandbox->controlUrl(), url);
}

void TestSandboxControl::rootListsRoutes()
{
    const RawReply reply = control("GET"_ba, u"/"_s);
    QCOMPARE(reply.status, 200);
    const QJsonArray routes = reply.json().value(u"routes"_s).toArray();
    QVERIFY(routes.contains(u"GET /state"_s));
    QVERIFY(routes.contains(u"GET /log?after=N"_s));
    QVERIFY(routes.contains(u"POST /faults"_s));
    QVERIFY(routes.contains(u"POST /reset"_s));
    QVERIFY(routes.contains(u"POST /api-keys/revoke"_s));
}

void TestSandboxControl::faultsRoundTrip()
{
    RawReply reply = control("GET"_ba, u"/faults"_s);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json().value(u"faults"_s).toArray(), QJsonArray());
    const QJsonArray kinds = reply.json().value(u"kinds"_s).toArray();
    QCOMPARE(kinds.size(), 10);
    QVERIFY(kinds.contains(u"500-no-response-id"_s));
    QVERIFY(kinds.contains(u"lower-case-headers"_s));

    reply = control("POST"_ba, u"/faults"_s,
                    R"({"kind":"slow","endpoint":"get user/*","count":3,"delay_ms":1500})"_ba,
                    jsonContent);
    QCOMPARE(reply.status, 200);
    const QJsonObject armed = reply.json();
    QVERIFY(armed.value(u"id"_s).toInteger() > 0);
    QCOMPARE(armed.value(u"kind"_s).toString(), u"slow"_s);
    QCOMPARE(armed.value(u"endpoint"_s).toString(), u"GET user/*"_s);
    QCOMPARE(armed.value(u"count"_s).toInt(), 3);
    QCOMPARE(armed.value(u"remaining"_s).toInt(), 3);
    QCOMPARE(armed.value(u"delay_ms"_s).toInt(), 1500);
    QCOMPARE(armed.value(u"applied"_s).toInt(), 0);
    QCOMPARE(armed.value(u"description"_s).toString(), u"slow 1500 ms on GET user/*, 3 times"_s);

    reply = control("POST"_ba, u"/faults"_s, R"({"kind":"drop","endpoint":"*","count":null})"_ba,
                    jsonContent);
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.json().value(u"count"_s).isNull());
    QVERIFY(reply.json().value(u"remaining"_s).isNull());
    QVERIFY(reply.json().value(u"delay_ms"_s).isNull());

    reply = control("GET"_ba, u"/faults"_s);
    const QJsonArray faults = reply.json().value(u"faults"_s).toArray();
    QCOMPARE(faults.size(), 2);
    QCOMPARE(faults.at(0).toObject(), armed);
    QCOMPARE(m_sandbox->faults().armedFaults().size(), 2);

    reply = control("DELETE"_ba, u"/faults"_s);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json().value(u"cleared"_s).toInt(), 2);
    QVERIFY(m_sandbox->faults().armedFaults().isEmpty());
}

void TestSandboxControl::armedFaultReachesApi()
{
    const RawReply armed = control(
        "POST"_ba, u"/faults/"_s,
        R"({"kind":"500","endpoint":"POST sandbox-user-person","count":1})"_ba, jsonContent);
    QCOMPARE(armed.status, 200);

    QCOMPARE(m_api->send("POST"_ba, u"/v1/sandbox-user-person"_s).status, 500);
    QCOMPARE(m_api->send("POST"_ba, u"/v1/sandbox-user-person"_s).status, 200);
    QCOMPARE(control("GET"_ba, u"/faults"_s).json().value(u"faults"_s).toArray(), QJsonArray());
}

void TestSandboxControl::disarmOneFault()
{
    const qint64 first =
        control("POST"_ba, u"/faults"_s, R"({"kind":"429","endpoint":"*"})"_ba, jsonContent)
            .json()
            .value(u"id"_s)
            .toInteger();
    control("POST"_ba, u"/faults"_s, R"({"kind":"491","endpoint":"*"})"_ba, jsonContent);

    const RawReply reply = control("DELETE"_ba, u"/faults/%1"_s.arg(first));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json().value(u"cleared"_s).toInt(), 1);
    const QJsonArray left = control("GET"_ba, u"/faults"_s).json().value(u"faults"_s).toArray();
    QCOMPARE(left.size(), 1);
    QCOMPARE(left.at(0)[u"kind"_s].toString(), u"491"_s);
}

void TestSandboxControl::disarmRejects_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("errorPart");

    QTest::newRow("unknown id") << u"/faults/999"_s << 404 << u"No armed fault has the id 999"_s;
    QTest::newRow("not a number") << u"/faults/first"_s << 400 << u"\"first\" is not a fault id"_s;
}

void TestSandboxControl::disarmRejects()
{
    QFETCH(QString, path);
    QFETCH(int, status);
    QFETCH(QString, errorPart);

    const RawReply reply = control("DELETE"_ba, path);
    QCOMPARE(reply.status, status);
    QVERIFY2(errorText(reply).contains(errorPart), qPrintable(errorText(reply)));
}

void TestSandboxControl::armRejects_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("errorPart");

    QTest::newRow("empty body") << QByteArray() << u"must be a JSON object"_s;
    QTest::newRow("not JSON") << "kind=500"_ba << u"must be a JSON object"_s;
    QTest::newRow("JSON array") << R"(["500"])"_ba << u"must be a JSON object"_s;
    QTest::newRow("kind missing") << R"({"endpoint":"*"})"_ba << u"\"kind\""_s;
    QTest::newRow("kind unknown") << R"({"kind":"418","endpoint":"*"})"_ba << u"\"kind\""_s;
    QTest::newRow("endpoint missing") << R"({"kind":"500"})"_ba << u"\"endpoint\""_s;
    QTest::newRow("endpoint invalid")
        << R"({"kind":"500","endpoint":"POST a b"})"_ba << u"\"endpoint\""_s;
    QTest::newRow("count negative")
        << R"({"kind":"500","endpoint":"*","count":-2})"_ba << u"\"count\""_s;
    QTest::newRow("slow without delay")
        << R"({"kind":"slow","endpoint":"*","count":1})"_ba << u"\"delay_ms\""_s;
    QTest::newRow("delay on 491") << R"({"kind":"491","endpoint":"*","delay_ms":5})"_ba
                                  << u"\"delay_ms\""_s;
    QTest::newRow("unknown field") << R"({"kind":"500","endpoint":"*","cnt":1})"_ba << u"\"cnt\""_s;
}

void TestSandboxControl::armRejects()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, errorPart);

    const RawReply reply = control("POST"_ba, u"/faults"_s, body, jsonContent);
    QCOMPARE(reply.status, 400);
    QVERIFY2(errorText(reply).contains(errorPart), qPrintable(errorText(reply)));
    QVERIFY(m_sandbox->faults().armedFaults().isEmpty());
}

void TestSandboxControl::stateRoute()
{
    m_api->createSandboxUser();
    const RawReply reply = control("GET"_ba, u"/state"_s);
    QCOMPARE(reply.status, 200);
    QVERIFY(!reply.json().isEmpty());
}

void TestSandboxControl::logRoute()
{
    m_api->send("POST"_ba, u"/v1/sandbox-user-person"_s);
    m_api->send("GET"_ba, u"/v1/user"_s);

    RawReply reply = control("GET"_ba, u"/log"_s);
    QCOMPARE(reply.status, 200);
    QJsonArray entries = reply.json().value(u"entries"_s).toArray();
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(0)[u"method"_s].toString(), u"POST"_s);
    QCOMPARE(entries.at(0)[u"path"_s].toString(), u"/v1/sandbox-user-person"_s);
    QCOMPARE(entries.at(0)[u"status"_s].toInt(), 200);
    QCOMPARE(entries.at(1)[u"status"_s].toInt(), 401);
    const qint64 last = reply.json().value(u"last_sequence"_s).toInteger();
    QCOMPARE(last, entries.at(1)[u"sequence"_s].toInteger());

    reply = control("GET"_ba, u"/log?after=%1"_s.arg(last));
    QCOMPARE(reply.json().value(u"entries"_s).toArray(), QJsonArray());
    QCOMPARE(reply.json().value(u"last_sequence"_s).toInteger(), last);

    control("POST"_ba, u"/faults"_s, R"({"kind":"429","endpoint":"*","count":1})"_ba, jsonContent);
    QCOMPARE(m_api->send("POST"_ba, u"/v1/sandbox-user-company"_s).status, 429);
    reply = control("GET"_ba, u"/log?after=%1"_s.arg(last));
    entries = reply.json().value(u"entries"_s).toArray();
    QCOMPARE(entries.size(), 1);
    QVERIFY2(entries.at(0)[u"fault"_s].toString().contains(u"replaced 200 with 429"_s),
             qPrintable(entries.at(0)[u"fault"_s].toString()));
}

void TestSandboxControl::logRejectsBadAfter_data()
{
    QTest::addColumn<QString>("after");

    QTest::newRow("text") << u"first"_s;
    QTest::newRow("negative") << u"-1"_s;
    QTest::newRow("fraction") << u"1.5"_s;
    QTest::newRow("empty") << QString();
}

void TestSandboxControl::logRejectsBadAfter()
{
    QFETCH(QString, after);

    const RawReply reply = control("GET"_ba, u"/log?after="_s + after);
    QCOMPARE(reply.status, 400);
    QVERIFY2(errorText(reply).contains(u"\"after\""_s), qPrintable(errorText(reply)));
}

void TestSandboxControl::resetRoute()
{
    m_api->createSandboxUser();
    control("POST"_ba, u"/faults"_s, R"({"kind":"429","endpoint":"GET user"})"_ba, jsonContent);

    const RawReply reply = control("POST"_ba, u"/reset"_s);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json().value(u"reset"_s).toBool(), true);
    // Faults are test set-up rather than sandbox data, so a reset keeps them.
    QCOMPARE(m_sandbox->faults().armedFaults().size(), 1);
}

void TestSandboxControl::revokeRoute()
{
    const QByteArray apiKey = m_api->createSandboxUser();
    QVERIFY(!apiKey.isEmpty());
    const QByteArray body = compactJson({{u"api_key"_s, QString::fromLatin1(apiKey)}});

    const RawReply reply = control("POST"_ba, u"/api-keys/revoke"_s, body, jsonContent);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json().value(u"revoked"_s).toBool(), true);
    QCOMPARE(reply.json().value(u"api_key"_s).toString().toLatin1(), apiKey);

    const QJsonArray keys = control("GET"_ba, u"/state"_s).json()[u"api_keys"_s].toArray();
    QCOMPARE(keys.size(), 1);
    QCOMPARE(keys.first()[u"revoked"_s].toBool(), true);
    QVERIFY(!keys.first()[u"revoked_at"_s].toString().isEmpty());

    // Revoking again is harmless.
    QCOMPARE(control("POST"_ba, u"/api-keys/revoke"_s, body, jsonContent).status, 200);
}

void TestSandboxControl::revokeRouteRejects_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("mention");

    QTest::newRow("no body") << QByteArray() << 400 << u"JSON object"_s;
    QTest::newRow("not JSON") << "api_key=sandbox_x"_ba << 400 << u"JSON object"_s;
    QTest::newRow("no api_key") << "{}"_ba << 400 << u"\"api_key\""_s;
    QTest::newRow("empty api_key") << R"({"api_key":""})"_ba << 400 << u"\"api_key\""_s;
    QTest::newRow("api_key not a string") << R"({"api_key":7})"_ba << 400 << u"\"api_key\""_s;
    QTest::newRow("unknown key")
        << QByteArray(R"({"api_key":"sandbox_)" + QByteArray(56, '0') + R"("})") << 404
        << u"no API key sandbox_...0000"_s;
}

void TestSandboxControl::revokeRouteRejects()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, mention);

    const RawReply reply = control("POST"_ba, u"/api-keys/revoke"_s, body, jsonContent);
    QCOMPARE(reply.status, status);
    QVERIFY2(errorText(reply).contains(mention), qPrintable(errorText(reply)));
}

void TestSandboxControl::unknownRoute_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");

    QTest::newRow("api path") << "POST"_ba << u"/v1/sandbox-user-person"_s;
    QTest::newRow("similar path") << "GET"_ba << u"/faultsx"_s;
    QTest::newRow("nested state") << "GET"_ba << u"/state/users"_s;
}

void TestSandboxControl::unknownRoute()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);

    const RawReply reply = control(method, path);
    QCOMPARE(reply.status, 404);
    QVERIFY2(errorText(reply).startsWith(u"No control route "_s), qPrintable(errorText(reply)));
    QVERIFY(errorText(reply).contains(u"POST /faults"_s));
}

void TestSandboxControl::wrongMethod_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("allowed");

    QTest::newRow("POST state") << "POST"_ba << u"/state"_s << "GET"_ba;
    QTest::newRow("DELETE log") << "DELETE"_ba << u"/log"_s << "GET"_ba;
    QTest::newRow("PUT faults") << "PUT"_ba << u"/faults"_s << "GET, POST, DELETE"_ba;
    QTest::newRow("GET one fault") << "GET"_ba << u"/faults/1"_s << "DELETE"_ba;
    QTest::newRow("GET reset") << "GET"_ba << u"/reset"_s << "POST"_ba;
    QTest::newRow("GET revoke") << "GET"_ba << u"/api-keys/revoke"_s << "POST"_ba;
    QTest::newRow("POST root") << "POST"_ba << u"/"_s << "GET"_ba;
}

void TestSandboxControl::wrongMethod()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, allowed);

    const RawReply reply = control(method, path);
    QCOMPARE(reply.status, 405);
    QCOMPARE(reply.header("Allow"_ba), allowed);
    QVERIFY(errorText(reply).contains(QString::fromLatin1(allowed)));
}

void TestSandboxControl::originRejected()
{
    const RawReply reply =
        control("POST"_ba, u"/reset"_s, {}, {{"Origin"_ba, "http://example.com"_ba}});
    QCOMPARE(reply.status, 403);
    QVERIFY(errorText(reply).contains(u"Origin"_s));
}

void TestSandboxControl::apiCannotReachControl_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");

    QTest::newRow("state") << "GET"_ba << u"/state"_s;
    QTest::newRow("faults") << "POST"_ba << u"/faults"_s;
    QTest::newRow("reset") << "POST"_ba << u"/reset"_s;
    QTest::newRow("faults under v1") << "POST"_ba << u"/v1/faults"_s;
}

void TestSandboxControl::apiCannotReachControl()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);

    const RawReply reply =
        m_api->send(method, path, jsonContent, R"({"kind":"500","endpoint":"*"})"_ba);
    QCOMPARE(reply.status, 404);
    QCOMPARE(reply.errorDescription(), u"Route not found."_s);
    QVERIFY(m_sandbox->faults().armedFaults().isEmpty());
}

void TestSandboxControl::controlCannotReachApi()
{
    const RawReply reply = control("POST"_ba, u"/v1/installation"_s);
    QCOMPARE(reply.status, 404);
    QVERIFY(!reply.hasHeader("X-Bunq-Client-Response-Id"_ba));
    QVERIFY(reply.json().value(u"Error"_s).isUndefined());
}

void TestSandboxControl::rejectsNonLoopbackAddress()
{
    FaultSwitchboard faults;
    ControlServer server(faults, {});
    const auto listening = server.listen(QHostAddress(u"192.0.2.10"_s), 0);
    QVERIFY(!listening.ok());
    QVERIFY2(listening.error().contains(u"loopback"_s), qPrintable(listening.error()));
    QVERIFY(!server.listen(QHostAddress(QHostAddress::Any), 0).ok());
}

void TestSandboxControl::servesOnIpv6Loopback()
{
    SandboxOptions options = quickOptions();
    options.address = QHostAddress(QHostAddress::LocalHostIPv6);
    LocalSandbox sandbox(options);
    if (!sandbox.start())
        QSKIP("This machine has no IPv6 loopback.");
    QVERIFY2(sandbox.startControl(0), qPrintable(sandbox.errorString()));
    QCOMPARE(sandbox.controlUrl().host(), u"::1"_s);
    QVERIFY(sandbox.controlUrl().toString().startsWith(u"http://[::1]:"_s));

    SandboxTestClient client(sandbox.controlUrl());
    QCOMPARE(client.send("GET"_ba, u"/faults"_s).status, 200);
}

void TestSandboxControl::reportsControlPortInUse()
{
    QTcpServer occupier;
    QVERIFY(occupier.listen(QHostAddress(QHostAddress::LocalHost), 0));

    LocalSandbox sandbox(quickOptions());
    QVERIFY(sandbox.start());
    QVERIFY(!sandbox.startControl(occupier.serverPort()));
    QVERIFY2(sandbox.errorString().contains(u"control interface"_s),
             qPrintable(sandbox.errorString()));
    QVERIFY(sandbox.controlUrl().isEmpty());
    // The API itself keeps serving.
    QVERIFY(sandbox.isListening());
}

void TestSandboxControl::stopClosesControl()
{
    const QUrl url = m_sandbox->controlUrl();
    m_sandbox->stop();
    QVERIFY(m_sandbox->controlUrl().isEmpty());

    QTcpSocket socket;
    QSignalSpy errors(&socket, &QTcpSocket::errorOccurred);
    socket.connectToHost(url.host(), static_cast<quint16>(url.port()));
    QVERIFY(errors.wait(timeoutMs));
    QCOMPARE(socket.error(), QAbstractSocket::ConnectionRefusedError);
}

void TestSandboxControl::threadStartsControl()
{
    SandboxThread thread(quickOptions());
    thread.enableControl(0);
    QSignalSpy started(&thread, &SandboxThread::started);
    thread.start();
    QVERIFY(started.wait(timeoutMs));

    const QUrl url = thread.controlUrl();
    QCOMPARE(url.host(), u"127.0.0.1"_s);
    QVERIFY(url.port() != thread.baseUrl().port());
    SandboxTestClient client(url);
    QCOMPARE(client
                 .send("POST"_ba, u"/faults"_s, jsonContent,
                       R"({"kind":"491","endpoint":"*","count":1})"_ba)
                 .status,
             200);
    SandboxTestClient api(thread.baseUrl());
    QCOMPARE(api.send("POST"_ba, u"/v1/sandbox-user-person"_s).status, 491);

    thread.stop();
    QVERIFY(thread.controlUrl().isEmpty());
}

void TestSandboxControl::threadWithoutControl()
{
    SandboxThread thread(quickOptions());
    QSignalSpy started(&thread, &SandboxThread::started);
    thread.start();
    QVERIFY(started.wait(timeoutMs));
    QVERIFY(thread.controlUrl().isEmpty());
}

QTEST_GUILESS_MAIN(TestSandboxControl)
#include "tst_sandbox_control.moc"
