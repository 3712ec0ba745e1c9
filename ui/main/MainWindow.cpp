// SPDX-License-Identifier: GPL-3.0-or-later
#include "main/MainWindow.h"

#include "api/ApiClient.h"
#include "main/RequestConsole.h"
#include "main/SessionPanel.h"
#include "widgets/ExchangeFormat.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
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
    , m_sessionPanel(new SessionPanel)
    , m_console(new RequestConsole(this))
    , m_busyStatus(new QLabel(this))
{
    setObjectName(u"mainWindow"_s);
    const QString userName =
        context.user.displayName.isEmpty() ? tr("no user") : context.user.displayName;
    //: Window title; %1 user name, %2 environment such as "bunq sandbox".
    setWindowTitle(tr("%1 — %2 — bunq Session Studio")
                       .arg(userName, context.environment.displayName()));
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

    //: Title of the dock that shows the session's state.
    auto *sessionDock = new QDockWidget(tr("Session"), this);
    sessionDock->setObjectName(u"sessionDock"_s);
    sessionDock->setWidget(panelScroll);
    sessionDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable
                             | QDockWidget::DockWidgetClosable);
    addDockWidget(Qt::LeftDockWidgetArea, sessionDock);
    resizeDocks({sessionDock}, {420}, Qt::Horizontal);

    createMenus(sessionDock->toggleViewAction());

    m_busyStatus->setObjectName(u"busyStatus"_s);
    statusBar()->addPermanentWidget(m_busyStatus);
    statusBar()->showMessage(tr("Ready"));

    connect(m_console, &RequestConsole::busyChanged, this, [this](bool busy) {
        //: Status bar note while a request is on its way.
        m_busyStatus->setText(busy ? tr("Request running…") : QString());
    });
    connect(m_console, &RequestConsole::resultReady, this, &MainWindow::showResultInStatusBar);

    m_console->setFocus();
}

void MainWindow::createMenus(QAction *toggleSessionPanel)
{
    //: Menu title.
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *quit = fileMenu->addAction(tr("&Quit"));
    quit->setObjectName(u"quitAction"_s);
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    //: Menu title.
    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    viewMenu->addAction(toggleSessionPanel);

    //: Menu title.
    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    //: Menu entry that opens the About box.
    QAction *about = helpMenu->addAction(tr("&About bunq Session Studio"));
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

void MainWindow::showResultInStatusBar(const api::ApiResult &result)
{
    // The summary line carries method, path, status, time and verdict: all a glance needs.
    statusBar()->showMessage(summaryLine(result.exchange));
}

} // namespace studio::ui
