// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/OnboardingWizard.h"

#include "wizard/ApiKeyPage.h"
#include "wizard/DevicePage.h"
#include "wizard/EnvironmentPage.h"
#include "wizard/FlowController.h"
#include "wizard/InstallationPage.h"
#include "wizard/KeyPairPage.h"
#include "wizard/SessionPage.h"

using namespace Qt::StringLiterals;

namespace studio::ui {

OnboardingWizard::OnboardingWizard(QNetworkAccessManager *network, QWidget *parent)
    : QWizard(parent)
    , m_controller(new FlowController(network, this))
{
    setObjectName(u"onboardingWizard"_s);
    setWindowTitle(tr("bunq Session Studio: open a session"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setMinimumSize(820, 640);
    resize(980, 820);

    m_environmentPage = new EnvironmentPage(m_controller, this);
    setPage(EnvironmentPageId, m_environmentPage);
    setPage(KeyPairPageId, new KeyPairPage(m_controller, this));
    setPage(ApiKeyPageId, new ApiKeyPage(m_controller, this));
    setPage(InstallationPageId, new InstallationPage(m_controller, this));
    setPage(DevicePageId, new DevicePage(m_controller, this));
    setPage(SessionPageId, new SessionPage(m_controller, this));
    setStartId(EnvironmentPageId);
}

void OnboardingWizard::setLocalSandboxUrl(const QUrl &baseUrl)
{
    m_controller->setLocalSandboxUrl(baseUrl);
}

void OnboardingWizard::setLocalSandboxError(const QString &message)
{
    m_controller->setLocalSandboxError(message);
}

void OnboardingWizard::setEnvironmentKind(api::ApiEnvironment::Kind kind)
{
    m_environmentPage->setEnvironmentKind(kind);
}

onboarding::SessionContext OnboardingWizard::sessionContext() const
{
    return m_controller->context();
}

void OnboardingWizard::accept()
{
    const onboarding::SessionContext context = m_controller->context();
    if (!context.hasSession())
        return;

    // Emitted before the wizard hides, so a receiver can show its window first and the
    // application never runs out of visible windows in between.
    Q_EMIT sessionReady(context);
    QWizard::accept();
}

} // namespace studio::ui
