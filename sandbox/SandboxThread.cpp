// SPDX-License-Identifier: GPL-3.0-or-later
#include "LocalSandbox.h"

#include <QMetaObject>
#include <QThread>

#include <optional>

namespace studio::sandbox {

struct SandboxThread::Private
{
    SandboxOptions options;
    QThread thread;
    LocalSandbox *sandbox = nullptr; // lives in thread; deleted when it finishes
    QUrl baseUrl;
    std::optional<quint16> controlPort; // set when start() also starts the control interface
    QUrl controlUrl;
    // Incremented by stop(), so that the outcome of an earlier start() that arrives after a
    // stop() is dropped instead of reported.
    quint64 generation = 0;
};

SandboxThread::SandboxThread(const SandboxOptions &options, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    d->options = options;
    d->thread.setObjectName(QStringLiteral("LocalSandbox"));
}

SandboxThread::~SandboxThread()
{
    stop();
}

void SandboxThread::start()
{
    if (d->thread.isRunning())
        return;

    // The sandbox lives in the thread and is deleted there when the thread finishes.
    auto *sandbox = new LocalSandbox(d->options);
    sandbox->moveToThread(&d->thread);
    connect(&d->thread, &QThread::finished, sandbox, &QObject::deleteLater);
    d->sandbox = sandbox;
    d->thread.start();

    const quint64 generation = d->generation;
    const std::optional<quint16> controlPort = d->controlPort;
    QMetaObject::invokeMethod(sandbox, [this, sandbox, generation, controlPort] {
        const bool listening = sandbox->start();
        const QUrl url = sandbox->baseUrl();
        const QString error = sandbox->errorString();
        // A control interface that cannot listen leaves the sandbox serving without it.
        if (listening && controlPort)
            sandbox->startControl(*controlPort);
        const QUrl controlUrl = sandbox->controlUrl();

        // Back to the thread this object lives in, to emit from there.
        QMetaObject::invokeMethod(
            this,
            [this, listening, url, controlUrl, error, generation] {
                if (generation != d->generation)
                    return;
                if (listening) {
                    d->baseUrl = url;
                    d->controlUrl = controlUrl;
                    Q_EMIT started(url);
                } else {
                    stop();
                    Q_EMIT failed(error);
                }
            },
            Qt::QueuedConnection);
    });
}

void SandboxThread::stop()
{
    ++d->generation;
    d->baseUrl.clear();
    d->sandbox = nullptr;
    d->controlUrl.clear();
    if (!d->thread.isRunning())
        return;

    // The sandbox is deleted by the finished() connection before wait() returns, so the
    // server is closed once stop() is done.
    d->thread.quit();
    d->thread.wait();
}

QUrl SandboxThread::baseUrl() const
{
    return d->baseUrl;
}

void SandboxThread::reset()
{
    if (!d->sandbox)
        return;
    LocalSandbox *sandbox = d->sandbox;
    QMetaObject::invokeMethod(sandbox, [sandbox] { sandbox->reset(); });
}

LocalSandbox *SandboxThread::sandbox() const
{
    return d->baseUrl.isEmpty() ? nullptr : d->sandbox;
}

void SandboxThread::enableControl(quint16 port)
{
    d->controlPort = port;
}

QUrl SandboxThread::controlUrl() const
{
    return d->controlUrl;
}

} // namespace studio::sandbox
