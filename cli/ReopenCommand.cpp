// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReopenCommand.h"

#include "SessionReport.h"
#include "onboarding/ResponseParsers.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace studio::cli {

void ReopenCommand::run()
{
    if (const auto arguments = positionalArguments(0, u"reopen [options]"_s); !arguments)
        return fail(arguments.error());

    loadSession([this](StoredSession session, api::ApiClient *client) {
        if (session.context.apiKey.isEmpty()) {
            return fail(CliError::file(tr("The %1 contains no API key, and session-server needs "
                                          "it.")
                                           .arg(storage()->description())));
        }
        if (session.context.hasSession())
            endOldSession(std::move(session), client);
        else
            openSession(std::move(session), client, false);
    });
}

void ReopenCommand::endOldSession(StoredSession session, api::ApiClient *client)
{
    // bunq ends the session whose token authenticates the call, whatever the id in the path;
    // context files do not store the id, so the path carries 0, as in bunq's own SDKs.
    api::ApiRequest request;
    request.method = "DELETE";
    request.path = u"session/%1"_s.arg(session.context.sessionId);
    request.authToken = session.context.sessionToken;

    send(client, request, [this, session, client](const api::ApiResult &result) {
        if (result.error && !isDeadSessionError(*result.error))
            return fail(errorFromApiResult(result));
        openSession(session, client, true);
    });
}

void ReopenCommand::openSession(StoredSession session, api::ApiClient *client, bool endedOldSession)
{
    const QJsonObject body{{u"secret"_s, QString::fromUtf8(session.context.apiKey)}};
    api::ApiRequest request;
    request.method = "POST";
    request.path = u"session-server"_s;
    request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    request.authToken = session.context.installationToken;

    send(client, request, [this, session, endedOldSession](const api::ApiResult &result) mutable {
        const auto failWith = [&](const CliError &error) {
            if (endedOldSession)
                failAfterEndingOldSession(session, error);
            else
                fail(error);
        };
        if (result.error)
            return failWith(errorFromApiResult(result, false));
        const auto reply = onboarding::parseSessionReply(result.items);
        if (!reply) {
            return failWith({ExitCode::ApiFailed,
                             tr("%1 returned an unexpected response: %2")
                                 .arg(callName(result.exchange), reply.error()),
                             {}});
        }

        onboarding::SessionContext &context = session.context;
        context.sessionId = reply.value().id;
        context.sessionToken = reply.value().token;
        context.sessionCreated = reply.value().created;
        context.sessionTimeoutSeconds = reply.value().sessionTimeoutSeconds;
        context.user = reply.value().user;
        session.expiry = context.expiry();
        session.expiryFromServer = true;

        saveSession(session, [this, session] {
            QJsonObject json = sessionJson(session, output());
            json.insert(u"saved_to"_s, storage()->description());
            QStringList lines{
                tr("New session opened and saved to the %1.").arg(storage()->description())};
            lines << sessionLines(session, output());
            succeed(json, lines);
        });
    });
}

void ReopenCommand::failAfterEndingOldSession(StoredSession session, CliError error)
{
    // The stored token is dead now, so the file or profile must not offer it as a session.
    session.context.sessionId = 0;
    session.context.sessionToken.clear();
    session.context.sessionCreated = {};
    session.expiry = {};
    error.message +=
        u' ' + tr("The old session had been ended and was removed from the %1; run \"bunq-session "
                  "reopen\" again to open a new one.")
                   .arg(storage()->description());
    saveSession(session, [this, error] { fail(error); });
}

} // namespace studio::cli
