// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "widgets/TextLines.h"

#include <QAbstractScrollArea>

#include <memory>

class QMenu;

namespace studio::ui {

// A read-only, monospace text view that paints only the lines on screen, so texts of many
// megabytes and lines of any length show at once: a new text costs nothing until it is painted.
// Mouse and keyboard select text, and Ctrl+C copies the selection exactly as the source has it.
// QPlainTextEdit lays out every line it holds, which takes seconds for a 10 MB body.
class LargeTextView : public QAbstractScrollArea
{
    Q_OBJECT

public:
    explicit LargeTextView(QWidget *parent = nullptr);

    // Shows the lines, scrolled to the top, with no selection. A null pointer shows nothing.
    void setLines(std::shared_ptr<const TextLines> lines);
    const std::shared_ptr<const TextLines> &lines() const { return m_lines; }
    void clear();

    // Breaks lines at the viewport's width instead of scrolling sideways.
    void setWrapping(bool wrap);
    bool wrapping() const { return m_wrap; }

    // Shown in grey while the text is empty.
    void setPlaceholderText(const QString &text);
    QString placeholderText() const { return m_placeholder; }

    QString toPlainText() const;
    QString selectedText() const;
    bool hasSelection() const { return m_anchor != m_cursor; }
    void setSelection(TextPosition anchor, TextPosition cursor);
    void selectAll();
    // Puts the selected text on the clipboard.
    void copy() const;

    // Scrolls so that the line is the first one shown, or as close as the scroll range allows.
    void scrollToLine(qsizetype line);
    // The line at the top of the viewport.
    qsizetype firstVisibleLine() const;

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    // One screen row: a whole line, or with wrapping one piece of a long line.
    struct Row
    {
        qsizetype line = 0;
        qsizetype start = 0;
        qsizetype length = 0;
    };

    bool isEmptyText() const;
    qsizetype rowCount() const;
    Row rowAt(qsizetype row) const;
    TextPosition positionAt(const QPoint &point) const;
    int visibleRowCount() const;
    int wrapColumns() const;
    int textLeft() const;

    void updateMetrics();
    void layoutRows();
    void updateScrollBars();
    void paintRow(QPainter &painter, const Row &row, int y);
    void selectWordAt(const QPoint &point);

    std::shared_ptr<const TextLines> m_lines;
    bool m_wrap = false;
    // With wrapping: the first row of every line, and the total row count at the end.
    QList<qsizetype> m_rowStarts;
    int m_wrapColumns = 0;
    int m_charWidth = 1;
    int m_lineHeight = 1;
    int m_ascent = 0;
    TextPosition m_anchor;
    TextPosition m_cursor;
    bool m_selecting = false;
    QString m_placeholder;
};

} // namespace studio::ui
