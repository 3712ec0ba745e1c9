// SPDX-License-Identifier: GPL-3.0-or-later
#include "console/JsonText.h"

#include <QJsonDocument>
#include <QJsonParseError>

using namespace Qt::StringLiterals;

namespace studio::ui {

namespace {

constexpr int IndentWidth = 2;

// Returns the index just past the string literal that starts with the quote at start.
qsizetype endOfString(const QString &text, qsizetype start)
{
    qsizetype index = start + 1;
    while (index < text.size()) {
        const QChar character = text.at(index);
        if (character == u'\\')
            index += 2;
        else if (character == u'"')
            return index + 1;
        else
            ++index;
    }
    return text.size();
}

void startLine(QString &out, int depth)
{
    out += u'\n';
    out += QString(depth * IndentWidth, u' ');
}

// The next character after index that is not JSON whitespace, or a null QChar.
QChar nextSignificant(const QString &text, qsizetype index)
{
    for (; index < text.size(); ++index) {
        const QChar character = text.at(index);
        if (character != u' ' && character != u'\t' && character != u'\n' && character != u'\r')
            return character;
    }
    return {};
}

} // namespace

std::optional<JsonProblem> findJsonProblem(const QString &text)
{
    if (text.trimmed().isEmpty())
        return std::nullopt;

    const QByteArray utf8 = text.toUtf8();
    QJsonParseError parseError;
    QJsonDocument::fromJson(utf8, &parseError);
    if (parseError.error == QJsonParseError::NoError)
        return std::nullopt;

    qsizetype marked = QString::fromUtf8(utf8.left(parseError.offset)).size() - 1;
    while (marked > 0 && text.at(marked).isSpace())
        --marked;
    marked = qMax<qsizetype>(marked, 0);
    const QStringView before = QStringView(text).left(marked);
    const qsizetype lastNewline = before.lastIndexOf(u'\n');

    JsonProblem problem;
    problem.byteOffset = parseError.offset;
    problem.characterOffset = marked;
    problem.line = static_cast<int>(before.count(u'\n')) + 1;
    problem.column = static_cast<int>(before.size() - (lastNewline + 1)) + 1;
    problem.message = parseError.errorString();
    return problem;
}

QString formatJsonText(const QString &text)
{
    if (text.trimmed().isEmpty() || findJsonProblem(text))
        return text;

    QString out;
    out.reserve(text.size() * 2);
    int depth = 0;

    for (qsizetype index = 0; index < text.size();) {
        const QChar character = text.at(index);
        switch (character.unicode()) {
        case u'"': {
            const qsizetype end = endOfString(text, index);
            out += QStringView(text).mid(index, end - index);
            index = end;
            continue;
        }
        case u' ':
        case u'\t':
        case u'\n':
        case u'\r':
            break;
        case u'{':
        case u'[': {
            out += character;
            const QChar next = nextSignificant(text, index + 1);
            // An empty object or array stays on one line.
            if (next == u'}' || next == u']') {
                out += next;
                index = text.indexOf(next, index + 1) + 1;
                continue;
            }
            ++depth;
            startLine(out, depth);
            break;
        }
        case u'}':
        case u']':
            --depth;
            startLine(out, depth);
            out += character;
            break;
        case u',':
            out += character;
            startLine(out, depth);
            break;
        case u':':
            out += u": "_s;
            break;
        default:
            out += character;
            break;
        }
        ++index;
    }
    return out;
}

} // namespace studio::ui
