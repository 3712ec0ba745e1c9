// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Endpoint.h"

namespace studio::sandbox {

// Creates a private user and returns its new API key.
EndpointReply createSandboxUserPerson(const EndpointContext &context);
// Creates a business user and returns its new API key.
EndpointReply createSandboxUserCompany(const EndpointContext &context);

// GET user: the session's own user, the only one a session can see.
EndpointReply listUsers(const EndpointContext &context);
// GET user/{id}: the session's user when the id is its own.
EndpointReply readUser(const EndpointContext &context);

// DELETE session/{id}: ends the session whose token was sent. The id is ignored because the
// official SDKs always send 0.
EndpointReply deleteSession(const EndpointContext &context);

} // namespace studio::sandbox
