// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QProcess>
#include <QStringList>
#include <QUrl>

namespace clitest {

// What one run of bunq-session printed and how it ended.
struct RunResult
{
    int exitCode = -1;
    bool crashed = false;
    QByteArray standardOutput;
    QByteArray standardError;

    // Parses standard output as one JSON object; an empty object when it is not one.
    QJsonObject json() const;
    // Both streams, for checks that a secret appears in neither.
    QByteArray everything() const { return standardOutput + standardError; }
    // A description for failure messages: exit code and both streams.
    QByteArray describe() const;
};

// Runs bunq-session with arguments and, if given, bytes on standard input and extra
// environment variables. BUNQ_SESSION_PASSPHRASE is unset unless given. Waits at most a minute.
RunResult runCli(const QStringList &arguments, const QByteArray &input = {},
                 const QProcessEnvironment &extraEnvironment = {});

// A bunq-local-sandbox program on 127.0.0.1 with a free port, stopped by the destructor.
class SandboxProcess
{
public:
    // Starts it with --port 0 plus the extra arguments and waits for its URL line.
    explicit SandboxProcess(const QStringList &extraArguments = {});
    ~SandboxProcess();

    // The API root it printed, such as http://127.0.0.1:41234/v1/. It is empty when the
    // program did not start, and errorText() then describes the problem.
    QUrl baseUrl() const { return m_baseUrl; }
    QString errorText() const { return m_error; }

private:
    QProcess m_process;
    QUrl m_baseUrl;
    QString m_error;
};

} // namespace clitest
