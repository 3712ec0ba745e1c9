// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/PassphraseSecretStore.h"

#include "storage/PrivateFile_p.h"
#include "storage/SecretFileCipher_p.h"
#include "storage/SecretsCodec_p.h"
#include "storage/StorageLogging_p.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QLockFile>
#include <QPointer>
#include <QStandardPaths>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace studio::storage {

namespace {

using SecretMap = QMap<QString, ProfileSecrets>;

// Long enough for another process to finish a read-modify-write, which takes two key
// derivations; a process that holds the lock longer has most likely hung.
constexpr int lockTimeoutMilliseconds = 20000;

// The secrets of a few hundred profiles fit in well under a megabyte.
constexpr qint64 maximumFileSize = 16 * 1024 * 1024;

QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

QString openErrorText(const SecretFileError &error, const QString &path)
{
    using Kind = SecretFileError::Kind;
    switch (error.kind) {
    case Kind::NotSecretFile:
        return PassphraseSecretStore::tr("%1 is not a secrets file of this app. Move it away, "
                                         "and the next save creates a new one.")
            .arg(nativePath(path));
    case Kind::NewerVersion:
        return PassphraseSecretStore::tr("%1 was written by a newer version of this app. Update "
                                         "the app to read it.")
            .arg(nativePath(path));
    case Kind::Damaged:
        return PassphraseSecretStore::tr("%1 is damaged (%2). Restore it from a backup, or move "
                                         "it away and complete the onboarding of each profile "
                                         "again.")
            .arg(nativePath(path), error.detail);
    case Kind::WrongPassphrase:
        return PassphraseSecretStore::tr("The passphrase does not unlock %1. Enter the "
                                         "passphrase that was set when the file was created.")
            .arg(nativePath(path));
    case Kind::Tampered:
        return PassphraseSecretStore::tr("%1 was changed after this app wrote it: the passphrase "
                                         "is right, but the content fails its integrity check. "
                                         "Restore the file from a backup.")
            .arg(nativePath(path));
    case Kind::CryptoFailure:
        break;
    }
    return PassphraseSecretStore::tr("Cannot decrypt %1: %2.").arg(nativePath(path), error.detail);
}

// Reads and decrypts the whole file. A missing file is an empty map.
Result<SecretMap, QString> readAll(const QString &path, const QByteArray &passphrase)
{
    using R = Result<SecretMap, QString>;
    QFile file(path);
    if (!file.exists())
        return R::success({});
    if (file.size() > maximumFileSize) {
        return R::failure(PassphraseSecretStore::tr("%1 is larger than %2 bytes, so it is not a "
                                                    "secrets file of this app. Move it away.")
                              .arg(nativePath(path))
                              .arg(maximumFileSize));
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return R::failure(PassphraseSecretStore::tr("Cannot read %1: %2. Check the file's "
                                                    "permissions.")
                              .arg(nativePath(path), file.errorString()));
    }

    auto plaintext = openSecretFile(file.readAll(), passphrase);
    if (!plaintext) {
        qCWarning(lcStorage) << "Cannot open the secrets file" << path << plaintext.error().detail;
        return R::failure(openErrorText(plaintext.error(), path));
    }

    QByteArray bytes = std::move(plaintext).value();
    auto secrets = decodeSecretMap(bytes);
    wipe(bytes);
    if (!secrets) {
        return R::failure(PassphraseSecretStore::tr("%1 cannot be read: %2 Restore it from a "
                                                    "backup.")
                              .arg(nativePath(path), secrets.error()));
    }
    return secrets;
}

std::optional<QString> writeAll(const QString &path, const SecretMap &secrets,
                                const QByteArray &passphrase,
                                const std::function<void()> &beforeCommit)
{
    QByteArray plaintext = encodeSecretMap(secrets);
    auto sealed = sealSecretFile(plaintext, passphrase);
    wipe(plaintext);
    if (!sealed) {
        return PassphraseSecretStore::tr("Cannot encrypt the secrets for %1: %2.")
            .arg(nativePath(path), sealed.error());
    }

    if (const auto problem = ensurePrivateDirectory(QFileInfo(path).absolutePath()))
        return problem;
    return writePrivateFile(path, sealed.value(), beforeCommit);
}

// Holds the cross-process lock of the secrets file, so that the app and the command-line
// program do not overwrite each other's changes.
class FileLock
{
public:
    explicit FileLock(const QString &path)
        : m_lock(path + u".lock"_s)
    {
    }

    std::optional<QString> acquire(const QString &path)
    {
        if (const auto problem = ensurePrivateDirectory(QFileInfo(path).absolutePath()))
            return problem;
        if (m_lock.tryLock(lockTimeoutMilliseconds))
            return std::nullopt;
        return PassphraseSecretStore::tr("Another program has been using %1 for %2 seconds. "
                                         "Close other copies of this app and try again.")
            .arg(nativePath(path))
            .arg(lockTimeoutMilliseconds / 1000);
    }

private:
    QLockFile m_lock;
};

} // namespace

QString PassphraseSecretStore::defaultFilePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/secrets.enc"_s;
}

PassphraseSecretStore::PassphraseSecretStore(QObject *parent)
    : PassphraseSecretStore(defaultFilePath(), parent)
{
}

PassphraseSecretStore::PassphraseSecretStore(const QString &filePath, QObject *parent)
    : SecretStore(parent)
    , m_filePath(filePath)
{
}

PassphraseSecretStore::~PassphraseSecretStore()
{
    clearPassphrase();
}

bool PassphraseSecretStore::fileExists() const
{
    return QFileInfo::exists(m_filePath);
}

void PassphraseSecretStore::setPassphrase(const QString &passphrase)
{
    clearPassphrase();
    m_passphrase = passphrase;
}

void PassphraseSecretStore::clearPassphrase()
{
    m_passphrase.detach();
    std::fill(m_passphrase.begin(), m_passphrase.end(), QChar(u'\0'));
    m_passphrase.clear();
}

QString PassphraseSecretStore::backendName() const
{
    //: Where secrets are kept: one file encrypted with a passphrase the user sets.
    return tr("Passphrase file");
}

void PassphraseSecretStore::store(const QString &profileId, const ProfileSecrets &secrets,
                                  DoneCallback done)
{
    const QString path = m_filePath;
    const std::function<void()> hook = m_beforeCommit;
    enqueue({[path, hook, profileId, secrets = ProfileSecrets(secrets)](const QByteArray &passphrase) mutable {
                 Outcome outcome;
                 auto all = readAll(path, passphrase);
                 if (!all) {
                     outcome.error = all.error();
                     secrets.wipe();
                     return outcome;
                 }

                 SecretMap updated = std::move(all).value();
                 updated.insert(profileId, secrets);
                 secrets.wipe();
                 outcome.error = writeAll(path, updated, passphrase, hook);
                 wipe(updated);
                 return outcome;
             },
             [done = std::move(done)](Outcome &outcome) { done(outcome.error); }});
}

void PassphraseSecretStore::load(const QString &profileId, LoadCallback done)
{
    const QString path = m_filePath;
    enqueue({[path, profileId](const QByteArray &passphrase) {
                 Outcome outcome;
                 auto all = readAll(path, passphrase);
                 if (!all) {
                     outcome.error = all.error();
                     return outcome;
                 }

                 SecretMap secrets = std::move(all).value();
                 if (!secrets.contains(profileId)) {
                     outcome.error = tr("%1 holds no secrets for this profile (id %2). Complete "
                                        "the onboarding again, or import a context file.")
                                         .arg(nativePath(path), profileId);
                 } else {
                     outcome.secrets = secrets.value(profileId);
                 }
                 wipe(secrets);
                 return outcome;
             },
             [done = std::move(done)](Outcome &outcome) {
                 using R = Result<ProfileSecrets, QString>;
                 if (outcome.error)
                     done(R::failure(*outcome.error));
                 else
                     done(R::success(outcome.secrets));
                 outcome.secrets.wipe();
             }});
}

void PassphraseSecretStore::remove(const QString &profileId, DoneCallback done)
{
    const QString path = m_filePath;
    const std::function<void()> hook = m_beforeCommit;
    enqueue({[path, hook, profileId](const QByteArray &passphrase) {
                 Outcome outcome;
                 auto all = readAll(path, passphrase);
                 if (!all) {
                     outcome.error = all.error();
                     return outcome;
                 }

                 SecretMap secrets = std::move(all).value();
                 if (secrets.remove(profileId) > 0)
                     outcome.error = writeAll(path, secrets, passphrase, hook);
                 wipe(secrets);
                 return outcome;
             },
             [done = std::move(done)](Outcome &outcome) { done(outcome.error); }});
}

void PassphraseSecretStore::checkPassphrase(DoneCallback done)
{
    const QString path = m_filePath;
    enqueue({[path](const QByteArray &passphrase) {
                 Outcome outcome;
                 auto all = readAll(path, passphrase);
                 if (!all) {
                     outcome.error = all.error();
                     return outcome;
                 }
                 SecretMap secrets = std::move(all).value();
                 wipe(secrets);
                 return outcome;
             },
             [done = std::move(done)](Outcome &outcome) { done(outcome.error); }});
}

void PassphraseSecretStore::changePassphrase(const QString &newPassphrase, DoneCallback done)
{
    const QString path = m_filePath;
    const std::function<void()> hook = m_beforeCommit;
    QByteArray newBytes = newPassphrase.normalized(QString::NormalizationForm_C).toUtf8();
    if (newBytes.isEmpty()) {
        QTimer::singleShot(0, this, [done = std::move(done)] {
            done(tr("The new passphrase is empty. Enter a passphrase."));
        });
        return;
    }

    enqueue({[path, hook, newBytes](const QByteArray &passphrase) mutable {
                 Outcome outcome;
                 auto all = readAll(path, passphrase);
                 if (!all) {
                     outcome.error = all.error();
                     wipe(newBytes);
                     return outcome;
                 }

                 SecretMap secrets = std::move(all).value();
                 outcome.error = writeAll(path, secrets, newBytes, hook);
                 wipe(secrets);
                 wipe(newBytes);
                 return outcome;
             },
             [this, newPassphrase, done = std::move(done)](Outcome &outcome) {
                 if (!outcome.error)
                     setPassphrase(newPassphrase);
                 done(outcome.error);
             }});
}

void PassphraseSecretStore::setBeforeCommitHookForTesting(std::function<void()> hook)
{
    m_beforeCommit = std::move(hook);
}

std::optional<QString> PassphraseSecretStore::missingPassphrase() const
{
    if (hasPassphrase())
        return std::nullopt;
    return tr("No passphrase is set for %1. Enter the passphrase.").arg(nativePath(m_filePath));
}

void PassphraseSecretStore::enqueue(Operation operation)
{
    m_queue.push_back(std::move(operation));
    if (!m_running)
        startNext();
}

void PassphraseSecretStore::startNext()
{
    if (m_queue.empty()) {
        m_running = false;
        return;
    }
    m_running = true;
    Operation operation = std::move(m_queue.front());
    m_queue.pop_front();

    // The passphrase is read when the operation starts, so a changePassphrase() queued earlier
    // applies to the operations queued after it.
    if (const auto problem = missingPassphrase()) {
        QTimer::singleShot(0, this, [this, problem, finish = std::move(operation.finish)] {
            Outcome outcome{problem, {}};
            const QPointer<PassphraseSecretStore> self(this);
            finish(outcome);
            if (self)
                startNext();
        });
        return;
    }

    QByteArray passphrase = m_passphrase.normalized(QString::NormalizationForm_C).toUtf8();
    const QString path = m_filePath;
    auto *watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcher<Outcome>::finished, this,
            [this, watcher, finish = std::move(operation.finish)] {
                Outcome outcome = watcher->result();
                watcher->deleteLater();

                // The callback may delete this store; then the queue is gone too.
                const QPointer<PassphraseSecretStore> self(this);
                finish(outcome);
                outcome.secrets.wipe();
                if (self)
                    startNext();
            });
    watcher->setFuture(QtConcurrent::run(
        [path, passphrase = std::move(passphrase), work = std::move(operation.work)]() mutable {
            Outcome outcome;
            FileLock lock(path);
            if (const auto problem = lock.acquire(path))
                outcome.error = problem;
            else
                outcome = work(passphrase);
            wipe(passphrase);
            return outcome;
        }));
}

} // namespace studio::storage
