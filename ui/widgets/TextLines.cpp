// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/TextLines.h"

using namespace Qt::StringLiterals;

namespace studio::ui {

namespace {

// Widths in a hex dump line: the offset and two spaces, 16 bytes of "xx " with one extra space
// after the eighth, then the ASCII column between bars.
constexpr qsizetype hexOffsetWidth = 10;
constexpr qsizetype hexBytesWidth = HexLines::bytesPerLine * 3 + 1;
constexpr qsizetype hexAsciiStart = hexOffsetWidth + hexBytesWidth + 1;

} // namespace

QString TextLines::text(TextPosition from, TextPosition to) const
{
    if (to < from)
        std::swap(from, to);

    QString result;
    for (qsizetype line = from.line; line <= to.line && line < lineCount(); ++line) {
        const qsizetype start = line == from.line ? from.column : 0;
        const qsizetype stop = line == to.line ? qMin(to.column, lineLength(line)) : lineLength(line);
        result += lineSlice(line, start, qMax<qsizetype>(0, stop - start));
        if (line != to.line)
            result += u'\n';
    }
    return result;
}

TextPosition TextLines::endPosition() const
{
    const qsizetype last = qMax<qsizetype>(0, lineCount() - 1);
    return {last, lineCount() > 0 ? lineLength(last) : 0};
}

StringLines::StringLines(QString text)
    : m_text(std::move(text))
{
    m_lineStarts.append(0);
    const QStringView view(m_text);
    for (qsizetype next = view.indexOf(u'\n'); next >= 0; next = view.indexOf(u'\n', next + 1))
        m_lineStarts.append(next + 1);

    for (qsizetype line = 0; line < m_lineStarts.size(); ++line)
        m_maxLineLength = qMax(m_maxLineLength, lineLength(line));
}

qsizetype StringLines::lineEnd(qsizetype line) const
{
    if (line + 1 >= m_lineStarts.size())
        return m_text.size();
    qsizetype end = m_lineStarts.at(line + 1) - 1; // the '\n'
    if (end > m_lineStarts.at(line) && m_text.at(end - 1) == u'\r')
        --end;
    return end;
}

qsizetype StringLines::lineLength(qsizetype line) const
{
    return lineEnd(line) - m_lineStarts.at(line);
}

QString StringLines::lineSlice(qsizetype line, qsizetype from, qsizetype count) const
{
    const qsizetype start = m_lineStarts.at(line);
    const qsizetype length = lineEnd(line) - start;
    from = qBound<qsizetype>(0, from, length);
    count = qBound<qsizetype>(0, count, length - from);
    return m_text.mid(start + from, count);
}

qsizetype StringLines::offsetOf(TextPosition position) const
{
    const qsizetype line = qBound<qsizetype>(0, position.line, m_lineStarts.size() - 1);
    return m_lineStarts.at(line) + qBound<qsizetype>(0, position.column, lineLength(line));
}

QString StringLines::text(TextPosition from, TextPosition to) const
{
    qsizetype start = offsetOf(from);
    qsizetype end = offsetOf(to);
    if (end < start)
        std::swap(start, end);
    return m_text.mid(start, end - start);
}

HexLines::HexLines(QByteArray bytes)
    : m_bytes(std::move(bytes))
{
}

qsizetype HexLines::lineCount() const
{
    return qMax<qsizetype>(1, (m_bytes.size() + bytesPerLine - 1) / bytesPerLine);
}

qsizetype HexLines::lineLength(qsizetype line) const
{
    const qsizetype bytes = qBound<qsizetype>(0, m_bytes.size() - line * bytesPerLine, bytesPerLine);
    if (bytes == 0)
        return 0;
    return hexAsciiStart + bytes + 1;
}

qsizetype HexLines::maxLineLength() const
{
    return lineLength(0);
}

QString HexLines::line(qsizetype line) const
{
    const qsizetype first = line * bytesPerLine;
    const qsizetype count = qBound<qsizetype>(0, m_bytes.size() - first, bytesPerLine);
    if (count == 0)
        return {};

    // Written character by character, because copying a dump of megabytes formats every line.
    static constexpr char16_t digits[] = u"0123456789abcdef";
    QString text(lineLength(line), u' ');
    QChar *out = text.data();
    for (int shift = 28; shift >= 0; shift -= 4)
        *out++ = QChar(digits[(first >> shift) & 0xf]);

    for (qsizetype i = 0; i < count; ++i) {
        const auto byte = static_cast<uchar>(m_bytes.at(first + i));
        const qsizetype column = hexOffsetWidth + i * 3 + (i >= bytesPerLine / 2 ? 1 : 0);
        text[column] = QChar(digits[byte >> 4]);
        text[column + 1] = QChar(digits[byte & 0xf]);
    }

    text[hexAsciiStart - 1] = u'|';
    for (qsizetype i = 0; i < count; ++i) {
        const char c = m_bytes.at(first + i);
        text[hexAsciiStart + i] = c >= 0x20 && c < 0x7f ? QChar(QLatin1Char(c)) : QChar(u'.');
    }
    text[hexAsciiStart + count] = u'|';
    return text;
}

QString HexLines::lineSlice(qsizetype lineIndex, qsizetype from, qsizetype count) const
{
    return line(lineIndex).mid(from, count);
}

} // namespace studio::ui
