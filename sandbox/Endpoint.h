// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ErrorMessages.h"
#include "HttpMessage.h"
#include "RequestLog.h"
#include "SandboxOptions.h"
#include "SandboxRecords.h"
#include "common/Result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace studio::sandbox {

class SandboxState;
class ServerKeyPool;

// The caller of a request, identified by the token in X-Bunq-Client-Authentication.
struct Caller
{
    enum class TokenKind
    {
        None,
        Installation,
        Session
    };

    TokenKind tokenKind = TokenKind::None;
    // The installation behind the token, also for an ended or expired session token.
    std::optional<Installation> installation;
    // Set for a session token, live or not.
    std::optional<Session> session;
};

// The input of an endpoint handler: the request, the caller and the sandbox's state.
struct EndpointContext
{
    const HttpRequest &request;
    const QStringList &pathArguments; // the {id} parts of the route, in order
    const Caller &caller;
    SandboxState &state;
    ServerKeyPool &serverKeys;
    const SandboxOptions &options;
    QDateTime now; // one reading of the clock per request
    // The checks made on the request and their verdicts, for the request log.
    QList<RequestCheck> &checks;
};

enum class CheckVerdict
{
    Passed,
    Failed,
    Skipped,
};

// Appends a check to the request's list; detail must never contain a token or key.
void addCheck(QList<RequestCheck> &checks, const QString &name, CheckVerdict verdict,
              const QString &detail);

// The outcome of an endpoint: the items of a Response envelope, or an error.
struct EndpointReply
{
    int status = 200;
    QJsonArray items;
    std::optional<ErrorMessage> error;
    // Signs the reply instead of the caller's installation: POST installation signs its
    // response with the key of the installation it just created.
    std::optional<Installation> signingInstallation;
    // Sent next to Response for list endpoints: future_url, newer_url and older_url.
    std::optional<QJsonObject> pagination;

    static EndpointReply success(const QJsonArray &items);
    static EndpointReply failure(int status, const ErrorMessage &error);
};

using EndpointHandler = EndpointReply (*)(const EndpointContext &context);

// The reply to a token that is unknown, expired, ended or of the wrong kind, or whose API key was
// revoked: 401 "Insufficient authorisation." or, with DeadSessionStatus::Forbidden403, 403
// "Insufficient authentication.".
EndpointReply deadSessionReply(const SandboxOptions &options);

// Parses the body as a JSON object. The request's Content-Type is ignored, as bunq does.
std::optional<QJsonObject> parseJsonObjectBody(const QByteArray &body);

// Returns the field's text, or the 400 reply naming the field when it is missing, not a
// string or empty.
Result<QString, EndpointReply> requiredString(const QJsonObject &object, const QString &field);

// Checks X-Bunq-Client-Signature over the raw body with the caller's installation key and
// records the verdict. Returns no reply when the signature is valid, or when it is absent and
// not required; otherwise 466 (absent but required) or 400 (invalid). A header with an empty
// value counts as absent.
std::optional<EndpointReply> checkSignature(const EndpointContext &context, bool required);

} // namespace studio::sandbox
