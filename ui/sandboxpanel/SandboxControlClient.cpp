// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandboxpanel/SandboxControlClient.h"

#include <QHostAddress>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace studio::ui {

namespace {

// The control interface responds from memory at once, so a longer wait means it stopped or hangs.
constexpr int transferTimeoutMs = 5000;

bool isLoopbackUrl(const QUrl &url)
{
    if (!url.isValid() || url.scheme() != u"http"_s)
        return false;
    if (url.host() == u"localhost"_s)
        return true;
    const QHostAddress address(url.host());
    return !address.isNull() && address.isLoopback();
}

QString statusMessage(int status, const QJsonObject &body, const QByteArray &rawBody)
{
    const QString error = body.value(u"error"_s).toString();
    if (!error.isEmpty())
        return error;
    //: %1 is an HTTP status code, %2 the start of the body the server sent.
    return SandboxControlClient::tr("The control interface answered HTTP %1: %2")
        .arg(status)
        .arg(QString::fromUtf8(rawBody.left(200)));
}

} // namespace

SandboxControlClient::SandboxControlClient(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{}

void SandboxControlClient::setBaseUrl(const QUrl &url)
{
    m_baseUrl = url;
}

bool SandboxControlClient::isUsable() const
{
    return isLoopbackUrl(m_baseUrl);
}

void SandboxControlClient::get(const QString &pathAndQuery, Callback done)
{
    if (!isUsable())
        return failWithoutUrl(done);
    track(m_network->get(requestFor(pathAndQuery)), std::move(done));
}

void SandboxControlClient::post(const QString &path, const QJsonObject &body, Callback done)
{
    if (!isUsable())
        return failWithoutUrl(done);
    QNetworkRequest request = requestFor(path);
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    track(m_network->post(request, QJsonDocument(body).toJson(QJsonDocument::Compact)),
          std::move(done));
}

void SandboxControlClient::deleteResource(const QString &path, Callback done)
{
    if (!isUsable())
        return failWithoutUrl(done);
    track(m_network->deleteResource(requestFor(path)), std::move(done));
}

QNetworkRequest SandboxControlClient::requestFor(const QString &pathAndQuery) const
{
    QNetworkRequest request(m_baseUrl.resolved(QUrl(pathAndQuery)));
    request.setTransferTimeout(transferTimeoutMs);
    return request;
}

void SandboxControlClient::track(QNetworkReply *reply, Callback done)
{
    // Owning the reply aborts it with this client, so no callback outlives its receiver.
    reply->setParent(this);

    connect(reply, &QNetworkReply::finished, this, [reply, done = std::move(done)] {
        reply->deleteLater();
        const QByteArray rawBody = reply->readAll();
        const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        if (!status.isValid()) {
            //: %1 is a URL, %2 Qt's description of the network error.
            done(Reply::failure(
                tr("Cannot reach the local sandbox's control interface at %1: "
                   "%2")
                    .arg(reply->url().toDisplayString(QUrl::RemoveQuery), reply->errorString())));
            return;
        }

        const QJsonObject body = QJsonDocument::fromJson(rawBody).object();
        if (status.toInt() < 200 || status.toInt() > 299) {
            done(Reply::failure(statusMessage(status.toInt(), body, rawBody)));
            return;
        }
        done(Reply::success(body));
    });
}

void SandboxControlClient::failWithoutUrl(const Callback &done)
{
    // Reported from the event loop, like every other outcome, so callers see one order.
    QTimer::singleShot(0, this, [done] {
        done(Reply::failure(tr("The local sandbox's control interface is not running, so this "
                               "panel cannot show what the sandbox holds.")));
    });
}

} // namespace studio::ui
