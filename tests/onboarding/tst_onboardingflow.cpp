// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the onboarding steps against the local sandbox over real HTTP on 127.0.0.1.
#include "LocalSandbox.h"

#include "onboarding/OnboardingFlow.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace studio;
using namespace studio::onboarding;

class TestOnboardingFlow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void opensSessionForPerson();
    void opensSessionForCompany();
    void stepsNeedTheirPredecessors();
    void retriesDeviceAloneAfterBadKey();
    void callsWithSessionAfterwards();
    void rejectsSecondStepWhileRunning();

private:
    StepOutcome runStep(const std::function<void()> &startStep);
    void runAll(SandboxUserKind kind);

    crypto::RsaKeyPair m_key;
    std::unique_ptr<sandbox::LocalSandbox> m_sandbox;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<api::ApiClient> m_client;
    std::unique_ptr<OnboardingFlow> m_flow;
};

void TestOnboardingFlow::initTestCase()
{
    auto key = crypto::RsaKeyPair::generate();
    QVERIFY(key.ok());
    m_key = key.value();
}

void TestOnboardingFlow::init()
{
    m_sandbox = std::make_unique<sandbox::LocalSandbox>();
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));

    m_network = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<api::ApiClient>(
        m_network.get(), api::ApiEnvironment::localSandbox(m_sandbox->baseUrl()));
    m_flow = std::make_unique<OnboardingFlow>(m_client.get());
    m_flow->setKeyPair(m_key);
    m_flow->setDeviceDescription(u"tst_onboardingflow"_s);
}

void TestOnboardingFlow::cleanup()
{
    m_flow.reset();
    m_client.reset();
    m_network.reset();
    m_sandbox.reset();
}

StepOutcome TestOnboardingFlow::runStep(const std::function<void()> &startStep)
{
    QSignalSpy finished(m_flow.get(), &OnboardingFlow::stepFinished);
    startStep();
    if (!finished.wait(15000))
        return {};
    return finished.constFirst().constFirst().value<StepOutcome>();
}

void TestOnboardingFlow::runAll(SandboxUserKind kind)
{
    const StepOutcome user = runStep([&] { m_flow->createSandboxUser(kind); });
    QVERIFY2(user.ok(), qPrintable(user.result.error ? user.result.error->summary() : QString()));
    QVERIFY(m_flow->context().apiKey.startsWith("sandbox_"));

    const StepOutcome installation = runStep([&] { m_flow->runInstallation(); });
    QVERIFY(installation.ok());
    QCOMPARE(installation.step, OnboardingStep::Installation);
    QVERIFY(m_flow->context().hasInstallation());
    QVERIFY(!m_flow->context().serverPublicKey.isNull());
    QVERIFY(installation.result.exchange.signature.isEmpty());

    const StepOutcome device = runStep([&] { m_flow->registerDevice(); });
    QVERIFY2(device.ok(),
             qPrintable(device.result.error ? device.result.error->summary() : QString()));
    QVERIFY(m_flow->context().hasDevice());
    QVERIFY(!device.result.exchange.signature.isEmpty());
    QCOMPARE(device.result.exchange.serverSignature, api::SignatureVerdict::Valid);

    const StepOutcome session = runStep([&] { m_flow->startSession(); });
    QVERIFY2(session.ok(),
             qPrintable(session.result.error ? session.result.error->summary() : QString()));
    QCOMPARE(session.result.exchange.serverSignature, api::SignatureVerdict::Valid);
}

void TestOnboardingFlow::opensSessionForPerson()
{
    runAll(SandboxUserKind::Person);
    if (QTest::currentTestFailed())
        return;

    const SessionContext &context = m_flow->context();
    QVERIFY(context.hasSession());
    QCOMPARE(context.user.kind, u"UserPerson"_s);
    QVERIFY(context.user.id > 0);
    QVERIFY(!context.user.displayName.isEmpty());
    QVERIFY(context.sessionTimeoutSeconds > 0);
    QVERIFY(context.sessionCreated.isValid());
    QCOMPARE(context.expiry(), context.sessionCreated.addSecs(context.sessionTimeoutSeconds));
    QVERIFY(qAbs(context.sessionCreated.secsTo(QDateTime::currentDateTimeUtc())) < 120);
}

void TestOnboardingFlow::opensSessionForCompany()
{
    runAll(SandboxUserKind::Company);
    if (QTest::currentTestFailed())
        return;

    QCOMPARE(m_flow->context().user.kind, u"UserCompany"_s);
}

void TestOnboardingFlow::stepsNeedTheirPredecessors()
{
    const StepOutcome device = runStep([&] { m_flow->registerDevice(); });
    QVERIFY(!device.ok());
    QCOMPARE(device.result.error->kind, api::ApiError::Kind::Usage);
    QVERIFY(device.result.error->detail.contains(u"installation"_s));

    const StepOutcome session = runStep([&] { m_flow->startSession(); });
    QVERIFY(!session.ok());
    QCOMPARE(session.result.error->kind, api::ApiError::Kind::Usage);
}

void TestOnboardingFlow::retriesDeviceAloneAfterBadKey()
{
    // A well-formed key the sandbox never issued: bunq returns 400 with its credentials text.
    m_flow->setApiKey("sandbox_" + QByteArray(56, '0'));
    QVERIFY(runStep([&] { m_flow->runInstallation(); }).ok());
    const QByteArray installationToken = m_flow->context().installationToken;

    const StepOutcome failed = runStep([&] { m_flow->registerDevice(); });
    QVERIFY(!failed.ok());
    QCOMPARE(failed.result.error->kind, api::ApiError::Kind::Http);
    QCOMPARE(failed.result.error->httpStatus, 400);
    QCOMPARE(failed.result.error->descriptions.value(0),
             u"User credentials are incorrect. Incorrect API key or IP address."_s);
    QVERIFY(!failed.result.error->responseId.isEmpty());
    QVERIFY(!m_flow->context().hasDevice());

    // Fix the key, then repeat only the device step: the installation stays as it was.
    QVERIFY(runStep([&] { m_flow->createSandboxUser(SandboxUserKind::Person); }).ok());
    const StepOutcome retried = runStep([&] { m_flow->registerDevice(); });
    QVERIFY(retried.ok());
    QCOMPARE(m_flow->context().installationToken, installationToken);
    QVERIFY(runStep([&] { m_flow->startSession(); }).ok());
}

void TestOnboardingFlow::callsWithSessionAfterwards()
{
    runAll(SandboxUserKind::Person);
    if (QTest::currentTestFailed())
        return;

    api::ApiCall *call = m_client->send({"GET", u"user"_s, {}, m_flow->context().sessionToken});
    QSignalSpy finished(call, &api::ApiCall::finished);
    QVERIFY(finished.wait(10000));
    const auto result = finished.constFirst().constFirst().value<api::ApiResult>();

    QVERIFY(result.ok());
    QCOMPARE(result.exchange.serverSignature, api::SignatureVerdict::Valid);
    const QJsonObject user =
        result.items.at(0).toObject().value(u"UserPerson"_s).toObject();
    QCOMPARE(user.value(u"id"_s).toInteger(), m_flow->context().user.id);
}

void TestOnboardingFlow::rejectsSecondStepWhileRunning()
{
    QSignalSpy finished(m_flow.get(), &OnboardingFlow::stepFinished);
    m_flow->createSandboxUser(SandboxUserKind::Person);
    m_flow->runInstallation();

    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 15000);
    const auto first = finished.at(0).constFirst().value<StepOutcome>();
    const auto second = finished.at(1).constFirst().value<StepOutcome>();
    // The rejected start reports from the event loop at once, before the network reply.
    QCOMPARE(first.step, OnboardingStep::Installation);
    QCOMPARE(first.result.error->kind, api::ApiError::Kind::Usage);
    QCOMPARE(second.step, OnboardingStep::SandboxUser);
    QVERIFY(second.ok());
}

QTEST_GUILESS_MAIN(TestOnboardingFlow)
#include "tst_onboardingflow.moc"
