// SPDX-License-Identifier: GPL-3.0-or-later
#include "main/MainWindow.h"

#include "api/ApiClient.h"
#include "i18n/LanguageMenu.h"
#include "main/RequestConsole.h"
#include "main/SessionPanel.h"
#include "sandboxpanel/SandboxPanel.h"
#include "widgets/ExchangeFormat.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QEvent>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QScrollArea>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace studio::ui {

MainWindow::MainWindow(QNetworkAccessManager *network,
                       const onboarding::SessionContext &context, QWidget *parent)
    : QMainWindow(parent)
    , m_context(context)
    , m_sessionPanel(new SessionPanel)
    , m_console(new RequestConsole(this))
    , m_busyStatus(new QLabel(this))
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

    connect(m_console, &RequestConsole::busyChanged, this, &MainWindow::showStatus);
    connect(m_console, &RequestConsole::resultReady, this, &MainWindow::showResultInStatusBar);

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
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslateUi()
{
    const QString userName =
        m_context.user.displayName.isEmpty() ? tr("no user") : m_context.user.displayName;
    //: Window title; %1 user name, %2 environment such as "bunq sandbox".
    setWindowTitle(tr("%1 — %2 — bunq Session Studio")
                       .arg(userName, m_context.environment.displayName()));

    //: Title of the dock that shows the session's state.
    m_sessionDock->setWindowTitle(tr("Session"));

    //: Menu title.
    m_fileMenu->setTitle(tr("&File"));
    m_quitAction->setText(tr("&Quit"));
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
    m_busyStatus->setText(m_console->isBusy() ? tr("Request running…") : QString());

    // The summary line carries method, path, status, time and verdict: all a glance needs.
    statusBar()->showMessage(m_hasResult ? summaryLine(m_console->lastResult().exchange)
                                         : tr("Ready"));
}

void MainWindow::createMenus(QAction *toggleSessionPanel)
{
    QMenu *fileMenu = menuBar()->addMenu(QString());
    m_fileMenu = fileMenu;
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
