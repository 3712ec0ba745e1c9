// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SandboxRecords.h"

#include <QHash>

#include <map>
#include <optional>

namespace studio::sandbox {

// Everything the sandbox remembers, in memory only: users and their API keys, installations,
// device-servers and sessions. Lookups return copies, so callers never hold pointers into it.
// Not thread-safe; it lives in the sandbox's thread.
class SandboxState
{
public:
    struct NewUser
    {
        SandboxUser user;
        QByteArray apiKey; // "sandbox_" plus 56 lower-case hex digits
    };

    NewUser createUser(UserKind kind, const QDateTime &now);
    std::optional<SandboxUser> user(qint64 id) const;
    std::optional<SandboxUser> userForApiKey(const QByteArray &apiKey) const;

    Installation createInstallation(const crypto::RsaPublicKey &clientKey,
                                    const crypto::RsaKeyPair &serverKey, const QDateTime &now);
    std::optional<Installation> installation(qint64 id) const;
    std::optional<Installation> installationByToken(const QByteArray &token) const;

    DeviceServer createDeviceServer(qint64 installationId, const QByteArray &apiKey,
                                    const QString &description, const PermittedIps &permittedIps,
                                    const QDateTime &now);
    // Returns the device-servers of one installation registered with one API key.
    QList<DeviceServer> deviceServers(qint64 installationId, const QByteArray &apiKey) const;

    Session createSession(qint64 installationId, qint64 userId, qint64 timeoutSeconds,
                          const QDateTime &now);
    // Also returns ended and expired sessions, so that their installation stays known.
    std::optional<Session> sessionByToken(const QByteArray &token) const;
    void endSession(qint64 sessionId);
    void setSessionExpiry(qint64 sessionId, const QDateTime &expiry);

private:
    qint64 nextId();

    qint64 m_lastId = 0;
    int m_personCount = 0;
    int m_companyCount = 0;

    std::map<qint64, SandboxUser> m_users;
    QHash<QByteArray, qint64> m_userIdByApiKey;
    std::map<qint64, Installation> m_installations;
    QHash<QByteArray, qint64> m_installationIdByToken;
    std::map<qint64, DeviceServer> m_deviceServers;
    std::map<qint64, Session> m_sessions;
    QHash<QByteArray, qint64> m_sessionIdByToken;
};

} // namespace studio::sandbox
