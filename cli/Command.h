// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliError.h"
#include "CliOptions.h"
#include "Output.h"
#include "api/ApiClient.h"
#include "common/Result.h"

#include <QCommandLineParser>
#include <QObject>

class QNetworkAccessManager;

namespace studio::cli {

// One subcommand of bunq-session. It reads its options from the parsed command line, does its
// work asynchronously on the event loop and reports its exit code once through finished().
class Command : public QObject
{
    Q_OBJECT

public:
    // parser and options must outlive the command.
    Command(const QCommandLineParser &parser, const CliOptions &options, QObject *parent);

    // Runs the command. Call it from the running event loop.
    void start();

Q_SIGNALS:
    void finished(int exitCode);

protected:
    virtual void run() = 0;

    // Print the result or the error, then report the exit code.
    void succeed(const QJsonObject &json, const QStringList &lines);
    void fail(const CliError &error);
    void finish(ExitCode code);

    const Output &output() const { return m_output; }

    // Positional arguments after the command name; fails unless there are exactly count.
    Result<QStringList, CliError> positionalArguments(int count, const QString &syntax) const;

    // An API client for the environment with --timeout applied, going through the --proxy
    // option or else storedProxyUrl. Owned by this command.
    Result<api::ApiClient *, CliError> makeClient(const api::ApiEnvironment &environment,
                                                  const QString &storedProxyUrl = {});

    const QCommandLineParser &m_parser;
    const CliOptions &m_options;

private:
    Output m_output;
    QNetworkAccessManager *m_network = nullptr;
    bool m_finished = false;
};

} // namespace studio::cli
