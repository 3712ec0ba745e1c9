// SPDX-License-Identifier: GPL-3.0-or-later
#include "control/FaultInjection.h"

#include "BunqJson.h"
#include "control/FaultMessages.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace studio::sandbox {

namespace {

const QByteArray signatureHeader = "X-Bunq-Server-Signature"_ba;
const QByteArray responseIdHeader = "X-Bunq-Client-Response-Id"_ba;
const QByteArray requestIdHeader = "X-Bunq-Client-Request-Id"_ba;

Language languageOf(const HttpRequest &request)
{
    const QByteArray language = request.header("X-Bunq-Language"_ba).trimmed();
    return language.compare("nl_NL"_ba, Qt::CaseInsensitive) == 0 ? Language::Dutch
                                                                  : Language::English;
}

qsizetype headerIndex(const HttpHeaders &headers, const QByteArray &name)
{
    for (qsizetype i = 0; i < headers.size(); ++i) {
        if (headers.at(i).first.compare(name, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

// Builds a bunq error response in place of the original, keeping only the ids.
QString replaceWithError(HttpResponse &response, const HttpRequest &request, int status,
                         const ErrorMessage &error, bool keepResponseId)
{
    const int originalStatus = response.status;
    const bool wasSigned = headerIndex(response.headers, signatureHeader) >= 0;

    HttpHeaders headers{{"Content-Type"_ba, "application/json"_ba}};
    const qsizetype responseId = headerIndex(response.headers, responseIdHeader);
    if (keepResponseId && responseId >= 0)
        headers.append(response.headers.at(responseId));
    const qsizetype requestId = headerIndex(response.headers, requestIdHeader);
    if (requestId >= 0)
        headers.append(response.headers.at(requestId));

    response.status = status;
    response.headers = headers;
    response.body = toBunqJson({{u"Error"_s, QJsonArray{error.toJson(languageOf(request))}}});

    QString summary =
        u"replaced %1 with %2 \"%3\""_s.arg(originalStatus).arg(status).arg(error.english);
    if (!keepResponseId)
        summary += u" without X-Bunq-Client-Response-Id"_s;
    if (wasSigned)
        summary += u", unsigned"_s;
    return summary;
}

// Changes the first character of a base64 text to the next one of the base64 alphabet, so the
// text still decodes but to different bytes.
QByteArray tamperedBase64(QByteArray text)
{
    static const QByteArray alphabet =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"_ba;
    const qsizetype position = text.isEmpty() ? -1 : alphabet.indexOf(text.at(0));
    if (position < 0)
        return QByteArray(256, '\0').toBase64();
    text[0] = alphabet.at((position + 1) % alphabet.size());
    return text;
}

QString tamperSignature(HttpResponse &response)
{
    const qsizetype index = headerIndex(response.headers, signatureHeader);
    if (index < 0) {
        // A signature made of 256 zero bytes has the right length and never verifies.
        response.headers.append({signatureHeader, QByteArray(256, '\0').toBase64()});
        return u"added a made-up X-Bunq-Server-Signature to an unsigned response"_s;
    }
    response.headers[index].second = tamperedBase64(response.headers.at(index).second);
    return u"changed the first base64 character of X-Bunq-Server-Signature"_s;
}

QString removeSignature(HttpResponse &response)
{
    const qsizetype index = headerIndex(response.headers, signatureHeader);
    if (index < 0)
        return u"found no X-Bunq-Server-Signature to remove"_s;
    response.headers.removeAt(index);
    return u"removed X-Bunq-Server-Signature"_s;
}

} // namespace

qsizetype truncatedBodySize(const HttpResponse &response)
{
    return response.body.size() / 2;
}

FaultedResponse applyFault(const FaultSpec &spec, const HttpRequest &request, HttpResponse response)
{
    FaultedResponse faulted;
    using Delivery = FaultedResponse::Delivery;

    switch (spec.kind) {
    case FaultKind::Slow:
        faulted.delayMs = spec.delayMs;
        faulted.summary = u"delayed the response by %1 ms"_s.arg(spec.delayMs);
        break;
    case FaultKind::InternalError500:
        faulted.summary =
            replaceWithError(response, request, 500, faulterrors::unhandledException(), true);
        break;
    case FaultKind::InternalError500WithoutResponseId:
        faulted.summary =
            replaceWithError(response, request, 500, faulterrors::unhandledException(), false);
        break;
    case FaultKind::Maintenance491:
        faulted.summary =
            replaceWithError(response, request, 491, faulterrors::maintenance(), true);
        break;
    case FaultKind::RateLimited429:
        faulted.summary =
            replaceWithError(response, request, 429, faulterrors::tooManyRequests(), true);
        break;
    case FaultKind::DropConnection:
        faulted.delivery = Delivery::Drop;
        faulted.summary =
            u"dropped the connection instead of sending the %1 response"_s.arg(response.status);
        break;
    case FaultKind::TruncatedBody:
        faulted.delivery = Delivery::Truncate;
        faulted.summary =
            u"sent %1 of %2 body bytes of the %3 response, then closed the connection"_s
                .arg(truncatedBodySize(response))
                .arg(response.body.size())
                .arg(response.status);
        break;
    case FaultKind::MissingSignature:
        faulted.summary = removeSignature(response);
        break;
    case FaultKind::TamperedSignature:
        faulted.summary = tamperSignature(response);
        break;
    case FaultKind::LowerCaseHeaders:
        for (auto &header : response.headers)
            header.first = header.first.toLower();
        faulted.lowerCaseHeaderNames = true;
        faulted.summary = u"wrote every header name in lower case"_s;
        break;
    }

    faulted.response = std::move(response);
    return faulted;
}

} // namespace studio::sandbox
