// SPDX-License-Identifier: GPL-3.0-or-later
#include "control/FaultNotes.h"

#include "RequestLog.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace studio::sandbox {

void FaultNotes::noteForNewestEntry(const RequestLog &log, const QString &fault)
{
    const QMutexLocker lock(&m_mutex);

    // Only the entries since the previous fault are copied, usually one.
    const QList<RequestLogEntry> entries = log.entriesAfter(m_lastSequenceSeen);
    if (entries.isEmpty())
        return;
    m_lastSequenceSeen = entries.constLast().sequence;

    m_faults[m_lastSequenceSeen] = fault;
    while (m_faults.size() > capacity)
        m_faults.erase(m_faults.begin());
}

QJsonArray FaultNotes::annotate(QJsonArray entries) const
{
    const QMutexLocker lock(&m_mutex);
    if (m_faults.empty())
        return entries;

    for (qsizetype i = 0; i < entries.size(); ++i) {
        QJsonObject entry = entries.at(i).toObject();
        const auto note = m_faults.find(entry.value(u"sequence"_s).toInteger());
        if (note == m_faults.end() || !entry.value(u"fault"_s).toString().isEmpty())
            continue;
        entry.insert(u"fault"_s, note->second);
        entries.replace(i, entry);
    }
    return entries;
}

} // namespace studio::sandbox
