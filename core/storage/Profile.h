// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiEnvironment.h"
#include "common/Result.h"
#include "onboarding/SessionContext.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace studio::storage {

// The non-secret part of one completed onboarding, stored as a JSON file by ProfileStore.
struct Profile
{
    QString id;   // QUuid without braces, assigned by profileFromContext() or ProfileStore
    QString name; // chosen by the user, shown in lists

    api::ApiEnvironment environment;
    onboarding::SessionUser user;

    QString deviceDescription;
    qint64 deviceId = 0;
    QStringList permittedIps; // as sent: empty means the calling IP

    qint64 installationId = 0;
    qint64 sessionId = 0;
    QDateTime sessionCreated; // UTC, as sent by the server
    qint64 sessionTimeoutSeconds = 0;

    // The server's public key is public, so it lives here rather than in the secret store.
    QByteArray serverPublicKeyPem;

    // Proxy for API calls, for example "http://host:port" or "socks5://user@host:port".
    // Empty means no proxy.
    QString proxyUrl;

    QDateTime createdAt; // UTC
    QDateTime updatedAt; // UTC
};

// The secret part of a profile, kept by a SecretStore and never written to a profile file.
struct ProfileSecrets
{
    QByteArray apiKey;
    QByteArray privateKeyPem; // unencrypted PKCS#8 PEM of the client key
    QByteArray installationToken;
    QByteArray sessionToken;

    bool isEmpty() const
    {
        return apiKey.isEmpty() && privateKeyPem.isEmpty() && installationToken.isEmpty()
               && sessionToken.isEmpty();
    }

    // Overwrites the bytes of every secret with zeros before clearing them.
    void wipe();

    friend bool operator==(const ProfileSecrets &, const ProfileSecrets &) = default;
};

// Tells whether id is a UUID in the form profiles use: lower-case hex digits with hyphens and
// without braces. Only such ids name files, so an id cannot point outside the profile folder.
bool isValidProfileId(const QString &id);

// Copies the non-secret fields of a context into a new profile with a fresh id. createdAt and
// updatedAt are set to now.
Profile profileFromContext(const onboarding::SessionContext &context, const QString &name);

// Copies the API key, client private key and tokens of a context.
ProfileSecrets secretsFromContext(const onboarding::SessionContext &context);

// Rebuilds a session context. The error names the part that cannot be read, for example a
// private key PEM that does not parse.
Result<onboarding::SessionContext, QString> contextFromProfile(const Profile &profile,
                                                               const ProfileSecrets &secrets);

// Writes the profile as the JSON object of a profile file, with a "version" member. Contains no
// secret, because a Profile contains none.
QJsonObject profileToJson(const Profile &profile);

// Reads what profileToJson() wrote. The error names the member that is missing or invalid.
Result<Profile, QString> profileFromJson(const QJsonObject &object);

} // namespace studio::storage
