// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "console/JsonText.h"

#include <QPlainTextEdit>

#include <optional>

namespace studio::ui {

class JsonHighlighter;

// A plain-text editor for JSON request bodies: syntax colours, a wavy underline at the first
// position that does not parse, Format as one undoable step, and undo and redo for every
// change, including text put in by replaceText().
class JsonEditor : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit JsonEditor(QWidget *parent = nullptr);

    // The problem of the current text as JSON, or nothing when it parses or is empty. Updated
    // on every change, before problemChanged() is emitted.
    const std::optional<JsonProblem> &problem() const { return m_problem; }

    // Re-indents the text, keeping key order and values, as one step that undo reverts.
    // Returns false, changing nothing, when the text is not valid JSON.
    bool formatJson();

    // Replaces the whole text as one undoable step. QPlainTextEdit::setPlainText() would clear
    // the undo history instead.
    void replaceText(const QString &text);

    // Puts the cursor on the problem and scrolls to it, keeping the undo history.
    void moveCursorToProblem();

    JsonHighlighter *highlighter() const { return m_highlighter; }

    // Eight lines: enough for a typical body template, and small enough that the console's
    // upper pane leaves the response most of the height.
    QSize sizeHint() const override;

Q_SIGNALS:
    void problemChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void revalidate();
    void markProblem();

    JsonHighlighter *m_highlighter = nullptr;
    std::optional<JsonProblem> m_problem;
};

} // namespace studio::ui
