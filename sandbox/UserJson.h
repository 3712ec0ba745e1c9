// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SandboxRecords.h"

#include <QJsonObject>

namespace studio::sandbox {

// Returns the user wrapped in its type key, {"UserPerson":{…}} or {"UserCompany":{…}}, with the
// fields a session-server or GET user response carries.
QJsonObject wrappedUserJson(const SandboxUser &user, qint64 sessionTimeoutSeconds);

} // namespace studio::sandbox
