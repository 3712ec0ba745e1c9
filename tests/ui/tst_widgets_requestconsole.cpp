// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScriptedHttpServer.h"
#include "WidgetTestData.h"

#include "main/RequestConsole.h"
#include "widgets/ExchangeView.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace studio;
using studio::ui::RequestConsole;

class TestRequestConsole : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void defaultsToGetUser();
    void bodyOnlyForPostAndPut_data();
    void bodyOnlyForPostAndPut();
    void rejectsInvalidJson();
    void keepsUndoAfterRejectedBody();
    void rejectsEmptyPath();
    void sendsWithSessionToken();
    void sendsAfterTypingCompletedPath();
    void showsBusyUntilCancelled();
    void mapsInterfaceLocale_data();
    void mapsInterfaceLocale();

private:
    template <typename T>
    T *child(const QString &name) const
    {
        return m_console->findChild<T *>(name);
    }

    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ScriptedHttpServer> m_server;
    std::unique_ptr<RequestConsole> m_console;
};

void TestRequestConsole::init()
{
    m_network = std::make_unique<QNetworkAccessManager>();
    m_server = std::make_unique<ScriptedHttpServer>();
    const QByteArray baseUrl = m_server->start();
    QVERIFY(!baseUrl.isEmpty());

    onboarding::SessionContext context = testdata::sessionContext();
    context.environment = api::ApiEnvironment::localSandbox(QUrl(QString::fromLatin1(baseUrl)));
    m_console = std::make_unique<RequestConsole>();
    m_console->setContext(m_network.get(), context);
}

void TestRequestConsole::cleanup()
{
    m_console.reset();
    m_server.reset();
    m_network.reset();
}

void TestRequestConsole::defaultsToGetUser()
{
    QCOMPARE(child<QComboBox>(u"methodCombo"_s)->currentText(), u"GET"_s);
    QCOMPARE(child<QLineEdit>(u"pathEdit"_s)->text(), u"user"_s);
    QVERIFY(child<QPushButton>(u"sendButton"_s)->isEnabled());
    QCOMPARE(child<QPushButton>(u"sendButton"_s)->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Return));
    QVERIFY(child<ui::ExchangeView>(u"consoleExchange"_s));
}

void TestRequestConsole::bodyOnlyForPostAndPut_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<bool>("bodyEnabled");

    QTest::newRow("GET") << u"GET"_s << false;
    QTest::newRow("POST") << u"POST"_s << true;
    QTest::newRow("PUT") << u"PUT"_s << true;
    QTest::newRow("DELETE") << u"DELETE"_s << false;
}

void TestRequestConsole::bodyOnlyForPostAndPut()
{
    QFETCH(QString, method);
    QFETCH(bool, bodyEnabled);

    child<QComboBox>(u"methodCombo"_s)->setCurrentText(method);

    QCOMPARE(child<QPlainTextEdit>(u"bodyEdit"_s)->isEnabled(), bodyEnabled);
}

void TestRequestConsole::rejectsInvalidJson()
{
    QSignalSpy results(m_console.get(), &RequestConsole::resultReady);
    child<QComboBox>(u"methodCombo"_s)->setCurrentText(u"POST"_s);
    child<QPlainTextEdit>(u"bodyEdit"_s)->setPlainText(u"{\n  \"amount\": 1,\n  \"currency\": }"_s);

    QTest::mouseClick(child<QPushButton>(u"sendButton"_s), Qt::LeftButton);

    auto *error = child<QLabel>(u"inputErrorLabel"_s);
    QVERIFY(error->isVisibleTo(m_console.get()));
    QVERIFY2(error->text().contains(u"line 3"_s), qPrintable(error->text()));
    // QJsonParseError::offset points just past the "}" that has no value before it.
    QVERIFY2(error->text().contains(u"offset 32"_s), qPrintable(error->text()));
    QVERIFY(error->text().contains(u"Nothing was sent"_s));
    QVERIFY(!m_console->isBusy());
    QVERIFY(child<QPushButton>(u"sendButton"_s)->isEnabled());
    QCOMPARE(results.count(), 0);
    QVERIFY(m_server->requests().isEmpty());
}

void TestRequestConsole::keepsUndoAfterRejectedBody()
{
    auto *body = child<QPlainTextEdit>(u"bodyEdit"_s);
    child<QComboBox>(u"methodCombo"_s)->setCurrentText(u"POST"_s);
    body->setFocus();
    QTest::keyClicks(body, u"{\"a\":"_s);
    QTest::mouseClick(child<QPushButton>(u"sendButton"_s), Qt::LeftButton);
    QVERIFY(child<QLabel>(u"inputErrorLabel"_s)->isVisibleTo(m_console.get()));
    QCOMPARE(body->toPlainText(), u"{\"a\":"_s);

    body->undo();

    QVERIFY(body->toPlainText() != u"{\"a\":"_s);
    body->redo();
    QCOMPARE(body->toPlainText(), u"{\"a\":"_s);
}

void TestRequestConsole::rejectsEmptyPath()
{
    child<QLineEdit>(u"pathEdit"_s)->setText(u"   "_s);

    QTest::mouseClick(child<QPushButton>(u"sendButton"_s), Qt::LeftButton);

    QVERIFY(child<QLabel>(u"inputErrorLabel"_s)->isVisibleTo(m_console.get()));
    QVERIFY(!m_console->isBusy());
}

void TestRequestConsole::sendsWithSessionToken()
{
    ScriptedHttpServer::Response response;
    response.status = 404;
    response.reason = "Not Found";
    response.headers = {{"Content-Type", "application/json"},
                        {"X-Bunq-Client-Response-Id", testdata::responseId}};
    response.body = R"({"Error":[{"error_description":"User not found.","error_description_translated":"User not found."}]})";
    m_server->setResponse(response);
    QSignalSpy results(m_console.get(), &RequestConsole::resultReady);
    child<QComboBox>(u"methodCombo"_s)->setCurrentText(u"POST"_s);
    child<QLineEdit>(u"pathEdit"_s)->setText(u"/v1/user/12"_s);
    child<QPlainTextEdit>(u"bodyEdit"_s)->setPlainText(u"{\"description\": \"x\"}"_s);

    QTest::mouseClick(child<QPushButton>(u"sendButton"_s), Qt::LeftButton);

    QVERIFY(m_console->isBusy());
    QVERIFY(!child<QPushButton>(u"sendButton"_s)->isEnabled());
    QVERIFY(results.wait());
    QVERIFY(!m_console->isBusy());
    QVERIFY(child<QPushButton>(u"sendButton"_s)->isEnabled());

    QCOMPARE(m_server->requests().size(), 1);
    const ScriptedHttpServer::Request &request = m_server->requests().constFirst();
    QCOMPARE(request.method, "POST");
    QCOMPARE(request.target, "/v1/user/12");
    QCOMPARE(request.body, "{\"description\": \"x\"}");
    QCOMPARE(request.header("X-Bunq-Client-Authentication"), testdata::sessionToken);

    const api::ApiResult result = m_console->lastResult();
    QCOMPARE(result.exchange.status, 404);
    QVERIFY(!result.ok());
    const auto *view = child<ui::ExchangeView>(u"consoleExchange"_s);
    QVERIFY2(view->summaryText().startsWith(u"POST /v1/user/12 → 404 Not Found"_s),
             qPrintable(view->summaryText()));
    QVERIFY(view->errorText().contains(u"User not found."_s));
    QVERIFY(view->errorText().contains(QString::fromLatin1(testdata::responseId)));
    const auto *tabs = view->findChild<QTabWidget *>(u"exchangeTabs"_s);
    QVERIFY(tabs);
    QCOMPARE(tabs->currentIndex(), 1);
}

// Typing "user" opens the completion popup; a click on Send must still send.
void TestRequestConsole::sendsAfterTypingCompletedPath()
{
    m_console->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_console.get()));
    QSignalSpy results(m_console.get(), &RequestConsole::resultReady);
    auto *path = child<QLineEdit>(u"pathEdit"_s);
    path->clear();
    path->setFocus();

    QTest::keyClicks(path, u"user"_s);
    QTest::mouseClick(child<QPushButton>(u"sendButton"_s), Qt::LeftButton);

    QVERIFY(results.wait());
    QCOMPARE(m_server->requests().size(), 1);
    QCOMPARE(m_server->requests().constFirst().target, "/v1/user");
}

void TestRequestConsole::showsBusyUntilCancelled()
{
    ScriptedHttpServer::Response response;
    response.neverAnswer = true;
    m_server->setResponse(response);
    QSignalSpy results(m_console.get(), &RequestConsole::resultReady);
    QSignalSpy received(m_server.get(), &ScriptedHttpServer::requestReceived);

    QTest::mouseClick(child<QPushButton>(u"sendButton"_s), Qt::LeftButton);
    QVERIFY(received.wait());

    QVERIFY(m_console->isBusy());
    QVERIFY(child<QLabel>(u"busyLabel"_s)->isVisibleTo(m_console.get()));
    QVERIFY(child<QLabel>(u"busyLabel"_s)->text().contains(u"GET user"_s));
    auto *cancel = child<QPushButton>(u"cancelButton"_s);
    QVERIFY(cancel->isVisibleTo(m_console.get()));

    QTest::mouseClick(cancel, Qt::LeftButton);

    QTRY_COMPARE(results.count(), 1);
    QVERIFY(!m_console->isBusy());
    QVERIFY(!child<QLabel>(u"busyLabel"_s)->isVisibleTo(m_console.get()));
    QCOMPARE(m_console->lastResult().exchange.status, 0);
    QVERIFY(!m_console->lastResult().ok());
}

void TestRequestConsole::mapsInterfaceLocale_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("Dutch") << QLocale(QLocale::Dutch, QLocale::Belgium) << "nl_NL"_ba;
    QTest::newRow("German") << QLocale(QLocale::German, QLocale::Austria) << "de_DE"_ba;
    QTest::newRow("English") << QLocale(QLocale::English, QLocale::UnitedKingdom) << "en_US"_ba;
    QTest::newRow("other language") << QLocale(QLocale::French, QLocale::France) << "en_US"_ba;
}

void TestRequestConsole::mapsInterfaceLocale()
{
    QFETCH(QLocale, locale);
    QFETCH(QByteArray, expected);

    QCOMPARE(ui::bunqLocaleFor(locale), expected);
}

QTEST_MAIN(TestRequestConsole)
#include "tst_widgets_requestconsole.moc"
