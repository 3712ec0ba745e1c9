// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QHostAddress>
#include <QJsonArray>
#include <QString>

#include <deque>

namespace studio::sandbox {

// A limit of maxCalls calls within any windowSeconds consecutive seconds.
struct RateLimit
{
    int maxCalls = 0;
    int windowSeconds = 0;
};

// bunq's documented limits per caller IP, endpoint and method: 3 GET, 5 POST and 2 PUT per 3 s,
// and 1 session-server per 30 s. bunq states none for DELETE; the sandbox uses the POST limit.
RateLimit rateLimitFor(const QByteArray &method, const QString &endpoint);

// Counts calls in a sliding window per caller IP, endpoint and method. A rejected call is not
// counted, so a client that waits for a free slot gets through. Not thread-safe.
class RateLimiter
{
public:
    struct Verdict
    {
        bool allowed = true;
        RateLimit limit;
        int callsInWindow = 0; // including this call when it was allowed
    };

    // Records a call at now when the limit allows it. endpoint is the route pattern, e.g.
    // "user/{userID}", so that every id counts against one endpoint.
    Verdict admit(const QHostAddress &caller, const QString &endpoint, const QByteArray &method,
                  const QDateTime &now);

    // One object per caller IP, endpoint and method with calls inside the window: caller_ip,
    // endpoint, method, calls_in_window, max_calls, window_seconds, seconds_until_free.
    QJsonArray toJson(const QDateTime &now) const;

    void clear();

private:
    struct Key
    {
        QString caller;
        QString endpoint;
        QByteArray method;

        friend bool operator==(const Key &, const Key &) = default;
        friend size_t qHash(const Key &key, size_t seed = 0)
        {
            return qHashMulti(seed, key.caller, key.endpoint, key.method);
        }
    };

    struct Window
    {
        RateLimit limit;
        std::deque<qint64> callTimesMs; // milliseconds since the epoch, oldest first
    };

    static void dropExpired(Window &window, qint64 nowMs);

    QHash<Key, Window> m_windows;
};

} // namespace studio::sandbox
