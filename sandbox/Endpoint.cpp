// SPDX-License-Identifier: GPL-3.0-or-later
#include "Endpoint.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace studio::sandbox {

EndpointReply EndpointReply::success(const QJsonArray &items)
{
    EndpointReply reply;
    reply.items = items;
    return reply;
}

EndpointReply EndpointReply::failure(int status, const ErrorMessage &error)
{
    EndpointReply reply;
    reply.status = status;
    reply.error = error;
    return reply;
}

std::optional<QJsonObject> parseJsonObjectBody(const QByteArray &body)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

Result<QString, EndpointReply> requiredString(const QJsonObject &object, const QString &field)
{
    using StringResult = Result<QString, EndpointReply>;

    if (!object.contains(field))
        return StringResult::failure(EndpointReply::failure(400, errors::fieldMissing(field)));

    const QJsonValue value = object.value(field);
    if (!value.isString() || value.toString().isEmpty()) {
        return StringResult::failure(
            EndpointReply::failure(400, errors::fieldNotNonEmptyString(field)));
    }
    return StringResult::success(value.toString());
}

} // namespace studio::sandbox
