// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliError.h"
#include "CliOptions.h"
#include "api/ApiEnvironment.h"
#include "common/Result.h"

#include <QCommandLineParser>
#include <QNetworkProxy>
#include <QUrl>

#include <optional>

namespace studio::cli {

// Reads --base-url: an http or https URL on a loopback address whose path ends in /v1/. Other
// hosts are refused, because bunq's own servers are chosen with --environment.
Result<QUrl, CliError> parseBaseUrl(const QString &text);

// The environment of a new session from --environment and --base-url. --base-url alone means
// a local sandbox; --environment local needs --base-url; neither is a usage error.
Result<api::ApiEnvironment, CliError> environmentFromOptions(const QCommandLineParser &parser,
                                                             const CliOptions &options);

// Reads a proxy URL (http://host:port or socks5://[user[:password]@]host:port). where names
// the option or file it came from, for the message.
Result<QNetworkProxy, CliError> parseProxyUrl(const QString &text, const QString &where);

// --timeout in milliseconds.
Result<int, CliError> timeoutFromOptions(const QCommandLineParser &parser,
                                         const CliOptions &options);

} // namespace studio::cli
