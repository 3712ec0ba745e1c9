// SPDX-License-Identifier: GPL-3.0-or-later
// bunq-local-sandbox: serves the local bunq API on loopback until SIGINT or SIGTERM.

#include "LocalSandbox.h"
#include "Logging.h"
#include "UnixSignalNotifier.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLoggingCategory>

#include <cstdio>
#include <optional>

using namespace Qt::StringLiterals;
using namespace studio::sandbox;

namespace {

// Exit codes: 0 after a clean stop, 1 when the server cannot listen, 2 for invalid options.
constexpr int exitCannotListen = 1;
constexpr int exitInvalidOption = 2;

struct CommandLine
{
    QCommandLineOption port{
        u"port"_s, u"TCP port to listen on. 0, the default, picks a free port."_s, u"N"_s, u"0"_s};
    QCommandLineOption address{u"address"_s,
                               u"Loopback address to listen on, such as ::1 (default 127.0.0.1)."_s,
                               u"ADDRESS"_s, u"127.0.0.1"_s};
    QCommandLineOption sessionTimeout{
        u"session-timeout"_s,
        u"Seconds from session creation to expiry, also sent as session_timeout "
        u"(default 604800, one week)."_s,
        u"SECONDS"_s, u"604800"_s};
    QCommandLineOption deadSessionStatus{
        u"dead-session-status"_s,
        u"HTTP status for an unknown, expired or ended token: 401 (\"Insufficient "
        u"authorisation.\", the default) or 403 (\"Insufficient authentication.\")."_s,
        u"401|403"_s, u"401"_s};
    QCommandLineOption extendSessions{
        u"extend-sessions"_s,
        u"Extend a session used in its last 30 seconds by the session timeout, at most 5 "
        u"minutes, as bunq's API reference describes. Off by default."_s};
    QCommandLineOption serverKeys{
        u"server-keys"_s,
        u"\"per-installation\" gives every installation a fresh RSA key; \"shared\" signs "
        u"every installation's responses with one key (default per-installation)."_s,
        u"POLICY"_s, u"per-installation"_s};
};

void printError(const QString &message)
{
    std::fprintf(stderr, "bunq-local-sandbox: %s\n", qPrintable(message));
}

std::optional<QHostAddress> parseAddress(const QString &text)
{
    if (text.compare(u"localhost"_s, Qt::CaseInsensitive) == 0)
        return QHostAddress(QHostAddress::LocalHost);
    QHostAddress address;
    if (!address.setAddress(text))
        return std::nullopt;
    return address;
}

// Reads the options into sandbox settings; prints the problem and returns nothing on error.
std::optional<SandboxOptions> readOptions(const QCommandLineParser &parser,
                                          const CommandLine &commandLine)
{
    SandboxOptions options;

    bool isNumber = false;
    const uint port = parser.value(commandLine.port).toUInt(&isNumber);
    if (!isNumber || port > 65535) {
        printError(u"--port must be a number from 0 to 65535, not \"%1\"."_s.arg(
            parser.value(commandLine.port)));
        return std::nullopt;
    }
    options.port = static_cast<quint16>(port);

    const auto address = parseAddress(parser.value(commandLine.address));
    if (!address) {
        printError(u"--address \"%1\" is not an IP address. Use 127.0.0.1 or ::1."_s.arg(
            parser.value(commandLine.address)));
        return std::nullopt;
    }
    options.address = *address;

    const qint64 timeout = parser.value(commandLine.sessionTimeout).toLongLong(&isNumber);
    if (!isNumber || timeout <= 0) {
        printError(u"--session-timeout must be a positive number of seconds, not \"%1\"."_s.arg(
            parser.value(commandLine.sessionTimeout)));
        return std::nullopt;
    }
    options.sessionTimeoutSeconds = timeout;
    options.extendSessions = parser.isSet(commandLine.extendSessions);

    const QString status = parser.value(commandLine.deadSessionStatus);
    if (status == u"401"_s) {
        options.deadSessionStatus = DeadSessionStatus::Unauthorised401;
    } else if (status == u"403"_s) {
        options.deadSessionStatus = DeadSessionStatus::Forbidden403;
    } else {
        printError(u"--dead-session-status must be 401 or 403, not \"%1\"."_s.arg(status));
        return std::nullopt;
    }

    const QString policy = parser.value(commandLine.serverKeys);
    if (policy == u"per-installation"_s) {
        options.serverKeyPolicy = ServerKeyPolicy::PerInstallation;
    } else if (policy == u"shared"_s) {
        options.serverKeyPolicy = ServerKeyPolicy::Shared;
    } else {
        printError(u"--server-keys must be per-installation or shared, not \"%1\"."_s.arg(policy));
        return std::nullopt;
    }

    return options;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"bunq-local-sandbox"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(STUDIO_VERSION));

    // Request lines are the point of running this program, so they are on by default.
    // QT_LOGGING_RULES still overrides this.
    QLoggingCategory::setFilterRules(u"studio.sandbox.info=true"_s);
    if (qEnvironmentVariableIsEmpty("QT_MESSAGE_PATTERN"))
        qSetMessagePattern(u"%{time yyyy-MM-ddThh:mm:ss.zzz} %{category} %{type}: %{message}"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"A local stand-in for bunq's public API (sandbox users, installation, device-server, "
        u"session-server, user and session endpoints). It listens on loopback only and prints "
        u"one line with the API root URL to standard output once it is ready."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const CommandLine commandLine;
    parser.addOptions({commandLine.port, commandLine.address, commandLine.sessionTimeout,
                       commandLine.deadSessionStatus, commandLine.extendSessions,
                       commandLine.serverKeys});
    parser.process(app);
    if (!parser.positionalArguments().isEmpty()) {
        printError(u"unexpected argument \"%1\". See --help."_s.arg(
            parser.positionalArguments().constFirst()));
        return exitInvalidOption;
    }

    const auto options = readOptions(parser, commandLine);
    if (!options)
        return exitInvalidOption;

    UnixSignalNotifier signalNotifier;
    if (!signalNotifier.isValid())
        printError(u"cannot catch SIGINT and SIGTERM (%1). Stop the program with SIGKILL."_s.arg(
            signalNotifier.errorString()));
    QObject::connect(&signalNotifier, &UnixSignalNotifier::received, &app, [](int signalNumber) {
        qCInfo(lcSandbox) << "Received signal" << signalNumber << "- stopping";
        QCoreApplication::quit();
    });

    LocalSandbox sandbox(*options);
    if (!sandbox.start()) {
        printError(sandbox.errorString());
        return exitCannotListen;
    }

    // Scripts wait for this line to learn the port, so it goes out at once.
    std::printf("bunq-local-sandbox listening on %s\n",
                sandbox.baseUrl().toString().toUtf8().constData());
    std::fflush(stdout);

    return QCoreApplication::exec();
}
