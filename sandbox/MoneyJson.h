// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SandboxRecords.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace studio::sandbox {

// The sandbox's only counterparty: bunq's money source for sandbox users.
extern const QString sugarDaddyEmail;

// Formats cents as bunq writes amounts: "12.34", "-5.00".
QString formatAmount(qint64 cents);
// Reads an amount such as "10", "10.5" or "10.00" into cents; nothing for any other text,
// including negative amounts and more than two decimals.
std::optional<qint64> parseAmount(const QString &text);
// Returns {"value":"12.34","currency":"EUR"}.
QJsonObject amountJson(qint64 cents);

// Returns {"MonetaryAccountBank":{…}} for an account of owner.
QJsonObject wrappedAccountJson(const MonetaryAccount &account, const SandboxUser &owner);
// Returns {"Payment":{…}} for a payment booked on account, with sugardaddy@bunq.com as the
// counterparty.
QJsonObject wrappedPaymentJson(const Payment &payment, const MonetaryAccount &account,
                               const SandboxUser &owner);

} // namespace studio::sandbox
