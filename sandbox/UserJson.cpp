// SPDX-License-Identifier: GPL-3.0-or-later
#include "UserJson.h"

#include "BunqJson.h"
#include "SandboxState.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace studio::sandbox {

namespace {

QJsonArray aliases(const SandboxUser &user)
{
    const QJsonObject email{
        {u"type"_s, u"EMAIL"_s},
        {u"value"_s, user.email},
        {u"name"_s, user.displayName()},
    };
    return QJsonArray{email};
}

QJsonObject commonFields(const SandboxUser &user, qint64 sessionTimeoutSeconds)
{
    const QString timestamp = formatBunqTimestamp(user.created);
    return {
        {u"id"_s, user.id},
        {u"created"_s, timestamp},
        {u"updated"_s, timestamp},
        {u"public_uuid"_s, user.publicUuid.toString(QUuid::WithoutBraces)},
        {u"display_name"_s, user.displayName()},
        {u"alias"_s, aliases(user)},
        {u"status"_s, u"ACTIVE"_s},
        {u"sub_status"_s, u"NONE"_s},
        {u"session_timeout"_s, sessionTimeoutSeconds},
        {u"language"_s, u"en_US"_s},
        {u"region"_s, u"en_US"_s},
        {u"daily_limit_without_confirmation_login"_s,
         QJsonObject{{u"value"_s, u"250.00"_s}, {u"currency"_s, u"EUR"_s}}},
    };
}

QJsonObject personJson(const SandboxUser &user, qint64 sessionTimeoutSeconds)
{
    QJsonObject person = commonFields(user, sessionTimeoutSeconds);
    person.insert(u"public_nick_name"_s, user.firstName);
    person.insert(u"first_name"_s, user.firstName);
    person.insert(u"middle_name"_s, QString());
    person.insert(u"last_name"_s, user.lastName);
    person.insert(u"legal_name"_s, user.displayName());
    person.insert(u"gender"_s, u"UNKNOWN"_s);
    person.insert(u"nationality"_s, u"NL"_s);
    return person;
}

QJsonObject companyJson(const SandboxUser &user, qint64 sessionTimeoutSeconds)
{
    QJsonObject company = commonFields(user, sessionTimeoutSeconds);
    company.insert(u"public_nick_name"_s, user.companyName);
    company.insert(u"name"_s, user.companyName);
    company.insert(u"country"_s, u"NL"_s);
    return company;
}

} // namespace

QString userTypeName(const SandboxUser &user)
{
    return user.kind == UserKind::Person ? u"UserPerson"_s : u"UserCompany"_s;
}

QJsonObject wrappedUserJson(const SandboxUser &user, qint64 sessionTimeoutSeconds)
{
    if (user.kind == UserKind::Person)
        return {{u"UserPerson"_s, personJson(user, sessionTimeoutSeconds)}};
    return {{u"UserCompany"_s, companyJson(user, sessionTimeoutSeconds)}};
}

QJsonObject wrappedPaymentServiceProviderJson(const SandboxUser &user,
                                              qint64 sessionTimeoutSeconds)
{
    QJsonObject provider = commonFields(user, sessionTimeoutSeconds);
    provider.insert(u"public_nick_name"_s, user.displayName());
    // Made up, in the form of a QSEAL certificate's subject, which identifies a PSD2 provider.
    provider.insert(u"certificate_distinguished_name"_s,
                    u"CN=%1, O=%1, C=NL"_s.arg(user.displayName()));
    return {{u"UserPaymentServiceProvider"_s, provider}};
}

QJsonObject wrappedUserApiKeyJson(const ApiKeyRecord &key, const SandboxUser &requestedBy,
                                  const SandboxUser &grantedBy, qint64 sessionTimeoutSeconds)
{
    const QString timestamp = formatBunqTimestamp(key.userApiKeyCreated);
    const QJsonObject userApiKey{
        {u"id"_s, key.userApiKeyId},
        {u"created"_s, timestamp},
        {u"updated"_s, timestamp},
        {u"requested_by_user"_s, wrappedUserJson(requestedBy, sessionTimeoutSeconds)},
        {u"granted_by_user"_s, wrappedUserJson(grantedBy, sessionTimeoutSeconds)},
    };
    return {{u"UserApiKey"_s, userApiKey}};
}

QJsonObject sessionUserJson(const SandboxState &state, const Session &session)
{
    const auto key = state.apiKey(session.apiKey);
    const auto user = key ? state.user(key->userId) : std::nullopt;
    if (!user)
        return {};

    switch (session.userKind) {
    case SessionUserKind::PersonOrCompany:
        break;
    case SessionUserKind::PaymentServiceProvider:
        return wrappedPaymentServiceProviderJson(*user, session.timeoutSeconds);
    case SessionUserKind::ApiKey:
        if (const auto grantedBy = state.user(key->grantingUserId))
            return wrappedUserApiKeyJson(*key, *user, *grantedBy, session.timeoutSeconds);
        return {};
    }
    return wrappedUserJson(*user, session.timeoutSeconds);
}

} // namespace studio::sandbox
