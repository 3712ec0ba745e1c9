// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SandboxOptions.h"

#include <QObject>
#include <QUrl>

#include <memory>

namespace studio::sandbox {

// The local bunq API, serving on loopback from the thread it lives in.
class LocalSandbox : public QObject
{
    Q_OBJECT

public:
    explicit LocalSandbox(const SandboxOptions &options = {}, QObject *parent = nullptr);
    ~LocalSandbox() override;

    // Starts listening. Returns false and sets errorString() on failure.
    bool start();
    void stop();
    bool isListening() const;

    // The API root clients use, e.g. http://127.0.0.1:41234/v1/ ; empty until started.
    QUrl baseUrl() const;
    QString errorString() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

// Runs a LocalSandbox in a thread of its own, so a slow response never blocks the caller's
// thread. Used by the app for the in-process sandbox and by tests.
class SandboxThread : public QObject
{
    Q_OBJECT

public:
    explicit SandboxThread(const SandboxOptions &options = {}, QObject *parent = nullptr);
    // Stops the server and joins the thread.
    ~SandboxThread() override;

    // Starts the thread and the server; reports through started() or failed().
    void start();
    // Stops the server and joins the thread. Safe to call twice.
    void stop();

    QUrl baseUrl() const; // empty until started() was emitted

Q_SIGNALS:
    void started(const QUrl &baseUrl);
    void failed(const QString &message);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace studio::sandbox
