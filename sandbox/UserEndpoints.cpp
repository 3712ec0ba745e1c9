// SPDX-License-Identifier: GPL-3.0-or-later
#include "UserEndpoints.h"

#include "Pagination.h"
#include "SandboxState.h"
#include "UserJson.h"

using namespace Qt::StringLiterals;

namespace studio::sandbox {

namespace {

// bunq's clients send no body, or "{}"; any JSON object is accepted and its content ignored.
EndpointReply createSandboxUser(const EndpointContext &context, UserKind kind)
{
    const QByteArray body = context.request.body.trimmed();
    if (!body.isEmpty() && !parseJsonObjectBody(body))
        return EndpointReply::failure(400, errors::bodyNotJsonObject());

    const SandboxState::NewUser created =
        context.state.createUser(kind, context.now, context.options.keyActivationWindowSeconds);
    const QJsonObject apiKey{
        {u"ApiKey"_s, QJsonObject{{u"api_key"_s, QString::fromLatin1(created.apiKey)}}}};
    return EndpointReply::success({apiKey});
}

} // namespace

EndpointReply createSandboxUserPerson(const EndpointContext &context)
{
    return createSandboxUser(context, UserKind::Person);
}

EndpointReply createSandboxUserCompany(const EndpointContext &context)
{
    return createSandboxUser(context, UserKind::Company);
}

EndpointReply listUsers(const EndpointContext &context)
{
    const auto request = parsePageRequest(context.request.query);
    if (!request)
        return EndpointReply::failure(400, request.error());

    const Session &session = *context.caller.session;
    const QJsonObject &user = session.userJson;
    if (user.isEmpty())
        return EndpointReply::failure(404, errors::userNotFound());

    const Page page = selectPage({session.userId}, request.value(), context.request.path);
    EndpointReply reply = EndpointReply::success(page.indexes.isEmpty() ? QJsonArray()
                                                                        : QJsonArray{user});
    reply.pagination = page.pagination;
    return reply;
}

EndpointReply readUser(const EndpointContext &context)
{
    bool isNumber = false;
    const qint64 id = context.pathArguments.value(0).toLongLong(&isNumber);
    const Session &session = *context.caller.session;
    const QJsonObject &user = session.userJson;
    if (!isNumber || id != session.userId || user.isEmpty())
        return EndpointReply::failure(404, errors::userNotFound());
    return EndpointReply::success({user});
}

EndpointReply deleteSession(const EndpointContext &context)
{
    context.state.endSession(context.caller.session->id);
    return EndpointReply::success({});
}

} // namespace studio::sandbox
