// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SandboxRecords.h"

#include <QHash>

#include <map>
#include <optional>

namespace studio::sandbox {

// Everything the sandbox remembers: users and their API keys, installations, device-servers,
// sessions, monetary accounts, payments and request-inquiries. Lookups return copies, so callers
// never hold pointers into it. Not thread-safe: the dispatcher guards it with its mutex.
class SandboxState
{
public:
    // The records themselves, for saving to and restoring from a state file and for snapshots.
    // Sessions are left out of state files.
    struct Data
    {
        qint64 lastId = 0;
        int personCount = 0;
        int companyCount = 0;
        std::map<qint64, SandboxUser> users;
        std::map<QByteArray, ApiKeyRecord> apiKeys;
        std::map<qint64, Installation> installations;
        std::map<qint64, DeviceServer> deviceServers;
        std::map<qint64, Session> sessions;
        std::map<qint64, MonetaryAccount> accounts;
        std::map<qint64, Payment> payments;
        std::map<qint64, RequestInquiry> requestInquiries;
    };

    struct NewUser
    {
        SandboxUser user;
        QByteArray apiKey; // "sandbox_" plus 56 lower-case hex digits
    };

    const Data &data() const { return m_data; }
    // Replaces everything with restored records; their ids must be at most data.lastId.
    void restore(Data data);
    // Forgets every record, as bunq's periodic sandbox reset does. Ids keep counting up, so an
    // id that a client kept from before the reset never names a new record.
    void reset();

    // True once after any change worth saving to a state file; session changes do not count.
    bool takeChanged();

    // Creates a user with an API key that must be activated within activationWindowSeconds, and
    // the user's first monetary account.
    NewUser createUser(UserKind kind, const QDateTime &now, qint64 activationWindowSeconds);
    std::optional<SandboxUser> user(qint64 id) const;
    std::optional<SandboxUser> userForApiKey(const QByteArray &apiKey) const;
    std::optional<ApiKeyRecord> apiKey(const QByteArray &apiKey) const;
    void activateApiKey(const QByteArray &apiKey);
    // Marks the key as revoked; returns false when no such key exists. Revoking twice keeps the
    // first revocation time.
    bool revokeApiKey(const QByteArray &apiKey, const QDateTime &now);
    // Returns the key's UserApiKey record, making it and its made-up granting person on first use.
    ApiKeyRecord ensureUserApiKey(const QByteArray &apiKey, const QDateTime &now);

    Installation createInstallation(const crypto::RsaPublicKey &clientKey,
                                    const crypto::RsaKeyPair &serverKey, const QDateTime &now);
    std::optional<Installation> installation(qint64 id) const;
    std::optional<Installation> installationByToken(const QByteArray &token) const;

    DeviceServer createDeviceServer(qint64 installationId, const QByteArray &apiKey,
                                    const QString &description, const PermittedIps &permittedIps,
                                    const QDateTime &now);
    std::optional<DeviceServer> deviceServer(qint64 id) const;
    // Returns the device-servers of one installation registered with one API key.
    QList<DeviceServer> deviceServers(qint64 installationId, const QByteArray &apiKey) const;

    // Creates a session; fields id, token, created and expiry are filled in here.
    Session createSession(Session session, const QDateTime &now);
    // Also returns ended and expired sessions, so that their installation stays known.
    std::optional<Session> sessionByToken(const QByteArray &token) const;
    bool hasLiveSession(qint64 installationId, const QDateTime &now) const;
    void endSession(qint64 sessionId);
    void setSessionExpiry(qint64 sessionId, const QDateTime &expiry);

    std::optional<MonetaryAccount> account(qint64 id) const;
    QList<MonetaryAccount> accountsOfUser(qint64 userId) const;

    RequestInquiry createRequestInquiry(qint64 accountId, qint64 amountCents,
                                        const QString &description, const QDateTime &now);
    // Accepts every pending request-inquiry made at least delayMs before now, oldest first, and
    // credits its account with an incoming payment.
    void acceptRequestInquiries(const QDateTime &now, qint64 delayMs);
    // Books a payment on the account and changes its balance by amountCents.
    Payment createPayment(qint64 accountId, qint64 amountCents, const QString &description,
                          Payment::SubType subType, const QDateTime &now);
    std::optional<Payment> payment(qint64 id) const;
    // The account's payments, oldest first.
    QList<Payment> paymentsOfAccount(qint64 accountId) const;

private:
    qint64 nextId();
    SandboxUser makeUser(UserKind kind, const QDateTime &now);
    MonetaryAccount createAccount(qint64 userId, const QDateTime &now);
    void rebuildIndexes();

    Data m_data;
    bool m_changed = false;

    QHash<QByteArray, qint64> m_installationIdByToken;
    QHash<QByteArray, qint64> m_sessionIdByToken;
};

} // namespace studio::sandbox
