// SPDX-License-Identifier: GPL-3.0-or-later
#include "CloseCommand.h"

#include "SessionReport.h"

using namespace Qt::StringLiterals;

namespace studio::cli {

void CloseCommand::run()
{
    if (const auto arguments = positionalArguments(0, u"close [options]"_s); !arguments)
        return fail(arguments.error());

    loadSession([this](StoredSession session, api::ApiClient *client) {
        if (!session.context.hasSession()) {
            const QJsonObject json{{u"closed"_s, false}, {u"had_session"_s, false}};
            return succeed(json, {tr("The %1 contains no session, so there is nothing to close.")
                                      .arg(storage()->description())});
        }

        // bunq ends the session whose token authenticates the call, whatever the id in the
        // path. A context file does not store the session id, so the path carries 0, as in
        // bunq's own SDKs. A profile stores the real id.
        api::ApiRequest request;
        request.method = "DELETE";
        request.path = u"session/%1"_s.arg(session.context.sessionId);
        request.authToken = session.context.sessionToken;

        send(client, request, [this, session](const api::ApiResult &result) {
            if (result.error && !isDeadSessionError(*result.error))
                return fail(errorFromApiResult(result));
            forgetSession(session, result.ok());
        });
    });
}

void CloseCommand::forgetSession(StoredSession session, bool wasAlive)
{
    onboarding::SessionContext &context = session.context;
    context.sessionId = 0;
    context.sessionToken.clear();
    context.sessionCreated = {};
    session.expiry = {};

    saveSession(session, [this, wasAlive] {
        const QJsonObject json{{u"closed"_s, wasAlive},
                               {u"had_session"_s, true},
                               {u"saved_to"_s, storage()->description()}};
        const QString first =
            wasAlive ? tr("Session ended.") : tr("The session had already ended or expired.");
        succeed(json, {first + u' ' +
                       tr("It was removed from the %1; its installation stays for "
                          "\"bunq-session reopen\".")
                           .arg(storage()->description())});
    });
}

} // namespace studio::cli
