// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/PassphraseSecretStore.h"
#include "storage/SecretStore.h"

#include <functional>
#include <memory>

namespace studio::storage {

// The kind of store that keeps profile secrets.
enum class SecretBackend { SecretService, PassphraseFile };

// The user's setting for the secret store.
enum class SecretBackendPreference {
    // The passphrase file when it already exists, because the secrets saved so far are in it.
    // Otherwise the secret service when KeychainSecretStore::probe() succeeds, else a new
    // passphrase file.
    Automatic,
    SecretService, // always the secret service, even when the probe fails
    PassphraseFile, // always the passphrase file
};

// The store that chooseSecretStore() picked.
struct SecretStoreChoice
{
    // Owned by the receiver, without a parent. Never null.
    std::unique_ptr<SecretStore> store;
    SecretBackend backend = SecretBackend::PassphraseFile;
    // Translated reason from the probe when the secret service failed it; empty when the probe
    // succeeded or did not run.
    QString secretServiceProblem;

    // The store as a PassphraseSecretStore, which needs setPassphrase() before use; null when
    // backend is SecretService.
    PassphraseSecretStore *passphraseStore() const;
};

// Picks a store following preference and calls done once, from the event loop. Probing the
// secret service takes up to probeTimeout.
void chooseSecretStore(SecretBackendPreference preference,
                       std::function<void(SecretStoreChoice)> done,
                       const QString &passphraseFilePath = PassphraseSecretStore::defaultFilePath(),
                       std::chrono::milliseconds probeTimeout = std::chrono::seconds(5));

} // namespace studio::storage
