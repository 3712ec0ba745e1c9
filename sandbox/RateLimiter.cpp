// SPDX-License-Identifier: GPL-3.0-or-later
#include "RateLimiter.h"

#include <QJsonObject>

#include <algorithm>
#include <tuple>

using namespace Qt::StringLiterals;

namespace studio::sandbox {

RateLimit rateLimitFor(const QByteArray &method, const QString &endpoint)
{
    if (endpoint == u"session-server"_s)
        return {1, 30};
    if (method == "GET")
        return {3, 3};
    if (method == "PUT")
        return {2, 3};
    return {5, 3}; // POST, and DELETE for want of a documented limit
}

RateLimiter::Verdict RateLimiter::admit(const QHostAddress &caller, const QString &endpoint,
                                        const QByteArray &method, const QDateTime &now)
{
    const qint64 nowMs = now.toMSecsSinceEpoch();
    Window &window = m_windows[Key{caller.toString(), endpoint, method}];
    window.limit = rateLimitFor(method, endpoint);
    dropExpired(window, nowMs);

    Verdict verdict;
    verdict.limit = window.limit;
    if (qsizetype(window.callTimesMs.size()) >= window.limit.maxCalls) {
        verdict.allowed = false;
        verdict.callsInWindow = int(window.callTimesMs.size());
        return verdict;
    }

    window.callTimesMs.push_back(nowMs);
    verdict.callsInWindow = int(window.callTimesMs.size());
    return verdict;
}

QJsonArray RateLimiter::toJson(const QDateTime &now) const
{
    const qint64 nowMs = now.toMSecsSinceEpoch();

    // QHash has no stable order, so the entries are sorted by their key.
    QList<Key> keys = m_windows.keys();
    std::sort(keys.begin(), keys.end(), [](const Key &a, const Key &b) {
        return std::tie(a.caller, a.endpoint, a.method) < std::tie(b.caller, b.endpoint, b.method);
    });

    QJsonArray entries;
    for (const Key &key : std::as_const(keys)) {
        Window window = m_windows.value(key);
        dropExpired(window, nowMs);
        if (window.callTimesMs.empty())
            continue;

        // A slot frees when the oldest call in the window leaves it.
        const bool full = qsizetype(window.callTimesMs.size()) >= window.limit.maxCalls;
        const qint64 freeInMs =
            full ? window.callTimesMs.front() + qint64(window.limit.windowSeconds) * 1000 - nowMs
                 : 0;
        entries.append(QJsonObject{
            {u"caller_ip"_s, key.caller},
            {u"endpoint"_s, key.endpoint},
            {u"method"_s, QString::fromLatin1(key.method)},
            {u"calls_in_window"_s, int(window.callTimesMs.size())},
            {u"max_calls"_s, window.limit.maxCalls},
            {u"window_seconds"_s, window.limit.windowSeconds},
            {u"seconds_until_free"_s, double(freeInMs) / 1000.0},
        });
    }
    return entries;
}

void RateLimiter::clear()
{
    m_windows.clear();
}

void RateLimiter::dropExpired(Window &window, qint64 nowMs)
{
    const qint64 windowMs = qint64(window.limit.windowSeconds) * 1000;
    while (!window.callTimesMs.empty() && nowMs - window.callTimesMs.front() >= windowMs)
        window.callTimesMs.pop_front();
}

} // namespace studio::sandbox
