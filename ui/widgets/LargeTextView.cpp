// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/LargeTextView.h"

#include "widgets/ViewHelpers.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QPainter>
#include <QScrollBar>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace studio::ui {

namespace {

constexpr int textMargin = 4;
// Double-click selects a word among this many characters on either side, so a click on a line of
// megabytes stays quick.
constexpr qsizetype wordSearchReach = 4096;

// Control characters become their Unicode control pictures (U+2400 to U+2421), so a tab or a
// NUL byte takes one visible cell like every other character.
QString forDisplay(QString text)
{
    for (QChar &c : text) {
        if (c.unicode() < 0x20)
            c = QChar(0x2400 + c.unicode());
        else if (c.unicode() == 0x7f)
            c = QChar(0x2421);
    }
    return text;
}

bool isWordCharacter(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c == u'-' || c == u'.';
}

int clampToInt(qsizetype value)
{
    return static_cast<int>(qBound(qsizetype(0), value, qsizetype(std::numeric_limits<int>::max())));
}

} // namespace

LargeTextView::LargeTextView(QWidget *parent)
    : QAbstractScrollArea(parent)
{
    setFont(monospaceFont());
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setCursor(Qt::IBeamCursor);
    viewport()->setBackgroundRole(QPalette::Base);
    viewport()->setAutoFillBackground(true);
    updateMetrics();
}

void LargeTextView::setLines(std::shared_ptr<const TextLines> lines)
{
    m_lines = std::move(lines);
    m_anchor = {};
    m_cursor = {};
    m_selecting = false;
    layoutRows();
    verticalScrollBar()->setValue(0);
    horizontalScrollBar()->setValue(0);
    viewport()->update();
}

void LargeTextView::clear()
{
    setLines(nullptr);
}

void LargeTextView::setWrapping(bool wrap)
{
    if (wrap == m_wrap)
        return;
    const qsizetype topLine = firstVisibleLine();
    m_wrap = wrap;
    layoutRows();
    scrollToLine(topLine);
    viewport()->update();
}

void LargeTextView::setPlaceholderText(const QString &text)
{
    m_placeholder = text;
    viewport()->update();
}

QString LargeTextView::toPlainText() const
{
    if (!m_lines)
        return {};
    return m_lines->text({}, m_lines->endPosition());
}

QString LargeTextView::selectedText() const
{
    if (!m_lines || !hasSelection())
        return {};
    return m_lines->text(m_anchor, m_cursor);
}

void LargeTextView::setSelection(TextPosition anchor, TextPosition cursor)
{
    m_anchor = anchor;
    m_cursor = cursor;
    viewport()->update();
}

void LargeTextView::selectAll()
{
    if (m_lines)
        setSelection({}, m_lines->endPosition());
}

void LargeTextView::copy() const
{
    if (hasSelection())
        QGuiApplication::clipboard()->setText(selectedText());
}

void LargeTextView::scrollToLine(qsizetype line)
{
    const qsizetype row = m_wrap && !m_rowStarts.isEmpty()
        ? m_rowStarts.at(qBound<qsizetype>(0, line, m_rowStarts.size() - 1))
        : line;
    verticalScrollBar()->setValue(clampToInt(row));
}

qsizetype LargeTextView::firstVisibleLine() const
{
    if (isEmptyText())
        return 0;
    return rowAt(verticalScrollBar()->value()).line;
}

bool LargeTextView::isEmptyText() const
{
    return !m_lines || m_lines->lineCount() == 0
        || (m_lines->lineCount() == 1 && m_lines->lineLength(0) == 0);
}

qsizetype LargeTextView::rowCount() const
{
    if (!m_lines)
        return 0;
    if (m_wrap)
        return m_rowStarts.isEmpty() ? 0 : m_rowStarts.constLast();
    return m_lines->lineCount();
}

LargeTextView::Row LargeTextView::rowAt(qsizetype row) const
{
    if (!m_wrap)
        return {row, 0, m_lines->lineLength(row)};

    // The last line whose first row is at or before the row.
    const auto next = std::upper_bound(m_rowStarts.cbegin(), m_rowStarts.cend() - 1, row);
    const qsizetype line = qMax<qsizetype>(0, (next - m_rowStarts.cbegin()) - 1);
    const qsizetype start = (row - m_rowStarts.at(line)) * m_wrapColumns;
    const qsizetype length = qMin<qsizetype>(m_wrapColumns, m_lines->lineLength(line) - start);
    return {line, start, qMax<qsizetype>(0, length)};
}

TextPosition LargeTextView::positionAt(const QPoint &point) const
{
    if (!m_lines || rowCount() == 0)
        return {};

    const qsizetype row = verticalScrollBar()->value() + qMax(0, point.y()) / m_lineHeight;
    if (row >= rowCount())
        return m_lines->endPosition();

    const Row target = rowAt(row);
    const int x = point.x() - textLeft();
    const qsizetype column = (qMax(0, x) + m_charWidth / 2) / m_charWidth;
    return {target.line, target.start + qMin(column, target.length)};
}

int LargeTextView::visibleRowCount() const
{
    return qMax(1, viewport()->height() / m_lineHeight);
}

int LargeTextView::wrapColumns() const
{
    return qMax(8, (viewport()->width() - 2 * textMargin) / m_charWidth);
}

int LargeTextView::textLeft() const
{
    return textMargin - (m_wrap ? 0 : horizontalScrollBar()->value());
}

void LargeTextView::updateMetrics()
{
    const QFontMetrics metrics(font());
    m_charWidth = qMax(1, metrics.horizontalAdvance(u'M'));
    m_lineHeight = qMax(1, metrics.lineSpacing());
    m_ascent = metrics.ascent();
}

void LargeTextView::layoutRows()
{
    m_rowStarts.clear();
    if (m_lines && m_wrap) {
        m_wrapColumns = wrapColumns();
        const qsizetype lineCount = m_lines->lineCount();
        m_rowStarts.reserve(lineCount + 1);
        qsizetype rows = 0;
        for (qsizetype line = 0; line < lineCount; ++line) {
            m_rowStarts.append(rows);
            const qsizetype length = m_lines->lineLength(line);
            rows += qMax<qsizetype>(1, (length + m_wrapColumns - 1) / m_wrapColumns);
        }
        m_rowStarts.append(rows);
    }
    updateScrollBars();
}

void LargeTextView::updateScrollBars()
{
    const qsizetype rows = rowCount();
    const int pageRows = visibleRowCount();
    verticalScrollBar()->setRange(0, clampToInt(rows - pageRows));
    verticalScrollBar()->setPageStep(pageRows);
    verticalScrollBar()->setSingleStep(1);

    const qsizetype textWidth =
        m_lines && !m_wrap ? m_lines->maxLineLength() * m_charWidth + 2 * textMargin : 0;
    horizontalScrollBar()->setRange(0, clampToInt(textWidth - viewport()->width()));
    horizontalScrollBar()->setPageStep(viewport()->width());
    horizontalScrollBar()->setSingleStep(m_charWidth * 4);
}

void LargeTextView::paintEvent(QPaintEvent *)
{
    QPainter painter(viewport());
    painter.setFont(font());

    if (isEmptyText()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(QPoint(textMargin, m_ascent + textMargin / 2), m_placeholder);
        return;
    }

    const qsizetype first = verticalScrollBar()->value();
    const qsizetype last = qMin(rowCount(), first + visibleRowCount() + 1);
    for (qsizetype row = first; row < last; ++row)
        paintRow(painter, rowAt(row), static_cast<int>(row - first) * m_lineHeight);
}

// NOTE: every character is drawn in one cell of the font's "M" width. Characters that the
// fixed-pitch font draws wider, as East Asian scripts, overlap their neighbours, and selection
// follows the cells.
void LargeTextView::paintRow(QPainter &painter, const Row &row, int y)
{
    // Without wrapping, only the columns inside the viewport are drawn, so a line of megabytes
    // costs as little as a short one.
    qsizetype from = row.start;
    qsizetype count = row.length;
    if (!m_wrap) {
        const qsizetype firstColumn = horizontalScrollBar()->value() / m_charWidth;
        from = qMin(row.start + firstColumn, row.start + row.length);
        count = qMin<qsizetype>(row.start + row.length - from, wrapColumns() + 2);
    }
    const int left = textLeft() + static_cast<int>((from - row.start) * m_charWidth);
    const QString text = forDisplay(m_lines->lineSlice(row.line, from, count));

    // The selected columns of this row. A selection that runs on past the line end also covers
    // one cell for the line break.
    TextPosition selectionStart = qMin(m_anchor, m_cursor);
    TextPosition selectionEnd = qMax(m_anchor, m_cursor);
    const TextPosition rowStart{row.line, row.start};
    const TextPosition rowEnd{row.line, row.start + row.length};
    const bool lastRowOfLine = row.start + row.length >= m_lines->lineLength(row.line);
    if (hasSelection() && selectionStart <= rowEnd && selectionEnd >= rowStart) {
        const qsizetype selectedFrom = qMax(selectionStart, rowStart).column;
        qsizetype selectedTo = qMin(selectionEnd, rowEnd).column;
        if (lastRowOfLine && selectionEnd.line > row.line)
            ++selectedTo;
        const int x = textLeft() + static_cast<int>((selectedFrom - row.start) * m_charWidth);
        const int width = static_cast<int>((selectedTo - selectedFrom) * m_charWidth);
        const QRect selected(x, y, width, m_lineHeight);

        painter.fillRect(selected, palette().color(QPalette::Highlight));
        painter.setPen(palette().color(QPalette::Text));
        painter.drawText(QPoint(left, y + m_ascent), text);
        painter.save();
        painter.setClipRect(selected);
        painter.setPen(palette().color(QPalette::HighlightedText));
        painter.drawText(QPoint(left, y + m_ascent), text);
        painter.restore();
        return;
    }

    painter.setPen(palette().color(QPalette::Text));
    painter.drawText(QPoint(left, y + m_ascent), text);
}

void LargeTextView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    if (m_wrap && wrapColumns() != m_wrapColumns) {
        const qsizetype topLine = firstVisibleLine();
        layoutRows();
        scrollToLine(topLine);
        return;
    }
    updateScrollBars();
}

void LargeTextView::scrollContentsBy(int, int)
{
    viewport()->update();
}

void LargeTextView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_lines) {
        QAbstractScrollArea::mousePressEvent(event);
        return;
    }
    const TextPosition position = positionAt(event->position().toPoint());
    if (!(event->modifiers() & Qt::ShiftModifier))
        m_anchor = position;
    m_cursor = position;
    m_selecting = true;
    viewport()->update();
}

void LargeTextView::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_selecting || !(event->buttons() & Qt::LeftButton)) {
        QAbstractScrollArea::mouseMoveEvent(event);
        return;
    }

    // Dragging past an edge scrolls, one row or a few characters per move.
    const QPoint point = event->position().toPoint();
    if (point.y() < 0)
        verticalScrollBar()->triggerAction(QAbstractSlider::SliderSingleStepSub);
    else if (point.y() > viewport()->height())
        verticalScrollBar()->triggerAction(QAbstractSlider::SliderSingleStepAdd);
    if (!m_wrap && point.x() < 0)
        horizontalScrollBar()->triggerAction(QAbstractSlider::SliderSingleStepSub);
    else if (!m_wrap && point.x() > viewport()->width())
        horizontalScrollBar()->triggerAction(QAbstractSlider::SliderSingleStepAdd);

    m_cursor = positionAt(point);
    viewport()->update();
}

void LargeTextView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_selecting) {
        QAbstractScrollArea::mouseReleaseEvent(event);
        return;
    }
    m_selecting = false;
    QClipboard *clipboard = QGuiApplication::clipboard();
    if (hasSelection() && clipboard->supportsSelection())
        clipboard->setText(selectedText(), QClipboard::Selection);
}

void LargeTextView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && m_lines)
        selectWordAt(event->position().toPoint());
    else
        QAbstractScrollArea::mouseDoubleClickEvent(event);
}

void LargeTextView::selectWordAt(const QPoint &point)
{
    const TextPosition position = positionAt(point);
    const qsizetype from = qMax<qsizetype>(0, position.column - wordSearchReach);
    const QString around = m_lines->lineSlice(position.line, from, 2 * wordSearchReach);
    qsizetype start = position.column - from;
    qsizetype end = start;
    while (start > 0 && isWordCharacter(around.at(start - 1)))
        --start;
    while (end < around.size() && isWordCharacter(around.at(end)))
        ++end;
    setSelection({position.line, from + start}, {position.line, from + end});
}

void LargeTextView::keyPressEvent(QKeyEvent *event)
{
    if (event == QKeySequence::Copy) {
        copy();
        return;
    }
    if (event == QKeySequence::SelectAll) {
        selectAll();
        return;
    }
    if (event == QKeySequence::MoveToStartOfDocument) {
        verticalScrollBar()->triggerAction(QAbstractSlider::SliderToMinimum);
        return;
    }
    if (event == QKeySequence::MoveToEndOfDocument) {
        verticalScrollBar()->triggerAction(QAbstractSlider::SliderToMaximum);
        return;
    }
    if (event == QKeySequence::MoveToStartOfLine) {
        horizontalScrollBar()->triggerAction(QAbstractSlider::SliderToMinimum);
        return;
    }
    if (event == QKeySequence::MoveToEndOfLine) {
        horizontalScrollBar()->triggerAction(QAbstractSlider::SliderToMaximum);
        return;
    }
    QAbstractScrollArea::keyPressEvent(event);
}

void LargeTextView::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    //: Context menu of a body view.
    QAction *copyAction = menu.addAction(tr("&Copy"));
    copyAction->setShortcut(QKeySequence::Copy);
    copyAction->setEnabled(hasSelection());
    connect(copyAction, &QAction::triggered, this, &LargeTextView::copy);
    //: Context menu of a body view.
    QAction *selectAllAction = menu.addAction(tr("Select &All"));
    selectAllAction->setShortcut(QKeySequence::SelectAll);
    connect(selectAllAction, &QAction::triggered, this, &LargeTextView::selectAll);
    menu.exec(event->globalPos());
}

void LargeTextView::changeEvent(QEvent *event)
{
    QAbstractScrollArea::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        updateMetrics();
        layoutRows();
        viewport()->update();
    }
}

} // namespace studio::ui
