// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LocalSandbox.h"
#include "RequestLog.h"
#include "crypto/RsaKeyPair.h"
#include "onboarding/SessionContext.h"

#include <QDateTime>
#include <QUrl>

#include <memory>
#include <optional>

class QNetworkAccessManager;

// A local sandbox in its own thread on a manual clock, and the onboarding that opens a session
// on it, for the tests of SessionKeeper.
namespace sessiontest {

// 2026-01-15 10:00:00 UTC, where every harness clock starts.
QDateTime startTime();

class SandboxHarness
{
public:
    std::shared_ptr<studio::sandbox::ManualClock> clock;
    std::unique_ptr<studio::sandbox::SandboxThread> thread;
    QUrl baseUrl;

    // Starts the sandbox with options plus the manual clock and one shared server key, which
    // keeps installations fast. Fails the running test on error; check
    // QTest::currentTestFailed() afterwards.
    void start(studio::sandbox::SandboxOptions options = {});
    studio::sandbox::LocalSandbox *sandbox() const;

    // The sequence number of the newest request log entry, to count what came after it.
    qint64 lastSequence() const;
    QList<studio::sandbox::RequestLogEntry> entriesAfter(qint64 sequence) const;
    // Counts the requests after sequence with this method and a path starting with pathPrefix.
    int countAfter(qint64 sequence, const QByteArray &method, const QString &pathPrefix) const;
    // The monetary account of the user, from the sandbox's snapshot.
    qint64 firstAccountId(qint64 userId) const;
};

// Creates a sandbox user, then runs the installation, device registration and session steps
// with OnboardingFlow on network. Returns nothing and fails the running test when a step fails.
std::optional<studio::onboarding::SessionContext>
onboard(QNetworkAccessManager *network, const QUrl &baseUrl,
        const studio::crypto::RsaKeyPair &clientKey);

// One RSA-2048 key pair per test program, made on first use.
const studio::crypto::RsaKeyPair &sharedClientKey();

} // namespace sessiontest
