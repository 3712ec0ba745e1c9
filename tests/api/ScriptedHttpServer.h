// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QTcpServer>

// A one-connection-at-a-time HTTP/1.1 server on 127.0.0.1 that replies to every request with the
// response set in advance and keeps the raw request it received. It lets the client tests
// control every byte of a response (bad signatures, missing headers, non-JSON bodies) without
// going through the local sandbox.
class ScriptedHttpServer : public QTcpServer
{
    Q_OBJECT

public:
    struct Response
    {
        int status = 200;
        QByteArray reason = "OK";
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        bool neverAnswer = false; // accept the request, then stay silent
    };

    struct Request
    {
        QByteArray method;
        QByteArray target;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;

        QByteArray header(const QByteArray &name) const;
        bool hasHeader(const QByteArray &name) const;
    };

    explicit ScriptedHttpServer(QObject *parent = nullptr);

    // Listens on 127.0.0.1 with a free port; returns the base URL "http://127.0.0.1:PORT/v1/".
    QByteArray start();

    void setResponse(const Response &response) { m_response = response; }
    const QList<Request> &requests() const { return m_requests; }

Q_SIGNALS:
    void requestReceived();

private:
    void onNewConnection();

    Response m_response;
    QList<Request> m_requests;
};
