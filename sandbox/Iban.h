// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace studio::sandbox {

// Returns a made-up Dutch IBAN at bunq's bank code, "NLkkBUNQ" plus the account number as ten
// digits, with correct ISO 13616 check digits kk. accountNumber must be below 10^10.
QString makeBunqIban(qint64 accountNumber);

// True when text is an IBAN whose check digits are correct (mod 97 equals 1).
bool hasValidIbanChecksum(const QString &text);

} // namespace studio::sandbox
