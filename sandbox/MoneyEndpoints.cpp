// SPDX-License-Identifier: GPL-3.0-or-later
#include "MoneyEndpoints.h"

#include "MoneyJson.h"
#include "Pagination.h"
#include "SandboxState.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace studio::sandbox {

namespace {

// sugardaddy@bunq.com pays at most this much per request-inquiry, as bunq documents.
constexpr qint64 maximumRequestCents = 50000;

template <typename T>
using Checked = Result<T, EndpointReply>;

EndpointReply notFound(const ErrorMessage &error)
{
    return EndpointReply::failure(404, error);
}

EndpointReply badRequest(const ErrorMessage &error)
{
    return EndpointReply::failure(400, error);
}

std::optional<qint64> pathId(const EndpointContext &context, qsizetype index)
{
    bool isNumber = false;
    const qint64 id = context.pathArguments.value(index).toLongLong(&isNumber);
    return isNumber ? std::optional(id) : std::nullopt;
}

// Resolves user/{userID}/monetary-account/{id}: the user must be the session's and the account
// one that the session reaches. Returns the account and its owner.
Checked<std::pair<MonetaryAccount, SandboxUser>> pathAccount(const EndpointContext &context)
{
    using AccountResult = Checked<std::pair<MonetaryAccount, SandboxUser>>;

    const Session &session = *context.caller.session;
    if (pathId(context, 0) != session.userId)
        return AccountResult::failure(notFound(errors::userNotFound()));

    const auto owner = context.state.user(session.ownerUserId);
    const auto id = pathId(context, 1);
    const auto account = id ? context.state.account(*id) : std::nullopt;
    if (!owner || !account || account->userId != owner->id)
        return AccountResult::failure(notFound(errors::monetaryAccountNotFound()));
    return AccountResult::success({*account, *owner});
}

Checked<QJsonObject> jsonBody(const EndpointContext &context)
{
    const auto body = parseJsonObjectBody(context.request.body);
    if (!body)
        return Checked<QJsonObject>::failure(badRequest(errors::bodyNotJsonObject()));
    return Checked<QJsonObject>::success(*body);
}

QString jsonText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    const QByteArray text = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(text.mid(1, text.size() - 2)); // without the array's brackets
}

// Reads an Amount object such as {"value":"10.00","currency":"EUR"} into positive cents.
Checked<qint64> requiredAmount(const QJsonObject &body, const QString &field)
{
    using AmountResult = Checked<qint64>;

    if (!body.contains(field))
        return AmountResult::failure(badRequest(errors::fieldMissing(field)));
    if (!body.value(field).isObject())
        return AmountResult::failure(badRequest(errors::fieldNotObject(field)));
    const QJsonObject amount = body.value(field).toObject();

    const QString valueField = field + u".value"_s;
    if (!amount.contains(u"value"_s))
        return AmountResult::failure(badRequest(errors::fieldMissing(valueField)));
    const QJsonValue value = amount.value(u"value"_s);
    const auto cents = value.isString() ? parseAmount(value.toString()) : std::nullopt;
    if (!cents)
        return AmountResult::failure(badRequest(errors::amountInvalid(valueField, jsonText(value))));

    const QString currencyField = field + u".currency"_s;
    if (!amount.contains(u"currency"_s))
        return AmountResult::failure(badRequest(errors::fieldMissing(currencyField)));
    const QJsonValue currency = amount.value(u"currency"_s);
    if (currency != QJsonValue(u"EUR"_s)) {
        return AmountResult::failure(
            badRequest(errors::currencyNotEuro(currencyField, jsonText(currency))));
    }

    if (*cents <= 0)
        return AmountResult::failure(badRequest(errors::amountNotPositive(valueField)));
    return AmountResult::success(*cents);
}

// The only counterparty the sandbox has: {"type":"EMAIL","value":"sugardaddy@bunq.com"}.
std::optional<EndpointReply> checkSugarDaddy(const EndpointContext &context,
                                             const QJsonObject &body)
{
    const QString field = u"counterparty_alias"_s;
    if (!body.contains(field))
        return badRequest(errors::fieldMissing(field));
    if (!body.value(field).isObject())
        return badRequest(errors::fieldNotObject(field));

    const QJsonObject alias = body.value(field).toObject();
    const bool isSugarDaddy =
        alias.value(u"type"_s).toString() == u"EMAIL"_s &&
        alias.value(u"value"_s).toString().trimmed().compare(sugarDaddyEmail,
                                                             Qt::CaseInsensitive) == 0;
    if (!isSugarDaddy) {
        addCheck(context.checks, u"counterparty"_s, CheckVerdict::Failed,
                 u"Not sugardaddy@bunq.com, the only counterparty in the sandbox."_s);
        return badRequest(errors::counterpartyNotSugarDaddy());
    }
    addCheck(context.checks, u"counterparty"_s, CheckVerdict::Passed, sugarDaddyEmail);
    return std::nullopt;
}

// description is optional, but when present it must be text.
Checked<QString> optionalDescription(const QJsonObject &body)
{
    const QJsonValue value = body.value(u"description"_s);
    if (value.isUndefined() || value.isNull())
        return Checked<QString>::success(QString());
    if (!value.isString())
        return Checked<QString>::failure(badRequest(errors::fieldNotString(u"description"_s)));
    return Checked<QString>::success(value.toString());
}

std::optional<EndpointReply> checkAllowBunqme(const QJsonObject &body)
{
    const QString field = u"allow_bunqme"_s;
    if (!body.contains(field))
        return badRequest(errors::fieldMissing(field));
    if (!body.value(field).isBool())
        return badRequest(errors::fieldNotBoolean(field));
    return std::nullopt;
}

QJsonObject idItem(qint64 id)
{
    return {{u"Id"_s, QJsonObject{{u"id"_s, id}}}};
}

// Builds the page that the query selects from records sorted oldest first.
template <typename Record, typename ToJson>
EndpointReply paginatedReply(const EndpointContext &context, const QList<Record> &records,
                             ToJson toJson)
{
    const auto request = parsePageRequest(context.request.query);
    if (!request)
        return badRequest(request.error());

    QList<qint64> ids;
    for (const Record &record : records)
        ids.append(record.id);
    const Page page = selectPage(ids, request.value(), context.request.path);

    QJsonArray items;
    for (const qsizetype index : page.indexes)
        items.append(toJson(records.at(index)));
    EndpointReply reply = EndpointReply::success(items);
    reply.pagination = page.pagination;
    return reply;
}

} // namespace

EndpointReply listMonetaryAccounts(const EndpointContext &context)
{
    const Session &session = *context.caller.session;
    const auto owner = context.state.user(session.ownerUserId);
    if (pathId(context, 0) != session.userId || !owner)
        return notFound(errors::userNotFound());

    return paginatedReply(context, context.state.accountsOfUser(owner->id),
                          [&](const MonetaryAccount &account) {
                              return wrappedAccountJson(account, *owner);
                          });
}

EndpointReply readMonetaryAccount(const EndpointContext &context)
{
    const auto resolved = pathAccount(context);
    if (!resolved)
        return resolved.error();
    const auto &[account, owner] = resolved.value();
    return EndpointReply::success({wrappedAccountJson(account, owner)});
}

EndpointReply createRequestInquiry(const EndpointContext &context)
{
    const auto resolved = pathAccount(context);
    if (!resolved)
        return resolved.error();
    const MonetaryAccount &account = resolved.value().first;

    const auto body = jsonBody(context);
    if (!body)
        return body.error();
    const auto amount = requiredAmount(body.value(), u"amount_inquired"_s);
    if (!amount)
        return amount.error();
    if (auto rejection = checkSugarDaddy(context, body.value()))
        return *rejection;
    const auto description = optionalDescription(body.value());
    if (!description)
        return description.error();
    if (auto rejection = checkAllowBunqme(body.value()))
        return *rejection;

    if (amount.value() > maximumRequestCents)
        return badRequest(errors::requestAmountTooHigh(formatAmount(maximumRequestCents)));

    const RequestInquiry inquiry = context.state.createRequestInquiry(
        account.id, amount.value(), description.value(), context.now);
    return EndpointReply::success({idItem(inquiry.id)});
}

EndpointReply listPayments(const EndpointContext &context)
{
    const auto resolved = pathAccount(context);
    if (!resolved)
        return resolved.error();
    const auto &[account, owner] = resolved.value();

    return paginatedReply(context, context.state.paymentsOfAccount(account.id),
                          [&](const Payment &payment) {
                              return wrappedPaymentJson(payment, account, owner);
                          });
}

EndpointReply readPayment(const EndpointContext &context)
{
    const auto resolved = pathAccount(context);
    if (!resolved)
        return resolved.error();
    const auto &[account, owner] = resolved.value();

    const auto id = pathId(context, 2);
    const auto payment = id ? context.state.payment(*id) : std::nullopt;
    if (!payment || payment->accountId != account.id)
        return notFound(errors::paymentNotFound());
    return EndpointReply::success({wrappedPaymentJson(*payment, account, owner)});
}

EndpointReply createPayment(const EndpointContext &context)
{
    const auto resolved = pathAccount(context);
    if (!resolved)
        return resolved.error();
    const MonetaryAccount &account = resolved.value().first;

    if (auto rejection = checkSignature(context, true))
        return *rejection;

    const auto body = jsonBody(context);
    if (!body)
        return body.error();
    const auto amount = requiredAmount(body.value(), u"amount"_s);
    if (!amount)
        return amount.error();
    if (auto rejection = checkSugarDaddy(context, body.value()))
        return *rejection;
    const auto description = optionalDescription(body.value());
    if (!description)
        return description.error();

    if (amount.value() > account.balanceCents) {
        return badRequest(errors::insufficientFunds(account.id, formatAmount(account.balanceCents),
                                                    formatAmount(amount.value())));
    }

    const Payment payment =
        context.state.createPayment(account.id, -amount.value(), description.value(),
                                    Payment::SubType::Payment, context.now);
    return EndpointReply::success({idItem(payment.id)});
}

EndpointReply updateRequestResponse(const EndpointContext &context)
{
    const auto resolved = pathAccount(context);
    if (!resolved)
        return resolved.error();

    const auto body = jsonBody(context);
    if (!body)
        return body.error();
    const auto status = requiredString(body.value(), u"status"_s);
    if (!status)
        return status.error();

    // Only accepting executes a payment, so only then does bunq require a signature.
    if (status.value() == u"ACCEPTED"_s) {
        if (auto rejection = checkSignature(context, true))
            return *rejection;
    } else {
        addCheck(context.checks, u"signature"_s, CheckVerdict::Skipped,
                 u"Only accepting a request needs a signature."_s);
    }
    return notFound(errors::requestResponseNotFound());
}

} // namespace studio::sandbox
