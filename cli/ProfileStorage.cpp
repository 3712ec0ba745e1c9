// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProfileStorage.h"

#include "LocalFiles.h"
#include "storage/SecretStoreChoice.h"

#include <QDir>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace studio::cli {

namespace {

const QString passphraseVariable = u"BUNQ_SESSION_PASSPHRASE"_s;

// The passphrase from --passphrase-file (its first line, without the line break) or from the
// environment; none when neither is given.
Result<std::optional<QString>, CliError> readPassphrase(const QCommandLineParser &parser,
                                                        const CliOptions &options)
{
    using R = Result<std::optional<QString>, CliError>;
    if (parser.isSet(options.passphraseFile)) {
        const QString path = parser.value(options.passphraseFile);
        const auto bytes = readLocalFile(path);
        if (!bytes)
            return R::failure(bytes.error());
        QByteArray line = bytes.value().left(bytes.value().indexOf('\n'));
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty()) {
            return R::failure(CliError::file(
                ProfileStorage::tr("%1 contains no passphrase: its first line is empty.")
                    .arg(QDir::toNativeSeparators(path))));
        }
        return R::success(QString::fromUtf8(line));
    }

    const QString fromEnvironment = qEnvironmentVariable(qPrintable(passphraseVariable));
    if (!fromEnvironment.isEmpty())
        return R::success(fromEnvironment);
    return R::success(std::nullopt);
}

} // namespace

Result<ProfileStorage *, CliError> ProfileStorage::create(const QCommandLineParser &parser,
                                                          const CliOptions &options,
                                                          const QString &name, QObject *parent)
{
    using R = Result<ProfileStorage *, CliError>;
    if (name.trimmed().isEmpty())
        return R::failure(CliError::usage(tr("The profile name is empty. Give a name.")));

    const auto passphrase = readPassphrase(parser, options);
    if (!passphrase)
        return R::failure(passphrase.error());

    const QString directory = parser.isSet(options.profileDir)
                                  ? parser.value(options.profileDir)
                                  : storage::ProfileStore::defaultDirectory();
    return R::success(new ProfileStorage(name.trimmed(), directory, passphrase.value(), parent));
}

ProfileStorage::ProfileStorage(const QString &name, const QString &directory,
                               std::optional<QString> passphrase, QObject *parent)
    : SessionStorage(parent)
    , m_name(name)
    , m_store(directory)
    , m_passphrase(std::move(passphrase))
{
    // Profiles in a folder of their own keep their passphrase-encrypted secrets beside them;
    // the app's folder shares the app's secrets file.
    m_secretsFile =
        QDir::cleanPath(directory) == QDir::cleanPath(storage::ProfileStore::defaultDirectory())
            ? storage::PassphraseSecretStore::defaultFilePath()
            : QDir(directory).filePath(u"secrets.enc"_s);
}

ProfileStorage::~ProfileStorage() = default;

QString ProfileStorage::description() const
{
    return tr("profile \"%1\"").arg(m_name);
}

Result<QList<storage::Profile>, CliError> ProfileStorage::findProfiles() const
{
    using R = Result<QList<storage::Profile>, CliError>;
    const storage::ProfileList list = m_store.list();

    QList<storage::Profile> matches;
    for (const storage::Profile &profile : list.profiles) {
        if (profile.name == m_name || profile.id == m_name)
            matches << profile;
    }
    if (matches.size() > 1) {
        QStringList ids;
        for (const storage::Profile &profile : std::as_const(matches))
            ids << profile.id;
        return R::failure(
            CliError::usage(tr("%1 profiles are named \"%2\". Give one of their ids instead: %3.")
                                .arg(matches.size())
                                .arg(m_name, ids.join(u", "_s))));
    }
    return R::success(matches);
}

CliError ProfileStorage::secretStoreError(const QString &message) const
{
    return CliError::file(
        tr("The secrets of the %1 are not available: %2").arg(description(), message));
}

void ProfileStorage::withSecretStore(
    std::function<void(Result<storage::SecretStore *, CliError>)> done)
{
    using R = Result<storage::SecretStore *, CliError>;
    if (m_secrets) {
        QTimer::singleShot(0, this, [this, done] { done(R::success(m_secrets.get())); });
        return;
    }

    if (m_passphrase) {
        auto store = std::make_unique<storage::PassphraseSecretStore>(m_secretsFile);
        store->setPassphrase(*m_passphrase);
        m_secrets = std::move(store);
        QTimer::singleShot(0, this, [this, done] { done(R::success(m_secrets.get())); });
        return;
    }

    storage::chooseSecretStore(
        storage::SecretBackendPreference::Automatic,
        [this, done](storage::SecretStoreChoice choice) {
            if (choice.backend == storage::SecretBackend::SecretService) {
                m_secrets = std::move(choice.store);
                done(R::success(m_secrets.get()));
                return;
            }
            // Without a passphrase the encrypted file cannot be used.
            const QString reason =
                choice.passphraseStore() && choice.passphraseStore()->fileExists()
                    ? tr("they are in the passphrase-encrypted file %1.")
                          .arg(QDir::toNativeSeparators(m_secretsFile))
                    : tr("no secret service answers (%1).").arg(choice.secretServiceProblem);
            done(R::failure(secretStoreError(
                reason + u' ' +
                tr("Give the passphrase with --passphrase-file FILE or the environment "
                   "variable %1.")
                    .arg(passphraseVariable))));
        },
        m_secretsFile);
}

void ProfileStorage::loadStored(LoadCallback done)
{
    using R = Result<StoredSession, CliError>;
    const auto found = findProfiles();
    if (!found || found.value().isEmpty()) {
        const CliError error =
            found ? CliError::file(tr("There is no profile named \"%1\" in %2. "
                                      "Check the name and --profile-dir.")
                                       .arg(m_name, QDir::toNativeSeparators(m_store.directory())))
                  : found.error();
        QTimer::singleShot(0, this, [done, error] { done(R::failure(error)); });
        return;
    }
    const storage::Profile profile = found.value().constFirst();
    m_loaded = profile;

    withSecretStore([this, done, profile](Result<storage::SecretStore *, CliError> store) {
        if (!store)
            return done(R::failure(store.error()));

        store.value()->load(
            profile.id, [this, done, profile](Result<storage::ProfileSecrets, QString> secrets) {
                if (!secrets)
                    return done(R::failure(secretStoreError(secrets.error())));

                const auto context = storage::contextFromProfile(profile, secrets.value());
                if (!context) {
                    return done(R::failure(CliError::file(
                        tr("The %1 cannot be read: %2").arg(description(), context.error()))));
                }
                StoredSession session;
                session.context = context.value();
                session.expiry = session.context.expiry();
                session.expiryFromServer = true;
                session.proxyUrl = profile.proxyUrl;
                done(R::success(session));
            });
    });
}

std::optional<CliError> ProfileStorage::checkNewDestination(bool force) const
{
    const auto found = findProfiles();
    if (!found)
        return found.error();
    if (!found.value().isEmpty() && !force) {
        return CliError::file(tr("A profile named \"%1\" exists already. Pass --force to "
                                 "replace it, or choose another name.")
                                  .arg(m_name));
    }
    return std::nullopt;
}

void ProfileStorage::save(const StoredSession &session, SaveCallback done)
{
    // A profile keeps its id and creation time; a new one gets them from profileFromContext.
    storage::Profile profile = storage::profileFromContext(session.context, m_name);
    std::optional<storage::Profile> existing = m_loaded;
    if (!existing) {
        const auto found = findProfiles();
        if (found && !found.value().isEmpty())
            existing = found.value().constFirst();
    }
    if (existing) {
        profile.id = existing->id;
        profile.name = existing->name;
        profile.createdAt = existing->createdAt;
    }
    profile.proxyUrl = session.proxyUrl;

    // Secrets first: a profile file never points at secrets that were not stored.
    withSecretStore([this, done, profile, session](Result<storage::SecretStore *, CliError> store) {
        if (!store)
            return done(store.error());
        store.value()->store(profile.id, storage::secretsFromContext(session.context),
                             [this, done, profile](std::optional<QString> error) {
                                 if (error)
                                     return done(secretStoreError(*error));
                                 const auto saved = m_store.save(profile);
                                 if (!saved)
                                     return done(CliError::file(saved.error()));
                                 m_loaded = saved.value();
                                 done(std::nullopt);
                             });
    });
}

} // namespace studio::cli
