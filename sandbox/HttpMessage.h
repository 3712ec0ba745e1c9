// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QString>

namespace studio::sandbox {

using HttpHeaders = QList<QPair<QByteArray, QByteArray>>;

// One HTTP request as it arrived, independent of the HTTP server library.
struct HttpRequest
{
    QByteArray method; // upper case, e.g. "POST"
    QString path;      // e.g. "/v1/installation", without the query
    QString query;     // without the leading '?'
    HttpHeaders headers;
    QByteArray body; // the exact bytes received
    // The caller's address; an IPv4-mapped IPv6 address is converted to plain IPv4.
    QHostAddress remoteAddress;

    // Header lookup ignores the case of the name, as HTTP requires.
    bool hasHeader(const QByteArray &name) const;
    QByteArray header(const QByteArray &name) const;
};

// One HTTP response, written to the connection exactly as given. The HTTP layer adds only the
// status line, Content-Length and, when it closes the connection, "Connection: close".
struct HttpResponse
{
    int status = 200;
    HttpHeaders headers;
    QByteArray body;

    QByteArray header(const QByteArray &name) const;
};

// Returns the standard reason phrase of an HTTP status, or bunq's name for its own 466.
QByteArray reasonPhrase(int status);

} // namespace studio::sandbox
