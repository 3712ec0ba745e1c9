// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/ApiClient.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QNetworkReply>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace studio::api {

namespace {

constexpr int httpOk = 200;
constexpr int httpTooManyRequests = 429;

ApiError::Kind transportErrorKind(QNetworkReply::NetworkError code, bool aborted)
{
    switch (code) {
    case QNetworkReply::OperationCanceledError:
        // Qt reports an expired transfer timeout as a cancellation too.
        return aborted ? ApiError::Kind::Network : ApiError::Kind::Timeout;
    case QNetworkReply::TimeoutError:
        return ApiError::Kind::Timeout;
    case QNetworkReply::SslHandshakeFailedError:
        return ApiError::Kind::Tls;
    default:
        return ApiError::Kind::Network;
    }
}

SignatureVerdict checkServerSignature(const ApiExchange &exchange,
                                      const crypto::RsaPublicKey &serverKey)
{
    const QByteArray signature = exchange.responseHeader("X-Bunq-Server-Signature");
    if (signature.isEmpty())
        return SignatureVerdict::Missing;
    return serverKey.verify(exchange.responseBody, signature) ? SignatureVerdict::Valid
                                                              : SignatureVerdict::Invalid;
}

// Log lines stay in English whatever the interface language, so they read the same in every
// report.
const char *verdictLogName(SignatureVerdict verdict)
{
    switch (verdict) {
    case SignatureVerdict::NotChecked:
        return "server signature not checked";
    case SignatureVerdict::Valid:
        return "server signature valid";
    case SignatureVerdict::Invalid:
        return "server signature invalid";
    case SignatureVerdict::Missing:
        return "no server signature";
    }
    return "";
}

const char *errorKindLogName(ApiError::Kind kind)
{
    switch (kind) {
    case ApiError::Kind::Network:
        return "network error";
    case ApiError::Kind::Timeout:
        return "timed out";
    case ApiError::Kind::Tls:
        return "TLS error";
    case ApiError::Kind::Http:
        return "HTTP error";
    case ApiError::Kind::Envelope:
        return "unexpected response";
    case ApiError::Kind::Signature:
        return "server signature error";
    case ApiError::Kind::RateLimit:
        return "rate limit reached";
    case ApiError::Kind::Usage:
        return "step not possible yet";
    }
    return "";
}

void readErrorEnvelope(const QJsonObject &root, ApiError &error)
{
    const QJsonArray entries = root.value(u"Error"_s).toArray();
    for (const QJsonValue &entry : entries) {
        const QJsonObject object = entry.toObject();
        const QString description = object.value(u"error_description"_s).toString();
        const QString translated = object.value(u"error_description_translated"_s).toString();
        if (!description.isEmpty())
            error.descriptions << description;
        if (!translated.isEmpty())
            error.translatedDescriptions << translated;
    }
}

} // namespace

void parseEnvelope(ApiResult &result)
{
    const ApiExchange &exchange = result.exchange;

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(exchange.responseBody, &parseError);
    const bool isJsonObject = parseError.error == QJsonParseError::NoError && document.isObject();
    const QJsonObject root = document.object();

    if (exchange.status == httpOk) {
        if (!isJsonObject || !root.value(u"Response"_s).isArray()) {
            ApiError error;
            error.kind = ApiError::Kind::Envelope;
            error.httpStatus = exchange.status;
            error.responseId = exchange.responseHeader("X-Bunq-Client-Response-Id");
            if (isJsonObject) {
                error.detail = ApiCall::tr("The response has no \"Response\" array.");
            } else {
                //: %1 is the start of the response body as received.
                error.detail = ApiCall::tr("The response is not JSON: %1")
                                   .arg(QString::fromUtf8(exchange.responseBody.left(500)));
            }
            result.error = error;
            return;
        }
        result.items = root.value(u"Response"_s).toArray();
        result.pagination = root.value(u"Pagination"_s).toObject();
        return;
    }

    ApiError error;
    error.kind = exchange.status == httpTooManyRequests ? ApiError::Kind::RateLimit
                                                        : ApiError::Kind::Http;
    error.httpStatus = exchange.status;
    error.responseId = exchange.responseHeader("X-Bunq-Client-Response-Id");
    if (isJsonObject)
        readErrorEnvelope(root, error);
    if (error.descriptions.isEmpty() && !exchange.responseBody.isEmpty())
        error.detail = QString::fromUtf8(exchange.responseBody.left(2000));
    result.error = error;
}

ApiCall::ApiCall(QNetworkReply *reply, ApiExchange exchange, crypto::RsaPublicKey serverKey,
                 bool verifyResponse, QObject *parent)
    : QObject(parent)
    , m_reply(reply)
    , m_exchange(std::move(exchange))
    , m_serverKey(std::move(serverKey))
    , m_verifyResponse(verifyResponse)
{
    m_timer.start();
    if (m_reply) {
        m_reply->setParent(this);
        connect(m_reply, &QNetworkReply::finished, this, &ApiCall::onReplyFinished);
    }
}

ApiCall::~ApiCall() = default;

ApiCall *ApiCall::failedBeforeSending(ApiExchange exchange, ApiError error, QObject *parent)
{
    auto *call = new ApiCall(nullptr, std::move(exchange), {}, false, parent);
    ApiResult result;
    result.exchange = call->m_exchange;
    result.error = std::move(error);
    QTimer::singleShot(0, call, [call, result] { call->report(result); });
    return call;
}

void ApiCall::abort()
{
    m_aborted = true;
    if (m_reply)
        m_reply->abort();
}

void ApiCall::onReplyFinished()
{
    ApiResult result;
    ApiExchange &exchange = result.exchange;
    exchange = m_exchange;
    exchange.elapsedMs = m_timer.elapsed();

    const QVariant status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!status.isValid()) {
        exchange.transportError = m_reply->errorString();
        ApiError error;
        error.kind = transportErrorKind(m_reply->error(), m_aborted);
        error.detail = exchange.transportError;
        result.error = error;
        report(std::move(result));
        return;
    }

    exchange.status = status.toInt();
    exchange.reasonPhrase =
        m_reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray();
    exchange.responseHeaders = m_reply->rawHeaderPairs();
    exchange.responseBody = m_reply->readAll();
    exchange.responseWasCompressed = !exchange.responseHeader("Content-Encoding").isEmpty();

    // The signature covers the body bytes exactly as received, so it is checked before any
    // parsing; a parsed and re-serialised body would not match.
    if (m_verifyResponse && !m_serverKey.isNull()) {
        exchange.serverSignature = checkServerSignature(exchange, m_serverKey);
        exchange.serverKeyFingerprint = m_serverKey.sha256Fingerprint();
    }

    const bool signatureFailed = exchange.serverSignature == SignatureVerdict::Invalid
        || exchange.serverSignature == SignatureVerdict::Missing;
    if (exchange.status == 200 && signatureFailed) {
        ApiError error;
        error.kind = ApiError::Kind::Signature;
        error.httpStatus = exchange.status;
        error.responseId = exchange.responseHeader("X-Bunq-Client-Response-Id");
        error.detail = exchange.serverSignature == SignatureVerdict::Missing
            ? tr("The response has no X-Bunq-Server-Signature header, so it cannot be trusted.")
            : tr("The X-Bunq-Server-Signature does not match the response body and the server "
                 "public key from the installation, so the response cannot be trusted.");
        result.error = error;
        report(std::move(result));
        return;
    }

    parseEnvelope(result);
    report(std::move(result));
}

void ApiCall::report(ApiResult result)
{
    if (m_reported)
        return;
    m_reported = true;

    qCDebug(lcApi) << "finished" << result.exchange.method << result.exchange.url.path()
                   << result.exchange.status << result.exchange.elapsedMs << "ms"
                   << verdictLogName(result.exchange.serverSignature);
    if (result.error) {
        qCInfo(lcApi) << "call failed:" << result.exchange.method << result.exchange.url.path()
                      << errorKindLogName(result.error->kind) << result.error->httpStatus
                      << "response id" << result.error->responseId;
    }

    Q_EMIT finished(result);
    deleteLater();
}

} // namespace studio::api
