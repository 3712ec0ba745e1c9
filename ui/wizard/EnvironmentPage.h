// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiEnvironment.h"

#include <QWizardPage>

class QFormLayout;
class QLabel;
class QLineEdit;
class QRadioButton;
class QVBoxLayout;

namespace studio::ui {

class FlowController;
class LanguageComboBox;
class LanguageManager;

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

    // Adds the interface language choice below the device description. The manager is owned by
    // the caller and must outlive the page.
    void setLanguageManager(LanguageManager *manager);

    bool isComplete() const override;
    bool validatePage() override;
    void cleanupPage() override {}

protected:
    void changeEvent(QEvent *event) override;

private:
    QRadioButton *addChoice(const QString &objectName);
    QLabel *addIndentedLabel(const QString &objectName);
    void retranslateUi();
    void updateLocalSandboxStatus();
    void updateProductionCaution();

    FlowController *m_controller;
    QVBoxLayout *m_choices = nullptr;
    QRadioButton *m_localRadio = nullptr;
    QRadioButton *m_sandboxRadio = nullptr;
    QRadioButton *m_productionRadio = nullptr;
    QLabel *m_localExplanation = nullptr;
    QLabel *m_sandboxExplanation = nullptr;
    QLabel *m_productionExplanation = nullptr;
    QLabel *m_localStatus = nullptr;
    QLabel *m_productionCaution = nullptr;
    QFormLayout *m_form = nullptr;
    QLabel *m_descriptionLabel = nullptr;
    QLineEdit *m_description = nullptr;
    QLabel *m_descriptionHint = nullptr;
    QLabel *m_languageLabel = nullptr;
    LanguageComboBox *m_languageCombo = nullptr;
};

} // namespace studio::ui
