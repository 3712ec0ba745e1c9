// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Hand-made sessions and exchanges for the widget tests, so they need neither a network nor the
// sandbox. The secrets are long enough for maskSecret to show a head and a tail.

#include "api/ApiClient.h"
#include "crypto/RsaKeyPair.h"
#include "onboarding/SessionContext.h"

#include <QTimeZone>

namespace studio::testdata {

using namespace Qt::StringLiterals;

inline const QByteArray apiKey = "sandbox_3f5e2b1c9d8a7f6e5d4c3b2a19081726354a5b6c7d8e9f00112233c1a9"_ba;
inline const QByteArray installationToken =
    "a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e0001"_ba;
inline const QByteArray sessionToken =
    "ffeeddccbbaa99887766554433221100ffeeddccbbaa99887766554433229999"_ba;
inline const QByteArray responseId = "6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f"_ba;
inline const QByteArray clientFingerprint =
    "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff"_ba;
inline const QByteArray serverFingerprint =
    "ffeeddccbbaa99887766554433221100ffeeddccbbaa99887766554433221100"_ba;

inline api::ApiEnvironment localEnvironment()
{
    return api::ApiEnvironment::localSandbox(QUrl(u"http://127.0.0.1:41234/v1/"_s));
}

// A session as the onboarding flow leaves it, without keys; tests that need keys add them.
inline onboarding::SessionContext sessionContext()
{
    onboarding::SessionContext context;
    context.environment = localEnvironment();
    context.apiKey = apiKey;
    context.installationId = 11;
    context.installationToken = installationToken;
    context.deviceId = 22;
    context.deviceDescription = u"Studio on testhost"_s;
    context.sessionId = 33;
    context.sessionToken = sessionToken;
    context.user = {42, u"UserPerson"_s, u"Alice Example"_s};
    context.sessionTimeoutSeconds = 3600;
    context.sessionCreated = QDateTime(QDate(2024, 5, 1), QTime(10, 0), QTimeZone::utc());
    return context;
}

// POST /v1/session-server as it went on the wire: the API key in the body, the installation
// token in the header, a session token in the response.
inline api::ApiExchange sessionServerExchange(api::SignatureVerdict verdict)
{
    api::ApiExchange exchange;
    exchange.method = "POST"_ba;
    exchange.url = QUrl(u"http://127.0.0.1:41234/v1/session-server"_s);
    exchange.requestHeaders = {{"Cache-Control"_ba, "no-cache"_ba},
                               {"User-Agent"_ba, "bunq-session-studio/0.1.0"_ba},
                               {"X-Bunq-Client-Authentication"_ba, installationToken},
                               {"X-Bunq-Client-Signature"_ba, "c2lnbmF0dXJl"_ba},
                               {"Content-Type"_ba, "application/json"_ba}};
    exchange.requestBody = "{\"secret\":\"" + apiKey + "\"}";
    exchange.signedBytes = exchange.requestBody;
    exchange.signature = "c2lnbmF0dXJl"_ba;
    exchange.clientKeyFingerprint = clientFingerprint;
    exchange.status = 200;
    exchange.reasonPhrase = "OK"_ba;
    exchange.responseHeaders = {{"Content-Type"_ba, "application/json"_ba},
                                {"X-Bunq-Client-Response-Id"_ba, responseId},
                                {"X-Bunq-Server-Signature"_ba, "c2VydmVy"_ba}};
    exchange.responseBody = R"({"Response":[{"Id":{"id":33}},{"Token":{"id":33,"token":")"_ba
        + sessionToken
        + R"("}},{"UserPerson":{"id":42,"display_name":"Alice Example","session_timeout":3600}}]})"_ba;
    exchange.startedAt = QDateTime(QDate(2024, 5, 1), QTime(10, 0), QTimeZone::utc());
    exchange.elapsedMs = 42;
    exchange.serverSignature = verdict;
    exchange.serverKeyFingerprint = serverFingerprint;
    return exchange;
}

inline api::ApiResult successResult(api::SignatureVerdict verdict = api::SignatureVerdict::Valid)
{
    api::ApiResult result;
    result.exchange = sessionServerExchange(verdict);
    return result;
}

// A 400 with bunq's Error envelope, a response id and a valid server signature.
inline api::ApiResult errorResult()
{
    api::ApiResult result;
    result.exchange = sessionServerExchange(api::SignatureVerdict::Valid);
    result.exchange.status = 400;
    result.exchange.reasonPhrase = "Bad Request"_ba;
    result.exchange.responseBody =
        R"({"Error":[{"error_description":"User credentials are incorrect. Incorrect API key or IP address.","error_description_translated":"User credentials are incorrect. Incorrect API key or IP address."}]})"_ba;

    api::ApiError error;
    error.kind = api::ApiError::Kind::Http;
    error.httpStatus = 400;
    error.descriptions = {u"User credentials are incorrect. Incorrect API key or IP address."_s};
    error.translatedDescriptions = error.descriptions;
    error.responseId = responseId;
    result.error = error;
    return result;
}

} // namespace studio::testdata
