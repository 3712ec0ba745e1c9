// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/AppShell.h"

#include "main/MainWindow.h"
#include "platform/WindowStateStore.h"
#include "profiles/ContextFileDialog.h"
#include "profiles/ExportContextDialog.h"
#include "profiles/PassphrasePrompt.h"
#include "profiles/ProfileListDialog.h"
#include "profiles/ProfileManager.h"
#include "profiles/SaveProfileDialog.h"
#include "session/ProxySettings.h"
#include "session/SessionKeeper.h"
#include "storage/ProfileStore.h"
#include "storage/SecretStoreChoice.h"
#include "wizard/OnboardingWizard.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace studio::ui {

namespace {

Q_LOGGING_CATEGORY(lcShell, "studio.ui.shell")

void bringToFront(QWidget *window)
{
    window->show();
    window->raise();
    window->activateWindow();
}

} // namespace

AppShell::AppShell(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{
    freshWizard();
}

AppShell::~AppShell()
{
    // Top-level windows have no parent. The keepers inside the main windows go with them.
    for (const QPointer<MainWindow> &window : std::as_const(m_windows))
        delete window.data();
    delete m_contextDialog.data();
    delete m_profileList.data();
}

ProfileListDialog *AppShell::profileList() const
{
    return m_profileList;
}

ContextFileDialog *AppShell::contextFileDialog() const
{
    return m_contextDialog;
}

SaveProfileDialog *AppShell::saveProfileDialog() const
{
    return m_saveDialog;
}

ExportContextDialog *AppShell::exportDialog() const
{
    return m_exportDialog;
}

MainWindow *AppShell::mainWindow() const
{
    const QList<MainWindow *> windows = mainWindows();
    return windows.isEmpty() ? nullptr : windows.last();
}

QList<MainWindow *> AppShell::mainWindows() const
{
    QList<MainWindow *> windows;
    for (const QPointer<MainWindow> &window : m_windows) {
        if (window)
            windows << window.data();
    }
    return windows;
}

MainWindow *AppShell::windowOfProfile(const QString &profileId) const
{
    if (profileId.isEmpty())
        return nullptr;
    const QList<MainWindow *> windows = mainWindows();
    for (MainWindow *window : windows) {
        if (window->profileId() == profileId)
            return window;
    }
    return nullptr;
}


OnboardingWizard *AppShell::freshWizard()
{
    // The finished wizard may still be inside its own accept(), so it goes later.
    if (m_wizard)
        m_wizard.release()->deleteLater();

    m_wizard = std::make_unique<OnboardingWizard>(m_network);
    m_wizardUsed = false;
    OnboardingWizard *wizard = m_wizard.get();
    if (m_languages)
        wizard->setLanguageManager(m_languages);
    if (m_environmentKind)
        wizard->setEnvironmentKind(*m_environmentKind);
    if (m_localSandboxUrl.isValid())
        wizard->setLocalSandboxUrl(m_localSandboxUrl);
    else if (!m_localSandboxError.isEmpty())
        wizard->setLocalSandboxError(m_localSandboxError);

    connect(wizard, &OnboardingWizard::sessionReady, this, &AppShell::onWizardFinished);
    connect(wizard, &QDialog::rejected, this, &AppShell::onWizardRejected);
    WindowStateStore::track(wizard);
    return wizard;
}

void AppShell::showWizard()
{
    if (m_wizardUsed)
        freshWizard();
    bringToFront(m_wizard.get());
}

void AppShell::setEnvironmentKind(api::ApiEnvironment::Kind kind)
{
    m_environmentKind = kind;
    m_wizard->setEnvironmentKind(kind);
}

void AppShell::onWizardFinished(const onboarding::SessionContext &context)
{
    m_wizardUsed = true;
    const QString replaced = std::exchange(m_wizardReplacesProfile, QString());
    if (!replaced.isEmpty() && m_profiles) {
        replaceProfileSession(replaced, context);
        return;
    }

    MainWindow *window = openWindow(context, std::nullopt);
    if (m_profiles)
        askToSaveProfile(window);
}

void AppShell::onWizardRejected()
{
    m_wizardReplacesProfile.clear();
    const bool profilesSaved = m_profiles && !m_profiles->list().profiles.isEmpty();
    if (mainWindows().isEmpty() && profilesSaved)
        showProfiles();
    else
        checkAllClosed();
}


void AppShell::setLanguageManager(LanguageManager *manager)
{
    m_languages = manager;
    m_wizard->setLanguageManager(manager);
}

void AppShell::setLocalSandboxUrl(const QUrl &baseUrl)
{
    m_localSandboxUrl = baseUrl;
    m_wizard->setLocalSandboxUrl(baseUrl);
    if (m_contextDialog)
        m_contextDialog->setLocalSandboxUrl(baseUrl);

    const auto waiting = std::exchange(m_waitingForLocalSandbox, {});
    for (const auto &[id, context] : waiting)
        finishOpening(id, context);
}

void AppShell::setLocalSandboxError(const QString &message)
{
    m_localSandboxError = message;
    m_wizard->setLocalSandboxError(message);

    const auto waiting = std::exchange(m_waitingForLocalSandbox, {});
    for (const auto &[id, context] : waiting)
        finishOpening(id, context);
}

void AppShell::setLocalSandboxControlUrl(const QUrl &url)
{
    m_localSandboxControlUrl = url;
    const QList<MainWindow *> windows = mainWindows();
    for (MainWindow *window : windows)
        window->showLocalSandboxPanel(url);
}

void AppShell::setProfileStore(std::unique_ptr<storage::ProfileStore> store)
{
    if (m_profiles)
        return;

    m_profiles = new ProfileManager(std::move(store), this);
    m_passphrasePrompt = new PassphrasePrompt(m_profiles, [this] { return dialogParent(); }, this);
    connect(m_profiles, &ProfileManager::profilesChanged, this, &AppShell::refreshProfileList);
    connect(m_profiles, &ProfileManager::activityChanged, this, &AppShell::showActivity);
}

void AppShell::setSecretStore(storage::SecretStoreChoice choice)
{
    if (!m_profiles) {
        qCWarning(lcShell) << "A secret store without a profile store is not used.";
        return;
    }

    m_secretStoreSet = true;
    m_choosingSecretStore = false;
    qCInfo(lcShell) << "profile secrets go to" << choice.store->backendName();
    m_profiles->setSecretStore(std::move(choice));
    refreshProfileList();
}

void AppShell::chooseSecretStoreNow()
{
    m_choosingSecretStore = true;
    QPointer<AppShell> guard(this);
    storage::chooseSecretStore(storage::SecretBackendPreference::Automatic,
                               [guard](storage::SecretStoreChoice choice) {
                                   if (guard)
                                       guard->setSecretStore(std::move(choice));
                               });
}

void AppShell::start(const QString &contextFile)
{
    if (m_profiles && !m_secretStoreSet && !m_choosingSecretStore)
        chooseSecretStoreNow();

    // Unreadable profile files are listed too, so the user learns about them.
    const storage::ProfileList saved = m_profiles ? m_profiles->list() : storage::ProfileList();
    if (!saved.profiles.isEmpty() || !saved.problems.isEmpty())
        showProfiles();
    else if (contextFile.isEmpty())
        showWizard();

    if (!contextFile.isEmpty())
        openContextFile(contextFile);
}


MainWindow *AppShell::openWindow(const onboarding::SessionContext &context,
                                 const std::optional<storage::Profile> &profile)
{
    auto *window = new MainWindow(m_network, context);
    window->setAttribute(Qt::WA_DeleteOnClose);
    m_windows << window;

    // Before the window state is restored, so the panel's saved place applies to it.
    if (m_localSandboxControlUrl)
        window->showLocalSandboxPanel(*m_localSandboxControlUrl);
    if (m_languages)
        window->setLanguageManager(m_languages);
    if (profile)
        window->setProfile(*profile);
    window->setProfileSavingAvailable(m_profiles != nullptr);

    auto *keeper = new session::SessionKeeper(m_network, context);
    window->setSessionKeeper(keeper);
    QPointer<MainWindow> guarded(window);
    connect(keeper, &session::SessionKeeper::contextChanged, this,
            [this, guarded](const onboarding::SessionContext &changed) {
                if (guarded)
                    saveContextOfWindow(guarded, changed);
            });

    connectWindow(window);
    WindowStateStore::track(window);
    bringToFront(window);
    Q_EMIT mainWindowShown(window);
    return window;
}

void AppShell::connectWindow(MainWindow *window)
{
    QPointer<MainWindow> guarded(window);
    connect(window, &MainWindow::newProfileRequested, this, [this] {
        m_wizardReplacesProfile.clear();
        showWizard();
    });
    connect(window, &MainWindow::profilesRequested, this, &AppShell::showProfiles);
    connect(window, &MainWindow::openContextFileRequested, this, &AppShell::chooseContextFile);
    connect(window, &MainWindow::saveProfileRequested, this, [this, guarded] {
        if (guarded && m_profiles && guarded->profileId().isEmpty())
            askToSaveProfile(guarded);
    });
    connect(window, &MainWindow::exportRequested, this, [this, guarded] {
        if (!guarded)
            return;
        const QString name = guarded->profileId().isEmpty() ? guarded->context().user.displayName
                                                            : guarded->profileName();
        const auto profile = m_profiles && !guarded->profileId().isEmpty()
            ? std::optional(m_profiles->profile(guarded->profileId()))
            : std::nullopt;
        const QString proxyUrl = profile && profile->ok() ? profile->value().proxyUrl : QString();
        showExportDialog(guarded->context(), proxyUrl, name, guarded);
    });
    connect(window, &MainWindow::proxyChangeRequested, this,
            [this, guarded](const QString &proxyUrl) {
                if (!guarded)
                    return;
                if (guarded->profileId().isEmpty()) {
                    if (const auto problem = guarded->setProxyUrl(proxyUrl))
                        guarded->showStatusMessage(*problem);
                    return;
                }
                changeProxy(guarded->profileId(), proxyUrl);
            });
    connect(window, &MainWindow::newCredentialsRequested, this, [this, guarded] {
        if (!guarded)
            return;
        m_wizardReplacesProfile = guarded->profileId();
        showWizard();
        m_wizard->setEnvironmentKind(guarded->context().environment.kind());
    });
    connect(window, &QObject::destroyed, this, [this] {
        // After the window is gone from mainWindows().
        QTimer::singleShot(0, this, &AppShell::checkAllClosed);
    });
}

void AppShell::askToSaveProfile(MainWindow *window)
{
    auto *dialog = new SaveProfileDialog(defaultProfileName(window->context()),
                                         m_profiles->secretBackendName(), window);
    m_saveDialog = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);

    QPointer<MainWindow> guardedWindow(window);
    QPointer<SaveProfileDialog> guardedDialog(dialog);
    connect(dialog, &SaveProfileDialog::saveRequested, this,
            [this, guardedWindow, guardedDialog](const QString &name) {
                if (!guardedWindow)
                    return;
                const onboarding::SessionContext context = guardedWindow->context();
                m_profiles->create(context, name, QString(),
                                   [this, guardedWindow, guardedDialog, context](
                                       Result<storage::Profile, QString> created) {
                                       if (!created) {
                                           if (guardedDialog)
                                               guardedDialog->showError(created.error());
                                           return;
                                       }
                                       if (guardedWindow)
                                           attachProfile(guardedWindow, created.value(), context);
                                       if (guardedDialog)
                                           guardedDialog->finish();
                                   });
            });
    dialog->open();
}

void AppShell::attachProfile(MainWindow *window, const storage::Profile &profile,
                             const onboarding::SessionContext &saved)
{
    window->setProfile(profile);
    qCInfo(lcShell) << "saved profile" << profile.id;

    // The keeper may have renewed or closed the session while the profile was being created.
    const onboarding::SessionContext current = window->context();
    if (current.sessionToken != saved.sessionToken)
        saveContextOfWindow(window, current);
}

void AppShell::saveContextOfWindow(MainWindow *window, const onboarding::SessionContext &context)
{
    const QString id = window->profileId();
    if (id.isEmpty() || !m_profiles)
        return;

    QPointer<MainWindow> guarded(window);
    m_profiles->update(id, context, [guarded](Result<storage::Profile, QString> saved) {
        if (!guarded)
            return;
        if (!saved) {
            //: %1 the reason.
            guarded->showStatusMessage(AppShell::tr("The profile could not be saved: %1. The "
                                              "session stays open; the next change tries "
                                              "again.")
                                     .arg(saved.error()));
            return;
        }
        guarded->setProfile(saved.value());
    });
}

void AppShell::replaceProfileSession(const QString &profileId,
                                     const onboarding::SessionContext &context)
{
    m_profiles->update(profileId, context,
                       [this, profileId, context](Result<storage::Profile, QString> saved) {
                           if (MainWindow *old = windowOfProfile(profileId))
                               old->close();
                           if (!saved) {
                               MainWindow *window = openWindow(context, std::nullopt);
                               window->showStatusMessage(
                                   tr("The profile could not be saved: %1").arg(saved.error()));
                               askToSaveProfile(window);
                               return;
                           }
                           openWindow(context, saved.value());
                       });
}


void AppShell::showProfiles()
{
    if (!m_profiles)
        return;
    connectProfileList();
    refreshProfileList();
    bringToFront(m_profileList);
}

void AppShell::connectProfileList()
{
    if (m_profileList)
        return;

    auto *list = new ProfileListDialog;
    m_profileList = list;
    connect(list, &ProfileListDialog::openRequested, this, &AppShell::openProfile);
    connect(list, &ProfileListDialog::newProfileRequested, this, [this] {
        m_wizardReplacesProfile.clear();
        m_profileList->hide();
        showWizard();
    });
    connect(list, &ProfileListDialog::openContextFileRequested, this,
            &AppShell::chooseContextFile);
    connect(list, &ProfileListDialog::renameRequested, this, &AppShell::renameProfile);
    connect(list, &ProfileListDialog::duplicateRequested, this, &AppShell::duplicateProfile);
    connect(list, &ProfileListDialog::deleteRequested, this, &AppShell::deleteProfile);
    connect(list, &ProfileListDialog::exportRequested, this, &AppShell::exportProfile);
    connect(list, &ProfileListDialog::proxyChangeRequested, this, &AppShell::changeProxy);
    connect(list, &QDialog::finished, this, &AppShell::checkAllClosed);
    WindowStateStore::track(list);
}

void AppShell::refreshProfileList()
{
    if (!m_profileList || !m_profiles)
        return;

    m_profileList->setProfiles(m_profiles->list());
    QString note;
    if (m_choosingSecretStore) {
        note = tr("Checking whether the desktop's secret service responds…");
    } else if (!m_profiles->secretServiceProblem().isEmpty()) {
        //: %1 the reason the secret service cannot be used.
        note = tr("The desktop's secret service is not used: %1")
                   .arg(m_profiles->secretServiceProblem());
    }
    m_profileList->setSecretBackend(m_profiles->secretBackendName(), note);
}

void AppShell::openProfile(const QString &id)
{
    if (!m_profiles)
        return;
    if (MainWindow *open = windowOfProfile(id)) {
        bringToFront(open);
        return;
    }

    m_profiles->loadContext(id, [this, id](Result<onboarding::SessionContext, QString> loaded) {
        if (!loaded) {
            if (m_profileList)
                m_profileList->showError(loaded.error());
            return;
        }
        finishOpening(id, loaded.value());
    });
}

void AppShell::finishOpening(const QString &id, onboarding::SessionContext context)
{
    const bool local = context.environment.kind() == api::ApiEnvironment::Kind::LocalSandbox;
    if (local && !m_localSandboxUrl.isValid()) {
        if (m_localSandboxError.isEmpty()) {
            m_waitingForLocalSandbox.append({id, context});
            showActivity(tr("Waiting for the local sandbox to start…"));
            return;
        }
        if (m_profileList) {
            //: %1 why the local sandbox did not start.
            m_profileList->showError(tr("The profile uses the local sandbox, which did not "
                                        "start: %1")
                                         .arg(m_localSandboxError));
        }
        return;
    }
    showActivity({});

    const auto profile = m_profiles->profile(id);
    if (!profile) {
        if (m_profileList)
            m_profileList->showError(profile.error());
        return;
    }
    openWindow(withCurrentLocalSandbox(context), profile.value());
    if (m_profileList)
        m_profileList->hide();
}

void AppShell::renameProfile(const QString &id, const QString &name)
{
    if (const auto problem = m_profiles->rename(id, name)) {
        m_profileList->showError(*problem);
        return;
    }
    if (MainWindow *window = windowOfProfile(id)) {
        if (const auto profile = m_profiles->profile(id))
            window->setProfile(profile.value());
    }
}

void AppShell::duplicateProfile(const QString &id, const QString &name)
{
    m_profiles->duplicate(id, name, [this](Result<storage::Profile, QString> copy) {
        if (!m_profileList)
            return;
        if (!copy) {
            m_profileList->showError(copy.error());
            return;
        }
        m_profileList->selectProfile(copy.value().id);
    });
}

void AppShell::deleteProfile(const QString &id)
{
    if (windowOfProfile(id)) {
        m_profileList->showError(tr("The profile is open in a window. Close that window, then "
                                    "delete the profile."));
        return;
    }

    m_profiles->remove(id, [this](std::optional<QString> error) {
        if (error && m_profileList)
            m_profileList->showError(*error);
    });
}

void AppShell::changeProxy(const QString &id, const QString &proxyUrl)
{
    MainWindow *window = windowOfProfile(id);
    if (window) {
        if (const auto problem = window->setProxyUrl(proxyUrl)) {
            window->showStatusMessage(*problem);
            return;
        }
    }

    if (const auto problem = m_profiles->setProxy(id, proxyUrl)) {
        if (window)
            window->showStatusMessage(*problem);
        if (m_profileList)
            m_profileList->showError(*problem);
    }
}

void AppShell::exportProfile(const QString &id)
{
    const auto profile = m_profiles->profile(id);
    if (!profile) {
        m_profileList->showError(profile.error());
        return;
    }
    if (MainWindow *window = windowOfProfile(id)) {
        showExportDialog(window->context(), profile.value().proxyUrl, profile.value().name,
                         m_profileList);
        return;
    }

    m_profiles->loadContext(id, [this, profile = profile.value()](
                                    Result<onboarding::SessionContext, QString> loaded) {
        if (!m_profileList)
            return;
        if (!loaded) {
            m_profileList->showError(loaded.error());
            return;
        }
        showExportDialog(loaded.value(), profile.proxyUrl, profile.name, m_profileList);
    });
}

void AppShell::showExportDialog(const onboarding::SessionContext &context,
                                const QString &proxyUrl, const QString &name, QWidget *parent)
{
    auto *dialog = new ExportContextDialog(context, proxyUrl, name, parent);
    m_exportDialog = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QPointer<QWidget> guardedParent(parent);
    connect(dialog, &ExportContextDialog::exported, this,
            [guardedParent](const QString &fileName) {
                qCInfo(lcShell) << "exported a context file to" << fileName;
                if (auto *window = qobject_cast<MainWindow *>(guardedParent.data()))
                    //: %1 file name.
                    window->showStatusMessage(AppShell::tr("Exported to %1").arg(fileName));
            });
    dialog->open();
}


void AppShell::chooseContextFile()
{
    auto *dialog = new QFileDialog(dialogParent(), tr("Open Context File"), QDir::homePath(),
                                   tr("bunq SDK context files (*.conf);;All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    connect(dialog, &QFileDialog::fileSelected, this, &AppShell::openContextFile);
    dialog->open();
}

void AppShell::openContextFile(const QString &fileName)
{
    if (!m_contextDialog) {
        auto *dialog = new ContextFileDialog(m_network);
        m_contextDialog = dialog;
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        if (m_localSandboxUrl.isValid())
            dialog->setLocalSandboxUrl(m_localSandboxUrl);

        // Calls through the file's proxy go through a manager of their own, kept per URL.
        dialog->setNetworkForProxy([dialog](const QString &proxyUrl)
                                       -> Result<QNetworkAccessManager *, QString> {
            using R = Result<QNetworkAccessManager *, QString>;
            const auto proxy = session::parseProxyUrl(proxyUrl);
            if (!proxy)
                return R::failure(proxy.error());
            if (const auto conflict = session::proxyConflict(proxy.value(),
                                                             dialog->context().environment))
                return R::failure(*conflict);
            const QString name = u"proxyNetwork:"_s + proxyUrl;
            auto *network = dialog->findChild<QNetworkAccessManager *>(name);
            if (!network) {
                network = new QNetworkAccessManager(dialog);
                network->setObjectName(name);
                network->setProxy(proxy.value());
            }
            return R::success(network);
        });

        connect(dialog, &ContextFileDialog::saveRequested, this, &AppShell::saveImportedContext);
        connect(dialog, &ContextFileDialog::openAnotherRequested, this,
                &AppShell::chooseContextFile);
        connect(dialog, &QDialog::finished, this, [this] {
            QTimer::singleShot(0, this, &AppShell::checkAllClosed);
        });
        WindowStateStore::track(dialog);
    }

    m_contextDialog->openFile(fileName);
    bringToFront(m_contextDialog);
}

void AppShell::saveImportedContext(const onboarding::SessionContext &context,
                                   const QString &proxyUrl, const QString &name)
{
    QPointer<ContextFileDialog> dialog = m_contextDialog;
    if (!m_profiles) {
        // Without a profile store the context opens unsaved.
        openWindow(context, std::nullopt);
        if (dialog)
            dialog->finishSaved();
        return;
    }

    m_profiles->create(context, name, proxyUrl,
                       [this, dialog, context](Result<storage::Profile, QString> created) {
                           if (!created) {
                               if (dialog)
                                   dialog->showSaveError(created.error());
                               return;
                           }
                           if (dialog)
                               dialog->finishSaved();
                           openWindow(withCurrentLocalSandbox(context), created.value());
                           if (m_profileList)
                               m_profileList->hide();
                       });
}


void AppShell::showActivity(const QString &description)
{
    if (m_profileList)
        m_profileList->setBusy(description);
    const QList<MainWindow *> windows = mainWindows();
    for (MainWindow *window : windows)
        window->setActivity(description);
}

void AppShell::checkAllClosed()
{
    const auto visible = [](const QWidget *widget) { return widget && widget->isVisible(); };
    if (visible(m_wizard.get()) || visible(m_profileList) || visible(m_contextDialog))
        return;
    if (!mainWindows().isEmpty())
        return;
    Q_EMIT allWindowsClosed();
}

onboarding::SessionContext
AppShell::withCurrentLocalSandbox(onboarding::SessionContext context) const
{
    if (context.environment.kind() == api::ApiEnvironment::Kind::LocalSandbox
        && m_localSandboxUrl.isValid())
        context.environment = api::ApiEnvironment::localSandbox(m_localSandboxUrl);
    return context;
}

QWidget *AppShell::dialogParent() const
{
    if (QWidget *modal = QApplication::activeModalWidget())
        return modal;
    if (QWidget *active = QApplication::activeWindow())
        return active;
    if (m_profileList && m_profileList->isVisible())
        return m_profileList;
    return mainWindow();
}

QString AppShell::defaultProfileName(const onboarding::SessionContext &context) const
{
    if (context.user.displayName.isEmpty())
        return context.environment.displayName();
    //: Default profile name; %1 environment such as "Local sandbox", %2 user name.
    return tr("%1 — %2").arg(context.environment.displayName(), context.user.displayName);
}

} // namespace studio::ui
