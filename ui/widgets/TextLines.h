// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace studio::ui {

// A place in a text: a line and a column, both counted from 0 in UTF-16 code units.
struct TextPosition
{
    qsizetype line = 0;
    qsizetype column = 0;

    friend auto operator<=>(const TextPosition &, const TextPosition &) = default;
};

// Read-only lines of text for LargeTextView, which asks only for the lines it paints, so a
// source may compute them on demand. Implementations are immutable and safe to share between
// threads once built.
class TextLines
{
public:
    virtual ~TextLines() = default;

    virtual qsizetype lineCount() const = 0;
    // Length of a line without its line break.
    virtual qsizetype lineLength(qsizetype line) const = 0;
    // Returns up to count characters of a line, starting at column from.
    virtual QString lineSlice(qsizetype line, qsizetype from, qsizetype count) const = 0;
    virtual qsizetype maxLineLength() const = 0;
    // Returns the text between two positions, with the line breaks in between. The default
    // joins line slices with '\n'.
    virtual QString text(TextPosition from, TextPosition to) const;

    TextPosition endPosition() const;
};

// Lines of a QString, split at "\n", where a "\r" before it is part of the line break. text() returns
// the original characters, line breaks included, so a copy equals what was received.
class StringLines : public TextLines
{
public:
    explicit StringLines(QString text);

    qsizetype lineCount() const override { return m_lineStarts.size(); }
    qsizetype lineLength(qsizetype line) const override;
    QString lineSlice(qsizetype line, qsizetype from, qsizetype count) const override;
    qsizetype maxLineLength() const override { return m_maxLineLength; }
    QString text(TextPosition from, TextPosition to) const override;

    const QString &fullText() const { return m_text; }

private:
    qsizetype offsetOf(TextPosition position) const;
    qsizetype lineEnd(qsizetype line) const;

    QString m_text;
    QList<qsizetype> m_lineStarts;
    qsizetype m_maxLineLength = 0;
};

// A hex dump of bytes, 16 to a line: the offset, the bytes in hex and the printable ASCII
// characters, e.g. `00000000  7b 22 61 22 ...  |{"a"...|`. Lines are made when asked for.
class HexLines : public TextLines
{
public:
    static constexpr qsizetype bytesPerLine = 16;

    explicit HexLines(QByteArray bytes);

    qsizetype lineCount() const override;
    qsizetype lineLength(qsizetype line) const override;
    QString lineSlice(qsizetype line, qsizetype from, qsizetype count) const override;
    qsizetype maxLineLength() const override;

    QString line(qsizetype line) const;

private:
    QByteArray m_bytes;
};

} // namespace studio::ui
