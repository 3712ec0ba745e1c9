// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/PreparedBody.h"

#include "api/Redaction.h"
#include "widgets/ExchangeFormat.h"

#include <QRegularExpression>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace studio::ui {

namespace {

bool isValidUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    const QString decoded = decoder.decode(bytes);
    return !decoder.hasError();
}

// Masks secrets in bytes that are not valid UTF-8. Latin-1 maps every byte to one character
// and back, so the bytes around the masked values survive.
// NOTE: the field names repeat those in api::redactJsonBody, which converts through UTF-8 and
// would replace invalid bytes with U+FFFD. Keep both lists equal.
QByteArray maskSecretsInBinary(const QByteArray &body)
{
    static const QRegularExpression secretField(
        uR"re("(secret|token|api_key|private_key_client)"(\s*:\s*)"((?:[^"\\]|\\.)*)")re"_s);

    const QString text = QString::fromLatin1(body);
    QByteArray result;
    result.reserve(body.size());

    qsizetype copiedUpTo = 0;
    auto matches = secretField.globalMatch(text);
    while (matches.hasNext()) {
        const QRegularExpressionMatch match = matches.next();
        result += body.mid(copiedUpTo, match.capturedStart(3) - copiedUpTo);
        result += api::maskSecret(match.captured(3).toLatin1()).toUtf8();
        copiedUpTo = match.capturedEnd(3);
    }
    result += body.mid(copiedUpTo);
    return result;
}

} // namespace

QByteArray maskBodySecrets(const QByteArray &body)
{
    if (isValidUtf8(body))
        return api::redactJsonBody(body);
    return maskSecretsInBinary(body);
}

PreparedBody prepareBody(const QByteArray &body, bool revealSecrets,
                         const std::function<bool()> &isCancelled,
                         const std::function<void(int)> &reportProgress)
{
    const auto cancelled = [&isCancelled] { return isCancelled && isCancelled(); };
    const auto progress = [&reportProgress](int percent) {
        if (reportProgress)
            reportProgress(percent);
    };
    PreparedBody prepared;
    PreparedBody cancelledResult;
    cancelledResult.cancelled = true;

    prepared.shownBytes = revealSecrets ? body : maskBodySecrets(body);
    progress(15);
    if (cancelled())
        return cancelledResult;

    QStringDecoder decoder(QStringConverter::Utf8);
    prepared.raw = std::make_shared<StringLines>(decoder.decode(prepared.shownBytes));
    const bool validUtf8 = !decoder.hasError();
    progress(25);
    if (prepared.shownBytes.isEmpty()) {
        prepared.formatted = prepared.raw;
        return prepared;
    }
    if (!validUtf8) {
        prepared.kind = PreparedBody::Kind::Binary;
        prepared.formatted = prepared.raw;
        return prepared;
    }
    if (cancelled())
        return cancelledResult;

    auto parsed = JsonTree::parse(prepared.shownBytes, isCancelled);
    progress(55);
    if (!parsed.ok()) {
        if (parsed.error().kind == JsonParseError::Kind::Cancelled)
            return cancelledResult;
        prepared.kind = PreparedBody::Kind::Text;
        prepared.jsonError = parsed.error();
        prepared.formatted = prepared.raw;
        return prepared;
    }
    prepared.kind = PreparedBody::Kind::Json;
    prepared.tree = std::make_shared<const JsonTree>(std::move(parsed).value());

    const QByteArray indented = indentValidJson(prepared.shownBytes, isCancelled);
    progress(75);
    if (cancelled())
        return cancelledResult;
    prepared.formatted = std::make_shared<StringLines>(QString::fromUtf8(indented));
    progress(100);
    return prepared;
}

} // namespace studio::ui
