// SPDX-License-Identifier: GPL-3.0-or-later
#include "diagnostics/SignatureDiagnosis.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringDecoder>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace studio::diagnostics {

namespace {

constexpr int httpSignatureRequired = 466;
const QByteArray requestSignatureHeader = "X-Bunq-Client-Signature"_ba;
const QByteArray serverSignatureHeader = "X-Bunq-Server-Signature"_ba;

// The translation context of every text here.
struct DiagnosisText
{
    Q_DECLARE_TR_FUNCTIONS(studio::diagnostics::SignatureDiagnosis)
};

// The public keys a signature is tried with. A cause is decided by whether any of them verifies
// the signature over an altered version of the bytes, because a signature that verifies proves
// which bytes and which key produced it.
class SignatureProbe
{
public:
    SignatureProbe(QByteArray signature, QList<crypto::RsaPublicKey> keys)
        : m_signature(std::move(signature))
    {
        for (const crypto::RsaPublicKey &key : keys) {
            if (!key.isNull() && !m_keys.contains(key))
                m_keys.append(key);
        }
    }

    bool hasKeys() const { return !m_keys.isEmpty(); }

    bool verifies(const QByteArray &data) const
    {
        return std::any_of(m_keys.cbegin(), m_keys.cend(), [&](const crypto::RsaPublicKey &key) {
            return key.verify(data, m_signature);
        });
    }

private:
    QByteArray m_signature;
    QList<crypto::RsaPublicKey> m_keys;
};

LocalCheck checkWith(const crypto::RsaPublicKey &key, const QByteArray &data,
                     const QByteArray &signature)
{
    if (signature.isEmpty())
        return LocalCheck::NoSignature;
    if (key.isNull())
        return LocalCheck::NoKey;
    return key.verify(data, signature) ? LocalCheck::Valid : LocalCheck::Invalid;
}

bool hasLineBreak(const QByteArray &bytes)
{
    return bytes.contains('\n') || bytes.contains('\r');
}

QByteArray withLfLineEndings(QByteArray bytes)
{
    return bytes.replace("\r\n", "\n");
}

QByteArray withCrlfLineEndings(const QByteArray &bytes)
{
    // Converting from LF first keeps an existing CRLF from becoming CR CR LF.
    return withLfLineEndings(bytes).replace("\n", "\r\n");
}

bool isAscii(const QByteArray &bytes)
{
    return std::all_of(bytes.cbegin(), bytes.cend(),
                       [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

// The body as Latin-1 would encode the same text, when the body is valid UTF-8 and every
// character fits Latin-1.
std::optional<QByteArray> utf8AsLatin1(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder(bytes);
    if (decoder.hasError())
        return std::nullopt;
    const bool fitsLatin1 =
        std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() <= 0xff; });
    if (!fitsLatin1)
        return std::nullopt;
    return text.toLatin1();
}

QByteArray latin1AsUtf8(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes).toUtf8();
}

qsizetype firstDifference(const QByteArray &a, const QByteArray &b)
{
    const qsizetype common = std::min(a.size(), b.size());
    for (qsizetype i = 0; i < common; ++i) {
        if (a.at(i) != b.at(i))
            return i;
    }
    return common;
}

QStringList errorDescriptions(const QByteArray &body)
{
    QStringList descriptions;
    const QJsonArray entries = QJsonDocument::fromJson(body).object().value(u"Error"_s).toArray();
    for (const QJsonValue &entry : entries)
        descriptions << entry.toObject().value(u"error_description"_s).toString();
    return descriptions;
}

QString shortFingerprint(const QByteArray &hexFingerprint)
{
    // The first eight bytes tell keys apart in a sentence; the full fingerprint is shown beside.
    return crypto::formatFingerprint(hexFingerprint.left(16)) + u"…"_s;
}

// Re-capitalises "x-bunq-client-response-id" to "X-Bunq-Client-Response-Id".
QByteArray capitalisedHeaderName(const QByteArray &name)
{
    QByteArray result = name.toLower();
    bool startOfWord = true;
    for (char &c : result) {
        if (startOfWord && c >= 'a' && c <= 'z')
            c = static_cast<char>(c - 'a' + 'A');
        startOfWord = c == '-';
    }
    return result;
}

QByteArray pathFromVersion(const QUrl &url)
{
    QByteArray path = url.path(QUrl::FullyEncoded).toUtf8();
    const qsizetype version = path.indexOf("/v1/");
    if (version > 0)
        path = path.mid(version);
    if (url.hasQuery())
        path += '?' + url.query(QUrl::FullyEncoded).toUtf8();
    return path;
}

CauseFinding finding(SignatureCause cause, CauseVerdict verdict, const QString &reason)
{
    return CauseFinding{cause, verdict, reason};
}

// The bytes, the signature and the keys that a request diagnosis works on.
struct RequestFacts
{
    QByteArray body;        // as sent
    QByteArray signedBytes; // as signed; equal to body when the app did not record them
    bool signedBytesRecorded = false;
    QByteArray signerFingerprint;
    QByteArray installationFingerprint;
    SignatureProbe probe;
    bool bodyVerifies = false;
    bool installationKeyVerifiesBody = false;
};

CauseFinding requestBytesChanged(const RequestFacts &facts)
{
    if (facts.signedBytesRecorded && facts.signedBytes != facts.body) {
        const qsizetype offset = firstDifference(facts.signedBytes, facts.body);
        //: %1 and %2 are byte counts, %3 a byte offset from 0.
        return finding(
            SignatureCause::BytesChanged, CauseVerdict::RuledIn,
            DiagnosisText::tr("The body sent (%1 bytes) is not the bytes signed (%2 bytes); "
                              "they differ from byte %3 on.")
                .arg(facts.body.size())
                .arg(facts.signedBytes.size())
                .arg(offset));
    }
    if (facts.installationKeyVerifiesBody) {
        return finding(
            SignatureCause::BytesChanged, CauseVerdict::Unknown,
            DiagnosisText::tr("The signature verifies here over the body as sent, with the "
                              "installation's key, so bunq should have accepted it. The bytes "
                              "may have changed on the way, for example in a proxy, which this "
                              "app cannot see."));
    }
    if (facts.signedBytesRecorded) {
        return finding(SignatureCause::BytesChanged, CauseVerdict::RuledOut,
                       DiagnosisText::tr("The body sent is byte for byte the bytes signed."));
    }
    if (facts.bodyVerifies) {
        return finding(SignatureCause::BytesChanged, CauseVerdict::RuledOut,
                       DiagnosisText::tr("The signature verifies over the body as sent."));
    }
    return finding(
        SignatureCause::BytesChanged, CauseVerdict::Unknown,
        DiagnosisText::tr("The bytes signed were not recorded, so they cannot be compared "
                          "with the body sent."));
}

// Shared by the request and the response: decides whether the signature covers the bytes with
// their line endings swapped. checked is the request body or the response body.
CauseFinding lineEndings(const QByteArray &checked, const SignatureProbe &probe,
                         bool checkedVerifies)
{
    if (!hasLineBreak(checked)) {
        return finding(
            SignatureCause::LineEndings, CauseVerdict::RuledOut,
            DiagnosisText::tr("The body has no line breaks, so there were none to convert."));
    }

    const QByteArray crlf = withCrlfLineEndings(checked);
    if (crlf != checked && probe.verifies(crlf)) {
        return finding(
            SignatureCause::LineEndings, CauseVerdict::RuledIn,
            DiagnosisText::tr("The signature verifies over the body with CRLF line endings, "
                              "but the body has LF line endings: they were converted after "
                              "signing."));
    }
    const QByteArray lf = withLfLineEndings(checked);
    if (lf != checked && probe.verifies(lf)) {
        return finding(
            SignatureCause::LineEndings, CauseVerdict::RuledIn,
            DiagnosisText::tr("The signature verifies over the body with LF line endings, but "
                              "the body has CRLF line endings: they were converted after "
                              "signing."));
    }

    if (checkedVerifies) {
        return finding(
            SignatureCause::LineEndings, CauseVerdict::RuledOut,
            DiagnosisText::tr("The signature verifies over the body with its line endings "
                              "unchanged."));
    }
    return finding(
        SignatureCause::LineEndings, CauseVerdict::RuledOut,
        DiagnosisText::tr("The signature does not verify over the body with CRLF or with LF "
                          "line endings either."));
}

CauseFinding textEncoding(const QByteArray &checked, const SignatureProbe &probe,
                          bool checkedVerifies)
{
    if (isAscii(checked)) {
        return finding(SignatureCause::TextEncoding, CauseVerdict::RuledOut,
                       DiagnosisText::tr("The body is plain ASCII, which is the same in UTF-8 and "
                                         "Latin-1."));
    }

    if (probe.verifies(latin1AsUtf8(checked))) {
        return finding(
            SignatureCause::TextEncoding, CauseVerdict::RuledIn,
            DiagnosisText::tr("The signature verifies over the body encoded as UTF-8, but "
                              "the body is Latin-1: the text was re-encoded after signing."));
    }
    const std::optional<QByteArray> latin1 = utf8AsLatin1(checked);
    if (latin1 && probe.verifies(*latin1)) {
        return finding(
            SignatureCause::TextEncoding, CauseVerdict::RuledIn,
            DiagnosisText::tr("The signature verifies over the body encoded as Latin-1, but "
                              "the body is UTF-8: the text was re-encoded after signing."));
    }

    if (checkedVerifies) {
        return finding(SignatureCause::TextEncoding, CauseVerdict::RuledOut,
                       DiagnosisText::tr("The signature verifies over the body in the encoding it "
                                         "has."));
    }
    return finding(
        SignatureCause::TextEncoding, CauseVerdict::RuledOut,
        DiagnosisText::tr("The signature does not verify over the body re-encoded between "
                          "Latin-1 and UTF-8 either."));
}

CauseFinding requestKeyMismatch(const RequestFacts &facts)
{
    if (facts.installationFingerprint.isEmpty()) {
        return finding(
            SignatureCause::KeyMismatch, CauseVerdict::Unknown,
            DiagnosisText::tr("The key registered with the installation is not known here, so "
                              "it cannot be compared with the signing key."));
    }
    if (facts.installationKeyVerifiesBody) {
        return finding(SignatureCause::KeyMismatch, CauseVerdict::RuledOut,
                       DiagnosisText::tr("The installation's key verifies the signature."));
    }
    if (facts.signerFingerprint.isEmpty()) {
        return finding(SignatureCause::KeyMismatch, CauseVerdict::Unknown,
                       DiagnosisText::tr("The key that signed is not known here, so it cannot be "
                                         "compared with the installation's key."));
    }
    if (facts.signerFingerprint != facts.installationFingerprint) {
        //: %1 and %2 are the starts of two key fingerprints.
        return finding(
            SignatureCause::KeyMismatch, CauseVerdict::RuledIn,
            DiagnosisText::tr("The request was signed with the key %1, but the installation "
                              "registered the key %2, and bunq verifies with that one.")
                .arg(shortFingerprint(facts.signerFingerprint),
                     shortFingerprint(facts.installationFingerprint)));
    }
    //: %1 is the start of a key fingerprint.
    return finding(
        SignatureCause::KeyMismatch, CauseVerdict::RuledOut,
        DiagnosisText::tr("The request was signed with the key the installation registered "
                          "(%1).")
            .arg(shortFingerprint(facts.signerFingerprint)));
}

CauseFinding oldStyle(const QByteArray &oldStyleBytes, const SignatureProbe &probe,
                      bool checkedVerifies, bool isRequest)
{
    if (probe.verifies(oldStyleBytes)) {
        return finding(
            SignatureCause::OldStyleSignature, CauseVerdict::RuledIn,
            isRequest ? DiagnosisText::tr("The signature covers the method, path and headers as "
                                          "well as the body, as bunq required until 2020. bunq now "
                                          "verifies it over the body alone.")
                      : DiagnosisText::tr("The signature covers the status and headers as well as "
                                          "the body, as bunq signed until April 2020."));
    }
    if (checkedVerifies) {
        return finding(SignatureCause::OldStyleSignature, CauseVerdict::RuledOut,
                       DiagnosisText::tr("The signature covers the body alone, as bunq expects."));
    }
    return finding(SignatureCause::OldStyleSignature, CauseVerdict::RuledOut,
                   isRequest
                       ? DiagnosisText::tr("The signature does not verify over the method, path, "
                                           "headers and body either.")
                       : DiagnosisText::tr("The signature does not verify over the status, "
                                           "headers and body either."));
}

SignedMessage diagnoseRequest(const api::ApiExchange &exchange, const DiagnosisKeys &keys)
{
    SignedMessage message;
    message.signature = exchange.signature;
    if (message.signature.isEmpty())
        message.signature = exchange.requestHeader(requestSignatureHeader).trimmed();
    // Without a recorded signature, the body sent is the best guess at what a header signature
    // covers; an unsigned request covers nothing.
    const bool signedBytesRecorded = !exchange.signature.isEmpty();
    if (signedBytesRecorded)
        message.signedBytes = exchange.signedBytes;
    else if (!message.signature.isEmpty())
        message.signedBytes = exchange.requestBody;
    message.keyFingerprint =
        !exchange.clientKeyFingerprint.isEmpty()
            ? exchange.clientKeyFingerprint
            : (keys.clientKey.isNull() ? QByteArray() : keys.clientKey.sha256Fingerprint());
    message.localCheck = checkWith(keys.clientKey, exchange.requestBody, message.signature);
    message.installationCheck =
        checkWith(keys.installationKey, exchange.requestBody, message.signature);
    message.rejected = serverRejectedRequestSignature(exchange);
    if (!message.rejected)
        return message;

    if (message.signature.isEmpty()) {
        message.causes << finding(
            SignatureCause::SignatureMissing, CauseVerdict::RuledIn,
            DiagnosisText::tr("The request has no X-Bunq-Client-Signature header, "
                              "or an empty one."));
        return message;
    }

    RequestFacts facts{exchange.requestBody,
                       message.signedBytes,
                       signedBytesRecorded,
                       message.keyFingerprint,
                       keys.installationKey.isNull() ? QByteArray()
                                                     : keys.installationKey.sha256Fingerprint(),
                       SignatureProbe(message.signature, {keys.clientKey, keys.installationKey}),
                       false,
                       message.installationCheck == LocalCheck::Valid};
    facts.bodyVerifies = facts.probe.verifies(facts.body);

    message.causes << finding(SignatureCause::SignatureMissing, CauseVerdict::RuledOut,
                              DiagnosisText::tr("The request carries a signature."));
    if (!facts.probe.hasKeys()) {
        const QString noKey =
            DiagnosisText::tr("No public key is known to verify the signature with.");
        for (SignatureCause cause : {SignatureCause::BytesChanged, SignatureCause::LineEndings,
                                     SignatureCause::TextEncoding, SignatureCause::KeyMismatch,
                                     SignatureCause::OldStyleSignature})
            message.causes << finding(cause, CauseVerdict::Unknown, noKey);
        return message;
    }

    message.causes << requestBytesChanged(facts)
                   << lineEndings(facts.body, facts.probe, facts.bodyVerifies)
                   << textEncoding(facts.body, facts.probe, facts.bodyVerifies)
                   << requestKeyMismatch(facts)
                   << oldStyle(oldStyleRequestBytes(exchange), facts.probe, facts.bodyVerifies,
                               true);
    return message;
}

CauseFinding responseBytesChanged(const api::ApiExchange &exchange, bool bodyVerifies)
{
    if (bodyVerifies) {
        return finding(SignatureCause::BytesChanged, CauseVerdict::RuledOut,
                       DiagnosisText::tr("The signature verifies over the body as received."));
    }
    if (exchange.responseWasCompressed) {
        return finding(
            SignatureCause::BytesChanged, CauseVerdict::Unknown,
            DiagnosisText::tr("The response arrived compressed and was checked after "
                              "decompression; bunq may have signed the compressed bytes."));
    }
    return finding(
        SignatureCause::BytesChanged, CauseVerdict::Unknown,
        DiagnosisText::tr("The signature does not verify over the body as received. The body "
                          "may have changed on the way, or the server signed with another "
                          "key; the exchange cannot tell which."));
}

CauseFinding responseKeyMismatch(const api::ApiExchange &exchange,
                                 const crypto::RsaPublicKey &serverKey, bool anyVariantVerifies)
{
    const QByteArray expected = serverKey.sha256Fingerprint();
    const QByteArray used = exchange.serverKeyFingerprint;
    if (!used.isEmpty() && used != expected) {
        //: %1 and %2 are the starts of two key fingerprints.
        return finding(SignatureCause::KeyMismatch, CauseVerdict::RuledIn,
                       DiagnosisText::tr("The response was checked with the key %1, but the "
                                         "installation's server key is %2.")
                           .arg(shortFingerprint(used), shortFingerprint(expected)));
    }
    if (anyVariantVerifies) {
        return finding(SignatureCause::KeyMismatch, CauseVerdict::RuledOut,
                       DiagnosisText::tr("The installation's server key verifies the signature."));
    }
    return finding(
        SignatureCause::KeyMismatch, CauseVerdict::Unknown,
        DiagnosisText::tr("The server key verifies the signature over none of the variants "
                          "tried, so the server may have signed with another key."));
}

SignedMessage diagnoseResponse(const api::ApiExchange &exchange, const crypto::RsaPublicKey &key)
{
    SignedMessage message;
    message.signedBytes = exchange.responseBody;
    message.signature = exchange.responseHeader(serverSignatureHeader).trimmed();
    message.keyFingerprint = key.isNull() ? exchange.serverKeyFingerprint : key.sha256Fingerprint();
    message.localCheck = checkWith(key, exchange.responseBody, message.signature);
    message.installationCheck = LocalCheck::NoKey;

    const bool verdictFailed = exchange.serverSignature == api::SignatureVerdict::Invalid ||
                               exchange.serverSignature == api::SignatureVerdict::Missing;
    message.rejected =
        exchange.status != 0 && (verdictFailed || message.localCheck == LocalCheck::Invalid);
    if (!message.rejected)
        return message;

    if (message.signature.isEmpty()) {
        message.causes << finding(SignatureCause::SignatureMissing, CauseVerdict::RuledIn,
                                  DiagnosisText::tr("The response has no X-Bunq-Server-Signature "
                                                    "header."));
        return message;
    }
    message.causes << finding(SignatureCause::SignatureMissing, CauseVerdict::RuledOut,
                              DiagnosisText::tr("The response carries a signature."));
    if (key.isNull()) {
        const QString noKey = DiagnosisText::tr("The server key is not known here.");
        for (SignatureCause cause : {SignatureCause::BytesChanged, SignatureCause::LineEndings,
                                     SignatureCause::TextEncoding, SignatureCause::KeyMismatch,
                                     SignatureCause::OldStyleSignature})
            message.causes << finding(cause, CauseVerdict::Unknown, noKey);
        return message;
    }

    const SignatureProbe probe(message.signature, {key});
    const bool bodyVerifies = message.localCheck == LocalCheck::Valid;
    const CauseFinding lines = lineEndings(exchange.responseBody, probe, bodyVerifies);
    const CauseFinding encoding = textEncoding(exchange.responseBody, probe, bodyVerifies);
    const CauseFinding legacy =
        oldStyle(oldStyleResponseBytes(exchange), probe, bodyVerifies, false);
    const bool anyVariantVerifies = bodyVerifies || lines.verdict == CauseVerdict::RuledIn ||
                                    encoding.verdict == CauseVerdict::RuledIn ||
                                    legacy.verdict == CauseVerdict::RuledIn;

    message.causes << responseBytesChanged(exchange, bodyVerifies) << lines << encoding
                   << responseKeyMismatch(exchange, key, anyVariantVerifies) << legacy;
    return message;
}

} // namespace

SignatureDiagnosis diagnoseSignatures(const api::ApiExchange &exchange, const DiagnosisKeys &keys)
{
    SignatureDiagnosis diagnosis;
    diagnosis.request = diagnoseRequest(exchange, keys);
    diagnosis.response = diagnoseResponse(exchange, keys.serverKey);
    return diagnosis;
}

bool serverRejectedRequestSignature(const api::ApiExchange &exchange)
{
    if (exchange.status == httpSignatureRequired)
        return true;
    if (exchange.status < 400)
        return false;

    const QStringList descriptions = errorDescriptions(exchange.responseBody);
    return std::any_of(descriptions.cbegin(), descriptions.cend(), [](const QString &text) {
        return text.contains(u"request signature is invalid"_s, Qt::CaseInsensitive) ||
               text.contains(u"request signature is required"_s, Qt::CaseInsensitive);
    });
}

QByteArray oldStyleRequestBytes(const api::ApiExchange &exchange)
{
    api::HeaderList signedHeaders;
    for (const auto &[name, value] : exchange.requestHeaders) {
        const QByteArray lower = name.toLower();
        const bool covered =
            lower == "cache-control" || lower == "user-agent" ||
            (lower.startsWith("x-bunq-") && lower != requestSignatureHeader.toLower());
        if (covered)
            signedHeaders.append({name, value});
    }
    std::stable_sort(signedHeaders.begin(), signedHeaders.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });

    QByteArray bytes = exchange.method.toUpper() + ' ' + pathFromVersion(exchange.url) + '\n';
    for (const auto &[name, value] : signedHeaders)
        bytes += name + ": " + value + '\n';
    bytes += '\n';
    bytes += exchange.requestBody;
    return bytes;
}

QByteArray oldStyleResponseBytes(const api::ApiExchange &exchange)
{
    api::HeaderList signedHeaders;
    for (const auto &[name, value] : exchange.responseHeaders) {
        const QByteArray lower = name.toLower();
        if (lower.startsWith("x-bunq-") && lower != serverSignatureHeader.toLower())
            signedHeaders.append({capitalisedHeaderName(name), value});
    }
    std::stable_sort(signedHeaders.begin(), signedHeaders.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });

    QByteArrayList lines;
    for (const auto &[name, value] : signedHeaders)
        lines << name + ": " + value;
    return QByteArray::number(exchange.status) + '\n' + lines.join('\n') + "\n\n" +
           exchange.responseBody;
}

QString causeTitle(SignatureCause cause, bool forResponse)
{
    switch (cause) {
    case SignatureCause::SignatureMissing:
        return DiagnosisText::tr("Signature missing");
    case SignatureCause::BytesChanged:
        return DiagnosisText::tr("Bytes changed after signing");
    case SignatureCause::LineEndings:
        //: CRLF and LF are the Windows and Unix line endings.
        return DiagnosisText::tr("CRLF conversion");
    case SignatureCause::TextEncoding:
        return DiagnosisText::tr("Different text encoding");
    case SignatureCause::KeyMismatch:
        return DiagnosisText::tr("Key does not match the installation");
    case SignatureCause::OldStyleSignature:
        return forResponse ? DiagnosisText::tr("Old-style signature over status and headers")
                           : DiagnosisText::tr("Old-style signature over method, path and headers");
    }
    return {};
}

QString causeVerdictText(CauseVerdict verdict)
{
    switch (verdict) {
    case CauseVerdict::RuledIn:
        //: A possible cause of a rejected signature that a check confirmed.
        return DiagnosisText::tr("ruled in");
    case CauseVerdict::RuledOut:
        //: A possible cause of a rejected signature that a check excluded.
        return DiagnosisText::tr("ruled out");
    case CauseVerdict::Unknown:
        //: A possible cause of a rejected signature that no check could decide.
        return DiagnosisText::tr("undecided");
    }
    return {};
}

QString localCheckText(LocalCheck check)
{
    switch (check) {
    case LocalCheck::Valid:
        return DiagnosisText::tr("signature valid");
    case LocalCheck::Invalid:
        return DiagnosisText::tr("signature invalid");
    case LocalCheck::NoSignature:
        return DiagnosisText::tr("no signature");
    case LocalCheck::NoKey:
        return DiagnosisText::tr("not checked: the public key is not known");
    }
    return {};
}

bool needsHexView(const QByteArray &bytes)
{
    return std::any_of(bytes.cbegin(), bytes.cend(), [](char c) {
        const auto byte = static_cast<unsigned char>(c);
        const bool control = byte < 0x20 && byte != '\n' && byte != '\t';
        return byte >= 0x7f || control;
    });
}

QString hexDump(const QByteArray &bytes)
{
    constexpr qsizetype bytesPerLine = 16;
    QStringList lines;
    for (qsizetype offset = 0; offset < bytes.size(); offset += bytesPerLine) {
        const QByteArray chunk = bytes.mid(offset, bytesPerLine);

        QString hex;
        QString printable;
        for (qsizetype i = 0; i < bytesPerLine; ++i) {
            // An extra space after the eighth byte splits the line into two halves of eight.
            if (i == 8)
                hex += u' ';
            if (i >= chunk.size()) {
                hex += u"   "_s;
                continue;
            }
            const auto byte = static_cast<unsigned char>(chunk.at(i));
            hex += u"%1 "_s.arg(uint(byte), 2, 16, QLatin1Char('0'));
            printable += byte >= 0x20 && byte < 0x7f ? QLatin1Char(char(byte)) : QLatin1Char('.');
        }
        lines << u"%1  %2 |%3|"_s.arg(offset, 8, 16, QLatin1Char('0')).arg(hex, printable);
    }
    return lines.join(u'\n');
}

} // namespace studio::diagnostics
