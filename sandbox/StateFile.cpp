// SPDX-License-Identifier: GPL-3.0-or-later
#include "StateFile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace studio::sandbox {

namespace {

const QString formatName = u"bunq-local-sandbox-state"_s;
constexpr int formatVersion = 1;

QString timeText(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QJsonArray toJsonArray(const QStringList &texts)
{
    return QJsonArray::fromStringList(texts);
}

QJsonObject userJson(const SandboxUser &user)
{
    return {
        {u"id"_s, user.id},
        {u"kind"_s, user.kind == UserKind::Person ? u"person"_s : u"company"_s},
        {u"created"_s, timeText(user.created)},
        {u"first_name"_s, user.firstName},
        {u"last_name"_s, user.lastName},
        {u"company_name"_s, user.companyName},
        {u"email"_s, user.email},
        {u"public_uuid"_s, user.publicUuid.toString(QUuid::WithoutBraces)},
    };
}

QJsonObject apiKeyJson(const ApiKeyRecord &key)
{
    return {
        {u"api_key"_s, QString::fromLatin1(key.key)},
        {u"user_id"_s, key.userId},
        {u"created"_s, timeText(key.created)},
        {u"activation_deadline"_s, timeText(key.activationDeadline)},
        {u"activated"_s, key.activated},
        {u"revoked"_s, key.revoked},
        {u"revoked_at"_s, timeText(key.revokedAt)},
        {u"user_api_key_id"_s, key.userApiKeyId},
        {u"user_api_key_created"_s, timeText(key.userApiKeyCreated)},
        {u"granting_user_id"_s, key.grantingUserId},
    };
}

QJsonObject installationJson(const Installation &installation)
{
    return {
        {u"id"_s, installation.id},
        {u"token_id"_s, installation.tokenId},
        {u"token"_s, QString::fromLatin1(installation.token)},
        {u"created"_s, timeText(installation.created)},
        {u"client_public_key"_s, QString::fromLatin1(installation.clientKey.toPem())},
        {u"server_private_key"_s, QString::fromLatin1(installation.serverKey.privateKeyPem())},
    };
}

QJsonObject deviceJson(const DeviceServer &device)
{
    return {
        {u"id"_s, device.id},
        {u"installation_id"_s, device.installationId},
        {u"api_key"_s, QString::fromLatin1(device.apiKey)},
        {u"description"_s, device.description},
        {u"permitted_ips"_s, toJsonArray(device.permittedIps.toStrings())},
        {u"created"_s, timeText(device.created)},
    };
}

QJsonObject accountJson(const MonetaryAccount &account)
{
    return {
        {u"id"_s, account.id},
        {u"user_id"_s, account.userId},
        {u"created"_s, timeText(account.created)},
        {u"iban"_s, account.iban},
        {u"description"_s, account.description},
        {u"balance_cents"_s, account.balanceCents},
        {u"public_uuid"_s, account.publicUuid.toString(QUuid::WithoutBraces)},
    };
}

QJsonObject paymentJson(const Payment &payment)
{
    return {
        {u"id"_s, payment.id},
        {u"monetary_account_id"_s, payment.accountId},
        {u"created"_s, timeText(payment.created)},
        {u"amount_cents"_s, payment.amountCents},
        {u"balance_after_cents"_s, payment.balanceAfterCents},
        {u"description"_s, payment.description},
        {u"sub_type"_s,
         payment.subType == Payment::SubType::Request ? u"REQUEST"_s : u"PAYMENT"_s},
    };
}

QJsonObject inquiryJson(const RequestInquiry &inquiry)
{
    return {
        {u"id"_s, inquiry.id},
        {u"monetary_account_id"_s, inquiry.accountId},
        {u"created"_s, timeText(inquiry.created)},
        {u"amount_cents"_s, inquiry.amountCents},
        {u"description"_s, inquiry.description},
        {u"accepted"_s, inquiry.accepted},
        {u"payment_id"_s, inquiry.paymentId},
    };
}

template <typename Key, typename Record, typename ToJson>
QJsonArray recordsJson(const std::map<Key, Record> &records, ToJson toJson)
{
    QJsonArray array;
    for (const auto &[key, record] : records)
        array.append(toJson(record));
    return array;
}

// Reads typed fields of one JSON object and keeps the first problem, named with the object's
// place in the file, e.g. "users[2].created is not a UTC timestamp".
class FieldReader
{
public:
    FieldReader(const QJsonObject &object, QString where, QString &error)
        : m_object(object)
        , m_where(std::move(where))
        , m_error(error)
    {}

    qint64 integer(const QString &key)
    {
        const QJsonValue value = m_object.value(key);
        if (!value.isDouble() || value.toDouble() != double(value.toInteger()))
            fail(key, u"is missing or not a whole number"_s);
        return value.toInteger();
    }

    qint64 id(const QString &key)
    {
        const qint64 value = integer(key);
        if (value < 0)
            fail(key, u"is negative"_s);
        return value;
    }

    QString text(const QString &key)
    {
        const QJsonValue value = m_object.value(key);
        if (!value.isString())
            fail(key, u"is missing or not a string"_s);
        return value.toString();
    }

    bool boolean(const QString &key)
    {
        const QJsonValue value = m_object.value(key);
        if (!value.isBool())
            fail(key, u"is missing or not true or false"_s);
        return value.toBool();
    }

    // Returns fallback when the field is absent; any other non-boolean value is a problem.
    bool optionalBoolean(const QString &key, bool fallback)
    {
        if (!has(key))
            return fallback;
        return boolean(key);
    }

    bool has(const QString &key) const { return m_object.contains(key); }

    // An empty string stands for "no time".
    QDateTime time(const QString &key)
    {
        const QString value = text(key);
        if (value.isEmpty())
            return {};
        QDateTime parsed = QDateTime::fromString(value, Qt::ISODateWithMs);
        if (!parsed.isValid() || parsed.timeSpec() != Qt::UTC)
            fail(key, u"is not a UTC timestamp such as 2026-01-15T10:00:00.000Z"_s);
        return parsed;
    }

    QUuid uuid(const QString &key)
    {
        const QUuid value = QUuid::fromString(text(key));
        if (value.isNull())
            fail(key, u"is not a UUID"_s);
        return value;
    }

    QStringList texts(const QString &key)
    {
        QStringList values;
        const QJsonValue value = m_object.value(key);
        if (!value.isArray())
            fail(key, u"is missing or not a list"_s);
        for (const QJsonValue &entry : value.toArray()) {
            if (!entry.isString())
                fail(key, u"contains something other than strings"_s);
            values.append(entry.toString());
        }
        return values;
    }

    void fail(const QString &key, const QString &problem)
    {
        if (m_error.isEmpty())
            m_error = u"%1.%2 %3"_s.arg(m_where, key, problem);
    }

private:
    QJsonObject m_object;
    QString m_where;
    QString &m_error;
};

SandboxUser readUser(FieldReader &in)
{
    SandboxUser user;
    user.id = in.id(u"id"_s);
    const QString kind = in.text(u"kind"_s);
    if (kind != u"person"_s && kind != u"company"_s)
        in.fail(u"kind"_s, u"is neither \"person\" nor \"company\""_s);
    user.kind = kind == u"company"_s ? UserKind::Company : UserKind::Person;
    user.created = in.time(u"created"_s);
    user.firstName = in.text(u"first_name"_s);
    user.lastName = in.text(u"last_name"_s);
    user.companyName = in.text(u"company_name"_s);
    user.email = in.text(u"email"_s);
    user.publicUuid = in.uuid(u"public_uuid"_s);
    return user;
}

ApiKeyRecord readApiKey(FieldReader &in)
{
    ApiKeyRecord key;
    key.key = in.text(u"api_key"_s).toLatin1();
    key.userId = in.id(u"user_id"_s);
    key.created = in.time(u"created"_s);
    key.activationDeadline = in.time(u"activation_deadline"_s);
    key.activated = in.boolean(u"activated"_s);
    // Files written before keys could be revoked have neither field.
    key.revoked = in.optionalBoolean(u"revoked"_s, false);
    if (in.has(u"revoked_at"_s))
        key.revokedAt = in.time(u"revoked_at"_s);
    key.userApiKeyId = in.id(u"user_api_key_id"_s);
    key.userApiKeyCreated = in.time(u"user_api_key_created"_s);
    key.grantingUserId = in.id(u"granting_user_id"_s);
    return key;
}

Installation readInstallation(FieldReader &in)
{
    Installation installation;
    installation.id = in.id(u"id"_s);
    installation.tokenId = in.id(u"token_id"_s);
    installation.token = in.text(u"token"_s).toLatin1();
    installation.created = in.time(u"created"_s);

    const auto clientKey = crypto::RsaPublicKey::fromPem(in.text(u"client_public_key"_s).toLatin1());
    if (clientKey)
        installation.clientKey = clientKey.value();
    else
        in.fail(u"client_public_key"_s, u"is not a public key: "_s + clientKey.error());

    const auto serverKey =
        crypto::RsaKeyPair::fromPrivateKeyPem(in.text(u"server_private_key"_s).toLatin1());
    if (serverKey)
        installation.serverKey = serverKey.value();
    else
        in.fail(u"server_private_key"_s, u"is not a private key: "_s + serverKey.error());
    return installation;
}

DeviceServer readDevice(FieldReader &in)
{
    DeviceServer device;
    device.id = in.id(u"id"_s);
    device.installationId = in.id(u"installation_id"_s);
    device.apiKey = in.text(u"api_key"_s).toLatin1();
    device.description = in.text(u"description"_s);
    device.created = in.time(u"created"_s);
    for (const QString &entry : in.texts(u"permitted_ips"_s)) {
        const QHostAddress address(entry);
        if (entry == u"*"_s)
            device.permittedIps.anyAddress = true;
        else if (address.protocol() == QAbstractSocket::IPv4Protocol)
            device.permittedIps.addresses.append(address);
        else
            in.fail(u"permitted_ips"_s, u"contains \"%1\", which is neither an IPv4 address nor \"*\""_s.arg(entry));
    }
    return device;
}

MonetaryAccount readAccount(FieldReader &in)
{
    MonetaryAccount account;
    account.id = in.id(u"id"_s);
    account.userId = in.id(u"user_id"_s);
    account.created = in.time(u"created"_s);
    account.iban = in.text(u"iban"_s);
    account.description = in.text(u"description"_s);
    account.balanceCents = in.integer(u"balance_cents"_s);
    account.publicUuid = in.uuid(u"public_uuid"_s);
    return account;
}

Payment readPayment(FieldReader &in)
{
    Payment payment;
    payment.id = in.id(u"id"_s);
    payment.accountId = in.id(u"monetary_account_id"_s);
    payment.created = in.time(u"created"_s);
    payment.amountCents = in.integer(u"amount_cents"_s);
    payment.balanceAfterCents = in.integer(u"balance_after_cents"_s);
    payment.description = in.text(u"description"_s);
    const QString subType = in.text(u"sub_type"_s);
    if (subType != u"REQUEST"_s && subType != u"PAYMENT"_s)
        in.fail(u"sub_type"_s, u"is neither \"REQUEST\" nor \"PAYMENT\""_s);
    payment.subType = subType == u"PAYMENT"_s ? Payment::SubType::Payment : Payment::SubType::Request;
    return payment;
}

RequestInquiry readInquiry(FieldReader &in)
{
    RequestInquiry inquiry;
    inquiry.id = in.id(u"id"_s);
    inquiry.accountId = in.id(u"monetary_account_id"_s);
    inquiry.created = in.time(u"created"_s);
    inquiry.amountCents = in.integer(u"amount_cents"_s);
    inquiry.description = in.text(u"description"_s);
    inquiry.accepted = in.boolean(u"accepted"_s);
    inquiry.paymentId = in.id(u"payment_id"_s);
    return inquiry;
}

// Reads every object of the array under key into records, keyed by keyOf(record).
template <typename Key, typename Record, typename ReadRecord, typename KeyOf>
void readRecords(const QJsonObject &root, const QString &key, std::map<Key, Record> &records,
                 ReadRecord readRecord, KeyOf keyOf, QString &error)
{
    const QJsonValue value = root.value(key);
    if (!value.isArray()) {
        if (error.isEmpty())
            error = u"%1 is missing or not a list"_s.arg(key);
        return;
    }

    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size() && error.isEmpty(); ++i) {
        const QString where = u"%1[%2]"_s.arg(key).arg(i);
        if (!array.at(i).isObject()) {
            error = where + u" is not an object"_s;
            return;
        }
        FieldReader reader(array.at(i).toObject(), where, error);
        const Record record = readRecord(reader);
        if (!records.emplace(keyOf(record), record).second)
            reader.fail(u"id"_s, u"repeats an earlier entry"_s);
    }
}

// Returns the first record whose reference does not name an existing record, so that a
// hand-edited file cannot make the sandbox look up something that is not there.
QString checkReferences(const SandboxState::Data &data)
{
    const auto missing = [](const auto &records, qint64 id) {
        return records.find(id) == records.end();
    };

    // New records take ids above last_id, so no stored id may be larger.
    qint64 largestId = 0;
    const auto consider = [&](const auto &records) {
        if (!records.empty())
            largestId = qMax(largestId, records.rbegin()->first);
    };
    consider(data.users);
    consider(data.installations);
    consider(data.deviceServers);
    consider(data.accounts);
    consider(data.payments);
    consider(data.requestInquiries);
    for (const auto &[id, installation] : data.installations)
        largestId = qMax(largestId, installation.tokenId);
    for (const auto &[key, apiKey] : data.apiKeys)
        largestId = qMax(largestId, apiKey.userApiKeyId);
    if (largestId > data.lastId)
        return u"last_id is %1, but id %2 is in use"_s.arg(data.lastId).arg(largestId);

    for (const auto &[key, apiKey] : data.apiKeys) {
        if (missing(data.users, apiKey.userId) ||
            (apiKey.grantingUserId != 0 && missing(data.users, apiKey.grantingUserId)))
            return u"api key of user %1 names a user that is not in the file"_s.arg(apiKey.userId);
    }
    for (const auto &[id, device] : data.deviceServers) {
        if (missing(data.installations, device.installationId) ||
            data.apiKeys.find(device.apiKey) == data.apiKeys.end())
            return u"device_server %1 names an installation or API key that is not in the file"_s
                .arg(id);
    }
    for (const auto &[id, account] : data.accounts) {
        if (missing(data.users, account.userId))
            return u"monetary_account %1 names a user that is not in the file"_s.arg(id);
    }
    for (const auto &[id, payment] : data.payments) {
        if (missing(data.accounts, payment.accountId))
            return u"payment %1 names a monetary account that is not in the file"_s.arg(id);
    }
    for (const auto &[id, inquiry] : data.requestInquiries) {
        if (missing(data.accounts, inquiry.accountId))
            return u"request_inquiry %1 names a monetary account that is not in the file"_s.arg(id);
    }
    return {};
}

Result<SandboxState::Data, QString> parseData(const QByteArray &bytes)
{
    using DataResult = Result<SandboxState::Data, QString>;

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return DataResult::failure(u"it is not JSON (%1 at byte %2)"_s.arg(
            parseError.errorString(), QString::number(parseError.offset)));
    const QJsonObject root = document.object();
    if (!document.isObject() || root.value(u"format"_s) != QJsonValue(formatName))
        return DataResult::failure(u"it has no \"format\": \"%1\" marker"_s.arg(formatName));
    if (root.value(u"version"_s) != QJsonValue(formatVersion)) {
        // A one-element array serialises any JSON value; the brackets are cut off again.
        const QByteArray version =
            QJsonDocument(QJsonArray{root.value(u"version"_s)}).toJson(QJsonDocument::Compact);
        return DataResult::failure(u"its version is %1, but this sandbox reads version %2"_s.arg(
            QString::fromUtf8(version.mid(1, version.size() - 2)),
            QString::number(formatVersion)));
    }

    SandboxState::Data data;
    QString error;
    FieldReader counters(root, u"(top level)"_s, error);
    data.lastId = counters.id(u"last_id"_s);
    data.personCount = int(counters.id(u"person_count"_s));
    data.companyCount = int(counters.id(u"company_count"_s));

    const auto byId = [](const auto &record) { return record.id; };
    readRecords(root, u"users"_s, data.users, readUser, byId, error);
    readRecords(root, u"api_keys"_s, data.apiKeys, readApiKey,
                [](const ApiKeyRecord &key) { return key.key; }, error);
    readRecords(root, u"installations"_s, data.installations, readInstallation, byId, error);
    readRecords(root, u"device_servers"_s, data.deviceServers, readDevice, byId, error);
    readRecords(root, u"monetary_accounts"_s, data.accounts, readAccount, byId, error);
    readRecords(root, u"payments"_s, data.payments, readPayment, byId, error);
    readRecords(root, u"request_inquiries"_s, data.requestInquiries, readInquiry, byId, error);
    if (error.isEmpty())
        error = checkReferences(data);
    if (!error.isEmpty())
        return DataResult::failure(error);
    return DataResult::success(std::move(data));
}

} // namespace

StateFile::StateFile(QString path)
    : m_path(std::move(path))
{}

Result<SandboxState::Data, QString> StateFile::read() const
{
    using DataResult = Result<SandboxState::Data, QString>;

    QFile file(m_path);
    if (!file.exists())
        return DataResult::success({});
    if (!file.open(QIODevice::ReadOnly)) {
        return DataResult::failure(
            u"The state file %1 cannot be read: %2."_s.arg(m_path, file.errorString()));
    }
    const QByteArray bytes = file.readAll();
    if (bytes.trimmed().isEmpty())
        return DataResult::success({});

    auto data = parseData(bytes);
    if (!data) {
        return DataResult::failure(
            u"The state file %1 is not a valid bunq-local-sandbox state file: %2. It was left "
            u"unchanged; pass another --state file or move this one away."_s.arg(m_path,
                                                                                  data.error()));
    }
    return data;
}

std::optional<QString> StateFile::write(const SandboxState::Data &data) const
{
    const QJsonObject root{
        {u"format"_s, formatName},
        {u"version"_s, formatVersion},
        {u"last_id"_s, data.lastId},
        {u"person_count"_s, data.personCount},
        {u"company_count"_s, data.companyCount},
        {u"users"_s, recordsJson(data.users, userJson)},
        {u"api_keys"_s, recordsJson(data.apiKeys, apiKeyJson)},
        {u"installations"_s, recordsJson(data.installations, installationJson)},
        {u"device_servers"_s, recordsJson(data.deviceServers, deviceJson)},
        {u"monetary_accounts"_s, recordsJson(data.accounts, accountJson)},
        {u"payments"_s, recordsJson(data.payments, paymentJson)},
        {u"request_inquiries"_s, recordsJson(data.requestInquiries, inquiryJson)},
    };

    QSaveFile file(m_path);
    // The file contains API keys and private keys, so the owner-only permissions are set on
    // the temporary file before any of that is written and before the rename.
    const bool written =
        file.open(QIODevice::WriteOnly) &&
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) &&
        file.write(QJsonDocument(root).toJson(QJsonDocument::Indented)) >= 0 && file.commit();
    if (!written) {
        return u"The state file %1 cannot be written: %2."_s.arg(m_path, file.errorString());
    }
    return std::nullopt;
}

} // namespace studio::sandbox
