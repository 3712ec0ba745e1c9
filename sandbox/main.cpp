// SPDX-License-Identifier: GPL-3.0-or-later
// bunq-local-sandbox: serves the local bunq API on loopback until SIGINT or SIGTERM.

#include "LocalSandbox.h"
#include "Logging.h"
#include "UnixSignalNotifier.h"
#include "control/FaultSwitchboard.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLoggingCategory>

#include <cstdio>
#include <optional>

using namespace Qt::StringLiterals;
using namespace studio::sandbox;

namespace {

// Exit codes: 0 after a clean stop, 1 when the server cannot start (it cannot listen, or the
// state file is unusable), 2 for invalid options.
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
        u"Extend a session used in its last seconds (--extension-window) from that moment by "
        u"the session timeout, at most --max-extension, as bunq's API reference describes. "
        u"This is the default; the option is kept for older scripts."_s};
    QCommandLineOption noExtendSessions{
        u"no-extend-sessions"_s,
        u"Never extend sessions, so that each expires exactly --session-timeout seconds after "
        u"it was opened."_s};
    QCommandLineOption extensionWindow{
        u"extension-window"_s,
        u"Seconds before expiry within which a request extends its session (default 30)."_s,
        u"SECONDS"_s, u"30"_s};
    QCommandLineOption maxExtension{
        u"max-extension"_s,
        u"Most seconds one extension adds from the moment of the request (default 300)."_s,
        u"SECONDS"_s, u"300"_s};
    QCommandLineOption allowParallelSessions{
        u"allow-parallel-sessions"_s,
        u"Let session-server open a session on an installation that still has a live one. "
        u"By default that is rejected with 400 \"Authentication token already has a user "
        u"session.\"."_s};
    QCommandLineOption noRateLimits{
        u"no-rate-limits"_s,
        u"Turn off the rate limits (per caller IP, endpoint and method: 3 GET, 5 POST, 5 DELETE "
        u"and 2 PUT per 3 seconds, 1 session-server per 30 seconds), for load tests."_s};
    QCommandLineOption keyActivationWindow{
        u"key-activation-window"_s,
        u"Seconds after its creation within which a new API key must be bound by its first "
        u"device-server (default 14400, four hours)."_s,
        u"SECONDS"_s, u"14400"_s};
    QCommandLineOption sessionUserKind{
        u"session-user-kind"_s,
        u"The user object session-server returns: \"person-or-company\" (UserPerson or "
        u"UserCompany, the default), \"api-key\" (UserApiKey, as for an OAuth token) or "
        u"\"payment-service-provider\" (UserPaymentServiceProvider)."_s,
        u"KIND"_s, u"person-or-company"_s};
    QCommandLineOption state{
        u"state"_s,
        u"Keep users, API keys, installations, devices, accounts and payments in this JSON "
        u"file across restarts (sessions are not kept). It is created when missing, written "
        u"after every change with owner-only permissions, and never overwritten when it cannot "
        u"be read as a state file."_s,
        u"FILE"_s};
    QCommandLineOption serverKeys{
        u"server-keys"_s,
        u"\"per-installation\" gives every installation a fresh RSA key; \"shared\" signs "
        u"every installation's responses with one key (default per-installation)."_s,
        u"POLICY"_s, u"per-installation"_s};
    QCommandLineOption controlPort{
        u"control-port"_s,
        u"Also start the control interface (state, request log, faults, reset, API key "
        u"revocation) on this loopback TCP port; 0 picks a free port. It prints a second line with its URL. Off "
        u"unless given."_s,
        u"N"_s};
    QCommandLineOption fault{
        u"fault"_s,
        u"Arm a fault for the /v1 responses, written kind[=delay_ms]:endpoint[:count]. Kinds: "
        u"slow (needs =delay in milliseconds), 500, 500-no-response-id, 491, drop, truncate, "
        u"no-signature, bad-signature, lower-case-headers, 429. Endpoint: * for every request, "
        u"or a method and a path under /v1/ such as \"POST session-server\" or \"GET user/*\". "
        u"count: how many responses to change; without it the fault stays until it is cleared "
        u"through the control interface. Repeat the option to arm several faults."_s,
        u"SPEC"_s};
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

// Reads a whole number of seconds, at least minimum; prints the problem and returns nothing
// on error.
std::optional<qint64> readSeconds(const QCommandLineParser &parser,
                                  const QCommandLineOption &option, qint64 minimum)
{
    bool isNumber = false;
    const QString text = parser.value(option);
    const qint64 seconds = text.toLongLong(&isNumber);
    if (!isNumber || seconds < minimum) {
        printError(u"--%1 must be a whole number of seconds of at least %2, not \"%3\"."_s.arg(
            option.names().constFirst(), QString::number(minimum), text));
        return std::nullopt;
    }
    return seconds;
}

// Reads the options that change how the sandbox behaves towards clients: session extension,
// parallel sessions, rate limits, key activation, the session's user kind and the state file.
// Prints the problem and returns false on error.
bool readBehaviourOptions(const QCommandLineParser &parser, const CommandLine &commandLine,
                          SandboxOptions &options)
{
    if (parser.isSet(commandLine.extendSessions) && parser.isSet(commandLine.noExtendSessions)) {
        printError(u"--extend-sessions and --no-extend-sessions contradict each other; pass "
                   u"one of them."_s);
        return false;
    }
    options.extendSessions = !parser.isSet(commandLine.noExtendSessions);
    const auto window = readSeconds(parser, commandLine.extensionWindow, 0);
    const auto maxExtension = readSeconds(parser, commandLine.maxExtension, 0);
    const auto activationWindow = readSeconds(parser, commandLine.keyActivationWindow, 1);
    if (!window || !maxExtension || !activationWindow)
        return false;
    options.extensionWindowSeconds = *window;
    options.maxExtensionSeconds = *maxExtension;
    options.keyActivationWindowSeconds = *activationWindow;

    options.oneLiveSessionPerInstallation = !parser.isSet(commandLine.allowParallelSessions);
    options.rateLimits = !parser.isSet(commandLine.noRateLimits);

    const QString kind = parser.value(commandLine.sessionUserKind);
    if (kind == u"person-or-company"_s) {
        options.sessionUserKind = SessionUserKind::PersonOrCompany;
    } else if (kind == u"api-key"_s) {
        options.sessionUserKind = SessionUserKind::ApiKey;
    } else if (kind == u"payment-service-provider"_s) {
        options.sessionUserKind = SessionUserKind::PaymentServiceProvider;
    } else {
        printError(u"--session-user-kind must be person-or-company, api-key or "
                   u"payment-service-provider, not \"%1\"."_s.arg(kind));
        return false;
    }

    if (parser.isSet(commandLine.state)) {
        options.stateFile = parser.value(commandLine.state);
        if (options.stateFile.isEmpty()) {
            printError(u"--state needs a file name."_s);
            return false;
        }
    }
    return true;
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

    if (!readBehaviourOptions(parser, commandLine, options))
        return std::nullopt;
    return options;
}

// Reads every --fault. Prints the problem and returns nothing on error.
std::optional<QList<FaultSpec>> readFaults(const QCommandLineParser &parser,
                                           const CommandLine &commandLine)
{
    QList<FaultSpec> faults;
    for (const QString &text : parser.values(commandLine.fault)) {
        const auto spec = FaultSpec::parse(text);
        if (!spec) {
            printError(u"--fault: "_s + spec.error());
            return std::nullopt;
        }
        faults.append(spec.value());
    }
    return faults;
}

// Reads --control-port, with nothing inside the optional when the option is absent. Prints the
// problem and returns nothing on error.
// Whether to start the control interface, and on which port (0 picks a free one).
struct ControlPortChoice
{
    bool enabled = false;
    quint16 port = 0;
};

// Returns nothing, after printing the error, when the option's value is not a port number.
std::optional<ControlPortChoice> readControlPort(const QCommandLineParser &parser,
                                                 const CommandLine &commandLine)
{
    if (!parser.isSet(commandLine.controlPort))
        return ControlPortChoice{};

    bool isNumber = false;
    const uint port = parser.value(commandLine.controlPort).toUInt(&isNumber);
    if (!isNumber || port > 65535) {
        printError(u"--control-port must be a number from 0 to 65535, not \"%1\"."_s.arg(
            parser.value(commandLine.controlPort)));
        return std::nullopt;
    }
    return ControlPortChoice{true, static_cast<quint16>(port)};
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
        u"session-server, user, session, monetary-account, request-inquiry and payment "
        u"endpoints). It listens on loopback only and prints "
        u"one line with the API root URL to standard output once it is ready, and a second line "
        u"with the control interface's URL when --control-port is given."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const CommandLine commandLine;
    parser.addOptions(
        {commandLine.port, commandLine.address, commandLine.sessionTimeout,
         commandLine.deadSessionStatus, commandLine.extendSessions, commandLine.noExtendSessions,
         commandLine.extensionWindow, commandLine.maxExtension, commandLine.allowParallelSessions,
         commandLine.noRateLimits, commandLine.keyActivationWindow, commandLine.sessionUserKind,
         commandLine.state, commandLine.serverKeys, commandLine.controlPort, commandLine.fault});
    // parse() instead of process(), which would exit with 1 for an unknown option; every
    // invalid option exits with the same code here.
    if (!parser.parse(QCoreApplication::arguments())) {
        printError(parser.errorText() + u" See --help."_s);
        return exitInvalidOption;
    }
    if (parser.isSet(u"help"_s))
        parser.showHelp(0);
    if (parser.isSet(u"version"_s))
        parser.showVersion();
    if (!parser.positionalArguments().isEmpty()) {
        printError(u"unexpected argument \"%1\". See --help."_s.arg(
            parser.positionalArguments().constFirst()));
        return exitInvalidOption;
    }

    const auto options = readOptions(parser, commandLine);
    if (!options)
        return exitInvalidOption;
    const auto faults = readFaults(parser, commandLine);
    const auto controlPort = readControlPort(parser, commandLine);
    if (!faults || !controlPort)
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
    for (const FaultSpec &fault : *faults)
        sandbox.faults().arm(fault);
    if (!sandbox.start()) {
        printError(sandbox.errorString());
        return exitCannotListen;
    }
    if (controlPort->enabled && !sandbox.startControl(controlPort->port)) {
        printError(sandbox.errorString());
        return exitCannotListen;
    }

    // Scripts wait for this line to learn the port, so it goes out at once.
    std::printf("bunq-local-sandbox listening on %s\n",
                sandbox.baseUrl().toString().toUtf8().constData());
    if (controlPort->enabled)
        std::printf("bunq-local-sandbox control interface on %s\n",
                    sandbox.controlUrl().toString().toUtf8().constData());
    std::fflush(stdout);

    return QCoreApplication::exec();
}
