// SPDX-License-Identifier: GPL-3.0-or-later
// Window geometry, dock layout and splitter sizes survive closing and re-creating a window.
// Settings go to a temporary folder, never to the user's configuration.
#include "WidgetTestData.h"

#include "main/MainWindow.h"
#include "platform/WindowStateStore.h"
#include "shell/AppShell.h"
#include "wizard/OnboardingWizard.h"

#include <QDockWidget>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace studio;
using ui::MainWindow;
using ui::WindowStateStore;

class TestWindowState : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void splitterKeysNameThePath();
    void mainWindowRestoresGeometryDocksAndSplitters();
    void appShellRestoresMainWindow();
    void appShellRestoresWizardSize();
    void unreadableStateIsIgnored();

private:
    QTemporaryDir m_settingsDir;
    QNetworkAccessManager m_network;
};

void TestWindowState::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    QCoreApplication::setOrganizationName(u"bunq Session Studio tests"_s);
    QCoreApplication::setApplicationName(u"tst_desktop_windowstate"_s);
    QVERIFY(QSettings().fileName().startsWith(m_settingsDir.path()));
}

void TestWindowState::init()
{
    QSettings().clear();
}

void TestWindowState::splitterKeysNameThePath()
{
    MainWindow window(&m_network, testdata::sessionContext());

    auto *console = window.findChild<QSplitter *>(u"consoleSplitter"_s);
    QVERIFY(console);
    QCOMPARE(WindowStateStore::splitterKey(&window, console), u"requestConsole/consoleSplitter"_s);
    QCOMPARE(WindowStateStore::windowKey(&window), u"windows/mainWindow"_s);

    const auto splitters = window.findChildren<QSplitter *>();
    QStringList keys;
    for (const QSplitter *splitter : splitters) {
        const QString key = WindowStateStore::splitterKey(&window, splitter);
        QVERIFY2(!key.isEmpty(), "every splitter in the main window has an objectName");
        QVERIFY2(!keys.contains(key), qPrintable(key));
        keys += key;
    }
    QVERIFY2(keys.contains(
        u"requestConsole/consoleSplitter/consoleExchange/exchangeTabs/requestPane/"
          "headersBodySplitter"_s),
        qPrintable(keys.join(u", "_s)));
}

void TestWindowState::mainWindowRestoresGeometryDocksAndSplitters()
{
    const QSize size(900, 640);
    QList<int> consoleSizes;
    QList<int> paneSizes;
    {
        MainWindow window(&m_network, testdata::sessionContext());
        WindowStateStore::track(&window);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        window.resize(size);
        auto *dock = window.findChild<QDockWidget *>(u"sessionDock"_s);
        window.addDockWidget(Qt::RightDockWidgetArea, dock);
        auto *console = window.findChild<QSplitter *>(u"consoleSplitter"_s);
        auto *pane = window.findChild<QSplitter *>(u"headersBodySplitter"_s);
        QTRY_COMPARE(window.size(), size);
        const int consoleTotal = console->sizes().at(0) + console->sizes().at(1);
        console->setSizes({consoleTotal / 2, consoleTotal - consoleTotal / 2});
        const int paneTotal = pane->sizes().at(0) + pane->sizes().at(1);
        pane->setSizes({paneTotal / 3, paneTotal - paneTotal / 3});
        consoleSizes = console->sizes();
        paneSizes = pane->sizes();

        window.close();
    }

    MainWindow window(&m_network, testdata::sessionContext());
    WindowStateStore::track(&window);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    QTRY_COMPARE(window.size(), size);
    auto *dock = window.findChild<QDockWidget *>(u"sessionDock"_s);
    QCOMPARE(window.dockWidgetArea(dock), Qt::RightDockWidgetArea);
    QTRY_COMPARE(window.findChild<QSplitter *>(u"consoleSplitter"_s)->sizes(), consoleSizes);
    QTRY_COMPARE(window.findChild<QSplitter *>(u"headersBodySplitter"_s)->sizes(), paneSizes);
}

void TestWindowState::appShellRestoresMainWindow()
{
    const QSize size(960, 700);
    {
        ui::AppShell shell(&m_network);
        Q_EMIT shell.wizard()->sessionReady(testdata::sessionContext());
        QVERIFY(shell.mainWindow());
        QVERIFY(QTest::qWaitForWindowExposed(shell.mainWindow()));
        shell.mainWindow()->resize(size);
        QTRY_COMPARE(shell.mainWindow()->size(), size);
        shell.mainWindow()->close();
    }
    QVERIFY(QSettings().contains(u"windows/mainWindow/geometry"_s));
    QVERIFY(QSettings().contains(u"windows/mainWindow/state"_s));

    ui::AppShell shell(&m_network);
    Q_EMIT shell.wizard()->sessionReady(testdata::sessionContext());
    QVERIFY(QTest::qWaitForWindowExposed(shell.mainWindow()));
    QTRY_COMPARE(shell.mainWindow()->size(), size);
}

void TestWindowState::appShellRestoresWizardSize()
{
    const QSize size(1000, 860);
    {
        ui::AppShell shell(&m_network);
        shell.showWizard();
        QVERIFY(QTest::qWaitForWindowExposed(shell.wizard()));
        shell.wizard()->resize(size);
        QTRY_COMPARE(shell.wizard()->size(), size);
        // Cancel hides the wizard, which is when the store saves.
        shell.wizard()->reject();
    }
    QVERIFY(QSettings().contains(u"windows/onboardingWizard/geometry"_s));

    ui::AppShell shell(&m_network);
    shell.showWizard();
    QVERIFY(QTest::qWaitForWindowExposed(shell.wizard()));
    QTRY_COMPARE(shell.wizard()->size(), size);
}

void TestWindowState::unreadableStateIsIgnored()
{
    QSettings settings;
    settings.setValue(u"windows/mainWindow/geometry"_s, "not a geometry"_ba);
    settings.setValue(u"windows/mainWindow/state"_s, "not a state"_ba);
    settings.setValue(u"windows/mainWindow/splitters/requestConsole/consoleSplitter"_s,
                      "not a splitter state"_ba);
    settings.sync();

    MainWindow window(&m_network, testdata::sessionContext());
    WindowStateStore::track(&window);

    QCOMPARE(window.size(), QSize(1100, 760));
    auto *dock = window.findChild<QDockWidget *>(u"sessionDock"_s);
    QCOMPARE(window.dockWidgetArea(dock), Qt::LeftDockWidgetArea);
}

QTEST_MAIN(TestWindowState)
#include "tst_desktop_windowstate.moc"
