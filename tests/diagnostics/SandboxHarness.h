// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Clock.h"
#include "LocalSandbox.h"
#include "api/ApiClient.h"
#include "onboarding/OnboardingFlow.h"

#include <QNetworkAccessManager>

#include <functional>
#include <memory>

// A local sandbox in the test's thread on a manual clock, with core's API client and onboarding
// flow pointed at it, so that the diagnostics tests get their errors from real HTTP exchanges.
namespace diagnosticstest {

class SandboxHarness
{
public:
    // Starts the sandbox with options plus the manual clock and one shared server key. Fails
    // the running test on error; check QTest::currentTestFailed() afterwards.
    void start(studio::sandbox::SandboxOptions options = {});

    studio::api::ApiEnvironment environment() const;

    // Runs one flow step and waits for its outcome.
    studio::onboarding::StepOutcome createSandboxUser();
    studio::onboarding::StepOutcome runInstallation();
    studio::onboarding::StepOutcome registerDevice();
    studio::onboarding::StepOutcome startSession();
    // Creates a sandbox user, an installation, a device and a session with the flow's key pair;
    // fails the running test when a step fails.
    void openSession();

    // Sends a call through core's API client with the flow's keys and waits for the result.
    studio::api::ApiResult send(const studio::api::ApiRequest &request);
    // The same through a client that signs with another key.
    studio::api::ApiResult sendSignedWith(const studio::crypto::RsaKeyPair &key,
                                          const studio::api::ApiRequest &request);

    std::shared_ptr<studio::sandbox::ManualClock> clock;
    std::unique_ptr<studio::sandbox::LocalSandbox> sandbox;
    std::unique_ptr<QNetworkAccessManager> network;
    std::unique_ptr<studio::api::ApiClient> client;
    std::unique_ptr<studio::onboarding::OnboardingFlow> flow;
    studio::crypto::RsaKeyPair clientKey;

private:
    studio::onboarding::StepOutcome waitForStep(const std::function<void()> &startStep);
};

// Waits for a call's single report.
studio::api::ApiResult waitForResult(studio::api::ApiCall *call);

// One RSA-2048 key pair per test program, made on first use.
const studio::crypto::RsaKeyPair &sharedKey(int index);

} // namespace diagnosticstest
