// SPDX-License-Identifier: GPL-3.0-or-later
#include "HttpMessage.h"

using namespace Qt::StringLiterals;

namespace studio::sandbox {

namespace {

const QPair<QByteArray, QByteArray> *findHeader(const HttpHeaders &headers, const QByteArray &name)
{
    for (const auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return &header;
    }
    return nullptr;
}

} // namespace

bool HttpRequest::hasHeader(const QByteArray &name) const
{
    return findHeader(headers, name) != nullptr;
}

QByteArray HttpRequest::header(const QByteArray &name) const
{
    const auto *found = findHeader(headers, name);
    return found ? found->second : QByteArray();
}

QByteArray HttpResponse::header(const QByteArray &name) const
{
    const auto *found = findHeader(headers, name);
    return found ? found->second : QByteArray();
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK"_ba;
    case 400:
        return "Bad Request"_ba;
    case 401:
        return "Unauthorized"_ba;
    case 403:
        return "Forbidden"_ba;
    case 404:
        return "Not Found"_ba;
    case 405:
        return "Method Not Allowed"_ba;
    case 429:
        return "Too Many Requests"_ba;
    case 466:
        // Not an IANA status; bunq's error table calls it REQUEST SIGNATURE REQUIRED.
        return "Request Signature Required"_ba;
    case 500:
        return "Internal Server Error"_ba;
    default:
        return "Unknown"_ba;
    }
}

} // namespace studio::sandbox
