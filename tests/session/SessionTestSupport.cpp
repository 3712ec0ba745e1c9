// SPDX-License-Identifier: GPL-3.0-or-later
#include "SessionTestSupport.h"

#include "api/ApiClient.h"
#include "onboarding/OnboardingFlow.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using studio::onboarding::OnboardingFlow;
using studio::onboarding::SandboxUserKind;
using studio::onboarding::StepOutcome;
using studio::sandbox::LocalSandbox;
using studio::sandbox::ManualClock;
using studio::sandbox::RequestLogEntry;
using studio::sandbox::SandboxOptions;
using studio::sandbox::SandboxThread;
using studio::sandbox::ServerKeyPolicy;

namespace sessiontest {

namespace {

constexpr int stepTimeoutMs = 15000;

// Runs one onboarding step and returns whether it succeeded. A failure prints the step and the
// server's error in the test output.
bool runStep(OnboardingFlow &flow, const std::function<void()> &step)
{
    QSignalSpy finished(&flow, &OnboardingFlow::stepFinished);
    step();
    if (!finished.wait(stepTimeoutMs)) {
        qWarning("An onboarding step did not finish in time.");
        return false;
    }
    const auto outcome = finished.first().first().value<StepOutcome>();
    if (!outcome.ok()) {
        qWarning("Onboarding step \"%s\" failed: %s",
                 qPrintable(studio::onboarding::stepName(outcome.step)),
                 qPrintable(outcome.result.error->summary()));
        return false;
    }
    return true;
}

} // namespace

QDateTime startTime()
{
    return QDateTime(QDate(2026, 1, 15), QTime(10, 0), Qt::UTC);
}

void SandboxHarness::start(SandboxOptions options)
{
    clock = std::make_shared<ManualClock>(startTime());
    options.clock = clock;
    options.spareServerKeys = 0;
    options.serverKeyPolicy = ServerKeyPolicy::Shared;

    thread = std::make_unique<SandboxThread>(options);
    QSignalSpy started(thread.get(), &SandboxThread::started);
    QSignalSpy failed(thread.get(), &SandboxThread::failed);
    thread->start();
    QTRY_VERIFY_WITH_TIMEOUT(!started.isEmpty() || !failed.isEmpty(), stepTimeoutMs);
    QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
    baseUrl = started.first().first().toUrl();
}

LocalSandbox *SandboxHarness::sandbox() const
{
    return thread->sandbox();
}

qint64 SandboxHarness::lastSequence() const
{
    const QList<RequestLogEntry> entries = sandbox()->requestLog().entriesAfter(0);
    return entries.isEmpty() ? 0 : entries.last().sequence;
}

QList<RequestLogEntry> SandboxHarness::entriesAfter(qint64 sequence) const
{
    return sandbox()->requestLog().entriesAfter(sequence);
}

int SandboxHarness::countAfter(qint64 sequence, const QByteArray &method,
                               const QString &pathPrefix) const
{
    int count = 0;
    for (const RequestLogEntry &entry : entriesAfter(sequence)) {
        if (entry.method == method && entry.path.startsWith(pathPrefix))
            ++count;
    }
    return count;
}

qint64 SandboxHarness::firstAccountId(qint64 userId) const
{
    const QJsonArray accounts = sandbox()->snapshotJson().value(u"monetary_accounts"_s).toArray();
    for (const QJsonValue &account : accounts) {
        if (account[u"user_id"_s].toInteger() == userId)
            return account[u"id"_s].toInteger();
    }
    return 0;
}

std::optional<studio::onboarding::SessionContext>
onboard(QNetworkAccessManager *network, const QUrl &baseUrl,
        const studio::crypto::RsaKeyPair &clientKey)
{
    studio::api::ApiClient client(network, studio::api::ApiEnvironment::localSandbox(baseUrl));
    OnboardingFlow flow(&client);
    flow.setKeyPair(clientKey);
    flow.setDeviceDescription(u"Session keeper test"_s);

    const bool done = runStep(flow, [&] { flow.createSandboxUser(SandboxUserKind::Person); }) &&
                      runStep(flow, [&] { flow.runInstallation(); }) &&
                      runStep(flow, [&] { flow.registerDevice(); }) &&
                      runStep(flow, [&] { flow.startSession(); });
    if (!done) {
        QTest::qFail("Onboarding against the local sandbox failed.", __FILE__, __LINE__);
        return std::nullopt;
    }
    return flow.context();
}

const studio::crypto::RsaKeyPair &sharedClientKey()
{
    static const studio::crypto::RsaKeyPair key = [] {
        auto generated = studio::crypto::RsaKeyPair::generate(2048);
        if (!generated)
            qFatal("Generating the test key pair failed: %s", qPrintable(generated.error()));
        return std::move(generated).value();
    }();
    return key;
}

} // namespace sessiontest
