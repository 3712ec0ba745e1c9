// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "control/FaultSpec.h"

#include <QJsonObject>
#include <QList>
#include <QMutex>

#include <optional>

namespace studio::sandbox {

// A fault waiting in the switchboard, with how much of it is left.
struct ArmedFault
{
    qint64 id = 0; // unique per switchboard, from 1
    FaultSpec spec;
    std::optional<int> remaining; // none until cleared
    int applied = 0;

    // {"id":…, "kind":…, "endpoint":…, "count":N or null, "remaining":N or null,
    //  "delay_ms":…, "applied":…, "description":…}
    QJsonObject toJson() const;
};

// The fault that takeFaultFor() handed out for one response.
struct TakenFault
{
    qint64 id = 0;
    FaultSpec spec;
    int applied = 0;              // including this one
    std::optional<int> remaining; // left after this one; none until cleared
};

// The faults armed for the sandbox's responses. Thread-safe: the sandbox thread takes faults
// while the program's options, the control interface or a test arm and clear them.
class FaultSwitchboard
{
public:
    ArmedFault arm(const FaultSpec &spec);

    // Returns the oldest armed fault whose endpoint matches the request and counts one use of
    // it; a fault with no uses left is removed. Nothing when no fault matches.
    std::optional<TakenFault> takeFaultFor(const QByteArray &method, const QString &path);

    // Armed faults in the order they were armed.
    QList<ArmedFault> armedFaults() const;
    // Removes one fault; false when no fault has that id.
    bool disarm(qint64 id);
    // Removes every fault and returns how many there were.
    int clear();

private:
    mutable QMutex m_mutex;
    qint64 m_lastId = 0;
    QList<ArmedFault> m_faults;
};

} // namespace studio::sandbox
