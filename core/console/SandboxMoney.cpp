// SPDX-License-Identifier: GPL-3.0-or-later
#include "console/SandboxMoney.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace studio::console {

namespace {

// Translation context for the messages below. It is declared here, where lupdate finds it.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(studio::console::SandboxMoney)
};

} // namespace

Result<QString, QString> SandboxMoney::normalisedAmount(const QString &amount)
{
    using AmountResult = Result<QString, QString>;
    static const QRegularExpression pattern(u"^([0-9]+)(?:[.,]([0-9]{1,2}))?$"_s);

    const QString trimmed = amount.trimmed();
    const QRegularExpressionMatch match = pattern.match(trimmed);
    if (!match.hasMatch()) {
        //: %1 is the amount as entered.
        return AmountResult::failure(
            QCoreApplication::translate("studio::console::SandboxMoney",
                                        "\"%1\" is not an amount in euros. Enter a number with at "
                                        "most two decimals, such as 25 or 12.50.")
                .arg(amount));
    }

    // Compared in cents, as integers, so that 500.001 cannot slip through as 500.00. Leading
    // zeros are dropped first, and more than six digits is over the limit whatever they are,
    // which also keeps toLongLong() away from overflow.
    QString euros = match.captured(1);
    while (euros.size() > 1 && euros.startsWith(u'0'))
        euros.remove(0, 1);
    const QString cents = match.captured(2).leftJustified(2, u'0');
    const qint64 maximumCents = qint64(maximumEuros) * 100;
    const qint64 totalCents =
        euros.size() > 6 ? maximumCents + 1 : euros.toLongLong() * 100 + cents.toLongLong();

    if (totalCents <= 0)
        return AmountResult::failure(QCoreApplication::translate(
            "studio::console::SandboxMoney", "The amount must be more than EUR 0.00."));
    if (totalCents > maximumCents) {
        //: %1 is the amount as entered, %2 the limit in whole euros.
        return AmountResult::failure(
            QCoreApplication::translate("studio::console::SandboxMoney",
                                        "EUR %1 is more than sugardaddy@bunq.com gives: at most "
                                        "EUR %2.00 per request. Ask for %2 or less, and send "
                                        "another request for more.")
                .arg(trimmed, QString::number(maximumEuros)));
    }

    const QString normalised = QString::number(totalCents / 100) + u'.' +
                               QString::number(totalCents % 100).rightJustified(2, u'0');
    return AmountResult::success(normalised);
}

Result<api::ApiRequest, QString> SandboxMoney::request(qint64 userId, qint64 monetaryAccountId,
                                                       const QString &amount,
                                                       const QString &description)
{
    using RequestResult = Result<api::ApiRequest, QString>;

    if (userId <= 0 || monetaryAccountId <= 0) {
        return RequestResult::failure(
            QCoreApplication::translate("studio::console::SandboxMoney",
                                        "Open a session and pick a monetary account first: the "
                                        "request needs a user id and a monetary account id."));
    }
    const auto value = normalisedAmount(amount);
    if (!value)
        return RequestResult::failure(value.error());

    const QJsonObject body{
        {u"amount_inquired"_s, QJsonObject{{u"value"_s, value.value()}, {u"currency"_s, u"EUR"_s}}},
        {u"counterparty_alias"_s, QJsonObject{{u"type"_s, u"EMAIL"_s},
                                              {u"value"_s, QString::fromLatin1(sugarDaddyEmail)},
                                              {u"name"_s, u"Sugar Daddy"_s}}},
        {u"description"_s, description.isEmpty() ? u"Sandbox money"_s : description},
        {u"allow_bunqme"_s, false},
    };

    api::ApiRequest request;
    request.method = "POST";
    request.path = u"/v1/user/%1/monetary-account/%2/request-inquiry"_s.arg(
        QString::number(userId), QString::number(monetaryAccountId));
    request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return RequestResult::success(request);
}

Result<AccountBalance, QString> parseBalance(const api::ApiResult &result, qint64 accountId)
{
    using BalanceResult = Result<AccountBalance, QString>;

    if (!result.ok()) {
        return BalanceResult::failure(
            Text::tr("The monetary account could not be read: %1").arg(result.error->summary()));
    }

    for (const QJsonValue &item : result.items) {
        const QJsonObject wrapper = item.toObject();
        for (auto it = wrapper.constBegin(); it != wrapper.constEnd(); ++it) {
            if (!it.key().startsWith(u"MonetaryAccount"_s))
                continue;
            const QJsonObject account = it.value().toObject();
            const qint64 id = account.value(u"id"_s).toInteger();
            if (accountId != 0 && id != accountId)
                continue;

            const QJsonObject balance = account.value(u"balance"_s).toObject();
            const QString value = balance.value(u"value"_s).toString();
            const QString currency = balance.value(u"currency"_s).toString();
            if (value.isEmpty() || currency.isEmpty()) {
                //: %1 is the monetary account id.
                return BalanceResult::failure(
                    Text::tr("Monetary account %1 has no balance with value and currency "
                             "in the response.")
                        .arg(id));
            }
            return BalanceResult::success(AccountBalance{id, value, currency});
        }
    }

    if (accountId != 0) {
        return BalanceResult::failure(
            Text::tr("The response has no monetary account with id %1.").arg(accountId));
    }
    return BalanceResult::failure(Text::tr("The response has no monetary account."));
}

} // namespace studio::console
