// SPDX-License-Identifier: GPL-3.0-or-later
#include "SandboxState.h"

#include "Iban.h"
#include "SampleIdentities.h"

#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace studio::sandbox {

namespace {

// Account numbers of user accounts start at 2000000000, so the IBANs look like real ten-digit
// bunq account numbers and never repeat.
constexpr qint64 firstAccountNumber = 2000000000;

QByteArray randomHex(int byteCount)
{
    QByteArray bytes(byteCount, Qt::Uninitialized);
    for (char &byte : bytes)
        byte = static_cast<char>(QRandomGenerator::system()->bounded(256));
    return bytes.toHex();
}

template <typename Key, typename Record>
std::optional<Record> find(const std::map<Key, Record> &records, const Key &key)
{
    const auto it = records.find(key);
    if (it == records.end())
        return std::nullopt;
    return it->second;
}

} // namespace

void SandboxState::restore(Data data)
{
    m_data = std::move(data);
    rebuildIndexes();
    m_changed = false;
}

void SandboxState::reset()
{
    const qint64 lastId = m_data.lastId;
    m_data = Data();
    m_data.lastId = lastId;
    rebuildIndexes();
    m_changed = true;
}

bool SandboxState::takeChanged()
{
    return std::exchange(m_changed, false);
}

SandboxUser SandboxState::makeUser(UserKind kind, const QDateTime &now)
{
    SandboxUser user;
    user.id = nextId();
    user.kind = kind;
    user.created = now;
    user.publicUuid = QUuid::createUuid();
    if (kind == UserKind::Person) {
        const PersonName name = samplePersonName(m_data.personCount++);
        user.firstName = name.first;
        user.lastName = name.last;
    } else {
        user.companyName = sampleCompanyName(m_data.companyCount++);
    }
    user.email = sampleEmail(user.displayName(), user.id);

    m_data.users.emplace(user.id, user);
    createAccount(user.id, now);
    m_changed = true;
    return user;
}

SandboxState::NewUser SandboxState::createUser(UserKind kind, const QDateTime &now,
                                               qint64 activationWindowSeconds)
{
    const SandboxUser user = makeUser(kind, now);

    // bunq's sandbox keys are "sandbox_" plus 56 hex digits, i.e. 28 random bytes.
    ApiKeyRecord key;
    key.key = "sandbox_"_ba + randomHex(28);
    key.userId = user.id;
    key.created = now;
    key.activationDeadline = now.addSecs(activationWindowSeconds);
    m_data.apiKeys.emplace(key.key, key);
    return {user, key.key};
}

std::optional<SandboxUser> SandboxState::user(qint64 id) const
{
    return find(m_data.users, id);
}

std::optional<SandboxUser> SandboxState::userForApiKey(const QByteArray &apiKey) const
{
    const auto key = find(m_data.apiKeys, apiKey);
    if (!key)
        return std::nullopt;
    return user(key->userId);
}

std::optional<ApiKeyRecord> SandboxState::apiKey(const QByteArray &apiKey) const
{
    return find(m_data.apiKeys, apiKey);
}

void SandboxState::activateApiKey(const QByteArray &apiKey)
{
    const auto it = m_data.apiKeys.find(apiKey);
    if (it == m_data.apiKeys.end() || it->second.activated)
        return;
    it->second.activated = true;
    m_changed = true;
}

bool SandboxState::revokeApiKey(const QByteArray &apiKey, const QDateTime &now)
{
    const auto it = m_data.apiKeys.find(apiKey);
    if (it == m_data.apiKeys.end())
        return false;
    if (!it->second.revoked) {
        it->second.revoked = true;
        it->second.revokedAt = now;
        m_changed = true;
    }
    return true;
}

ApiKeyRecord SandboxState::ensureUserApiKey(const QByteArray &apiKey, const QDateTime &now)
{
    ApiKeyRecord &key = m_data.apiKeys.at(apiKey);
    if (key.userApiKeyId != 0)
        return key;

    key.userApiKeyId = nextId();
    key.userApiKeyCreated = now;
    // Made after the id above, so the granting person's id is the larger one, as when a bunq
    // user grants access to an app that already exists.
    key.grantingUserId = makeUser(UserKind::Person, now).id;
    m_changed = true;
    return key;
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

    m_data.installations.emplace(installation.id, installation);
    m_installationIdByToken.insert(installation.token, installation.id);
    m_changed = true;
    return installation;
}

std::optional<Installation> SandboxState::installation(qint64 id) const
{
    return find(m_data.installations, id);
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

    m_data.deviceServers.emplace(device.id, device);
    m_changed = true;
    return device;
}

std::optional<DeviceServer> SandboxState::deviceServer(qint64 id) const
{
    return find(m_data.deviceServers, id);
}

QList<DeviceServer> SandboxState::deviceServers(qint64 installationId,
                                                const QByteArray &apiKey) const
{
    QList<DeviceServer> matching;
    for (const auto &[id, device] : m_data.deviceServers) {
        if (device.installationId == installationId && device.apiKey == apiKey)
            matching.append(device);
    }
    return matching;
}

Session SandboxState::createSession(Session session, const QDateTime &now)
{
    session.id = nextId();
    session.token = randomHex(32);
    session.created = now;
    session.expiry = now.addSecs(session.timeoutSeconds);
    session.ended = false;

    m_data.sessions.emplace(session.id, session);
    m_sessionIdByToken.insert(session.token, session.id);
    return session;
}

std::optional<Session> SandboxState::sessionByToken(const QByteArray &token) const
{
    const auto it = m_sessionIdByToken.constFind(token);
    if (it == m_sessionIdByToken.constEnd())
        return std::nullopt;
    return find(m_data.sessions, it.value());
}

bool SandboxState::hasLiveSession(qint64 installationId, const QDateTime &now) const
{
    return std::any_of(m_data.sessions.cbegin(), m_data.sessions.cend(), [&](const auto &entry) {
        return entry.second.installationId == installationId && entry.second.isLiveAt(now);
    });
}

void SandboxState::endSession(qint64 sessionId)
{
    const auto it = m_data.sessions.find(sessionId);
    if (it != m_data.sessions.end())
        it->second.ended = true;
}

void SandboxState::setSessionExpiry(qint64 sessionId, const QDateTime &expiry)
{
    const auto it = m_data.sessions.find(sessionId);
    if (it != m_data.sessions.end())
        it->second.expiry = expiry;
}

MonetaryAccount SandboxState::createAccount(qint64 userId, const QDateTime &now)
{
    MonetaryAccount account;
    account.id = nextId();
    account.userId = userId;
    account.created = now;
    account.iban = makeBunqIban(firstAccountNumber + account.id);
    account.description = u"Main account"_s;
    account.publicUuid = QUuid::createUuid();

    m_data.accounts.emplace(account.id, account);
    m_changed = true;
    return account;
}

std::optional<MonetaryAccount> SandboxState::account(qint64 id) const
{
    return find(m_data.accounts, id);
}

QList<MonetaryAccount> SandboxState::accountsOfUser(qint64 userId) const
{
    QList<MonetaryAccount> owned;
    for (const auto &[id, account] : m_data.accounts) {
        if (account.userId == userId)
            owned.append(account);
    }
    return owned;
}

RequestInquiry SandboxState::createRequestInquiry(qint64 accountId, qint64 amountCents,
                                                  const QString &description,
                                                  const QDateTime &now)
{
    RequestInquiry inquiry;
    inquiry.id = nextId();
    inquiry.accountId = accountId;
    inquiry.created = now;
    inquiry.amountCents = amountCents;
    inquiry.description = description;

    m_data.requestInquiries.emplace(inquiry.id, inquiry);
    m_changed = true;
    return inquiry;
}

void SandboxState::acceptRequestInquiries(const QDateTime &now, qint64 delayMs)
{
    // std::map iterates in id order, which is creation order.
    for (auto &[id, inquiry] : m_data.requestInquiries) {
        if (inquiry.accepted || inquiry.created.msecsTo(now) < delayMs)
            continue;

        const QDateTime acceptedAt = inquiry.created.addMSecs(delayMs);
        const Payment credit = createPayment(inquiry.accountId, inquiry.amountCents,
                                             inquiry.description, Payment::SubType::Request,
                                             acceptedAt);
        inquiry.accepted = true;
        inquiry.paymentId = credit.id;
    }
}

Payment SandboxState::createPayment(qint64 accountId, qint64 amountCents,
                                    const QString &description, Payment::SubType subType,
                                    const QDateTime &now)
{
    MonetaryAccount &account = m_data.accounts.at(accountId);
    account.balanceCents += amountCents;

    Payment payment;
    payment.id = nextId();
    payment.accountId = accountId;
    payment.created = now;
    payment.amountCents = amountCents;
    payment.balanceAfterCents = account.balanceCents;
    payment.description = description;
    payment.subType = subType;

    m_data.payments.emplace(payment.id, payment);
    m_changed = true;
    return payment;
}

std::optional<Payment> SandboxState::payment(qint64 id) const
{
    return find(m_data.payments, id);
}

QList<Payment> SandboxState::paymentsOfAccount(qint64 accountId) const
{
    QList<Payment> booked;
    for (const auto &[id, payment] : m_data.payments) {
        if (payment.accountId == accountId)
            booked.append(payment);
    }
    return booked;
}

qint64 SandboxState::nextId()
{
    return ++m_data.lastId;
}

void SandboxState::rebuildIndexes()
{
    m_installationIdByToken.clear();
    for (const auto &[id, installation] : m_data.installations)
        m_installationIdByToken.insert(installation.token, id);
    m_sessionIdByToken.clear();
    for (const auto &[id, session] : m_data.sessions)
        m_sessionIdByToken.insert(session.token, id);
}

} // namespace studio::sandbox
