// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiEnvironment.h"
#include "crypto/RsaKeyPair.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace studio::onboarding {

// The user object that session-server returned.
struct SessionUser
{
    qint64 id = 0;        // the id to use in later paths (for UserApiKey its own id)
    QString kind;         // "UserPerson", "UserCompany", "UserApiKey" or "UserPaymentServiceProvider"
    QString displayName;  // display_name, or the best name field the object has
};

// Everything a bunq session consists of, filled step by step by OnboardingFlow.
struct SessionContext
{
    api::ApiEnvironment environment;
    QByteArray apiKey;
    crypto::RsaKeyPair clientKey;

    qint64 installationId = 0;
    QByteArray installationToken;
    crypto::RsaPublicKey serverPublicKey;

    qint64 deviceId = 0;
    QString deviceDescription;
    QStringList permittedIps; // as sent: empty means the calling IP

    qint64 sessionId = 0;
    QByteArray sessionToken;
    SessionUser user;
    qint64 sessionTimeoutSeconds = 0;
    QDateTime sessionCreated; // Token.created as sent by the server, in UTC

    bool hasInstallation() const { return !installationToken.isEmpty(); }
    bool hasDevice() const { return deviceId != 0; }
    bool hasSession() const { return !sessionToken.isEmpty(); }

    // sessionCreated plus sessionTimeoutSeconds; invalid when no session exists.
    QDateTime expiry() const;
};

// Parses bunq's "YYYY-MM-DD hh:mm:ss.ffffff" UTC timestamps; invalid on malformed text.
QDateTime parseBunqTimestamp(const QString &text);

} // namespace studio::onboarding
