// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiEnvironment.h"
#include "api/ApiError.h"
#include "api/ApiExchange.h"
#include "crypto/RsaKeyPair.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QObject>
#include <QPointer>

#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace studio::api {

Q_DECLARE_LOGGING_CATEGORY(lcApi)

// One call to make. The body is sent byte for byte as given, and those bytes are what is signed.
struct ApiRequest
{
    QByteArray method = "GET";
    QString path;          // relative to the environment's base URL, e.g. "user/12" or "/v1/user"
    QByteArray body;       // empty for GET and DELETE
    QByteArray authToken;  // X-Bunq-Client-Authentication; empty for none
    bool sign = true;      // sign the body when a client key is set
    bool verifyResponse = true; // check X-Bunq-Server-Signature when a server key is set
};

// Outcome of a call: always the exchange, and either the parsed envelope or an error.
struct ApiResult
{
    ApiExchange exchange;
    std::optional<ApiError> error;
    QJsonArray items;       // the "Response" array on success
    QJsonObject pagination; // the "Pagination" object, empty when absent

    bool ok() const { return !error.has_value(); }
};

// One request in flight. It owns its reply and reports exactly once through finished(), even
// after abort(). Then it deletes itself with deleteLater().
class ApiCall : public QObject
{
    Q_OBJECT

public:
    ApiCall(QNetworkReply *reply, ApiExchange exchange, crypto::RsaPublicKey serverKey,
            bool verifyResponse, QObject *parent = nullptr);
    ~ApiCall() override;

    // A call that failed before anything was sent; it still reports through finished(), from
    // the event loop, so callers handle every outcome in one place.
    static ApiCall *failedBeforeSending(ApiExchange exchange, ApiError error,
                                        QObject *parent = nullptr);

    // Aborts the request; finished() then reports a Network error.
    void abort();

Q_SIGNALS:
    void finished(const studio::api::ApiResult &result);

private:
    void onReplyFinished();
    void report(ApiResult result);

    QPointer<QNetworkReply> m_reply;
    ApiExchange m_exchange;
    crypto::RsaPublicKey m_serverKey;
    bool m_verifyResponse = true;
    QElapsedTimer m_timer;
    bool m_aborted = false;
    bool m_reported = false;
};

// Builds, signs and sends bunq API calls, and checks and parses what comes back.
// The network manager is owned by the caller and must outlive the client.
class ApiClient : public QObject
{
    Q_OBJECT

public:
    ApiClient(QNetworkAccessManager *network, ApiEnvironment environment,
              QObject *parent = nullptr);

    const ApiEnvironment &environment() const { return m_environment; }
    void setEnvironment(const ApiEnvironment &environment) { m_environment = environment; }

    // The client key signs request bodies; the server key checks responses.
    void setClientKey(const crypto::RsaKeyPair &key) { m_clientKey = key; }
    void setServerKey(const crypto::RsaPublicKey &key) { m_serverKey = key; }
    const crypto::RsaPublicKey &serverKey() const { return m_serverKey; }

    // bunq locale for X-Bunq-Language and X-Bunq-Region: "en_US", "nl_NL" or "de_DE".
    void setLocale(const QByteArray &bunqLocale) { m_locale = bunqLocale; }
    QByteArray locale() const { return m_locale; }

    // Per-call timeout for the whole transfer, in milliseconds.
    void setTimeoutMs(int timeoutMs) { m_timeoutMs = timeoutMs; }

    // Starts the call. The returned job reports once through ApiCall::finished.
    ApiCall *send(const ApiRequest &request);

private:
    QNetworkAccessManager *m_network;
    ApiEnvironment m_environment;
    crypto::RsaKeyPair m_clientKey;
    crypto::RsaPublicKey m_serverKey;
    QByteArray m_locale = "en_US";
    int m_timeoutMs = 30000;
};

// Parses a response body into its envelope. Exposed for tests and the console.
// On status 200 it expects {"Response": [...]} and fills items and pagination; otherwise it
// reads {"Error": [...]} into the error, and a body that is not JSON becomes the error's detail.
void parseEnvelope(ApiResult &result);

} // namespace studio::api

Q_DECLARE_METATYPE(studio::api::ApiResult)
