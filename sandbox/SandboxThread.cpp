// SPDX-License-Identifier: GPL-3.0-or-later
#include "LocalSandbox.h"

#include <QMetaObject>
#include <QThread>

namespace studio::sandbox {

struct SandboxThread::Private
{
    SandboxOptions options;
    QThread thread;
    QUrl baseUrl;
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
    d->thread.start();

    const quint64 generation = d->generation;
    QMetaObject::invokeMethod(sandbox, [this, sandbox, generation] {
        const bool listening = sandbox->start();
        const QUrl url = sandbox->baseUrl();
        const QString error = sandbox->errorString();

        // Back to the thread this object lives in, to emit from there.
        QMetaObject::invokeMethod(
            this,
            [this, listening, url, error, generation] {
                if (generation != d->generation)
                    return;
                if (listening) {
                    d->baseUrl = url;
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

} // namespace studio::sandbox
