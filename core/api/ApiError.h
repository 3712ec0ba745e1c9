// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace studio::api {

// A failed call, as a value. Everything bunq sent about the failure is kept.
struct ApiError
{
    enum class Kind {
        Network,   // no connection, refused, reset, DNS
        Timeout,   // no complete response in time
        Tls,       // certificate or handshake failure
        Http,      // an HTTP status other than 200 with bunq's Error envelope, or text
        Envelope,  // status 200 but the body is not the expected Response envelope
        Signature, // the server signature is missing or does not verify
        RateLimit, // HTTP 429
        Usage,     // the call could not be made: a step before it is missing
    };

    Kind kind = Kind::Network;
    int httpStatus = 0;
    QStringList descriptions;           // every error_description, in order
    QStringList translatedDescriptions; // every error_description_translated, in order
    QByteArray responseId;              // X-Bunq-Client-Response-Id, empty when absent
    QString detail;                     // transport message, non-JSON body text, or parse problem

    // One line for people: status, bunq's text and the response id, in that order.
    QString summary() const;
    static QString kindName(Kind kind);
};

} // namespace studio::api
