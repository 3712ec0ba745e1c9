// SPDX-License-Identifier: GPL-3.0-or-later
#include "UserJson.h"

#include "BunqJson.h"

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

QJsonObject wrappedUserJson(const SandboxUser &user, qint64 sessionTimeoutSeconds)
{
    if (user.kind == UserKind::Person)
        return {{u"UserPerson"_s, personJson(user, sessionTimeoutSeconds)}};
    return {{u"UserCompany"_s, companyJson(user, sessionTimeoutSeconds)}};
}

} // namespace studio::sandbox
