// SPDX-License-Identifier: GPL-3.0-or-later
#include "Command.h"

#include "ConnectionOptions.h"

#include <QNetworkAccessManager>

using namespace Qt::StringLiterals;

namespace studio::cli {

Command::Command(const QCommandLineParser &parser, const CliOptions &options, QObject *parent)
    : QObject(parent)
    , m_parser(parser)
    , m_options(options)
{}

void Command::start()
{
    m_output = Output(m_parser.isSet(m_options.json), m_parser.isSet(m_options.showSecrets),
                      m_parser.isSet(m_options.quiet));
    run();
}

void Command::succeed(const QJsonObject &json, const QStringList &lines)
{
    m_output.result(json, lines);
    finish(ExitCode::Ok);
}

void Command::fail(const CliError &error)
{
    m_output.failure(error);
    finish(error.code);
}

void Command::finish(ExitCode code)
{
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT finished(int(code));
}

Result<QStringList, CliError> Command::positionalArguments(int count, const QString &syntax) const
{
    using R = Result<QStringList, CliError>;
    const QStringList arguments = m_parser.positionalArguments();
    if (arguments.size() == count)
        return R::success(arguments);

    if (arguments.size() < count) {
        //: %1 is the command's syntax, such as "send METHOD PATH".
        return R::failure(CliError::usage(tr("Missing argument: the syntax is \"bunq-session "
                                             "%1\".")
                                              .arg(syntax)));
    }
    //: %1 is the first argument too many, %2 the command's syntax.
    return R::failure(CliError::usage(tr("Unexpected argument \"%1\": the syntax is "
                                         "\"bunq-session %2\".")
                                          .arg(arguments.at(count), syntax)));
}

Result<api::ApiClient *, CliError> Command::makeClient(const api::ApiEnvironment &environment,
                                                       const QString &storedProxyUrl)
{
    using R = Result<api::ApiClient *, CliError>;
    const auto timeoutMs = timeoutFromOptions(m_parser, m_options);
    if (!timeoutMs)
        return R::failure(timeoutMs.error());

    if (!m_network)
        m_network = new QNetworkAccessManager(this);

    if (m_parser.isSet(m_options.proxy)) {
        const auto proxy = parseProxyUrl(m_parser.value(m_options.proxy), u"--proxy"_s);
        if (!proxy)
            return R::failure(proxy.error());
        m_network->setProxy(proxy.value());
    } else if (!storedProxyUrl.isEmpty()) {
        const auto proxy = parseProxyUrl(storedProxyUrl, tr("stored with the session"));
        if (!proxy) {
            CliError error = proxy.error();
            error.code = ExitCode::FileError;
            return R::failure(error);
        }
        m_network->setProxy(proxy.value());
    } else {
        // No application-wide or system proxy sneaks in: a script gets what it asked for.
        m_network->setProxy(QNetworkProxy::NoProxy);
    }

    auto *client = new api::ApiClient(m_network, environment, this);
    client->setTimeoutMs(timeoutMs.value());
    return R::success(client);
}

} // namespace studio::cli
