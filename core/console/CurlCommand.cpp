// SPDX-License-Identifier: GPL-3.0-or-later
#include "console/CurlCommand.h"

#include "api/Redaction.h"

#include <QRegularExpression>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace studio::console {

namespace {

// Before a large body curl sends "Expect: 100-continue" and waits for an interim response. The
// threshold is 1 MiB in curl 7.88 and 1 KiB in older releases. The app's client never sends the
// header, so the command switches it off above the lower threshold.
constexpr qsizetype expectThreshold = 1024;

const QString continuation = u" \\\n  "_s;

// Length of the valid UTF-8 sequence at data[i], or 0 when the bytes there are not one.
qsizetype utf8SequenceLength(const QByteArray &data, qsizetype i)
{
    const auto byte = [&data](qsizetype at) {
        return uchar(data.at(at));
    };
    const uchar lead = byte(i);
    qsizetype length = 0;
    char32_t codePoint = 0;
    if (lead < 0x80)
        return 1;
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
        codePoint = lead & 0x1F;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        codePoint = lead & 0x0F;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        codePoint = lead & 0x07;
    } else {
        return 0;
    }
    if (i + length > data.size())
        return 0;
    for (qsizetype k = 1; k < length; ++k) {
        if ((byte(i + k) & 0xC0) != 0x80)
            return 0;
        codePoint = (codePoint << 6) | (byte(i + k) & 0x3F);
    }

    const bool overlong =
        (length == 3 && codePoint < 0x800) || (length == 4 && codePoint < 0x10000);
    const bool surrogate = codePoint >= 0xD800 && codePoint <= 0xDFFF;
    if (overlong || surrogate || codePoint > 0x10FFFF)
        return 0;
    // C1 control characters can act as terminal controls when pasted.
    if (codePoint >= 0x80 && codePoint <= 0x9F)
        return 0;
    return length;
}

bool isControlByte(uchar byte)
{
    return byte < 0x20 || byte == 0x7F;
}

// True when the body can go into a single-quoted argument as it is: printable UTF-8 only, so
// that a terminal paste cannot alter it.
bool isPlainText(const QByteArray &body)
{
    for (qsizetype i = 0; i < body.size();) {
        const qsizetype length = utf8SequenceLength(body, i);
        if (length == 0 || (length == 1 && isControlByte(uchar(body.at(i)))))
            return false;
        i += length;
    }
    return true;
}

// Writes the body as a printf format string with '\', '%' and the single quote escaped. Every
// control byte and every byte outside valid UTF-8 becomes a three-digit octal escape. POSIX
// printf reads at most three digits, so a digit that follows stays literal.
QString printfFormat(const QByteArray &body)
{
    QString format;
    for (qsizetype i = 0; i < body.size();) {
        const qsizetype length = utf8SequenceLength(body, i);
        const uchar byte = uchar(body.at(i));
        if (length == 0 || (length == 1 && isControlByte(byte))) {
            format += u'\\' + QString::number(byte, 8).rightJustified(3, u'0');
            i += 1;
            continue;
        }
        if (i == 0 && byte == '-')
            format += u"\\055"_s; // printf would take a leading '-' for an option
        else if (byte == '\\')
            format += u"\\\\"_s;
        else if (byte == '%')
            format += u"%%"_s;
        else
            format += QString::fromUtf8(body.mid(i, length));
        i += length;
    }
    return shellQuoted(format);
}

// A method such as POST needs no quotes, so only other text is quoted.
QString shellWord(const QString &text)
{
    static const QRegularExpression plain(u"^[A-Za-z]+$"_s);
    return plain.match(text).hasMatch() ? text : shellQuoted(text);
}

bool carriesBody(const api::ApiExchange &exchange)
{
    const QByteArray &method = exchange.method;
    return !exchange.requestBody.isEmpty() || method == "POST" || method == "PUT" ||
           method == "PATCH";
}

QString headerArgument(const QByteArray &name, const QByteArray &value, bool revealSecrets)
{
    const QString shownValue = api::isSecretHeader(name) && !revealSecrets
                                   ? api::maskSecret(value)
                                   : QString::fromUtf8(value);
    // "Name:" would tell curl to leave the header out, while "Name;" sends it empty.
    const QString header = shownValue.isEmpty()
                               ? QString(QString::fromUtf8(name) + u';')
                               : QString(QString::fromUtf8(name) + u": " + shownValue);
    return u"--header "_s + shellQuoted(header);
}

} // namespace

QString shellQuoted(const QString &text)
{
    QString quoted = text;
    quoted.replace(u'\'', u"'\\''"_s);
    return u'\'' + quoted + u'\'';
}

QString curlCommand(const api::ApiExchange &exchange, bool revealSecrets)
{
    const bool withBody = carriesBody(exchange);
    const bool plainBody = isPlainText(exchange.requestBody);

    // Method and URL share the first line, and every further option gets a line of its own.
    QString firstLine = u"curl"_s;
    if (exchange.method != "GET" || withBody)
        firstLine += u" --request "_s + shellWord(QString::fromLatin1(exchange.method));
    firstLine += u' ' + shellQuoted(exchange.url.toString(QUrl::FullyEncoded));
    QStringList arguments{firstLine};

    bool hasContentType = false;
    for (const auto &[name, value] : exchange.requestHeaders) {
        hasContentType = hasContentType || name.compare("Content-Type", Qt::CaseInsensitive) == 0;
        arguments << headerArgument(name, value, revealSecrets);
    }

    if (withBody) {
        // Without a type of its own, curl labels the body as form data.
        if (!hasContentType)
            arguments << u"--header 'Content-Type:'"_s;
        if (exchange.requestBody.size() > expectThreshold)
            arguments << u"--header 'Expect:'"_s;
        arguments << (plainBody ? u"--data-binary "_s +
                                      shellQuoted(QString::fromUtf8(exchange.requestBody))
                                : u"--data-binary @-"_s);
    }

    const QString command = arguments.join(continuation);
    if (withBody && !plainBody)
        return u"printf "_s + printfFormat(exchange.requestBody) + u" |"_s + continuation + command;
    return command;
}

} // namespace studio::console
