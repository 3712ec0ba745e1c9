// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Endpoint.h"

namespace studio::sandbox {

// The three steps that open a session: POST installation, device-server and session-server.
// The dispatcher has already checked the token kind each one needs.

// Registers the client's public key and issues an installation token and server key.
EndpointReply createInstallation(const EndpointContext &context);
// Binds an API key to the installation and to the permitted IP addresses.
EndpointReply createDeviceServer(const EndpointContext &context);
// Opens a session for the API key's user; needs a valid body signature.
EndpointReply createSessionServer(const EndpointContext &context);

} // namespace studio::sandbox
