// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "storage/Profile.h"

#include <QByteArray>
#include <QMap>
#include <QString>

namespace studio::storage {

// Binary layouts of secrets, shared by the secret stores. Each starts with its own magic bytes
// and a version, so a later layout can be recognised.

// One profile's secrets, as one keychain entry.
QByteArray encodeSecrets(const ProfileSecrets &secrets);
Result<ProfileSecrets, QString> decodeSecrets(const QByteArray &bytes);

// The secrets of many profiles by profile id, as the plaintext of the passphrase file.
QByteArray encodeSecretMap(const QMap<QString, ProfileSecrets> &secrets);
Result<QMap<QString, ProfileSecrets>, QString> decodeSecretMap(const QByteArray &bytes);

// Overwrites the bytes with zeros, then clears the array.
void wipe(QByteArray &bytes);
void wipe(QMap<QString, ProfileSecrets> &secrets);

} // namespace studio::storage
