// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Bodies for the response view tests: bunq-like payment lists of any size, built by hand so
// that the tests need no server.

#include "api/ApiClient.h"

#include <QByteArray>
#include <QTimeZone>

namespace studio::testdata {

using namespace Qt::StringLiterals;

inline const QByteArray sessionToken =
    "ffeeddccbbaa99887766554433221100ffeeddccbbaa99887766554433229999"_ba;

// One payment object as bunq's GET /v1/user/{id}/monetary-account/{id}/payment lists it.
inline QByteArray paymentJson(int id)
{
    const QByteArray number = QByteArray::number(id);
    return R"({"Payment":{"id":)"_ba + number
        + R"(,"created":"2024-05-01 10:12:34.123456","updated":"2024-05-01 10:12:34.123456",)"
          R"("monetary_account_id":7,"amount":{"currency":"EUR","value":"-12.)"_ba
        + QByteArray::number(id % 100).rightJustified(2, '0')
        + R"("},"description":"Groceries \u00e9 \/ order )"_ba + number
        + R"(","type":"BUNQ","alias":{"iban":"NL12BUNQ0123456789","display_name":"Alice Example"},)"
          R"("counterparty_alias":{"iban":"NL98BUNQ9876543210","display_name":"Shop B.V."},)"
          R"("attachment":[],"geolocation":null,"batch_id":null,"scheduled_id":null,)"
          R"("balance_after_mutation":{"currency":"EUR","value":"1234.56"},"sub_type":"PAYMENT"}})"_ba;
}

// {"Response":[payment, payment, ...],"Pagination":{...}} with payments until the body has at
// least minimumSize bytes.
inline QByteArray paymentList(qsizetype minimumSize)
{
    QByteArray body = R"({"Response":[)"_ba;
    for (int id = 1; body.size() < minimumSize; ++id) {
        if (id > 1)
            body += ',';
        body += paymentJson(id);
    }
    body += R"(],"Pagination":{"future_url":null,"newer_url":null,"older_url":"/v1/user/42/payment?older_id=1"}})"_ba;
    return body;
}

// A successful GET exchange whose response carries the body.
inline api::ApiResult resultWithResponseBody(const QByteArray &body)
{
    api::ApiResult result;
    api::ApiExchange &exchange = result.exchange;
    exchange.method = "GET"_ba;
    exchange.url = QUrl(u"http://127.0.0.1:41234/v1/user/42/monetary-account/7/payment"_s);
    exchange.requestHeaders = {{"Cache-Control"_ba, "no-cache"_ba},
                               {"User-Agent"_ba, "bunq-session-studio/0.1.0"_ba},
                               {"X-Bunq-Client-Authentication"_ba, sessionToken}};
    exchange.status = 200;
    exchange.reasonPhrase = "OK"_ba;
    exchange.responseHeaders = {{"Content-Type"_ba, "application/json"_ba},
                                {"X-Bunq-Client-Response-Id"_ba, "6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f"_ba},
                                {"X-Bunq-Server-Signature"_ba, "c2VydmVy"_ba}};
    exchange.responseBody = body;
    exchange.startedAt = QDateTime(QDate(2024, 5, 1), QTime(10, 0), QTimeZone::utc());
    exchange.elapsedMs = 87;
    exchange.serverSignature = api::SignatureVerdict::Valid;
    return result;
}

} // namespace studio::testdata
