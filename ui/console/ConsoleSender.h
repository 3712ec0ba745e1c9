// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiClient.h"
#include "console/RateLimitPacer.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

class QTimer;

namespace studio::ui {

// Sends the console's calls one at a time and keeps them under bunq's rate limits: a call to an
// endpoint whose budget is spent waits until the pacer frees a slot, instead of earning a 429.
class ConsoleSender : public QObject
{
    Q_OBJECT

public:
    // One call in flight: the object that owns it (null once it is gone) and how to abort it.
    struct Job
    {
        QPointer<QObject> owner;
        std::function<void()> abort;
    };
    using ResultHandler = std::function<void(const studio::api::ApiResult &)>;
    // Starts one call and arranges for done to be called once with its result.
    using Transport = std::function<Job(const studio::api::ApiRequest &, ResultHandler done)>;

    explicit ConsoleSender(QObject *parent = nullptr);

    // Where calls go from now on. A call still running is dropped first.
    void setTransport(Transport transport);
    bool hasTransport() const { return bool(m_transport); }

    studio::console::RateLimitPacer &pacer() { return m_pacer; }

    // Sends the request now, or once the pacer has a free slot for it. Ignored while busy.
    void submit(const studio::api::ApiRequest &request);

    // Aborts the running call, which then reports a network error through finished(), or drops
    // the waiting one, which reports waitCancelled() and never finished().
    void cancel();

    // Forgets the running or waiting call without a report, e.g. when the session changes.
    void drop();

    bool isBusy() const { return isWaiting() || isSending(); }
    bool isWaiting() const { return m_waiting.has_value(); }
    bool isSending() const { return m_sendingNow; }

Q_SIGNALS:
    // The call waits waitMs milliseconds for the rate limit of endpointKey.
    void waitStarted(const QString &endpointKey, qint64 waitMs);
    void waitCancelled();
    void sendingStarted(const studio::api::ApiRequest &request);
    void finished(const studio::api::ApiResult &result);

private:
    void dispatchOrWait();
    void dispatch(const studio::api::ApiRequest &request);
    void onJobFinished(quint64 generation, const studio::api::ApiResult &result);

    Transport m_transport;
    studio::console::RateLimitPacer m_pacer;
    std::optional<studio::api::ApiRequest> m_waiting;
    studio::api::ApiRequest m_sending;
    bool m_sendingNow = false;
    Job m_job;
    // Counts calls, so a result reported after drop() is recognised as stale and ignored.
    quint64 m_generation = 0;
    QTimer *m_waitTimer = nullptr;
};

} // namespace studio::ui
