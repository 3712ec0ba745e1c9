// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RateLimiter.h"
#include "SandboxOptions.h"
#include "SandboxState.h"

#include <QJsonObject>

namespace studio::sandbox {

// Describes what the sandbox holds, for the app's sandbox panel. API keys appear in full,
// because the control interface serves loopback only and the panel masks them; installation
// tokens are masked here. Times are ISO 8601 in UTC.
QJsonObject buildSnapshot(const SandboxState &state, const RateLimiter &rateLimiter,
                          const SandboxOptions &options, const QDateTime &now);

} // namespace studio::sandbox
