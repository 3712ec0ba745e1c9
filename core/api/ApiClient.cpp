// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/ApiClient.h"

#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace studio::api {

Q_LOGGING_CATEGORY(lcApi, "studio.core.api")

namespace {

// Zero position and the "000" country placeholder: the header is optional since 2020, and bunq's
// own examples send this form when no location is shared.
const QByteArray noGeolocation = "0 0 0 0 000"_ba;

bool isLoopbackHost(const QString &host)
{
    if (host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

bool isUnderBaseUrl(const QUrl &url, const QUrl &baseUrl)
{
    return url.scheme() == baseUrl.scheme() && url.host() == baseUrl.host()
        && url.port(-1) == baseUrl.port(-1) && url.userInfo().isEmpty()
        && url.path().startsWith(baseUrl.path());
}

bool methodCarriesBody(const QByteArray &method)
{
    return method == "POST" || method == "PUT" || method == "PATCH";
}

HeaderList buildHeaders(const ApiRequest &request, const QByteArray &locale)
{
    HeaderList headers = {
        {"Cache-Control"_ba, "no-cache"_ba},
        {"User-Agent"_ba, "bunq-session-studio/" STUDIO_VERSION ""_ba},
        {"X-Bunq-Language"_ba, locale},
        {"X-Bunq-Region"_ba, locale},
        {"X-Bunq-Client-Request-Id"_ba, QUuid::createUuid().toByteArray(QUuid::WithoutBraces)},
        {"X-Bunq-Geolocation"_ba, noGeolocation},
    };

    // Without an explicit type Qt labels a POST body as form data.
    if (methodCarriesBody(request.method) || !request.body.isEmpty())
        headers.append({"Content-Type"_ba, "application/json"_ba});

    if (!request.authToken.isEmpty())
        headers.append({"X-Bunq-Client-Authentication"_ba, request.authToken});
    return headers;
}

} // namespace

ApiClient::ApiClient(QNetworkAccessManager *network, ApiEnvironment environment, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_environment(std::move(environment))
{
    qRegisterMetaType<ApiResult>();
}

ApiCall *ApiClient::send(const ApiRequest &request)
{
    ApiExchange exchange;
    exchange.method = request.method.toUpper();
    exchange.url = m_environment.urlFor(request.path);
    exchange.requestHeaders = buildHeaders(request, m_locale);
    exchange.requestBody = request.body;
    exchange.startedAt = QDateTime::currentDateTimeUtc();

    // A full URL typed as the path would otherwise replace the base URL and carry the token and
    // signature to another server.
    if (!isUnderBaseUrl(exchange.url, m_environment.baseUrl())) {
        ApiError error;
        error.kind = ApiError::Kind::Usage;
        //: %1 is the URL the request would go to, %2 the API base URL of the environment.
        error.detail = tr("Nothing was sent: %1 is not under this environment's API base URL %2, "
                          "and the session token must not leave it. Enter a path such as "
                          "\"user\" or \"/v1/user\".")
                           .arg(exchange.url.toDisplayString(), m_environment.baseUrl().toString());
        return ApiCall::failedBeforeSending(std::move(exchange), std::move(error), this);
    }

    if (exchange.url.scheme() == u"http"_s && !isLoopbackHost(exchange.url.host())) {
        ApiError error;
        error.kind = ApiError::Kind::Usage;
        error.detail = tr("Plain http:// is allowed only for loopback addresses, and %1 is not "
                          "one. Use an https:// base URL.")
                           .arg(exchange.url.host());
        return ApiCall::failedBeforeSending(std::move(exchange), std::move(error), this);
    }

    // Every call after the installation is signed, GET and DELETE included (over zero bytes),
    // so one rule covers every endpoint. The installation call itself carries no token.
    const bool signRequest = request.sign && !request.authToken.isEmpty() && !m_clientKey.isNull();
    if (signRequest) {
        const auto signature = m_clientKey.sign(exchange.requestBody);
        if (!signature) {
            ApiError error;
            error.kind = ApiError::Kind::Usage;
            error.detail = tr("Signing the request failed: %1").arg(signature.error());
            return ApiCall::failedBeforeSending(std::move(exchange), std::move(error), this);
        }
        exchange.signedBytes = exchange.requestBody;
        exchange.signature = signature.value();
        exchange.clientKeyFingerprint = m_clientKey.publicKey().sha256Fingerprint();
        exchange.requestHeaders.append({"X-Bunq-Client-Signature"_ba, exchange.signature});
    }

    QNetworkRequest networkRequest(exchange.url);
    for (const auto &[name, value] : std::as_const(exchange.requestHeaders))
        networkRequest.setRawHeader(name, value);
    networkRequest.setTransferTimeout(m_timeoutMs);
    networkRequest.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                                QNetworkRequest::ManualRedirectPolicy);

    QNetworkReply *reply = nullptr;
    if (exchange.method == "GET")
        reply = m_network->get(networkRequest);
    else if (exchange.method == "DELETE" && exchange.requestBody.isEmpty())
        reply = m_network->deleteResource(networkRequest);
    else
        reply = m_network->sendCustomRequest(networkRequest, exchange.method, exchange.requestBody);

    qCDebug(lcApi) << "sending" << exchange.method << exchange.url.path()
                   << (signRequest ? "signed" : "unsigned");
    const bool verify = request.verifyResponse;
    return new ApiCall(reply, std::move(exchange), m_serverKey, verify, this);
}

} // namespace studio::api
