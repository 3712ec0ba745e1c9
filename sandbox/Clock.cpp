// SPDX-License-Identifier: GPL-3.0-or-later
#include "Clock.h"

#include <QMutexLocker>

namespace studio::sandbox {

QDateTime SystemClock::now() const
{
    return QDateTime::currentDateTimeUtc();
}

ManualClock::ManualClock(const QDateTime &start)
    : m_now(start.toUTC())
{}

QDateTime ManualClock::now() const
{
    const QMutexLocker locker(&m_mutex);
    return m_now;
}

void ManualClock::setNow(const QDateTime &time)
{
    const QMutexLocker locker(&m_mutex);
    m_now = time.toUTC();
}

void ManualClock::advance(qint64 seconds)
{
    const QMutexLocker locker(&m_mutex);
    m_now = m_now.addSecs(seconds);
}

void ManualClock::advanceMilliseconds(qint64 milliseconds)
{
    const QMutexLocker locker(&m_mutex);
    m_now = m_now.addMSecs(milliseconds);
}

} // namespace studio::sandbox
