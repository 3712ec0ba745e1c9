// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/ApiExchange.h"

#include <QCoreApplication>

namespace studio::api {

namespace {

QByteArray findHeader(const HeaderList &headers, const QByteArray &name)
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

} // namespace

QString signatureVerdictText(SignatureVerdict verdict)
{
    //: Verdicts on a response's X-Bunq-Server-Signature header, e.g. in the exchange summary.
    switch (verdict) {
    case SignatureVerdict::NotChecked:
        return QCoreApplication::translate("studio::api", "server signature not checked");
    case SignatureVerdict::Valid:
        return QCoreApplication::translate("studio::api", "server signature valid");
    case SignatureVerdict::Invalid:
        return QCoreApplication::translate("studio::api", "server signature invalid");
    case SignatureVerdict::Missing:
        return QCoreApplication::translate("studio::api", "no server signature");
    }
    return {};
}

QByteArray ApiExchange::requestHeader(const QByteArray &name) const
{
    return findHeader(requestHeaders, name);
}

QByteArray ApiExchange::responseHeader(const QByteArray &name) const
{
    return findHeader(responseHeaders, name);
}

} // namespace studio::api
