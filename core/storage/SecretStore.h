// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "storage/Profile.h"

#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace studio::storage {

// Keeps the secrets of profiles, keyed by profile id. Every operation is asynchronous, because
// the desktop's secret service replies over D-Bus. Each callback is called exactly once, later
// from the event loop of the store's thread and never from inside the call that started it. A
// callback is not called when the store is destroyed before the operation finishes.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    using DoneCallback = std::function<void(std::optional<QString> error)>;
    using LoadCallback = std::function<void(Result<ProfileSecrets, QString>)>;

    explicit SecretStore(QObject *parent = nullptr)
        : QObject(parent)
    {
    }

    // Translated name of where the secrets go, for example "Secret service" or "Passphrase file".
    virtual QString backendName() const = 0;

    // Replaces the secrets stored for profileId. error is empty on success.
    virtual void store(const QString &profileId, const ProfileSecrets &secrets,
                       DoneCallback done) = 0;

    // Loads the secrets of profileId. The error states when none are stored for it.
    virtual void load(const QString &profileId, LoadCallback done) = 0;

    // Removes the secrets of profileId. Removing secrets that do not exist is not an error.
    virtual void remove(const QString &profileId, DoneCallback done) = 0;
};

} // namespace studio::storage
