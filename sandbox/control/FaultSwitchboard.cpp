// SPDX-License-Identifier: GPL-3.0-or-later
#include "control/FaultSwitchboard.h"

#include "Logging.h"

#include <QJsonValue>

using namespace Qt::StringLiterals;

namespace studio::sandbox {

namespace {

QJsonValue optionalNumber(const std::optional<int> &number)
{
    return number ? QJsonValue(*number) : QJsonValue(QJsonValue::Null);
}

} // namespace

QJsonObject ArmedFault::toJson() const
{
    return {{u"id"_s, id},
            {u"kind"_s, faultKindName(spec.kind)},
            {u"endpoint"_s, spec.endpoint.toString()},
            {u"count"_s, optionalNumber(spec.count)},
            {u"remaining"_s, optionalNumber(remaining)},
            {u"delay_ms"_s, spec.kind == FaultKind::Slow ? QJsonValue(spec.delayMs)
                                                         : QJsonValue(QJsonValue::Null)},
            {u"applied"_s, applied},
            {u"description"_s, spec.describe()}};
}

ArmedFault FaultSwitchboard::arm(const FaultSpec &spec)
{
    ArmedFault fault;
    fault.spec = spec;
    fault.remaining = spec.count;
    {
        const QMutexLocker lock(&m_mutex);
        fault.id = ++m_lastId;
        m_faults.append(fault);
    }
    qCInfo(lcSandbox).noquote() << u"Fault %1 armed: %2"_s.arg(fault.id).arg(spec.describe());
    return fault;
}

std::optional<TakenFault> FaultSwitchboard::takeFaultFor(const QByteArray &method,
                                                         const QString &path)
{
    const QMutexLocker lock(&m_mutex);
    for (auto it = m_faults.begin(); it != m_faults.end(); ++it) {
        if (!it->spec.endpoint.matches(method, path))
            continue;

        ++it->applied;
        if (it->remaining)
            --*it->remaining;
        const TakenFault taken{it->id, it->spec, it->applied, it->remaining};
        if (it->remaining && *it->remaining <= 0)
            m_faults.erase(it);
        return taken;
    }
    return std::nullopt;
}

QList<ArmedFault> FaultSwitchboard::armedFaults() const
{
    const QMutexLocker lock(&m_mutex);
    return m_faults;
}

bool FaultSwitchboard::disarm(qint64 id)
{
    qsizetype removed = 0;
    {
        const QMutexLocker lock(&m_mutex);
        removed = m_faults.removeIf([id](const ArmedFault &fault) { return fault.id == id; });
    }
    if (removed > 0)
        qCInfo(lcSandbox) << "Fault" << id << "disarmed";
    return removed > 0;
}

int FaultSwitchboard::clear()
{
    qsizetype count = 0;
    {
        const QMutexLocker lock(&m_mutex);
        count = m_faults.size();
        m_faults.clear();
    }
    qCInfo(lcSandbox) << "Faults cleared:" << count << "removed";
    return static_cast<int>(count);
}

} // namespace studio::sandbox
