// SPDX-License-Identifier: GPL-3.0-or-later
// The fault switchboard as a client sees it: every fault kind over real HTTP with its exact
// status, texts and headers, counted and open-ended faults, endpoint matching, and the --fault
// syntax.

#include "LocalSandbox.h"
#include "SandboxTestClient.h"
#include "control/FaultSpec.h"
#include "control/FaultSwitchboard.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace Qt::StringLiterals;
using namespace sandboxtest;
using studio::crypto::RsaKeyPair;
using studio::sandbox::EndpointPattern;
using studio::sandbox::FaultKind;
using studio::sandbox::FaultSpec;
using studio::sandbox::LocalSandbox;
using studio::sandbox::SandboxOptions;
using studio::sandbox::ServerKeyPolicy;

namespace {

constexpr int timeoutMs = 10000;

const QString personPath = u"/v1/sandbox-user-person"_s;
const QString companyPath = u"/v1/sandbox-user-company"_s;

// What a raw TCP exchange produced: every byte received and whether the server closed.
struct WireCapture
{
    QByteArray bytes;
    bool closedByServer = false;
};

// Sends bytes on a fresh connection and collects everything until the server closes it.
WireCapture exchangeRaw(const QUrl &baseUrl, const QByteArray &requestBytes)
{
    QTcpSocket socket;
    WireCapture capture;
    QObject::connect(&socket, &QTcpSocket::readyRead, &socket,
                     [&] { capture.bytes += socket.readAll(); });
    QSignalSpy connected(&socket, &QTcpSocket::connected);
    QSignalSpy disconnected(&socket, &QTcpSocket::disconnected);

    socket.connectToHost(baseUrl.host(), static_cast<quint16>(baseUrl.port()));
    if (!connected.wait(timeoutMs))
        return capture;
    socket.write(requestBytes);
    capture.closedByServer = disconnected.wait(timeoutMs);
    capture.bytes += socket.readAll();
    return capture;
}

QByteArray personRequestBytes(const QByteArray &extraHeaders = {})
{
    return "POST /v1/sandbox-user-person HTTP/1.1\r\nHost: 127.0.0.1\r\n"_ba + extraHeaders +
           "Content-Length: 0\r\nConnection: close\r\n\r\n"_ba;
}

QList<QByteArray> headerNames(const QByteArray &rawResponse)
{
    QList<QByteArray> names;
    const QList<QByteArray> lines = rawResponse.left(rawResponse.indexOf("\r\n\r\n")).split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i)
        names.append(lines.at(i).left(lines.at(i).indexOf(':')));
    return names;
}

FaultSpec spec(const QString &text)
{
    const auto parsed = FaultSpec::parse(text);
    if (!parsed)
        qFatal("invalid fault in the test: %s", qPrintable(parsed.error()));
    return parsed.value();
}

} // namespace

class TestSandboxFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void statusFaults_data();
    void statusFaults();
    void statusFaultDropsSignature();
    void countedFaultEnds();
    void faultUntilCleared();
    void oldestMatchingFaultFirst();
    void endpointOverHttp();
    void slowFaultDelays();
    void slowFaultKeepsServing();
    void dropClosesWithoutBytes();
    void truncatedBody();
    void missingSignature();
    void tamperedSignature();
    void tamperedSignatureOnUnsigned();
    void lowerCaseHeaderNames();
    void faultIsLogged();

    void endpointMatching_data();
    void endpointMatching();
    void invalidEndpoint_data();
    void invalidEndpoint();
    void specSyntax_data();
    void specSyntax();
    void invalidSpec_data();
    void invalidSpec();
    void specFromJson_data();
    void specFromJson();
    void invalidJsonSpec_data();
    void invalidJsonSpec();

private:
    void arm(const QString &text) { m_sandbox->faults().arm(spec(text)); }
    InstallationInfo installWithoutChecks(RawReply *rawReply);

    RsaKeyPair m_clientKey;
    std::unique_ptr<LocalSandbox> m_sandbox;
    std::unique_ptr<SandboxTestClient> m_client;
};

void TestSandboxFaults::initTestCase()
{
    QLoggingCategory::setFilterRules(u"studio.sandbox.info=false"_s);
    auto key = RsaKeyPair::generate();
    QVERIFY(key.ok());
    m_clientKey = key.value();
}

void TestSandboxFaults::init()
{
    SandboxOptions options;
    // One shared server key keeps installations fast; the limits would turn the many quick
    // requests here into 429s that no fault caused.
    options.serverKeyPolicy = ServerKeyPolicy::Shared;
    options.spareServerKeys = 0;
    options.rateLimits = false;
    m_sandbox = std::make_unique<LocalSandbox>(options);
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
    m_client = std::make_unique<SandboxTestClient>(m_sandbox->baseUrl());
}

void TestSandboxFaults::cleanup()
{
    m_client.reset();
    m_sandbox.reset();
}

InstallationInfo TestSandboxFaults::installWithoutChecks(RawReply *rawReply)
{
    const QByteArray body = compactJson(
        {{u"client_public_key"_s, QString::fromLatin1(m_clientKey.publicKey().toPem())}});
    *rawReply = m_client->send("POST"_ba, u"/v1/installation"_s,
                               {{"Content-Type"_ba, "application/json"_ba}}, body);
    InstallationInfo info;
    const QJsonArray items = rawReply->responseItems();
    info.token = items.at(1)[u"Token"_s][u"token"_s].toString().toLatin1();
    const auto serverKey = studio::crypto::RsaPublicKey::fromPem(
        items.at(2)[u"ServerPublicKey"_s][u"server_public_key"_s].toString().toLatin1());
    if (serverKey)
        info.serverKey = serverKey.value();
    return info;
}

void TestSandboxFaults::statusFaults_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<QByteArray>("language");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("reason");
    QTest::addColumn<QString>("description");
    QTest::addColumn<QString>("translated");
    QTest::addColumn<bool>("hasResponseId");

    const QString unhandled = u"Encountered unhandled exception."_s;
    const QString unhandledDutch = u"Er is een onafgehandelde uitzondering opgetreden."_s;
    const QString maintenance = u"bunq is in maintenance. Please try again later."_s;
    const QString maintenanceDutch = u"bunq is in onderhoud. Probeer het later opnieuw."_s;
    const QString tooMany =
        u"Too many requests. You can do a maximum of 3 calls per 3 seconds to this endpoint."_s;
    const QString tooManyDutch =
        u"Te veel verzoeken. Je kunt maximaal 3 verzoeken per 3 seconden naar dit endpoint doen."_s;

    QTest::newRow("500 with response id")
        << u"500:*:1"_s << "en_US"_ba << 500 << "Internal Server Error"_ba << unhandled << unhandled
        << true;
    QTest::newRow("500 in Dutch") << u"500:*:1"_s << "nl_NL"_ba << 500 << "Internal Server Error"_ba
                                  << unhandled << unhandledDutch << true;
    QTest::newRow("500 without response id")
        << u"500-no-response-id:*:1"_s << "en_US"_ba << 500 << "Internal Server Error"_ba
        << unhandled << unhandled << false;
    QTest::newRow("491 maintenance") << u"491:*:1"_s << "en_US"_ba << 491 << "Maintenance Error"_ba
                                     << maintenance << maintenance << true;
    QTest::newRow("491 in Dutch") << u"491:*:1"_s << "nl_NL"_ba << 491 << "Maintenance Error"_ba
                                  << maintenance << maintenanceDutch << true;
    QTest::newRow("429 rate limited") << u"429:*:1"_s << "en_US"_ba << 429 << "Too Many Requests"_ba
                                      << tooMany << tooMany << true;
    QTest::newRow("429 in Dutch") << u"429:*:1"_s << "nl_NL"_ba << 429 << "Too Many Requests"_ba
                                  << tooMany << tooManyDutch << true;
}

void TestSandboxFaults::statusFaults()
{
    QFETCH(QString, fault);
    QFETCH(QByteArray, language);
    QFETCH(int, status);
    QFETCH(QByteArray, reason);
    QFETCH(QString, description);
    QFETCH(QString, translated);
    QFETCH(bool, hasResponseId);

    arm(fault);
    const RawReply reply =
        m_client->send("POST"_ba, personPath,
                       {{"X-Bunq-Language"_ba, language},
                        {"X-Bunq-Client-Request-Id"_ba, "fault-test-request"_ba}});

    QCOMPARE(reply.status, status);
    QCOMPARE(reply.reason, reason);
    QCOMPARE(reply.errorDescription(), description);
    QCOMPARE(reply.errorTranslated(), translated);
    QCOMPARE(reply.json().value(u"Error"_s).toArray().size(), 1);
    QCOMPARE(reply.header("Content-Type"_ba), "application/json"_ba);
    QCOMPARE(reply.header("X-Bunq-Client-Request-Id"_ba), "fault-test-request"_ba);
    QCOMPARE(reply.hasHeader("X-Bunq-Client-Response-Id"_ba), hasResponseId);
    if (hasResponseId)
        QVERIFY(
            !QUuid::fromString(QString::fromLatin1(reply.header("X-Bunq-Client-Response-Id"_ba)))
                 .isNull());
    QVERIFY(!reply.hasHeader("X-Bunq-Server-Signature"_ba));
    const QByteArray expectedBody =
        "{\"Error\":[{\"error_description\":\""_ba + description.toLatin1() +
        "\",\"error_description_translated\":\""_ba + translated.toLatin1() + "\"}]}"_ba;
    QCOMPARE(reply.body, expectedBody);
}

void TestSandboxFaults::statusFaultDropsSignature()
{
    arm(u"500:POST installation:1"_s);
    RawReply reply;
    installWithoutChecks(&reply);

    QCOMPARE(reply.status, 500);
    QVERIFY(reply.hasHeader("X-Bunq-Client-Response-Id"_ba));
    QVERIFY(!reply.hasHeader("X-Bunq-Server-Signature"_ba));

    // The next installation is signed as usual.
    RawReply normal;
    const InstallationInfo installation = installWithoutChecks(&normal);
    QCOMPARE(normal.status, 200);
    QVERIFY(
        installation.serverKey.verify(normal.body, normal.header("X-Bunq-Server-Signature"_ba)));
}

void TestSandboxFaults::countedFaultEnds()
{
    arm(u"500:POST sandbox-user-person:2"_s);

    QCOMPARE(m_client->send("POST"_ba, personPath).status, 500);
    QCOMPARE(m_sandbox->faults().armedFaults().size(), 1);
    QCOMPARE(m_sandbox->faults().armedFaults().constFirst().remaining, std::optional<int>(1));
    QCOMPARE(m_client->send("POST"_ba, personPath).status, 500);
    QVERIFY(m_sandbox->faults().armedFaults().isEmpty());
    QCOMPARE(m_client->send("POST"_ba, personPath).status, 200);
}

void TestSandboxFaults::faultUntilCleared()
{
    arm(u"491:*"_s);

    for (int i = 0; i < 4; ++i)
        QCOMPARE(m_client->send("POST"_ba, personPath).status, 491);
    const auto armed = m_sandbox->faults().armedFaults();
    QCOMPARE(armed.size(), 1);
    QCOMPARE(armed.constFirst().remaining, std::nullopt);
    QCOMPARE(armed.constFirst().applied, 4);

    QCOMPARE(m_sandbox->faults().clear(), 1);
    QCOMPARE(m_client->send("POST"_ba, personPath).status, 200);
}

void TestSandboxFaults::oldestMatchingFaultFirst()
{
    arm(u"429:POST sandbox-user-person:1"_s);
    arm(u"491:*:1"_s);

    QCOMPARE(m_client->send("POST"_ba, personPath).status, 429);
    QCOMPARE(m_client->send("POST"_ba, personPath).status, 491);
    QCOMPARE(m_client->send("POST"_ba, personPath).status, 200);
}

void TestSandboxFaults::endpointOverHttp()
{
    arm(u"500:POST sandbox-user-company"_s);

    QCOMPARE(m_client->send("POST"_ba, personPath).status, 200);
    QCOMPARE(m_client->send("POST"_ba, companyPath).status, 500);
    QCOMPARE(m_client->send("POST"_ba, personPath).status, 200);
    // A request that would be a 404 still gets the fault when the pattern matches it.
    m_sandbox->faults().clear();
    arm(u"429:GET user/*:1"_s);
    QCOMPARE(m_client->send("GET"_ba, u"/v1/user"_s).status, 401);
    QCOMPARE(m_client->send("GET"_ba, u"/v1/user/5/monetary-account"_s).status, 429);
}

void TestSandboxFaults::slowFaultDelays()
{
    constexpr int delayMs = 300;
    arm(u"slow=%1:POST sandbox-user-person:1"_s.arg(delayMs));

    QElapsedTimer timer;
    timer.start();
    const RawReply slow = m_client->send("POST"_ba, personPath);
    const qint64 elapsed = timer.elapsed();
    QCOMPARE(slow.status, 200);
    QVERIFY2(elapsed >= delayMs, qPrintable(u"answered after %1 ms"_s.arg(elapsed)));
    QVERIFY(!slow.responseItems().isEmpty());
}

void TestSandboxFaults::slowFaultKeepsServing()
{
    arm(u"slow=1500:POST sandbox-user-company:1"_s);

    QNetworkAccessManager manager;
    manager.setProxy(QNetworkProxy(QNetworkProxy::NoProxy));
    QUrl url = m_sandbox->baseUrl();
    url.setPath(companyPath);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    QNetworkReply *slowReply = manager.post(request, QByteArray());
    QSignalSpy slowFinished(slowReply, &QNetworkReply::finished);

    // Another request is served while the slow one waits.
    QCOMPARE(m_client->send("POST"_ba, personPath).status, 200);
    QVERIFY(slowFinished.isEmpty());

    QVERIFY(slowFinished.wait(timeoutMs));
    QCOMPARE(slowReply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    slowReply->deleteLater();
}

void TestSandboxFaults::dropClosesWithoutBytes()
{
    arm(u"drop:POST sandbox-user-person:1"_s);

    const WireCapture dropped = exchangeRaw(m_sandbox->baseUrl(), personRequestBytes());
    QVERIFY(dropped.closedByServer);
    QCOMPARE(dropped.bytes, QByteArray());

    const WireCapture normal = exchangeRaw(m_sandbox->baseUrl(), personRequestBytes());
    QVERIFY(normal.bytes.startsWith("HTTP/1.1 200 OK\r\n"));
}

void TestSandboxFaults::truncatedBody()
{
    arm(u"truncate:*:1"_s);

    const RawReply reply = m_client->sendRaw(personRequestBytes());
    QVERIFY(reply.completed);
    QCOMPARE(reply.status, 200);
    const int announced = reply.header("Content-Length"_ba).toInt();
    QVERIFY(announced > 0);
    QCOMPARE(reply.body.size(), announced / 2);
    QVERIFY(reply.body.startsWith("{\"Response\":[{\"ApiKey\":"));

    // Through QNetworkAccessManager the short body is an error, not a response.
    arm(u"truncate:*"_s);
    const RawReply viaManager = m_client->send("POST"_ba, personPath);
    QVERIFY(viaManager.json().isEmpty());
}

void TestSandboxFaults::missingSignature()
{
    arm(u"no-signature:POST installation:1"_s);

    RawReply unsigned_;
    installWithoutChecks(&unsigned_);
    QCOMPARE(unsigned_.status, 200);
    QVERIFY(!unsigned_.hasHeader("X-Bunq-Server-Signature"_ba));
    QVERIFY(unsigned_.hasHeader("X-Bunq-Client-Response-Id"_ba));

    RawReply signed_;
    installWithoutChecks(&signed_);
    QVERIFY(signed_.hasHeader("X-Bunq-Server-Signature"_ba));
}

void TestSandboxFaults::tamperedSignature()
{
    arm(u"bad-signature:POST installation:1"_s);

    RawReply reply;
    const InstallationInfo installation = installWithoutChecks(&reply);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.headerCount("X-Bunq-Server-Signature"_ba), 1);
    const QByteArray signature = reply.header("X-Bunq-Server-Signature"_ba);
    const auto decoded =
        QByteArray::fromBase64Encoding(signature, QByteArray::AbortOnBase64DecodingErrors);
    QVERIFY(decoded);
    QCOMPARE(decoded.decoded.size(), 256);
    QVERIFY(!installation.serverKey.verify(reply.body, signature));

    RawReply normal;
    const InstallationInfo second = installWithoutChecks(&normal);
    QVERIFY(second.serverKey.verify(normal.body, normal.header("X-Bunq-Server-Signature"_ba)));
}

void TestSandboxFaults::tamperedSignatureOnUnsigned()
{
    arm(u"bad-signature:POST sandbox-user-person:1"_s);

    const RawReply reply = m_client->send("POST"_ba, personPath);
    QCOMPARE(reply.status, 200);
    const auto decoded = QByteArray::fromBase64Encoding(reply.header("X-Bunq-Server-Signature"_ba),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    QVERIFY(decoded);
    QCOMPARE(decoded.decoded.size(), 256);
}

void TestSandboxFaults::lowerCaseHeaderNames()
{
    arm(u"lower-case-headers:*:1"_s);

    const WireCapture lower =
        exchangeRaw(m_sandbox->baseUrl(), personRequestBytes("X-Bunq-Client-Request-Id: r1\r\n"));
    QVERIFY(lower.bytes.startsWith("HTTP/1.1 200 OK\r\n"));
    const QList<QByteArray> names = headerNames(lower.bytes);
    QVERIFY(names.contains("content-type"_ba));
    QVERIFY(names.contains("content-length"_ba));
    QVERIFY(names.contains("connection"_ba));
    QVERIFY(names.contains("x-bunq-client-response-id"_ba));
    QVERIFY(names.contains("x-bunq-client-request-id"_ba));
    for (const QByteArray &name : names)
        QCOMPARE(name, name.toLower());

    const WireCapture normal = exchangeRaw(m_sandbox->baseUrl(), personRequestBytes());
    QVERIFY(headerNames(normal.bytes).contains("Content-Type"_ba));
}

void TestSandboxFaults::faultIsLogged()
{
    QLoggingCategory::setFilterRules(u"studio.sandbox.info=true"_s);
    const auto restore =
        qScopeGuard([] { QLoggingCategory::setFilterRules(u"studio.sandbox.info=false"_s); });

    QTest::ignoreMessage(QtInfoMsg, QRegularExpression(u"^Fault 1 armed: 500 on POST "_s));
    arm(u"500:POST sandbox-user-person:1"_s);
    QTest::ignoreMessage(
        QtInfoMsg, QRegularExpression(
                       u"^Fault 1 \\(500\\) on POST /v1/sandbox-user-person: replaced 200 "
                       u"with 500 \"Encountered unhandled exception.\" \\(use 1, 0 left\\)$"_s));
    QCOMPARE(m_client->send("POST"_ba, personPath).status, 500);
}

void TestSandboxFaults::endpointMatching_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("matches");

    QTest::newRow("star matches everything") << u"*"_s << "DELETE"_ba << u"/v1/session/0"_s << true;
    QTest::newRow("star matches outside v1") << u"*"_s << "GET"_ba << u"/favicon.ico"_s << true;
    QTest::newRow("method and path")
        << u"POST session-server"_s << "POST"_ba << u"/v1/session-server"_s << true;
    QTest::newRow("other method") << u"POST session-server"_s << "GET"_ba << u"/v1/session-server"_s
                                  << false;
    QTest::newRow("other path") << u"POST session-server"_s << "POST"_ba << u"/v1/device-server"_s
                                << false;
    QTest::newRow("lower-case method")
        << u"post session-server"_s << "POST"_ba << u"/v1/session-server"_s << true;
    QTest::newRow("segment wildcard") << u"GET user/*"_s << "GET"_ba << u"/v1/user/12"_s << true;
    QTest::newRow("trailing wildcard goes deeper")
        << u"GET user/*"_s << "GET"_ba << u"/v1/user/12/monetary-account"_s << true;
    QTest::newRow("wildcard needs a segment")
        << u"GET user/*"_s << "GET"_ba << u"/v1/user"_s << false;
    QTest::newRow("inner wildcard is one segment")
        << u"GET user/*/monetary-account"_s << "GET"_ba << u"/v1/user/3/monetary-account"_s << true;
    QTest::newRow("inner wildcard is not two") << u"GET user/*/monetary-account"_s << "GET"_ba
                                               << u"/v1/user/3/x/monetary-account"_s << false;
    QTest::newRow("path without method")
        << u"installation"_s << "PUT"_ba << u"/v1/installation"_s << true;
    QTest::newRow("star method") << u"* installation"_s << "GET"_ba << u"/v1/installation"_s
                                 << true;
    QTest::newRow("method only") << u"DELETE"_s << "DELETE"_ba << u"/v1/session/5"_s << true;
    QTest::newRow("method with star path") << u"GET *"_s << "POST"_ba << u"/v1/user"_s << false;
    QTest::newRow("pattern with /v1/")
        << u"POST /v1/installation"_s << "POST"_ba << u"/v1/installation"_s << true;
    QTest::newRow("request with trailing slash")
        << u"POST installation"_s << "POST"_ba << u"/v1/installation/"_s << true;
    QTest::newRow("path outside v1")
        << u"POST installation"_s << "POST"_ba << u"/installation"_s << false;
    QTest::newRow("longer request path") << u"GET user"_s << "GET"_ba << u"/v1/user/1"_s << false;
}

void TestSandboxFaults::endpointMatching()
{
    QFETCH(QString, pattern);
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(bool, matches);

    const auto parsed = EndpointPattern::parse(pattern);
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error()));
    QCOMPARE(parsed.value().matches(method, path), matches);
}

void TestSandboxFaults::invalidEndpoint_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("errorPart");

    QTest::newRow("empty") << u"  "_s << u"not valid"_s;
    QTest::newRow("three words") << u"POST session server"_s << u"not valid"_s;
    QTest::newRow("unknown method") << u"FETCH user"_s << u"method \"FETCH\""_s;
    QTest::newRow("query") << u"GET user?count=5"_s << u"query"_s;
    QTest::newRow("empty segment") << u"GET user//5"_s << u"empty segment"_s;
    QTest::newRow("only v1") << u"GET /v1/"_s << u"no path"_s;
}

void TestSandboxFaults::invalidEndpoint()
{
    QFETCH(QString, pattern);
    QFETCH(QString, errorPart);

    const auto parsed = EndpointPattern::parse(pattern);
    QVERIFY(!parsed.ok());
    QVERIFY2(parsed.error().contains(errorPart), qPrintable(parsed.error()));
}

void TestSandboxFaults::specSyntax_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("description");

    QTest::newRow("500 twice") << u"500:POST session-server:2"_s
                               << u"500 on POST session-server, 2 times"_s;
    QTest::newRow("slow until cleared")
        << u"slow=1500:GET user/*"_s << u"slow 1500 ms on GET user/*, until cleared"_s;
    QTest::newRow("drop once") << u"drop:*:1"_s << u"drop on *, once"_s;
    QTest::newRow("pattern with /v1/") << u"no-signature:POST /v1/installation:1"_s
                                       << u"no-signature on POST installation, once"_s;
    QTest::newRow("path alone") << u"429:installation"_s
                                << u"429 on * installation, until cleared"_s;
    for (const FaultKind kind : studio::sandbox::allFaultKinds()) {
        const QString name = studio::sandbox::faultKindName(kind);
        if (kind == FaultKind::Slow)
            continue;
        QTest::addRow("kind %s", qPrintable(name))
            << name + u":*:3"_s << name + u" on *, 3 times"_s;
    }
}

void TestSandboxFaults::specSyntax()
{
    QFETCH(QString, text);
    QFETCH(QString, description);

    const auto parsed = FaultSpec::parse(text);
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error()));
    QCOMPARE(parsed.value().describe(), description);
}

void TestSandboxFaults::invalidSpec_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("errorPart");

    QTest::newRow("no endpoint") << u"500"_s << u"kind[=delay_ms]:endpoint[:count]"_s;
    QTest::newRow("too many parts") << u"500:*:1:2"_s << u"kind[=delay_ms]:endpoint[:count]"_s;
    QTest::newRow("unknown kind") << u"503:*"_s << u"Unknown fault kind \"503\""_s;
    QTest::newRow("slow without delay") << u"slow:*"_s << u"needs a delay"_s;
    QTest::newRow("slow with text delay") << u"slow=soon:*"_s << u"not \"soon\""_s;
    QTest::newRow("slow with zero delay") << u"slow=0:*"_s << u"from 1 to 300000"_s;
    QTest::newRow("slow too long") << u"slow=300001:*"_s << u"from 1 to 300000"_s;
    QTest::newRow("delay on other kind") << u"500=10:*"_s << u"Only \"slow\" takes a delay"_s;
    QTest::newRow("zero count") << u"500:*:0"_s << u"count of a fault"_s;
    QTest::newRow("text count") << u"500:*:all"_s << u"not \"all\""_s;
    QTest::newRow("bad endpoint") << u"500:FETCH user"_s << u"FETCH"_s;
}

void TestSandboxFaults::invalidSpec()
{
    QFETCH(QString, text);
    QFETCH(QString, errorPart);

    const auto parsed = FaultSpec::parse(text);
    QVERIFY(!parsed.ok());
    QVERIFY2(parsed.error().contains(errorPart), qPrintable(parsed.error()));
}

void TestSandboxFaults::specFromJson_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("description");

    QTest::newRow("counted") << R"({"kind":"500","endpoint":"POST session-server","count":3})"_ba
                             << u"500 on POST session-server, 3 times"_s;
    QTest::newRow("null count") << R"({"kind":"drop","endpoint":"*","count":null})"_ba
                                << u"drop on *, until cleared"_s;
    QTest::newRow("absent count") << R"({"kind":"429","endpoint":"GET user"})"_ba
                                  << u"429 on GET user, until cleared"_s;
    QTest::newRow("slow") << R"({"kind":"slow","endpoint":"*","count":1,"delay_ms":250})"_ba
                          << u"slow 250 ms on *, once"_s;
    QTest::newRow("kind as number")
        << R"({"kind":491,"endpoint":"*","delay_ms":null})"_ba << u"491 on *, until cleared"_s;
}

void TestSandboxFaults::specFromJson()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, description);

    const auto parsed = FaultSpec::fromJson(QJsonDocument::fromJson(json).object());
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error()));
    QCOMPARE(parsed.value().describe(), description);
}

void TestSandboxFaults::invalidJsonSpec_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("errorPart");

    QTest::newRow("kind missing") << R"({"endpoint":"*"})"_ba << u"\"kind\" is missing"_s;
    QTest::newRow("kind unknown") << R"({"kind":"boom","endpoint":"*"})"_ba
                                  << u"\"kind\" must be one of"_s;
    QTest::newRow("endpoint missing") << R"({"kind":"500"})"_ba << u"\"endpoint\""_s;
    QTest::newRow("endpoint not text") << R"({"kind":"500","endpoint":5})"_ba << u"\"endpoint\""_s;
    QTest::newRow("endpoint invalid")
        << R"({"kind":"500","endpoint":"FETCH x"})"_ba << u"\"endpoint\" is not valid"_s;
    QTest::newRow("count zero") << R"({"kind":"500","endpoint":"*","count":0})"_ba
                                << u"\"count\""_s;
    QTest::newRow("count fraction")
        << R"({"kind":"500","endpoint":"*","count":1.5})"_ba << u"\"count\""_s;
    QTest::newRow("count text") << R"({"kind":"500","endpoint":"*","count":"3"})"_ba
                                << u"\"count\""_s;
    QTest::newRow("slow without delay")
        << R"({"kind":"slow","endpoint":"*"})"_ba << u"\"delay_ms\""_s;
    QTest::newRow("slow with huge delay")
        << R"({"kind":"slow","endpoint":"*","delay_ms":999999})"_ba << u"\"delay_ms\""_s;
    QTest::newRow("delay on other kind")
        << R"({"kind":"500","endpoint":"*","delay_ms":100})"_ba << u"\"delay_ms\" applies"_s;
    QTest::newRow("unknown field")
        << R"({"kind":"500","endpoint":"*","times":2})"_ba << u"Unknown field \"times\""_s;
}

void TestSandboxFaults::invalidJsonSpec()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, errorPart);

    const auto parsed = FaultSpec::fromJson(QJsonDocument::fromJson(json).object());
    QVERIFY(!parsed.ok());
    QVERIFY2(parsed.error().contains(errorPart), qPrintable(parsed.error()));
}

QTEST_GUILESS_MAIN(TestSandboxFaults)
#include "tst_sandbox_faults.moc"
