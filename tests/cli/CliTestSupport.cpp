// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliTestSupport.h"

#include <QJsonDocument>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace clitest {

namespace {

constexpr int runTimeoutMs = 60000;
constexpr int startTimeoutMs = 15000;

} // namespace

QJsonObject RunResult::json() const
{
    return QJsonDocument::fromJson(standardOutput).object();
}

QByteArray RunResult::describe() const
{
    return "exit code " + QByteArray::number(exitCode) + (crashed ? " (crashed)" : "") +
           "\n--- stdout ---\n" + standardOutput + "\n--- stderr ---\n" + standardError;
}

RunResult runCli(const QStringList &arguments, const QByteArray &input,
                 const QProcessEnvironment &extraEnvironment)
{
    QProcess process;
    process.setProgram(QStringLiteral(BUNQ_SESSION_EXECUTABLE));
    process.setArguments(arguments);
    // A passphrase from the test's environment must not leak into a run that tests its absence.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(u"BUNQ_SESSION_PASSPHRASE"_s);
    environment.insert(extraEnvironment);
    process.setProcessEnvironment(environment);
    process.start();

    RunResult result;
    if (!process.waitForStarted(startTimeoutMs)) {
        result.standardError = process.errorString().toUtf8();
        return result;
    }
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();

    if (!process.waitForFinished(runTimeoutMs)) {
        process.kill();
        process.waitForFinished(startTimeoutMs);
        result.standardError = "bunq-session did not finish within a minute\n";
    }
    result.crashed = process.exitStatus() != QProcess::NormalExit;
    result.exitCode = process.exitCode();
    result.standardOutput = process.readAllStandardOutput();
    result.standardError += process.readAllStandardError();
    return result;
}

SandboxProcess::SandboxProcess(const QStringList &extraArguments)
{
    m_process.setProgram(QStringLiteral(SANDBOX_EXECUTABLE));
    m_process.setArguments(QStringList{u"--port"_s, u"0"_s} + extraArguments);
    // Its request log is not needed, and an unread pipe would block it once full.
    m_process.setStandardErrorFile(QProcess::nullDevice());
    m_process.start();
    if (!m_process.waitForStarted(startTimeoutMs)) {
        m_error = m_process.errorString();
        return;
    }

    while (!m_process.canReadLine()) {
        if (!m_process.waitForReadyRead(startTimeoutMs)) {
            m_error = u"bunq-local-sandbox printed no URL line within 15 s"_s;
            return;
        }
    }
    const QString line = QString::fromUtf8(m_process.readLine()).trimmed();
    static const QRegularExpression format(u"listening on (http://\\S+/v1/)\\z"_s);
    m_baseUrl = QUrl(format.match(line).captured(1));
    if (m_baseUrl.isEmpty())
        m_error = u"unexpected first line: "_s + line;
}

SandboxProcess::~SandboxProcess()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(startTimeoutMs)) {
        m_process.kill();
        m_process.waitForFinished(startTimeoutMs);
    }
}

} // namespace clitest
