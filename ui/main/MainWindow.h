// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "onboarding/SessionContext.h"
#include "storage/Profile.h"

#include <QMainWindow>
#include <QPointer>

#include <optional>

class QAction;
class QDockWidget;
class QLabel;
class QMenu;
class QNetworkAccessManager;
class QProgressBar;
class QScrollArea;

namespace studio::api {
struct ApiResult;
}

namespace studio::session {
class SessionKeeper;
}

namespace studio::ui {

class LanguageManager;
class RequestConsole;
class SandboxPanel;
class SessionPanel;

// The window after onboarding: the session panel and the request console for one session,
// usually of a saved profile. Work on profiles (saving, exporting, the wizard) is left to the
// owner, which the window requests through its signals.
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

    // The saved profile this session belongs to: its name goes into the title and the panel,
    // and the console keeps its history in the profile's history file.
    void setProfile(const studio::storage::Profile &profile);
    // The profile id, or an empty string when the session is not saved.
    QString profileId() const { return m_profile ? m_profile->id : QString(); }
    QString profileName() const { return m_profile ? m_profile->name : QString(); }

    // Sends every call through keeper, which renews the session and may close it, and shows
    // its state in the panel. The window takes ownership.
    void setSessionKeeper(studio::session::SessionKeeper *keeper);
    studio::session::SessionKeeper *sessionKeeper() const;
    // The session as it is now, after any renewal.
    studio::onboarding::SessionContext context() const { return m_context; }

    // Applies a changed proxy to the panel and to the keeper's calls. Returns the reason when
    // the URL is invalid or unusable for this environment.
    std::optional<QString> setProxyUrl(const QString &proxyUrl);

    // Offers File > Save as Profile while the session has no profile.
    void setProfileSavingAvailable(bool available);

    // Shows work the owner runs for this window, such as saving the profile; empty ends it.
    void setActivity(const QString &description);
    // Shows a message of the owner's work in the status bar, such as a profile that could not
    // be saved or a finished export.
    void showStatusMessage(const QString &message);

    // Docks the local sandbox panel, fed by the sandbox's control interface at controlUrl
    // (empty when it is not running), when the session's environment is the local sandbox.
    // Does nothing for bunq's sandbox and production.
    void showLocalSandboxPanel(const QUrl &controlUrl);
    // Null unless showLocalSandboxPanel() added the panel.
    SandboxPanel *localSandboxPanel() const { return m_localSandboxPanel; }

Q_SIGNALS:
    void newProfileRequested();
    void saveProfileRequested();
    void profilesRequested();
    void openContextFileRequested();
    void exportRequested();
    void proxyChangeRequested(const QString &proxyUrl);
    // Renewal stopped, and the user chose the way out: onboarding with new credentials.
    void newCredentialsRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void createMenus(QAction *toggleSessionPanel);
    void createSessionActions(QMenu *menu);
    void editProxy();
    void closeSession();
    void applyKeepAlive(bool on);
    void showKeeperState();
    void retranslateUi();
    void showAbout();
    void showResultInStatusBar(const studio::api::ApiResult &result);
    void showStatus();

    studio::onboarding::SessionContext m_context;
    std::optional<studio::storage::Profile> m_profile;
    QPointer<studio::session::SessionKeeper> m_keeper;
    bool m_hasResult = false; // whether the console's lastResult() came from a call
    QString m_activity;

    QNetworkAccessManager *m_network = nullptr;
    SessionPanel *m_sessionPanel = nullptr;
    RequestConsole *m_console = nullptr;
    SandboxPanel *m_localSandboxPanel = nullptr;
    QLabel *m_busyStatus = nullptr;
    QProgressBar *m_activityBar = nullptr;
    QDockWidget *m_sessionDock = nullptr;
    QScrollArea *m_panelScroll = nullptr;
    QMenu *m_fileMenu = nullptr;
    QAction *m_newProfileAction = nullptr;
    QAction *m_profilesAction = nullptr;
    QAction *m_openContextAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_saveProfileAction = nullptr;
    QAction *m_closeSessionAction = nullptr;
    QAction *m_openSessionAction = nullptr;
    QAction *m_keepAliveAction = nullptr;
    QAction *m_editProxyAction = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;
};

} // namespace studio::ui
