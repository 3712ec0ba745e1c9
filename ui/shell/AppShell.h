// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "onboarding/SessionContext.h"

#include <QObject>
#include <QUrl>

#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace studio::ui {

class LanguageManager;
class MainWindow;
class OnboardingWizard;

// The app's top-level windows: the onboarding wizard first, then, once it opened a session,
// the main window for that session. The app and the end-to-end test share it, so the test
// drives the same wiring the user gets.
class AppShell : public QObject
{
    Q_OBJECT

public:
    // The network manager is owned by the caller and must outlive the shell.
    explicit AppShell(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~AppShell() override;

    OnboardingWizard *wizard() const { return m_wizard.get(); }
    // Null until the wizard finished.
    MainWindow *mainWindow() const { return m_mainWindow.get(); }

    void showWizard();

    // Offers the interface language in the wizard and in every main window opened later. The
    // manager is owned by the caller and must outlive the shell.
    void setLanguageManager(LanguageManager *manager);

    // The local sandbox's control interface (empty when it failed to start). Once set, main
    // windows for a local sandbox session show the local sandbox panel.
    void setLocalSandboxControlUrl(const QUrl &url);

Q_SIGNALS:
    void mainWindowShown(studio::ui::MainWindow *window);

private:
    void openMainWindow(const onboarding::SessionContext &context);

    QNetworkAccessManager *m_network;
    LanguageManager *m_languages = nullptr;
    std::optional<QUrl> m_localSandboxControlUrl;
    std::unique_ptr<OnboardingWizard> m_wizard;
    std::unique_ptr<MainWindow> m_mainWindow;
};

} // namespace studio::ui
