// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SessionStorage.h"
#include "storage/Profile.h"
#include "storage/ProfileStore.h"
#include "storage/SecretStore.h"

#include <memory>

namespace studio::cli {

// A session kept as a profile of the desktop app: the profile file in the profile folder and
// its secrets in a secret store. With a passphrase (--passphrase-file or
// BUNQ_SESSION_PASSPHRASE) the secrets go to the passphrase-encrypted file. Without one they
// go to the desktop's secret service, unless the passphrase file contains them already.
class ProfileStorage : public SessionStorage
{
    Q_OBJECT

public:
    static Result<ProfileStorage *, CliError> create(const QCommandLineParser &parser,
                                                     const CliOptions &options, const QString &name,
                                                     QObject *parent);
    ~ProfileStorage() override;

    QString description() const override;
    void save(const StoredSession &session, SaveCallback done) override;

protected:
    void loadStored(LoadCallback done) override;
    std::optional<CliError> checkNewDestination(bool force) const override;

private:
    ProfileStorage(const QString &name, const QString &directory, std::optional<QString> passphrase,
                   QObject *parent);

    // The profiles whose name (or id) is m_name.
    Result<QList<storage::Profile>, CliError> findProfiles() const;
    // Picks the secret store once and calls done with it, or with the reason there is none.
    void withSecretStore(std::function<void(Result<storage::SecretStore *, CliError>)> done);
    CliError secretStoreError(const QString &message) const;

    QString m_name;
    storage::ProfileStore m_store;
    std::optional<QString> m_passphrase;
    QString m_secretsFile;
    std::unique_ptr<storage::SecretStore> m_secrets;
    std::optional<storage::Profile> m_loaded;
};

} // namespace studio::cli
