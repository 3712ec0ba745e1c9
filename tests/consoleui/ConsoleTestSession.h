// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LocalSandbox.h"
#include "onboarding/SessionContext.h"

#include <QNetworkAccessManager>

#include <memory>

// A local sandbox in its own thread and a session opened on it with OnboardingFlow, for the
// console's tests. The sandbox runs in a thread so that a test may block on a curl process
// while the sandbox serves it.
class ConsoleTestSession
{
public:
    // One key pair for every session of a test run, because RSA key generation is slow.
    static const studio::crypto::RsaKeyPair &sharedClientKey();

    // Starts the sandbox with options and opens a session for a new sandbox person. Fails the
    // running test on error; check QTest::currentTestFailed() afterwards.
    void start(const studio::sandbox::SandboxOptions &options = {});

    studio::onboarding::SessionContext context;
    std::unique_ptr<studio::sandbox::SandboxThread> sandbox;
    std::unique_ptr<QNetworkAccessManager> network;

private:
    void openSession();
};
