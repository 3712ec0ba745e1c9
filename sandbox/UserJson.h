// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SandboxRecords.h"

#include <QJsonObject>

namespace studio::sandbox {

class SandboxState;

// Returns the user wrapped in its type key, {"UserPerson":{…}} or {"UserCompany":{…}}, with the
// fields a session-server or GET user response carries.
QJsonObject wrappedUserJson(const SandboxUser &user, qint64 sessionTimeoutSeconds);

// Returns the user as {"UserPaymentServiceProvider":{…}}, for sessions of a PSD2 provider's key.
QJsonObject wrappedPaymentServiceProviderJson(const SandboxUser &user,
                                              qint64 sessionTimeoutSeconds);

// Returns {"UserApiKey":{…}} with requested_by_user and granted_by_user each wrapping a user
// object that carries the session_timeout.
QJsonObject wrappedUserApiKeyJson(const ApiKeyRecord &key, const SandboxUser &requestedBy,
                                  const SandboxUser &grantedBy, qint64 sessionTimeoutSeconds);

// Returns the user object of the session's kind, as session-server and GET user send it.
QJsonObject sessionUserJson(const SandboxState &state, const Session &session);

// The type key of a user: "UserPerson" or "UserCompany".
QString userTypeName(const SandboxUser &user);

} // namespace studio::sandbox
