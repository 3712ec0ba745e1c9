// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/SecretStoreChoice.h"

#include "storage/KeychainSecretStore.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace studio::storage {

namespace {

SecretStoreChoice passphraseChoice(const QString &filePath, const QString &secretServiceProblem)
{
    SecretStoreChoice choice;
    choice.store = std::make_unique<PassphraseSecretStore>(filePath);
    choice.backend = SecretBackend::PassphraseFile;
    choice.secretServiceProblem = secretServiceProblem;
    return choice;
}

SecretStoreChoice secretServiceChoice(const QString &secretServiceProblem)
{
    SecretStoreChoice choice;
    choice.store = std::make_unique<KeychainSecretStore>();
    choice.backend = SecretBackend::SecretService;
    choice.secretServiceProblem = secretServiceProblem;
    return choice;
}

// Calls done with the choice that make() returns, from the event loop.
void deliverLater(std::function<void(SecretStoreChoice)> done,
                  std::function<SecretStoreChoice()> make)
{
    QMetaObject::invokeMethod(
        QCoreApplication::instance(),
        [done = std::move(done), make = std::move(make)] { done(make()); },
        Qt::QueuedConnection);
}

} // namespace

PassphraseSecretStore *SecretStoreChoice::passphraseStore() const
{
    return qobject_cast<PassphraseSecretStore *>(store.get());
}

void chooseSecretStore(SecretBackendPreference preference,
                       std::function<void(SecretStoreChoice)> done,
                       const QString &passphraseFilePath, std::chrono::milliseconds probeTimeout)
{
    switch (preference) {
    case SecretBackendPreference::PassphraseFile:
        deliverLater(std::move(done),
                     [passphraseFilePath] { return passphraseChoice(passphraseFilePath, {}); });
        return;
    case SecretBackendPreference::SecretService:
        deliverLater(std::move(done), [] { return secretServiceChoice({}); });
        return;
    case SecretBackendPreference::Automatic:
        break;
    }

    if (QFileInfo::exists(passphraseFilePath)) {
        deliverLater(std::move(done),
                     [passphraseFilePath] { return passphraseChoice(passphraseFilePath, {}); });
        return;
    }

    KeychainSecretStore::probe(
        [done = std::move(done), passphraseFilePath](bool available, const QString &reason) {
            if (available)
                done(secretServiceChoice({}));
            else
                done(passphraseChoice(passphraseFilePath, reason));
        },
        probeTimeout);
}

} // namespace studio::storage
