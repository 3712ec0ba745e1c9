// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "onboarding/OnboardingFlow.h"

#include <QWizardPage>

class QFormLayout;
class QGroupBox;
class QLabel;
class QPushButton;
class QVBoxLayout;

namespace studio::ui {

class ExchangeView;
class FlowController;

// A wizard page that owns one registration call (installation, device-server or
// session-server): a Run button, a status line, what the call returned and the exchange as it
// went on the wire. A failed call shows its error in the page and Run turns into Retry, which
// repeats only this call. A call that succeeded stays done when the user goes back and forth;
// it runs again only after an earlier choice made its result useless.
class StepPage : public QWizardPage
{
    Q_OBJECT

public:
    enum class State { Idle, Running, Succeeded, Failed };

    StepPage(FlowController *controller, onboarding::OnboardingStep step,
             QWidget *parent = nullptr);

    onboarding::OnboardingStep step() const { return m_step; }
    State state() const { return m_state; }

    // Runs the call on the first visit without waiting for the Run button, with the local
    // sandbox only.
    void setAutoRun(bool autoRun) { m_autoRun = autoRun; }

    void initializePage() override;
    void cleanupPage() override {}
    bool isComplete() const override;

    // Starts the call unless it is running or done.
    void run();

protected:
    // Layout above the Run button for choices the call needs.
    QVBoxLayout *optionsLayout() const { return m_options; }
    // Rows for what the call returned, shown once it succeeded.
    QFormLayout *resultForm() const { return m_resultForm; }
    // Adds a result row and returns its caption, whose text retranslateUi() sets.
    QLabel *addResultRow(QWidget *field);
    FlowController *controller() const { return m_controller; }

    void setRunText(const QString &text);
    QPushButton *runButton() const { return m_runButton; }
    // Enables Run only while the page's own input is valid.
    void setRunAllowed(bool allowed);

    void changeEvent(QEvent *event) override;
    // Sets the subclass's texts: title, subtitle, Run text, result captions. Called by the
    // subclass's constructor and on every language change.
    virtual void retranslateUi() {}

    // Hands the page's input to the flow just before the call. Returning false keeps the call
    // from starting.
    virtual bool prepareRun() { return true; }
    virtual void showResult(const onboarding::SessionContext &context) = 0;
    virtual void clearResult() = 0;
    virtual void stateChanged() {}

private:
    void retranslateStepUi();
    void startCall();
    void onStepFinished(const onboarding::StepOutcome &outcome);
    void onStepsInvalidated(onboarding::OnboardingStep first);
    void setState(State state);
    void focusForwardButton();
    void showStatus();
    void updateControls();

    FlowController *m_controller;
    onboarding::OnboardingStep m_step;
    State m_state = State::Idle;
    bool m_autoRun = true;
    bool m_runAllowed = true;
    QString m_runText;
    bool m_customRunText = false; // set by setRunText(), which subclasses call
    std::optional<api::ApiError> m_error; // the failed call's error while the state is Failed
    api::ApiExchange m_failedExchange;    // the failed call's exchange while the state is Failed

    QVBoxLayout *m_options = nullptr;
    QPushButton *m_runButton = nullptr;
    QPushButton *m_stopButton = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_hint = nullptr;
    QGroupBox *m_resultBox = nullptr;
    QFormLayout *m_resultForm = nullptr;
    ExchangeView *m_exchange = nullptr;
};

} // namespace studio::ui
