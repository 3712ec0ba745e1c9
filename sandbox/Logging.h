// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcSandbox)

#include <QByteArray>

namespace studio::sandbox {

// Masks an API key or token for logs: keeps the "sandbox_" prefix and the last four characters,
// e.g. "sandbox_...c1a9", so that log lines can be matched up without revealing the secret.
QByteArray maskedSecret(const QByteArray &secret);

} // namespace studio::sandbox
