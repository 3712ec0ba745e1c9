// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiClient.h"
#include "common/Result.h"

#include <QString>

namespace studio::console {

// Sandbox money: a request-inquiry to sugardaddy@bunq.com, which bunq's sandbox (and the local
// one) accepts automatically for up to EUR 500.00 per request.
class SandboxMoney
{
public:
    static constexpr const char *sugarDaddyEmail = "sugardaddy@bunq.com";
    static constexpr int maximumEuros = 500;

    // The POST /v1/user/{userId}/monetary-account/{monetaryAccountId}/request-inquiry call,
    // without a token (set ApiRequest::authToken). amount is euros with '.' or ',' and at most
    // two decimals ("25", "12.5", "0,99"), more than 0 and at most 500; it is sent as "25.00".
    // Errors name the value and the limit.
    static Result<api::ApiRequest, QString> request(qint64 userId, qint64 monetaryAccountId,
                                                    const QString &amount,
                                                    const QString &description = {});

    // "12.50" for "12,5": the amount as bunq expects it, or an error naming the value and rule.
    static Result<QString, QString> normalisedAmount(const QString &amount);
};

// The balance of one monetary account.
struct AccountBalance
{
    qint64 accountId = 0;
    QString value;    // as bunq sent it, e.g. "500.00"
    QString currency; // e.g. "EUR"
};

// Reads the balance from a monetary-account read or list response (items wrapped as
// {"MonetaryAccountBank":{…}} or another MonetaryAccount… type). accountId 0 takes the first
// account. An error names what is missing.
Result<AccountBalance, QString> parseBalance(const api::ApiResult &result, qint64 accountId = 0);

} // namespace studio::console
