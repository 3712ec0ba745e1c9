// SPDX-License-Identifier: GPL-3.0-or-later
// The local sandbox panel against a real sandbox with its control interface: the state it
// lists, the live request log with check verdicts, a fault armed from the form, the reset
// button, and the panel's place in the main window. With STUDIO_SCREENSHOT_DIR set, the main
// window with the panel docked is saved there as a PNG.

#include "LocalSandbox.h"
#include "SandboxTestClient.h"
#include "WidgetTestData.h"
#include "api/Redaction.h"
#include "control/FaultSwitchboard.h"
#include "main/MainWindow.h"
#include "sandboxpanel/FaultsTab.h"
#include "sandboxpanel/RequestLogModel.h"
#include "sandboxpanel/SandboxPanel.h"
#include "sandboxpanel/SandboxStateView.h"

#include <QAccessible>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLoggingCategory>
#include <QMenuBar>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTcpServer>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using namespace Qt::StringLiterals;
using namespace studio;
using sandboxtest::InstallationInfo;
using sandboxtest::RawReply;
using sandboxtest::SandboxTestClient;
using sandboxtest::SessionInfo;
using ui::FaultsTab;
using ui::RequestLogModel;
using ui::SandboxPanel;

namespace {

constexpr int timeoutMs = 10000;

// Every item text of the tree, "title | details" per line, for searching in failures.
QString treeText(const QTreeWidget *tree)
{
    QStringList lines;
    for (QTreeWidgetItemIterator it(const_cast<QTreeWidget *>(tree)); *it; ++it)
        lines.append((*it)->text(0) + u" | "_s + (*it)->text(1));
    return lines.join(u'\n');
}

QString cell(const RequestLogModel *model, int row, int column)
{
    return model->index(row, column).data().toString();
}

// The letter after the first single '&', or a null character when the text has none.
QChar mnemonicOf(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) != u'&')
            return text.at(i + 1).toLower();
        ++i;
    }
    return {};
}

QString describe(const QWidget *widget)
{
    return QString::fromLatin1(widget->metaObject()->className()) + u' ' + widget->objectName();
}

} // namespace

class TestSandboxPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void listsStateWithMaskedKey();
    void logsRequestsWithVerdicts();
    void armsFaultFromForm();
    void showsArmErrorInline();
    void clearsFaults();
    void resetAsksFirst();
    void showsUnreachableControlInline();
    void showsMissingControlInline();
    void mainWindowDocksPanelForLocalOnly();
    void controlsNamedAndMnemonic();
    void saveScreenshot();

private:
    void openSession();
    SandboxPanel *showPanel();

    crypto::RsaKeyPair m_clientKey;
    std::unique_ptr<sandbox::SandboxThread> m_sandbox;
    std::unique_ptr<SandboxTestClient> m_client;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<SandboxPanel> m_panel;

    QByteArray m_apiKey;
    InstallationInfo m_installation;
    SessionInfo m_session;
};

void TestSandboxPanel::initTestCase()
{
    QLoggingCategory::setFilterRules(u"studio.sandbox.info=false"_s);
    auto key = crypto::RsaKeyPair::generate();
    QVERIFY(key.ok());
    m_clientKey = key.value();
}

void TestSandboxPanel::init()
{
    sandbox::SandboxOptions options;
    options.serverKeyPolicy = sandbox::ServerKeyPolicy::Shared;
    options.spareServerKeys = 0;
    m_sandbox = std::make_unique<sandbox::SandboxThread>(options);
    m_sandbox->enableControl(0);
    QSignalSpy started(m_sandbox.get(), &sandbox::SandboxThread::started);
    m_sandbox->start();
    QVERIFY(started.wait(timeoutMs));
    QVERIFY(!m_sandbox->controlUrl().isEmpty());

    m_client = std::make_unique<SandboxTestClient>(m_sandbox->baseUrl());
    m_network = std::make_unique<QNetworkAccessManager>();
}

void TestSandboxPanel::cleanup()
{
    m_panel.reset();
    m_network.reset();
    m_client.reset();
    m_sandbox.reset();
}

// The session flow with requests built in the test: a person, an installation, a device bound
// to the caller's IP and a session.
void TestSandboxPanel::openSession()
{
    m_apiKey = m_client->createSandboxUser();
    QVERIFY(!m_apiKey.isEmpty());
    m_installation = m_client->install(m_clientKey);
    QVERIFY(!m_installation.token.isEmpty());
    m_session = m_client->openSession(m_installation, m_clientKey, m_apiKey);
    QVERIFY(!m_session.token.isEmpty());
}

SandboxPanel *TestSandboxPanel::showPanel()
{
    m_panel = std::make_unique<SandboxPanel>(m_network.get());
    m_panel->setControlUrl(m_sandbox->controlUrl());
    m_panel->resize(900, 420);
    m_panel->show();
    if (!QTest::qWaitForWindowExposed(m_panel.get()))
        return nullptr;
    return m_panel.get();
}

void TestSandboxPanel::listsStateWithMaskedKey()
{
    openSession();
    QVERIFY(!QTest::currentTestFailed());
    SandboxPanel *panel = showPanel();
    QVERIFY(panel);

    const QTreeWidget *tree = panel->stateView()->tree();
    QTRY_VERIFY_WITH_TIMEOUT(treeText(tree).contains(u"Zoë Bakker"_s), timeoutMs);
    const QString text = treeText(tree);
    QVERIFY2(text.contains(api::maskSecret(m_apiKey)), qPrintable(text));
    QVERIFY2(!text.contains(QString::fromLatin1(m_apiKey)), qPrintable(text));
    QVERIFY2(text.contains(u"Users and API keys (1)"_s), qPrintable(text));
    QVERIFY2(text.contains(u"Installation %1"_s.arg(m_installation.id)), qPrintable(text));
    QVERIFY2(text.contains(u"bound to 127.0.0.1"_s), qPrintable(text));
    QVERIFY2(text.contains(u"Session %1, live"_s.arg(m_session.id)), qPrintable(text));
    QVERIFY2(text.contains(u"expiry 20"_s), qPrintable(text));
    QVERIFY(!panel->findChild<QPushButton *>(u"copyApiKeyButton"_s)->isEnabled());

    auto *reveal = panel->findChild<QCheckBox *>(u"revealApiKeysCheck"_s);
    QVERIFY(reveal);
    reveal->click();
    QVERIFY(treeText(tree).contains(QString::fromLatin1(m_apiKey)));
    reveal->click();
    QVERIFY(!treeText(tree).contains(QString::fromLatin1(m_apiKey)));
    QVERIFY(panel->errorText().isEmpty());
}

void TestSandboxPanel::logsRequestsWithVerdicts()
{
    openSession();
    QVERIFY(!QTest::currentTestFailed());
    SandboxPanel *panel = showPanel();
    QVERIFY(panel);
    const RequestLogModel *log = panel->requestLog();

    // sandbox-user-person, installation, device-server, session-server
    QTRY_COMPARE_WITH_TIMEOUT(log->rowCount(), 4, timeoutMs);
    QCOMPARE(cell(log, 0, RequestLogModel::MethodColumn), u"POST"_s);
    QCOMPARE(cell(log, 0, RequestLogModel::PathColumn), u"/v1/session-server"_s);
    QCOMPARE(cell(log, 0, RequestLogModel::StatusColumn), u"200"_s);
    const QString checks = cell(log, 0, RequestLogModel::ChecksColumn);
    QVERIFY2(checks.contains(u"signature: valid"_s), qPrintable(checks));
    QCOMPARE(cell(log, 3, RequestLogModel::PathColumn), u"/v1/sandbox-user-person"_s);

    // A request made while the panel is open appears at the top within a poll or two.
    const RawReply rejected = m_client->send("GET"_ba, u"/v1/user"_s);
    QCOMPARE(rejected.status, 401);
    QTRY_COMPARE_WITH_TIMEOUT(log->rowCount(), 5, timeoutMs);
    QCOMPARE(cell(log, 0, RequestLogModel::PathColumn), u"/v1/user"_s);
    QCOMPARE(cell(log, 0, RequestLogModel::StatusColumn), u"401"_s);
    QVERIFY2(cell(log, 0, RequestLogModel::ChecksColumn).contains(u"failed"_s),
             qPrintable(cell(log, 0, RequestLogModel::ChecksColumn)));

    // Hidden, the panel stops polling.
    panel->hide();
    QSignalSpy polled(panel, &SandboxPanel::logRefreshed);
    QVERIFY(!polled.wait(2 * SandboxPanel::pollIntervalMs + 500));
}

void TestSandboxPanel::armsFaultFromForm()
{
    SandboxPanel *panel = showPanel();
    QVERIFY(panel);
    auto *tabs = panel->findChild<QTabWidget *>(u"sandboxPanelTabs"_s);
    tabs->setCurrentWidget(panel->faultsTab());

    auto *kind = panel->findChild<QComboBox *>(u"faultKindCombo"_s);
    auto *endpoint = panel->findChild<QLineEdit *>(u"faultEndpointEdit"_s);
    auto *count = panel->findChild<QSpinBox *>(u"faultCountSpin"_s);
    auto *delay = panel->findChild<QSpinBox *>(u"faultDelaySpin"_s);
    auto *arm = panel->findChild<QPushButton *>(u"armFaultButton"_s);
    auto *armed = panel->findChild<QListWidget *>(u"armedFaultsList"_s);
    QVERIFY(kind && endpoint && count && delay && arm && armed);

    kind->setCurrentIndex(kind->findData(u"slow"_s));
    QVERIFY(delay->isEnabled());
    kind->setCurrentIndex(kind->findData(u"491"_s));
    QVERIFY(!delay->isEnabled());
    endpoint->setText(u"POST sandbox-user-person"_s);
    count->setValue(1);

    QSignalSpy armedSpy(panel, &SandboxPanel::faultArmed);
    arm->click();
    QVERIFY(armedSpy.wait(timeoutMs));
    QTRY_VERIFY_WITH_TIMEOUT(armed->count() == 1 && armed->item(0)->text().contains(u"491"_s),
                             timeoutMs);
    QVERIFY2(armed->item(0)->text().contains(u"POST sandbox-user-person"_s),
             qPrintable(armed->item(0)->text()));

    const RawReply faulted = m_client->send("POST"_ba, u"/v1/sandbox-user-person"_s);
    QCOMPARE(faulted.status, 491);

    const RequestLogModel *log = panel->requestLog();
    QTRY_VERIFY_WITH_TIMEOUT(log->rowCount() == 1, timeoutMs);
    QCOMPARE(cell(log, 0, RequestLogModel::StatusColumn), u"200"_s);
    QVERIFY2(cell(log, 0, RequestLogModel::FaultColumn).contains(u"replaced 200 with 491"_s),
             qPrintable(cell(log, 0, RequestLogModel::FaultColumn)));
    // The fault was used up, so the list shows none left.
    QTRY_VERIFY_WITH_TIMEOUT(!(armed->item(0)->flags() & Qt::ItemIsEnabled), timeoutMs);
}

void TestSandboxPanel::showsArmErrorInline()
{
    SandboxPanel *panel = showPanel();
    QVERIFY(panel);
    panel->findChild<QLineEdit *>(u"faultEndpointEdit"_s)->setText(u"FETCH user"_s);
    panel->findChild<QPushButton *>(u"armFaultButton"_s)->click();

    auto *error = panel->findChild<QLabel *>(u"faultErrorLabel"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!error->isHidden(), timeoutMs);
    QVERIFY2(error->text().contains(u"\"FETCH\""_s), qPrintable(error->text()));
    QVERIFY(m_sandbox->sandbox()->faults().armedFaults().isEmpty());
}

void TestSandboxPanel::clearsFaults()
{
    SandboxPanel *panel = showPanel();
    QVERIFY(panel);
    auto *untilCleared = panel->findChild<QCheckBox *>(u"faultUntilClearedCheck"_s);
    untilCleared->setChecked(true);
    QVERIFY(!panel->findChild<QSpinBox *>(u"faultCountSpin"_s)->isEnabled());
    QCOMPARE(panel->faultsTab()->faultRequest().value(u"count"_s), QJsonValue(QJsonValue::Null));

    auto *arm = panel->findChild<QPushButton *>(u"armFaultButton"_s);
    auto *armed = panel->findChild<QListWidget *>(u"armedFaultsList"_s);
    arm->click();
    QTRY_VERIFY_WITH_TIMEOUT(
        armed->count() == 1 && armed->item(0)->text().contains(u"until cleared"_s), timeoutMs);
    QCOMPARE(m_client->send("POST"_ba, u"/v1/sandbox-user-company"_s).status, 500);

    auto *clear = panel->findChild<QPushButton *>(u"clearFaultsButton"_s);
    QTRY_VERIFY_WITH_TIMEOUT(clear->isEnabled(), timeoutMs);
    clear->click();
    QTRY_VERIFY_WITH_TIMEOUT(m_sandbox->sandbox()->faults().armedFaults().isEmpty(), timeoutMs);
    QCOMPARE(m_client->send("POST"_ba, u"/v1/sandbox-user-company"_s).status, 200);
}

void TestSandboxPanel::resetAsksFirst()
{
    openSession();
    QVERIFY(!QTest::currentTestFailed());
    SandboxPanel *panel = showPanel();
    QVERIFY(panel);
    const QTreeWidget *tree = panel->stateView()->tree();
    QTRY_VERIFY_WITH_TIMEOUT(treeText(tree).contains(u"Users and API keys (1)"_s), timeoutMs);

    int questions = 0;
    bool answer = false;
    panel->setResetConfirmation([&](QWidget *) {
        ++questions;
        return answer;
    });
    auto *reset = panel->findChild<QPushButton *>(u"resetSandboxButton"_s);
    QSignalSpy resetDone(panel, &SandboxPanel::resetDone);

    reset->click();
    QCOMPARE(questions, 1);
    QVERIFY(!resetDone.wait(500));
    QVERIFY(treeText(tree).contains(u"Users and API keys (1)"_s));

    answer = true;
    reset->click();
    QCOMPARE(questions, 2);
    QVERIFY(resetDone.wait(timeoutMs));
    QTRY_VERIFY_WITH_TIMEOUT(treeText(tree).contains(u"Users and API keys (0)"_s), timeoutMs);
    const QString text = treeText(tree);
    QVERIFY2(text.contains(u"Sessions (0)"_s), qPrintable(text));
    QVERIFY2(text.contains(u"Installations (0)"_s), qPrintable(text));
    QCOMPARE(panel->requestLog()->rowCount(), 0);

    // The old session is gone with everything else.
    const RawReply user = m_client->send("GET"_ba, u"/v1/user"_s,
                                         {{"X-Bunq-Client-Authentication"_ba, m_session.token}});
    QCOMPARE(user.status, 401);
}

void TestSandboxPanel::showsUnreachableControlInline()
{
    // A port that was free a moment ago, so no server listens there.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress(QHostAddress::LocalHost), 0));
    const quint16 port = probe.serverPort();
    probe.close();

    SandboxPanel panel(m_network.get());
    panel.setControlUrl(QUrl(u"http://127.0.0.1:%1/"_s.arg(port)));
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QTRY_VERIFY_WITH_TIMEOUT(panel.errorText().contains(u"Cannot reach"_s), timeoutMs);
    QVERIFY(panel.findChild<QPushButton *>(u"resetSandboxButton"_s)->isEnabled());
}

void TestSandboxPanel::showsMissingControlInline()
{
    SandboxPanel panel(m_network.get());
    panel.setControlUrl({});
    QVERIFY(panel.errorText().contains(u"not running"_s));
    QVERIFY(!panel.findChild<QPushButton *>(u"resetSandboxButton"_s)->isEnabled());
    QVERIFY(!panel.findChild<QPushButton *>(u"armFaultButton"_s)->isEnabled());

    // Only loopback URLs are used.
    panel.setControlUrl(QUrl(u"http://192.0.2.1:8080/"_s));
    QVERIFY(panel.errorText().contains(u"not running"_s));
}

void TestSandboxPanel::mainWindowDocksPanelForLocalOnly()
{
    onboarding::SessionContext local = testdata::sessionContext();
    local.environment = api::ApiEnvironment::localSandbox(m_sandbox->baseUrl());
    ui::MainWindow window(m_network.get(), local);
    window.showLocalSandboxPanel(m_sandbox->controlUrl());
    auto *dock = window.findChild<QDockWidget *>(u"localSandboxDock"_s);
    QVERIFY(dock);
    QCOMPARE(window.localSandboxPanel(), dock);
    QCOMPARE(window.dockWidgetArea(dock), Qt::BottomDockWidgetArea);
    QCOMPARE(window.localSandboxPanel()->controlUrl(), m_sandbox->controlUrl());
    QVERIFY(window.menuBar()->actions().size() >= 2);
    bool inViewMenu = false;
    for (QAction *menuAction : window.menuBar()->actions()) {
        if (menuAction->menu() && menuAction->menu()->actions().contains(dock->toggleViewAction()))
            inViewMenu = true;
    }
    QVERIFY(inViewMenu);

    // Asking again keeps one panel.
    window.showLocalSandboxPanel(m_sandbox->controlUrl());
    QCOMPARE(window.findChildren<QDockWidget *>(u"localSandboxDock"_s).size(), 1);

    onboarding::SessionContext remote = testdata::sessionContext();
    remote.environment = api::ApiEnvironment::sandbox();
    ui::MainWindow remoteWindow(m_network.get(), remote);
    remoteWindow.showLocalSandboxPanel(m_sandbox->controlUrl());
    QCOMPARE(remoteWindow.localSandboxPanel(), nullptr);
    QVERIFY(!remoteWindow.findChild<QDockWidget *>(u"localSandboxDock"_s));
}

void TestSandboxPanel::controlsNamedAndMnemonic()
{
    SandboxPanel *panel = showPanel();
    QVERIFY(panel);
    auto *tabs = panel->findChild<QTabWidget *>(u"sandboxPanelTabs"_s);

    for (int tab = 0; tab < tabs->count(); ++tab) {
        tabs->setCurrentIndex(tab);
        const QString tabName = tabs->tabText(tab);

        // Buttons and labels of fields carry a letter of their own among what is visible.
        QHash<QChar, QString> owners;
        QList<QPair<QWidget *, QString>> carriers;
        for (QAbstractButton *button : panel->findChildren<QAbstractButton *>()) {
            if (button->isVisible() && !button->text().isEmpty())
                carriers.append({button, button->text()});
        }
        for (QLabel *label : panel->findChildren<QLabel *>()) {
            if (label->isVisible() && label->buddy())
                carriers.append({label, label->text()});
        }
        for (const auto &[widget, text] : carriers) {
            const QChar letter = mnemonicOf(text);
            QVERIFY2(!letter.isNull(), qPrintable(text + u" on "_s + tabName));
            QVERIFY2(!owners.contains(letter),
                     qPrintable(text + u" and "_s + owners.value(letter) + u" on "_s + tabName));
            owners.insert(letter, text);
        }

        // Every focus stop has a name for screen readers; a tab bar announces its tab.
        for (QWidget *widget : panel->findChildren<QWidget *>()) {
            if (!widget->isVisible() || !(widget->focusPolicy() & Qt::TabFocus)
                || qobject_cast<QTabBar *>(widget) || widget->focusProxy())
                continue;
            QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
            QVERIFY2(accessible && !accessible->text(QAccessible::Name).trimmed().isEmpty(),
                     qPrintable(describe(widget) + u" on "_s + tabName));
        }
    }
}

void TestSandboxPanel::saveScreenshot()
{
    const QString folder = qEnvironmentVariable("STUDIO_SCREENSHOT_DIR");
    if (folder.isEmpty())
        QSKIP("Set STUDIO_SCREENSHOT_DIR to save screenshots.");
    QVERIFY(QDir().mkpath(folder));

    openSession();
    QVERIFY(!QTest::currentTestFailed());
    QCOMPARE(m_client
                 ->send("GET"_ba, u"/v1/user/%1"_s.arg(m_session.user[u"id"_s].toInteger()),
                        {{"X-Bunq-Client-Authentication"_ba, m_session.token}})
                 .status,
             200);
    SandboxTestClient control(m_sandbox->controlUrl());
    control.send("POST"_ba, u"/faults"_s, {{"Content-Type"_ba, "application/json"_ba}},
                 R"({"kind":"429","endpoint":"GET user/*","count":1})"_ba);
    m_client->send("GET"_ba, u"/v1/user/%1"_s.arg(m_session.user[u"id"_s].toInteger()),
                   {{"X-Bunq-Client-Authentication"_ba, m_session.token}});
    control.send(
        "POST"_ba, u"/faults"_s, {{"Content-Type"_ba, "application/json"_ba}},
        R"({"kind":"slow","endpoint":"POST session-server","count":2,"delay_ms":1500})"_ba);

    // The session panel shows the session the sandbox holds.
    const QJsonObject state = control.send("GET"_ba, u"/state"_s).json();
    onboarding::SessionContext context;
    context.environment = api::ApiEnvironment::localSandbox(m_sandbox->baseUrl());
    context.apiKey = m_apiKey;
    context.clientKey = m_clientKey;
    context.installationId = m_installation.id;
    context.installationToken = m_installation.token;
    context.serverPublicKey = m_installation.serverKey;
    context.deviceId = state[u"devices"_s][0][u"id"_s].toInteger();
    context.deviceDescription = state[u"devices"_s][0][u"description"_s].toString();
    context.sessionId = m_session.id;
    context.sessionToken = m_session.token;
    context.user = {m_session.user[u"id"_s].toInteger(), m_session.userType,
                    m_session.user[u"display_name"_s].toString()};
    context.sessionTimeoutSeconds = m_session.user[u"session_timeout"_s].toInteger();
    context.sessionCreated =
        QDateTime::fromString(state[u"sessions"_s][0][u"created"_s].toString(), Qt::ISODateWithMs);
    ui::MainWindow window(m_network.get(), context);
    window.showLocalSandboxPanel(m_sandbox->controlUrl());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    SandboxPanel *panel = window.localSandboxPanel();
    QTRY_VERIFY_WITH_TIMEOUT(panel->requestLog()->rowCount() >= 6, timeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(treeText(panel->stateView()->tree()).contains(u"Zoë Bakker"_s),
                             timeoutMs);

    panel->findChild<QTableView *>(u"sandboxRequestsView"_s)->selectRow(0);
    auto *tabs = panel->findChild<QTabWidget *>(u"sandboxPanelTabs"_s);
    const QStringList names{u"state"_s, u"requests"_s, u"rate-limits"_s, u"faults"_s};
    for (int tab = 0; tab < tabs->count(); ++tab) {
        tabs->setCurrentIndex(tab);
        const QString file = folder + u"/main-window-sandbox-panel-%1.png"_s.arg(names.at(tab));
        QVERIFY(window.grab().save(file));
    }
}

QTEST_MAIN(TestSandboxPanel)
#include "tst_sandboxpanel.moc"
