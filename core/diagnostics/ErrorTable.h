// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiError.h"

#include <optional>
#include <span>

namespace studio::diagnostics {

// A fact about the exchange that a row needs beyond status, text and path.
enum class EntryCondition
{
    None,
    SandboxKeyOnProduction, // the request's "secret" starts with "sandbox_", sent to production
    ProductionKeyOnSandbox, // a "secret" without that prefix, sent to a sandbox
    HasResponseId,          // X-Bunq-Client-Response-Id present
    NoResponseId,           // X-Bunq-Client-Response-Id absent
};

// One row of the table of bunq's errors. A row matches a failed call when every condition it
// sets holds; unset conditions match anything. The texts are English source texts marked with
// QT_TRANSLATE_NOOP in the "studio::diagnostics::ErrorTable" context and translated at lookup.
struct ErrorTableEntry
{
    const char *id = "";                                    // stable, e.g. "ip-not-permitted"
    std::optional<api::ApiError::Kind> kind = std::nullopt; // unset: any kind
    int status = 0;                    // first HTTP status of the range; 0: any status
    int lastStatus = 0;                // last status of the range; 0: status alone
    const char *text = nullptr;        // one error_description, compared exactly
    const char *textPattern = nullptr; // regular expression searched in each description
    const char *pathPattern = nullptr; // regular expression searched in the URL path
    EntryCondition condition = EntryCondition::None;
    const char *explanation = nullptr; // why it happened
    const char *nextStep = nullptr;    // what to do; "%1" stands for the response id
};

// bunq's errors and the failures before a response arrives, in match order: the first matching
// row explains the call, and the last rows catch every failure kind.
std::span<const ErrorTableEntry> errorTable();

// The translation context of the table's texts.
inline constexpr char errorTableContext[] = "studio::diagnostics::ErrorTable";

} // namespace studio::diagnostics
