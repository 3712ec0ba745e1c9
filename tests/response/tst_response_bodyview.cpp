// SPDX-License-Identifier: GPL-3.0-or-later
// The body view's pages (formatted text, JSON tree, raw text and hex), masking on every page,
// and loading of multi-megabyte bodies on a worker thread while the event loop keeps running.
#include "ResponseTestData.h"

#include "api/Redaction.h"
#include "widgets/BodyView.h"
#include "widgets/JsonTreeModel.h"
#include "widgets/JsonTreeView.h"
#include "widgets/LargeTextView.h"

#include <QApplication>
#include <QClipboard>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTest>
#include <QThreadPool>
#include <QTimer>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace studio;
using ui::BodyView;
using ui::JsonTreeModel;

namespace {

// Long enough that BodyView prepares it on a worker thread, which the tests wait for.
constexpr qsizetype largeBodySize = 6 * 1024 * 1024;
constexpr int loadTimeoutMs = 180 * 1000;

const QByteArray smallJson =
    R"({"Response":[{"Payment":{"id":5,"amount":{"value":"-1.50","currency":"EUR"},"tags":[]}}]})"_ba;

QByteArray tokenBody()
{
    return R"({"Response":[{"Token":{"id":1,"token":")"_ba + testdata::sessionToken + R"("}}]})"_ba;
}

// Waits until every worker of the global pool is idle and the events they posted are handled,
// so a result that should have been dropped would have arrived by now.
void settleWorkers()
{
    QThreadPool::globalInstance()->waitForDone();
    QTest::qWait(20);
}

} // namespace

class TestBodyView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void showsJsonOnEveryPage();
    void showsTextWithoutTree();
    void showsHexForNonUtf8();
    void showsHexOnRequest();
    void masksSecretsOnEveryPage();
    void revealsSecretsOnEveryPage();
    void emptyBodyShowsPlaceholder();

    void largeBodyLoadsInBackground();
    void pagesSwitchWhileLoading();
    void newerBodyCancelsOlder();
    void clearCancelsLoading();

    void treeExpandsAndCollapses();
    void expandAllStopsAtRowLimit();
    void treeCopiesValueAndPath();

    void largeTextViewCopiesSelection();
    void largeTextViewWrapsLongLines();
    void largeTextViewSelectsWithMouse();

private:
    QByteArray m_largeBody;
};

void TestBodyView::initTestCase()
{
    m_largeBody = testdata::paymentList(largeBodySize);
}

void TestBodyView::showsJsonOnEveryPage()
{
    BodyView view;
    QSignalSpy loaded(&view, &BodyView::loaded);

    view.setBody(smallJson, true);

    QCOMPARE(loaded.count(), 1);
    QVERIFY(!view.isLoading());
    const QString formatted = view.toPlainText();
    QVERIFY2(formatted.startsWith(u"{\n  \"Response\": [\n    {\n      \"Payment\": {\n"_s),
             qPrintable(formatted));
    QCOMPARE(view.textEdit()->toPlainText(), formatted);
    QCOMPARE(view.statusText(), u"JSON, indented for reading."_s);

    QVERIFY(view.pages()->isTabEnabled(int(BodyView::Page::Tree)));
    JsonTreeModel *model = view.treeView()->model();
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, 0).data().toString(), u"Response"_s);

    QCOMPARE(view.rawText(), QString::fromUtf8(smallJson));
    QCOMPARE(view.rawView()->toPlainText(), QString::fromUtf8(smallJson));
    QVERIFY(!view.isHexShown());
}

void TestBodyView::showsTextWithoutTree()
{
    BodyView view;
    view.setCurrentPage(BodyView::Page::Tree);

    view.setBody("<html>\n<body>Bad gateway</body>\n</html>"_ba, false);

    QCOMPARE(view.toPlainText(), u"<html>\n<body>Bad gateway</body>\n</html>"_s);
    QVERIFY(!view.pages()->isTabEnabled(int(BodyView::Page::Tree)));
    QVERIFY(view.currentPage() != BodyView::Page::Tree);
    QCOMPARE(view.statusText(), u"Not JSON (unexpected character at byte 0), shown as received."_s);
    QCOMPARE(view.treeView()->model()->rowCount(), 0);
}

void TestBodyView::showsHexForNonUtf8()
{
    BodyView view;

    view.setBody("GIF89a\x01\x00\xff\xfe"_ba, false);

    QVERIFY(view.isHexShown());
    QVERIFY(view.statusText().contains(u"UTF-8"_s));
    const QString hex = view.rawView()->toPlainText();
    QCOMPARE(hex, u"00000000  47 49 46 38 39 61 01 00  ff fe                   |GIF89a....|"_s);
    QVERIFY(view.rawView()->accessibleName().contains(u"hex"_s));
    QVERIFY(!view.pages()->isTabEnabled(int(BodyView::Page::Tree)));

    // The text form stays one click away, with U+FFFD for the bytes that are not UTF-8.
    view.setHexShown(false);
    QVERIFY(view.rawView()->toPlainText().startsWith(u"GIF89a\u0001"_s));
    QVERIFY(view.rawView()->toPlainText().contains(QChar(0xfffd)));
}

void TestBodyView::showsHexOnRequest()
{
    BodyView view;
    view.setBody(R"({"a":"é"})"_ba, false);
    QVERIFY(!view.isHexShown());

    view.setHexShown(true);

    QCOMPARE(view.rawView()->toPlainText(),
             u"00000000  7b 22 61 22 3a 22 c3 a9  22 7d                   |{\"a\":\"..\"}|"_s);

    view.setHexShown(false);

    QCOMPARE(view.rawView()->toPlainText(), u"{\"a\":\"é\"}"_s);
}

void TestBodyView::masksSecretsOnEveryPage()
{
    BodyView view;

    view.setBody(tokenBody(), false);

    const QString token = QString::fromLatin1(testdata::sessionToken);
    const QString masked = api::maskSecret(testdata::sessionToken);
    QVERIFY(!view.toPlainText().contains(token));
    QVERIFY(view.toPlainText().contains(masked));
    QVERIFY(!view.rawText().contains(token));
    QVERIFY(view.rawText().contains(masked));
    view.setHexShown(true);
    QVERIFY(!view.rawView()->toPlainText().contains(u"ffeeddcc"_s));

    view.treeView()->expandAll();
    JsonTreeModel *model = view.treeView()->model();
    const QModelIndex tokenObject = model->index(0, 0, model->index(0, 0, model->index(0, 0)));
    QCOMPARE(model->index(1, JsonTreeModel::ValueColumn, tokenObject).data().toString(), masked);
}

void TestBodyView::revealsSecretsOnEveryPage()
{
    BodyView view;

    view.setBody(tokenBody(), true);

    const QString token = QString::fromLatin1(testdata::sessionToken);
    QVERIFY(view.toPlainText().contains(token));
    QVERIFY(view.rawText().contains(token));
    JsonTreeModel *model = view.treeView()->model();
    const QModelIndex tokenObject = model->index(0, 0, model->index(0, 0, model->index(0, 0)));
    QCOMPARE(model->index(1, JsonTreeModel::ValueColumn, tokenObject).data().toString(), token);
}

void TestBodyView::emptyBodyShowsPlaceholder()
{
    BodyView view;
    view.setBody(smallJson, false);

    view.setBody({}, false);

    QVERIFY(view.toPlainText().isEmpty());
    QVERIFY(view.statusText().isEmpty());
    QCOMPARE(view.textEdit()->placeholderText(), u"(empty body)"_s);
    QVERIFY(!view.pages()->isTabEnabled(int(BodyView::Page::Tree)));
}

void TestBodyView::largeBodyLoadsInBackground()
{
    BodyView view;
    view.resize(800, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QSignalSpy loaded(&view, &BodyView::loaded);
    // Counts turns of the event loop while the body loads.
    int ticks = 0;
    QTimer ticker;
    ticker.setInterval(5);
    connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
    ticker.start();

    view.setBody(m_largeBody, false);

    QVERIFY(view.isLoading());
    QVERIFY2(view.statusText().startsWith(u"Preparing "_s), qPrintable(view.statusText()));
    QCOMPARE(loaded.count(), 0);
    QVERIFY(loaded.wait(loadTimeoutMs));
    QCOMPARE(loaded.count(), 1);
    QVERIFY(ticks > 0);
    QVERIFY(!view.isLoading());

    QVERIFY(view.toPlainText().startsWith(u"{\n  \"Response\": [\n    {\n      \"Payment\": {\n"_s));
    QCOMPARE(view.largeTextView()->lines()->lineCount(),
             qsizetype(view.toPlainText().count(u'\n') + 1));
    auto *formattedStack = qobject_cast<QStackedWidget *>(view.pages()->widget(0));
    QCOMPARE(formattedStack->currentWidget(), view.largeTextView());
    QVERIFY(view.textEdit()->toPlainText().isEmpty());
    QCOMPARE(view.statusText(), u"JSON, indented for reading."_s);

    JsonTreeModel *model = view.treeView()->model();
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->index(1, 0).data().toString(), u"Pagination"_s);
    QVERIFY(model->rowCount(model->index(0, 0)) > 1000);
    QCOMPARE(view.rawText(), QString::fromUtf8(m_largeBody));
}

void TestBodyView::pagesSwitchWhileLoading()
{
    BodyView view;
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QSignalSpy loaded(&view, &BodyView::loaded);

    view.setBody(m_largeBody, false);
    view.setCurrentPage(BodyView::Page::Tree);
    QCOMPARE(view.currentPage(), BodyView::Page::Tree);
    view.setCurrentPage(BodyView::Page::Raw);
    QCOMPARE(view.currentPage(), BodyView::Page::Raw);

    QVERIFY(loaded.wait(loadTimeoutMs));
    QCOMPARE(view.currentPage(), BodyView::Page::Raw);
    QVERIFY(view.rawView()->toPlainText().startsWith(u"{\"Response\":[{\"Payment\""_s));
}

void TestBodyView::newerBodyCancelsOlder()
{
    BodyView view;
    QSignalSpy loaded(&view, &BodyView::loaded);
    QByteArray newer = m_largeBody;
    newer.replace("Groceries"_ba, "Newspaper"_ba);

    view.setBody(m_largeBody, false);
    view.setBody(newer, false);
    QVERIFY(loaded.wait(loadTimeoutMs));
    settleWorkers();

    QCOMPARE(loaded.count(), 1);
    QVERIFY(view.rawText().contains(u"Newspaper"_s));
    QVERIFY(!view.rawText().contains(u"Groceries"_s));

    // A small body replaces a large one that is still loading, at once.
    view.setBody(m_largeBody, false);
    view.setBody(smallJson, false);
    settleWorkers();

    QCOMPARE(loaded.count(), 2);
    QCOMPARE(view.rawText(), QString::fromUtf8(smallJson));
}

void TestBodyView::clearCancelsLoading()
{
    BodyView view;
    QSignalSpy loaded(&view, &BodyView::loaded);

    view.setBody(m_largeBody, false);
    view.clear();
    settleWorkers();

    QVERIFY(!view.isLoading());
    QCOMPARE(loaded.count(), 0);
    QVERIFY(view.toPlainText().isEmpty());
    QVERIFY(view.statusText().isEmpty());
}

void TestBodyView::treeExpandsAndCollapses()
{
    BodyView view;
    view.setBody(smallJson, false);
    QTreeView *tree = view.treeView()->treeView();
    JsonTreeModel *model = view.treeView()->model();
    const QModelIndex response = model->index(0, 0);
    const QModelIndex payment = model->index(0, 0, model->index(0, 0, response));
    const QModelIndex amount = model->index(1, 0, payment);
    QCOMPARE(amount.data().toString(), u"amount"_s);
    QVERIFY(!tree->isExpanded(response));

    view.treeView()->expandAll();

    QVERIFY(tree->isExpanded(response));
    QVERIFY(tree->isExpanded(payment));
    QVERIFY(tree->isExpanded(amount));
    QVERIFY(view.treeView()->noteText().isEmpty());

    view.treeView()->collapseAll();

    QVERIFY(!tree->isExpanded(response));
    QVERIFY(!tree->isExpanded(amount));
}

void TestBodyView::expandAllStopsAtRowLimit()
{
    BodyView view;
    // About 30 nodes per payment, so this tree has twice the row limit or more.
    const QByteArray body = testdata::paymentList(1024 * 1024);
    QSignalSpy loaded(&view, &BodyView::loaded);
    view.setBody(body, false);
    QVERIFY(loaded.wait(loadTimeoutMs));
    QTreeView *tree = view.treeView()->treeView();
    JsonTreeModel *model = view.treeView()->model();
    QVERIFY(model->tree()->nodeCount() > ui::JsonTreeView::maxExpandedRows);

    view.treeView()->expandAll();

    // Opening the payment objects too would show about 17 more rows per payment, more than
    // the limit, so Expand all stops at the level above.
    const QModelIndex response = model->index(0, 0);
    const QModelIndex firstElement = model->index(0, 0, response);
    const QModelIndex firstPayment = model->index(0, 0, firstElement);
    QCOMPARE(firstPayment.data().toString(), u"Payment"_s);
    QVERIFY(tree->isExpanded(response));
    QVERIFY(tree->isExpanded(firstElement));
    QVERIFY(!tree->isExpanded(firstPayment));
    QVERIFY2(view.treeView()->noteText().contains(u"Open deeper nodes one at a time"_s),
             qPrintable(view.treeView()->noteText()));

    view.treeView()->collapseAll();

    QVERIFY(!tree->isExpanded(response));
    QVERIFY(view.treeView()->noteText().isEmpty());
}

void TestBodyView::treeCopiesValueAndPath()
{
    BodyView view;
    view.setBody(smallJson, false);
    QTreeView *tree = view.treeView()->treeView();
    JsonTreeModel *model = view.treeView()->model();
    const QModelIndex payment = model->index(0, 0, model->index(0, 0, model->index(0, 0)));
    const QModelIndex value = model->index(0, 0, model->index(1, 0, payment));
    QCOMPARE(value.data().toString(), u"value"_s);

    tree->setCurrentIndex(value);
    view.treeView()->copyValue();
    QCOMPARE(QGuiApplication::clipboard()->text(), u"-1.50"_s);

    view.treeView()->copyPath();
    QCOMPARE(QGuiApplication::clipboard()->text(), u".Response[0].Payment.amount.value"_s);

    tree->setCurrentIndex(model->index(1, 0, payment));
    view.treeView()->copyValue();
    QCOMPARE(QGuiApplication::clipboard()->text(),
             u"{\n  \"value\": \"-1.50\",\n  \"currency\": \"EUR\"\n}"_s);
}

void TestBodyView::largeTextViewCopiesSelection()
{
    ui::LargeTextView view;
    view.setLines(std::make_shared<const ui::StringLines>(u"abc\ndef\r\nghi"_s));

    view.setSelection({0, 1}, {2, 1});
    QCOMPARE(view.selectedText(), u"bc\ndef\r\ng"_s);
    view.copy();
    QCOMPARE(QGuiApplication::clipboard()->text(), u"bc\ndef\r\ng"_s);

    // A selection made backwards copies the same text.
    view.setSelection({2, 1}, {0, 1});
    QCOMPARE(view.selectedText(), u"bc\ndef\r\ng"_s);

    QTest::keyClick(&view, Qt::Key_A, Qt::ControlModifier);
    QCOMPARE(view.selectedText(), u"abc\ndef\r\nghi"_s);
    QCOMPARE(view.toPlainText(), u"abc\ndef\r\nghi"_s);
}

void TestBodyView::largeTextViewWrapsLongLines()
{
    ui::LargeTextView view;
    view.resize(300, 200);
    view.setWrapping(true);
    const QString longLine = QString(2000, u'x') + u"END"_s;
    const QString text = longLine + u"\nnext"_s.repeated(50);
    view.setLines(std::make_shared<const ui::StringLines>(text));
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));

    // Rows are scrolled, so the second line starts after the many rows of the first.
    QVERIFY(view.verticalScrollBar()->maximum() > 20);
    QCOMPARE(view.horizontalScrollBar()->maximum(), 0);
    view.scrollToLine(1);
    QCOMPARE(view.firstVisibleLine(), qsizetype(1));

    view.setWrapping(false);
    QVERIFY(view.horizontalScrollBar()->maximum() > 1000);
    QCOMPARE(view.firstVisibleLine(), qsizetype(1));
    QCOMPARE(view.toPlainText(), text);
}

void TestBodyView::largeTextViewSelectsWithMouse()
{
    ui::LargeTextView view;
    view.resize(400, 200);
    view.setLines(std::make_shared<const ui::StringLines>(u"first line\nsecond line\nthird"_s));
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const int lineHeight = view.fontMetrics().lineSpacing();
    const int charWidth = view.fontMetrics().horizontalAdvance(u'M');
    // Cell borders of the text, which starts a few pixels from the left edge.
    const auto at = [&](int column, int line) {
        return QPoint(4 + column * charWidth, line * lineHeight + lineHeight / 2);
    };

    QTest::mousePress(view.viewport(), Qt::LeftButton, {}, at(6, 0));
    QTest::mouseMove(view.viewport(), at(6, 1));
    QTest::mouseRelease(view.viewport(), Qt::LeftButton, {}, at(6, 1));

    QCOMPARE(view.selectedText(), u"line\nsecond"_s);

    QTest::mouseDClick(view.viewport(), Qt::LeftButton, {}, at(2, 2));

    QCOMPARE(view.selectedText(), u"third"_s);
}

QTEST_MAIN(TestBodyView)
#include "tst_response_bodyview.moc"
