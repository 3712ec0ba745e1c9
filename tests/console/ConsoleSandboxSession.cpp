// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConsoleSandboxSession.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace studio;

namespace {

onboarding::StepOutcome runStep(onboarding::OnboardingFlow &flow,
                                const std::function<void()> &startStep)
{
    QSignalSpy finished(&flow, &onboarding::OnboardingFlow::stepFinished);
    startStep();
    if (!finished.wait(20000))
        return {};
    return finished.constFirst().constFirst().value<onboarding::StepOutcome>();
}

QString failureText(const onboarding::StepOutcome &outcome)
{
    return outcome.result.error ? outcome.result.error->summary() : u"no result"_s;
}

} // namespace

void ConsoleSandboxSession::start(sandbox::SandboxOptions options)
{
    m_sandbox = std::make_unique<sandbox::LocalSandbox>(options);
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));

    m_network = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<api::ApiClient>(
        m_network.get(), api::ApiEnvironment::localSandbox(m_sandbox->baseUrl()));
    m_flow = std::make_unique<onboarding::OnboardingFlow>(m_client.get());

    auto key = crypto::RsaKeyPair::generate();
    QVERIFY(key.ok());
    m_flow->setKeyPair(key.value());
    m_flow->setDeviceDescription(u"console test"_s);

    using onboarding::OnboardingFlow;
    const std::function<void()> steps[] = {
        [this] { m_flow->createSandboxUser(onboarding::SandboxUserKind::Person); },
        [this] { m_flow->runInstallation(); },
        [this] { m_flow->registerDevice(); },
        [this] { m_flow->startSession(); },
    };
    for (const auto &step : steps) {
        const onboarding::StepOutcome outcome = runStep(*m_flow, step);
        if (!outcome.ok())
            QFAIL(qPrintable(failureText(outcome)));
    }
    QVERIFY(m_flow->context().hasSession());
}

api::ApiResult ConsoleSandboxSession::send(api::ApiRequest request)
{
    request.authToken = m_flow->context().sessionToken;
    api::ApiCall *call = m_client->send(request);
    QSignalSpy finished(call, &api::ApiCall::finished);
    if (!finished.wait(20000)) {
        api::ApiResult timedOut;
        api::ApiError error;
        error.kind = api::ApiError::Kind::Timeout;
        error.detail = u"no result within 20 s"_s;
        timedOut.error = error;
        return timedOut;
    }
    return finished.constFirst().constFirst().value<api::ApiResult>();
}

api::ApiResult ConsoleSandboxSession::send(const QByteArray &method, const QString &path,
                                           const QByteArray &body)
{
    api::ApiRequest request;
    request.method = method;
    request.path = path;
    request.body = body;
    return send(request);
}

qint64 ConsoleSandboxSession::firstAccountId()
{
    const QString path = u"/v1/user/%1/monetary-account"_s.arg(m_flow->context().user.id);
    const api::ApiResult result = send("GET", path);
    if (!result.ok() || result.items.isEmpty())
        return 0;
    const QJsonObject wrapper = result.items.at(0).toObject();
    return wrapper.value(u"MonetaryAccountBank"_s).toObject().value(u"id"_s).toInteger();
}
