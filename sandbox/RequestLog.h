// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QMutex>
#include <QString>

#include <deque>

namespace studio::sandbox {

// One check the sandbox made on a request, e.g. "signature" → "valid".
struct RequestCheck
{
    QString name;    // "token", "signature", "api key", "permitted ip", "rate limit", …
    QString verdict; // "passed", "failed", "skipped"
    QString detail;  // why, in one sentence; never a token or key
};

// One received request and the sandbox's response to it, for the live log in the app.
struct RequestLogEntry
{
    qint64 sequence = 0; // increases by one per entry, from 1
    QDateTime received;  // UTC
    QHostAddress remoteAddress;
    QByteArray method;
    QString path;
    int status = 0;
    QList<RequestCheck> checks;
    QString fault; // the fault applied to the response, empty when none

    QJsonObject toJson() const;
};

// The most recent requests, bounded in size. Thread-safe: the sandbox thread appends, the
// control interface reads.
class RequestLog
{
public:
    explicit RequestLog(qsizetype capacity = 1000);

    // Assigns the entry's sequence number and stores it.
    void append(RequestLogEntry entry);
    // Records the fault applied to the response of the newest entry. The HTTP layer calls it
    // right after the dispatcher appended that entry, in the same thread, before any other
    // request is handled.
    void setFaultOfNewest(const QString &fault);
    // Entries with a sequence number greater than afterSequence, oldest first.
    QList<RequestLogEntry> entriesAfter(qint64 afterSequence) const;
    void clear();

private:
    mutable QMutex m_mutex;
    qsizetype m_capacity;
    qint64 m_lastSequence = 0;
    std::deque<RequestLogEntry> m_entries;
};

} // namespace studio::sandbox
