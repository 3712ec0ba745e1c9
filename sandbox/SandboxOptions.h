// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Clock.h"

#include <QHostAddress>

#include <memory>

namespace studio::sandbox {

// The HTTP status and text returned for a token that is unknown, expired, ended or of the wrong
// kind. bunq has been seen returning both.
enum class DeadSessionStatus
{
    Unauthorised401, // 401 "Insufficient authorisation."
    Forbidden403,    // 403 "Insufficient authentication."
};

// The source of the RSA key pair that signs an installation's responses.
enum class ServerKeyPolicy
{
    PerInstallation, // a fresh 2048-bit key for every installation, like bunq
    Shared,          // one key for every installation: faster, for load tests
};

// Settings of a local sandbox instance.
struct SandboxOptions
{
    // Only loopback addresses are accepted; anything else makes start() fail.
    QHostAddress address = QHostAddress(QHostAddress::LocalHost);
    quint16 port = 0; // 0 picks a free port

    // Seconds from session creation to expiry, also sent as the user's session_timeout.
    // 604800 s (one week) is the auto-logout default in bunq's API reference.
    qint64 sessionTimeoutSeconds = 604800;
    DeadSessionStatus deadSessionStatus = DeadSessionStatus::Unauthorised401;

    // When on, a request in the last extensionWindowSeconds of a session extends it from that
    // moment by the session timeout, but by at most maxExtensionSeconds (the rule in bunq's API
    // reference). Off by default, so that expiry is exactly creation + sessionTimeoutSeconds.
    bool extendSessions = false;
    qint64 extensionWindowSeconds = 30;
    qint64 maxExtensionSeconds = 300;

    ServerKeyPolicy serverKeyPolicy = ServerKeyPolicy::PerInstallation;
    // Server keys generated ahead of time on the thread pool, so that an installation rarely
    // waits for RSA key generation (about 0.1-0.5 s per key). Only used with PerInstallation.
    int spareServerKeys = 2;

    // The time source for timestamps and session expiry; null means the system clock.
    std::shared_ptr<Clock> clock;
};

} // namespace studio::sandbox
