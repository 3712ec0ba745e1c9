// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConsoleTestSession.h"

#include "api/ApiClient.h"
#include "onboarding/OnboardingFlow.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace studio;

namespace {

// Each call to the local sandbox usually finishes within a second; the margin covers slow,
// shared CI machines.
constexpr int StepTimeoutMs = 20000;

} // namespace

const crypto::RsaKeyPair &ConsoleTestSession::sharedClientKey()
{
    static const crypto::RsaKeyPair key = [] {
        auto generated = crypto::RsaKeyPair::generate(2048);
        Q_ASSERT(generated.ok());
        return generated.value();
    }();
    return key;
}

void ConsoleTestSession::start(const sandbox::SandboxOptions &options)
{
    sandbox = std::make_unique<sandbox::SandboxThread>(options);
    QSignalSpy started(sandbox.get(), &sandbox::SandboxThread::started);
    QSignalSpy failed(sandbox.get(), &sandbox::SandboxThread::failed);
    sandbox->start();
    QTRY_VERIFY_WITH_TIMEOUT(!started.isEmpty() || !failed.isEmpty(), StepTimeoutMs);
    QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));

    network = std::make_unique<QNetworkAccessManager>();
    openSession();
}

void ConsoleTestSession::openSession()
{
    api::ApiClient client(network.get(), api::ApiEnvironment::localSandbox(sandbox->baseUrl()));
    onboarding::OnboardingFlow flow(&client);
    flow.setKeyPair(sharedClientKey());
    flow.setDeviceDescription(u"console test"_s);
    QSignalSpy finished(&flow, &onboarding::OnboardingFlow::stepFinished);

    const std::function<void()> steps[] = {
        [&flow] { flow.createSandboxUser(onboarding::SandboxUserKind::Person); },
        [&flow] { flow.runInstallation(); },
        [&flow] { flow.registerDevice(); },
        [&flow] { flow.startSession(); },
    };
    for (const auto &step : steps) {
        finished.clear();
        step();
        QVERIFY(finished.wait(StepTimeoutMs));
        const auto outcome = finished.first().first().value<onboarding::StepOutcome>();
        if (!outcome.ok())
            QFAIL(qPrintable(u"%1 failed: %2"_s.arg(onboarding::stepName(outcome.step),
                                                    outcome.result.error->summary())));
    }

    context = flow.context();
    QVERIFY(context.hasSession());
    QVERIFY(context.user.id > 0);
}
