// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "onboarding/SessionContext.h"

#include <QMainWindow>

class QAction;
class QDockWidget;
class QLabel;
class QMenu;
class QNetworkAccessManager;

namespace studio::api {
struct ApiResult;
}

namespace studio::ui {

class LanguageManager;
class RequestConsole;
class SandboxPanel;
class SessionPanel;

// The window after onboarding: the session panel and the request console for one session.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // The network manager is owned by the caller and must outlive the window.
    MainWindow(QNetworkAccessManager *network, const studio::onboarding::SessionContext &context,
               QWidget *parent = nullptr);

    SessionPanel *sessionPanel() const { return m_sessionPanel; }
    RequestConsole *console() const { return m_console; }

    // Adds View > Language. The manager is owned by the caller and must outlive the window.
    void setLanguageManager(LanguageManager *manager);

    // Docks the local sandbox panel, fed by the sandbox's control interface at controlUrl
    // (empty when it is not running), when the session's environment is the local sandbox.
    // Does nothing for bunq's sandbox and production.
    void showLocalSandboxPanel(const QUrl &controlUrl);
    // Null unless showLocalSandboxPanel() added the panel.
    SandboxPanel *localSandboxPanel() const { return m_localSandboxPanel; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void createMenus(QAction *toggleSessionPanel);
    void retranslateUi();
    void showAbout();
    void showResultInStatusBar(const studio::api::ApiResult &result);
    void showStatus();

    studio::onboarding::SessionContext m_context;
    bool m_hasResult = false; // whether the console's lastResult() came from a call

    QNetworkAccessManager *m_network = nullptr;
    SessionPanel *m_sessionPanel = nullptr;
    RequestConsole *m_console = nullptr;
    SandboxPanel *m_localSandboxPanel = nullptr;
    QLabel *m_busyStatus = nullptr;
    QDockWidget *m_sessionDock = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;
};

} // namespace studio::ui
