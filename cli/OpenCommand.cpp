// SPDX-License-Identifier: GPL-3.0-or-later
#include "OpenCommand.h"

#include "ConnectionOptions.h"
#include "LocalFiles.h"
#include "SessionReport.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace studio::cli {

void openAndSave(Command *command, api::ApiClient *client, const Output &output,
                 const OpenSettings &settings, SessionStorage *destination, const QString &proxyUrl,
                 std::function<void(Result<SavedSession, CliError>)> done)
{
    using R = Result<SavedSession, CliError>;
    auto *opener = new SessionOpener(client, output, command);
    opener->open(settings, [destination, proxyUrl, done,
                            opener](Result<OpenedSession, CliError> opened) {
        opener->deleteLater();
        if (!opened) {
            done(R::failure(opened.error()));
            return;
        }

        SavedSession saved;
        saved.session.context = opened.value().context;
        saved.session.expiry = saved.session.context.expiry();
        saved.session.expiryFromServer = true;
        saved.session.proxyUrl = proxyUrl;
        saved.timingsMs = opened.value().timingsMs;

        destination->save(saved.session, [saved, done](std::optional<CliError> problem) {
            if (!problem) {
                done(R::success(saved));
                return;
            }
            CliError error = *problem;
            error.message +=
                u' ' + OpenCommand::tr("The session is open on the server but was not saved: fix "
                                       "the problem and run the command again.");
            done(R::failure(error));
        });
    });
}

QJsonObject savedSessionJson(const SavedSession &saved, const SessionStorage &destination,
                             const Output &output)
{
    QJsonObject json = sessionJson(saved.session, output);
    json.insert(u"saved_to"_s, destination.description());
    json.insert(u"timings_ms"_s, saved.timingsMs);
    return json;
}

QStringList savedSessionLines(const SavedSession &saved, const SessionStorage &destination,
                              const Output &output)
{
    QStringList lines{
        OpenCommand::tr("Session opened and saved to the %1.").arg(destination.description())};
    lines << sessionLines(saved.session, output);
    return lines;
}

void OpenCommand::run()
{
    const auto environment = environmentFromOptions(m_parser, m_options);
    if (!environment)
        return fail(environment.error());
    if (const auto arguments = positionalArguments(0, u"open [options]"_s); !arguments)
        return fail(arguments.error());

    auto settings = OpenSettings::fromOptions(m_parser, m_options);
    if (!settings)
        return fail(settings.error());

    const auto apiKey = readApiKey(m_parser, m_options, output());
    if (!apiKey)
        return fail(apiKey.error());
    if (const QString mismatch = environment.value().apiKeyMismatch(apiKey.value());
        !mismatch.isEmpty()) {
        return fail(CliError::usage(tr("The API key does not fit the %1 environment: %2")
                                        .arg(environment.value().id(), mismatch)));
    }
    OpenSettings openSettings = settings.value();
    openSettings.apiKey = apiKey.value();

    const auto destination = SessionStorage::fromDestinationOptions(m_parser, m_options, this);
    if (!destination)
        return fail(destination.error());

    const auto client = makeClient(environment.value());
    if (!client)
        return fail(client.error());

    const QString proxyUrl = m_parser.value(m_options.proxy);
    SessionStorage *target = destination.value();
    openAndSave(this, client.value(), output(), openSettings, target, proxyUrl,
                [this, target](Result<SavedSession, CliError> result) {
                    if (!result)
                        return fail(result.error());
                    succeed(savedSessionJson(result.value(), *target, output()),
                            savedSessionLines(result.value(), *target, output()));
                });
}

} // namespace studio::cli
