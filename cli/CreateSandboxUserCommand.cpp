// SPDX-License-Identifier: GPL-3.0-or-later
#include "CreateSandboxUserCommand.h"

#include "ConnectionOptions.h"
#include "LocalFiles.h"
#include "OpenCommand.h"
#include "SessionStorage.h"
#include "onboarding/OnboardingFlow.h"

#include <QDir>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace studio::cli {

void CreateSandboxUserCommand::run()
{
    const auto environment = environmentFromOptions(m_parser, m_options);
    if (!environment)
        return fail(environment.error());
    if (environment.value().kind() == api::ApiEnvironment::Kind::Production) {
        return fail(CliError::usage(
            tr("Sandbox users exist only in a sandbox: use --environment sandbox or --base-url "
               "URL. For production, create an API key in the bunq app.")));
    }
    if (const auto arguments = positionalArguments(0, u"create-sandbox-user [options]"_s);
        !arguments) {
        return fail(arguments.error());
    }

    const bool force = m_parser.isSet(m_options.force);
    const QString keyFile = m_parser.value(m_options.outputApiKeyFile);
    if (m_parser.isSet(m_options.outputApiKeyFile)) {
        if (const auto problem = checkOutputFile(keyFile, force))
            return fail(*problem);
    }

    // A session is opened only when the user says where it goes.
    const bool openSession =
        m_parser.isSet(m_options.outputContext) || m_parser.isSet(m_options.saveProfile);
    SessionStorage *destination = nullptr;
    OpenSettings settings;
    if (openSession) {
        const auto parsed = OpenSettings::fromOptions(m_parser, m_options);
        if (!parsed)
            return fail(parsed.error());
        settings = parsed.value();
        const auto storage = SessionStorage::fromDestinationOptions(m_parser, m_options, this);
        if (!storage)
            return fail(storage.error());
        destination = storage.value();
    }

    const auto client = makeClient(environment.value());
    if (!client)
        return fail(client.error());

    const bool company = m_parser.isSet(m_options.company);
    auto *flow = new onboarding::OnboardingFlow(client.value(), this);
    connect(flow, &onboarding::OnboardingFlow::stepFinished, this,
            [=, this](const onboarding::StepOutcome &outcome) {
                if (!outcome.ok())
                    return fail(errorFromApiResult(outcome.result, false));

                const QByteArray apiKey = flow->context().apiKey;
                const api::ApiExchange &exchange = outcome.result.exchange;
                output().progress(tr("%1: HTTP %2 in %3 ms, API key %4")
                                      .arg(callName(exchange))
                                      .arg(exchange.status)
                                      .arg(exchange.elapsedMs)
                                      .arg(output().secret(apiKey)));

                if (!keyFile.isEmpty()) {
                    if (const auto problem = writeOwnerOnlyFile(keyFile, apiKey + '\n'))
                        return fail(*problem);
                }

                QJsonObject json{{u"api_key"_s, output().secret(apiKey)},
                                 {u"user_kind"_s, company ? u"company"_s : u"person"_s},
                                 {u"environment"_s, environment.value().id()},
                                 {u"base_url"_s, environment.value().baseUrl().toString()}};
                if (!keyFile.isEmpty())
                    json.insert(u"api_key_file"_s, QDir::toNativeSeparators(keyFile));

                QStringList lines{company ? tr("Created a sandbox company.")
                                          : tr("Created a sandbox person.")};
                lines << u"  "_s + tr("API key: %1").arg(output().secret(apiKey));
                if (!keyFile.isEmpty())
                    lines << u"  "_s + tr("Saved to %1.").arg(QDir::toNativeSeparators(keyFile));
                if (!output().showsSecrets() && keyFile.isEmpty() && !openSession) {
                    output().warning(tr("The API key is masked and was saved nowhere. Pass "
                                        "--show-secrets to print it, or --output-api-key-file "
                                        "FILE to save it."));
                }

                if (!openSession)
                    return succeed(json, lines);

                OpenSettings withKey = settings;
                withKey.apiKey = apiKey;
                openAndSave(this, client.value(), output(), withKey, destination,
                            m_parser.value(m_options.proxy),
                            [=, this](Result<SavedSession, CliError> result) {
                                if (!result)
                                    return fail(result.error());
                                QJsonObject full = json;
                                full.insert(u"session"_s, savedSessionJson(result.value(),
                                                                           *destination, output()));
                                succeed(full, lines + savedSessionLines(result.value(),
                                                                        *destination, output()));
                            });
            });

    flow->createSandboxUser(company ? onboarding::SandboxUserKind::Company
                                    : onboarding::SandboxUserKind::Person);
}

} // namespace studio::cli
