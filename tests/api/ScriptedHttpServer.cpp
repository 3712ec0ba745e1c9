// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScriptedHttpServer.h"

#include <QTcpSocket>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

// Parses one complete request from buffer, or returns false while bytes are still missing.
bool parseRequest(const QByteArray &buffer, ScriptedHttpServer::Request &request)
{
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return false;

    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.constFirst().trimmed().split(' ');
    if (requestLine.size() < 2)
        return false;

    request = {};
    request.method = requestLine.at(0);
    request.target = requestLine.at(1);
    qsizetype contentLength = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed();
        const QByteArray value = line.mid(colon + 1).trimmed();
        request.headers.append({name, value});
        if (name.compare("Content-Length", Qt::CaseInsensitive) == 0)
            contentLength = value.toLongLong();
    }

    const qsizetype bodyStart = headerEnd + 4;
    if (buffer.size() < bodyStart + contentLength)
        return false;
    request.body = buffer.mid(bodyStart, contentLength);
    return true;
}

QByteArray serialise(const ScriptedHttpServer::Response &response)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + response.reason
        + "\r\n";
    for (const auto &[name, value] : response.headers)
        out += name + ": " + value + "\r\n";
    out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    out += "Connection: close\r\n\r\n";
    out += response.body;
    return out;
}

} // namespace

QByteArray ScriptedHttpServer::Request::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

bool ScriptedHttpServer::Request::hasHeader(const QByteArray &name) const
{
    for (const auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

ScriptedHttpServer::ScriptedHttpServer(QObject *parent)
    : QTcpServer(parent)
{
    connect(this, &QTcpServer::newConnection, this, &ScriptedHttpServer::onNewConnection);
}

QByteArray ScriptedHttpServer::start()
{
    if (!listen(QHostAddress::LocalHost, 0))
        return {};
    return "http://127.0.0.1:" + QByteArray::number(serverPort()) + "/v1/";
}

void ScriptedHttpServer::onNewConnection()
{
    while (QTcpSocket *socket = nextPendingConnection()) {
        auto buffer = std::make_shared<QByteArray>();
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
            buffer->append(socket->readAll());
            Request request;
            if (!parseRequest(*buffer, request))
                return;
            buffer->clear();
            m_requests.append(request);
            Q_EMIT requestReceived();
            if (m_response.neverAnswer)
                return;
            socket->write(serialise(m_response));
            socket->disconnectFromHost();
        });
    }
}
