// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/FlowController.h"

#include "i18n/Language.h"

#include <QNetworkAccessManager>

using namespace Qt::StringLiterals;

namespace studio::ui {

using onboarding::OnboardingStep;

FlowController::FlowController(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_bunqLocale(bunqLocaleFor(QLocale()))
{
}

FlowController::~FlowController()
{
    dropFlow();
}

void FlowController::setLocalSandboxUrl(const QUrl &baseUrl)
{
    m_localSandboxUrl = baseUrl;
    m_localSandboxError.clear();
    Q_EMIT localSandboxChanged();
}

void FlowController::setLocalSandboxError(const QString &message)
{
    m_localSandboxUrl.clear();
    m_localSandboxError = message;
    Q_EMIT localSandboxChanged();
}

void FlowController::setEnvironment(const api::ApiEnvironment &environment)
{
    if (m_flow && m_client->environment() == environment)
        return;

    startNewFlow(environment);
    Q_EMIT stepsInvalidated(OnboardingStep::SandboxUser);
}

api::ApiEnvironment FlowController::environment() const
{
    return m_client ? m_client->environment() : api::ApiEnvironment();
}

void FlowController::setKeyPair(const crypto::RsaKeyPair &key)
{
    const bool sameKey = !m_keyPair.isNull() && !key.isNull()
                         && m_keyPair.publicKey() == key.publicKey();
    m_keyPair = key;
    if (!m_flow || sameKey)
        return;

    if (!m_flow->context().hasInstallation()) {
        m_flow->setKeyPair(key);
        return;
    }

    // The server tied the installation token to the old public key, so every step from the
    // installation on has to run again under the new key. The API key stays valid.
    const QByteArray apiKey = m_flow->context().apiKey;
    startNewFlow(m_client->environment());
    m_flow->setApiKey(apiKey);
    Q_EMIT stepsInvalidated(OnboardingStep::Installation);
}

void FlowController::setApiKey(const QByteArray &apiKey)
{
    if (!m_flow)
        return;

    m_flow->setApiKey(apiKey);
    checkDeviceApiKey();
}

void FlowController::setDeviceDescription(const QString &description)
{
    if (description == m_deviceDescription)
        return;

    m_deviceDescription = description;
    if (m_flow)
        m_flow->setDeviceDescription(description);

    // The registered device carries the old description, so a new one needs a new device.
    if (!m_deviceApiKey.isEmpty()) {
        m_deviceApiKey.clear();
        Q_EMIT stepsInvalidated(OnboardingStep::DeviceServer);
    }
}

void FlowController::setPermittedIps(const QStringList &ips)
{
    m_permittedIps = ips;
    if (m_flow)
        m_flow->setPermittedIps(ips);
}

void FlowController::setBunqLocale(const QByteArray &bunqLocale)
{
    m_bunqLocale = bunqLocale;
    if (m_client)
        m_client->setLocale(bunqLocale);
}

onboarding::SessionContext FlowController::context() const
{
    return m_flow ? m_flow->context() : onboarding::SessionContext();
}

void FlowController::startNewFlow(const api::ApiEnvironment &environment)
{
    dropFlow();

    m_client = new api::ApiClient(m_network, environment, this);
    m_client->setLocale(m_bunqLocale);

    m_flow = new onboarding::OnboardingFlow(m_client, this);
    if (!m_keyPair.isNull())
        m_flow->setKeyPair(m_keyPair);
    m_flow->setDeviceDescription(m_deviceDescription);
    m_flow->setPermittedIps(m_permittedIps);
    m_deviceApiKey.clear();

    connect(m_flow, &onboarding::OnboardingFlow::stepStarted, this,
            &FlowController::stepStarted);
    connect(m_flow, &onboarding::OnboardingFlow::stepFinished, this,
            &FlowController::onStepFinished);
}

void FlowController::dropFlow()
{
    if (!m_flow)
        return;

    // The old flow is disconnected before it is cancelled, because its results belong to a
    // server or key that is no longer chosen.
    m_flow->disconnect(this);
    if (m_flow->isRunning())
        m_flow->cancel();
    m_flow->deleteLater();
    m_client->deleteLater();
    m_flow = nullptr;
    m_client = nullptr;
}

void FlowController::onStepFinished(const onboarding::StepOutcome &outcome)
{
    if (outcome.ok() && outcome.step == OnboardingStep::DeviceServer)
        m_deviceApiKey = m_flow->context().apiKey;

    Q_EMIT stepFinished(outcome);

    // A sandbox user made after the device was registered brings a new API key with it.
    if (outcome.ok() && outcome.step == OnboardingStep::SandboxUser)
        checkDeviceApiKey();
}

void FlowController::checkDeviceApiKey()
{
    if (m_deviceApiKey.isEmpty() || m_flow->context().apiKey == m_deviceApiKey)
        return;

    m_deviceApiKey.clear();
    Q_EMIT stepsInvalidated(OnboardingStep::DeviceServer);
}

} // namespace studio::ui
