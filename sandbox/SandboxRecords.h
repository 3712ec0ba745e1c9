// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SandboxOptions.h"
#include "crypto/RsaKeyPair.h"
#include "crypto/RsaPublicKey.h"

#include <QByteArray>
#include <QDateTime>
#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
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

// An API key made by sandbox-user-person or -company. It must be bound by a device-server before
// activationDeadline; once bound it stays valid until it is revoked or the sandbox is reset.
struct ApiKeyRecord
{
    QByteArray key; // "sandbox_" plus 56 lower-case hex digits
    qint64 userId = 0;
    QDateTime created;
    QDateTime activationDeadline;
    bool activated = false; // a device-server was registered with it
    // Revoked through the control interface, as when a user deletes the key in the bunq app:
    // its sessions and session-server then get the dead-session error.
    bool revoked = false;
    QDateTime revokedAt; // invalid while not revoked

    // The UserApiKey object that sessions of this key return with SessionUserKind::ApiKey, and
    // the made-up user that granted it. Made at the first such session; 0 until then.
    qint64 userApiKeyId = 0;
    QDateTime userApiKeyCreated;
    qint64 grantingUserId = 0;
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

// The addresses from which a device-server's sessions may be opened and used.
struct PermittedIps
{
    QList<QHostAddress> addresses;
    bool anyAddress = false; // "*" was in the list

    bool permits(const QHostAddress &address) const;
    // The addresses as text, with "*" last when the list had it.
    QStringList toStrings() const;
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
    qint64 deviceId = 0; // the device-server whose permitted IPs every call must come from
    // The id of the user object session-server returned, which clients put in paths: the
    // UserApiKey id for SessionUserKind::ApiKey, otherwise the key's user.
    qint64 userId = 0;
    // The user whose monetary accounts the session reaches: the granting user for a UserApiKey,
    // otherwise the key's user.
    qint64 ownerUserId = 0;
    QByteArray apiKey;
    SessionUserKind userKind = SessionUserKind::PersonOrCompany;
    // The user object session-server returned, wrapped in its type key; GET user sends it
    // again, so it is built once per session instead of per request.
    QJsonObject userJson;
    QDateTime created;
    qint64 timeoutSeconds = 0;
    QDateTime expiry;   // created + timeoutSeconds, later when the session was extended
    bool ended = false; // DELETE session was called

    bool isLiveAt(const QDateTime &now) const { return !ended && now < expiry; }
};

// Amounts are whole euro cents, so that sums are exact.
struct MonetaryAccount
{
    qint64 id = 0;
    qint64 userId = 0;
    QDateTime created;
    QString iban;
    QString description;
    qint64 balanceCents = 0;
    QUuid publicUuid;
};

// One booking on a monetary account. Every counterparty in the sandbox is sugardaddy@bunq.com.
struct Payment
{
    enum class SubType
    {
        Request, // money received for a request-inquiry
        Payment, // money sent with POST payment
    };

    qint64 id = 0;
    qint64 accountId = 0;
    QDateTime created;
    qint64 amountCents = 0; // positive for money received, negative for money sent
    qint64 balanceAfterCents = 0;
    QString description;
    SubType subType = SubType::Request;
};

struct RequestInquiry
{
    qint64 id = 0;
    qint64 accountId = 0;
    QDateTime created;
    qint64 amountCents = 0;
    QString description;
    bool accepted = false;
    qint64 paymentId = 0; // the payment that credited the account, once accepted
};

} // namespace studio::sandbox
