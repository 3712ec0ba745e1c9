// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "onboarding/OnboardingFlow.h"

#include <QObject>
#include <QUrl>

class QNetworkAccessManager;

namespace studio::ui {

// The wizard's link to core: owns the ApiClient and OnboardingFlow for the chosen environment
// and replaces both when an earlier choice makes later results useless (tokens belong to one
// server and one key pair). Pages talk to the flow through this object and listen to its
// forwarded signals, so they never hold a flow that was replaced.
class FlowController : public QObject
{
    Q_OBJECT

public:
    // The network manager is owned by the caller and must outlive the controller.
    explicit FlowController(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~FlowController() override;

    // The built-in local sandbox's API root, or empty while it is starting.
    void setLocalSandboxUrl(const QUrl &baseUrl);
    QUrl localSandboxUrl() const { return m_localSandboxUrl; }
    // Why the built-in local sandbox could not start, or empty when it did not fail.
    void setLocalSandboxError(const QString &message);
    QString localSandboxError() const { return m_localSandboxError; }

    // Starts a new flow when the environment differs from the current flow's. The key pair and
    // device description are kept, and everything the old server issued is dropped.
    void setEnvironment(const api::ApiEnvironment &environment);
    api::ApiEnvironment environment() const;
    bool hasEnvironment() const { return m_flow != nullptr; }

    // A key other than the installed one starts a new flow, because the installation token is
    // tied to the public key that was sent.
    void setKeyPair(const crypto::RsaKeyPair &key);
    crypto::RsaKeyPair keyPair() const { return m_keyPair; }

    // A key other than the one the device was registered with makes the device and session
    // steps run again. The installation stays.
    void setApiKey(const QByteArray &apiKey);
    // A description other than the registered device's makes the device and session steps run
    // again.
    void setDeviceDescription(const QString &description);
    QString deviceDescription() const { return m_deviceDescription; }
    void setPermittedIps(const QStringList &ips);

    // bunq locale for X-Bunq-Language and X-Bunq-Region ("en_US", "nl_NL" or "de_DE"), for the
    // current client and every later one. The default follows the interface language.
    void setBunqLocale(const QByteArray &bunqLocale);
    QByteArray bunqLocale() const { return m_bunqLocale; }

    // Null until setEnvironment() was called.
    onboarding::OnboardingFlow *flow() const { return m_flow; }
    onboarding::SessionContext context() const;

Q_SIGNALS:
    void localSandboxChanged();
    void stepStarted(studio::onboarding::OnboardingStep step);
    void stepFinished(const studio::onboarding::StepOutcome &outcome);
    // Results of `first` and every later step no longer apply, so pages showing them reset.
    void stepsInvalidated(studio::onboarding::OnboardingStep first);

private:
    void startNewFlow(const api::ApiEnvironment &environment);
    void dropFlow();
    void onStepFinished(const onboarding::StepOutcome &outcome);
    void checkDeviceApiKey();

    QNetworkAccessManager *m_network;
    QUrl m_localSandboxUrl;
    QString m_localSandboxError;

    api::ApiClient *m_client = nullptr;
    onboarding::OnboardingFlow *m_flow = nullptr;

    crypto::RsaKeyPair m_keyPair;
    QString m_deviceDescription;
    QStringList m_permittedIps;
    QByteArray m_bunqLocale;
    QByteArray m_deviceApiKey; // the API key the current device was registered with
};

} // namespace studio::ui
