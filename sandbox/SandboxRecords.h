// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/RsaKeyPair.h"
#include "crypto/RsaPublicKey.h"

#include <QByteArray>
#include <QDateTime>
#include <QHostAddress>
#include <QList>
#include <QString>
#include <QUuid>

namespace studio::sandbox {

// The records the sandbox keeps in memory. Times are UTC, from the sandbox's clock.

enum class UserKind
{
    Person,
    Company
};

struct SandboxUser
{
    qint64 id = 0;
    UserKind kind = UserKind::Person;
    QDateTime created;
    QString firstName;   // persons only
    QString lastName;    // persons only
    QString companyName; // companies only
    QString email;
    QUuid publicUuid;

    QString displayName() const;
};

struct Installation
{
    qint64 id = 0;
    qint64 tokenId = 0;
    QByteArray token; // 64 lower-case hex digits
    QDateTime created;
    crypto::RsaPublicKey clientKey;
    crypto::RsaKeyPair serverKey;
};

// The addresses a device-server accepts session-server calls from.
struct PermittedIps
{
    QList<QHostAddress> addresses;
    bool anyAddress = false; // "*" was in the list

    bool permits(const QHostAddress &address) const;
};

struct DeviceServer
{
    qint64 id = 0;
    qint64 installationId = 0;
    QByteArray apiKey;
    QString description;
    PermittedIps permittedIps;
    QDateTime created;
};

struct Session
{
    qint64 id = 0;    // also the id of its token, as in bunq's examples
    QByteArray token; // 64 lower-case hex digits
    qint64 installationId = 0;
    qint64 userId = 0;
    QDateTime created;
    qint64 timeoutSeconds = 0;
    QDateTime expiry;   // created + timeoutSeconds, later when the session was extended
    bool ended = false; // DELETE session was called

    bool isLiveAt(const QDateTime &now) const { return !ended && now < expiry; }
};

} // namespace studio::sandbox
