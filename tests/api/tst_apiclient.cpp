// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScriptedHttpServer.h"

#include "api/ApiClient.h"
#include "crypto/RsaKeyPair.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace studio;
using namespace studio::api;

class TestApiClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void sendsMandatoryHeaders();
    void signsExactBodyBytes_data();
    void signsExactBodyBytes();
    void leavesInstallationUnsigned();
    void acceptsValidServerSignature();
    void rejectsBadServerSignature_data();
    void rejectsBadServerSignature();
    void parsesErrorEnvelope();
    void reportsNonJsonErrorAsText();
    void reportsRateLimit();
    void rejectsSuccessWithoutEnvelope();
    void readsPagination();
    void refusesPlainHttpToRemoteHost();
    void keepsTokenWithinBaseUrl_data();
    void keepsTokenWithinBaseUrl();
    void reportsRefusedConnection();
    void reportsTimeout();
    void abortReportsOnce();

private:
    ApiResult sendAndWait(const ApiRequest &request);
    static ScriptedHttpServer::Response signedResponse(const QByteArray &body,
                                                       const crypto::RsaKeyPair &key);

    crypto::RsaKeyPair m_clientKey;
    crypto::RsaKeyPair m_serverKey;
    crypto::RsaKeyPair m_otherKey;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ScriptedHttpServer> m_server;
    std::unique_ptr<ApiClient> m_client;
};

void TestApiClient::initTestCase()
{
    for (crypto::RsaKeyPair *key : {&m_clientKey, &m_serverKey, &m_otherKey}) {
        auto generated = crypto::RsaKeyPair::generate();
        QVERIFY2(generated.ok(), qPrintable(generated.ok() ? QString() : generated.error()));
        *key = generated.value();
    }
}

void TestApiClient::init()
{
    m_network = std::make_unique<QNetworkAccessManager>();
    m_server = std::make_unique<ScriptedHttpServer>();
    const QByteArray baseUrl = m_server->start();
    QVERIFY(!baseUrl.isEmpty());

    m_client = std::make_unique<ApiClient>(
        m_network.get(), ApiEnvironment::localSandbox(QUrl(QString::fromLatin1(baseUrl))));
    m_client->setClientKey(m_clientKey);
    m_client->setServerKey(m_serverKey.publicKey());
    m_server->setResponse(signedResponse(R"({"Response":[{"Id":{"id":1}}]})", m_serverKey));
}

ScriptedHttpServer::Response TestApiClient::signedResponse(const QByteArray &body,
                                                           const crypto::RsaKeyPair &key)
{
    ScriptedHttpServer::Response response;
    response.body = body;
    response.headers = {{"Content-Type", "application/json"},
                        {"X-Bunq-Client-Response-Id", "4f1c2c1e-0000-4000-8000-000000000001"},
                        {"X-Bunq-Server-Signature", key.sign(body).value()}};
    return response;
}

ApiResult TestApiClient::sendAndWait(const ApiRequest &request)
{
    ApiCall *call = m_client->send(request);
    QSignalSpy finished(call, &ApiCall::finished);
    if (!finished.wait(10000))
        return {};
    return finished.constFirst().constFirst().value<ApiResult>();
}

void TestApiClient::sendsMandatoryHeaders()
{
    m_client->setLocale("nl_NL");
    const ApiResult result = sendAndWait({"POST", u"device-server"_s, R"({"a":1})", "token-1"});

    QVERIFY2(result.ok(), qPrintable(result.error ? result.error->summary() : QString()));
    QCOMPARE(m_server->requests().size(), 1);
    const ScriptedHttpServer::Request &sent = m_server->requests().constFirst();
    QCOMPARE(sent.method, "POST");
    QCOMPARE(sent.target, "/v1/device-server");
    QCOMPARE(sent.header("Cache-Control"), "no-cache");
    QVERIFY(sent.header("User-Agent").startsWith("bunq-session-studio/"));
    QCOMPARE(sent.header("X-Bunq-Language"), "nl_NL");
    QCOMPARE(sent.header("X-Bunq-Region"), "nl_NL");
    QCOMPARE(sent.header("X-Bunq-Geolocation"), "0 0 0 0 000");
    QCOMPARE(sent.header("Content-Type"), "application/json");
    QCOMPARE(sent.header("X-Bunq-Client-Authentication"), "token-1");
    QVERIFY(!QUuid::fromString(QString::fromLatin1(sent.header("X-Bunq-Client-Request-Id")))
                 .isNull());
    QVERIFY(!sent.hasHeader("Authorization"));
}

void TestApiClient::signsExactBodyBytes_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("body");

    QTest::newRow("GET signs zero bytes") << "GET"_ba << QByteArray();
    QTest::newRow("DELETE signs zero bytes") << "DELETE"_ba << QByteArray();
    QTest::newRow("compact JSON") << "POST"_ba << R"({"secret":"sandbox_abc"})"_ba;
    QTest::newRow("indented JSON with CRLF") << "PUT"_ba << "{\r\n    \"a\": 1\r\n}"_ba;
    QTest::newRow("non-ASCII text") << "POST"_ba << u"{\"description\":\"Café € ü\"}"_s.toUtf8();
}

void TestApiClient::signsExactBodyBytes()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, body);

    const ApiResult result = sendAndWait({method, u"user/1"_s, body, "session-token"});

    QVERIFY(result.ok());
    const ScriptedHttpServer::Request &sent = m_server->requests().constFirst();
    QCOMPARE(sent.method, method);
    QCOMPARE(sent.body, body);
    QCOMPARE(result.exchange.signedBytes, body);
    const QByteArray signature = sent.header("X-Bunq-Client-Signature");
    QVERIFY(!signature.isEmpty());
    QCOMPARE(signature, result.exchange.signature);
    QVERIFY(m_clientKey.publicKey().verify(sent.body, signature));
    QCOMPARE(result.exchange.clientKeyFingerprint, m_clientKey.publicKey().sha256Fingerprint());
}

void TestApiClient::leavesInstallationUnsigned()
{
    const ApiResult result = sendAndWait({"POST", u"installation"_s, "{}", {}, true, false});

    QVERIFY(result.ok());
    const ScriptedHttpServer::Request &sent = m_server->requests().constFirst();
    QVERIFY(!sent.hasHeader("X-Bunq-Client-Signature"));
    QVERIFY(!sent.hasHeader("X-Bunq-Client-Authentication"));
    QVERIFY(result.exchange.signature.isEmpty());
    QCOMPARE(result.exchange.serverSignature, SignatureVerdict::NotChecked);
}

void TestApiClient::acceptsValidServerSignature()
{
    const ApiResult result = sendAndWait({"GET", u"user"_s, {}, "session-token"});

    QVERIFY(result.ok());
    QCOMPARE(result.exchange.status, 200);
    QCOMPARE(result.exchange.serverSignature, SignatureVerdict::Valid);
    QCOMPARE(result.exchange.serverKeyFingerprint, m_serverKey.publicKey().sha256Fingerprint());
    QCOMPARE(result.items.size(), 1);
    QCOMPARE(result.items.at(0).toObject().value(u"Id"_s).toObject().value(u"id"_s).toInt(), 1);
}

void TestApiClient::rejectsBadServerSignature_data()
{
    QTest::addColumn<int>("variant");
    QTest::addColumn<SignatureVerdict>("expected");

    QTest::newRow("header missing") << 0 << SignatureVerdict::Missing;
    QTest::newRow("body changed after signing") << 1 << SignatureVerdict::Invalid;
    QTest::newRow("signed by another key") << 2 << SignatureVerdict::Invalid;
    QTest::newRow("signature not base64") << 3 << SignatureVerdict::Invalid;
}

void TestApiClient::rejectsBadServerSignature()
{
    QFETCH(int, variant);
    QFETCH(SignatureVerdict, expected);

    const QByteArray body = R"({"Response":[{"Id":{"id":1}}]})";
    ScriptedHttpServer::Response response = signedResponse(body, m_serverKey);
    switch (variant) {
    case 0:
        response.headers.removeLast();
        break;
    case 1:
        response.body = R"({"Response":[{"Id":{"id":2}}]})";
        break;
    case 2:
        response = signedResponse(body, m_otherKey);
        break;
    case 3:
        response.headers.last().second = "not base64 at all!";
        break;
    }
    m_server->setResponse(response);

    const ApiResult result = sendAndWait({"GET", u"user"_s, {}, "session-token"});

    QVERIFY(!result.ok());
    QCOMPARE(result.error->kind, ApiError::Kind::Signature);
    QCOMPARE(result.exchange.serverSignature, expected);
    QCOMPARE(result.error->responseId, "4f1c2c1e-0000-4000-8000-000000000001");
    QVERIFY(result.items.isEmpty());
}

void TestApiClient::parsesErrorEnvelope()
{
    const QByteArray body =
        R"({"Error":[{"error_description":"User credentials are incorrect. Incorrect API key or IP address.","error_description_translated":"Gebruikersgegevens zijn onjuist.","error_additional_parameter":[{"x":1}]},{"error_description":"Second.","error_description_translated":"Tweede."}]})";
    ScriptedHttpServer::Response response = signedResponse(body, m_serverKey);
    response.status = 400;
    response.reason = "Bad Request";
    m_server->setResponse(response);

    const ApiResult result = sendAndWait({"POST", u"device-server"_s, "{}", "installation"});

    QVERIFY(!result.ok());
    QCOMPARE(result.error->kind, ApiError::Kind::Http);
    QCOMPARE(result.error->httpStatus, 400);
    QCOMPARE(result.error->descriptions,
             QStringList({u"User credentials are incorrect. Incorrect API key or IP address."_s,
                          u"Second."_s}));
    QCOMPARE(result.error->translatedDescriptions.size(), 2);
    QCOMPARE(result.error->responseId, "4f1c2c1e-0000-4000-8000-000000000001");
    QCOMPARE(result.exchange.serverSignature, SignatureVerdict::Valid);
    QVERIFY(result.error->summary().contains(u"HTTP 400"_s));
    QVERIFY(result.error->summary().contains(u"4f1c2c1e"_s));
}

void TestApiClient::reportsNonJsonErrorAsText()
{
    ScriptedHttpServer::Response response;
    response.status = 502;
    response.reason = "Bad Gateway";
    response.body = "<html>upstream down</html>";
    m_server->setResponse(response);

    const ApiResult result = sendAndWait({"GET", u"user"_s, {}, "session-token"});

    QVERIFY(!result.ok());
    QCOMPARE(result.error->kind, ApiError::Kind::Http);
    QCOMPARE(result.error->httpStatus, 502);
    QVERIFY(result.error->descriptions.isEmpty());
    QCOMPARE(result.error->detail, u"<html>upstream down</html>"_s);
    QCOMPARE(result.exchange.serverSignature, SignatureVerdict::Missing);
}

void TestApiClient::reportsRateLimit()
{
    ScriptedHttpServer::Response response = signedResponse(
        R"({"Error":[{"error_description":"Too many requests. You can do a maximum of 3 calls per 3 second to this endpoint.","error_description_translated":"x"}]})",
        m_serverKey);
    response.status = 429;
    response.reason = "Too Many Requests";
    m_server->setResponse(response);

    const ApiResult result = sendAndWait({"GET", u"user"_s, {}, "session-token"});

    QVERIFY(!result.ok());
    QCOMPARE(result.error->kind, ApiError::Kind::RateLimit);
    QVERIFY(result.error->descriptions.constFirst().startsWith(u"Too many requests"_s));
}

void TestApiClient::rejectsSuccessWithoutEnvelope()
{
    m_server->setResponse(signedResponse("plain text", m_serverKey));

    const ApiResult result = sendAndWait({"GET", u"user"_s, {}, "session-token"});

    QVERIFY(!result.ok());
    QCOMPARE(result.error->kind, ApiError::Kind::Envelope);
    QVERIFY(result.error->detail.contains(u"plain text"_s));
}

void TestApiClient::readsPagination()
{
    m_server->setResponse(signedResponse(
        R"({"Response":[],"Pagination":{"future_url":null,"newer_url":"\/v1\/user\/1\/monetary-account\/2\/payment?count=10&newer_id=9","older_url":null},"Extra":true})",
        m_serverKey));

    const ApiResult result = sendAndWait({"GET", u"/v1/user/1/monetary-account/2/payment?count=10"_s,
                                          {}, "session-token"});

    QVERIFY(result.ok());
    QCOMPARE(m_server->requests().constFirst().target,
             "/v1/user/1/monetary-account/2/payment?count=10");
    QCOMPARE(result.pagination.value(u"newer_url"_s).toString(),
             u"/v1/user/1/monetary-account/2/payment?count=10&newer_id=9"_s);
    QVERIFY(result.pagination.value(u"older_url"_s).isNull());
}

void TestApiClient::refusesPlainHttpToRemoteHost()
{
    // No connection is attempted: the client rejects the URL before sending.
    m_client->setEnvironment(ApiEnvironment::localSandbox(QUrl(u"http://192.0.2.10/v1/"_s)));

    const ApiResult result = sendAndWait({"GET", u"user"_s, {}, "session-token"});

    QVERIFY(!result.ok());
    QCOMPARE(result.error->kind, ApiError::Kind::Usage);
    QVERIFY(result.error->detail.contains(u"192.0.2.10"_s));
    QVERIFY(m_server->requests().isEmpty());
}

void TestApiClient::keepsTokenWithinBaseUrl_data()
{
    QTest::addColumn<QString>("path");

    // Each row points outside the scripted server's base URL, so no request may reach any server.
    QTest::newRow("absolute URL to another port") << u"http://127.0.0.1:1/v1/user"_s;
    QTest::newRow("absolute https URL") << u"https://example.invalid/v1/user"_s;
    QTest::newRow("scheme-relative URL") << u"//example.invalid/v1/user"_s;
    QTest::newRow("dot segments leaving /v1") << u"../other"_s;
    QTest::newRow("user info") << u"http://user@127.0.0.1/v1/user"_s;
}

void TestApiClient::keepsTokenWithinBaseUrl()
{
    QFETCH(QString, path);

    const ApiResult result = sendAndWait({"GET", path, {}, "session-token"});

    QVERIFY(!result.ok());
    QCOMPARE(result.error->kind, ApiError::Kind::Usage);
    QVERIFY2(result.error->detail.contains(u"base URL"_s), qPrintable(result.error->detail));
    QVERIFY(m_server->requests().isEmpty());
}

void TestApiClient::reportsRefusedConnection()
{
    const quint16 port = m_server->serverPort();
    m_server->close();
    m_client->setEnvironment(ApiEnvironment::localSandbox(
        QUrl(u"http://127.0.0.1:%1/v1/"_s.arg(port))));

    const ApiResult result = sendAndWait({"GET", u"user"_s, {}, "session-token"});

    QVERIFY(!result.ok());
    QCOMPARE(result.error->kind, ApiError::Kind::Network);
    QCOMPARE(result.exchange.status, 0);
    QVERIFY(!result.exchange.transportError.isEmpty());
}

void TestApiClient::reportsTimeout()
{
    ScriptedHttpServer::Response silent;
    silent.neverAnswer = true;
    m_server->setResponse(silent);
    m_client->setTimeoutMs(300);

    const ApiResult result = sendAndWait({"GET", u"user"_s, {}, "session-token"});

    QVERIFY(!result.ok());
    QCOMPARE(result.error->kind, ApiError::Kind::Timeout);
}

void TestApiClient::abortReportsOnce()
{
    ScriptedHttpServer::Response silent;
    silent.neverAnswer = true;
    m_server->setResponse(silent);

    ApiCall *call = m_client->send({"GET", u"user"_s, {}, "session-token"});
    QSignalSpy finished(call, &ApiCall::finished);
    QSignalSpy received(m_server.get(), &ScriptedHttpServer::requestReceived);
    QVERIFY(received.wait(5000));
    call->abort();

    QTRY_COMPARE(finished.size(), 1);
    const auto result = finished.constFirst().constFirst().value<ApiResult>();
    QCOMPARE(result.error->kind, ApiError::Kind::Network);
}

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_apiclient.moc"
