// SPDX-License-Identifier: GPL-3.0-or-later
// The exchange view around the body view: every header row visible, the response summary,
// background loading through setResult(), and secrets masked in the tree and raw views.
// Set STUDIO_SCREENSHOT_DIR to save pictures of small and large responses, light and dark.
#include "ResponseTestData.h"

#include "api/Redaction.h"
#include "i18n/LanguageManager.h"
#include "platform/ColorScheme.h"
#include "widgets/BodyView.h"
#include "widgets/ExchangePanes.h"
#include "widgets/ExchangeView.h"
#include "widgets/HeaderTable.h"
#include "widgets/JsonTreeModel.h"
#include "widgets/JsonTreeView.h"
#include "widgets/LargeTextView.h"
#include "widgets/SigningTab.h"
#include "diagnostics/SignatureDebugger.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>
#include <QSignalSpy>
#include <QScrollBar>
#include <QSplitter>
#include <QStyle>
#include <QTabWidget>
#include <QTest>
#include <QThreadPool>

using namespace Qt::StringLiterals;
using namespace studio;
using ui::ExchangeView;

namespace {

constexpr qsizetype largeBodySize = 5 * 1024 * 1024;
constexpr int loadTimeoutMs = 180 * 1000;

// Whether a line edit inside the widget shows the text, as the debugger shows signatures.
bool showsInLineEdit(const QWidget *widget, const QString &text)
{
    const auto edits = widget->findChildren<QLineEdit *>();
    return std::any_of(edits.begin(), edits.end(),
                       [&text](const QLineEdit *edit) { return edit->text() == text; });
}

api::ApiResult signedResult(const QByteArray &responseBody)
{
    api::ApiResult result = testdata::resultWithResponseBody(responseBody);
    result.exchange.signature = "c2lnbmVkIHJlcXVlc3Q="_ba;
    return result;
}

api::ApiResult manyHeadersResult(int headerCount)
{
    api::ApiResult result = testdata::resultWithResponseBody(R"({"Response":[]})"_ba);
    result.exchange.requestHeaders.clear();
    for (int i = 1; i <= headerCount; ++i) {
        result.exchange.requestHeaders.append(
            {"X-Test-Header-"_ba + QByteArray::number(i), "value "_ba + QByteArray::number(i)});
    }
    return result;
}

// The last row lies fully inside the table's viewport, with no vertical scroll bar.
bool showsEveryRow(const ui::HeaderTable *table)
{
    const int last = table->rowCount() - 1;
    const int bottom = table->rowViewportPosition(last) + table->rowHeight(last);
    return bottom <= table->viewport()->height() && !table->verticalScrollBar()->isVisible();
}

} // namespace

class TestResponseExchangeView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void headerTableShowsEveryRow_data();
    void headerTableShowsEveryRow();
    void headerTableKeepsUserSplit();

    void responseLineNamesStatusTimeVerdict();
    void smallBodyLoadsDuringSetResult();
    void largeBodyLoadsInBackground();
    void newerResultCancelsOlderLoad();
    void secretsMaskedInTreeAndRaw();
    void languageChangeKeepsBody();

    void signingTabWaitsUntilOpened();
    void signingTabSummarisesLargeBody();

    void saveScreenshots();

private:
    ui::LanguageManager m_languages;
};

void TestResponseExchangeView::initTestCase()
{
    m_languages.applyForThisRun(ui::Language::English);
}

void TestResponseExchangeView::headerTableShowsEveryRow_data()
{
    QTest::addColumn<int>("headerCount");
    QTest::addColumn<QSize>("viewSize");

    // Sizes of the exchange view on a wizard step page and in the main window's console.
    QTest::newRow("3 headers, wizard page") << 3 << QSize(930, 520);
    QTest::newRow("9 headers, wizard page") << 9 << QSize(930, 520);
    QTest::newRow("12 headers, main window") << 12 << QSize(660, 640);
}

void TestResponseExchangeView::headerTableShowsEveryRow()
{
    QFETCH(int, headerCount);
    QFETCH(QSize, viewSize);
    ExchangeView view;
    view.resize(viewSize);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));

    view.setResult(manyHeadersResult(headerCount));

    const ui::HeaderTable *table = view.requestPane()->headerTable();
    QCOMPARE(table->rowCount(), headerCount);
    QTRY_VERIFY2(showsEveryRow(table),
                 qPrintable(u"table %1 px high, rows need %2 px"_s.arg(table->height())
                                .arg(table->fullHeight())));
    // The body keeps room to read a few lines.
    QVERIFY(view.requestPane()->bodyView()->height() > 4 * view.fontMetrics().lineSpacing());
}

void TestResponseExchangeView::headerTableKeepsUserSplit()
{
    ExchangeView view;
    view.resize(930, 520);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setResult(manyHeadersResult(3));
    auto *splitter = view.requestPane()->findChild<QSplitter *>(u"headersBodySplitter"_s);
    QVERIFY(splitter);
    QTRY_VERIFY(splitter->sizes().at(0) > 0);

    // A drag of the handle is the user's choice and later results keep it.
    QSplitterHandle *handle = splitter->handle(1);
    const QPoint middle = handle->rect().center();
    QTest::mousePress(handle, Qt::LeftButton, {}, middle);
    QTest::mouseMove(handle, middle + QPoint(0, 60));
    QTest::mouseRelease(handle, Qt::LeftButton, {}, middle + QPoint(0, 60));
    const QList<int> chosen = splitter->sizes();

    view.setResult(manyHeadersResult(9));

    QCOMPARE(splitter->sizes(), chosen);
}

void TestResponseExchangeView::responseLineNamesStatusTimeVerdict()
{
    ExchangeView view;

    view.setResult(testdata::resultWithResponseBody(R"({"Response":[]})"_ba));

    auto *firstLine = view.responsePane()->findChild<QLabel *>(u"firstLine"_s);
    auto *verdict = view.responsePane()->findChild<QLabel *>(u"verdictLabel"_s);
    QVERIFY(firstLine);
    QVERIFY(verdict);
    QCOMPARE(firstLine->text(), u"200 OK · 87 ms"_s);
    QVERIFY(!verdict->isHidden());
    QCOMPARE(verdict->text(), u"server signature valid"_s);
    QCOMPARE(view.summaryText(),
             u"GET /v1/user/42/monetary-account/7/payment → 200 OK · 87 ms · server signature valid"_s);
    QVERIFY(view.requestPane()->findChild<QLabel *>(u"verdictLabel"_s)->isHidden());
}

void TestResponseExchangeView::smallBodyLoadsDuringSetResult()
{
    ExchangeView view;
    QSignalSpy loaded(&view, &ExchangeView::bodyLoaded);

    view.setResult(testdata::resultWithResponseBody(R"({"Response":[{"Id":{"id":1}}]})"_ba));

    QCOMPARE(loaded.count(), 1);
    QVERIFY(!view.isLoading());
    QVERIFY(view.responsePane()->bodyView()->toPlainText().contains(u"\"id\": 1"_s));
}

void TestResponseExchangeView::largeBodyLoadsInBackground()
{
    ExchangeView view;
    view.resize(900, 700);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.showResponseTab();
    QSignalSpy loaded(&view, &ExchangeView::bodyLoaded);
    const QByteArray body = testdata::paymentList(largeBodySize);

    view.setResult(testdata::resultWithResponseBody(body));

    QVERIFY(view.isLoading());
    QVERIFY(view.responsePane()->isLoading());
    QVERIFY(!view.requestPane()->isLoading());
    // The other tabs stay usable meanwhile.
    auto *tabs = view.findChild<QTabWidget *>(u"exchangeTabs"_s);
    tabs->setCurrentIndex(2);
    tabs->setCurrentIndex(1);
    QCOMPARE(loaded.count(), 0);

    QVERIFY(loaded.wait(loadTimeoutMs));
    QCOMPARE(loaded.count(), 1);
    QVERIFY(!view.isLoading());
    QCOMPARE(view.responsePane()->bodyView()->rawText(), QString::fromUtf8(body));
    QVERIFY(view.responsePane()->bodyView()->toPlainText().startsWith(u"{\n  \"Response\": ["_s));
}

void TestResponseExchangeView::newerResultCancelsOlderLoad()
{
    ExchangeView view;
    QSignalSpy loaded(&view, &ExchangeView::bodyLoaded);

    view.setResult(testdata::resultWithResponseBody(testdata::paymentList(largeBodySize)));
    view.setResult(testdata::resultWithResponseBody(R"({"Response":["newer"]})"_ba));
    QThreadPool::globalInstance()->waitForDone();
    QTest::qWait(20);

    QCOMPARE(loaded.count(), 1);
    QCOMPARE(view.responsePane()->bodyView()->rawText(), u"{\"Response\":[\"newer\"]}"_s);
}

void TestResponseExchangeView::secretsMaskedInTreeAndRaw()
{
    const QByteArray body =
        R"({"Response":[{"Token":{"id":1,"token":")"_ba + testdata::sessionToken + R"("}}]})"_ba;
    ExchangeView view;
    view.setResult(testdata::resultWithResponseBody(body));
    ui::BodyView *bodyView = view.responsePane()->bodyView();
    const QString token = QString::fromLatin1(testdata::sessionToken);
    const QString masked = api::maskSecret(testdata::sessionToken);
    ui::JsonTreeModel *model = bodyView->treeView()->model();
    const auto treeToken = [model] {
        const QModelIndex tokenObject =
            model->index(0, 0, model->index(0, 0, model->index(0, 0)));
        return model->index(1, ui::JsonTreeModel::ValueColumn, tokenObject).data().toString();
    };

    QCOMPARE(treeToken(), masked);
    QVERIFY(!bodyView->rawView()->toPlainText().contains(token));
    QVERIFY(bodyView->rawView()->toPlainText().contains(masked));
    QCOMPARE(view.requestPane()->headerTable()->displayedValue("X-Bunq-Client-Authentication"_ba),
             masked);

    view.setSecretsRevealed(true);

    QCOMPARE(treeToken(), token);
    QVERIFY(bodyView->rawView()->toPlainText().contains(token));

    view.setSecretsRevealed(false);

    QCOMPARE(treeToken(), masked);
}

void TestResponseExchangeView::languageChangeKeepsBody()
{
    ExchangeView view;
    view.setResult(testdata::resultWithResponseBody(R"({"Response":[]})"_ba));
    const auto prepared = view.responsePane()->bodyView()->preparedBody();
    QSignalSpy loaded(&view, &ExchangeView::bodyLoaded);

    QEvent change(QEvent::LanguageChange);
    QApplication::sendEvent(&view, &change);

    QCOMPARE(view.responsePane()->bodyView()->preparedBody(), prepared);
    QCOMPARE(loaded.count(), 0);
    QVERIFY(view.summaryText().startsWith(u"GET /v1/user/42"_s));
}

void TestResponseExchangeView::signingTabWaitsUntilOpened()
{
    ExchangeView view;
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const QString signature = u"c2lnbmVkIHJlcXVlc3Q="_s;

    view.setResult(signedResult(R"({"Response":[]})"_ba));

    // The debugger hashes the bodies when it checks them, so it waits until its tab is opened.
    ui::SignatureDebugger *debugger = view.signatureDebugger();
    QVERIFY(!showsInLineEdit(debugger, signature));
    QVERIFY(view.signingPane()->plainText().contains(signature));

    view.findChild<QTabWidget *>(u"exchangeTabs"_s)->setCurrentWidget(view.signingTab());

    QVERIFY(view.signingTab()->isDebuggerShown());
    QVERIFY(showsInLineEdit(debugger, signature));
}

void TestResponseExchangeView::signingTabSummarisesLargeBody()
{
    ExchangeView view;
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.findChild<QTabWidget *>(u"exchangeTabs"_s)->setCurrentWidget(view.signingTab());
    // Just above the limit, so that opening the debugger below stays quick.
    const QByteArray body = testdata::paymentList(ui::SigningTab::maxDebuggerBodySize + 1000);

    view.setResult(signedResult(body));

    QVERIFY(!view.signingTab()->isDebuggerShown());
    QVERIFY(view.signingPane()->isVisibleTo(&view));
    QVERIFY(view.signingPane()->plainText().contains(u"Verdict: server signature valid"_s));
    auto *note = view.signingTab()->findChild<QLabel *>(u"largeBodyNote"_s);
    QVERIFY2(note->text().contains(u"signature debugger"_s), qPrintable(note->text()));

    QTest::mouseClick(view.signingTab()->findChild<QToolButton *>(u"openDebuggerButton"_s),
                      Qt::LeftButton);

    QVERIFY(view.signingTab()->isDebuggerShown());
    QVERIFY(showsInLineEdit(view.signatureDebugger(), u"c2lnbmVkIHJlcXVlc3Q="_s));

    // The choice holds when secrets are revealed, and a new exchange starts with the summary.
    view.setSecretsRevealed(true);
    QVERIFY(view.signingTab()->isDebuggerShown());
    view.setResult(signedResult(body + " "));
    QVERIFY(!view.signingTab()->isDebuggerShown());
}

// Renders the response tab with a small and a large body, on the Formatted and Tree pages, in
// light and dark, for a person to look at. A normal test run skips it.
void TestResponseExchangeView::saveScreenshots()
{
    const QString folder = qEnvironmentVariable("STUDIO_SCREENSHOT_DIR");
    if (folder.isEmpty())
        QSKIP("Set STUDIO_SCREENSHOT_DIR to save screenshots.");
    QVERIFY(QDir().mkpath(folder));

    const QByteArray small = R"({"Response":[{"Token":{"id":1,"token":")"_ba
        + testdata::sessionToken + R"("}},{"UserPerson":{"id":42,"display_name":"Alice Example"}}]})"_ba;
    const QByteArray large = testdata::paymentList(largeBodySize);
    ui::ColorSchemeSwitcher switcher;

    for (const ui::ColorScheme scheme : {ui::ColorScheme::Light, ui::ColorScheme::Dark}) {
        switcher.apply(scheme);
        const QString suffix = scheme == ui::ColorScheme::Dark ? u"-dark"_s : u"-light"_s;

        ExchangeView view;
        view.resize(960, 720);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.showResponseTab();
        ui::BodyView *bodyView = view.responsePane()->bodyView();
        const auto save = [&](const QString &name) {
            // Lets posted layout and paint requests run. Nothing is checked on the picture.
            QTest::qWait(50);
            QVERIFY(view.grab().save(folder + u'/' + name + suffix + u".png"_s));
        };

        auto *tabs = view.findChild<QTabWidget *>(u"exchangeTabs"_s);
        view.setResult(signedResult(small));
        bodyView->setCurrentPage(ui::BodyView::Page::Formatted);
        save(u"response-small-formatted"_s);
        bodyView->setCurrentPage(ui::BodyView::Page::Tree);
        bodyView->treeView()->expandAll();
        save(u"response-small-tree"_s);
        tabs->setCurrentWidget(view.signingTab());
        save(u"signing-small"_s);
        view.showResponseTab();

        QSignalSpy loaded(&view, &ExchangeView::bodyLoaded);
        view.setResult(signedResult(large));
        bodyView->setCurrentPage(ui::BodyView::Page::Formatted);
        save(u"response-large-loading"_s);
        QVERIFY(loaded.wait(loadTimeoutMs));
        save(u"response-large-formatted"_s);
        bodyView->setCurrentPage(ui::BodyView::Page::Tree);
        bodyView->treeView()->expandAll();
        save(u"response-large-tree"_s);
        bodyView->setCurrentPage(ui::BodyView::Page::Raw);
        save(u"response-large-raw"_s);
        bodyView->setHexShown(true);
        save(u"response-large-hex"_s);
        tabs->setCurrentWidget(view.signingTab());
        save(u"signing-large"_s);
    }
}

QTEST_MAIN(TestResponseExchangeView)
#include "tst_response_exchangeview.moc"
