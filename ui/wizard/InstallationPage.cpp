// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/InstallationPage.h"

#include "widgets/SecretField.h"

#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>

using namespace Qt::StringLiterals;

namespace studio::ui {

InstallationPage::InstallationPage(FlowController *controller, QWidget *parent)
    : StepPage(controller, onboarding::OnboardingStep::Installation, parent)
{
    setObjectName(u"installationPage"_s);

    m_installationId = new QLabel(this);
    m_installationId->setObjectName(u"installationIdLabel"_s);
    m_installationId->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_installationIdCaption = addResultRow(m_installationId);

    m_token = new SecretField(this);
    m_token->setObjectName(u"installationTokenField"_s);
    m_tokenCaption = addResultRow(m_token);

    m_serverKeyFingerprint = new QLabel(this);
    m_serverKeyFingerprint->setObjectName(u"serverKeyFingerprintLabel"_s);
    m_serverKeyFingerprint->setTextInteractionFlags(Qt::TextSelectableByMouse
                                                    | Qt::TextSelectableByKeyboard);
    m_serverKeyFingerprint->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_serverKeyFingerprint->setWordWrap(true);
    m_serverKeyCaption = addResultRow(m_serverKeyFingerprint);

    retranslateUi();
}

void InstallationPage::retranslateUi()
{
    setTitle(tr("Installation"));
    setSubTitle(tr("POST /v1/installation sends your public key to bunq and returns an "
                   "installation token plus the server's public key, which checks every later "
                   "response."));
    setRunText(tr("&Run installation"));

    m_installationIdCaption->setText(tr("Installation id:"));
    m_tokenCaption->setText(tr("Installation token:"));
    m_token->setAccessibleName(tr("Installation token"));
    m_token->setSecretName(tr("installation token"));
    //: SHA-256 fingerprint of the server's public key
    m_serverKeyCaption->setText(tr("Server key SHA-256:"));
    m_serverKeyFingerprint->setAccessibleName(tr("Server public key fingerprint"));
}

void InstallationPage::showResult(const onboarding::SessionContext &context)
{
    m_installationId->setText(QString::number(context.installationId));
    m_token->setSecret(context.installationToken);
    m_serverKeyFingerprint->setText(
        crypto::formatFingerprint(context.serverPublicKey.sha256Fingerprint()));
}

void InstallationPage::clearResult()
{
    m_installationId->clear();
    m_token->setSecret({});
    m_serverKeyFingerprint->clear();
}

} // namespace studio::ui
