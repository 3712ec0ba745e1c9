// SPDX-License-Identifier: GPL-3.0-or-later
// Checks the signature diagnosis on exchanges built here and signed with keys generated here.
// That way every cause can be produced exactly: one key for the installation, another that
// signs in its place, bodies with converted line endings or re-encoded text, and the pre-2020
// string.
#include "crypto/RsaKeyPair.h"
#include "diagnostics/SignatureDiagnosis.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace studio;
using diagnostics::CauseVerdict;
using diagnostics::LocalCheck;
using diagnostics::SignatureCause;

namespace {

const QByteArray invalidSignatureBody =
    R"({"Error":[{"error_description":"The request signature is invalid.","error_description_translated":"The request signature is invalid."}]})"_ba;
const QByteArray signatureRequiredBody =
    R"({"Error":[{"error_description":"For this operation a request signature is required. Check the urls for more information.","error_description_translated":"x"}]})"_ba;
const QByteArray credentialsBody =
    R"({"Error":[{"error_description":"User credentials are incorrect. Incorrect API key or IP address.","error_description_translated":"x"}]})"_ba;

QByteArray signWith(const crypto::RsaKeyPair &key, const QByteArray &data)
{
    const auto signature = key.sign(data);
    if (!signature.ok())
        qFatal("signing failed");
    return signature.value();
}

// A session-server exchange as ApiClient records it: the body sent, the bytes signed, the
// signature and its header, and bunq's response.
api::ApiExchange sessionExchange(const QByteArray &sentBody, const QByteArray &signedBytes,
                                 const crypto::RsaKeyPair &signer, int status,
                                 const QByteArray &responseBody)
{
    api::ApiExchange exchange;
    exchange.method = "POST";
    exchange.url = QUrl(u"http://127.0.0.1:41234/v1/session-server"_s);
    exchange.requestBody = sentBody;
    exchange.signedBytes = signedBytes;
    exchange.signature = signWith(signer, signedBytes);
    exchange.clientKeyFingerprint = signer.publicKey().sha256Fingerprint();
    exchange.requestHeaders = {
        {"Cache-Control"_ba, "no-cache"_ba},
        {"User-Agent"_ba, "bunq-session-studio/0.1.0"_ba},
        {"X-Bunq-Language"_ba, "en_US"_ba},
        {"X-Bunq-Client-Request-Id"_ba, "7d3c1e55-5d1b-4f43-9f2e-1b0f8d8b6a10"_ba},
        {"X-Bunq-Client-Authentication"_ba, "installation-token"_ba},
        {"Content-Type"_ba, "application/json"_ba},
        {"X-Bunq-Client-Signature"_ba, exchange.signature},
    };
    exchange.status = status;
    exchange.responseBody = responseBody;
    exchange.responseHeaders = {{"X-Bunq-Client-Response-Id"_ba, "0d1e2f30-aaaa"_ba}};
    return exchange;
}

diagnostics::CauseFinding findingFor(const diagnostics::SignedMessage &message,
                                     SignatureCause cause)
{
    for (const diagnostics::CauseFinding &finding : message.causes) {
        if (finding.cause == cause)
            return finding;
    }
    return {cause, CauseVerdict::Unknown, u"(not listed)"_s};
}

CauseVerdict verdictOf(const diagnostics::SignedMessage &message, SignatureCause cause)
{
    return findingFor(message, cause).verdict;
}

} // namespace

class TestSignatureDiagnosis : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void hexDumpLayout();
    void needsHexView_data();
    void needsHexView();
    void serverRejection_data();
    void serverRejection();
    void oldStyleRequestLayout();
    void oldStyleResponseLayout();

    void acceptedSignatureListsNoCauses();
    void missingSignatureRuledIn();
    void otherKeyRuledIn();
    void lfSentCrlfSignedRuledIn();
    void crlfSentLfSignedRuledIn();
    void unrecordedSignedBytesLeaveBytesUndecided();
    void latin1SignedRuledIn();
    void utf8SignedRuledIn();
    void oldStyleSignatureRuledIn();
    void changedBytesRuledIn();
    void unknownInstallationKeyUndecided();
    void validSignatureRejectedPointsAtTransit();

    void responseTamperedSignature();
    void responseMissingSignature();
    void responseOldStyleSignature();
    void responseCheckedWithOtherKey();

private:
    crypto::RsaKeyPair m_installationKey;
    crypto::RsaKeyPair m_otherKey;
    crypto::RsaKeyPair m_serverKey;
};

void TestSignatureDiagnosis::initTestCase()
{
    for (crypto::RsaKeyPair *key : {&m_installationKey, &m_otherKey, &m_serverKey}) {
        auto generated = crypto::RsaKeyPair::generate();
        QVERIFY(generated.ok());
        *key = generated.value();
    }
}

void TestSignatureDiagnosis::hexDumpLayout()
{
    const QString dump = diagnostics::hexDump("{\r\n}"_ba);
    QVERIFY2(dump.startsWith(u"00000000  7b 0d 0a 7d "_s), qPrintable(dump));
    QVERIFY2(dump.endsWith(u" |{..}|"_s), qPrintable(dump));
    QCOMPARE(dump.count(u'\n'), 0);

    const QStringList lines = diagnostics::hexDump(QByteArray(17, 'a')).split(u'\n');
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines.at(0).startsWith(u"00000000  61 61 61 61 61 61 61 61  61 "_s));
    QVERIFY(lines.at(0).endsWith(u"|aaaaaaaaaaaaaaaa|"_s));
    QVERIFY(lines.at(1).startsWith(u"00000010  61 "_s));
    // Short last lines are padded, so the ASCII column starts at the same place.
    QCOMPARE(lines.at(1).indexOf(u'|'), lines.at(0).indexOf(u'|'));

    QVERIFY(diagnostics::hexDump({}).isEmpty());
    QVERIFY(diagnostics::hexDump("\xc3\xa9"_ba).endsWith(u"|..|"_s));
}

void TestSignatureDiagnosis::needsHexView_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("expected");

    QTest::newRow("compact JSON") << R"({"secret":"abc"})"_ba << false;
    QTest::newRow("LF line endings") << "{\n  \"a\": 1\n}\n"_ba << false;
    QTest::newRow("tab") << "{\t}"_ba << false;
    QTest::newRow("empty") << QByteArray() << false;
    QTest::newRow("CRLF line endings") << "{\r\n}"_ba << true;
    QTest::newRow("UTF-8 e acute") << "Caf\xc3\xa9"_ba << true;
    QTest::newRow("Latin-1 e acute") << "Caf\xe9"_ba << true;
    QTest::newRow("NUL byte") << QByteArray("a\0b", 3) << true;
    QTest::newRow("DEL") << "a\x7f"_ba << true;
}

void TestSignatureDiagnosis::needsHexView()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, expected);
    QCOMPARE(diagnostics::needsHexView(bytes), expected);
}

void TestSignatureDiagnosis::serverRejection_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("expected");

    QTest::newRow("466 without body") << 466 << QByteArray() << true;
    QTest::newRow("466 with bunq's text") << 466 << signatureRequiredBody << true;
    QTest::newRow("400 signature invalid") << 400 << invalidSignatureBody << true;
    QTest::newRow("401 signature invalid") << 401 << invalidSignatureBody << true;
    QTest::newRow("400 credentials") << 400 << credentialsBody << false;
    QTest::newRow("200") << 200 << R"({"Response":[]})"_ba << false;
    QTest::newRow("no response") << 0 << QByteArray() << false;
}

void TestSignatureDiagnosis::serverRejection()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(bool, expected);

    api::ApiExchange exchange;
    exchange.status = status;
    exchange.responseBody = body;
    QCOMPARE(diagnostics::serverRejectedRequestSignature(exchange), expected);
}

void TestSignatureDiagnosis::oldStyleRequestLayout()
{
    api::ApiExchange exchange = sessionExchange("{}"_ba, "{}"_ba, m_installationKey, 200, {});
    exchange.url = QUrl(u"https://api.bunq.com/v1/user/12/payment?count=5"_s);
    exchange.method = "get";

    // Content-Type and the signature itself are not part of the old string; the rest is sorted.
    const QByteArray expected = "GET /v1/user/12/payment?count=5\n"
                                "Cache-Control: no-cache\n"
                                "User-Agent: bunq-session-studio/0.1.0\n"
                                "X-Bunq-Client-Authentication: installation-token\n"
                                "X-Bunq-Client-Request-Id: 7d3c1e55-5d1b-4f43-9f2e-1b0f8d8b6a10\n"
                                "X-Bunq-Language: en_US\n"
                                "\n"
                                "{}"_ba;
    QCOMPARE(diagnostics::oldStyleRequestBytes(exchange), expected);
}

void TestSignatureDiagnosis::oldStyleResponseLayout()
{
    api::ApiExchange exchange;
    exchange.status = 200;
    exchange.responseBody = R"({"Response":[]})"_ba;
    exchange.responseHeaders = {
        {"content-type"_ba, "application/json"_ba},
        {"x-bunq-server-signature"_ba, "c2ln"_ba},
        {"x-bunq-client-response-id"_ba, "r-1"_ba},
        {"X-Bunq-Client-Request-Id"_ba, "q-1"_ba},
    };

    const QByteArray expected = "200\n"
                                "X-Bunq-Client-Request-Id: q-1\n"
                                "X-Bunq-Client-Response-Id: r-1\n"
                                "\n"
                                R"({"Response":[]})"_ba;
    QCOMPARE(diagnostics::oldStyleResponseBytes(exchange), expected);
}

void TestSignatureDiagnosis::acceptedSignatureListsNoCauses()
{
    const QByteArray body = R"({"secret":"sandbox_abc"})"_ba;
    const api::ApiExchange exchange =
        sessionExchange(body, body, m_installationKey, 200, R"({"Response":[]})"_ba);

    const auto diagnosis = diagnostics::diagnoseSignatures(
        exchange, {m_installationKey.publicKey(), m_installationKey.publicKey(), {}});

    QVERIFY(!diagnosis.request.rejected);
    QVERIFY(diagnosis.request.causes.isEmpty());
    QCOMPARE(diagnosis.request.localCheck, LocalCheck::Valid);
    QCOMPARE(diagnosis.request.installationCheck, LocalCheck::Valid);
    QCOMPARE(diagnosis.request.signedBytes, body);
    QCOMPARE(diagnosis.request.keyFingerprint, m_installationKey.publicKey().sha256Fingerprint());
}

void TestSignatureDiagnosis::missingSignatureRuledIn()
{
    api::ApiExchange exchange;
    exchange.method = "POST";
    exchange.url = QUrl(u"http://127.0.0.1:41234/v1/session-server"_s);
    exchange.requestBody = R"({"secret":"sandbox_abc"})"_ba;
    exchange.status = 466;
    exchange.responseBody = signatureRequiredBody;

    const auto diagnosis = diagnostics::diagnoseSignatures(
        exchange, {m_installationKey.publicKey(), m_installationKey.publicKey(), {}});

    QVERIFY(diagnosis.request.rejected);
    QCOMPARE(diagnosis.request.localCheck, LocalCheck::NoSignature);
    QVERIFY(diagnosis.request.signedBytes.isEmpty());
    QCOMPARE(diagnosis.request.causes.size(), 1);
    QCOMPARE(diagnosis.request.causes.at(0).cause, SignatureCause::SignatureMissing);
    QCOMPARE(diagnosis.request.causes.at(0).verdict, CauseVerdict::RuledIn);
    QVERIFY(!diagnosis.request.causes.at(0).reason.isEmpty());
}

void TestSignatureDiagnosis::otherKeyRuledIn()
{
    const QByteArray body = R"({"secret":"sandbox_abc"})"_ba;
    const api::ApiExchange exchange =
        sessionExchange(body, body, m_otherKey, 400, invalidSignatureBody);

    const auto diagnosis = diagnostics::diagnoseSignatures(
        exchange, {m_otherKey.publicKey(), m_installationKey.publicKey(), {}});
    const auto &request = diagnosis.request;

    QVERIFY(request.rejected);
    QCOMPARE(request.localCheck, LocalCheck::Valid);
    QCOMPARE(request.installationCheck, LocalCheck::Invalid);
    QCOMPARE(verdictOf(request, SignatureCause::KeyMismatch), CauseVerdict::RuledIn);
    QCOMPARE(verdictOf(request, SignatureCause::SignatureMissing), CauseVerdict::RuledOut);
    QCOMPARE(verdictOf(request, SignatureCause::BytesChanged), CauseVerdict::RuledOut);
    QCOMPARE(verdictOf(request, SignatureCause::LineEndings), CauseVerdict::RuledOut);
    QCOMPARE(verdictOf(request, SignatureCause::TextEncoding), CauseVerdict::RuledOut);
    QCOMPARE(verdictOf(request, SignatureCause::OldStyleSignature), CauseVerdict::RuledOut);

    // The reason names both keys by the start of their fingerprints.
    const QString reason = findingFor(request, SignatureCause::KeyMismatch).reason;
    const QString otherStart =
        crypto::formatFingerprint(m_otherKey.publicKey().sha256Fingerprint().left(16));
    const QString installationStart =
        crypto::formatFingerprint(m_installationKey.publicKey().sha256Fingerprint().left(16));
    QVERIFY2(reason.contains(otherStart), qPrintable(reason));
    QVERIFY2(reason.contains(installationStart), qPrintable(reason));
}

void TestSignatureDiagnosis::lfSentCrlfSignedRuledIn()
{
    const QByteArray sent = "{\n  \"secret\": \"sandbox_abc\"\n}\n"_ba;
    const QByteArray signedBytes = "{\r\n  \"secret\": \"sandbox_abc\"\r\n}\r\n"_ba;
    const api::ApiExchange exchange =
        sessionExchange(sent, signedBytes, m_installationKey, 400, invalidSignatureBody);

    const auto diagnosis = diagnostics::diagnoseSignatures(
        exchange, {m_installationKey.publicKey(), m_installationKey.publicKey(), {}});
    const auto &request = diagnosis.request;

    QVERIFY(request.rejected);
    QCOMPARE(request.localCheck, LocalCheck::Invalid);
    QCOMPARE(verdictOf(request, SignatureCause::LineEndings), CauseVerdict::RuledIn);
    QCOMPARE(verdictOf(request, SignatureCause::BytesChanged), CauseVerdict::RuledIn);
    QCOMPARE(verdictOf(request, SignatureCause::KeyMismatch), CauseVerdict::RuledOut);
    QCOMPARE(verdictOf(request, SignatureCause::TextEncoding), CauseVerdict::RuledOut);
    QCOMPARE(verdictOf(request, SignatureCause::OldStyleSignature), CauseVerdict::RuledOut);
    QVERIFY(findingFor(request, SignatureCause::LineEndings).reason.contains(u"CRLF"_s));
}

void TestSignatureDiagnosis::crlfSentLfSignedRuledIn()
{
    const QByteArray sent = "{\r\n\"secret\": \"sandbox_abc\"\r\n}"_ba;
    const QByteArray signedBytes = "{\n\"secret\": \"sandbox_abc\"\n}"_ba;
    const api::ApiExchange exchange =
        sessionExchange(sent, signedBytes, m_installationKey, 400, invalidSignatureBody);

    const auto diagnosis = diagnostics::diagnoseSignatures(
        exchange, {m_installationKey.publicKey(), m_installationKey.publicKey(), {}});

    QCOMPARE(verdictOf(diagnosis.request, SignatureCause::LineEndings), CauseVerdict::RuledIn);
}

void TestSignatureDiagnosis::unrecordedSignedBytesLeaveBytesUndecided()
{
    // A signature known only from the header, as in an exchange imported from elsewhere.
    const QByteArray sent = "{\n\"secret\": \"sandbox_abc\"\n}"_ba;
    api::ApiExchange exchange = sessionExchange(sent, "{\r\n\"secret\": \"sandbox_abc\"\r\n}"_ba,
                                                m_installationKey, 400, invalidSignatureBody);
    exchange.signature.clear();
    exchange.signedBytes.clear();

    const auto diagnosis = diagnostics::diagnoseSignatures(
        exchange, {m_installationKey.publicKey(), m_installationKey.publicKey(), {}});

    QCOMPARE(diagnosis.request.signature, exchange.requestHeader("X-Bunq-Client-Signature"));
    QCOMPARE(verdictOf(diagnosis.request, SignatureCause::BytesChanged), CauseVerdict::Unknown);
    QCOMPARE(verdictOf(diagnosis.request, SignatureCause::LineEndings), CauseVerdict::RuledIn);
}

void TestSignatureDiagnosis::latin1SignedRuledIn()
{
    const QByteArray sent = R"({"description":"Caf)"_ba + "\xc3\xa9"_ba + R"("})"_ba;
    const QByteArray signedBytes = R"({"description":"Caf)"_ba + "\xe9"_ba + R"("})"_ba;
    const api::ApiExchange exchange =
        sessionExchange(sent, signedBytes, m_installationKey, 400, invalidSignatureBody);

    const auto diagnosis = diagnostics::diagnoseSignatures(
        exchange, {m_installationKey.publicKey(), m_installationKey.publicKey(), {}});

    QCOMPARE(verdictOf(diagnosis.request, SignatureCause::TextEncoding), CauseVerdict::RuledIn);
    QCOMPARE(verdictOf(diagnosis.request, SignatureCause::LineEndings), CauseVerdict::RuledOut);
    QVERIFY(
        findingFor(diagnosis.request, SignatureCause::TextEncoding).reason.contains(u"Latin-1"_s));
}

void TestSignatureDiagnosis::utf8SignedRuledIn()
{
    const QByteArray sent = R"({"description":"Caf)"_ba + "\xe9"_ba + R"("})"_ba;
    const QByteArray signedBytes = R"({"description":"Caf)"_ba + "\xc3\xa9"_ba + R"("})"_ba;
    const api::ApiExchange exchange =
        sessionExchange(sent, signedBytes, m_installationKey, 400, invalidSignatureBody);

    const auto diagnosis = diagnostics::diagnoseSignatures(
        exchange, {m_installationKey.publicKey(), m_installationKey.publicKey(), {}});

    QCOMPARE(verdictOf(diagnosis.request, SignatureCause::TextEncoding), CauseVerdict::RuledIn);
}

void TestSignatureDiagnosis::oldStyleSignatureRuledIn()
{
    const QByteArray body = R"({"secret":"sandbox_abc"})"_ba;
    api::ApiExchange exchange =
        sessionExchange(body, body, m_installationKey, 400, invalidSignatureBody);
    exchange.signature = signWith(m_installationKey, diagnostics::oldStyleRequestBytes(exchange));
    exchange.signedBytes = body;

    const auto diagnosis = diagnostics::diagnoseSignatures(
        exchange, {m_installationKey.publicKey(), m_installationKey.publicKey(), {}});

    QCOMPARE(verdictOf(diagnosis.request, SignatureCause::OldStyleSignature),
             CauseVerdict::RuledIn);
    QCOMPARE(verdictOf(diagnosis.request, SignatureCause::LineEndings), CauseVerdict::RuledOut);
    QCOMPARE(verdictOf(diagnosis.request, SignatureCause::KeyMismatch), CauseVerdict::RuledOut);
}

void TestSignatureDiagnosis::changedBytesRuledIn()
{
    const QByteArray sent = R"({"secret":"sandbox_abd"})"_ba;
    const QByteArray signedBytes = R"({"secret":"sandbox_abc"})"_ba;
    const api::ApiExchange exchange =
        sessionExchange(sent, signedBytes, m_installationKey, 400, invalidSignatureBody);

    const auto diagnosis = diagnostics::diagnoseSignatures(
        exchange, {m_installationKey.publicKey(), m_installationKey.publicKey(), {}});

    const auto finding = findingFor(diagnosis.request, SignatureCause::BytesChanged);
    QCOMPARE(finding.verdict, CauseVerdict::RuledIn);
    // The offset of the first changed byte: 'd' against 'c'.
    QVERIFY2(finding.reason.contains(u"byte 21"_s), qPrintable(finding.reason));
    QCOMPARE(verdictOf(diagnosis.request, SignatureCause::LineEndings), CauseVerdict::RuledOut);
}

void TestSignatureDiagnosis::unknownInstallationKeyUndecided()
{
    const QByteArray body = R"({"secret":"sandbox_abc"})"_ba;
    const api::ApiExchange exchange =
        sessionExchange(body, body, m_otherKey, 400, invalidSignatureBody);

    const auto diagnosis =
        diagnostics::diagnoseSignatures(exchange, {m_otherKey.publicKey(), {}, {}});

    QCOMPARE(diagnosis.request.installationCheck, LocalCheck::NoKey);
    QCOMPARE(verdictOf(diagnosis.request, SignatureCause::KeyMismatch), CauseVerdict::Unknown);
}

void TestSignatureDiagnosis::validSignatureRejectedPointsAtTransit()
{
    const QByteArray body = R"({"secret":"sandbox_abc"})"_ba;
    const api::ApiExchange exchange =
        sessionExchange(body, body, m_installationKey, 400, invalidSignatureBody);

    const auto diagnosis = diagnostics::diagnoseSignatures(
        exchange, {m_installationKey.publicKey(), m_installationKey.publicKey(), {}});

    // Everything checks out here, so only a change on the way is left, and it cannot be seen.
    QCOMPARE(verdictOf(diagnosis.request, SignatureCause::BytesChanged), CauseVerdict::Unknown);
    QCOMPARE(verdictOf(diagnosis.request, SignatureCause::KeyMismatch), CauseVerdict::RuledOut);
    for (const auto &finding : diagnosis.request.causes)
        QVERIFY(finding.verdict != CauseVerdict::RuledIn);
}

void TestSignatureDiagnosis::responseTamperedSignature()
{
    api::ApiExchange exchange;
    exchange.status = 200;
    exchange.responseBody = R"({"Response":[{"Id":{"id":1}}]})"_ba;
    QByteArray signature = signWith(m_serverKey, exchange.responseBody);
    signature[0] = signature.at(0) == 'A' ? 'B' : 'A';
    exchange.responseHeaders = {{"X-Bunq-Server-Signature"_ba, signature}};
    exchange.serverSignature = api::SignatureVerdict::Invalid;
    exchange.serverKeyFingerprint = m_serverKey.publicKey().sha256Fingerprint();

    const auto diagnosis =
        diagnostics::diagnoseSignatures(exchange, {{}, {}, m_serverKey.publicKey()});
    const auto &response = diagnosis.response;

    QVERIFY(response.rejected);
    QCOMPARE(response.localCheck, LocalCheck::Invalid);
    QCOMPARE(verdictOf(response, SignatureCause::SignatureMissing), CauseVerdict::RuledOut);
    QCOMPARE(verdictOf(response, SignatureCause::BytesChanged), CauseVerdict::Unknown);
    QCOMPARE(verdictOf(response, SignatureCause::LineEndings), CauseVerdict::RuledOut);
    QCOMPARE(verdictOf(response, SignatureCause::TextEncoding), CauseVerdict::RuledOut);
    QCOMPARE(verdictOf(response, SignatureCause::KeyMismatch), CauseVerdict::Unknown);
    QCOMPARE(verdictOf(response, SignatureCause::OldStyleSignature), CauseVerdict::RuledOut);
}

void TestSignatureDiagnosis::responseMissingSignature()
{
    api::ApiExchange exchange;
    exchange.status = 200;
    exchange.responseBody = R"({"Response":[]})"_ba;
    exchange.serverSignature = api::SignatureVerdict::Missing;

    const auto diagnosis =
        diagnostics::diagnoseSignatures(exchange, {{}, {}, m_serverKey.publicKey()});

    QVERIFY(diagnosis.response.rejected);
    QCOMPARE(diagnosis.response.localCheck, LocalCheck::NoSignature);
    QCOMPARE(diagnosis.response.causes.size(), 1);
    QCOMPARE(verdictOf(diagnosis.response, SignatureCause::SignatureMissing),
             CauseVerdict::RuledIn);
}

void TestSignatureDiagnosis::responseOldStyleSignature()
{
    api::ApiExchange exchange;
    exchange.status = 200;
    exchange.responseBody = R"({"Response":[]})"_ba;
    exchange.responseHeaders = {{"X-Bunq-Client-Response-Id"_ba, "r-1"_ba}};
    const QByteArray signature =
        signWith(m_serverKey, diagnostics::oldStyleResponseBytes(exchange));
    exchange.responseHeaders.append({"X-Bunq-Server-Signature"_ba, signature});
    exchange.serverSignature = api::SignatureVerdict::Invalid;

    const auto diagnosis =
        diagnostics::diagnoseSignatures(exchange, {{}, {}, m_serverKey.publicKey()});

    QCOMPARE(verdictOf(diagnosis.response, SignatureCause::OldStyleSignature),
             CauseVerdict::RuledIn);
    QCOMPARE(verdictOf(diagnosis.response, SignatureCause::KeyMismatch), CauseVerdict::RuledOut);
}

void TestSignatureDiagnosis::responseCheckedWithOtherKey()
{
    api::ApiExchange exchange;
    exchange.status = 200;
    exchange.responseBody = R"({"Response":[]})"_ba;
    exchange.responseHeaders = {
        {"X-Bunq-Server-Signature"_ba, signWith(m_serverKey, exchange.responseBody)}};
    exchange.serverSignature = api::SignatureVerdict::Invalid;
    exchange.serverKeyFingerprint = m_otherKey.publicKey().sha256Fingerprint();

    const auto diagnosis =
        diagnostics::diagnoseSignatures(exchange, {{}, {}, m_serverKey.publicKey()});

    QCOMPARE(diagnosis.response.localCheck, LocalCheck::Valid);
    QCOMPARE(verdictOf(diagnosis.response, SignatureCause::KeyMismatch), CauseVerdict::RuledIn);
}

QTEST_GUILESS_MAIN(TestSignatureDiagnosis)
#include "tst_signaturediagnosis.moc"
