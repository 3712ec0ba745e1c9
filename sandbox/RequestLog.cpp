// SPDX-License-Identifier: GPL-3.0-or-later
#include "RequestLog.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace studio::sandbox {

QJsonObject RequestLogEntry::toJson() const
{
    QJsonArray checkList;
    for (const RequestCheck &check : checks) {
        checkList.append(QJsonObject{{u"name"_s, check.name},
                                     {u"verdict"_s, check.verdict},
                                     {u"detail"_s, check.detail}});
    }
    return QJsonObject{{u"sequence"_s, sequence},
                       {u"received"_s, received.toString(Qt::ISODateWithMs)},
                       {u"remote_address"_s, remoteAddress.toString()},
                       {u"method"_s, QString::fromLatin1(method)},
                       {u"path"_s, path},
                       {u"status"_s, status},
                       {u"checks"_s, checkList},
                       {u"fault"_s, fault}};
}

RequestLog::RequestLog(qsizetype capacity)
    : m_capacity(capacity)
{
}

void RequestLog::append(RequestLogEntry entry)
{
    const QMutexLocker lock(&m_mutex);
    entry.sequence = ++m_lastSequence;
    m_entries.push_back(std::move(entry));
    while (qsizetype(m_entries.size()) > m_capacity)
        m_entries.pop_front();
}

void RequestLog::setFaultOfNewest(const QString &fault)
{
    const QMutexLocker lock(&m_mutex);
    if (!m_entries.empty())
        m_entries.back().fault = fault;
}

QList<RequestLogEntry> RequestLog::entriesAfter(qint64 afterSequence) const
{
    const QMutexLocker lock(&m_mutex);
    QList<RequestLogEntry> result;
    for (const RequestLogEntry &entry : m_entries) {
        if (entry.sequence > afterSequence)
            result.append(entry);
    }
    return result;
}

void RequestLog::clear()
{
    const QMutexLocker lock(&m_mutex);
    m_entries.clear();
}

} // namespace studio::sandbox
