// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

namespace studio::api {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

// Result of checking X-Bunq-Server-Signature on a response.
enum class SignatureVerdict {
    NotChecked, // no server key known yet (installation and sandbox-user responses)
    Valid,
    Invalid,
    Missing, // a server key is known but the response carried no signature header
};

QString signatureVerdictText(SignatureVerdict verdict);

// One HTTP exchange as it went on the wire. Secrets are stored unmasked; views and exports mask
// them with the helpers in Redaction.h.
struct ApiExchange
{
    QByteArray method;
    QUrl url;

    // Headers this client set; QNetworkAccessManager adds Host, Connection, Accept-Encoding and
    // Content-Length on its own.
    HeaderList requestHeaders;
    QByteArray requestBody;

    // The exact bytes the client signed (equal to requestBody) and the base64 signature; both
    // empty when the call was not signed.
    QByteArray signedBytes;
    QByteArray signature;
    QByteArray clientKeyFingerprint; // SHA-256 hex of the client public key that signed

    int status = 0; // 0 when no HTTP response arrived
    QByteArray reasonPhrase;
    HeaderList responseHeaders;
    QByteArray responseBody; // after transport decompression, before any parsing
    bool responseWasCompressed = false;

    QDateTime startedAt; // UTC
    qint64 elapsedMs = 0;

    SignatureVerdict serverSignature = SignatureVerdict::NotChecked;
    QByteArray serverKeyFingerprint; // SHA-256 hex of the key used to check, if any

    QString transportError; // network, TLS or timeout message; empty when a response arrived

    QByteArray requestHeader(const QByteArray &name) const;
    QByteArray responseHeader(const QByteArray &name) const; // case-insensitive
};

} // namespace studio::api
