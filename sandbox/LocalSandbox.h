// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SandboxOptions.h"

#include <QJsonObject>
#include <QObject>
#include <QUrl>

#include <memory>

namespace studio::sandbox {

class FaultSwitchboard;
class RequestLog;

// The local bunq API, serving on loopback from the thread it lives in.
class LocalSandbox : public QObject
{
    Q_OBJECT

public:
    explicit LocalSandbox(const SandboxOptions &options = {}, QObject *parent = nullptr);
    ~LocalSandbox() override;

    // Reads the state file, if the options name one, and starts listening. Returns false and
    // sets errorString() when the state file is unusable or the address cannot be listened on.
    bool start();
    void stop();
    bool isListening() const;

    // The API root clients use, e.g. http://127.0.0.1:41234/v1/ ; empty until started.
    QUrl baseUrl() const;
    QString errorString() const;

    // requestLog(), snapshotJson(), reset() and revokeApiKey() are thread-safe: the control
    // interface may call them from another thread while this sandbox serves requests.

    // Every request the sandbox handled, with the checks made on it and their verdicts. It
    // lives as long as this object, across stop() and start().
    RequestLog &requestLog();
    // What the sandbox holds: users, API keys, installations, devices, sessions, monetary
    // accounts, rate-limit counters and the settings; sandbox/README.md lists the fields.
    QJsonObject snapshotJson() const;
    // Forgets every user, API key, installation, device, session, account and payment, and every
    // rate-limit counter, as bunq's periodic sandbox reset does, and empties the state file.
    // Ids keep counting up. The request log is kept.
    void reset();
    // Revokes an API key, as when its user deletes it in the bunq app. Its live sessions and
    // every later session-server with it then get the dead-session error (401 "Insufficient
    // authorisation.", or 403 with DeadSessionStatus::Forbidden403). A device-server with it
    // gets 400 "User credentials are incorrect. …". Returns false when the sandbox issued no
    // such key. A reset forgets the key altogether.
    bool revokeApiKey(const QByteArray &apiKey);

    // The faults armed for the /v1 responses. Thread-safe, so any thread may arm them.
    FaultSwitchboard &faults();

    // Starts the control interface (sandbox/control/ControlServer.h) on the sandbox's loopback
    // address; port 0 picks a free port. Returns false and sets errorString() on failure.
    // stop() stops it too.
    bool startControl(quint16 port = 0);
    // The control interface's root, e.g. http://127.0.0.1:41235/ ; empty while it is off.
    QUrl controlUrl() const;

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

    // Posts LocalSandbox::reset() to the sandbox's thread; does nothing while it is not running.
    void reset();
    // The sandbox, from started() until stop(); null otherwise. From other threads call only its
    // thread-safe members (requestLog(), snapshotJson(), reset(), revokeApiKey(), faults()), and
    // only from the thread that owns this SandboxThread, because stop() deletes the sandbox.
    LocalSandbox *sandbox() const;

    // Makes start() also start the control interface, on port (0 picks a free port). Call it
    // before start(). When the control interface cannot listen, the sandbox still starts and
    // controlUrl() stays empty.
    void enableControl(quint16 port = 0);
    QUrl controlUrl() const; // empty until started() was emitted, or when control is off

Q_SIGNALS:
    void started(const QUrl &baseUrl);
    void failed(const QString &message);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace studio::sandbox
