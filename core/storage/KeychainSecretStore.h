// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/SecretStore.h"

#include <chrono>

namespace studio::storage {

// Keeps each profile's secrets as one binary entry in the desktop's secret service (GNOME
// Keyring, KWallet or another Secret Service provider), through QtKeychain. The entry's key
// is the profile id.
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT

public:
    using ProbeCallback = std::function<void(bool available, QString reason)>;

    static QString defaultServiceName();

    // serviceName groups the entries in the secret service; tests may pass their own.
    explicit KeychainSecretStore(QObject *parent = nullptr);
    explicit KeychainSecretStore(const QString &serviceName, QObject *parent = nullptr);

    QString serviceName() const { return m_serviceName; }

    QString backendName() const override;
    void store(const QString &profileId, const ProfileSecrets &secrets,
               DoneCallback done) override;
    void load(const QString &profileId, LoadCallback done) override;
    void remove(const QString &profileId, DoneCallback done) override;

    // Checks that a secret service responds by writing, reading back and deleting a probe
    // entry. Calls done once, from the event loop: available is true only when all three steps
    // succeeded within timeout; otherwise reason is a translated sentence saying which step
    // failed and why. A secret service that shows a prompt (for example to unlock the keyring)
    // counts as unavailable when nobody answers the prompt within timeout.
    // NOTE: QtKeychain runs its jobs one at a time, so a probe job that never returns also
    // delays every later operation of a KeychainSecretStore in this process.
    static void probe(ProbeCallback done,
                      std::chrono::milliseconds timeout = std::chrono::seconds(5),
                      const QString &serviceName = defaultServiceName());

private:
    QString m_serviceName;
};

} // namespace studio::storage
