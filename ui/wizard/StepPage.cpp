// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/StepPage.h"

#include "widgets/ExchangeView.h"
#include "wizard/FailureHint.h"
#include "wizard/FlowController.h"

#include <QAbstractButton>
#include <QFormLayout>
#include <QGroupBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>
#include <QWizard>

using namespace Qt::StringLiterals;

namespace studio::ui {

using onboarding::OnboardingStep;

namespace {

// Steps in the order the flow runs them, so "this step and every later one" can be compared.
int stepRank(OnboardingStep step)
{
    switch (step) {
    case OnboardingStep::SandboxUser:
        return 0;
    case OnboardingStep::Installation:
        return 1;
    case OnboardingStep::DeviceServer:
        return 2;
    case OnboardingStep::SessionServer:
        return 3;
    }
    return 0;
}

} // namespace

StepPage::StepPage(FlowController *controller, OnboardingStep step, QWidget *parent)
    : QWizardPage(parent)
    , m_controller(controller)
    , m_step(step)
{
    auto *layout = new QVBoxLayout(this);
    m_options = new QVBoxLayout;
    layout->addLayout(m_options);

    auto *runRow = new QHBoxLayout;
    m_runButton = new QPushButton(this);
    m_runButton->setObjectName(u"runButton"_s);
    runRow->addWidget(m_runButton);
    m_stopButton = new QPushButton(this);
    m_stopButton->setObjectName(u"stopButton"_s);
    runRow->addWidget(m_stopButton);
    m_status = new QLabel(this);
    m_status->setObjectName(u"statusLabel"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    runRow->addWidget(m_status, 1);
    layout->addLayout(runRow);

    m_hint = new QLabel(this);
    m_hint->setObjectName(u"hintLabel"_s);
    m_hint->setWordWrap(true);
    layout->addWidget(m_hint);

    m_resultBox = new QGroupBox(this);
    m_resultBox->setObjectName(u"resultBox"_s);
    m_resultForm = new QFormLayout(m_resultBox);
    m_resultForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->addWidget(m_resultBox);

    m_exchange = new ExchangeView(this);
    m_exchange->setObjectName(u"exchangeView"_s);
    layout->addWidget(m_exchange, 1);

    connect(m_runButton, &QPushButton::clicked, this, &StepPage::run);
    connect(m_stopButton, &QPushButton::clicked, this, [this] {
        if (onboarding::OnboardingFlow *flow = m_controller->flow())
            flow->cancel();
    });
    connect(m_controller, &FlowController::stepFinished, this, &StepPage::onStepFinished);
    connect(m_controller, &FlowController::stepsInvalidated, this,
            &StepPage::onStepsInvalidated);

    retranslateStepUi();
    showStatus();
}

void StepPage::initializePage()
{
    // Only the built-in sandbox runs steps on entering. A call to bunq's servers waits for an
    // explicit click, so an extra press of Enter never registers anything with production.
    const bool local =
        m_controller->environment().kind() == api::ApiEnvironment::Kind::LocalSandbox;
    if (m_autoRun && local && m_state == State::Idle)
        run();
}

bool StepPage::isComplete() const
{
    return m_state == State::Succeeded;
}

void StepPage::run()
{
    if (m_state == State::Running || m_state == State::Succeeded || !m_runAllowed)
        return;
    if (!m_controller->flow() || !prepareRun())
        return;

    m_exchange->clear();
    setState(State::Running);
    startCall();
}

void StepPage::setRunText(const QString &text)
{
    m_runText = text;
    m_customRunText = true;
    updateControls();
}

QLabel *StepPage::addResultRow(QWidget *field)
{
    auto *caption = new QLabel(this);
    caption->setBuddy(field);
    m_resultForm->addRow(caption, field);
    return caption;
}

void StepPage::setRunAllowed(bool allowed)
{
    m_runAllowed = allowed;
    updateControls();
}

void StepPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateStepUi();
        retranslateUi();
        showStatus();
        if (m_state == State::Succeeded)
            showResult(m_controller->context());
    }
    QWizardPage::changeEvent(event);
}

void StepPage::retranslateStepUi()
{
    //: stops the request that is being sent
    m_stopButton->setText(tr("Sto&p"));
    m_stopButton->setAccessibleName(tr("Stop the request"));
    //: heading of the box with the values a call returned
    m_resultBox->setTitle(tr("Result"));
    if (!m_customRunText) {
        m_runText = tr("&Run");
        updateControls();
    }
}

void StepPage::startCall()
{
    onboarding::OnboardingFlow *flow = m_controller->flow();
    switch (m_step) {
    case OnboardingStep::Installation:
        flow->runInstallation();
        break;
    case OnboardingStep::DeviceServer:
        flow->registerDevice();
        break;
    case OnboardingStep::SessionServer:
        flow->startSession();
        break;
    case OnboardingStep::SandboxUser:
        // The API key page owns this call.
        break;
    }
}

void StepPage::onStepFinished(const onboarding::StepOutcome &outcome)
{
    if (outcome.step != m_step || m_state != State::Running)
        return;

    // The installation step stores the server key, so the keys are read after the step.
    const onboarding::SessionContext &context = m_controller->context();
    m_exchange->setVerificationKeys(context.clientKey.publicKey(), context.serverPublicKey);
    m_exchange->setResult(outcome.result);

    if (outcome.ok()) {
        showResult(m_controller->context());
        setState(State::Succeeded);
        focusForwardButton();
        return;
    }

    m_error = outcome.result.error;
    m_failedExchange = outcome.result.exchange;
    setState(State::Failed);
}

void StepPage::focusForwardButton()
{
    // The Run button had the focus and is disabled while the call runs, which sends the focus
    // to Back. Enter would then leave the page backwards instead of going on.
    QWizard *owner = wizard();
    if (!owner || owner->currentPage() != this)
        return;
    const bool last = owner->nextId() == -1;
    QAbstractButton *forward = owner->button(last ? QWizard::FinishButton : QWizard::NextButton);
    if (forward && forward->isEnabled())
        forward->setFocus(Qt::OtherFocusReason);
}

void StepPage::onStepsInvalidated(OnboardingStep first)
{
    if (stepRank(m_step) < stepRank(first))
        return;

    clearResult();
    m_exchange->clear();
    setState(State::Idle);
}

void StepPage::setState(State state)
{
    m_state = state;
    if (state != State::Failed) {
        m_error.reset();
        m_failedExchange = {};
    }

    showStatus();
    stateChanged();
    Q_EMIT completeChanged();
}

void StepPage::showStatus()
{
    switch (m_state) {
    case State::Idle:
        m_status->setText(tr("Not run yet."));
        m_hint->clear();
        break;
    case State::Running:
        m_status->setText(tr("Sending the request…"));
        m_hint->clear();
        break;
    case State::Succeeded:
        m_status->setText(tr("Done. The exchange below shows what went over the wire."));
        m_hint->clear();
        break;
    case State::Failed: {
        // The exchange view below shows bunq's text, the status, the response id and then the
        // explanation. The hint adds only where in the wizard the cause can be fixed.
        const api::ApiError &error = *m_error;
        if (error.httpStatus > 0) {
            m_status->setText(tr("Failed with HTTP status %1.").arg(error.httpStatus));
        } else {
            //: %1 is the kind of failure, e.g. "Timed out".
            m_status->setText(tr("Failed (%1).").arg(api::ApiError::kindName(error.kind)));
        }
        m_hint->setText(failureHint(m_step, error, m_failedExchange));
        break;
    }
    }

    updateControls();
}

void StepPage::updateControls()
{
    const bool running = m_state == State::Running;

    //: the button that repeats a failed call
    m_runButton->setText(m_state == State::Failed ? tr("&Retry") : m_runText);
    m_runButton->setEnabled(m_runAllowed
                            && (m_state == State::Idle || m_state == State::Failed));
    m_stopButton->setVisible(running);
    m_hint->setVisible(m_state == State::Failed && !m_hint->text().isEmpty());
    m_resultBox->setVisible(m_state == State::Succeeded);
}

} // namespace studio::ui
