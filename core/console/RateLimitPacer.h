// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringView>

#include <deque>
#include <functional>

namespace studio::console {

// The calls left for one endpoint and method in the current window.
struct Budget
{
    int remaining = 0; // calls that may be sent now
    int capacity = 0;  // calls allowed per window
    qint64 windowMs = 0;
    qint64 waitMs = 0; // 0 while remaining > 0, else time until the next call may go
};

// Tracks the calls this client sent against bunq's rate limits, so the console can show the
// budget and hold a call back instead of earning a 429. Limits per endpoint and method: GET 3,
// POST 5, PUT 2 and DELETE 5 calls in any 3 s, POST /v1/session-server 1 call in 30 s. bunq
// documents no DELETE limit; 5 is what the local sandbox enforces.
class RateLimitPacer
{
public:
    // Safety margin added to every wait, because the server counts a call when it arrives,
    // which can be later for one call than for the next.
    static constexpr qint64 marginMs = 150;

    RateLimitPacer();

    // Milliseconds from any fixed origin; the default is QDateTime::currentMSecsSinceEpoch.
    void setClock(std::function<qint64()> msNow);

    Budget budget(const QByteArray &method, QStringView path) const;

    // Counts a call that is being sent now.
    void recordSent(const QByteArray &method, QStringView path);

    // Notes a 429 for a call: the window counts as full from now on, as calls of other programs
    // from the same IP address may have used it up.
    void recordRateLimited(const QByteArray &method, QStringView path);

    void clear();

    // The limit of an endpoint: capacity and window, waitMs and remaining unset.
    static Budget limitFor(const QByteArray &method, QStringView path);

    // "GET user/{id}/monetary-account/{id}/payment" for
    // "/v1/user/1/monetary-account/2/payment?count=5": the method, then the path without "/v1/",
    // query and fragment, with every numeric id, UUID and {placeholder} segment written {id}. The
    // sandbox counts per route pattern in the same way, so /payment/1 and /payment/2 share one
    // budget.
    static QString endpointKey(const QByteArray &method, QStringView path);

private:
    void dropExpired(std::deque<qint64> &sentTimes, qint64 windowMs, qint64 now) const;

    std::function<qint64()> m_clock;
    mutable QHash<QString, std::deque<qint64>> m_sent; // per endpoint key, oldest first
};

} // namespace studio::console
