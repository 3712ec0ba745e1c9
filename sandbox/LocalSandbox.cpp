// SPDX-License-Identifier: GPL-3.0-or-later
#include "LocalSandbox.h"

#include "HttpAdapter.h"
#include "Logging.h"
#include "RequestDispatcher.h"
#include "ServerKeyPool.h"

using namespace Qt::StringLiterals;

namespace studio::sandbox {

struct LocalSandbox::Private
{
    SandboxOptions options;
    ServerKeyPool *serverKeys = nullptr; // child of the LocalSandbox
    std::unique_ptr<RequestDispatcher> dispatcher;
    std::unique_ptr<HttpAdapter> http;
    QUrl baseUrl;
    QString errorString;
};

namespace {

QUrl apiRoot(const QHostAddress &address, quint16 port)
{
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(address.toString()); // QUrl adds the brackets around an IPv6 address
    url.setPort(port);
    url.setPath(u"/v1/"_s);
    return url;
}

} // namespace

LocalSandbox::LocalSandbox(const SandboxOptions &options, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    d->options = options;
    d->serverKeys = new ServerKeyPool(options.serverKeyPolicy, options.spareServerKeys, this);
    d->dispatcher = std::make_unique<RequestDispatcher>(options, *d->serverKeys);
}

LocalSandbox::~LocalSandbox()
{
    stop();
}

bool LocalSandbox::start()
{
    if (isListening())
        return true;

    const QHostAddress &address = d->options.address;
    if (address.isNull() || !address.isLoopback()) {
        d->errorString = u"The local sandbox only listens on a loopback address such as "
                         u"127.0.0.1 or ::1, not on \"%1\"."_s.arg(
                             address.isNull() ? u"(none)"_s : address.toString());
        qCWarning(lcSandbox).noquote() << d->errorString;
        return false;
    }

    auto http = std::make_unique<HttpAdapter>(
        [this](const HttpRequest &request) { return d->dispatcher->dispatch(request); });
    const auto port = http->listen(address, d->options.port);
    if (!port) {
        d->errorString = u"The local sandbox cannot listen on %1 port %2: %3"_s.arg(
            address.toString(), QString::number(d->options.port), port.error());
        qCWarning(lcSandbox).noquote() << d->errorString;
        return false;
    }

    d->http = std::move(http);
    d->baseUrl = apiRoot(address, port.value());
    d->errorString.clear();
    d->serverKeys->prepare();
    qCInfo(lcSandbox).noquote() << "Local sandbox listening on" << d->baseUrl.toString();
    return true;
}

void LocalSandbox::stop()
{
    if (!d->http)
        return;

    // Deleting the server closes the listening socket and every open connection.
    d->http.reset();
    qCInfo(lcSandbox).noquote() << "Local sandbox on" << d->baseUrl.toString() << "stopped";
    d->baseUrl.clear();
}

bool LocalSandbox::isListening() const
{
    return d->http != nullptr;
}

QUrl LocalSandbox::baseUrl() const
{
    return d->baseUrl;
}

QString LocalSandbox::errorString() const
{
    return d->errorString;
}

} // namespace studio::sandbox
