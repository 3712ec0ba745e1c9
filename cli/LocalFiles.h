// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliError.h"
#include "CliOptions.h"
#include "Output.h"
#include "common/Result.h"
#include "crypto/RsaKeyPair.h"

#include <QCommandLineParser>

#include <optional>

namespace studio::cli {

// Reads the whole file, or "-" for standard input. The error (FileError) names the file.
Result<QByteArray, CliError> readLocalFile(const QString &path);

// The API key from --api-key-file, --api-key-stdin or --api-key (exactly one). --api-key
// prints a warning, because the process list shows it to other users.
Result<QByteArray, CliError> readApiKey(const QCommandLineParser &parser, const CliOptions &options,
                                        const Output &output);

// Reads an RSA private key PEM file; the error names the file and the problem.
Result<crypto::RsaKeyPair, CliError> readPrivateKeyFile(const QString &path);

// Checks before any work that path can be written: it does not exist yet (or force is set)
// and its folder accepts a new file. The probe's temporary file is removed again.
std::optional<CliError> checkOutputFile(const QString &path, bool force);

// Writes bytes to path atomically (QSaveFile), readable and writable by the owner only.
std::optional<CliError> writeOwnerOnlyFile(const QString &path, const QByteArray &bytes);

} // namespace studio::cli
