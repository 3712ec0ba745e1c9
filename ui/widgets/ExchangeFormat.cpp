// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/ExchangeFormat.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>

using namespace Qt::StringLiterals;

namespace studio::ui {

namespace {

// The translation context of the free functions below.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(studio::ui::ExchangeFormat)
};

void appendNewline(QByteArray &out, int depth)
{
    out += '\n';
    out += QByteArray(depth * 2, ' ');
}

bool isJsonWhitespace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// Returns the index of the next character after position that is not JSON whitespace.
qsizetype skipWhitespace(const QByteArray &json, qsizetype position)
{
    while (position < json.size() && isJsonWhitespace(json.at(position)))
        ++position;
    return position;
}

} // namespace

std::optional<QByteArray> indentJson(const QByteArray &json)
{
    QJsonParseError parseError;
    QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return std::nullopt;

    // The parser above only validates. The text is re-indented from the original bytes because
    // this view shows what went over the wire. QJsonDocument::toJson would sort object keys and
    // drop escapes such as "\/".
    QByteArray out;
    out.reserve(json.size() + json.size() / 2);
    int depth = 0;
    bool inString = false;
    bool escaped = false;

    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json.at(i);

        if (inString) {
            out += c;
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            continue;
        }

        switch (c) {
        case '"':
            inString = true;
            out += c;
            break;
        case '{':
        case '[': {
            const char closing = c == '{' ? '}' : ']';
            const qsizetype next = skipWhitespace(json, i + 1);
            out += c;
            if (next < json.size() && json.at(next) == closing) {
                out += closing; // an empty object or array stays on one line
                i = next;
                break;
            }
            ++depth;
            appendNewline(out, depth);
            break;
        }
        case '}':
        case ']':
            --depth;
            appendNewline(out, depth);
            out += c;
            break;
        case ',':
            out += c;
            appendNewline(out, depth);
            break;
        case ':':
            out += ": ";
            break;
        default:
            if (!isJsonWhitespace(c))
                out += c;
            break;
        }
    }
    return out;
}

QString bodyForDisplay(const QByteArray &body)
{
    if (const auto indented = indentJson(body))
        return QString::fromUtf8(*indented);
    return QString::fromUtf8(body);
}

QString requestTarget(const api::ApiExchange &exchange)
{
    QString target = exchange.url.path(QUrl::FullyEncoded);
    if (exchange.url.hasQuery())
        target += u'?' + exchange.url.query(QUrl::FullyEncoded);
    return target;
}

QString statusText(const api::ApiExchange &exchange)
{
    if (exchange.status == 0) {
        if (exchange.transportError.isEmpty())
            //: Shown instead of an HTTP status when no response arrived.
            return Text::tr("no response");
        //: %1 is the network error, e.g. "Connection refused".
        return Text::tr("no response (%1)").arg(exchange.transportError);
    }
    if (exchange.reasonPhrase.isEmpty())
        return QString::number(exchange.status);
    return QString::number(exchange.status) + u' ' + QString::fromUtf8(exchange.reasonPhrase);
}

QString summaryLine(const api::ApiExchange &exchange)
{
    const QString method = QString::fromLatin1(exchange.method);
    const QString elapsed =
        //: Elapsed time of an HTTP call; %1 is a number of milliseconds.
        Text::tr("%1 ms").arg(exchange.elapsedMs);

    if (exchange.status == 0) {
        //: %1 method, %2 path, %3 "no response (reason)", %4 elapsed time.
        return Text::tr("%1 %2 → %3 · %4")
            .arg(method, requestTarget(exchange), statusText(exchange), elapsed);
    }
    //: %1 method, %2 path, %3 HTTP status, %4 elapsed time, %5 server signature verdict.
    return Text::tr("%1 %2 → %3 · %4 · %5")
        .arg(method, requestTarget(exchange), statusText(exchange), elapsed,
             api::signatureVerdictText(exchange.serverSignature));
}

QString headersAsText(const api::HeaderList &headers)
{
    QString text;
    for (const auto &[name, value] : headers)
        text += QString::fromLatin1(name) + u": "_s + QString::fromUtf8(value) + u'\n';
    return text;
}

QString byteCountText(qsizetype count)
{
    // The English catalogue (studio_en.ts) turns "byte(s)" into "byte" or "bytes".
    //: Size of a body.
    return Text::tr("%n byte(s)", nullptr, static_cast<int>(count));
}

} // namespace studio::ui
