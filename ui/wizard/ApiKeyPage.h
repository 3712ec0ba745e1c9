// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "onboarding/OnboardingFlow.h"

#include <QWizardPage>

class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QToolButton;
class QVBoxLayout;

namespace studio::ui {

class ExchangeView;
class FlowController;

// Third wizard page: the API key, pasted or made by creating a sandbox user. The key's prefix
// is checked against the environment as it is typed, so a production key never reaches a
// sandbox server and the other way round.
class ApiKeyPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ApiKeyPage(FlowController *controller, QWidget *parent = nullptr);

    QByteArray apiKey() const;
    // The inline problem with the typed key and how to fix it, or empty when there is none.
    QString apiKeyProblem() const;

    void initializePage() override;
    void cleanupPage() override {}
    bool isComplete() const override;
    bool validatePage() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    // The sandbox user call as the page last saw it, so its texts can be drawn again in
    // another language.
    enum class CreateState { Idle, Creating, Created, Failed };

    void retranslateUi();
    void showCreateState();
    void validateKey();
    void createSandboxUser();
    void onStepStarted(onboarding::OnboardingStep step);
    void onStepFinished(const onboarding::StepOutcome &outcome);
    void onStepsInvalidated(onboarding::OnboardingStep first);
    void setKeyRevealed(bool revealed);
    void showExchange(bool visible);

    FlowController *m_controller;
    bool m_creatingUser = false;
    QByteArray m_createdKey; // the key the last sandbox user came with
    CreateState m_createState = CreateState::Idle;
    bool m_createdCompany = false;
    std::optional<onboarding::StepOutcome> m_failedCreate;

    QVBoxLayout *m_layout = nullptr;
    QVBoxLayout *m_boxLayout = nullptr;
    QLabel *m_keyLabel = nullptr;
    QLineEdit *m_keyEdit = nullptr;
    QToolButton *m_revealButton = nullptr;
    QLabel *m_problem = nullptr;
    QLabel *m_productionNote = nullptr;
    QGroupBox *m_sandboxBox = nullptr;
    QLabel *m_boxIntro = nullptr;
    QRadioButton *m_personRadio = nullptr;
    QRadioButton *m_companyRadio = nullptr;
    QPushButton *m_createButton = nullptr;
    QLabel *m_createStatus = nullptr;
    ExchangeView *m_exchange = nullptr;
};

} // namespace studio::ui
