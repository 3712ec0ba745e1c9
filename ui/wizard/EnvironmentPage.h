// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiEnvironment.h"

#include <QWizardPage>

class QLabel;
class QLineEdit;
class QRadioButton;
class QVBoxLayout;

namespace studio::ui {

class FlowController;

// First wizard page: which server the session talks to, and the device description that
// device-server will store.
class EnvironmentPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit EnvironmentPage(FlowController *controller, QWidget *parent = nullptr);

    void setEnvironmentKind(api::ApiEnvironment::Kind kind);
    api::ApiEnvironment::Kind environmentKind() const;
    QString deviceDescription() const;

    bool isComplete() const override;
    bool validatePage() override;
    void cleanupPage() override {}

private:
    QRadioButton *addChoice(const QString &text, const QString &explanation,
                            const QString &objectName);
    QLabel *addIndentedLabel(const QString &text, const QString &objectName);
    void updateLocalSandboxStatus();
    void updateProductionCaution();

    FlowController *m_controller;
    QVBoxLayout *m_choices = nullptr;
    QRadioButton *m_localRadio = nullptr;
    QRadioButton *m_sandboxRadio = nullptr;
    QRadioButton *m_productionRadio = nullptr;
    QLabel *m_localStatus = nullptr;
    QLabel *m_productionCaution = nullptr;
    QLineEdit *m_description = nullptr;
};

} // namespace studio::ui
