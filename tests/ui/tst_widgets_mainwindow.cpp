// SPDX-License-Identifier: GPL-3.0-or-later
#include "WidgetTestData.h"

#include "main/MainWindow.h"
#include "main/RequestConsole.h"
#include "main/SessionPanel.h"
#include "widgets/ExchangeView.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QLabel>
#include <QMenuBar>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QStatusBar>
#include <QTabWidget>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace studio;
using studio::ui::MainWindow;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void titleNamesUserAndEnvironment();
    void holdsPanelAndConsole();
    void hasMenusWithShortcuts();
    void opensAtDefaultSize();
    void saveScreenshots();

private:
    onboarding::SessionContext context() const;

    crypto::RsaKeyPair m_clientKey;
    crypto::RsaKeyPair m_serverKey;
    QNetworkAccessManager m_network;
};

void TestMainWindow::initTestCase()
{
    for (crypto::RsaKeyPair *key : {&m_clientKey, &m_serverKey}) {
        auto generated = crypto::RsaKeyPair::generate();
        QVERIFY(generated.ok());
        *key = generated.value();
    }
}

onboarding::SessionContext TestMainWindow::context() const
{
    onboarding::SessionContext context = testdata::sessionContext();
    context.clientKey = m_clientKey;
    context.serverPublicKey = m_serverKey.publicKey();
    return context;
}

void TestMainWindow::titleNamesUserAndEnvironment()
{
    MainWindow window(&m_network, context());

    QVERIFY(window.windowTitle().contains(u"Alice Example"_s));
    QVERIFY(window.windowTitle().contains(testdata::localEnvironment().displayName()));
}

void TestMainWindow::holdsPanelAndConsole()
{
    MainWindow window(&m_network, context());

    QVERIFY(window.sessionPanel());
    QVERIFY(window.console());
    QCOMPARE(window.centralWidget(), window.console());
    QCOMPARE(window.sessionPanel()->context().sessionToken, testdata::sessionToken);
    auto *dock = window.findChild<QDockWidget *>(u"sessionDock"_s);
    QVERIFY(dock);
    QCOMPARE(window.dockWidgetArea(dock), Qt::LeftDockWidgetArea);
    QVERIFY(window.statusBar());
}

void TestMainWindow::hasMenusWithShortcuts()
{
    MainWindow window(&m_network, context());

    auto *quit = window.findChild<QAction *>(u"quitAction"_s);
    QVERIFY(quit);
    QCOMPARE(quit->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Q));
    QVERIFY(window.findChild<QAction *>(u"aboutAction"_s));
    QCOMPARE(window.menuBar()->actions().size(), 3);
}

void TestMainWindow::opensAtDefaultSize()
{
    MainWindow window(&m_network, context());

    QCOMPARE(window.size(), QSize(1100, 760));
}

// Renders the window to PNG files for a person to look at, when STUDIO_SCREENSHOT_DIR names a
// folder. A normal test run skips it.
void TestMainWindow::saveScreenshots()
{
    const QString folder = qEnvironmentVariable("STUDIO_SCREENSHOT_DIR");
    if (folder.isEmpty())
        QSKIP("Set STUDIO_SCREENSHOT_DIR to save screenshots.");
    QVERIFY(QDir().mkpath(folder));

    MainWindow window(&m_network, context());
    window.sessionPanel()->setClock([] {
        return QDateTime(QDate(2024, 5, 1), QTime(10, 12, 34), QTimeZone::utc());
    });
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    ui::ExchangeView *view = window.console()->exchangeView();
    auto *tabs = view->findChild<QTabWidget *>(u"exchangeTabs"_s);

    const auto save = [&](const QString &name) {
        // Lets posted layout requests and scroll bar updates run before the grab. Nothing is
        // checked on the picture, so its timing does not matter.
        QTest::qWait(50);
        QVERIFY(window.grab().save(folder + u'/' + name));
    };

    view->setResult(testdata::successResult());
    tabs->setCurrentIndex(0);
    save(u"main-request.png"_s);
    tabs->setCurrentIndex(1);
    save(u"main-response.png"_s);
    tabs->setCurrentIndex(2);
    save(u"main-signing.png"_s);

    view->setResult(testdata::errorResult());
    tabs->setCurrentIndex(1);
    save(u"main-error.png"_s);

    view->setSecretsRevealed(true);
    tabs->setCurrentIndex(0);
    save(u"main-revealed.png"_s);

    view->clear();
    save(u"main-empty.png"_s);

    window.console()->findChild<QComboBox *>(u"methodCombo"_s)->setCurrentText(u"POST"_s);
    window.console()->findChild<QPlainTextEdit *>(u"bodyEdit"_s)
        ->setPlainText(u"{\n  \"description\": \"Test\",\n  \"amount\": }"_s);
    window.console()->send();
    save(u"main-invalid-json.png"_s);

    // The production badge, with a session about to expire.
    onboarding::SessionContext production = context();
    production.environment = api::ApiEnvironment::production();
    ui::SessionPanel panel;
    panel.setClock([] { return QDateTime(QDate(2024, 5, 1), QTime(10, 57), QTimeZone::utc()); });
    panel.setContext(production);
    panel.resize(420, 520);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QTest::qWait(50);
    QVERIFY(panel.grab().save(folder + u"/panel-production.png"_s));
}

QTEST_MAIN(TestMainWindow)
#include "tst_widgets_mainwindow.moc"
