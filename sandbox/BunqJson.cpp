// SPDX-License-Identifier: GPL-3.0-or-later
#include "BunqJson.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace studio::sandbox {

namespace {

void appendUnicodeEscape(QByteArray &out, char16_t unit)
{
    out += "\\u"_ba + QByteArray::number(unit, 16).rightJustified(4, '0');
}

} // namespace

QByteArray toBunqJson(const QJsonObject &object)
{
    const QByteArray compact = QJsonDocument(object).toJson(QJsonDocument::Compact);

    // QJsonDocument already escapes quotes, backslashes and control characters. '/' and bytes
    // of 0x80 and above only occur inside strings, so rewriting them here cannot touch syntax.
    QByteArray out;
    out.reserve(compact.size() + compact.size() / 8);
    qsizetype asciiStart = 0;
    for (qsizetype i = 0; i < compact.size();) {
        const auto byte = static_cast<unsigned char>(compact.at(i));
        if (byte == '/') {
            out += QByteArrayView(compact).sliced(asciiStart, i - asciiStart);
            out += "\\/"_ba;
            asciiStart = ++i;
            continue;
        }
        if (byte < 0x80) {
            ++i;
            continue;
        }

        // Decode the whole run of non-ASCII bytes at once; QString does the UTF-8 work.
        out += QByteArrayView(compact).sliced(asciiStart, i - asciiStart);
        qsizetype end = i;
        while (end < compact.size() && static_cast<unsigned char>(compact.at(end)) >= 0x80)
            ++end;
        const QString text = QString::fromUtf8(QByteArrayView(compact).sliced(i, end - i));
        for (const QChar unit : text)
            appendUnicodeEscape(out, unit.unicode());
        i = end;
        asciiStart = end;
    }
    out += QByteArrayView(compact).sliced(asciiStart);
    return out;
}

QString formatBunqTimestamp(const QDateTime &time)
{
    return time.toUTC().toString(u"yyyy-MM-dd hh:mm:ss.zzz"_s) + u"000"_s;
}

} // namespace studio::sandbox
