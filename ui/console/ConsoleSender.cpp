// SPDX-License-Identifier: GPL-3.0-or-later
#include "console/ConsoleSender.h"

#include <QTimer>

using namespace Qt::StringLiterals;

namespace studio::ui {

ConsoleSender::ConsoleSender(QObject *parent)
    : QObject(parent)
    , m_waitTimer(new QTimer(this))
{
    m_waitTimer->setSingleShot(true);
    connect(m_waitTimer, &QTimer::timeout, this, &ConsoleSender::dispatchOrWait);
}

void ConsoleSender::setTransport(Transport transport)
{
    drop();
    m_transport = std::move(transport);
}

void ConsoleSender::submit(const api::ApiRequest &request)
{
    if (isBusy() || !m_transport)
        return;

    m_waiting = request;
    dispatchOrWait();
}

void ConsoleSender::cancel()
{
    if (m_waiting) {
        m_waitTimer->stop();
        m_waiting.reset();
        Q_EMIT waitCancelled();
        return;
    }
    if (m_sendingNow && m_job.abort)
        m_job.abort();
}

void ConsoleSender::drop()
{
    m_waitTimer->stop();
    m_waiting.reset();
    if (m_sendingNow) {
        ++m_generation;
        m_sendingNow = false;
        if (m_job.abort)
            m_job.abort();
        m_job = {};
    }
}

// Another call may have used the slot the timer waited for, so the budget is read again.
void ConsoleSender::dispatchOrWait()
{
    if (!m_waiting)
        return;

    const api::ApiRequest request = *m_waiting;
    const console::Budget budget = m_pacer.budget(request.method, request.path);
    if (budget.remaining <= 0) {
        const qint64 waitMs = qMax<qint64>(budget.waitMs, 1);
        m_waitTimer->start(std::chrono::milliseconds(waitMs));
        Q_EMIT waitStarted(console::RateLimitPacer::endpointKey(request.method, request.path),
                           waitMs);
        return;
    }

    m_waiting.reset();
    dispatch(request);
}

void ConsoleSender::dispatch(const api::ApiRequest &request)
{
    m_pacer.recordSent(request.method, request.path);
    m_sending = request;
    m_sendingNow = true;
    const quint64 generation = ++m_generation;
    Q_EMIT sendingStarted(request);

    // The transport may report at once, from inside this call, so the job is stored before the
    // handler can run.
    QPointer<ConsoleSender> self(this);
    Job job = m_transport(request, [self, generation](const api::ApiResult &result) {
        if (self)
            self->onJobFinished(generation, result);
    });
    if (m_sendingNow && generation == m_generation)
        m_job = std::move(job);
}

void ConsoleSender::onJobFinished(quint64 generation, const api::ApiResult &result)
{
    if (generation != m_generation || !m_sendingNow)
        return;

    m_sendingNow = false;
    m_job = {};
    // A 429 means other calls from this address used the window too.
    if (result.exchange.status == 429)
        m_pacer.recordRateLimited(m_sending.method, m_sending.path);
    Q_EMIT finished(result);
}

} // namespace studio::ui
