// SPDX-License-Identifier: GPL-3.0-or-later
#include "console/JsonHighlighter.h"

#include "platform/StatusColours.h"

#include <QGuiApplication>
#include <QPalette>

using namespace Qt::StringLiterals;

namespace studio::ui {

namespace {

struct TokenColours
{
    QColor key;
    QColor string;
    QColor number;
    QColor literal;
    QColor punctuation;
};

TokenColours coloursFor(const QPalette &palette)
{
    if (isDarkPalette(palette))
        return {QColor(0x8c, 0xb8, 0xff), QColor(0x9d, 0xdc, 0x8f), QColor(0xf0, 0xb0, 0x70),
                QColor(0xd9, 0xa6, 0xf5), QColor(0xb4, 0xb4, 0xb4)};
    return {QColor(0x1a, 0x4f, 0x9c), QColor(0x1d, 0x6b, 0x2a), QColor(0x8a, 0x3b, 0x00),
            QColor(0x7a, 0x2e, 0x9e), QColor(0x55, 0x55, 0x55)};
}

bool isJsonSpace(QChar character)
{
    return character == u' ' || character == u'\t' || character == u'\r' || character == u'\n';
}

bool isNumberCharacter(QChar character)
{
    return character.isDigit() || character == u'-' || character == u'+' || character == u'.'
        || character == u'e' || character == u'E';
}

// Returns the index just past the string that starts with the quote at start, or the end of
// the line for a string left open (JSON strings cannot span lines).
qsizetype endOfString(const QString &text, qsizetype start)
{
    for (qsizetype index = start + 1; index < text.size(); ++index) {
        if (text.at(index) == u'\\')
            ++index;
        else if (text.at(index) == u'"')
            return index + 1;
    }
    return text.size();
}

} // namespace

JsonHighlighter::JsonHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{
    m_key.setFontWeight(QFont::DemiBold);
    setPalette(QGuiApplication::palette());
}

void JsonHighlighter::setPalette(const QPalette &palette)
{
    const TokenColours colours = coloursFor(palette);
    m_key.setForeground(colours.key);
    m_string.setForeground(colours.string);
    m_number.setForeground(colours.number);
    m_literal.setForeground(colours.literal);
    m_punctuation.setForeground(colours.punctuation);
    rehighlight();
}

QTextCharFormat JsonHighlighter::format(Token token) const
{
    switch (token) {
    case Token::Key:
        return m_key;
    case Token::String:
        return m_string;
    case Token::Number:
        return m_number;
    case Token::Literal:
        return m_literal;
    case Token::Punctuation:
        break;
    }
    return m_punctuation;
}

void JsonHighlighter::highlightBlock(const QString &text)
{
    qsizetype index = 0;
    while (index < text.size()) {
        const QChar character = text.at(index);

        if (character == u'"') {
            const qsizetype end = endOfString(text, index);
            qsizetype next = end;
            while (next < text.size() && isJsonSpace(text.at(next)))
                ++next;
            // A string followed by a colon is an object key.
            const bool isKey = next < text.size() && text.at(next) == u':';
            setFormat(int(index), int(end - index), isKey ? m_key : m_string);
            index = end;
        } else if (character.isDigit() || character == u'-') {
            qsizetype end = index + 1;
            while (end < text.size() && isNumberCharacter(text.at(end)))
                ++end;
            setFormat(int(index), int(end - index), m_number);
            index = end;
        } else if (character.isLetter()) {
            qsizetype end = index + 1;
            while (end < text.size() && text.at(end).isLetter())
                ++end;
            const QStringView word = QStringView(text).mid(index, end - index);
            if (word == u"true" || word == u"false" || word == u"null")
                setFormat(int(index), int(end - index), m_literal);
            index = end;
        } else {
            if (QStringView(u"{}[]:,").contains(character))
                setFormat(int(index), 1, m_punctuation);
            ++index;
        }
    }
}

} // namespace studio::ui
