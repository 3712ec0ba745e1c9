// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Output.h"
#include "SessionStorage.h"

#include <QJsonObject>
#include <QStringList>

namespace studio::cli {

// The facts about a stored session, for --json: environment, user, ids, expiry, the key
// fingerprints, and the API key and tokens as output.secret() shows them.
QJsonObject sessionJson(const StoredSession &session, const Output &output);

// The same facts as indented text lines for people.
QStringList sessionLines(const StoredSession &session, const Output &output);

// "2026-12-11 21:30:00 UTC (22:30:00 local time)"; "unknown" for an invalid time.
QString describeExpiry(const QDateTime &expiryUtc);

} // namespace studio::cli
