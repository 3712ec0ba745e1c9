// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiEnvironment.h"
#include "onboarding/SessionContext.h"
#include "storage/Profile.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;
class QWidget;

namespace studio::storage {
class ProfileStore;
struct SecretStoreChoice;
}

namespace studio::ui {

class ContextFileDialog;
class ExportContextDialog;
class LanguageManager;
class MainWindow;
class OnboardingWizard;
class PassphrasePrompt;
class ProfileListDialog;
class ProfileManager;
class SaveProfileDialog;

// The app's top-level windows and what connects them. With a profile store, start() shows the
// saved profiles, or the onboarding wizard when there are none. A finished onboarding or an
// opened context file becomes a profile. Each opened profile gets a main window whose session
// keeper renews the session, and every change is saved at once. Without a profile store the
// shell only runs the wizard and opens a main window for its session. The app and the
// end-to-end tests share it, so the tests drive the same wiring the user gets.
class AppShell : public QObject
{
    Q_OBJECT

public:
    // The network manager is owned by the caller and must outlive the shell.
    explicit AppShell(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~AppShell() override;

    // The current onboarding wizard. A new one replaces it when the last one finished.
    OnboardingWizard *wizard() const { return m_wizard.get(); }
    // The main window opened last, or null.
    MainWindow *mainWindow() const;
    QList<MainWindow *> mainWindows() const;
    // The main window of a profile, or null when it is not open.
    MainWindow *windowOfProfile(const QString &profileId) const;
    // Null until start() found profiles or showProfiles() was called.
    ProfileListDialog *profileList() const;
    // The dialogs on screen, or null.
    ContextFileDialog *contextFileDialog() const;
    SaveProfileDialog *saveProfileDialog() const;
    ExportContextDialog *exportDialog() const;
    // Null without a profile store.
    ProfileManager *profiles() const { return m_profiles; }
    PassphrasePrompt *passphrasePrompt() const { return m_passphrasePrompt; }

    void showWizard();
    // Preselects the environment of every wizard from now on.
    void setEnvironmentKind(api::ApiEnvironment::Kind kind);

    // Offers the interface language in the wizard and in every main window opened later. The
    // manager is owned by the caller and must outlive the shell.
    void setLanguageManager(LanguageManager *manager);

    // The built-in local sandbox's API root once it listens. Local sandbox profiles use it,
    // whatever port they were saved with; opening one waits for it.
    void setLocalSandboxUrl(const QUrl &baseUrl);
    void setLocalSandboxError(const QString &message);
    // The local sandbox's control interface (empty when it failed to start). Once set, main
    // windows for a local sandbox session show the local sandbox panel.
    void setLocalSandboxControlUrl(const QUrl &url);

    // Keeps profiles in store. Call before start().
    void setProfileStore(std::unique_ptr<storage::ProfileStore> store);
    // Keeps secrets in this store instead of the one start() would choose; tests pass a
    // passphrase file here.
    void setSecretStore(storage::SecretStoreChoice choice);

    // Shows the saved profiles, or the wizard when there are none, and then the context file,
    // when one is given. Without a secret store set, it chooses one meanwhile: the passphrase
    // file when it exists, else the desktop's secret service when its probe succeeds, else a new
    // passphrase file (storage::chooseSecretStore() with the automatic preference).
    void start(const QString &contextFile = {});

    void showProfiles();
    void openProfile(const QString &id);
    // Shows what the file contains, or why it cannot be used.
    void openContextFile(const QString &fileName);
    // Asks for a context file to open.
    void chooseContextFile();

Q_SIGNALS:
    void mainWindowShown(studio::ui::MainWindow *window);
    // Every window of the shell is closed or hidden; the app quits on it.
    void allWindowsClosed();

private:
    OnboardingWizard *freshWizard();
    void onWizardFinished(const onboarding::SessionContext &context);
    void onWizardRejected();
    void chooseSecretStoreNow();

    MainWindow *openWindow(const onboarding::SessionContext &context,
                           const std::optional<storage::Profile> &profile);
    void attachProfile(MainWindow *window, const storage::Profile &profile,
                       const onboarding::SessionContext &saved);
    void askToSaveProfile(MainWindow *window);
    void saveContextOfWindow(MainWindow *window, const onboarding::SessionContext &context);
    void replaceProfileSession(const QString &profileId, const onboarding::SessionContext &context);
    void finishOpening(const QString &id, onboarding::SessionContext context);

    void connectWindow(MainWindow *window);
    void connectProfileList();
    void refreshProfileList();
    void renameProfile(const QString &id, const QString &name);
    void duplicateProfile(const QString &id, const QString &name);
    void deleteProfile(const QString &id);
    void changeProxy(const QString &id, const QString &proxyUrl);
    void exportProfile(const QString &id);
    void showExportDialog(const onboarding::SessionContext &context, const QString &proxyUrl,
                          const QString &name, QWidget *parent);
    void saveImportedContext(const onboarding::SessionContext &context, const QString &proxyUrl,
                             const QString &name);
    void showActivity(const QString &description);
    void checkAllClosed();

    // Local sandbox environments follow the port of the sandbox running now.
    onboarding::SessionContext withCurrentLocalSandbox(onboarding::SessionContext context) const;
    QWidget *dialogParent() const;
    QString defaultProfileName(const onboarding::SessionContext &context) const;

    QNetworkAccessManager *m_network;
    LanguageManager *m_languages = nullptr;
    std::optional<api::ApiEnvironment::Kind> m_environmentKind;
    QUrl m_localSandboxUrl;
    QString m_localSandboxError;
    std::optional<QUrl> m_localSandboxControlUrl;

    std::unique_ptr<OnboardingWizard> m_wizard;
    bool m_wizardUsed = false;
    // The profile whose session the running wizard replaces; empty for a new profile.
    QString m_wizardReplacesProfile;

    ProfileManager *m_profiles = nullptr;
    PassphrasePrompt *m_passphrasePrompt = nullptr;
    bool m_secretStoreSet = false;
    bool m_choosingSecretStore = false;
    QPointer<ProfileListDialog> m_profileList;
    QPointer<ContextFileDialog> m_contextDialog;
    QPointer<SaveProfileDialog> m_saveDialog;
    QPointer<ExportContextDialog> m_exportDialog;
    QList<QPointer<MainWindow>> m_windows;
    // Profiles waiting for the local sandbox's URL before they open.
    QList<std::pair<QString, onboarding::SessionContext>> m_waitingForLocalSandbox;
};

} // namespace studio::ui
