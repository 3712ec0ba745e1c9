// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/OnboardingWizard.h"

#include "i18n/Language.h"

#include "wizard/ApiKeyPage.h"
#include "wizard/DevicePage.h"
#include "wizard/EnvironmentPage.h"
#include "wizard/FlowController.h"
#include "wizard/InstallationPage.h"
#include "wizard/KeyPairPage.h"
#include "wizard/SessionPage.h"

#include <QCoreApplication>
#include <QEvent>
#include <QMessageBox>

using namespace Qt::StringLiterals;

namespace studio::ui {

OnboardingWizard::OnboardingWizard(QNetworkAccessManager *network, QWidget *parent)
    : QWizard(parent)
    , m_controller(new FlowController(network, this))
{
    setObjectName(u"onboardingWizard"_s);
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

    retranslateUi();
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

void OnboardingWizard::setLanguageManager(LanguageManager *manager)
{
    m_environmentPage->setLanguageManager(manager);
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

void OnboardingWizard::reject()
{
    if (m_controller->context().hasInstallation() && !confirmDiscard())
        return;
    QWizard::reject();
}

bool OnboardingWizard::confirmDiscard()
{
    if (m_confirmDiscard)
        return m_confirmDiscard();

    const auto answer = QMessageBox::question(
        this, tr("Close the wizard?"),
        tr("The installation and any device or session registered in this run are lost when "
           "the wizard closes, and the next run starts again from a new installation."),
        QMessageBox::Close | QMessageBox::Cancel, QMessageBox::Cancel);
    return answer == QMessageBox::Close;
}

void OnboardingWizard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        // Calls from now on ask bunq for texts in the new language.
        m_controller->setBunqLocale(bunqLocaleFor(QLocale()));
    }
    QWizard::changeEvent(event);
}

void OnboardingWizard::retranslateUi()
{
    setWindowTitle(tr("bunq Session Studio: open a session"));

    // Qt 6.4's QWizard sets its button texts when it is built or restyled, not on
    // QEvent::LanguageChange, so they are set here again from Qt's own catalogue, with the
    // ModernStyle texts. The context is a variable so that lupdate leaves these texts to Qt.
    const char *const qtContext = "QWizard";
    setButtonText(BackButton, QCoreApplication::translate(qtContext, "< &Back"));
    setButtonText(NextButton, QCoreApplication::translate(qtContext, "&Next >"));
    setButtonText(CancelButton, QCoreApplication::translate(qtContext, "Cancel"));
    // Qt's Dutch catalogue gives Back and Finish the same mnemonic ("< &Terug", "Vol&tooien"),
    // so the Finish text is the app's own.
    //: The wizard's last button; it closes the wizard and opens the main window.
    setButtonText(FinishButton, tr("&Finish"));
}

} // namespace studio::ui
