// SPDX-License-Identifier: GPL-3.0-or-later
#include "profiles/ProfileManager.h"

#include <QPointer>

using namespace Qt::StringLiterals;

namespace studio::ui {

storage::Profile updatedProfile(const storage::Profile &profile,
                                const onboarding::SessionContext &context)
{
    storage::Profile updated = storage::profileFromContext(context, profile.name);
    updated.id = profile.id;
    updated.proxyUrl = profile.proxyUrl;
    updated.createdAt = profile.createdAt;
    return updated;
}

ProfileManager::ProfileManager(std::unique_ptr<storage::ProfileStore> profiles, QObject *parent)
    : QObject(parent)
    , m_profiles(std::move(profiles))
{
}

ProfileManager::~ProfileManager() = default;

void ProfileManager::setSecretStore(storage::SecretStoreChoice secrets)
{
    m_secrets = std::move(secrets.store);
    m_secrets->setParent(this);
    m_backend = secrets.backend;
    m_secretServiceProblem = secrets.secretServiceProblem;

    if (m_waiting.empty())
        return;
    if (isLocked())
        askForPassphrase();
    else
        runWaiting();
}

Result<storage::Profile, QString> ProfileManager::profile(const QString &id) const
{
    return m_profiles->load(id);
}

QString ProfileManager::secretBackendName() const
{
    return m_secrets ? m_secrets->backendName() : QString();
}

QString ProfileManager::passphraseFile() const
{
    const auto *store = qobject_cast<const storage::PassphraseSecretStore *>(m_secrets.get());
    return store ? store->filePath() : QString();
}

bool ProfileManager::isLocked() const
{
    const auto *store = qobject_cast<const storage::PassphraseSecretStore *>(m_secrets.get());
    return store && !store->hasPassphrase();
}

void ProfileManager::create(const onboarding::SessionContext &context, const QString &name,
                            const QString &proxyUrl, ProfileCallback done)
{
    storage::Profile profile = storage::profileFromContext(context, name);
    profile.proxyUrl = proxyUrl;
    const storage::ProfileSecrets secrets = storage::secretsFromContext(context);

    withSecrets([this, profile, secrets, done](std::optional<QString> locked) {
        using R = Result<storage::Profile, QString>;
        if (locked) {
            done(R::failure(*locked));
            return;
        }

        const auto saved = m_profiles->save(profile);
        if (!saved) {
            done(R::failure(saved.error()));
            return;
        }

        beginActivity(tr("Saving the secrets of %1 in %2…").arg(profile.name, secretBackendName()));
        m_secrets->store(saved.value().id, secrets,
                         [this, written = saved.value(), done](std::optional<QString> error) {
                             endActivity();
                             if (error) {
                                 // A profile without its secrets cannot be opened; drop it.
                                 m_profiles->remove(written.id);
                                 done(R::failure(*error));
                                 return;
                             }
                             Q_EMIT profilesChanged();
                             done(R::success(written));
                         });
    });
}

void ProfileManager::update(const QString &id, const onboarding::SessionContext &context,
                            ProfileCallback done)
{
    using R = Result<storage::Profile, QString>;
    const auto current = m_profiles->load(id);
    if (!current) {
        QMetaObject::invokeMethod(
            this, [done, error = current.error()] { done(R::failure(error)); },
            Qt::QueuedConnection);
        return;
    }
    const storage::Profile profile = updatedProfile(current.value(), context);
    const storage::ProfileSecrets secrets = storage::secretsFromContext(context);

    withSecrets([this, profile, secrets, done](std::optional<QString> locked) {
        if (locked) {
            done(R::failure(*locked));
            return;
        }

        // Secrets first: a profile file that names a session whose token was not stored
        // would open a dead session.
        beginActivity(tr("Saving the secrets of %1 in %2…").arg(profile.name, secretBackendName()));
        m_secrets->store(profile.id, secrets,
                         [this, profile, done](std::optional<QString> error) {
                             endActivity();
                             if (error) {
                                 done(R::failure(*error));
                                 return;
                             }
                             const auto saved = m_profiles->save(profile);
                             if (saved)
                                 Q_EMIT profilesChanged();
                             done(saved);
                         });
    });
}

void ProfileManager::loadContext(const QString &id, ContextCallback done)
{
    using R = Result<onboarding::SessionContext, QString>;
    const auto profile = m_profiles->load(id);
    if (!profile) {
        QMetaObject::invokeMethod(
            this, [done, error = profile.error()] { done(R::failure(error)); },
            Qt::QueuedConnection);
        return;
    }

    withSecrets([this, profile = profile.value(), done](std::optional<QString> locked) {
        if (locked) {
            done(R::failure(*locked));
            return;
        }

        beginActivity(tr("Reading the secrets of %1 from %2…")
                          .arg(profile.name, secretBackendName()));
        m_secrets->load(profile.id, [this, profile, done](Result<storage::ProfileSecrets, QString>
                                                              secrets) {
            endActivity();
            if (!secrets) {
                done(R::failure(explainLoadFailure(secrets.error())));
                return;
            }
            storage::ProfileSecrets values = secrets.value();
            auto context = storage::contextFromProfile(profile, values);
            values.wipe();
            done(context);
        });
    });
}

std::optional<QString> ProfileManager::rename(const QString &id, const QString &newName)
{
    const auto renamed = m_profiles->rename(id, newName);
    if (!renamed)
        return renamed.error();
    Q_EMIT profilesChanged();
    return std::nullopt;
}

std::optional<QString> ProfileManager::setProxy(const QString &id, const QString &proxyUrl)
{
    auto profile = m_profiles->load(id);
    if (!profile)
        return profile.error();

    storage::Profile changed = profile.value();
    changed.proxyUrl = proxyUrl;
    const auto saved = m_profiles->save(changed);
    if (!saved)
        return saved.error();
    Q_EMIT profilesChanged();
    return std::nullopt;
}

void ProfileManager::duplicate(const QString &id, const QString &newName, ProfileCallback done)
{
    withSecrets([this, id, newName, done](std::optional<QString> locked) {
        using R = Result<storage::Profile, QString>;
        if (locked) {
            done(R::failure(*locked));
            return;
        }

        beginActivity(tr("Copying secrets in %1…").arg(secretBackendName()));
        m_secrets->load(id, [this, id, newName, done](Result<storage::ProfileSecrets, QString>
                                                          secrets) {
            if (!secrets) {
                endActivity();
                done(R::failure(explainLoadFailure(secrets.error())));
                return;
            }
            const auto copyId = m_profiles->duplicate(id, newName);
            if (!copyId) {
                endActivity();
                done(R::failure(copyId.error()));
                return;
            }
            m_secrets->store(copyId.value(), secrets.value(),
                             [this, copy = copyId.value(), done](std::optional<QString> error) {
                                 endActivity();
                                 if (error) {
                                     m_profiles->remove(copy);
                                     done(R::failure(*error));
                                     return;
                                 }
                                 Q_EMIT profilesChanged();
                                 done(m_profiles->load(copy));
                             });
        });
    });
}

void ProfileManager::remove(const QString &id, DoneCallback done)
{
    withSecrets([this, id, done](std::optional<QString> locked) {
        if (locked) {
            done(locked);
            return;
        }

        beginActivity(tr("Removing secrets from %1…").arg(secretBackendName()));
        m_secrets->remove(id, [this, id, done](std::optional<QString> error) {
            endActivity();
            if (error) {
                done(error);
                return;
            }
            const auto removed = m_profiles->remove(id);
            Q_EMIT profilesChanged();
            done(removed ? std::nullopt : std::optional<QString>(removed.error()));
        });
    });
}

void ProfileManager::unlock(const QString &passphrase, DoneCallback done)
{
    auto *store = qobject_cast<storage::PassphraseSecretStore *>(m_secrets.get());
    if (!store) {
        QMetaObject::invokeMethod(this, [done] { done(std::nullopt); }, Qt::QueuedConnection);
        return;
    }

    store->setPassphrase(passphrase);
    beginActivity(tr("Checking the passphrase…"));
    store->checkPassphrase([this, store, done](std::optional<QString> error) {
        endActivity();
        if (error) {
            store->clearPassphrase();
            done(error);
            return;
        }
        done(std::nullopt);
        runWaiting();
    });
}

void ProfileManager::runWaiting()
{
    // Each piece of work may queue more, which then runs at once, as the secrets are open.
    std::deque<SecretsWork> waiting;
    waiting.swap(m_waiting);
    for (SecretsWork &work : waiting)
        work(std::nullopt);
}

void ProfileManager::askForPassphrase()
{
    const auto *store = qobject_cast<const storage::PassphraseSecretStore *>(m_secrets.get());
    Q_EMIT passphraseNeeded(store->fileExists());
}

void ProfileManager::cancelUnlock()
{
    std::deque<SecretsWork> waiting;
    waiting.swap(m_waiting);
    for (SecretsWork &work : waiting)
        work(tr("The secrets stay locked because no passphrase was entered."));
}

void ProfileManager::withSecrets(SecretsWork work)
{
    if (m_secrets && !isLocked()) {
        // From the event loop, so callers see every callback after the call returned.
        QMetaObject::invokeMethod(
            this, [work = std::move(work)] { work(std::nullopt); }, Qt::QueuedConnection);
        return;
    }

    // Without a store yet, setSecretStore() starts the work.
    m_waiting.push_back(std::move(work));
    if (m_secrets && m_waiting.size() == 1)
        askForPassphrase();
}

void ProfileManager::beginActivity(const QString &description)
{
    ++m_activities;
    m_activity = description;
    Q_EMIT activityChanged(m_activity);
}

void ProfileManager::endActivity()
{
    m_activities = std::max(0, m_activities - 1);
    if (m_activities == 0) {
        m_activity.clear();
        Q_EMIT activityChanged(QString());
    }
}

QString ProfileManager::explainLoadFailure(const QString &error) const
{
    if (m_backend == storage::SecretBackend::PassphraseFile && !m_secretServiceProblem.isEmpty()) {
        //: %1 the store's error, %2 why the secret service is unavailable.
        // NOTE: Secrets live in one backend at a time. Once a passphrase file exists it is
        // chosen at every start, so secrets left in the secret service stay out of reach.
        return tr("%1 If this profile was saved while the desktop's secret service was "
                  "running, its secrets are there, but the secret service is unavailable "
                  "now: %2")
            .arg(error, m_secretServiceProblem);
    }
    return error;
}

} // namespace studio::ui
