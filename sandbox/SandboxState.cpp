// SPDX-License-Identifier: GPL-3.0-or-later
#include "SandboxState.h"

#include "SampleIdentities.h"

#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace studio::sandbox {

namespace {

QByteArray randomHex(int byteCount)
{
    QByteArray bytes(byteCount, Qt::Uninitialized);
    for (char &byte : bytes)
        byte = static_cast<char>(QRandomGenerator::system()->bounded(256));
    return bytes.toHex();
}

template <typename Record>
std::optional<Record> find(const std::map<qint64, Record> &records, qint64 id)
{
    const auto it = records.find(id);
    if (it == records.end())
        return std::nullopt;
    return it->second;
}

} // namespace

SandboxState::NewUser SandboxState::createUser(UserKind kind, const QDateTime &now)
{
    SandboxUser user;
    user.id = nextId();
    user.kind = kind;
    user.created = now;
    user.publicUuid = QUuid::createUuid();
    if (kind == UserKind::Person) {
        const PersonName name = samplePersonName(m_personCount++);
        user.firstName = name.first;
        user.lastName = name.last;
    } else {
        user.companyName = sampleCompanyName(m_companyCount++);
    }
    user.email = sampleEmail(user.displayName(), user.id);

    // bunq's sandbox keys are "sandbox_" plus 56 hex digits, i.e. 28 random bytes.
    const QByteArray apiKey = "sandbox_"_ba + randomHex(28);
    m_users.emplace(user.id, user);
    m_userIdByApiKey.insert(apiKey, user.id);
    return {user, apiKey};
}

std::optional<SandboxUser> SandboxState::user(qint64 id) const
{
    return find(m_users, id);
}

std::optional<SandboxUser> SandboxState::userForApiKey(const QByteArray &apiKey) const
{
    const auto it = m_userIdByApiKey.constFind(apiKey);
    if (it == m_userIdByApiKey.constEnd())
        return std::nullopt;
    return user(it.value());
}

Installation SandboxState::createInstallation(const crypto::RsaPublicKey &clientKey,
                                              const crypto::RsaKeyPair &serverKey,
                                              const QDateTime &now)
{
    Installation installation;
    installation.id = nextId();
    installation.tokenId = nextId();
    installation.token = randomHex(32);
    installation.created = now;
    installation.clientKey = clientKey;
    installation.serverKey = serverKey;

    m_installations.emplace(installation.id, installation);
    m_installationIdByToken.insert(installation.token, installation.id);
    return installation;
}

std::optional<Installation> SandboxState::installation(qint64 id) const
{
    return find(m_installations, id);
}

std::optional<Installation> SandboxState::installationByToken(const QByteArray &token) const
{
    const auto it = m_installationIdByToken.constFind(token);
    if (it == m_installationIdByToken.constEnd())
        return std::nullopt;
    return installation(it.value());
}

DeviceServer SandboxState::createDeviceServer(qint64 installationId, const QByteArray &apiKey,
                                              const QString &description,
                                              const PermittedIps &permittedIps,
                                              const QDateTime &now)
{
    DeviceServer device;
    device.id = nextId();
    device.installationId = installationId;
    device.apiKey = apiKey;
    device.description = description;
    device.permittedIps = permittedIps;
    device.created = now;

    m_deviceServers.emplace(device.id, device);
    return device;
}

QList<DeviceServer> SandboxState::deviceServers(qint64 installationId,
                                                const QByteArray &apiKey) const
{
    QList<DeviceServer> matching;
    for (const auto &[id, device] : m_deviceServers) {
        if (device.installationId == installationId && device.apiKey == apiKey)
            matching.append(device);
    }
    return matching;
}

Session SandboxState::createSession(qint64 installationId, qint64 userId, qint64 timeoutSeconds,
                                    const QDateTime &now)
{
    Session session;
    session.id = nextId();
    session.token = randomHex(32);
    session.installationId = installationId;
    session.userId = userId;
    session.created = now;
    session.timeoutSeconds = timeoutSeconds;
    session.expiry = now.addSecs(timeoutSeconds);

    m_sessions.emplace(session.id, session);
    m_sessionIdByToken.insert(session.token, session.id);
    return session;
}

std::optional<Session> SandboxState::sessionByToken(const QByteArray &token) const
{
    const auto it = m_sessionIdByToken.constFind(token);
    if (it == m_sessionIdByToken.constEnd())
        return std::nullopt;
    return find(m_sessions, it.value());
}

void SandboxState::endSession(qint64 sessionId)
{
    const auto it = m_sessions.find(sessionId);
    if (it != m_sessions.end())
        it->second.ended = true;
}

void SandboxState::setSessionExpiry(qint64 sessionId, const QDateTime &expiry)
{
    const auto it = m_sessions.find(sessionId);
    if (it != m_sessions.end())
        it->second.expiry = expiry;
}

qint64 SandboxState::nextId()
{
    return ++m_lastId;
}

} // namespace studio::sandbox
