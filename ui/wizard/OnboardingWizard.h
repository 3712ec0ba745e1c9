// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiEnvironment.h"
#include "onboarding/SessionContext.h"

#include <QWizard>

#include <functional>

class QNetworkAccessManager;

namespace studio::ui {

class ApiKeyPage;
class DevicePage;
class EnvironmentPage;
class FlowController;
class InstallationPage;
class KeyPairPage;
class LanguageManager;
class SessionPage;

// Walks the user from choosing an environment to an open bunq session, one call per page.
// Every page and control a test needs has an objectName.
class OnboardingWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId {
        EnvironmentPageId,
        KeyPairPageId,
        ApiKeyPageId,
        InstallationPageId,
        DevicePageId,
        SessionPageId,
    };

    // The network manager is owned by the caller and must outlive the wizard; every call of
    // the onboarding goes through it.
    explicit OnboardingWizard(QNetworkAccessManager *network, QWidget *parent = nullptr);

    // The built-in local sandbox's API root, once it listens. Until then the local choice
    // waits on the first page.
    void setLocalSandboxUrl(const QUrl &baseUrl);
    // Tells the first page that the built-in local sandbox could not start.
    void setLocalSandboxError(const QString &message);
    // Preselects an environment on the first page.
    void setEnvironmentKind(api::ApiEnvironment::Kind kind);
    // Offers the interface language on the first page. The manager is owned by the caller and
    // must outlive the wizard.
    void setLanguageManager(LanguageManager *manager);

    FlowController *controller() const { return m_controller; }
    onboarding::SessionContext sessionContext() const;

    // Finish: hands the open session on through sessionReady before the wizard closes.
    void accept() override;
    // Cancel or Escape: once a call has registered something with bunq, requests confirmation
    // first, because the tokens of this run are gone when the wizard closes.
    void reject() override;

    // Replaces the confirmation shown before discarding registered steps. It returns true to close.
    // Tests use it to confirm without a dialog.
    void setDiscardConfirmation(std::function<bool()> confirm) { m_confirmDiscard = std::move(confirm); }

Q_SIGNALS:
    void sessionReady(const studio::onboarding::SessionContext &context);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    bool confirmDiscard();

    FlowController *m_controller;
    EnvironmentPage *m_environmentPage = nullptr;
    std::function<bool()> m_confirmDiscard;
};

} // namespace studio::ui
