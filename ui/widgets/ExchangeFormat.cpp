// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/ExchangeFormat.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>

#include <cstring>

using namespace Qt::StringLiterals;

namespace studio::ui {

namespace {

// The translation context of the free functions below.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(studio::ui::ExchangeFormat)
};

// Writes indented JSON into a buffer sized ahead, because appending byte by byte to a
// QByteArray costs too much for bodies of several megabytes.
class IndentWriter
{
public:
    explicit IndentWriter(qsizetype expectedSize) { m_out.resize(expectedSize); }

    void put(char c)
    {
        reserve(1);
        m_out.data()[m_size++] = c;
    }

    void put(const char *data, qsizetype length)
    {
        reserve(length);
        std::memcpy(m_out.data() + m_size, data, static_cast<std::size_t>(length));
        m_size += length;
    }

    void newline(int depth)
    {
        const qsizetype indent = qsizetype(depth) * 2;
        reserve(indent + 1);
        char *out = m_out.data() + m_size;
        *out = '\n';
        std::memset(out + 1, ' ', static_cast<std::size_t>(indent));
        m_size += indent + 1;
    }

    QByteArray take()
    {
        m_out.truncate(m_size);
        return std::move(m_out);
    }

private:
    void reserve(qsizetype extra)
    {
        if (m_size + extra > m_out.size())
            m_out.resize(qMax(m_out.size() * 2, m_size + extra));
    }

    QByteArray m_out;
    qsizetype m_size = 0;
};

bool isJsonWhitespace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// Returns the position of the closing quote of the string whose contents start at begin.
const char *findStringEnd(const char *begin, const char *end)
{
    for (const char *p = begin; p < end; ++p) {
        if (*p == '\\')
            ++p;
        else if (*p == '"')
            return p;
    }
    return end;
}

// Returns the first position at or after begin that is not JSON whitespace.
const char *skipWhitespace(const char *begin, const char *end)
{
    while (begin < end && isJsonWhitespace(*begin))
        ++begin;
    return begin;
}

// How many bytes are indented between two polls of the cancel callback.
constexpr qsizetype cancelPollBytes = 1 << 20;

} // namespace

std::optional<QByteArray> indentJson(const QByteArray &json)
{
    QJsonParseError parseError;
    QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return std::nullopt;
    return indentValidJson(json);
}

QByteArray indentValidJson(const QByteArray &json, const std::function<bool()> &isCancelled)
{
    // The text is re-indented from the original bytes because this view shows what went over
    // the wire. QJsonDocument::toJson would sort object keys and drop escapes such as "\/".
    IndentWriter out(json.size() + json.size() / 2 + 16);
    int depth = 0;
    const char *const begin = json.constData();
    const char *const end = begin + json.size();
    const char *nextPoll = begin + cancelPollBytes;

    for (const char *p = begin; p < end; ++p) {
        if (p >= nextPoll) {
            if (isCancelled && isCancelled())
                break;
            nextPoll = p + cancelPollBytes;
        }

        const char c = *p;
        switch (c) {
        case '"': {
            const char *closing = findStringEnd(p + 1, end);
            const qsizetype length = qMin(closing + 1, end) - p;
            out.put(p, length);
            p += length - 1;
            break;
        }
        case '{':
        case '[': {
            const char closing = c == '{' ? '}' : ']';
            const char *next = skipWhitespace(p + 1, end);
            out.put(c);
            if (next < end && *next == closing) {
                out.put(closing); // an empty object or array stays on one line
                p = next;
                break;
            }
            ++depth;
            out.newline(depth);
            break;
        }
        case '}':
        case ']':
            --depth;
            out.newline(depth);
            out.put(c);
            break;
        case ',':
            out.put(c);
            out.newline(depth);
            break;
        case ':':
            out.put(": ", 2);
            break;
        default:
            if (!isJsonWhitespace(c))
                out.put(c);
            break;
        }
    }
    return out.take();
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
