// SPDX-License-Identifier: GPL-3.0-or-later
#include "console/JsonEditor.h"

#include "console/JsonHighlighter.h"
#include "platform/StatusColours.h"
#include "widgets/ViewHelpers.h"

#include <QEvent>
#include <QTextBlock>

namespace studio::ui {

JsonEditor::JsonEditor(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_highlighter(new JsonHighlighter(document()))
{
    setFont(monospaceFont());
    setLineWrapMode(QPlainTextEdit::NoWrap);
    // Tab moves on to the next control, so the keyboard never gets stuck in the editor; the
    // formatter does the indenting.
    setTabChangesFocus(true);
    m_highlighter->setPalette(palette());

    connect(this, &QPlainTextEdit::textChanged, this, &JsonEditor::revalidate);
}

QSize JsonEditor::sizeHint() const
{
    constexpr int VisibleLines = 8;
    const int frame = 2 * frameWidth() + int(2 * document()->documentMargin());
    return {QPlainTextEdit::sizeHint().width(),
            fontMetrics().lineSpacing() * VisibleLines + frame};
}

bool JsonEditor::formatJson()
{
    const QString text = toPlainText();
    if (text.trimmed().isEmpty() || m_problem)
        return false;

    const QString formatted = formatJsonText(text);
    if (formatted != text)
        replaceText(formatted);
    return true;
}

void JsonEditor::replaceText(const QString &text)
{
    QTextCursor cursor(document());
    cursor.beginEditBlock();
    cursor.select(QTextCursor::Document);
    cursor.insertText(text);
    cursor.endEditBlock();

    cursor.movePosition(QTextCursor::Start);
    setTextCursor(cursor);
}

void JsonEditor::moveCursorToProblem()
{
    if (!m_problem)
        return;

    QTextCursor cursor = textCursor();
    const int last = document()->characterCount() - 1;
    cursor.setPosition(qMin(int(m_problem->characterOffset), last));
    setTextCursor(cursor);
    ensureCursorVisible();
}

void JsonEditor::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        m_highlighter->setPalette(palette());
        markProblem();
    }
}

void JsonEditor::revalidate()
{
    const std::optional<JsonProblem> problem = findJsonProblem(toPlainText());
    const bool changed = problem.has_value() != m_problem.has_value()
        || (problem && (problem->byteOffset != m_problem->byteOffset
                        || problem->message != m_problem->message));
    m_problem = problem;
    markProblem();
    if (changed)
        Q_EMIT problemChanged();
}

void JsonEditor::markProblem()
{
    QList<QTextEdit::ExtraSelection> selections;
    if (m_problem) {
        const int length = document()->characterCount() - 1;
        const int position = qMin(int(m_problem->characterOffset), qMax(length - 1, 0));

        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(document());
        selection.cursor.setPosition(position);
        selection.cursor.movePosition(QTextCursor::NextCharacter, QTextCursor::KeepAnchor);
        selection.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        selection.format.setUnderlineColor(statusColour(StatusColour::Error, palette()));
        selections.append(selection);
    }
    setExtraSelections(selections);
}

} // namespace studio::ui
