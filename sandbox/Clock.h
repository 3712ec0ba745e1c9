// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QMutex>

namespace studio::sandbox {

// The source of "now" for the sandbox, so that tests can move time forward instead of sleeping.
class Clock
{
public:
    virtual ~Clock() = default;

    // Returns the current time in UTC.
    virtual QDateTime now() const = 0;
};

// Reads the system clock.
class SystemClock final : public Clock
{
public:
    QDateTime now() const override;
};

// A clock that changes only through setNow() and advance(). Thread-safe, because a SandboxThread
// reads it from the server thread while a test advances it from its own thread.
class ManualClock final : public Clock
{
public:
    // Starts at start, converted to UTC; a default start is the current system time.
    explicit ManualClock(const QDateTime &start = QDateTime::currentDateTimeUtc());

    QDateTime now() const override;
    void setNow(const QDateTime &time);
    void advance(qint64 seconds);
    void advanceMilliseconds(qint64 milliseconds);

private:
    mutable QMutex m_mutex;
    QDateTime m_now;
};

} // namespace studio::sandbox
