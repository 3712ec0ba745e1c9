// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QMutex>
#include <QString>

#include <map>

namespace studio::sandbox {

class RequestLog;

// The faults applied to responses, by the sequence number of their request log entry. The
// dispatcher appends an entry before the HTTP layer applies a fault, and RequestLog cannot
// change an entry after that, so the control interface merges these notes into the "fault"
// field of the entries it serves. Thread-safe.
// TODO: replace with a RequestLog method that sets an entry's fault once RequestLog has one.
class FaultNotes
{
public:
    // Keeps the notes of this many most recent faults, as many as RequestLog keeps entries.
    static constexpr std::size_t capacity = 1000;

    // Notes the fault for the newest entry of log, which the dispatcher appended for the
    // request just handled. Call it from the thread that appends to the log, right after the
    // dispatcher returned.
    void noteForNewestEntry(const RequestLog &log, const QString &fault);

    // Returns the entries (RequestLogEntry::toJson() objects) with the noted faults filled in.
    QJsonArray annotate(QJsonArray entries) const;

private:
    mutable QMutex m_mutex;
    qint64 m_lastSequenceSeen = 0;
    std::map<qint64, QString> m_faults;
};

} // namespace studio::sandbox
