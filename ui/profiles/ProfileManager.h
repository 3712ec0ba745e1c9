// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/ProfileStore.h"
#include "storage/SecretStoreChoice.h"

#include <QObject>

#include <deque>
#include <functional>
#include <memory>
#include <optional>

namespace studio::ui {

// Keeps profiles whole: the non-secret part in a ProfileStore and the secrets in a
// SecretStore under the same id. Reading or writing secrets is asynchronous. It waits until
// setSecretStore() supplied a store, and with a passphrase file until unlock() got the right
// passphrase, which passphraseNeeded() requests. Every callback is called once, from the event
// loop, unless the manager is destroyed first.
class ProfileManager : public QObject
{
    Q_OBJECT

public:
    using DoneCallback = std::function<void(std::optional<QString> error)>;
    using ProfileCallback = std::function<void(Result<storage::Profile, QString>)>;
    using ContextCallback = std::function<void(Result<onboarding::SessionContext, QString>)>;

    explicit ProfileManager(std::unique_ptr<storage::ProfileStore> profiles,
                            QObject *parent = nullptr);
    ~ProfileManager() override;

    // Where secrets go from now on. Work that waited for a store continues, after asking for
    // the passphrase if the store needs one.
    void setSecretStore(storage::SecretStoreChoice secrets);
    bool hasSecretStore() const { return m_secrets != nullptr; }

    storage::ProfileList list() const { return m_profiles->list(); }
    Result<storage::Profile, QString> profile(const QString &id) const;

    storage::SecretBackend secretBackend() const { return m_backend; }
    // Translated name of where secrets go, such as "Secret service" or "Passphrase file";
    // empty until setSecretStore().
    QString secretBackendName() const;
    // Why the secret service is not used, or an empty string.
    QString secretServiceProblem() const { return m_secretServiceProblem; }
    // The passphrase file, or an empty string with the secret service.
    QString passphraseFile() const;
    // True while secrets wait for a passphrase.
    bool isLocked() const;
    // True while work on secrets waits for a store or a passphrase.
    bool isWaiting() const { return !m_waiting.empty(); }

    // Saves a new profile with the context's secrets. On failure nothing stays stored.
    void create(const onboarding::SessionContext &context, const QString &name,
                const QString &proxyUrl, ProfileCallback done);
    // Saves a changed context, such as a renewed session, under an existing profile.
    void update(const QString &id, const onboarding::SessionContext &context, ProfileCallback done);
    // Loads the profile and its secrets into a session context.
    void loadContext(const QString &id, ContextCallback done);

    std::optional<QString> rename(const QString &id, const QString &newName);
    std::optional<QString> setProxy(const QString &id, const QString &proxyUrl);
    // Copies the profile and its secrets under a new id.
    void duplicate(const QString &id, const QString &newName, ProfileCallback done);
    // Removes the secrets, then the profile. When the secrets cannot be removed the profile
    // stays, so it can be deleted again later.
    void remove(const QString &id, DoneCallback done);

    // Tries a passphrase for the passphrase file; on success the waiting work continues. A
    // wrong passphrase reports the error and leaves the work waiting.
    void unlock(const QString &passphrase, DoneCallback done);
    // Gives up on the passphrase: waiting work fails with a message saying so.
    void cancelUnlock();

Q_SIGNALS:
    // Work on secrets waits for the passphrase. fileExists is false when a new passphrase is
    // needed and true when the existing one is.
    void passphraseNeeded(bool fileExists);
    // A description of the secret-store work running, or an empty string when none is.
    void activityChanged(const QString &description);
    // A profile was created, changed or removed.
    void profilesChanged();

private:
    using SecretsWork = std::function<void(std::optional<QString> locked)>;

    // Runs work once the secrets are reachable, or with the reason they are not.
    void withSecrets(SecretsWork work);
    void runWaiting();
    void askForPassphrase();
    void beginActivity(const QString &description);
    void endActivity();
    QString explainLoadFailure(const QString &error) const;

    std::unique_ptr<storage::ProfileStore> m_profiles;
    std::unique_ptr<storage::SecretStore> m_secrets;
    storage::SecretBackend m_backend = storage::SecretBackend::SecretService;
    QString m_secretServiceProblem;
    std::deque<SecretsWork> m_waiting;
    int m_activities = 0;
    QString m_activity;
};

// Copies the fields of a context into an existing profile, keeping its id, name, proxy and
// creation time.
storage::Profile updatedProfile(const storage::Profile &profile,
                                const onboarding::SessionContext &context);

} // namespace studio::ui
