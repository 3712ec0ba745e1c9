// SPDX-License-Identifier: GPL-3.0-or-later
#include "main/MainWindow.h"

#include "api/ApiClient.h"
#include "console/RequestHistory.h"
#include "i18n/Language.h"
#include "i18n/LanguageMenu.h"
#include "main/RequestConsole.h"
#include "main/SessionPanel.h"
#include "profiles/ProxyDialog.h"
#include "sandboxpanel/SandboxPanel.h"
#include "session/ProxySettings.h"
#include "session/SessionKeeper.h"
#include "widgets/ExchangeFormat.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QEvent>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QScrollArea>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace studio::ui {

MainWindow::MainWindow(QNetworkAccessManager *network,
                       const onboarding::SessionContext &context, QWidget *parent)
    : QMainWindow(parent)
    , m_context(context)
    , m_sessionPanel(new SessionPanel)
    , m_console(new RequestConsole(this))
    , m_busyStatus(new QLabel(this))
    , m_activityBar(new QProgressBar(this))
{
    setObjectName(u"mainWindow"_s);
    m_network = network;
    resize(1100, 760);

    m_sessionPanel->setObjectName(u"sessionPanel"_s);
    m_sessionPanel->setContext(context);
    m_console->setObjectName(u"requestConsole"_s);
    m_console->setContext(network, context);
    setCentralWidget(m_console);

    // The panel scrolls rather than squeezing its rows when the window is short.
    auto *panelScroll = new QScrollArea;
    m_panelScroll = panelScroll;
    panelScroll->setWidget(m_sessionPanel);
    panelScroll->setWidgetResizable(true);
    panelScroll->setFrameShape(QFrame::NoFrame);
    // Tab goes straight to the fields, and the scroll area follows the focus.
    panelScroll->setFocusPolicy(Qt::NoFocus);

    auto *sessionDock = new QDockWidget(this);
    m_sessionDock = sessionDock;
    sessionDock->setObjectName(u"sessionDock"_s);
    sessionDock->setWidget(panelScroll);
    sessionDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable
                             | QDockWidget::DockWidgetClosable);
    addDockWidget(Qt::LeftDockWidgetArea, sessionDock);
    resizeDocks({sessionDock}, {420}, Qt::Horizontal);

    createMenus(sessionDock->toggleViewAction());

    m_busyStatus->setObjectName(u"busyStatus"_s);
    statusBar()->addPermanentWidget(m_busyStatus);
    m_activityBar->setObjectName(u"activityProgress"_s);
    m_activityBar->setRange(0, 0);
    m_activityBar->setTextVisible(false);
    m_activityBar->setMaximumWidth(120);
    m_activityBar->setVisible(false);
    statusBar()->addPermanentWidget(m_activityBar);

    connect(m_console, &RequestConsole::busyChanged, this, &MainWindow::showStatus);
    connect(m_console, &RequestConsole::resultReady, this, &MainWindow::showResultInStatusBar);
    connect(m_sessionPanel, &SessionPanel::editProxyRequested, this, &MainWindow::editProxy);
    connect(m_sessionPanel, &SessionPanel::newCredentialsRequested, this,
            &MainWindow::newCredentialsRequested);

    retranslateUi();
    m_console->setFocus();
}

void MainWindow::setLanguageManager(LanguageManager *manager)
{
    if (m_languageMenu)
        return;

    m_languageMenu = new LanguageMenu(manager, this);
    m_viewMenu->addSeparator();
    m_viewMenu->addMenu(m_languageMenu);
}

void MainWindow::setProfile(const storage::Profile &profile)
{
    const bool firstTime = !m_profile || m_profile->id != profile.id;
    m_profile = profile;
    m_sessionPanel->setProfileName(profile.name);
    m_sessionPanel->setProxyUrl(profile.proxyUrl);
    if (firstTime)
        m_console->setHistoryFile(console::RequestHistory::defaultFilePath(profile.id));
    m_saveProfileAction->setVisible(false);
    retranslateUi();
}

void MainWindow::setProfileSavingAvailable(bool available)
{
    m_saveProfileAction->setVisible(available && !m_profile);
}

void MainWindow::setSessionKeeper(session::SessionKeeper *keeper)
{
    m_keeper = keeper;
    keeper->setParent(this);
    keeper->setLocale(bunqLocaleFor(QLocale()));
    m_console->setSessionKeeper(keeper);

    // Keep-alive is a choice per profile, remembered between runs.
    if (m_profile) {
        const QString key = u"profiles/%1/keepAlive"_s.arg(m_profile->id);
        keeper->setKeepAlive(QSettings().value(key, false).toBool());
    }

    connect(keeper, &session::SessionKeeper::stateChanged, this, &MainWindow::showKeeperState);
    // A call late in the session moves its end, so the countdown follows every exchange.
    connect(keeper, &session::SessionKeeper::exchangeFinished, this,
            [this] { m_sessionPanel->setExpiry(m_keeper->expiry()); });
    connect(keeper, &session::SessionKeeper::contextChanged, this,
            [this](const onboarding::SessionContext &context) {
                m_context = context;
                m_sessionPanel->setContext(context);
                showKeeperState();
            });
    connect(keeper, &session::SessionKeeper::renewalStopped, this,
            [this](const api::ApiError &, const QString &explanation) {
                m_sessionPanel->setRenewalStopped(explanation);
                // The way out sits at the panel's end; bring it into view once laid out.
                QTimer::singleShot(0, this, [this] {
                    if (auto *banner = m_sessionPanel->findChild<QWidget *>(
                            u"renewalStoppedPanel"_s))
                        m_panelScroll->ensureWidgetVisible(banner);
                });
            });
    connect(keeper, &session::SessionKeeper::renewalWaiting, this,
            [this](const QDateTime &notBeforeUtc) {
                //: %1 a time of day in local time.
                statusBar()->showMessage(
                    tr("A new session opens at %1: bunq allows one session-server call per "
                       "30 seconds.")
                        .arg(QLocale().toString(notBeforeUtc.toLocalTime().time(),
                                                QLocale::LongFormat)));
            });
    connect(m_sessionPanel, &SessionPanel::keepAliveToggled, this, &MainWindow::applyKeepAlive);
    connect(m_sessionPanel, &SessionPanel::closeSessionRequested, this, &MainWindow::closeSession);
    connect(m_sessionPanel, &SessionPanel::openSessionRequested, this, [this] {
        m_sessionPanel->setSessionProblem({});
        m_keeper->renewNow();
    });

    if (m_profile) {
        if (const std::optional<QString> problem = setProxyUrl(m_profile->proxyUrl))
            m_sessionPanel->setSessionProblem(*problem);
    }
    m_sessionPanel->setKeepAlive(keeper->keepAlive());
    m_keepAliveAction->setChecked(keeper->keepAlive());
    showKeeperState();
}

session::SessionKeeper *MainWindow::sessionKeeper() const
{
    return m_keeper;
}

void MainWindow::showKeeperState()
{
    if (!m_keeper)
        return;

    const session::SessionKeeper::State state = m_keeper->state();
    m_sessionPanel->setExpiry(m_keeper->expiry());
    m_sessionPanel->setSessionState(state);
    if (state != session::SessionKeeper::State::Stopped)
        m_sessionPanel->setRenewalStopped({});

    const bool usable = state == session::SessionKeeper::State::Alive
        || state == session::SessionKeeper::State::Expired;
    m_closeSessionAction->setEnabled(usable && m_keeper->hasSession());
    m_openSessionAction->setEnabled(state != session::SessionKeeper::State::Renewing);
    m_keepAliveAction->setEnabled(true);
    m_editProxyAction->setEnabled(m_profile.has_value());
}

void MainWindow::applyKeepAlive(bool on)
{
    if (!m_keeper)
        return;
    m_keeper->setKeepAlive(on);
    m_keepAliveAction->setChecked(on);
    if (m_profile)
        QSettings().setValue(u"profiles/%1/keepAlive"_s.arg(m_profile->id), on);
}

void MainWindow::closeSession()
{
    if (!m_keeper)
        return;

    m_sessionPanel->setSessionProblem({});
    session::KeptCall *call = m_keeper->closeSession();
    if (!call)
        return;
    connect(call, &session::KeptCall::finished, this, [this](const api::ApiResult &result) {
        // A session that was already dead counts as closed.
        const bool closed = result.ok()
            || (result.error && session::SessionKeeper::isDeadSessionError(*result.error));
        if (!closed) {
            //: %1 one-line summary of the error.
            m_sessionPanel->setSessionProblem(
                tr("DELETE /v1/session failed: %1").arg(result.error->summary()));
        }
        statusBar()->showMessage(summaryLine(result.exchange));
    });
}

std::optional<QString> MainWindow::setProxyUrl(const QString &proxyUrl)
{
    const auto proxy = session::parseProxyUrl(proxyUrl);
    if (!proxy)
        return proxy.error();
    if (const auto conflict = session::proxyConflict(proxy.value(), m_context.environment))
        return conflict;

    if (m_profile)
        m_profile->proxyUrl = proxyUrl;
    m_sessionPanel->setProxyUrl(proxyUrl);
    if (m_keeper)
        m_keeper->setProxy(proxy.value());
    return std::nullopt;
}

void MainWindow::editProxy()
{
    if (!m_profile)
        return;

    auto *dialog = new ProxyDialog(m_context.environment, m_profile->proxyUrl, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { Q_EMIT proxyChangeRequested(dialog->proxyUrl()); });
    dialog->open();
}

void MainWindow::setActivity(const QString &description)
{
    m_activity = description;
    m_activityBar->setVisible(!description.isEmpty());
    showStatus();
}

void MainWindow::showStatusMessage(const QString &message)
{
    statusBar()->showMessage(message);
}

void MainWindow::showLocalSandboxPanel(const QUrl &controlUrl)
{
    if (m_context.environment.kind() != api::ApiEnvironment::Kind::LocalSandbox)
        return;

    if (!m_localSandboxPanel) {
        // Below the console, because its tables need width more than height.
        m_localSandboxPanel = new SandboxPanel(m_network, this);
        addDockWidget(Qt::BottomDockWidgetArea, m_localSandboxPanel);
        resizeDocks({m_localSandboxPanel}, {300}, Qt::Vertical);
        // Right after View > Session, ahead of the language menu when that is there already.
        const QList<QAction *> viewActions = m_viewMenu->actions();
        const qsizetype sessionIndex = viewActions.indexOf(m_sessionDock->toggleViewAction());
        m_viewMenu->insertAction(viewActions.value(sessionIndex + 1),
                                 m_localSandboxPanel->toggleViewAction());
    }
    m_localSandboxPanel->setControlUrl(controlUrl);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        if (m_keeper)
            m_keeper->setLocale(bunqLocaleFor(QLocale()));
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslateUi()
{
    const QString userName =
        m_context.user.displayName.isEmpty() ? tr("no user") : m_context.user.displayName;
    if (m_profile) {
        //: Window title; %1 profile name, %2 environment such as "bunq sandbox".
        setWindowTitle(tr("%1 — %2 — bunq Session Studio")
                           .arg(m_profile->name, m_context.environment.displayName()));
    } else {
        //: Window title; %1 user name, %2 environment such as "bunq sandbox".
        setWindowTitle(tr("%1 — %2 — bunq Session Studio")
                           .arg(userName, m_context.environment.displayName()));
    }

    //: Title of the dock that shows the session's state.
    m_sessionDock->setWindowTitle(tr("Session"));

    //: Menu title.
    m_fileMenu->setTitle(tr("&File"));
    m_newProfileAction->setText(tr("&New Profile…"));
    m_profilesAction->setText(tr("&Profiles…"));
    m_openContextAction->setText(tr("&Open Context File…"));
    m_saveProfileAction->setText(tr("&Save as Profile…"));
    m_exportAction->setText(tr("&Export as Context File…"));
    m_quitAction->setText(tr("&Quit"));
    m_closeSessionAction->setText(tr("&Close Session"));
    m_openSessionAction->setText(tr("St&art New Session"));
    //: Menu entry; checked while the session is kept from expiring.
    m_keepAliveAction->setText(tr("&Keep Session Alive"));
    m_editProxyAction->setText(tr("Pro&xy…"));
    //: Menu title.
    m_viewMenu->setTitle(tr("&View"));
    //: Menu title.
    m_helpMenu->setTitle(tr("&Help"));
    //: Menu entry that opens the About box.
    m_aboutAction->setText(tr("&About bunq Session Studio"));

    showStatus();
}

void MainWindow::showStatus()
{
    //: Status bar note while a request is on its way.
    m_busyStatus->setText(m_console->isBusy() ? tr("Request running…") : m_activity);

    // The summary line carries method, path, status, time and verdict: all a glance needs.
    statusBar()->showMessage(m_hasResult ? summaryLine(m_console->lastResult().exchange)
                                         : tr("Ready"));
}

void MainWindow::createMenus(QAction *toggleSessionPanel)
{
    QMenu *fileMenu = menuBar()->addMenu(QString());
    m_fileMenu = fileMenu;
    m_newProfileAction = fileMenu->addAction(QString());
    m_newProfileAction->setObjectName(u"newProfileAction"_s);
    m_newProfileAction->setShortcut(QKeySequence::New);
    connect(m_newProfileAction, &QAction::triggered, this, &MainWindow::newProfileRequested);
    m_profilesAction = fileMenu->addAction(QString());
    m_profilesAction->setObjectName(u"profilesAction"_s);
    m_profilesAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    connect(m_profilesAction, &QAction::triggered, this, &MainWindow::profilesRequested);
    m_openContextAction = fileMenu->addAction(QString());
    m_openContextAction->setObjectName(u"openContextFileAction"_s);
    m_openContextAction->setShortcut(QKeySequence::Open);
    connect(m_openContextAction, &QAction::triggered, this, &MainWindow::openContextFileRequested);
    m_saveProfileAction = fileMenu->addAction(QString());
    m_saveProfileAction->setObjectName(u"saveProfileAction"_s);
    m_saveProfileAction->setShortcut(QKeySequence::Save);
    m_saveProfileAction->setVisible(false);
    connect(m_saveProfileAction, &QAction::triggered, this, &MainWindow::saveProfileRequested);
    m_exportAction = fileMenu->addAction(QString());
    m_exportAction->setObjectName(u"exportAction"_s);
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    connect(m_exportAction, &QAction::triggered, this, &MainWindow::exportRequested);
    fileMenu->addSeparator();
    // The session actions are in the File menu, because every letter of "Session" is already
    // the mnemonic of a control in this window, and a menu title needs one of its own.
    createSessionActions(fileMenu);
    fileMenu->addSeparator();
    QAction *quit = fileMenu->addAction(QString());
    m_quitAction = quit;
    quit->setObjectName(u"quitAction"_s);
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu *viewMenu = menuBar()->addMenu(QString());
    m_viewMenu = viewMenu;
    viewMenu->addAction(toggleSessionPanel);

    QMenu *helpMenu = menuBar()->addMenu(QString());
    m_helpMenu = helpMenu;
    QAction *about = helpMenu->addAction(QString());
    m_aboutAction = about;
    about->setObjectName(u"aboutAction"_s);
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::createSessionActions(QMenu *menu)
{
    m_closeSessionAction = menu->addAction(QString());
    m_closeSessionAction->setObjectName(u"closeSessionAction"_s);
    connect(m_closeSessionAction, &QAction::triggered, this, &MainWindow::closeSession);
    m_openSessionAction = menu->addAction(QString());
    m_openSessionAction->setObjectName(u"openSessionAction"_s);
    connect(m_openSessionAction, &QAction::triggered, this, [this] {
        if (m_keeper)
            m_keeper->renewNow();
    });
    m_keepAliveAction = menu->addAction(QString());
    m_keepAliveAction->setObjectName(u"keepAliveAction"_s);
    m_keepAliveAction->setCheckable(true);
    connect(m_keepAliveAction, &QAction::triggered, this, [this](bool on) {
        m_sessionPanel->setKeepAlive(on);
        applyKeepAlive(on);
    });
    m_editProxyAction = menu->addAction(QString());
    m_editProxyAction->setObjectName(u"editProxyAction"_s);
    connect(m_editProxyAction, &QAction::triggered, this, &MainWindow::editProxy);

    // Nothing to act on until a keeper looks after the session.
    const QList<QAction *> actions = {m_closeSessionAction, m_openSessionAction,
                                      m_keepAliveAction, m_editProxyAction};
    for (QAction *action : actions)
        action->setEnabled(false);
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About bunq Session Studio"),
        tr("<p><b>bunq Session Studio %1</b></p>"
           "<p>Opens bunq API sessions step by step and shows every request and response as it "
           "went over the wire, with the bytes signed and the server signature verdict.</p>"
           "<p>Licensed under the GNU General Public License, version 3 or later.</p>")
            .arg(QStringLiteral(STUDIO_VERSION)));
}

// The console keeps the result as lastResult(), which showStatus() reads.
void MainWindow::showResultInStatusBar(const api::ApiResult & /*result*/)
{
    m_hasResult = true;
    showStatus();
}

} // namespace studio::ui
