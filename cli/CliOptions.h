// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineOption>

namespace studio::cli {

// Every option of bunq-session. Each command adds the ones it takes to its parser, so one
// option reads and behaves the same in every command. Create it after QCoreApplication.
struct CliOptions
{
    CliOptions();

    // Output
    QCommandLineOption json;
    QCommandLineOption showSecrets;
    QCommandLineOption quiet;

    // Source and destination of the session
    QCommandLineOption context;
    QCommandLineOption profile;
    QCommandLineOption outputContext;
    QCommandLineOption saveProfile;
    QCommandLineOption profileDir;
    QCommandLineOption passphraseFile;
    QCommandLineOption force;

    // Server and connection
    QCommandLineOption environment;
    QCommandLineOption baseUrl;
    QCommandLineOption proxy;
    QCommandLineOption timeout;

    // Opening a session
    QCommandLineOption apiKeyFile;
    QCommandLineOption apiKeyStdin;
    QCommandLineOption apiKey;
    QCommandLineOption privateKeyFile;
    QCommandLineOption deviceDescription;
    QCommandLineOption permittedIp;
    QCommandLineOption wildcard;

    // create-sandbox-user
    QCommandLineOption company;
    QCommandLineOption outputApiKeyFile;

    // send
    QCommandLineOption body;
    QCommandLineOption bodyFile;

    // export
    QCommandLineOption output;
};

} // namespace studio::cli
