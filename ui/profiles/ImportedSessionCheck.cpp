// SPDX-License-Identifier: GPL-3.0-or-later
#include "profiles/ImportedSessionCheck.h"

#include "onboarding/ResponseParsers.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace studio::ui {

ImportedSessionCheck::ImportedSessionCheck(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{
}

void ImportedSessionCheck::checkAlive(const onboarding::SessionContext &context)
{
    api::ApiRequest call;
    call.method = "GET";
    call.path = u"user"_s;
    call.authToken = context.sessionToken;
    start(Request::Check, context, call);
}

void ImportedSessionCheck::reopen(const onboarding::SessionContext &context)
{
    api::ApiRequest call;
    call.method = "POST";
    call.path = u"session-server"_s;
    const QJsonObject body{{u"secret"_s, QString::fromUtf8(context.apiKey)}};
    call.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    call.authToken = context.installationToken;
    start(Request::Reopen, context, call);
}

void ImportedSessionCheck::cancel()
{
    if (!m_call)
        return;

    // The result would belong to an earlier request, so it is not reported.
    disconnect(m_call, nullptr, this, nullptr);
    m_call->abort();
    m_call.clear();
}

void ImportedSessionCheck::start(Request request, const onboarding::SessionContext &context,
                                 const api::ApiRequest &call)
{
    cancel();

    // A fresh client per call, so a changed environment or network manager always applies.
    delete m_client;
    m_client = new api::ApiClient(m_network, context.environment, this);
    m_client->setClientKey(context.clientKey);
    m_client->setServerKey(context.serverPublicKey);
    m_client->setLocale(m_locale);

    m_request = request;
    m_context = context;
    m_call = m_client->send(call);
    connect(m_call, &api::ApiCall::finished, this, &ImportedSessionCheck::onFinished);
}

void ImportedSessionCheck::onFinished(const api::ApiResult &result)
{
    m_call.clear();
    Q_EMIT finished(m_request == Request::Check ? readCheck(result) : readReopen(result));
}

ImportedSessionCheck::Outcome ImportedSessionCheck::readCheck(const api::ApiResult &result) const
{
    Outcome outcome{Request::Check, Verdict::Failed, result, m_context, {}};

    if (!result.ok()) {
        // bunq rejects a dead session token with 401, and some deployments with 403.
        const bool deadToken = result.error->kind == api::ApiError::Kind::Http
            && (result.error->httpStatus == 401 || result.error->httpStatus == 403);
        outcome.verdict = deadToken ? Verdict::Ended : Verdict::Failed;
        return outcome;
    }

    if (result.items.isEmpty()) {
        outcome.problem = tr("GET /v1/user returned no user object.");
        return outcome;
    }
    qint64 timeout = 0;
    const auto user = onboarding::parseWrappedUser(result.items.first().toObject(), &timeout);
    if (!user) {
        outcome.problem = user.error();
        return outcome;
    }

    outcome.verdict = Verdict::Alive;
    outcome.context.user = user.value();
    if (timeout > 0)
        outcome.context.sessionTimeoutSeconds = timeout;
    return outcome;
}

ImportedSessionCheck::Outcome ImportedSessionCheck::readReopen(const api::ApiResult &result) const
{
    Outcome outcome{Request::Reopen, Verdict::Failed, result, m_context, {}};
    if (!result.ok())
        return outcome;

    const auto reply = onboarding::parseSessionReply(result.items);
    if (!reply) {
        outcome.problem = reply.error();
        return outcome;
    }

    onboarding::SessionContext &context = outcome.context;
    context.sessionId = reply.value().id;
    context.sessionToken = reply.value().token;
    context.sessionCreated = reply.value().created;
    context.user = reply.value().user;
    context.sessionTimeoutSeconds = reply.value().sessionTimeoutSeconds;
    outcome.verdict = Verdict::Opened;
    return outcome;
}

} // namespace studio::ui
