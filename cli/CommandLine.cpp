// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandLine.h"

#include "CheckCommand.h"
#include "CloseCommand.h"
#include "CreateSandboxUserCommand.h"
#include "ExportCommand.h"
#include "ImportCommand.h"
#include "OpenCommand.h"
#include "Output.h"
#include "ReopenCommand.h"
#include "SendCommand.h"

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace studio::cli {

namespace {

template <typename T>
Command *make(const QCommandLineParser &parser, const CliOptions &options, QObject *parent)
{
    return new T(parser, options, parent);
}

void printOut(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

constexpr qsizetype helpWidth = 79;

// Breaks text into lines of at most width characters at spaces, each line after the first
// starting with indent spaces.
QString wrap(const QString &text, qsizetype width, qsizetype indent = 0,
             const QString &lineEnd = {})
{
    qsizetype leadingSpaces = 0;
    while (leadingSpaces < text.size() && text.at(leadingSpaces) == u' ')
        ++leadingSpaces;

    QString result;
    QString line(leadingSpaces, u' ');
    const QStringList words = text.split(u' ', Qt::SkipEmptyParts);
    for (const QString &word : words) {
        if (!line.isEmpty() && line.size() + 1 + word.size() + lineEnd.size() > width) {
            result += line + lineEnd + u'\n';
            line = QString(indent, u' ');
        } else if (!line.isEmpty() && !line.endsWith(u' ')) {
            line += u' ';
        }
        line += word;
    }
    return result + line;
}

// The options table of Qt's help text, which lines up names and wrapped descriptions.
QString optionsTable(const QString &qtHelp)
{
    const qsizetype start = qtHelp.indexOf(u"\nOptions:\n"_s);
    return start < 0 ? QString() : qtHelp.mid(start + 1);
}

} // namespace

QString exitCodeHelp()
{
    return CommandLine::tr(
        "Exit codes:\n"
        "  0  success\n"
        "  1  the API call or the network failed; bunq's error text is printed\n"
        "  2  usage error: unknown option, missing option or invalid value\n"
        "  3  file error: a file is missing, unreadable, invalid or cannot be written\n"
        "  4  a server signature is missing or does not verify\n"
        "  5  the session is not alive: ended, expired, or none is stored\n");
}

CommandLine::CommandLine()
    : m_help(QStringList{u"h"_s, u"help"_s}, tr("Show this help and exit."))
{
    addCommands();
}

void CommandLine::addCommands()
{
    const CliOptions &o = m_options;
    const QList<const QCommandLineOption *> output{&o.json, &o.showSecrets, &o.quiet};
    const QList<const QCommandLineOption *> source{&o.context, &o.profile, &o.baseUrl};
    const QList<const QCommandLineOption *> profiles{&o.profileDir, &o.passphraseFile};
    const QList<const QCommandLineOption *> connection{&o.proxy, &o.timeout};
    const QList<const QCommandLineOption *> device{&o.privateKeyFile, &o.deviceDescription,
                                                   &o.permittedIp, &o.wildcard};

    m_specs << Spec{
        u"create-sandbox-user"_s,
        tr("Create a sandbox person or company and get its API key"),
        {tr("(--environment sandbox | --base-url <url>) [--company]"),
         tr("[--output-api-key-file <file>]"),
         tr("[--output-context <file> | --save-profile <name>] [options]")},
        tr("Creates a user in bunq's sandbox or in a bunq-local-sandbox and prints its new API "
           "key, masked unless --show-secrets is given. --output-api-key-file saves the key for "
           "\"open --api-key-file\". With --output-context or --save-profile it goes on to open "
           "a session with the key, as \"open\" does."),
        QList<const QCommandLineOption *>{&o.environment, &o.baseUrl, &o.company,
                                          &o.outputApiKeyFile, &o.outputContext, &o.saveProfile,
                                          &o.force} +
            device + profiles + connection + output,
        {},
        {u"bunq-session create-sandbox-user --base-url http://127.0.0.1:41234/v1/ "
         u"--output-api-key-file api-key.txt"_s,
         u"bunq-session create-sandbox-user --environment sandbox --company "
         u"--output-context bunq.conf"_s},
        &make<CreateSandboxUserCommand>,
    };

    m_specs << Spec{
        u"open"_s,
        tr("Open a session: key pair, installation, device and session"),
        {tr("(--api-key-file <file> | --api-key-stdin)"),
         tr("(--environment sandbox|production | --base-url <url>)"),
         tr("(--output-context <file> | --save-profile <name>) [options]")},
        tr("Opens a bunq API session in four steps: an RSA-2048 key pair (generated, or read "
           "with --private-key-file), POST /v1/installation, POST /v1/device-server and POST "
           "/v1/session-server. Each step prints a progress line on standard error, and every "
           "response must carry a valid server signature. The session goes to a context file "
           "or a profile."),
        QList<const QCommandLineOption *>{&o.apiKeyFile, &o.apiKeyStdin, &o.apiKey, &o.environment,
                                          &o.baseUrl, &o.outputContext, &o.saveProfile, &o.force} +
            device + profiles + connection + output,
        {},
        {u"bunq-session open --environment sandbox --api-key-file api-key.txt "
         u"--output-context bunq.conf"_s,
         u"pass show bunq/api-key | bunq-session open --api-key-stdin --environment production "
         u"--wildcard --save-profile work"_s},
        &make<OpenCommand>,
    };

    m_specs << Spec{
        u"check"_s,
        tr("Check whether a stored session is alive"),
        {tr("(--context <file> | --profile <name>) [options]")},
        tr("Calls GET /v1/user with the stored session and reports whether the session is "
           "alive, with its user and expiry. Exits with 5 when bunq reports the session as "
           "ended or expired."),
        source + profiles + connection + output,
        {},
        {u"bunq-session check --context bunq.conf"_s},
        &make<CheckCommand>,
    };

    m_specs << Spec{
        u"reopen"_s,
        tr("Open a new session on a stored installation"),
        {tr("(--context <file> | --profile <name>) [options]")},
        tr("Opens a new session with POST /v1/session-server on the stored installation and "
           "device, and saves it where the old one was. A stored session that is still alive "
           "is ended first, because bunq allows one live session per installation. bunq "
           "accepts one session-server call per 30 seconds."),
        source + profiles + connection + output,
        {},
        {u"bunq-session reopen --profile work"_s},
        &make<ReopenCommand>,
    };

    m_specs << Spec{
        u"close"_s,
        tr("End a stored session"),
        {tr("(--context <file> | --profile <name>) [options]")},
        tr("Ends the stored session with DELETE /v1/session/{id} and removes it from the "
           "context file or profile; the installation stays for \"reopen\". bunq ends the "
           "session whose token the call carries, whatever the id, so the path carries 0 "
           "when a context file does not store the id (bunq's own SDKs do the same). A session "
           "that had ended already counts as closed."),
        source + profiles + connection + output,
        {},
        {u"bunq-session close --context bunq.conf"_s},
        &make<CloseCommand>,
    };

    m_specs << Spec{
        u"send"_s,
        tr("Send one signed request with a stored session"),
        {tr("<method> <path> [--body <json> | --body-file <file>]"),
         tr("(--context <file> | --profile <name>) [options]")},
        tr("Signs and sends one request with the stored session, checks the response's "
           "server signature and prints the response body. Token and secret fields in it are "
           "masked unless --show-secrets is given. bunq's errors and unverified responses end "
           "with a non-zero exit code and no body on standard output."),
        QList<const QCommandLineOption *>{&o.body, &o.bodyFile} + source + profiles + connection +
            output,
        {{u"method"_s, tr("GET, POST, PUT or DELETE.")},
         {u"path"_s, tr("The path under the API root, such as /v1/user or user/12.")}},
        {u"bunq-session send GET /v1/user --context bunq.conf"_s,
         u"bunq-session send POST user/12/monetary-account/34/request-inquiry --body-file "
         u"inquiry.json --context bunq.conf"_s},
        &make<SendCommand>,
    };

    m_specs << Spec{
        u"import"_s,
        tr("Read a bunq SDK context file into a profile or a context file"),
        {tr("<file>"), tr("(--save-profile <name> | --output-context <file>) [options]")},
        tr("Reads the context file (bunq.conf) of any official bunq SDK (Python, Java, PHP or "
           "C#) and saves its session as a profile, or as a context file that all four SDKs "
           "read. What the file contains and lacks is printed on standard error. --base-url "
           "marks the session as one of a bunq-local-sandbox."),
        QList<const QCommandLineOption *>{&o.saveProfile, &o.outputContext, &o.force, &o.baseUrl} +
            profiles + output,
        {{u"file"_s, tr("The context file to read.")}},
        {u"bunq-session import ~/bunq.conf --save-profile work"_s},
        &make<ImportCommand>,
    };

    m_specs << Spec{
        u"export"_s,
        tr("Write a stored session as a bunq SDK context file"),
        {tr("(--profile <name> | --context <file>)"), tr("--output <file> [options]")},
        tr("Writes the stored session as a context file that bunq's Python, Java, PHP and C# "
           "SDKs read, readable by you only. The file grants full access to the account, so "
           "a warning says so on standard error."),
        QList<const QCommandLineOption *>{&o.profile, &o.context, &o.output, &o.force, &o.baseUrl} +
            profiles + output,
        {},
        {u"bunq-session export --profile work --output bunq.conf"_s},
        &make<ExportCommand>,
    };
}

const CommandLine::Spec *CommandLine::find(const QString &name) const
{
    for (const Spec &spec : m_specs) {
        if (spec.name == name)
            return &spec;
    }
    return nullptr;
}

QString CommandLine::programHelp() const
{
    QString text = tr("Usage: bunq-session <command> [options]") + u"\n\n"_s +
                   wrap(tr("Opens, checks, uses and closes bunq API sessions from scripts: the "
                           "command-line companion of bunq Session Studio."),
                        helpWidth) +
                   u"\n\n"_s + tr("Commands:") + u'\n';
    for (const Spec &spec : m_specs)
        text += u"  "_s + spec.name.leftJustified(21) + spec.summary + u'\n';

    text += u'\n' + tr("Options:") + u'\n';
    text += tr("  -h, --help     Show this help, or with a command that command's help.") + u'\n';
    text += tr("  -v, --version  Show the version and exit.") + u"\n\n"_s;
    text += wrap(tr("Run \"bunq-session <command> --help\" for the options of a command. "
                    "Every command takes --json for one JSON object on standard output, and "
                    "prints API keys and tokens masked unless --show-secrets is given."),
                 helpWidth);
    return text + u"\n\n"_s + exitCodeHelp();
}

void CommandLine::setUpParser(const Spec &spec)
{
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    m_parser.addOption(m_help);
    for (const QCommandLineOption *option : spec.options)
        m_parser.addOption(*option);
    for (const auto &[name, description] : spec.arguments)
        m_parser.addPositionalArgument(name, description);
}

QString CommandLine::commandHelp(const Spec &spec)
{
    // The synopsis lines line up after the command name, or start on the next lines with a
    // small indent when that would make them too wide.
    QString prefix = u"Usage: bunq-session "_s + spec.name + u' ';
    qsizetype widest = 0;
    for (const QString &line : spec.synopsis)
        widest = std::max(widest, line.size());
    QString text;
    if (prefix.size() + widest > helpWidth) {
        text = prefix.trimmed() + u'\n';
        prefix = QString(4, u' ');
    }
    for (qsizetype i = 0; i < spec.synopsis.size(); ++i) {
        text += (i == 0 ? prefix : QString(prefix.size(), u' ')) + spec.synopsis.at(i) + u'\n';
    }
    text += u'\n' + wrap(spec.description, helpWidth) + u"\n\n"_s;

    // Qt wraps the option descriptions and lines them up; the usage line above replaces its
    // own, which would put [options] before the command.
    text += optionsTable(m_parser.helpText());

    text += u'\n' + tr("Examples:") + u'\n';
    // Long examples continue on the next line the way a shell reads them.
    for (const QString &example : spec.examples)
        text += wrap(u"  "_s + example, helpWidth, 6, u" \\"_s) + u'\n';
    return text + u'\n' + exitCodeHelp();
}

int CommandLine::usageError(const QString &message, const QStringList &arguments) const
{
    // A command line that cannot be parsed still gets JSON output when it contains --json.
    const Output output(arguments.contains(u"--json"_s), false, false);
    output.failure(CliError::usage(message));
    return int(ExitCode::Usage);
}

std::variant<Command *, int> CommandLine::parse(const QStringList &arguments, QObject *parent)
{
    const QString first = arguments.value(1);
    if (first.isEmpty()) {
        return usageError(tr("No command given. Run \"bunq-session --help\" for the list of "
                             "commands."),
                          arguments);
    }
    if (first == u"-h"_s || first == u"--help"_s || (first == u"help"_s && arguments.size() == 2)) {
        printOut(programHelp());
        return int(ExitCode::Ok);
    }
    if (first == u"-v"_s || first == u"--version"_s) {
        printOut(u"bunq-session "_s + QCoreApplication::applicationVersion() + u'\n');
        return int(ExitCode::Ok);
    }

    // "help COMMAND" reads as well as "COMMAND --help".
    const bool helpFor = first == u"help"_s;
    const QString name = helpFor ? arguments.value(2) : first;
    const Spec *spec = find(name);
    if (!spec) {
        QStringList names;
        for (const Spec &known : std::as_const(m_specs))
            names << known.name;
        const QString what =
            name.startsWith(u'-')
                ? tr("\"%1\" comes before the command, but options go after it: bunq-session "
                     "<command> [options].")
                      .arg(name)
                : tr("Unknown command \"%1\".").arg(name);
        return usageError(what + u' ' + tr("Commands: %1.").arg(names.join(u", "_s)), arguments);
    }

    setUpParser(*spec);
    QStringList commandArguments = arguments.mid(helpFor ? 3 : 2);
    commandArguments.prepend(u"bunq-session "_s + spec->name);
    const bool parsed = m_parser.parse(commandArguments);

    if (helpFor || commandArguments.contains(u"--help"_s) || commandArguments.contains(u"-h"_s)) {
        printOut(commandHelp(*spec));
        return int(ExitCode::Ok);
    }
    if (!parsed) {
        //: %1 is Qt's message, such as "Unknown option 'x'."; %2 the command name.
        return usageError(tr("%1 Run \"bunq-session %2 --help\" for its options.")
                              .arg(m_parser.errorText(), spec->name),
                          arguments);
    }
    return spec->create(m_parser, m_options, parent);
}

} // namespace studio::cli
