// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliError.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace studio::cli {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(studio::cli::CliError)
};

ExitCode exitCodeFor(const api::ApiError &error, bool deadSessionIsOwnCode)
{
    if (deadSessionIsOwnCode && isDeadSessionError(error))
        return ExitCode::SessionNotAlive;

    switch (error.kind) {
    case api::ApiError::Kind::Signature:
        return ExitCode::SignatureNotVerified;
    case api::ApiError::Kind::Usage:
        return ExitCode::Usage;
    case api::ApiError::Kind::Network:
    case api::ApiError::Kind::Timeout:
    case api::ApiError::Kind::Tls:
    case api::ApiError::Kind::Http:
    case api::ApiError::Kind::Envelope:
    case api::ApiError::Kind::RateLimit:
        break;
    }
    return ExitCode::ApiFailed;
}

QString kindJsonName(api::ApiError::Kind kind)
{
    switch (kind) {
    case api::ApiError::Kind::Network:
        return u"network"_s;
    case api::ApiError::Kind::Timeout:
        return u"timeout"_s;
    case api::ApiError::Kind::Tls:
        return u"tls"_s;
    case api::ApiError::Kind::Http:
        return u"http"_s;
    case api::ApiError::Kind::Envelope:
        return u"envelope"_s;
    case api::ApiError::Kind::Signature:
        return u"signature"_s;
    case api::ApiError::Kind::RateLimit:
        return u"rate_limit"_s;
    case api::ApiError::Kind::Usage:
        return u"usage"_s;
    }
    return {};
}

} // namespace

bool isDeadSessionError(const api::ApiError &error)
{
    if (error.httpStatus != 401 && error.httpStatus != 403)
        return false;
    return error.descriptions.contains(u"Insufficient authorisation."_s) ||
           error.descriptions.contains(u"Insufficient authentication."_s);
}

QString callName(const api::ApiExchange &exchange)
{
    return QString::fromLatin1(exchange.method) + u' ' + exchange.url.path();
}

QString verdictJsonName(api::SignatureVerdict verdict)
{
    switch (verdict) {
    case api::SignatureVerdict::NotChecked:
        return u"not checked"_s;
    case api::SignatureVerdict::Valid:
        return u"valid"_s;
    case api::SignatureVerdict::Invalid:
        return u"invalid"_s;
    case api::SignatureVerdict::Missing:
        return u"missing"_s;
    }
    return {};
}

CliError errorFromApiResult(const api::ApiResult &result, bool deadSessionIsOwnCode)
{
    Q_ASSERT(result.error);
    const api::ApiError &error = *result.error;
    const api::ApiExchange &exchange = result.exchange;

    CliError cliError;
    cliError.code = exitCodeFor(error, deadSessionIsOwnCode);

    // Without a response the server itself is the likely problem, so the message names it.
    const QString call = exchange.status == 0 && exchange.url.isValid()
                             ? QString::fromLatin1(exchange.method) + u' ' +
                                   exchange.url.toDisplayString(QUrl::RemoveUserInfo)
                             : callName(exchange);
    //: %1 is a call such as "POST /v1/installation", %2 the error summary.
    cliError.message = Text::tr("%1 failed: %2").arg(call, error.summary());
    // bunq's text comes first; the verdict goes beside it, because an error body that is not
    // signed is still the best explanation available.
    if (error.kind != api::ApiError::Kind::Signature && exchange.status != 0 &&
        exchange.serverSignature != api::SignatureVerdict::NotChecked) {
        cliError.message += u" ("_s + api::signatureVerdictText(exchange.serverSignature) + u')';
    }
    if (error.kind == api::ApiError::Kind::RateLimit) {
        cliError.message +=
            u' ' +
            Text::tr("Wait and run the command again: bunq allows one session-server call per "
                     "30 seconds, and 3 GET, 5 POST and 2 PUT calls per 3 seconds.");
    }
    if (cliError.code == ExitCode::SessionNotAlive) {
        cliError.message +=
            u' ' +
            Text::tr("The session has ended or expired: run \"bunq-session reopen\" to open a "
                     "new one on the same installation.");
    }

    QJsonObject details{{u"call"_s, callName(exchange)},
                        {u"kind"_s, kindJsonName(error.kind)},
                        {u"server_signature"_s, verdictJsonName(exchange.serverSignature)}};
    if (error.httpStatus != 0)
        details.insert(u"http_status"_s, error.httpStatus);
    if (!error.descriptions.isEmpty())
        details.insert(u"bunq_errors"_s, QJsonArray::fromStringList(error.descriptions));
    if (!error.responseId.isEmpty())
        details.insert(u"response_id"_s, QString::fromLatin1(error.responseId));
    if (!error.detail.isEmpty())
        details.insert(u"detail"_s, error.detail);
    cliError.details = details;
    return cliError;
}

} // namespace studio::cli
