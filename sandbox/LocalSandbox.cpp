// SPDX-License-Identifier: GPL-3.0-or-later
#include "LocalSandbox.h"

#include "HttpAdapter.h"
#include "Logging.h"
#include "RequestDispatcher.h"
#include "RequestLog.h"
#include "ServerKeyPool.h"
#include "control/ControlServer.h"
#include "control/FaultInjection.h"
#include "control/FaultSwitchboard.h"

using namespace Qt::StringLiterals;

namespace studio::sandbox {

struct LocalSandbox::Private
{
    SandboxOptions options;
    ServerKeyPool *serverKeys = nullptr; // child of the LocalSandbox
    RequestLog requestLog;               // before the dispatcher, which appends to it
    std::unique_ptr<RequestDispatcher> dispatcher;
    bool stateLoaded = false;
    FaultSwitchboard faults; // declared before http and control, which point to it
    std::unique_ptr<HttpAdapter> http;
    std::unique_ptr<ControlServer> control;
    QUrl controlUrl;
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
    d->dispatcher =
        std::make_unique<RequestDispatcher>(options, *d->serverKeys, d->requestLog);
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

    // The file is read once; a restart of this object keeps its records in memory.
    if (!d->stateLoaded) {
        if (const auto error = d->dispatcher->loadState()) {
            d->errorString = *error;
            qCWarning(lcSandbox).noquote() << d->errorString;
            return false;
        }
        d->stateLoaded = true;
    }

    auto http = std::make_unique<HttpAdapter>(
        [this](const HttpRequest &request) { return d->dispatcher->dispatch(request); });
    http->setFaultSwitchboard(&d->faults);
    http->setFaultObserver(
        [this](const HttpRequest &, const TakenFault &, const FaultedResponse &outcome) {
            d->requestLog.setFaultOfNewest(outcome.summary);
        });
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
    d->control.reset();
    d->controlUrl.clear();
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

RequestLog &LocalSandbox::requestLog()
{
    return d->requestLog;
}

QJsonObject LocalSandbox::snapshotJson() const
{
    return d->dispatcher->snapshotJson();
}

void LocalSandbox::reset()
{
    d->dispatcher->reset();
}

bool LocalSandbox::revokeApiKey(const QByteArray &apiKey)
{
    return d->dispatcher->revokeApiKey(apiKey);
}

FaultSwitchboard &LocalSandbox::faults()
{
    return d->faults;
}

bool LocalSandbox::startControl(quint16 port)
{
    if (d->control)
        return true;

    // The control server serves from this thread, like the dispatcher, so the hooks run here.
    ControlServer::Hooks hooks;
    hooks.snapshot = [this] {
        return snapshotJson();
    };
    hooks.logEntries = [this](qint64 afterSequence) {
        QJsonArray entries;
        for (const RequestLogEntry &entry : d->requestLog.entriesAfter(afterSequence))
            entries.append(entry.toJson());
        return entries;
    };
    hooks.reset = [this] {
        reset();
    };
    hooks.revokeApiKey = [this](const QByteArray &apiKey) {
        return revokeApiKey(apiKey);
    };
    auto control = std::make_unique<ControlServer>(d->faults, hooks);
    const auto listening = control->listen(d->options.address, port);
    if (!listening) {
        d->errorString =
            u"The local sandbox's control interface cannot listen on %1 port %2: "
            u"%3"_s.arg(d->options.address.toString(), QString::number(port), listening.error());
        qCWarning(lcSandbox).noquote() << d->errorString;
        return false;
    }

    d->control = std::move(control);
    d->controlUrl = apiRoot(d->options.address, listening.value()).resolved(QUrl(u"/"_s));
    qCInfo(lcSandbox).noquote() << "Control interface listening on" << d->controlUrl.toString();
    return true;
}

QUrl LocalSandbox::controlUrl() const
{
    return d->controlUrl;
}

} // namespace studio::sandbox
