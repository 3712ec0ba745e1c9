// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiClient.h"
#include "onboarding/SessionContext.h"

#include <QObject>
#include <QPointer>

namespace studio::onboarding {

Q_DECLARE_LOGGING_CATEGORY(lcOnboarding)

enum class OnboardingStep { SandboxUser, Installation, DeviceServer, SessionServer };
enum class SandboxUserKind { Person, Company };

// Outcome of one step: the exchange as it went on the wire, and the error if it failed.
struct StepOutcome
{
    OnboardingStep step = OnboardingStep::Installation;
    api::ApiResult result;

    bool ok() const { return result.ok(); }
};

// Runs the bunq registration steps one at a time and keeps the SessionContext they produce.
// Every step reads only what earlier steps stored, so a failed step can be started again on
// its own. Only one step runs at a time; starting another while one runs is ignored and
// reported as a Usage error.
class OnboardingFlow : public QObject
{
    Q_OBJECT

public:
    // The client is owned by the caller and must outlive the flow. The flow sets its keys.
    OnboardingFlow(api::ApiClient *client, QObject *parent = nullptr);

    const SessionContext &context() const { return m_context; }
    bool isRunning() const { return m_running.has_value(); }

    void setKeyPair(const crypto::RsaKeyPair &key);
    void setApiKey(const QByteArray &apiKey);
    void setDeviceDescription(const QString &description);
    // Empty list: bind the calling IP. A list: those addresses. "*" alone or beside addresses:
    // a wildcard device usable from any IP.
    void setPermittedIps(const QStringList &ips);

    // Each step reports through stepFinished exactly once.
    void createSandboxUser(SandboxUserKind kind); // on success the API key is stored
    void runInstallation();
    void registerDevice();
    void startSession();

    // Cancels the running step, if any; it then reports a Network error.
    void cancel();

Q_SIGNALS:
    void stepStarted(studio::onboarding::OnboardingStep step);
    void stepFinished(const studio::onboarding::StepOutcome &outcome);

private:
    void start(OnboardingStep step, const api::ApiRequest &request);
    void finishWithUsageError(OnboardingStep step, const QString &message);
    void onCallFinished(const api::ApiResult &result);
    std::optional<QString> applyResult(OnboardingStep step, api::ApiResult &result);

    api::ApiClient *m_client;
    SessionContext m_context;
    std::optional<OnboardingStep> m_running;
    QPointer<api::ApiCall> m_call;
};

QString stepName(OnboardingStep step);

} // namespace studio::onboarding

Q_DECLARE_METATYPE(studio::onboarding::StepOutcome)
