// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SandboxState.h"
#include "common/Result.h"

#include <QString>

#include <optional>

namespace studio::sandbox {

// The file that keeps a sandbox's records across restarts: a JSON object marked with
// "format": "bunq-local-sandbox-state" and "version": 1. It contains users, API keys,
// installations with their client public key and server private key as PEM, device-servers,
// monetary accounts, payments and request-inquiries. Sessions are not saved. The file contains
// secrets, so it is written readable by its owner only.
class StateFile
{
public:
    explicit StateFile(QString path);

    QString path() const { return m_path; }

    // Reads the records. A file that does not exist or is empty gives empty records. The error
    // names the file and the problem; the file is never changed by reading.
    Result<SandboxState::Data, QString> read() const;

    // Replaces the file atomically (write to a temporary file, then rename) with permissions
    // 0600. Returns the error text when that fails.
    std::optional<QString> write(const SandboxState::Data &data) const;

private:
    QString m_path;
};

} // namespace studio::sandbox
