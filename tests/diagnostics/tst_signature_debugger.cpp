// SPDX-License-Identifier: GPL-3.0-or-later
// Sends requests whose signatures a local sandbox on 127.0.0.1 rejects, each for one usual
// cause, and checks that the signature debugger rules that cause in. The requests that imitate
// a faulty client (converted line endings, re-encoded text, the old signing scheme) are built
// and signed here and sent through QNetworkAccessManager. The others go through core's client.
// With STUDIO_SCREENSHOT_DIR set, the debugger is also saved there as PNG files.
#include "SandboxHarness.h"
#include "control/FaultSpec.h"
#include "control/FaultSwitchboard.h"
#include "diagnostics/SignatureDebugger.h"
#include "diagnostics/SignatureDiagnosis.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkReply>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace studio;
using diagnosticstest::SandboxHarness;
using diagnosticstest::sharedKey;

namespace {

constexpr int callTimeoutMs = 20000;

QByteArray signWith(const crypto::RsaKeyPair &key, const QByteArray &data)
{
    const auto signature = key.sign(data);
    return signature.ok() ? signature.value() : QByteArray();
}

// The headers core's client sends on a call with the installation token, without the signature.
api::HeaderList baseHeaders(const QByteArray &token)
{
    return {
        {"Cache-Control"_ba, "no-cache"_ba},
        {"User-Agent"_ba, "diagnostics-test"_ba},
        {"X-Bunq-Language"_ba, "en_US"_ba},
        {"X-Bunq-Client-Request-Id"_ba, QUuid::createUuid().toByteArray(QUuid::WithoutBraces)},
        {"X-Bunq-Client-Authentication"_ba, token},
        {"Content-Type"_ba, "application/json"_ba},
    };
}

// Sends the exchange's request as built, with the signature header added when the exchange
// has a signature, and fills in the response as ApiClient would record it.
api::ApiExchange sendByHand(SandboxHarness &harness, api::ApiExchange exchange,
                            const crypto::RsaPublicKey &serverKey)
{
    if (!exchange.signature.isEmpty())
        exchange.requestHeaders.append({"X-Bunq-Client-Signature"_ba, exchange.signature});

    QNetworkRequest request(exchange.url);
    for (const auto &[name, value] : exchange.requestHeaders)
        request.setRawHeader(name, value);
    QNetworkReply *reply =
        harness.network->sendCustomRequest(request, exchange.method, exchange.requestBody);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished() && !finished.wait(callTimeoutMs)) {
        exchange.transportError = u"no answer within the test's timeout"_s;
        reply->deleteLater();
        return exchange;
    }

    exchange.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    exchange.reasonPhrase =
        reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray();
    exchange.responseHeaders = reply->rawHeaderPairs();
    exchange.responseBody = reply->readAll();
    const QByteArray serverSignature = exchange.responseHeader("X-Bunq-Server-Signature");
    exchange.serverSignature = serverSignature.isEmpty()
                                   ? api::SignatureVerdict::Missing
                                   : (serverKey.verify(exchange.responseBody, serverSignature)
                                          ? api::SignatureVerdict::Valid
                                          : api::SignatureVerdict::Invalid);
    exchange.serverKeyFingerprint = serverKey.sha256Fingerprint();
    reply->deleteLater();
    return exchange;
}

// A request by a client that signed signedBytes and sent body, with the installation's key.
api::ApiExchange faultyClientExchange(SandboxHarness &harness, const QString &path,
                                      const QByteArray &body, const QByteArray &signedBytes)
{
    const onboarding::SessionContext &context = harness.flow->context();
    api::ApiExchange exchange;
    exchange.method = "POST";
    exchange.url = harness.environment().urlFor(path);
    exchange.requestHeaders = baseHeaders(context.installationToken);
    exchange.requestBody = body;
    exchange.signedBytes = signedBytes;
    exchange.signature = signWith(harness.clientKey, signedBytes);
    exchange.clientKeyFingerprint = harness.clientKey.publicKey().sha256Fingerprint();
    return exchange;
}

void saveScreenshot(QWidget *widget, const QString &name)
{
    const QString directory = qEnvironmentVariable("STUDIO_SCREENSHOT_DIR");
    if (directory.isEmpty())
        return;
    QDir().mkpath(directory);
    widget->grab().save(QDir(directory).filePath(name + u".png"_s));
}

bool ruledIn(const QString &causes, const QString &cause)
{
    return causes.contains(u"[ruled in] "_s + cause + u':');
}

} // namespace

class TestSignatureDebugger : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void otherKeyRuledIn();
    void lineEndingsRuledIn();
    void textEncodingRuledIn();
    void oldStyleSignatureRuledIn();
    void missingSignatureRuledIn();
    void tamperedResponseSignature();
    void acceptedExchangeListsNoCauses();
    void apiKeyMaskedUntilRevealed();

private:
    // A sandbox with a user, an installation and a device, ready for session-server.
    void registerDevice();
    void showInDebugger(const api::ApiExchange &exchange, const crypto::RsaPublicKey &signer);

    std::unique_ptr<SandboxHarness> m_harness;
    std::unique_ptr<ui::SignatureDebugger> m_debugger;
};

void TestSignatureDebugger::init()
{
    sandbox::SandboxOptions options;
    // Each test sends several session-server calls, more than bunq's one per 30 seconds.
    options.rateLimits = false;
    m_harness = std::make_unique<SandboxHarness>();
    m_harness->start(options);
    m_debugger = std::make_unique<ui::SignatureDebugger>();
    m_debugger->resize(760, 900);
}

void TestSignatureDebugger::cleanup()
{
    m_debugger.reset();
    m_harness.reset();
}

void TestSignatureDebugger::registerDevice()
{
    QVERIFY(m_harness->createSandboxUser().ok());
    QVERIFY(m_harness->runInstallation().ok());
    QVERIFY(m_harness->registerDevice().ok());
}

void TestSignatureDebugger::showInDebugger(const api::ApiExchange &exchange,
                                           const crypto::RsaPublicKey &signer)
{
    m_debugger->setExchange(exchange, signer, m_harness->flow->context().serverPublicKey);
    m_debugger->setInstallationKey(m_harness->clientKey.publicKey());
}

void TestSignatureDebugger::otherKeyRuledIn()
{
    registerDevice();
    if (QTest::currentTestFailed())
        return;

    const onboarding::SessionContext &context = m_harness->flow->context();
    api::ApiRequest request;
    request.method = "POST";
    request.path = u"session-server"_s;
    request.body = R"({"secret":")" + context.apiKey + R"("})";
    request.authToken = context.installationToken;
    const crypto::RsaKeyPair &otherKey = sharedKey(1);
    const api::ApiResult result = m_harness->sendSignedWith(otherKey, request);
    QCOMPARE(result.exchange.status, 400);

    showInDebugger(result.exchange, otherKey.publicKey());
    const QString causes = m_debugger->causesText();

    QVERIFY2(ruledIn(causes, u"Key does not match the installation"_s), qPrintable(causes));
    QVERIFY2(causes.contains(u"[ruled out] CRLF conversion:"_s), qPrintable(causes));
    QVERIFY2(causes.contains(u"[ruled out] Bytes changed after signing:"_s), qPrintable(causes));
    QVERIFY(!ruledIn(causes, u"Old-style signature over method, path and headers"_s));

    const auto *check = m_debugger->findChild<QLabel *>(u"requestLocalCheck"_s);
    QCOMPARE(check->text(), diagnostics::localCheckText(diagnostics::LocalCheck::Valid));
    const auto *installationCheck = m_debugger->findChild<QLabel *>(u"requestInstallationCheck"_s);
    QCOMPARE(installationCheck->text(),
             diagnostics::localCheckText(diagnostics::LocalCheck::Invalid));
    QCOMPARE(m_debugger->findChild<QLineEdit *>(u"requestSignature"_s)->text(),
             QString::fromLatin1(result.exchange.signature));
    saveScreenshot(m_debugger.get(), u"debugger-other-key"_s);

    // As in the exchange view: only the session's key is passed, which is the one the
    // installation registered, and the exchange's record names the key that really signed.
    m_debugger->clear();
    m_debugger->setExchange(result.exchange, m_harness->clientKey.publicKey(),
                            context.serverPublicKey);
    const QString withoutInstallationKey = m_debugger->causesText();
    QVERIFY2(ruledIn(withoutInstallationKey, u"Key does not match the installation"_s),
             qPrintable(withoutInstallationKey));
}

void TestSignatureDebugger::lineEndingsRuledIn()
{
    registerDevice();
    if (QTest::currentTestFailed())
        return;

    // Indented JSON with LF went on the wire, but the client signed it with CRLF line endings.
    const QByteArray apiKey = m_harness->flow->context().apiKey;
    const QByteArray sent = "{\n  \"secret\": \"" + apiKey + "\"\n}\n";
    QByteArray signedBytes = sent;
    signedBytes.replace("\n", "\r\n");
    const api::ApiExchange exchange = sendByHand(
        *m_harness, faultyClientExchange(*m_harness, u"session-server"_s, sent, signedBytes),
        m_harness->flow->context().serverPublicKey);
    QCOMPARE(exchange.status, 400);
    QVERIFY(exchange.responseBody.contains("The request signature is invalid."));

    showInDebugger(exchange, m_harness->clientKey.publicKey());
    const QString causes = m_debugger->causesText();

    QVERIFY2(ruledIn(causes, u"CRLF conversion"_s), qPrintable(causes));
    QVERIFY2(causes.contains(u"[ruled out] Key does not match the installation:"_s),
             qPrintable(causes));
    // The signed bytes hold carriage returns, so the hex view opened by itself.
    QVERIFY(m_debugger->findChild<QCheckBox *>(u"requestHexToggle"_s)->isChecked());
    const QString shown =
        m_debugger->findChild<QPlainTextEdit *>(u"requestSignedBytes"_s)->toPlainText();
    QVERIFY2(shown.startsWith(u"00000000  7b 0d 0a "_s), qPrintable(shown.left(80)));
    saveScreenshot(m_debugger.get(), u"debugger-crlf"_s);
}

void TestSignatureDebugger::textEncodingRuledIn()
{
    QVERIFY(m_harness->createSandboxUser().ok());
    QVERIFY(m_harness->runInstallation().ok());

    // A device description with an accented letter, sent as UTF-8 but signed as Latin-1.
    const QByteArray apiKey = m_harness->flow->context().apiKey;
    const QByteArray prefix = R"({"description":"Caf)";
    const QByteArray suffix = R"( laptop","secret":")" + apiKey + R"(","permitted_ips":[]})";
    const QByteArray sent = prefix + "\xc3\xa9" + suffix;
    const QByteArray signedBytes = prefix + "\xe9" + suffix;
    const api::ApiExchange exchange = sendByHand(
        *m_harness, faultyClientExchange(*m_harness, u"device-server"_s, sent, signedBytes),
        m_harness->flow->context().serverPublicKey);
    QCOMPARE(exchange.status, 400);

    showInDebugger(exchange, m_harness->clientKey.publicKey());
    const QString causes = m_debugger->causesText();

    QVERIFY2(ruledIn(causes, u"Different text encoding"_s), qPrintable(causes));
    QVERIFY2(causes.contains(u"[ruled out] CRLF conversion:"_s), qPrintable(causes));
}

void TestSignatureDebugger::oldStyleSignatureRuledIn()
{
    registerDevice();
    if (QTest::currentTestFailed())
        return;

    const QByteArray body = R"({"secret":")" + m_harness->flow->context().apiKey + R"("})";
    api::ApiExchange request = faultyClientExchange(*m_harness, u"session-server"_s, body, body);
    // A client of before 2020 signs the method, path and headers together with the body.
    request.signature = signWith(m_harness->clientKey, diagnostics::oldStyleRequestBytes(request));
    const api::ApiExchange exchange =
        sendByHand(*m_harness, request, m_harness->flow->context().serverPublicKey);
    QCOMPARE(exchange.status, 400);

    showInDebugger(exchange, m_harness->clientKey.publicKey());
    const QString causes = m_debugger->causesText();

    QVERIFY2(ruledIn(causes, u"Old-style signature over method, path and headers"_s),
             qPrintable(causes));
    QVERIFY(!ruledIn(causes, u"CRLF conversion"_s));
}

void TestSignatureDebugger::missingSignatureRuledIn()
{
    registerDevice();
    if (QTest::currentTestFailed())
        return;

    const onboarding::SessionContext &context = m_harness->flow->context();
    api::ApiRequest request;
    request.method = "POST";
    request.path = u"session-server"_s;
    request.body = R"({"secret":")" + context.apiKey + R"("})";
    request.authToken = context.installationToken;
    request.sign = false;
    const api::ApiResult result = m_harness->send(request);
    QCOMPARE(result.exchange.status, 466);

    showInDebugger(result.exchange, m_harness->clientKey.publicKey());
    const QString causes = m_debugger->causesText();

    QVERIFY2(ruledIn(causes, u"Signature missing"_s), qPrintable(causes));
    const auto *outcome = m_debugger->findChild<QLabel *>(u"requestSignatureOutcome"_s);
    QVERIFY2(outcome->text().contains(u"466"_s), qPrintable(outcome->text()));
}

void TestSignatureDebugger::tamperedResponseSignature()
{
    m_harness->openSession();
    if (QTest::currentTestFailed())
        return;

    const auto fault = sandbox::FaultSpec::parse(u"bad-signature:GET user/*:1"_s);
    QVERIFY(fault.ok());
    m_harness->sandbox->faults().arm(fault.value());
    const onboarding::SessionContext &context = m_harness->flow->context();
    api::ApiRequest request;
    request.path = u"user/%1"_s.arg(context.user.id);
    request.authToken = context.sessionToken;
    const api::ApiResult result = m_harness->send(request);
    QCOMPARE(result.exchange.serverSignature, api::SignatureVerdict::Invalid);

    showInDebugger(result.exchange, m_harness->clientKey.publicKey());
    const QString causes = m_debugger->causesText();

    QVERIFY2(causes.startsWith(u"Response signature"_s), qPrintable(causes));
    QVERIFY2(causes.contains(u"[ruled out] Signature missing:"_s), qPrintable(causes));
    QVERIFY2(causes.contains(u"[undecided] Bytes changed after signing:"_s), qPrintable(causes));
    const auto *check = m_debugger->findChild<QLabel *>(u"responseLocalCheck"_s);
    QCOMPARE(check->text(), diagnostics::localCheckText(diagnostics::LocalCheck::Invalid));
    saveScreenshot(m_debugger.get(), u"debugger-response"_s);
}

void TestSignatureDebugger::acceptedExchangeListsNoCauses()
{
    registerDevice();
    if (QTest::currentTestFailed())
        return;
    const onboarding::StepOutcome session = m_harness->startSession();
    QVERIFY(session.ok());

    showInDebugger(session.result.exchange, m_harness->clientKey.publicKey());

    QVERIFY(m_debugger->causesText().isEmpty());
    QCOMPARE(m_debugger->findChild<QLabel *>(u"requestLocalCheck"_s)->text(),
             diagnostics::localCheckText(diagnostics::LocalCheck::Valid));
    QCOMPARE(m_debugger->findChild<QLabel *>(u"responseLocalCheck"_s)->text(),
             diagnostics::localCheckText(diagnostics::LocalCheck::Valid));
    QVERIFY(!m_debugger->findChild<QCheckBox *>(u"requestHexToggle"_s)->isChecked());

    m_debugger->clear();
    QVERIFY(m_debugger->causesText().isEmpty());
    QVERIFY(
        m_debugger->findChild<QPlainTextEdit *>(u"requestSignedBytes"_s)->toPlainText().isEmpty());
}

void TestSignatureDebugger::apiKeyMaskedUntilRevealed()
{
    registerDevice();
    if (QTest::currentTestFailed())
        return;
    const onboarding::StepOutcome session = m_harness->startSession();
    QVERIFY(session.ok());
    const QString apiKey = QString::fromLatin1(m_harness->flow->context().apiKey);

    showInDebugger(session.result.exchange, m_harness->clientKey.publicKey());
    const auto *bytes = m_debugger->findChild<QPlainTextEdit *>(u"requestSignedBytes"_s);
    QVERIFY(!bytes->toPlainText().contains(apiKey));
    QVERIFY(m_debugger->findChild<QLabel *>(u"requestBytesNote"_s)->isVisibleTo(m_debugger.get()));

    m_debugger->setSecretsRevealed(true);
    QVERIFY(bytes->toPlainText().contains(apiKey));
}

QTEST_MAIN(TestSignatureDebugger)
#include "tst_signature_debugger.moc"
