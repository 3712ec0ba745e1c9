// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/Redaction.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace studio::api {

namespace {

constexpr qsizetype visibleTail = 4;
constexpr qsizetype visibleHead = 2;
// Shorter secrets would give away too much of themselves if head and tail were shown.
constexpr qsizetype shortestPartlyShownSecret = 16;

const QByteArray sandboxPrefix = "sandbox_"_ba;

} // namespace

QString maskSecret(const QByteArray &secret)
{
    if (secret.isEmpty())
        return {};
    if (secret.size() < shortestPartlyShownSecret)
        return QString(8, u'•');

    // The "sandbox_" prefix is no secret and shows people which environment a key is for.
    const qsizetype prefixLength = secret.startsWith(sandboxPrefix) ? sandboxPrefix.size() : 0;
    const QByteArray head = secret.left(prefixLength + visibleHead);
    const QByteArray tail = secret.right(visibleTail);
    return QString::fromUtf8(head) + u'…' + QString::fromUtf8(tail);
}

bool isSecretHeader(const QByteArray &name)
{
    return name.compare("X-Bunq-Client-Authentication", Qt::CaseInsensitive) == 0;
}

HeaderList redactHeaders(const HeaderList &headers)
{
    HeaderList redacted;
    redacted.reserve(headers.size());
    for (const auto &[name, value] : headers) {
        const QByteArray shown = isSecretHeader(name) ? maskSecret(value).toUtf8() : value;
        redacted.append({name, shown});
    }
    return redacted;
}

QByteArray redactJsonBody(const QByteArray &body)
{
    // A text substitution instead of parse and re-serialise, so the shown body keeps the exact
    // bytes, spacing and key order that went over the wire.
    static const QRegularExpression secretField(
        uR"re("(secret|token|api_key|private_key_client)"(\s*:\s*)"((?:[^"\\]|\\.)*)")re"_s);

    const QString text = QString::fromUtf8(body);
    QString result;
    result.reserve(text.size());

    qsizetype copiedUpTo = 0;
    auto matches = secretField.globalMatch(text);
    while (matches.hasNext()) {
        const QRegularExpressionMatch match = matches.next();
        result += QStringView(text).mid(copiedUpTo, match.capturedStart(3) - copiedUpTo);
        result += maskSecret(match.captured(3).toUtf8());
        copiedUpTo = match.capturedEnd(3);
    }
    result += QStringView(text).mid(copiedUpTo);
    return result.toUtf8();
}

} // namespace studio::api
