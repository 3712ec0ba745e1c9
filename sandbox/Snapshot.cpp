// SPDX-License-Identifier: GPL-3.0-or-later
#include "Snapshot.h"

#include "Logging.h"
#include "MoneyJson.h"
#include "UserJson.h"

#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace studio::sandbox {

namespace {

QJsonValue timeJson(const QDateTime &time)
{
    if (!time.isValid())
        return QJsonValue::Null;
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QString sessionUserKindName(SessionUserKind kind)
{
    switch (kind) {
    case SessionUserKind::ApiKey:
        return u"UserApiKey"_s;
    case SessionUserKind::PaymentServiceProvider:
        return u"UserPaymentServiceProvider"_s;
    case SessionUserKind::PersonOrCompany:
        break;
    }
    return u"UserPerson or UserCompany"_s;
}

QJsonArray usersJson(const SandboxState::Data &data)
{
    QHash<qint64, QByteArray> keyOfUser;
    for (const auto &[key, record] : data.apiKeys)
        keyOfUser.insert(record.userId, key);

    QJsonArray users;
    for (const auto &[id, user] : data.users) {
        const QByteArray key = keyOfUser.value(id);
        users.append(QJsonObject{
            {u"id"_s, id},
            {u"kind"_s, userTypeName(user)},
            {u"name"_s, user.displayName()},
            {u"email"_s, user.email},
            // Null for a made-up user that granted a UserApiKey, which has no key of its own.
            {u"api_key"_s, key.isEmpty() ? QJsonValue(QJsonValue::Null)
                                         : QJsonValue(QString::fromLatin1(key))},
            {u"created"_s, timeJson(user.created)},
        });
    }
    return users;
}

QJsonArray apiKeysJson(const SandboxState::Data &data)
{
    // The records are keyed by the key text; the panel lists them in the order of their users.
    QList<const ApiKeyRecord *> records;
    for (const auto &[key, record] : data.apiKeys)
        records.append(&record);
    std::sort(records.begin(), records.end(),
              [](const ApiKeyRecord *a, const ApiKeyRecord *b) { return a->userId < b->userId; });

    QJsonArray keys;
    for (const ApiKeyRecord *recordPointer : std::as_const(records)) {
        const ApiKeyRecord &record = *recordPointer;
        const QByteArray &key = record.key;
        keys.append(QJsonObject{
            {u"api_key"_s, QString::fromLatin1(key)},
            {u"user_id"_s, record.userId},
            {u"activated"_s, record.activated},
            {u"revoked"_s, record.revoked},
            {u"revoked_at"_s, timeJson(record.revokedAt)},
            {u"activation_deadline"_s, timeJson(record.activationDeadline)},
            {u"created"_s, timeJson(record.created)},
            {u"user_api_key_id"_s, record.userApiKeyId == 0 ? QJsonValue(QJsonValue::Null)
                                                           : QJsonValue(record.userApiKeyId)},
            {u"granting_user_id"_s, record.grantingUserId == 0
                                        ? QJsonValue(QJsonValue::Null)
                                        : QJsonValue(record.grantingUserId)},
        });
    }
    return keys;
}

QJsonArray installationsJson(const SandboxState::Data &data)
{
    QJsonArray installations;
    for (const auto &[id, installation] : data.installations) {
        installations.append(QJsonObject{
            {u"id"_s, id},
            {u"created"_s, timeJson(installation.created)},
            {u"client_key_fingerprint"_s,
             QString::fromLatin1(installation.clientKey.sha256Fingerprint())},
            {u"server_key_fingerprint"_s,
             QString::fromLatin1(installation.serverKey.publicKey().sha256Fingerprint())},
            {u"token"_s, QString::fromLatin1(maskedSecret(installation.token))},
        });
    }
    return installations;
}

QJsonArray devicesJson(const SandboxState::Data &data)
{
    QJsonArray devices;
    for (const auto &[id, device] : data.deviceServers) {
        devices.append(QJsonObject{
            {u"id"_s, id},
            {u"installation_id"_s, device.installationId},
            {u"description"_s, device.description},
            {u"permitted_ips"_s, QJsonArray::fromStringList(device.permittedIps.toStrings())},
            {u"created"_s, timeJson(device.created)},
        });
    }
    return devices;
}

QJsonArray sessionsJson(const SandboxState::Data &data, const QDateTime &now)
{
    QJsonArray sessions;
    for (const auto &[id, session] : data.sessions) {
        const QString state = session.ended          ? u"ended"_s
                              : session.isLiveAt(now) ? u"live"_s
                                                      : u"expired"_s;
        sessions.append(QJsonObject{
            {u"id"_s, id},
            {u"user_id"_s, session.userId},
            {u"user_kind"_s, sessionUserKindName(session.userKind)},
            {u"installation_id"_s, session.installationId},
            {u"device_id"_s, session.deviceId},
            {u"created"_s, timeJson(session.created)},
            {u"expiry"_s, timeJson(session.expiry)},
            {u"state"_s, state},
        });
    }
    return sessions;
}

QJsonArray accountsJson(const SandboxState::Data &data)
{
    QJsonArray accounts;
    for (const auto &[id, account] : data.accounts) {
        accounts.append(QJsonObject{
            {u"id"_s, id},
            {u"user_id"_s, account.userId},
            {u"iban"_s, account.iban},
            {u"balance"_s, amountJson(account.balanceCents)},
        });
    }
    return accounts;
}

QJsonObject settingsJson(const SandboxOptions &options)
{
    return {
        {u"rate_limits"_s, options.rateLimits},
        {u"session_timeout_seconds"_s, options.sessionTimeoutSeconds},
        {u"extend_sessions"_s, options.extendSessions},
        {u"one_live_session_per_installation"_s, options.oneLiveSessionPerInstallation},
        {u"key_activation_window_seconds"_s, options.keyActivationWindowSeconds},
        {u"session_user_kind"_s, sessionUserKindName(options.sessionUserKind)},
        {u"dead_session_status"_s,
         options.deadSessionStatus == DeadSessionStatus::Forbidden403 ? 403 : 401},
        {u"state_file"_s, options.stateFile},
    };
}

} // namespace

QJsonObject buildSnapshot(const SandboxState &state, const RateLimiter &rateLimiter,
                          const SandboxOptions &options, const QDateTime &now)
{
    const SandboxState::Data &data = state.data();
    return {
        {u"now"_s, timeJson(now)},
        {u"settings"_s, settingsJson(options)},
        {u"users"_s, usersJson(data)},
        {u"api_keys"_s, apiKeysJson(data)},
        {u"installations"_s, installationsJson(data)},
        {u"devices"_s, devicesJson(data)},
        {u"sessions"_s, sessionsJson(data, now)},
        {u"monetary_accounts"_s, accountsJson(data)},
        {u"rate_limits"_s, rateLimiter.toJson(now)},
    };
}

} // namespace studio::sandbox
