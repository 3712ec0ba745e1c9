// SPDX-License-Identifier: GPL-3.0-or-later
#include "diagnostics/ErrorTable.h"

#include <QtGlobal>

#include <array>

namespace studio::diagnostics {

namespace {

using Kind = api::ApiError::Kind;

// bunq's texts as its servers send them. bunq returns the credentials text alike for a wrong key,
// for a key of the other environment and for a caller IP the device does not permit. The rows
// that use it tell those apart by path and by the key in the request.
constexpr const char *credentialsIncorrect =
    "User credentials are incorrect. Incorrect API key or IP address.";
// bunq has been seen returning either text for a dead session token, as 401 or as 403.
constexpr const char *deadSession = "^Insufficient (authorisation|authentication)\\.$";

// clang-format off
constexpr std::array entries{
    ErrorTableEntry{
        .id = "wrong-environment-sandbox-key",
        .status = 400,
        .text = credentialsIncorrect,
        .condition = EntryCondition::SandboxKeyOnProduction,
        .explanation = QT_TRANSLATE_NOOP("studio::diagnostics::ErrorTable",
            "The API key starts with \"sandbox_\", so it was made for bunq's sandbox, but the "
            "call went to bunq's production API. Each environment accepts only its own keys and "
            "answers any other key with this credentials error."),
        .nextStep = QT_TRANSLATE_NOOP("studio::diagnostics::ErrorTable",
            "Choose the bunq sandbox environment for this key, or use a production API key "
            "from the bunq app."),
    },
    ErrorTableEntry{
        .id = "wrong-environment-production-key",
        .status = 400,
        .text = credentialsIncorrect,
        .condition = EntryCondition::ProductionKeyOnSandbox,
        .explanation = QT_TRANSLATE_NOOP("studio::diagnostics::ErrorTable",
            "The API key has no \"sandbox_\" prefix, so it is a production key or a damaged "
            "one, but the call went to a sandbox. A sandbox accepts only sandbox keys and "
            "answers any other key with this credentials error."),
        .nextStep = QT_TRANSLATE_NOOP("studio::diagnostics::ErrorTable",
            "Use a sandbox API key (creating a sandbox user gives one), or choose bunq's "
            "production environment for this key."),
    },
    ErrorTableEntry{
        .id = "api-key-rejected",
        .status = 400,
        .text = credentialsIncorrect,
        .pathPattern = "/device-server$",
        .explanation = QT_TRANSLATE_NOOP("studio::diagnostics::ErrorTable",
            "bunq did not accept the API key for a new device. The key is unknown to this "
            "environment, was revoked, was not given its first device within its activation "
            "window of a few hours, or was removed by a sandbox reset."),
        .nextStep = QT_TRANSLATE_NOOP("studio::diagnostics::ErrorTable",
            "Check that the whole key was copied. Otherwise create a new API key (in a sandbox, "
            "a new sandbox user) and register the device with it."),
    },
    ErrorTableEntry{
        .id = "ip-not-permitted",
        .status = 400,
        .text = credentialsIncorrect,
        .explanation = QT_TRANSLATE_NOOP("studio::diagnostics::ErrorTable",
            "The call came from an IP address that the device does not permit. A device "
            "registered for this IP only, or for a list of addresses, accepts calls from those "
            "addresses alone, so it stops working when the address changes, as home and mobile "
            "connections often do. A wildcard device (permitted IPs \"*\") accepts calls from "
            "any address, but then the API key alone is enough to use the account from "
            "anywhere. bunq sends the same text for a wrong or revoked API key."),
        .nextStep = QT_TRANSLATE_NOOP("studio::diagnostics::ErrorTable",
            "Register a new device from this address: keep \"this IP only\" if the address is "
            "fixed, or choose the wildcard if it changes. If the address did not change, check "
            "the API key."),
    },
    ErrorTableEntry{
        .id = "session-already-open",
        .text = "Authentication token already has a user session.",
        .explanation = QT_TRANSLATE_NOOP("studio::diagnostics::ErrorTable",
            "This installation already has a live session, and bunq opens one session at a "
            "time per installation."),
        .nextStep = QT_TRANSLATE_NOOP("studio::diagnostics::ErrorTable",
            "Keep using the open session, or end it with DELETE /v1/session/0 and then open a "
            "new one."),
    },
    ErrorTableEntry{
        .id = "revoked-key",
        .textPattern = deadSession,
        .pathPattern = "/session-server$",
        .explanation = QT_TRANSLATE_NOOP("studio::diagnostics::ErrorTable",
            "bunq refused to open a session with this installation and API key. That happens "
            "when the API key was revoked (deleted in the bunq app or replaced by a new one), or "
            "when a sandbox reset removed the installation and the key."),
        .nextStep = QT_TRANSLATE_NOOP("studio::diagnostics::ErrorTable",
            "Create a new API key (in a sandbox, a new sandbox user), then register the "
            "installation, the device and the session again with it."),
    },
    ErrorTableEntry{
        .id = "session-expired",
        .textPattern = deadSession,
        .explanation = QT_TRANSLATE_NOOP("studio::diagnostics::ErrorTable",
            "The session token is no longer valid. A session ends after the user's session "
            "timeout (a week by default) unless calls extend it, at once with DELETE "
            "/v1/session, and with a sandbox reset; an installation token sent in place of a "
            "session token is refused the same way. bunq answers with 401 \"Insufficient "
            "authorisation.\" or with 403 \"Insufficient authentication.\", which mean the "
            "same."),
        .nextStep = QT_TRANSLATE_NOOP("studio::diagnostics::ErrorTable",
            "Open a new session with POST /v1/session-server and the installation token; the "
            "installation and the device stay valid. If bunq refuses the new session too, the "
            "API key was probably revoked."),
    },
    ErrorTableEntry{
        .id = "signature-missing",
        .status = 466,
        .explanation = QT_TRANSLATE_NOOP("studio::diagnostics::ErrorTable",
            "bunq requires a body signature for this call (opening a session, creating a "
            "payment, accepting a payment or request) and found no X-Bunq-Client-Signature "
            "header, or an empty one."),
        .nextStep = QT_TRANSLATE_NOOP("studio::diagnostics::ErrorTable",
            "Sign the exact body bytes with the installation's private key (RSA PKCS#1 v1.5 "
            "with SHA-256) and send the base64 signature in X-Bunq-Client-Signature."),
    },
    ErrorTableEntry{
        .id = "signature-invalid",
        .text = "The request signature is invalid.",
        .explanation = QT_TRANSLATE_NOOP("studio::diagnostics::ErrorTable",
            "bunq could not verify the X-Bunq-Client-Signature header over the body it "
            "received, using the public key that the installation registered."),
        .nextStep = QT_TRANSLATE_NOOP("studio::diagnostics::ErrorTable",
            "Open the Signing tab: the signature debugger checks the usual causes (bytes changed "
            "after signing, converted line endings, another text encoding, a key other than the "
            "installation's, an old-style signature) and shows which apply."),
    },
    ErrorTableEntry{
        .id = "rate-limit",
        .status = 429,
        .explanation = QT_TRANSLATE_NOOP("studio::diagnostics::ErrorTable",
            "bunq limits the calls per IP address and endpoint in a sliding window: 3 GET, 5 "
            "POST and 2 PUT calls per 3 seconds, and 1 session-server call per 30 seconds. This "
            "call went over the limit and was not carried out."),
        .nextStep = QT_TRANSLATE_NOOP("studio::diagnostics::ErrorTable",
            "Wait a few seconds, or 30 seconds for session-server, then send the call again."),
    },
    ErrorTableEntry{
        .id = "sandbox-user-retired",
        .status = 404,
        .pathPattern = "/v1/sandbox-user$",
        .explanation = QT_TRANSLATE_NOOP("studio::diagnostics::ErrorTable",
            "POST /v1/sandbox-user no longer exists: bunq deprecated it in March 2020 and "
            "removed it in September 2020."),
        .nextStep = QT_TRANSLATE_NOOP("studio::diagnostics::ErrorTable",
            "Create sandbox users with POST /v1/sandbox-user-person or POST "
            "/v1/sandbox-user-company; both return an API key."),
    },
    ErrorTableEntry{
        .id = "route-not-found",
        .status = 404,
        .text = "Route not found.",
        .explanation = QT_TRANSLATE_NOOP("studio::diagnostics::ErrorTable",
            "The server has no endpoint at this path. The path may be misspelt, lack the /v1/ "
            "prefix, or name an endpoint that bunq has retired."),
        .nextStep = QT_TRANSLATE_NOOP("studio::diagnostics::ErrorTable",
            "Compare the path with bunq's API reference: endpoint names are lower case with "
            "dashes, such as monetary-account, with the ids between them."),
    },
    ErrorTableEntry{
        .id = "method-not-allowed",
        .status = 405,
        .explanation = QT_TRANSLATE_NOOP("studio::diagnostics::ErrorTable",
            "The endpoint exists, but not for this HTTP method."),
        .nextStep = QT_TRANSLATE_NOOP("studio::diagnostics::ErrorTable",
            "Send the call with a method that the endpoint accepts, as listed in bunq's API "
            "reference."),
    },
    ErrorTableEntry{
        .id = "not-found",
        .status = 404,
        .explanation = QT_TRANSLATE_NOOP("studio::diagnostics::ErrorTable",
            "The object that the path names does not exist, or the session's user cannot reach "
            "it: the user and account ids in a path must belong to the session's user."),
        .nextStep = QT_TRANSLATE_NOOP("studio::diagnostics::ErrorTable",
            "Check the ids in the path against GET /v1/user and the monetary-account list."),
    },
    ErrorTableEntry{
        .id = "maintenance",
        .status = 491,
        .explanation = QT_TRANSLATE_NOOP("studio::diagnostics::ErrorTable",
            "bunq is in maintenance and handles no calls for now. Nothing is wrong with the "
            "request."),
        .nextStep = QT_TRANSLATE_NOOP("studio::diagnostics::ErrorTable",
            "Send the same call again later, once the maintenance is over."),
    },
    ErrorTableEntry{
        .id = "internal-error",
        .status = 500,
        .condition = EntryCondition::HasResponseId,
        .explanation = QT_TRANSLATE_NOOP("studio::diagnostics::ErrorTable",
            "bunq failed while handling the call. The failure is on bunq's side, not in the "
            "request."),
        .nextStep = QT_TRANSLATE_NOOP("studio::diagnostics::ErrorTable",
            "Retry once. If it fails again, contact bunq support and quote the response id %1, "
            "with which they can find this call."),
    },
    ErrorTableEntry{
        .id = "internal-error-without-response-id",
        .status = 500,
        .condition = EntryCondition::NoResponseId,
        .explanation = QT_TRANSLATE_NOOP("studio::diagnostics::ErrorTable",
            "The server failed while handling the call and sent no response id. bunq puts "
            "X-Bunq-Client-Response-Id on its responses, so this answer may come from a proxy "
            "or gateway between this app and bunq."),
        .nextStep = QT_TRANSLATE_NOOP("studio::diagnostics::ErrorTable",
            "Retry later. If it fails again, check any proxy on the way, and give bunq support "
            "the time of the call, as there is no response id to quote."),
    },
    ErrorTableEntry{
        .id = "server-unavailable",
        .status = 501,
        .lastStatus = 599,
        .explanation = QT_TRANSLATE_NOOP("studio::diagnostics::ErrorTable",
            "A server on the way failed or is unavailable. Statuses such as 502 and 503 usually "
            "come from a gateway in front of bunq, or from a proxy."),
        .nextStep = QT_TRANSLATE_NOOP("studio::diagnostics::ErrorTable",
            "Send the call again in a while. If it keeps failing, check any proxy on the way."),
    },
    ErrorTableEntry{
        .id = "bad-request",
        .status = 400,
        .explanation = QT_TRANSLATE_NOOP("studio::diagnostics::ErrorTable",
            "bunq rejected the content of the request; its text names the field or value it "
            "objects to."),
        .nextStep = QT_TRANSLATE_NOOP("studio::diagnostics::ErrorTable",
            "Correct what bunq's text names, then send the call again."),
    },
    ErrorTableEntry{
        .id = "network",
        .kind = Kind::Network,
        .explanation = QT_TRANSLATE_NOOP("studio::diagnostics::ErrorTable",
            "No HTTP answer arrived: the server could not be reached, refused or dropped the "
            "connection, or the call was stopped."),
        .nextStep = QT_TRANSLATE_NOOP("studio::diagnostics::ErrorTable",
            "Check the network connection and the server address (for the local sandbox, that "
            "it still runs), then retry."),
    },
    ErrorTableEntry{
        .id = "timeout",
        .kind = Kind::Timeout,
        .explanation = QT_TRANSLATE_NOOP("studio::diagnostics::ErrorTable",
            "The server did not send a complete answer in time. The call may still have taken "
            "effect on the server."),
        .nextStep = QT_TRANSLATE_NOOP("studio::diagnostics::ErrorTable",
            "Check the network connection, then retry. Before repeating a payment, check "
            "whether the first one went through."),
    },
    ErrorTableEntry{
        .id = "tls",
        .kind = Kind::Tls,
        .explanation = QT_TRANSLATE_NOOP("studio::diagnostics::ErrorTable",
            "The secure connection to the server failed, so nothing was sent. Usual causes are "
            "a wrong system clock and a proxy or security program that intercepts HTTPS with a "
            "certificate of its own."),
        .nextStep = QT_TRANSLATE_NOOP("studio::diagnostics::ErrorTable",
            "Correct the system clock or the proxy settings, then retry."),
    },
    ErrorTableEntry{
        .id = "unexpected-response",
        .kind = Kind::Envelope,
        .explanation = QT_TRANSLATE_NOOP("studio::diagnostics::ErrorTable",
            "The server answered with status 200, but the body is not the {\"Response\": [...]} "
            "envelope bunq sends, so nothing was taken from it."),
        .nextStep = QT_TRANSLATE_NOOP("studio::diagnostics::ErrorTable",
            "Check that the environment's address leads to bunq's API and not to a login page "
            "or a proxy."),
    },
    ErrorTableEntry{
        .id = "server-signature",
        .kind = Kind::Signature,
        .explanation = QT_TRANSLATE_NOOP("studio::diagnostics::ErrorTable",
            "The response's X-Bunq-Server-Signature is missing or does not verify with the "
            "server public key from the installation, so the response was not trusted."),
        .nextStep = QT_TRANSLATE_NOOP("studio::diagnostics::ErrorTable",
            "Open the Signing tab for the checks made, then retry. If it happens again, "
            "something between this app and bunq changes the responses."),
    },
    ErrorTableEntry{
        .id = "step-missing",
        .kind = Kind::Usage,
        .explanation = QT_TRANSLATE_NOOP("studio::diagnostics::ErrorTable",
            "The call was not sent, because a step it needs has not been done yet."),
        .nextStep = QT_TRANSLATE_NOOP("studio::diagnostics::ErrorTable",
            "Complete the earlier step first (the installation before the device, the device "
            "before the session), then retry."),
    },
    ErrorTableEntry{
        .id = "http-error",
        .explanation = QT_TRANSLATE_NOOP("studio::diagnostics::ErrorTable",
            "The server rejected the call with this status; its text says why."),
        .nextStep = QT_TRANSLATE_NOOP("studio::diagnostics::ErrorTable",
            "Correct the request as the text says, then send it again."),
    },
};
// clang-format on

} // namespace

std::span<const ErrorTableEntry> errorTable()
{
    return entries;
}

} // namespace studio::diagnostics
