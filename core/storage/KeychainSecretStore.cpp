// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/KeychainSecretStore.h"

#include "storage/SecretsCodec_p.h"
#include "storage/StorageLogging_p.h"

#include <QPointer>
#include <QTimer>
#include <QUuid>

#include <algorithm>

#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace studio::storage {

namespace {

// The outcome of one QtKeychain job, copied out while the job still exists.
struct JobOutcome
{
    QKeychain::Error error = QKeychain::NoError;
    QString errorString;
    QByteArray data;
};

// Starts a job and calls done with its outcome from the event loop of receiver's thread.
//
// QtKeychain's libsecret backend keeps a raw pointer to the job until the secret service
// responds, so a job must never be deleted early: jobs have no parent and delete themselves
// when finished, even when the receiver is gone by then. The outcome is copied inside the
// finished signal and delivered through a queued call, so done never runs inside start() even
// when a backend reports an error synchronously.
void runJob(QKeychain::Job *job, QObject *receiver,
            std::function<void(const JobOutcome &)> done)
{
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    QPointer<QObject> guard(receiver);
    QObject::connect(job, &QKeychain::Job::finished, receiver,
                     [guard, done = std::move(done)](QKeychain::Job *finished) mutable {
                         JobOutcome outcome{finished->error(), finished->errorString(), {}};
                         if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(finished))
                             outcome.data = read->binaryData();
                         if (!guard)
                             return;
                         QMetaObject::invokeMethod(
                             guard.data(),
                             [done = std::move(done), outcome = std::move(outcome)]() mutable {
                                 done(outcome);
                                 wipe(outcome.data);
                             },
                             Qt::QueuedConnection);
                     });
    job->start();
}

QString failureText(const JobOutcome &outcome)
{
    switch (outcome.error) {
    case QKeychain::NoBackendAvailable:
        return KeychainSecretStore::tr("No secret service is running (%1). Start the desktop's "
                                       "keyring, or keep secrets in a passphrase file instead.")
            .arg(outcome.errorString);
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return KeychainSecretStore::tr("The secret service denied access (%1). Unlock the "
                                       "keyring and try again.")
            .arg(outcome.errorString);
    default:
        break;
    }
    return KeychainSecretStore::tr("The secret service reported an error: %1.")
        .arg(outcome.errorString);
}

// The entry the probe writes, reads and deletes. A fixed key means that a probe cut short by
// its timeout leaves at most one stray entry, which the next probe overwrites.
const QString probeKey = u"availability-probe"_s;

// One run of KeychainSecretStore::probe(): write, read back, delete, each step started by the
// previous one, and a timer that ends the run when the secret service stops responding.
class ProbeRun : public QObject
{
public:
    ProbeRun(const QString &serviceName, KeychainSecretStore::ProbeCallback done,
             std::chrono::milliseconds timeout)
        : m_serviceName(serviceName)
        , m_done(std::move(done))
    {
        m_expected = QUuid::createUuid().toRfc4122();
        m_timer.setSingleShot(true);
        m_timer.setInterval(timeout);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] {
            finish(false, KeychainSecretStore::tr("The secret service did not respond within %n "
                                                  "second(s).",
                                                  nullptr, secondsOf(m_timer.interval())));
        });
    }

    void start()
    {
        m_timer.start();

        auto *job = new QKeychain::WritePasswordJob(m_serviceName);
        job->setKey(probeKey);
        job->setBinaryData(m_expected);
        runJob(job, this, [this](const JobOutcome &outcome) {
            if (outcome.error != QKeychain::NoError) {
                finish(false, KeychainSecretStore::tr("Writing a test entry failed: %1")
                                  .arg(failureText(outcome)));
                return;
            }
            read();
        });
    }

private:
    static int secondsOf(int milliseconds) { return std::max(1, (milliseconds + 999) / 1000); }

    void read()
    {
        auto *job = new QKeychain::ReadPasswordJob(m_serviceName);
        job->setKey(probeKey);
        runJob(job, this, [this](const JobOutcome &outcome) {
            if (outcome.error != QKeychain::NoError) {
                finish(false, KeychainSecretStore::tr("Reading back a test entry failed: %1")
                                  .arg(failureText(outcome)));
                return;
            }
            if (outcome.data != m_expected) {
                finish(false, KeychainSecretStore::tr("The secret service returned other bytes "
                                                      "than were written to it."));
                return;
            }
            removeEntry();
        });
    }

    void removeEntry()
    {
        auto *job = new QKeychain::DeletePasswordJob(m_serviceName);
        job->setKey(probeKey);
        runJob(job, this, [this](const JobOutcome &outcome) {
            if (outcome.error != QKeychain::NoError) {
                finish(false, KeychainSecretStore::tr("Deleting a test entry failed: %1")
                                  .arg(failureText(outcome)));
                return;
            }
            finish(true, {});
        });
    }

    // Reports once and deletes the run. Jobs still running complete on their own, and their
    // outcome is dropped because this object is gone.
    void finish(bool available, const QString &reason)
    {
        if (m_finished)
            return;
        m_finished = true;
        m_timer.stop();

        if (available)
            qCDebug(lcStorage) << "The secret service is available";
        else
            qCInfo(lcStorage) << "The secret service is unavailable:" << reason;

        m_done(available, reason);
        deleteLater();
    }

    QString m_serviceName;
    KeychainSecretStore::ProbeCallback m_done;
    QByteArray m_expected;
    QTimer m_timer;
    bool m_finished = false;
};

} // namespace

void KeychainSecretStore::probe(ProbeCallback done, std::chrono::milliseconds timeout,
                                const QString &serviceName)
{
    // start() only queues the first job, and every outcome arrives through the event loop, so
    // done never runs inside probe().
    auto *run = new ProbeRun(serviceName, std::move(done), timeout);
    run->start();
}

QString KeychainSecretStore::defaultServiceName()
{
    return u"bunq Session Studio"_s;
}

KeychainSecretStore::KeychainSecretStore(QObject *parent)
    : KeychainSecretStore(defaultServiceName(), parent)
{
}

KeychainSecretStore::KeychainSecretStore(const QString &serviceName, QObject *parent)
    : SecretStore(parent)
    , m_serviceName(serviceName)
{
}

QString KeychainSecretStore::backendName() const
{
    //: Where secrets are kept: the desktop's keyring, reached over D-Bus.
    return tr("Secret service");
}

void KeychainSecretStore::store(const QString &profileId, const ProfileSecrets &secrets,
                                DoneCallback done)
{
    auto *job = new QKeychain::WritePasswordJob(m_serviceName);
    job->setKey(profileId);
    QByteArray encoded = encodeSecrets(secrets);
    job->setBinaryData(encoded);
    wipe(encoded);

    runJob(job, this, [profileId, done = std::move(done)](const JobOutcome &outcome) {
        if (outcome.error == QKeychain::NoError) {
            done(std::nullopt);
            return;
        }
        qCWarning(lcStorage) << "Storing secrets in the secret service failed for profile"
                             << profileId << outcome.errorString;
        done(failureText(outcome));
    });
}

void KeychainSecretStore::load(const QString &profileId, LoadCallback done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_serviceName);
    job->setKey(profileId);

    runJob(job, this, [profileId, done = std::move(done)](const JobOutcome &outcome) {
        using R = Result<ProfileSecrets, QString>;
        if (outcome.error == QKeychain::EntryNotFound) {
            done(R::failure(tr("The secret service has no secrets for this profile (id %1). "
                               "Complete the onboarding again, or import a context file.")
                                .arg(profileId)));
            return;
        }
        if (outcome.error != QKeychain::NoError) {
            qCWarning(lcStorage) << "Loading secrets from the secret service failed for profile"
                                 << profileId << outcome.errorString;
            done(R::failure(failureText(outcome)));
            return;
        }

        auto secrets = decodeSecrets(outcome.data);
        if (!secrets) {
            done(R::failure(tr("The secret service entry of this profile (id %1) cannot be "
                               "read: %2")
                                .arg(profileId, secrets.error())));
            return;
        }
        done(std::move(secrets));
    });
}

void KeychainSecretStore::remove(const QString &profileId, DoneCallback done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_serviceName);
    job->setKey(profileId);

    runJob(job, this, [profileId, done = std::move(done)](const JobOutcome &outcome) {
        if (outcome.error == QKeychain::NoError || outcome.error == QKeychain::EntryNotFound) {
            done(std::nullopt);
            return;
        }
        qCWarning(lcStorage) << "Removing secrets from the secret service failed for profile"
                             << profileId << outcome.errorString;
        done(failureText(outcome));
    });
}

} // namespace studio::storage
