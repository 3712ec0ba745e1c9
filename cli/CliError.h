// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiClient.h"

#include <QJsonObject>
#include <QString>

namespace studio::cli {

// The exit codes of bunq-session, listed in its --help and in cli/README.md.
enum class ExitCode : int
{
    Ok = 0,
    ApiFailed = 1,            // bunq returned an error, or the network failed
    Usage = 2,                // unknown option, missing option or invalid value
    FileError = 3,            // a file is missing, unreadable, invalid or cannot be written
    SignatureNotVerified = 4, // a server signature is missing or does not verify
    SessionNotAlive = 5,      // the session has ended or expired, or none is stored
};

// Why a command failed: the exit code, one message for people and, for --json, the details.
struct CliError
{
    ExitCode code = ExitCode::ApiFailed;
    QString message;
    QJsonObject details;

    static CliError usage(const QString &message) { return {ExitCode::Usage, message, {}}; }
    static CliError file(const QString &message) { return {ExitCode::FileError, message, {}}; }
};

// Returns true when bunq's error means that the session token is no longer valid: 401
// "Insufficient authorisation." or 403 "Insufficient authentication.". bunq has been seen
// returning both.
bool isDeadSessionError(const api::ApiError &error);

// Describes a failed call, led by what was called: "GET /v1/user failed: HTTP 400 · <bunq's
// text> · response id <id>", with the server-signature verdict beside it. Picks the exit code
// from the kind of failure. A dead-session error gets SessionNotAlive only when
// deadSessionIsOwnCode is set.
CliError errorFromApiResult(const api::ApiResult &result, bool deadSessionIsOwnCode = true);

// "POST /v1/installation", from an exchange.
QString callName(const api::ApiExchange &exchange);

// "valid", "invalid", "missing" or "not checked", as written in --json output.
QString verdictJsonName(api::SignatureVerdict verdict);

} // namespace studio::cli
