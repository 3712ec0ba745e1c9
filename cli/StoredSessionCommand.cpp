// SPDX-License-Identifier: GPL-3.0-or-later
#include "StoredSessionCommand.h"

namespace studio::cli {

void StoredSessionCommand::loadSession(LoadedCallback loaded, bool withClient)
{
    const auto storage = SessionStorage::fromSourceOptions(m_parser, m_options, this);
    if (!storage)
        return fail(storage.error());
    m_storage = storage.value();

    m_storage->load([this, loaded, withClient](Result<StoredSession, CliError> result) {
        if (!result)
            return fail(result.error());

        StoredSession session = std::move(result).value();
        if (!withClient)
            return loaded(std::move(session), nullptr);
        const auto client = makeClient(session.context.environment, session.proxyUrl);
        if (!client)
            return fail(client.error());
        client.value()->setClientKey(session.context.clientKey);
        client.value()->setServerKey(session.context.serverPublicKey);
        loaded(std::move(session), client.value());
    });
}

void StoredSessionCommand::saveSession(const StoredSession &session, std::function<void()> saved)
{
    m_storage->save(session, [this, saved](std::optional<CliError> problem) {
        if (problem)
            return fail(*problem);
        saved();
    });
}

bool StoredSessionCommand::requireSession(const StoredSession &session)
{
    if (session.context.hasSession())
        return true;

    CliError error{ExitCode::SessionNotAlive,
                   tr("The %1 contains no session. Run \"bunq-session reopen\" with it to open one "
                      "on its installation.")
                       .arg(m_storage->description()),
                   {}};
    error.details.insert(QStringLiteral("alive"), false);
    fail(error);
    return false;
}

void StoredSessionCommand::send(api::ApiClient *client, const api::ApiRequest &request,
                                std::function<void(const api::ApiResult &)> done)
{
    api::ApiCall *call = client->send(request);
    connect(call, &api::ApiCall::finished, this, [this, done](const api::ApiResult &result) {
        const api::ApiExchange &exchange = result.exchange;
        if (exchange.status != 0) {
            //: %1 the call, %2 HTTP status, %3 milliseconds, %4 the server-signature verdict.
            output().progress(tr("%1: HTTP %2 in %3 ms, %4")
                                  .arg(callName(exchange))
                                  .arg(exchange.status)
                                  .arg(exchange.elapsedMs)
                                  .arg(api::signatureVerdictText(exchange.serverSignature)));
        }
        done(result);
    });
}

} // namespace studio::cli
