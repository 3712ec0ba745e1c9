// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Clock.h"

#include <QHostAddress>
#include <QString>

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

// The user object that session-server returns, so that clients can be tested against every kind
// bunq sends.
enum class SessionUserKind
{
    // UserPerson or UserCompany, after the sandbox user behind the API key.
    PersonOrCompany,
    // UserApiKey, as for an OAuth access token: requested_by_user wraps the key's user and
    // granted_by_user a second, made-up person whose accounts the session reaches.
    ApiKey,
    // UserPaymentServiceProvider, as for a PSD2 provider's key.
    PaymentServiceProvider,
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
    // reference). On by default; turn it off to make expiry exactly creation + timeout.
    bool extendSessions = true;
    qint64 extensionWindowSeconds = 30;
    qint64 maxExtensionSeconds = 300;

    // When on, session-server on an installation that still has a live session is rejected with
    // 400 "Authentication token already has a user session.". Off lets one installation hold
    // any number of sessions.
    bool oneLiveSessionPerInstallation = true;

    // bunq's documented limits per caller IP, endpoint and method: 3 GET, 5 POST and 2 PUT per
    // 3 s, and 1 session-server per 30 s. DELETE is limited like POST. Off for load tests.
    bool rateLimits = true;

    // Seconds after its creation within which an API key must be bound by its first
    // device-server; later it is rejected as incorrect credentials. bunq's documentation says
    // 4 hours in one place and 1 hour in another.
    qint64 keyActivationWindowSeconds = 4 * 3600;

    SessionUserKind sessionUserKind = SessionUserKind::PersonOrCompany;

    // Milliseconds of clock time after which a request-inquiry to sugardaddy@bunq.com is accepted
    // and credits the account. It is applied at the next request that reaches the sandbox.
    qint64 requestInquiryAcceptDelayMs = 500;

    ServerKeyPolicy serverKeyPolicy = ServerKeyPolicy::PerInstallation;
    // Server keys generated ahead of time on the thread pool, so that an installation rarely
    // waits for RSA key generation (about 0.1-0.5 s per key). Only used with PerInstallation.
    int spareServerKeys = 2;

    // When set, users, API keys, installations, device-servers, monetary accounts and payments
    // are read from this file at start and written back after every change. Sessions are not
    // kept. Empty keeps everything in memory only.
    QString stateFile;

    // The time source for timestamps, expiry, rate limits and key activation; null means the
    // system clock.
    std::shared_ptr<Clock> clock;
};

} // namespace studio::sandbox
