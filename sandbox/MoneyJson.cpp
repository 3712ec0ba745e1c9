// SPDX-License-Identifier: GPL-3.0-or-later
#include "MoneyJson.h"

#include "BunqJson.h"
#include "Iban.h"

#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace studio::sandbox {

const QString sugarDaddyEmail = u"sugardaddy@bunq.com"_s;

namespace {

// A made-up account for sugardaddy@bunq.com, outside the range of user accounts.
constexpr qint64 sugarDaddyAccountNumber = 1000000001;
const QString sugarDaddyName = u"Sugar Daddy"_s;
const QString sugarDaddyUuid = u"5ca1ab1e-0000-4000-8000-5a9a7da0d001"_s;

QJsonObject eur(const QString &value)
{
    return {{u"value"_s, value}, {u"currency"_s, u"EUR"_s}};
}

// A LabelMonetaryAccount: how bunq shows either side of a payment.
QJsonObject accountLabel(const QString &iban, const QString &displayName, const QString &uuid)
{
    const QJsonObject labelUser{
        {u"uuid"_s, uuid},
        {u"display_name"_s, displayName},
        {u"public_nick_name"_s, displayName},
        {u"country"_s, u"NL"_s},
    };
    return {
        {u"iban"_s, iban},
        {u"display_name"_s, displayName},
        {u"country"_s, u"NL"_s},
        {u"is_light"_s, false},
        {u"label_user"_s, labelUser},
    };
}

} // namespace

QString formatAmount(qint64 cents)
{
    const QString sign = cents < 0 ? u"-"_s : QString();
    const qint64 magnitude = cents < 0 ? -cents : cents;
    return sign + QString::number(magnitude / 100) + u'.' +
           QString::number(magnitude % 100).rightJustified(2, u'0');
}

std::optional<qint64> parseAmount(const QString &text)
{
    static const QRegularExpression format(u"\\A([0-9]{1,9})(?:\\.([0-9]{1,2}))?\\z"_s);
    const QRegularExpressionMatch match = format.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const qint64 euros = match.captured(1).toLongLong();
    const qint64 cents = match.captured(2).leftJustified(2, u'0').toLongLong();
    return euros * 100 + cents;
}

QJsonObject amountJson(qint64 cents)
{
    return eur(formatAmount(cents));
}

QJsonObject wrappedAccountJson(const MonetaryAccount &account, const SandboxUser &owner)
{
    const QString timestamp = formatBunqTimestamp(account.created);
    const QJsonObject iban{
        {u"type"_s, u"IBAN"_s},
        {u"value"_s, account.iban},
        {u"name"_s, owner.displayName()},
    };
    const QJsonObject bank{
        {u"id"_s, account.id},
        {u"created"_s, timestamp},
        {u"updated"_s, timestamp},
        {u"alias"_s, QJsonArray{iban}},
        {u"balance"_s, amountJson(account.balanceCents)},
        {u"country"_s, u"NL"_s},
        {u"currency"_s, u"EUR"_s},
        {u"daily_limit"_s, eur(u"1000.00"_s)},
        {u"overdraft_limit"_s, eur(u"0.00"_s)},
        {u"description"_s, account.description},
        {u"display_name"_s, owner.displayName()},
        {u"public_uuid"_s, account.publicUuid.toString(QUuid::WithoutBraces)},
        {u"status"_s, u"ACTIVE"_s},
        {u"sub_status"_s, u"NONE"_s},
        {u"reason"_s, QString()},
        {u"reason_description"_s, QString()},
        {u"user_id"_s, owner.id},
    };
    return {{u"MonetaryAccountBank"_s, bank}};
}

QJsonObject wrappedPaymentJson(const Payment &payment, const MonetaryAccount &account,
                               const SandboxUser &owner)
{
    const QString timestamp = formatBunqTimestamp(payment.created);
    const QString ownUuid = owner.publicUuid.toString(QUuid::WithoutBraces);
    const QJsonObject body{
        {u"id"_s, payment.id},
        {u"created"_s, timestamp},
        {u"updated"_s, timestamp},
        {u"monetary_account_id"_s, account.id},
        {u"amount"_s, amountJson(payment.amountCents)},
        {u"balance_after_mutation"_s, amountJson(payment.balanceAfterCents)},
        {u"description"_s, payment.description},
        {u"type"_s, u"BUNQ"_s},
        {u"sub_type"_s,
         payment.subType == Payment::SubType::Request ? u"REQUEST"_s : u"PAYMENT"_s},
        {u"alias"_s, accountLabel(account.iban, owner.displayName(), ownUuid)},
        {u"counterparty_alias"_s,
         accountLabel(makeBunqIban(sugarDaddyAccountNumber), sugarDaddyName, sugarDaddyUuid)},
        {u"attachment"_s, QJsonArray()},
        {u"geolocation"_s, QJsonValue::Null},
        {u"batch_id"_s, QJsonValue::Null},
        {u"scheduled_id"_s, QJsonValue::Null},
        {u"request_reference_split_the_bill"_s, QJsonArray()},
    };
    return {{u"Payment"_s, body}};
}

} // namespace studio::sandbox
