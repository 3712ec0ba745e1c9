// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QString>

namespace studio::storage {

// Reason a passphrase file could not be opened.
struct SecretFileError
{
    enum class Kind {
        NotSecretFile,   // no magic bytes: some other file
        NewerVersion,    // written by a newer version of the app
        Damaged,         // checksum mismatch, truncated, or parameters out of range
        WrongPassphrase, // the passphrase check value does not match
        Tampered,        // passphrase right, but the authentication tag does not match
        CryptoFailure,   // OpenSSL failed, for example out of memory
    };
    Kind kind = Kind::Damaged;
    QString detail; // untranslated detail for logs, never secret
};

// Encrypts plaintext with a key derived from passphrase and returns the whole file content.
// Every call draws a new salt and nonce.
Result<QByteArray, QString> sealSecretFile(const QByteArray &plaintext,
                                           const QByteArray &passphrase);

// Checks and decrypts what sealSecretFile() returned.
Result<QByteArray, SecretFileError> openSecretFile(const QByteArray &fileContent,
                                                   const QByteArray &passphrase);

} // namespace studio::storage
