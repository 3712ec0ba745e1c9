// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/ApiError.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace studio::api {

QString ApiError::summary() const
{
    QStringList parts;
    if (httpStatus != 0) {
        //: %1 is an HTTP status code such as 400.
        parts << QCoreApplication::translate("studio::api::ApiError", "HTTP %1").arg(httpStatus);
    }

    if (!descriptions.isEmpty())
        parts << descriptions.join(u' ');
    else if (!detail.isEmpty())
        parts << detail;
    else
        parts << kindName(kind);

    if (!responseId.isEmpty()) {
        //: %1 is bunq's X-Bunq-Client-Response-Id, which bunq support requests.
        parts << QCoreApplication::translate("studio::api::ApiError", "response id %1")
                     .arg(QString::fromLatin1(responseId));
    }
    return parts.join(u" · "_s);
}

QString ApiError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Network:
        return QCoreApplication::translate("studio::api::ApiError", "Network error");
    case Kind::Timeout:
        return QCoreApplication::translate("studio::api::ApiError", "Timed out");
    case Kind::Tls:
        return QCoreApplication::translate("studio::api::ApiError", "TLS error");
    case Kind::Http:
        return QCoreApplication::translate("studio::api::ApiError", "HTTP error");
    case Kind::Envelope:
        //: The body is not the {"Response": [...]} envelope bunq sends.
        return QCoreApplication::translate("studio::api::ApiError", "Unexpected response");
    case Kind::Signature:
        return QCoreApplication::translate("studio::api::ApiError", "Server signature error");
    case Kind::RateLimit:
        return QCoreApplication::translate("studio::api::ApiError", "Rate limit reached");
    case Kind::Usage:
        //: A step was started before the steps it needs, e.g. the device before the installation.
        return QCoreApplication::translate("studio::api::ApiError", "Step not possible yet");
    }
    return {};
}

} // namespace studio::api
