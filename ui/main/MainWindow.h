// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "onboarding/SessionContext.h"

#include <QMainWindow>

class QAction;
class QLabel;
class QNetworkAccessManager;

namespace studio::api {
struct ApiResult;
}

namespace studio::ui {

class RequestConsole;
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

private:
    void createMenus(QAction *toggleSessionPanel);
    void showAbout();
    void showResultInStatusBar(const studio::api::ApiResult &result);

    SessionPanel *m_sessionPanel = nullptr;
    RequestConsole *m_console = nullptr;
    QLabel *m_busyStatus = nullptr;
};

} // namespace studio::ui
