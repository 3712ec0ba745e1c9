// SPDX-License-Identifier: GPL-3.0-or-later
#include "console/RateLimitPacer.h"

#include "console/ApiPath.h"

#include <QDateTime>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace studio::console {

namespace {

constexpr qint64 shortWindowMs = 3000;
constexpr qint64 sessionServerWindowMs = 30000;

bool isIdSegment(QStringView segment)
{
    static const QRegularExpression uuid(
        u"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"_s);

    if (segment.isEmpty())
        return false;
    if (segment.size() > 2 && segment.startsWith(u'{') && segment.endsWith(u'}'))
        return true;
    const bool allDigits =
        std::all_of(segment.begin(), segment.end(), [](QChar c) { return c.isDigit(); });
    return allDigits || uuid.match(segment).hasMatch();
}

// "user/{id}/monetary-account/{id}" for "/v1/user/1/monetary-account/2?count=5", or for a full
// URL with that path.
QString normalisedPath(QStringView path)
{
    path = apiRelativePath(path);
    while (path.endsWith(u'/'))
        path.chop(1);

    QStringList segments;
    for (const QStringView segment : path.split(u'/'))
        segments.append(isIdSegment(segment) ? u"{id}"_s : segment.toString());
    return segments.join(u'/');
}

} // namespace

RateLimitPacer::RateLimitPacer()
    : m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
{}

void RateLimitPacer::setClock(std::function<qint64()> msNow)
{
    m_clock = std::move(msNow);
}

Budget RateLimitPacer::limitFor(const QByteArray &method, QStringView path)
{
    const QByteArray upper = method.toUpper();
    Budget limit;
    limit.windowMs = shortWindowMs;
    if (normalisedPath(path) == u"session-server"_s) {
        limit.capacity = 1;
        limit.windowMs = sessionServerWindowMs;
    } else if (upper == "GET") {
        limit.capacity = 3;
    } else if (upper == "PUT") {
        limit.capacity = 2;
    } else {
        // POST, and DELETE, for which bunq documents no limit.
        limit.capacity = 5;
    }
    return limit;
}

QString RateLimitPacer::endpointKey(const QByteArray &method, QStringView path)
{
    return QString::fromLatin1(method.toUpper()) + u' ' + normalisedPath(path);
}

Budget RateLimitPacer::budget(const QByteArray &method, QStringView path) const
{
    Budget budget = limitFor(method, path);
    const qint64 now = m_clock();

    auto found = m_sent.find(endpointKey(method, path));
    if (found == m_sent.end()) {
        budget.remaining = budget.capacity;
        return budget;
    }

    std::deque<qint64> &sentTimes = found.value();
    dropExpired(sentTimes, budget.windowMs, now);
    budget.remaining = qMax(0, budget.capacity - int(sentTimes.size()));
    if (budget.remaining == 0) {
        // The oldest call of a full window must have left it, on the server's clock too.
        const qsizetype oldestBlocking = qsizetype(sentTimes.size()) - budget.capacity;
        budget.waitMs = sentTimes.at(oldestBlocking) + budget.windowMs + marginMs - now;
    }
    return budget;
}

void RateLimitPacer::recordSent(const QByteArray &method, QStringView path)
{
    const Budget limit = limitFor(method, path);
    const qint64 now = m_clock();
    std::deque<qint64> &sentTimes = m_sent[endpointKey(method, path)];
    dropExpired(sentTimes, limit.windowMs, now);
    sentTimes.push_back(now);
}

void RateLimitPacer::recordRateLimited(const QByteArray &method, QStringView path)
{
    const Budget limit = limitFor(method, path);
    const qint64 now = m_clock();
    std::deque<qint64> &sentTimes = m_sent[endpointKey(method, path)];
    sentTimes.clear();
    for (int i = 0; i < limit.capacity; ++i)
        sentTimes.push_back(now);
}

void RateLimitPacer::clear()
{
    m_sent.clear();
}

void RateLimitPacer::dropExpired(std::deque<qint64> &sentTimes, qint64 windowMs, qint64 now) const
{
    // Calls stay marginMs beyond the window, so that budget() still counts the call it waits for.
    while (!sentTimes.empty() && now - sentTimes.front() >= windowMs + marginMs)
        sentTimes.pop_front();
}

} // namespace studio::console
