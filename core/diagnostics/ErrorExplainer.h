// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiError.h"
#include "api/ApiExchange.h"

#include <QString>

namespace studio::diagnostics {

// A plain explanation of a failed call and the next step, in the interface language. It goes
// after bunq's own text and the response id, never in their place.
struct Explanation
{
    QString id;          // the id of the table row that matched, e.g. "ip-not-permitted"
    QString explanation; // why the call failed
    QString nextStep;    // what to do about it

    bool isEmpty() const { return id.isEmpty(); }
};

// Finds the first row of errorTable() that matches the failed call and returns its texts,
// translated now, with the response id filled in where a row quotes it. The exchange supplies
// the path and the request's API key; the error supplies the kind, status and bunq's texts.
Explanation explainError(const api::ApiError &error, const api::ApiExchange &exchange);

} // namespace studio::diagnostics
