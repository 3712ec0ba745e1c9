// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "wizard/StepPage.h"

namespace studio::ui {

class SecretField;

// POST /v1/installation: sends the public key, receives the installation token and the
// server's public key.
class InstallationPage : public StepPage
{
    Q_OBJECT

public:
    explicit InstallationPage(FlowController *controller, QWidget *parent = nullptr);

protected:
    void retranslateUi() override;
    void showResult(const onboarding::SessionContext &context) override;
    void clearResult() override;

private:
    QLabel *m_installationIdCaption = nullptr;
    QLabel *m_installationId = nullptr;
    QLabel *m_tokenCaption = nullptr;
    SecretField *m_token = nullptr;
    QLabel *m_serverKeyCaption = nullptr;
    QLabel *m_serverKeyFingerprint = nullptr;
};

} // namespace studio::ui
