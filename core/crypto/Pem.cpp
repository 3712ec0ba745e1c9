// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/Pem.h"

#include "crypto/CryptoSupport_p.h"

#include <optional>

using namespace Qt::StringLiterals;

namespace studio::crypto {

namespace {

using PemResult = Result<PemBlock, QString>;

constexpr QByteArrayView kBeginMarker = "-----BEGIN ";
constexpr QByteArrayView kEndMarker = "-----END ";
constexpr QByteArrayView kDashes = "-----";
constexpr qsizetype kLineLength = 64;

struct MarkerLine
{
    QByteArray label;
    qsizetype end = 0; // index just past the closing dashes
};

// Reads "<label>-----" starting at labelStart. The closing dashes must sit on the same line.
std::optional<MarkerLine> readMarkerLabel(const QByteArray &text, qsizetype labelStart)
{
    const qsizetype dashesAt = text.indexOf(kDashes, labelStart);
    if (dashesAt < 0)
        return std::nullopt;

    const qsizetype lineEnd = text.indexOf('\n', labelStart);
    if (lineEnd >= 0 && lineEnd < dashesAt)
        return std::nullopt;

    return MarkerLine{text.mid(labelStart, dashesAt - labelStart), dashesAt + kDashes.size()};
}

QByteArray withoutWhitespace(QByteArrayView text)
{
    QByteArray compact;
    compact.reserve(text.size());
    for (const char c : text) {
        const bool isWhitespace =
            c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v' || c == '\f';
        if (!isWhitespace)
            compact.append(c);
    }
    return compact;
}

QString labelText(const QByteArray &label)
{
    return QString::fromLatin1(label);
}

} // namespace

Result<PemBlock, QString> decodePem(const QByteArray &text)
{
    const qsizetype beginAt = text.indexOf(kBeginMarker);
    if (beginAt < 0)
        return PemResult::failure(u"No PEM block found: the text has no line starting with "
                                  "'-----BEGIN '."_s);

    const auto begin = readMarkerLabel(text, beginAt + kBeginMarker.size());
    if (!begin || begin->label.isEmpty())
        return PemResult::failure(u"The PEM BEGIN line is incomplete: it must read "
                                  "'-----BEGIN <label>-----' on one line."_s);

    const qsizetype endAt = text.indexOf(kEndMarker, begin->end);
    if (endAt < 0)
        return PemResult::failure(u"The PEM block 'BEGIN %1' has no '-----END %1-----' line."_s.arg(
            labelText(begin->label)));

    const auto end = readMarkerLabel(text, endAt + kEndMarker.size());
    if (!end)
        return PemResult::failure(u"The PEM END line is incomplete: it must read "
                                  "'-----END %1-----' on one line."_s.arg(labelText(begin->label)));
    if (end->label != begin->label)
        return PemResult::failure(
            u"The PEM block starts with 'BEGIN %1' but ends with 'END %2'."_s.arg(
                labelText(begin->label), labelText(end->label)));

    const QByteArrayView body = QByteArrayView(text).sliced(begin->end, endAt - begin->end);

    // RFC 1421 headers such as "Proc-Type: 4,ENCRYPTED" only appear in legacy encrypted keys.
    if (body.contains(':'))
        return PemResult::failure(
            u"The PEM block 'BEGIN %1' contains header lines such as "
            "'Proc-Type:', which only legacy passphrase-encrypted keys use. "
            "Such keys are not supported: remove the passphrase first, for "
            "example with 'openssl pkey -in key.pem -out unencrypted.pem'."_s.arg(
                labelText(begin->label)));

    const QByteArray base64 = withoutWhitespace(body);
    if (base64.isEmpty())
        return PemResult::failure(
            u"The PEM block 'BEGIN %1' contains no base64 data."_s.arg(labelText(begin->label)));

    auto der = detail::decodeStrictBase64(base64);
    if (!der)
        return PemResult::failure(u"The PEM base64 text is invalid: it may contain only A-Z, "
                                  "a-z, 0-9, '+', '/' and whitespace, padded with '=' to a "
                                  "multiple of four characters."_s);

    return PemResult::success(PemBlock{begin->label, std::move(*der)});
}

QByteArray encodePem(const QByteArray &label, const QByteArray &der)
{
    const QByteArray base64 = der.toBase64();

    QByteArray pem;
    pem.reserve(2 * (label.size() + 16) + base64.size() + base64.size() / kLineLength + 1);
    pem += kBeginMarker.toByteArray() + label + kDashes.toByteArray() + '\n';

    for (qsizetype at = 0; at < base64.size(); at += kLineLength) {
        pem += QByteArrayView(base64).sliced(at, qMin(kLineLength, base64.size() - at));
        pem += '\n';
    }

    pem += kEndMarker.toByteArray() + label + kDashes.toByteArray() + '\n';
    return pem;
}

} // namespace studio::crypto
