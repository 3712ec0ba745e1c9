// SPDX-License-Identifier: GPL-3.0-or-later
#include "SandboxHarness.h"

#include <QSignalSpy>
#include <QTest>

#include <map>

using namespace Qt::StringLiterals;
using namespace studio;

namespace diagnosticstest {

namespace {

// A call to the in-process sandbox usually takes milliseconds; the margin covers busy machines.
constexpr int callTimeoutMs = 20000;

} // namespace

void SandboxHarness::start(sandbox::SandboxOptions options)
{
    clock = std::make_shared<sandbox::ManualClock>(
        QDateTime(QDate(2026, 1, 15), QTime(10, 0), Qt::UTC));
    options.clock = clock;
    options.serverKeyPolicy = sandbox::ServerKeyPolicy::Shared;
    options.spareServerKeys = 0;
    sandbox = std::make_unique<sandbox::LocalSandbox>(options);
    QVERIFY2(sandbox->start(), qPrintable(sandbox->errorString()));

    network = std::make_unique<QNetworkAccessManager>();
    client = std::make_unique<api::ApiClient>(network.get(), environment());
    flow = std::make_unique<onboarding::OnboardingFlow>(client.get());
    clientKey = sharedKey(0);
    flow->setKeyPair(clientKey);
    flow->setDeviceDescription(u"diagnostics test"_s);
}

api::ApiEnvironment SandboxHarness::environment() const
{
    return api::ApiEnvironment::localSandbox(sandbox->baseUrl());
}

onboarding::StepOutcome SandboxHarness::createSandboxUser()
{
    return waitForStep([this] { flow->createSandboxUser(onboarding::SandboxUserKind::Person); });
}

onboarding::StepOutcome SandboxHarness::runInstallation()
{
    return waitForStep([this] { flow->runInstallation(); });
}

onboarding::StepOutcome SandboxHarness::registerDevice()
{
    return waitForStep([this] { flow->registerDevice(); });
}

onboarding::StepOutcome SandboxHarness::startSession()
{
    return waitForStep([this] { flow->startSession(); });
}

onboarding::StepOutcome SandboxHarness::waitForStep(const std::function<void()> &startStep)
{
    QSignalSpy spy(flow.get(), &onboarding::OnboardingFlow::stepFinished);
    startStep();
    // A step that cannot start reports at once, before the wait would begin.
    if (spy.isEmpty() && !spy.wait(callTimeoutMs)) {
        onboarding::StepOutcome timedOut;
        timedOut.result.error = api::ApiError{
            api::ApiError::Kind::Timeout, 0, {}, {}, {}, u"no outcome within the test's timeout"_s};
        return timedOut;
    }
    return spy.at(0).at(0).value<onboarding::StepOutcome>();
}

void SandboxHarness::openSession()
{
    for (auto step : {&SandboxHarness::createSandboxUser, &SandboxHarness::runInstallation,
                      &SandboxHarness::registerDevice, &SandboxHarness::startSession}) {
        const onboarding::StepOutcome outcome = (this->*step)();
        if (!outcome.ok()) {
            QFAIL(qPrintable(u"onboarding step failed: "_s + outcome.result.error->summary()));
            return;
        }
    }
}

api::ApiResult SandboxHarness::send(const api::ApiRequest &request)
{
    return waitForResult(client->send(request));
}

api::ApiResult SandboxHarness::sendSignedWith(const crypto::RsaKeyPair &key,
                                              const api::ApiRequest &request)
{
    api::ApiClient other(network.get(), environment());
    other.setClientKey(key);
    other.setServerKey(flow->context().serverPublicKey);
    return waitForResult(other.send(request));
}

api::ApiResult waitForResult(api::ApiCall *call)
{
    QSignalSpy spy(call, &api::ApiCall::finished);
    if (!spy.wait(callTimeoutMs)) {
        api::ApiResult timedOut;
        timedOut.error = api::ApiError{
            api::ApiError::Kind::Timeout, 0, {}, {}, {}, u"no result within the test's timeout"_s};
        return timedOut;
    }
    return spy.at(0).at(0).value<api::ApiResult>();
}

const crypto::RsaKeyPair &sharedKey(int index)
{
    static std::map<int, crypto::RsaKeyPair> keys;
    auto found = keys.find(index);
    if (found == keys.end()) {
        auto generated = crypto::RsaKeyPair::generate();
        if (!generated.ok())
            qFatal("RSA key generation failed");
        found = keys.emplace(index, generated.value()).first;
    }
    return found->second;
}

} // namespace diagnosticstest
