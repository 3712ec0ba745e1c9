// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/SecretStore.h"

#include <deque>
#include <functional>

namespace studio::storage {

// Keeps the secrets of all profiles in one file, encrypted with a passphrase the user chooses
// (scrypt and AES-256-GCM; see SecretFileCipher.cpp for the layout and the reasons). For
// computers without a secret service.
//
// Key derivation takes a noticeable fraction of a second, so every operation runs on a worker
// thread. Operations run one after another in the order they were called, and each one that
// changes the file reads it, changes it and writes it back atomically, so concurrent calls lose
// no update. A wrong passphrase fails the operation and leaves the file unchanged.
class PassphraseSecretStore : public SecretStore
{
    Q_OBJECT

public:
    // secrets.enc in the app's data location.
    static QString defaultFilePath();

    explicit PassphraseSecretStore(QObject *parent = nullptr);
    explicit PassphraseSecretStore(const QString &filePath, QObject *parent = nullptr);
    ~PassphraseSecretStore() override;

    QString filePath() const { return m_filePath; }
    bool fileExists() const;

    // Sets the passphrase for the following operations; nothing is checked or written yet.
    // When the file does not exist, the first store() creates it with this passphrase. The
    // passphrase is normalised to Unicode NFC and encoded as UTF-8, so the same text typed
    // with another input method unlocks the file too.
    void setPassphrase(const QString &passphrase);
    bool hasPassphrase() const { return !m_passphrase.isEmpty(); }
    // Forgets the passphrase and overwrites its copy in this object.
    void clearPassphrase();

    QString backendName() const override;
    void store(const QString &profileId, const ProfileSecrets &secrets,
               DoneCallback done) override;
    void load(const QString &profileId, LoadCallback done) override;
    void remove(const QString &profileId, DoneCallback done) override;

    // Checks the passphrase by decrypting the file. Succeeds when the file does not exist yet.
    void checkPassphrase(DoneCallback done);

    // Encrypts the file again with newPassphrase, which becomes the current passphrase on
    // success. Needs the current passphrase to be right.
    void changePassphrase(const QString &newPassphrase, DoneCallback done);

    // Test seam: called on the worker thread after the new content is written to the
    // temporary file and before it replaces the secrets file.
    void setBeforeCommitHookForTesting(std::function<void()> hook);

private:
    // The result of one operation, computed on the worker thread.
    struct Outcome
    {
        std::optional<QString> error;
        ProfileSecrets secrets;
    };

    // One queued operation: work runs on a worker thread, finish on this object's thread.
    struct Operation
    {
        std::function<Outcome(const QByteArray &passphrase)> work;
        std::function<void(Outcome &)> finish;
    };

    void enqueue(Operation operation);
    void startNext();
    std::optional<QString> missingPassphrase() const;

    QString m_filePath;
    QString m_passphrase;
    std::function<void()> m_beforeCommit;

    std::deque<Operation> m_queue;
    bool m_running = false;
};

} // namespace studio::storage
