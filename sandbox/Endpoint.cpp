// SPDX-License-Identifier: GPL-3.0-or-later
#include "Endpoint.h"

#include <QJsonDocument>
#include <QJsonParseError>

using namespace Qt::StringLiterals;

namespace studio::sandbox {

void addCheck(QList<RequestCheck> &checks, const QString &name, CheckVerdict verdict,
              const QString &detail)
{
    static const QString verdictNames[] = {u"passed"_s, u"failed"_s, u"skipped"_s};
    checks.append({name, verdictNames[static_cast<int>(verdict)], detail});
}

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

EndpointReply deadSessionReply(const SandboxOptions &options)
{
    if (options.deadSessionStatus == DeadSessionStatus::Forbidden403)
        return EndpointReply::failure(403, errors::insufficientAuthentication());
    return EndpointReply::failure(401, errors::insufficientAuthorisation());
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

std::optional<EndpointReply> checkSignature(const EndpointContext &context, bool required)
{
    const QString name = u"signature"_s;
    const QByteArray signature = context.request.header("X-Bunq-Client-Signature"_ba).trimmed();
    if (signature.isEmpty()) {
        if (required) {
            addCheck(context.checks, name, CheckVerdict::Failed,
                     u"No X-Bunq-Client-Signature, which this call requires."_s);
            return EndpointReply::failure(466, errors::signatureRequired());
        }
        addCheck(context.checks, name, CheckVerdict::Skipped,
                 u"No X-Bunq-Client-Signature; this call does not require one."_s);
        return std::nullopt;
    }

    if (!context.caller.installation->clientKey.verify(context.request.body, signature)) {
        addCheck(context.checks, name, CheckVerdict::Failed,
                 u"The signature does not verify over the %1 body bytes with the installation's "
                 u"client public key."_s.arg(context.request.body.size()));
        return EndpointReply::failure(400, errors::signatureInvalid());
    }
    addCheck(context.checks, name, CheckVerdict::Passed,
             u"Valid over the %1 body bytes."_s.arg(context.request.body.size()));
    return std::nullopt;
}

} // namespace studio::sandbox
