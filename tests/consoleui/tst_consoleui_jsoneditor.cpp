// SPDX-License-Identifier: GPL-3.0-or-later
// The console's JSON body editor: problem positions, formatting that changes only whitespace,
// one undo step per format, and syntax colours that stay readable on light and dark palettes.
#include "console/JsonEditor.h"
#include "console/JsonHighlighter.h"
#include "console/JsonText.h"
#include "platform/ColorScheme.h"

#include <QSignalSpy>
#include <QStyle>
#include <QStyleFactory>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

#include <cmath>
#include <memory>

using namespace Qt::StringLiterals;
using studio::ui::JsonEditor;
using studio::ui::JsonHighlighter;

namespace {

double relativeLuminance(const QColor &colour)
{
    const auto channel = [](double value) {
        return value <= 0.03928 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double first = relativeLuminance(a);
    const double second = relativeLuminance(b);
    return (qMax(first, second) + 0.05) / (qMin(first, second) + 0.05);
}

// The format the highlighter gave the character at position of the first block.
QTextCharFormat formatAt(const QTextDocument *document, int position)
{
    const QList<QTextLayout::FormatRange> ranges = document->firstBlock().layout()->formats();
    for (const QTextLayout::FormatRange &range : ranges) {
        if (position >= range.start && position < range.start + range.length)
            return range.format;
    }
    return {};
}

} // namespace

class TestJsonEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void problemPosition_data();
    void problemPosition();
    void formatKeepsOrderAndValues_data();
    void formatKeepsOrderAndValues();
    void formatIsOneUndoStep();
    void formatRejectsInvalidJson();
    void replaceTextIsUndoable();
    void marksProblemInline();
    void highlightsKeysAndValues();
    void coloursReadableOnBothPalettes_data();
    void coloursReadableOnBothPalettes();
};

void TestJsonEditor::problemPosition_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("hasProblem");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<qsizetype>("byteOffset");

    QTest::newRow("empty") << QString() << false << 0 << 0 << qsizetype(0);
    QTest::newRow("whitespace") << u" \n\t "_s << false << 0 << 0 << qsizetype(0);
    QTest::newRow("valid object") << u"{\"a\": [1, 2]}"_s << false << 0 << 0 << qsizetype(0);
    // QJsonParseError::offset points just past the "}" that has no value before it, and the
    // problem is marked on that "}".
    QTest::newRow("missing value on line 3")
        << u"{\n  \"amount\": 1,\n  \"currency\": }"_s << true << 3 << 15 << qsizetype(32);
    // "ë" is two bytes in UTF-8 but one character in the editor.
    QTest::newRow("after a two-byte character")
        << u"{\"naam\": \"Zoë\", x}"_s << true << 1 << 17 << qsizetype(18);
    // The parser reads past the line end before it gives up on "tru"; the mark goes back.
    QTest::newRow("misspelt literal")
        << u"{\n  \"a\": tru\n}"_s << true << 2 << 10 << qsizetype(13);
}

void TestJsonEditor::problemPosition()
{
    QFETCH(QString, text);
    QFETCH(bool, hasProblem);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(qsizetype, byteOffset);

    const auto problem = studio::ui::findJsonProblem(text);

    QCOMPARE(problem.has_value(), hasProblem);
    if (!problem)
        return;
    QCOMPARE(problem->line, line);
    QCOMPARE(problem->column, column);
    QCOMPARE(problem->byteOffset, byteOffset);
    QVERIFY(!problem->message.isEmpty());
}

void TestJsonEditor::formatKeepsOrderAndValues_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    QTest::newRow("order, number spelling and escapes")
        << u"{\"b\":1.50,\"a\":[1,2e3,{}],\"c\":\"x:, {\\\"}\"}"_s
        << u"{\n  \"b\": 1.50,\n  \"a\": [\n    1,\n    2e3,\n    {}\n  ],\n  \"c\": \"x:, {\\\"}\"\n}"_s;
    QTest::newRow("already indented with four spaces")
        << u"{\n    \"a\": true,\n    \"b\": null\n}"_s
        << u"{\n  \"a\": true,\n  \"b\": null\n}"_s;
    QTest::newRow("empty array") << u"[ ]"_s << u"[]"_s;
    QTest::newRow("invalid stays") << u"{\"a\":"_s << u"{\"a\":"_s;
}

void TestJsonEditor::formatKeepsOrderAndValues()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);

    QCOMPARE(studio::ui::formatJsonText(input), expected);
}

void TestJsonEditor::formatIsOneUndoStep()
{
    JsonEditor editor;
    QTest::keyClicks(&editor, u"{\"b\":1,\"a\":2}"_s);
    const QString typed = editor.toPlainText();

    QVERIFY(editor.formatJson());
    QCOMPARE(editor.toPlainText(), u"{\n  \"b\": 1,\n  \"a\": 2\n}"_s);

    editor.undo();
    QCOMPARE(editor.toPlainText(), typed);
    editor.redo();
    QCOMPARE(editor.toPlainText(), u"{\n  \"b\": 1,\n  \"a\": 2\n}"_s);
}

void TestJsonEditor::formatRejectsInvalidJson()
{
    JsonEditor editor;
    editor.setPlainText(u"{\"a\": }"_s);

    QVERIFY(!editor.formatJson());
    QCOMPARE(editor.toPlainText(), u"{\"a\": }"_s);
    QVERIFY(!editor.document()->isUndoAvailable());
}

void TestJsonEditor::replaceTextIsUndoable()
{
    JsonEditor editor;
    QTest::keyClicks(&editor, u"{}"_s);

    editor.replaceText(u"{\"description\": \"Test\"}"_s);
    QCOMPARE(editor.toPlainText(), u"{\"description\": \"Test\"}"_s);

    editor.undo();
    QCOMPARE(editor.toPlainText(), u"{}"_s);
}

void TestJsonEditor::marksProblemInline()
{
    JsonEditor editor;
    QSignalSpy changed(&editor, &JsonEditor::problemChanged);

    editor.setPlainText(u"{\n  \"a\": tru\n}"_s);
    QVERIFY(editor.problem());
    QCOMPARE(editor.problem()->line, 2);
    QCOMPARE(editor.extraSelections().size(), 1);
    QCOMPARE(editor.extraSelections().first().format.underlineStyle(),
             QTextCharFormat::WaveUnderline);
    QCOMPARE(changed.count(), 1);

    editor.moveCursorToProblem();
    QCOMPARE(editor.textCursor().blockNumber(), 1);

    editor.setPlainText(u"{\n  \"a\": true\n}"_s);
    QVERIFY(!editor.problem());
    QVERIFY(editor.extraSelections().isEmpty());
    QCOMPARE(changed.count(), 2);
}

void TestJsonEditor::highlightsKeysAndValues()
{
    JsonEditor editor;
    editor.setPlainText(u"{\"key\": \"value\", \"n\": -1.5, \"t\": true}"_s);
    const JsonHighlighter *highlighter = editor.highlighter();
    const QTextDocument *document = editor.document();
    const auto colourOf = [&](JsonHighlighter::Token token) {
        return highlighter->format(token).foreground().color();
    };

    QCOMPARE(formatAt(document, 0).foreground().color(), colourOf(JsonHighlighter::Token::Punctuation));
    QCOMPARE(formatAt(document, 2).foreground().color(), colourOf(JsonHighlighter::Token::Key));
    QCOMPARE(formatAt(document, 10).foreground().color(), colourOf(JsonHighlighter::Token::String));
    QCOMPARE(formatAt(document, 23).foreground().color(), colourOf(JsonHighlighter::Token::Number));
    QCOMPARE(formatAt(document, 34).foreground().color(), colourOf(JsonHighlighter::Token::Literal));
    QVERIFY(colourOf(JsonHighlighter::Token::Key) != colourOf(JsonHighlighter::Token::String));
}

void TestJsonEditor::coloursReadableOnBothPalettes_data()
{
    QTest::addColumn<QPalette>("palette");

    std::unique_ptr<QStyle> fusion(QStyleFactory::create(u"Fusion"_s));
    QVERIFY(fusion);
    QTest::newRow("Fusion light") << fusion->standardPalette();
    QTest::newRow("dark") << studio::ui::darkPalette();
}

void TestJsonEditor::coloursReadableOnBothPalettes()
{
    QFETCH(QPalette, palette);
    JsonEditor editor;
    editor.setPalette(palette);
    const JsonHighlighter *highlighter = editor.highlighter();

    const QColor base = palette.color(QPalette::Base);
    for (const auto token : {JsonHighlighter::Token::Key, JsonHighlighter::Token::String,
                             JsonHighlighter::Token::Number, JsonHighlighter::Token::Literal,
                             JsonHighlighter::Token::Punctuation}) {
        const QColor colour = highlighter->format(token).foreground().color();
        const double ratio = contrast(colour, base);
        QVERIFY2(ratio >= 4.5, qPrintable(u"token %1: %2 on %3 has contrast %4"_s.arg(
                                   QString::number(int(token)), colour.name(), base.name(),
                                   QString::number(ratio))));
    }
}

QTEST_MAIN(TestJsonEditor)
#include "tst_consoleui_jsoneditor.moc"
