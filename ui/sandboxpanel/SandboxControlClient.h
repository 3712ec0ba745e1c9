// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QJsonObject>
#include <QObject>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

namespace studio::ui {

// Talks HTTP/JSON to the local sandbox's control interface on loopback (routes such as
// GET /state, GET /log?after=N, POST /faults, POST /reset). Each call reports once through its
// callback, with the response's JSON object or a message that describes what failed. Calls still
// running when the client is destroyed are aborted and never report.
class SandboxControlClient : public QObject
{
    Q_OBJECT

public:
    using Reply = Result<QJsonObject, QString>;
    using Callback = std::function<void(const Reply &reply)>;

    // The network manager is owned by the caller and must outlive the client.
    explicit SandboxControlClient(QNetworkAccessManager *network, QObject *parent = nullptr);

    // The control interface's root, e.g. http://127.0.0.1:41235/ ; only loopback URLs are used.
    void setBaseUrl(const QUrl &url);
    QUrl baseUrl() const { return m_baseUrl; }
    bool isUsable() const;

    // pathAndQuery is relative to the root, e.g. "log?after=12".
    void get(const QString &pathAndQuery, Callback done);
    void post(const QString &path, const QJsonObject &body, Callback done);
    void deleteResource(const QString &path, Callback done);

private:
    QNetworkRequest requestFor(const QString &pathAndQuery) const;
    void track(QNetworkReply *reply, Callback done);
    void failWithoutUrl(const Callback &done);

    QNetworkAccessManager *m_network;
    QUrl m_baseUrl;
};

} // namespace studio::ui
