// SPDX-License-Identifier: GPL-3.0-or-later
#include "CheckCommand.h"

#include "SessionReport.h"
#include "onboarding/ResponseParsers.h"

using namespace Qt::StringLiterals;

namespace studio::cli {

void CheckCommand::run()
{
    if (const auto arguments = positionalArguments(0, u"check [options]"_s); !arguments)
        return fail(arguments.error());

    loadSession([this](StoredSession session, api::ApiClient *client) {
        if (!requireSession(session))
            return;

        api::ApiRequest request;
        request.method = "GET";
        request.path = u"user"_s;
        request.authToken = session.context.sessionToken;
        send(client, request,
             [this, session](const api::ApiResult &result) { report(session, result); });
    });
}

void CheckCommand::report(const StoredSession &session, const api::ApiResult &result)
{
    if (result.error && !isDeadSessionError(*result.error))
        return fail(errorFromApiResult(result));

    QJsonObject json = sessionJson(session, output());
    json.insert(u"alive"_s, result.ok());
    json.insert(u"checked_with"_s, callName(result.exchange));
    json.insert(u"http_status"_s, result.exchange.status);

    if (!result.ok()) {
        const QString reason = result.error->summary();
        json.insert(u"reason"_s, reason);
        json.insert(u"exit_code"_s, int(ExitCode::SessionNotAlive));
        QStringList lines{
            tr("Session dead: %1 returned %2.").arg(callName(result.exchange), reason)};
        lines << u"  "_s + tr("Run \"bunq-session reopen\" to open a new session on the same "
                              "installation.");
        output().result(json, lines, false);
        return finish(ExitCode::SessionNotAlive);
    }

    // GET /v1/user lists the session's own user first.
    StoredSession checked = session;
    if (!result.items.isEmpty()) {
        const auto user = onboarding::parseWrappedUser(result.items.first().toObject());
        if (user) {
            checked.context.user = user.value();
            json.insert(u"user"_s, QJsonObject{{u"id"_s, user.value().id},
                                               {u"kind"_s, user.value().kind},
                                               {u"display_name"_s, user.value().displayName}});
        }
    }

    QStringList lines{tr("Session alive: %1 returned HTTP %2, %3.")
                          .arg(callName(result.exchange))
                          .arg(result.exchange.status)
                          .arg(api::signatureVerdictText(result.exchange.serverSignature))};
    lines << sessionLines(checked, output());
    succeed(json, lines);
}

} // namespace studio::cli
