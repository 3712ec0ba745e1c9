// SPDX-License-Identifier: GPL-3.0-or-later
// Drives the request console by objectName against a local sandbox on 127.0.0.1, with a session
// opened by OnboardingFlow: catalogue completion and placeholders, pagination, history across a
// restart, copy as cURL run with the curl program, sandbox money and rate-limit pacing.
#include "ConsoleTestSession.h"

#include "console/EndpointCompletionModel.h"
#include "console/JsonEditor.h"
#include "console/PacingBar.h"
#include "console/SandboxMoney.h"
#include "main/MainWindow.h"
#include "main/RequestConsole.h"
#include "platform/ColorScheme.h"
#include "session/SessionKeeper.h"
#include "widgets/ExchangeView.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QCompleter>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace Qt::StringLiterals;
using namespace studio;
using ui::RequestConsole;

namespace {

// A call to the local sandbox usually takes milliseconds; a paced call waits up to 3 s more.
// The margin covers slow, shared CI machines.
constexpr int CallTimeoutMs = 20000;

QString userPath(const onboarding::SessionContext &context, const QString &rest = {})
{
    return u"/v1/user/"_s + QString::number(context.user.id) + rest;
}

// The ids of the items of a list response, in the order sent, for any item type.
QList<qint64> itemIds(const api::ApiResult &result)
{
    QList<qint64> ids;
    for (const QJsonValue &item : result.items) {
        const QJsonObject wrapped = item.toObject();
        ids += wrapped.begin()->toObject().value(u"id"_s).toInteger();
    }
    return ids;
}

} // namespace

class TestConsoleUi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void catalogueCallFillsPlaceholders();
    void missingPlaceholderBlocksSend();
    void paginationFollowsLinks();
    void historyResendsAfterRestart();
    void historySearchFilters();
    void curlCommandRunsWithCurl();
    void curlCommandMasksTokenByDefault();
    void sandboxMoneyShowsBalance();
    void pacingWaitsInsteadOfFailing();
    void pacingWaitCanBeCancelled();
    void windowDoesNotGrowOnErrors();
    void sendsThroughSessionKeeper();
    void formatShortcutIndentsBody();
    void tabOrderFollowsRows();
    void screenshots();

private:
    template <typename T>
    T *child(const QString &name) const
    {
        T *found = m_console->findChild<T *>(name);
        if (!found)
            qWarning("no child named %s", qPrintable(name));
        return found;
    }

    void startSession(const sandbox::SandboxOptions &options = {});
    void createConsole(const QString &historyFile = {});
    // Clicks Send and waits for the result.
    api::ApiResult sendAndWait();
    void chooseCatalogueEntry(const QString &typed, const QByteArray &method,
                              const QString &pathTemplate);
    // Requests money from sugardaddy@bunq.com count times with the catalogue's request-inquiry.
    void requestMoneyTimes(int count);

    ConsoleTestSession m_session;
    std::unique_ptr<RequestConsole> m_console;
};

void TestConsoleUi::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // Generated here, so the first test does not pay for it inside a call's timeout.
    QVERIFY(!ConsoleTestSession::sharedClientKey().isNull());
}

void TestConsoleUi::init()
{
}

void TestConsoleUi::cleanup()
{
    m_console.reset();
    m_session = {};
}

void TestConsoleUi::startSession(const sandbox::SandboxOptions &options)
{
    m_session.start(options);
}

void TestConsoleUi::createConsole(const QString &historyFile)
{
    m_console = std::make_unique<RequestConsole>();
    m_console->setContext(m_session.network.get(), m_session.context);
    if (!historyFile.isEmpty())
        m_console->setHistoryFile(historyFile);
    m_console->resize(900, 700);
    m_console->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_console.get()));
}

api::ApiResult TestConsoleUi::sendAndWait()
{
    QSignalSpy results(m_console.get(), &RequestConsole::resultReady);
    QTest::mouseClick(child<QPushButton>(u"sendButton"_s), Qt::LeftButton);
    if (!results.wait(CallTimeoutMs))
        return {};
    return m_console->lastResult();
}

void TestConsoleUi::chooseCatalogueEntry(const QString &typed, const QByteArray &method,
                                         const QString &pathTemplate)
{
    auto *path = child<QLineEdit>(u"pathEdit"_s);
    path->clear();
    path->setFocus();
    QTest::keyClicks(path, typed);

    auto *completer = child<QCompleter>(u"endpointCompleter"_s);
    QVERIFY(completer);
    QAbstractItemView *popup = completer->popup();
    QTRY_VERIFY(popup->isVisible());

    const QAbstractItemModel *rows = popup->model();
    QModelIndex wanted;
    for (int row = 0; row < rows->rowCount(); ++row) {
        const QModelIndex methodIndex = rows->index(row, ui::EndpointCompletionModel::MethodColumn);
        const QModelIndex pathIndex = rows->index(row, ui::EndpointCompletionModel::PathColumn);
        if (methodIndex.data().toString() == QString::fromLatin1(method)
            && pathIndex.data().toString() == pathTemplate) {
            wanted = pathIndex;
        }
    }
    QVERIFY2(wanted.isValid(), qPrintable(pathTemplate));

    popup->setCurrentIndex(wanted);
    QTest::keyClick(popup, Qt::Key_Return);
    QTRY_VERIFY(!popup->isVisible());
    // Return picks the entry; it does not send it as well.
    QVERIFY(!m_console->isBusy());
    QCOMPARE(child<QComboBox>(u"methodCombo"_s)->currentText(), QString::fromLatin1(method));
    QCOMPARE(path->text(), pathTemplate);
}

void TestConsoleUi::requestMoneyTimes(int count)
{
    chooseCatalogueEntry(u"user/1/monetary-account/2/request-inq"_s, "POST",
                         u"/v1/user/{userId}/monetary-account/{monetaryAccountId}/request-inquiry"_s);
    if (QTest::currentTestFailed())
        return;
    auto *body = child<ui::JsonEditor>(u"bodyEdit"_s);
    QVERIFY(body->toPlainText().contains(u"sugardaddy@bunq.com"_s));
    QVERIFY(!body->problem());

    for (int i = 0; i < count; ++i) {
        const api::ApiResult result = sendAndWait();
        QVERIFY2(result.ok(), qPrintable(result.error ? result.error->summary() : QString()));
    }
}

void TestConsoleUi::catalogueCallFillsPlaceholders()
{
    startSession();
    QVERIFY(!QTest::currentTestFailed());
    createConsole();

    // "user/" offers every endpoint under user; picking the account list sets method and
    // template, and the session fills {userId}.
    chooseCatalogueEntry(u"user/"_s, "GET", u"/v1/user/{userId}/monetary-account"_s);
    auto *userBox = child<QComboBox>(u"placeholder_userId"_s);
    QVERIFY(userBox);
    QCOMPARE(userBox->currentText(), QString::number(m_session.context.user.id));
    QVERIFY(!child<QLabel>(u"missing_userId"_s)->isVisible());
    auto *resolved = child<QLabel>(u"resolvedPathLabel"_s);
    QVERIFY2(resolved->text().contains(userPath(m_session.context, u"/monetary-account"_s)),
             qPrintable(resolved->text()));
    QVERIFY(child<QLabel>(u"endpointSummary"_s)->isVisible());
    const QString budget = m_console->findChild<ui::PacingBar *>()->budgetText();
    QVERIFY2(budget.contains(u"GET user/{id}/monetary-account"_s), qPrintable(budget));
    QVERIFY2(budget.contains(u"3 of 3"_s), qPrintable(budget));

    const api::ApiResult list = sendAndWait();
    QVERIFY2(list.ok(), qPrintable(list.error ? list.error->summary() : QString()));
    QCOMPARE(list.exchange.url.path(), userPath(m_session.context, u"/monetary-account"_s));
    const QList<qint64> accounts = itemIds(list);
    QCOMPARE(accounts.size(), 1);
    const QString budgetAfter = m_console->findChild<ui::PacingBar *>()->budgetText();
    QVERIFY2(budgetAfter.contains(u"2 of 3"_s), qPrintable(budgetAfter));

    // The account id learnt from the list fills {monetaryAccountId} of the next entry.
    chooseCatalogueEntry(u"user/12/monetary-account/"_s, "GET",
                         u"/v1/user/{userId}/monetary-account/{monetaryAccountId}"_s);
    auto *accountBox = child<QComboBox>(u"placeholder_monetaryAccountId"_s);
    QVERIFY(accountBox);
    QCOMPARE(accountBox->currentText(), QString::number(accounts.first()));

    const api::ApiResult read = sendAndWait();
    QVERIFY(read.ok());
    QCOMPARE(read.exchange.url.path(),
             userPath(m_session.context,
                      u"/monetary-account/"_s + QString::number(accounts.first())));
    QCOMPARE(read.exchange.status, 200);
    QVERIFY(m_console->exchangeView()->summaryText().contains(u"200"_s));
}

void TestConsoleUi::missingPlaceholderBlocksSend()
{
    startSession();
    QVERIFY(!QTest::currentTestFailed());
    createConsole();
    QSignalSpy results(m_console.get(), &RequestConsole::resultReady);

    m_console->setRequest("GET",
                          u"/v1/user/{userId}/monetary-account/{monetaryAccountId}/payment/"
                          "{paymentId}"_s);
    QVERIFY(child<QLabel>(u"missing_paymentId"_s)->isVisible());
    QVERIFY(child<QLabel>(u"missing_monetaryAccountId"_s)->isVisible());
    QVERIFY(!child<QLabel>(u"missing_userId"_s)->isVisible());

    QTest::mouseClick(child<QPushButton>(u"sendButton"_s), Qt::LeftButton);

    auto *error = child<QLabel>(u"inputErrorLabel"_s);
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(u"{monetaryAccountId}, {paymentId}"_s), qPrintable(error->text()));
    QVERIFY(error->text().contains(u"Nothing was sent"_s));
    QCOMPARE(QApplication::focusWidget(), child<QComboBox>(u"placeholder_monetaryAccountId"_s));
    QVERIFY(!m_console->isBusy());
    QCOMPARE(results.count(), 0);

    // Typing a value in the box fills the path.
    auto *payment = child<QComboBox>(u"placeholder_paymentId"_s);
    payment->setEditText(u"77"_s);
    QVERIFY(!child<QLabel>(u"missing_paymentId"_s)->isVisible());
    QCOMPARE(m_console->placeholderValues().value(u"paymentId"_s), u"77"_s);
}

void TestConsoleUi::paginationFollowsLinks()
{
    sandbox::SandboxOptions options;
    options.requestInquiryAcceptDelayMs = 0;
    startSession(options);
    QVERIFY(!QTest::currentTestFailed());
    createConsole();

    // The account id comes from a list first, as a person would do it.
    chooseCatalogueEntry(u"user/"_s, "GET", u"/v1/user/{userId}/monetary-account-bank"_s);
    QVERIFY(sendAndWait().ok());
    // Three accepted request-inquiries make three payments.
    requestMoneyTimes(3);
    if (QTest::currentTestFailed())
        return;

    chooseCatalogueEntry(u"user/1/monetary-account/2/pay"_s, "GET",
                         u"/v1/user/{userId}/monetary-account/{monetaryAccountId}/payment"_s);
    child<QSpinBox>(u"countSpin"_s)->setValue(1);
    auto *older = child<QToolButton>(u"olderButton"_s);
    auto *newer = child<QToolButton>(u"newerButton"_s);
    auto *future = child<QToolButton>(u"futureButton"_s);

    const api::ApiResult newest = sendAndWait();
    QVERIFY(newest.ok());
    QVERIFY2(newest.exchange.url.query().contains(u"count=1"_s), qPrintable(newest.exchange.url.toString()));
    const QList<qint64> firstPage = itemIds(newest);
    QCOMPARE(firstPage.size(), 1);
    QVERIFY(older->isEnabled());
    QVERIFY(!newer->isEnabled());
    QVERIFY(future->isEnabled());

    // Four calls to one endpoint within 3 s: the last ones are paced, never refused with 429.
    QSignalSpy results(m_console.get(), &RequestConsole::resultReady);
    QTest::mouseClick(older, Qt::LeftButton);
    QVERIFY(results.wait(CallTimeoutMs));
    const QList<qint64> secondPage = itemIds(m_console->lastResult());
    QCOMPARE(secondPage.size(), 1);
    QVERIFY(secondPage.first() < firstPage.first());
    QVERIFY(older->isEnabled());
    QVERIFY(newer->isEnabled());

    QTest::mouseClick(older, Qt::LeftButton);
    QVERIFY(results.wait(CallTimeoutMs));
    QCOMPARE(m_console->lastResult().exchange.status, 200);
    const QList<qint64> thirdPage = itemIds(m_console->lastResult());
    QCOMPARE(thirdPage.size(), 1);
    QVERIFY(thirdPage.first() < secondPage.first());
    QVERIFY(!older->isEnabled());

    QTest::mouseClick(newer, Qt::LeftButton);
    QVERIFY(results.wait(CallTimeoutMs));
    QCOMPARE(m_console->lastResult().exchange.status, 200);
    QCOMPARE(itemIds(m_console->lastResult()), secondPage);
}

void TestConsoleUi::historyResendsAfterRestart()
{
    startSession();
    QVERIFY(!QTest::currentTestFailed());
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const QString historyFile = folder.filePath(u"history/profile.json"_s);

    createConsole(historyFile);
    m_console->setRequest("GET", u"user/{userId}"_s);
    const api::ApiResult first = sendAndWait();
    QVERIFY(first.ok());
    m_console.reset();

    // The file keeps the request but not the session token.
    QFile file(historyFile);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray saved = file.readAll();
    QVERIFY(saved.contains(userPath(m_session.context).toUtf8()));
    QVERIFY(!saved.contains(m_session.context.sessionToken));
    QCOMPARE(file.permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());

    createConsole(historyFile);
    QCOMPARE(m_console->history().entries().size(), 1);
    auto *tabs = child<QTabWidget>(u"consoleTabs"_s);
    tabs->setCurrentWidget(child<QWidget>(u"historyPanel"_s));
    auto *list = child<QListView>(u"historyList"_s);
    QCOMPARE(list->model()->rowCount(), 1);
    QVERIFY(list->currentIndex().isValid());
    QVERIFY(list->currentIndex().data().toString().contains(userPath(m_session.context)));

    QSignalSpy results(m_console.get(), &RequestConsole::resultReady);
    QTest::mouseClick(child<QPushButton>(u"historyResendButton"_s), Qt::LeftButton);
    QVERIFY(results.wait(CallTimeoutMs));
    const api::ApiResult again = m_console->lastResult();
    QVERIFY(again.ok());
    QCOMPARE(again.exchange.url.path(), userPath(m_session.context));
    QCOMPARE(m_console->history().entries().size(), 2);
    QCOMPARE(list->model()->rowCount(), 2);

    // Return on an entry loads it into the editor.
    m_console->setRequest("POST", u"user"_s);
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Return);
    QCOMPARE(child<QComboBox>(u"methodCombo"_s)->currentText(), u"GET"_s);
    QCOMPARE(child<QLineEdit>(u"pathEdit"_s)->text(), userPath(m_session.context));
}

void TestConsoleUi::historySearchFilters()
{
    startSession();
    QVERIFY(!QTest::currentTestFailed());
    createConsole();
    m_console->setRequest("GET", u"user"_s);
    QVERIFY(sendAndWait().ok());
    m_console->setRequest("GET", u"user/{userId}/monetary-account"_s);
    QVERIFY(sendAndWait().ok());

    child<QTabWidget>(u"consoleTabs"_s)->setCurrentWidget(child<QWidget>(u"historyPanel"_s));
    auto *list = child<QListView>(u"historyList"_s);
    auto *search = child<QLineEdit>(u"historySearch"_s);
    QCOMPARE(list->model()->rowCount(), 2);
    QVERIFY(!child<QLabel>(u"historyEmptyNote"_s)->isVisible());
    // Newest first.
    QVERIFY(list->model()->index(0, 0).data().toString().contains(u"monetary-account"_s));

    search->setText(u"MONETARY"_s);
    QCOMPARE(list->model()->rowCount(), 1);
    search->setText(u"no such request"_s);
    QCOMPARE(list->model()->rowCount(), 0);
    QVERIFY(!child<QPushButton>(u"historyResendButton"_s)->isEnabled());
    QVERIFY(child<QLabel>(u"historyEmptyNote"_s)->isVisible());
    search->clear();
    QCOMPARE(list->model()->rowCount(), 2);
}

void TestConsoleUi::curlCommandRunsWithCurl()
{
    const QString curl = QStandardPaths::findExecutable(u"curl"_s);
    if (curl.isEmpty())
        QSKIP("the curl program is not installed");

    sandbox::SandboxOptions options;
    options.requestInquiryAcceptDelayMs = 0;
    startSession(options);
    QVERIFY(!QTest::currentTestFailed());
    createConsole();
    auto *curlButton = child<QToolButton>(u"curlButton"_s);
    QVERIFY(!curlButton->isEnabled());

    // A payment needs a valid body signature, so a curl command that repeats one proves that
    // it sends the signed bytes unchanged.
    chooseCatalogueEntry(u"user/"_s, "GET", u"/v1/user/{userId}/monetary-account-bank"_s);
    QVERIFY(sendAndWait().ok());
    requestMoneyTimes(1);
    if (QTest::currentTestFailed())
        return;
    chooseCatalogueEntry(u"user/1/monetary-account/2/pay"_s, "POST",
                         u"/v1/user/{userId}/monetary-account/{monetaryAccountId}/payment"_s);
    const api::ApiResult payment = sendAndWait();
    QVERIFY2(payment.ok(), qPrintable(payment.error ? payment.error->summary() : QString()));
    QVERIFY(!payment.exchange.signature.isEmpty());

    QVERIFY(curlButton->isEnabled());
    child<QAction>(u"curlIncludeTokenAction"_s)->setChecked(true);
    curlButton->click();
    const QString command = QGuiApplication::clipboard()->text();
    // The formatted body has line breaks, so it is piped in through printf.
    QVERIFY2(command.contains(u"curl "_s), qPrintable(command));
    QVERIFY(command.contains(u"X-Bunq-Client-Signature"_s));
    QVERIFY(command.contains(QString::fromLatin1(m_session.context.sessionToken)));
    QVERIFY(child<QLabel>(u"curlNote"_s)->text().contains(u"password"_s));

    QProcess shell;
    shell.start(u"/bin/sh"_s, {u"-c"_s, command});
    QVERIFY(shell.waitForFinished(CallTimeoutMs));
    QCOMPARE(shell.exitStatus(), QProcess::NormalExit);
    const QByteArray output = shell.readAllStandardOutput();
    QVERIFY2(shell.exitCode() == 0, shell.readAllStandardError().constData());
    const QJsonObject reply = QJsonDocument::fromJson(output).object();
    QVERIFY2(reply.contains(u"Response"_s), output.constData());
    const qint64 repeatedId =
        reply.value(u"Response"_s).toArray().first().toObject().value(u"Id"_s).toObject().value(
            u"id"_s).toInteger();
    QVERIFY(repeatedId > itemIds(payment).value(0));
}

void TestConsoleUi::curlCommandMasksTokenByDefault()
{
    startSession();
    QVERIFY(!QTest::currentTestFailed());
    createConsole();
    m_console->setRequest("GET", u"user"_s);
    QVERIFY(sendAndWait().ok());

    auto *include = child<QAction>(u"curlIncludeTokenAction"_s);
    QVERIFY(!include->isChecked());
    child<QToolButton>(u"curlButton"_s)->click();

    const QString command = QGuiApplication::clipboard()->text();
    QVERIFY(command.contains(u"X-Bunq-Client-Authentication"_s));
    QVERIFY(!command.contains(QString::fromLatin1(m_session.context.sessionToken)));
    QCOMPARE(command, m_console->curlCommand(false));
    QVERIFY(m_console->curlCommand(true).contains(QString::fromLatin1(m_session.context.sessionToken)));
}

void TestConsoleUi::sandboxMoneyShowsBalance()
{
    startSession();
    QVERIFY(!QTest::currentTestFailed());
    createConsole();

    auto *amount = child<QDoubleSpinBox>(u"sandboxMoneyAmount"_s);
    QVERIFY(amount->isVisible());
    QCOMPARE(amount->maximum(), double(console::SandboxMoney::maximumEuros));
    amount->setValue(amount->maximum());
    QSignalSpy received(m_console.get(), &RequestConsole::sandboxMoneyReceived);

    QTest::mouseClick(child<QPushButton>(u"sandboxMoneyButton"_s), Qt::LeftButton);
    QVERIFY(m_console->isBusy());
    QVERIFY(received.wait(CallTimeoutMs));

    const auto balance = received.first().first().value<console::AccountBalance>();
    QCOMPARE(balance.value, u"500.00"_s);
    QCOMPARE(balance.currency, u"EUR"_s);
    QVERIFY(!m_console->isBusy());
    const QString outcome = child<QLabel>(u"sandboxMoneyOutcome"_s)->text();
    QVERIFY2(outcome.contains(u"EUR 500.00"_s), qPrintable(outcome));
    // The last call read the account; the account id is now a placeholder value.
    QCOMPARE(m_console->lastResult().exchange.method, "GET");
    QCOMPARE(m_console->placeholderValues().value(u"monetaryAccountId"_s),
             QString::number(balance.accountId));
}

void TestConsoleUi::pacingWaitsInsteadOfFailing()
{
    startSession();
    QVERIFY(!QTest::currentTestFailed());
    createConsole();
    m_console->setRequest("GET", u"user"_s);
    for (int i = 0; i < 3; ++i)
        QVERIFY(sendAndWait().ok());

    auto *pacing = m_console->findChild<ui::PacingBar *>();
    QVERIFY2(pacing->budgetText().contains(u"0 of 3"_s), qPrintable(pacing->budgetText()));

    QSignalSpy results(m_console.get(), &RequestConsole::resultReady);
    QTest::mouseClick(child<QPushButton>(u"sendButton"_s), Qt::LeftButton);
    QVERIFY(m_console->isBusy());
    QVERIFY(pacing->isCountingDown());
    QVERIFY2(pacing->countdownText().contains(u"GET user"_s), qPrintable(pacing->countdownText()));
    QVERIFY(child<QPushButton>(u"pacingCancelButton"_s)->isVisible());

    QVERIFY(results.wait(CallTimeoutMs));
    QCOMPARE(m_console->lastResult().exchange.status, 200);
    QVERIFY(!pacing->isCountingDown());
    QVERIFY(!m_console->isBusy());
}

void TestConsoleUi::pacingWaitCanBeCancelled()
{
    startSession();
    QVERIFY(!QTest::currentTestFailed());
    createConsole();
    m_console->setRequest("GET", u"user"_s);
    for (int i = 0; i < 3; ++i)
        QVERIFY(sendAndWait().ok());
    const qsizetype historyBefore = m_console->history().entries().size();

    QSignalSpy results(m_console.get(), &RequestConsole::resultReady);
    QSignalSpy busy(m_console.get(), &RequestConsole::busyChanged);
    QTest::mouseClick(child<QPushButton>(u"sendButton"_s), Qt::LeftButton);
    auto *pacing = m_console->findChild<ui::PacingBar *>();
    QVERIFY(pacing->isCountingDown());

    QTest::mouseClick(child<QPushButton>(u"pacingCancelButton"_s), Qt::LeftButton);

    QVERIFY(!pacing->isCountingDown());
    QVERIFY(!m_console->isBusy());
    QVERIFY(child<QPushButton>(u"sendButton"_s)->isEnabled());
    QCOMPARE(busy.count(), 2);
    // Nothing goes out, not even once the budget is free again after at most 3 s, so nothing
    // is reported or kept.
    QVERIFY(!results.wait(3500));
    QCOMPARE(m_console->history().entries().size(), historyBefore);
}

// A failed call shows an error box above the exchange. The console takes that room from its own
// panes, so the window keeps its size.
void TestConsoleUi::windowDoesNotGrowOnErrors()
{
    startSession();
    QVERIFY(!QTest::currentTestFailed());
    ui::MainWindow window(m_session.network.get(), m_session.context);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QSize size(900, 560);
    window.resize(size);
    QTRY_COMPARE(window.size(), size);

    RequestConsole *console = window.console();
    const QSize minimumBefore = console->minimumSizeHint();
    QSignalSpy results(console, &RequestConsole::resultReady);
    for (int i = 0; i < 3; ++i) {
        console->setRequest("GET", u"user/"_s + QString::number(999000 + i));
        console->send();
        QVERIFY(results.wait(CallTimeoutMs));
        QCOMPARE(console->lastResult().exchange.status, 404);
        QVERIFY(!console->exchangeView()->errorText().isEmpty());
        QTest::qWait(20);
        QCOMPARE(window.size(), size);
    }
    // The error box may widen the exchange's minimum, but never the console's minimum height.
    QCOMPARE(console->minimumSizeHint().height(), minimumBefore.height());
}

void TestConsoleUi::sendsThroughSessionKeeper()
{
    startSession();
    QVERIFY(!QTest::currentTestFailed());
    createConsole();
    session::SessionKeeper keeper(m_session.network.get(), m_session.context);
    QSignalSpy keeperExchanges(&keeper, &session::SessionKeeper::exchangeFinished);
    m_console->setSessionKeeper(&keeper);

    m_console->setRequest("GET", u"user/{userId}"_s);
    const api::ApiResult result = sendAndWait();

    QVERIFY2(result.ok(), qPrintable(result.error ? result.error->summary() : QString()));
    QCOMPARE(result.exchange.url.path(), userPath(m_session.context));
    QCOMPARE(keeperExchanges.count(), 1);
    // The keeper put its session's token on the call.
    QCOMPARE(result.exchange.requestHeader("X-Bunq-Client-Authentication"),
             m_session.context.sessionToken);

    m_console->setSessionKeeper(nullptr);
    QVERIFY(sendAndWait().ok());
    QCOMPARE(keeperExchanges.count(), 1);
}

void TestConsoleUi::formatShortcutIndentsBody()
{
    m_console = std::make_unique<RequestConsole>();
    m_console->setRequest("POST", u"user"_s, R"({"b":1,"a":[true]})");
    auto *body = child<ui::JsonEditor>(u"bodyEdit"_s);
    m_console->show();
    // Shortcuts reach only the active window.
    QVERIFY(QTest::qWaitForWindowActive(m_console.get()));
    body->setFocus();

    QTest::keyClick(body, Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);

    // A button's shortcut clicks it with a short animation, so the result comes a moment later.
    QTRY_COMPARE(body->toPlainText(), u"{\n  \"b\": 1,\n  \"a\": [\n    true\n  ]\n}"_s);
    body->undo();
    QCOMPARE(body->toPlainText(), u"{\"b\":1,\"a\":[true]}"_s);
    QCOMPARE(child<QLabel>(u"bodyStatusLabel"_s)->text(), u"Valid JSON"_s);
}

// Tab walks the rows from the top: method, path, Send, the placeholders, the tabs and the body.
void TestConsoleUi::tabOrderFollowsRows()
{
    startSession();
    QVERIFY(!QTest::currentTestFailed());
    createConsole();
    m_console->setRequest("POST", u"user/{userId}/monetary-account-bank"_s, "{}");

    QStringList order;
    QWidget *widget = child<QWidget>(u"methodCombo"_s);
    for (int i = 0; i < 400 && widget; ++i) {
        if (widget->isVisible() && widget->isEnabled() && (widget->focusPolicy() & Qt::TabFocus)
            && !widget->objectName().isEmpty() && !order.contains(widget->objectName())) {
            order += widget->objectName();
        }
        widget = widget->nextInFocusChain();
    }

    const QStringList expected{u"methodCombo"_s,  u"pathEdit"_s,     u"sendButton"_s,
                               u"placeholder_userId"_s, u"consoleTabs"_s, u"formatButton"_s,
                               u"bodyEdit"_s,     u"countSpin"_s,
                               u"sandboxMoneyAmount"_s, u"sandboxMoneyButton"_s};
    QStringList seen;
    for (const QString &name : order) {
        if (expected.contains(name))
            seen += name;
    }
    QVERIFY2(seen == expected, qPrintable(order.join(u", "_s)));
}

// With STUDIO_SCREENSHOT_DIR set, saves the console in the light and the dark scheme, at a
// narrow width, inside the main window, while a call waits for the rate limit, with the history
// tab and with the completion list open.
void TestConsoleUi::screenshots()
{
    const QString folder = qEnvironmentVariable("STUDIO_SCREENSHOT_DIR");
    if (folder.isEmpty())
        QSKIP("set STUDIO_SCREENSHOT_DIR to save screenshots");
    QVERIFY(QDir().mkpath(folder));
    const auto save = [&folder](QWidget *widget, const QString &name) {
        // Lets posted layout requests run, so the picture shows the settled layout.
        QTest::qWait(50);
        QVERIFY(widget->grab().save(folder + u'/' + name + u".png"_s));
    };

    startSession();
    QVERIFY(!QTest::currentTestFailed());
    createConsole();
    chooseCatalogueEntry(u"user/"_s, "GET", u"/v1/user/{userId}/monetary-account"_s);
    QVERIFY(sendAndWait().ok());
    m_console->setRequest("GET", u"user/424242"_s);
    QCOMPARE(sendAndWait().exchange.status, 404);
    chooseCatalogueEntry(u"user/1/monetary-account/2/request-inq"_s, "POST",
                         u"/v1/user/{userId}/monetary-account/{monetaryAccountId}/request-inquiry"_s);
    m_console->resize(900, 720);
    save(m_console.get(), u"console-light"_s);


    child<QTabWidget>(u"consoleTabs"_s)->setCurrentIndex(1);
    save(m_console.get(), u"console-history"_s);
    child<QTabWidget>(u"consoleTabs"_s)->setCurrentIndex(0);

    m_console->resize(520, 720);
    save(m_console.get(), u"console-narrow"_s);
    m_console->resize(900, 720);

    auto *path = child<QLineEdit>(u"pathEdit"_s);
    path->clear();
    path->setFocus();
    QTest::keyClicks(path, u"user/1/mon"_s);
    QAbstractItemView *popup = child<QCompleter>(u"endpointCompleter"_s)->popup();
    QTRY_VERIFY(popup->isVisible());
    save(popup, u"completion-popup"_s);
    QTest::keyClick(popup, Qt::Key_Escape);

    m_console->setRequest("GET", u"user"_s);
    for (int i = 0; i < 3; ++i)
        QVERIFY(sendAndWait().ok());
    QTest::mouseClick(child<QPushButton>(u"sendButton"_s), Qt::LeftButton);
    QVERIFY(m_console->findChild<ui::PacingBar *>()->isCountingDown());
    save(m_console.get(), u"console-pacing"_s);
    m_console->cancel();

    ui::ColorSchemeSwitcher switcher;
    switcher.apply(ui::ColorScheme::Dark);
    chooseCatalogueEntry(u"user/1/monetary-account/2/request-inq"_s, "POST",
                         u"/v1/user/{userId}/monetary-account/{monetaryAccountId}/request-inquiry"_s);
    child<ui::JsonEditor>(u"bodyEdit"_s)->setPlainText(u"{\n  \"amount_inquired\": {\"value\": \"5\"},\n  \"allow_bunqme\": fals\n}"_s);
    save(m_console.get(), u"console-dark"_s);
    switcher.applyStartupLook();

    ui::MainWindow window(m_session.network.get(), m_session.context);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.console()->setRequest("GET", u"user/{userId}/monetary-account"_s);
    QSignalSpy results(window.console(), &RequestConsole::resultReady);
    window.console()->send();
    QVERIFY(results.wait(CallTimeoutMs));
    save(&window, u"main-window"_s);
}

QTEST_MAIN(TestConsoleUi)
#include "tst_consoleui_console.moc"
