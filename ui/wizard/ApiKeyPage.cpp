// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/ApiKeyPage.h"

#include "platform/StatusColours.h"
#include "widgets/ExchangeView.h"
#include "wizard/FailureHint.h"
#include "wizard/FlowController.h"

#include <QButtonGroup>
#include <QEvent>
#include <QFontDatabase>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace studio::ui {

using onboarding::OnboardingStep;

ApiKeyPage::ApiKeyPage(FlowController *controller, QWidget *parent)
    : QWizardPage(parent)
    , m_controller(controller)
{
    setObjectName(u"apiKeyPage"_s);

    auto *layout = new QVBoxLayout(this);

    auto *keyRow = new QHBoxLayout;
    m_keyLabel = new QLabel(this);
    keyRow->addWidget(m_keyLabel);
    m_keyEdit = new QLineEdit(this);
    m_keyEdit->setObjectName(u"apiKeyEdit"_s);
    m_keyEdit->setEchoMode(QLineEdit::Password);
    m_keyEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_keyLabel->setBuddy(m_keyEdit);
    keyRow->addWidget(m_keyEdit, 1);
    m_revealButton = new QToolButton(this);
    m_revealButton->setObjectName(u"revealApiKeyButton"_s);
    m_revealButton->setCheckable(true);
    keyRow->addWidget(m_revealButton);
    layout->addLayout(keyRow);

    m_problem = new QLabel(this);
    m_problem->setObjectName(u"apiKeyProblem"_s);
    m_problem->setWordWrap(true);
    setStatusColour(m_problem, StatusColour::Error);
    m_problem->setVisible(false);
    layout->addWidget(m_problem);

    m_productionNote = new QLabel(this);
    m_productionNote->setObjectName(u"productionKeyNote"_s);
    m_productionNote->setWordWrap(true);
    layout->addWidget(m_productionNote);

    m_sandboxBox = new QGroupBox(this);
    m_sandboxBox->setObjectName(u"sandboxUserBox"_s);
    auto *boxLayout = new QVBoxLayout(m_sandboxBox);
    m_boxIntro = new QLabel(m_sandboxBox);
    m_boxIntro->setWordWrap(true);
    boxLayout->addWidget(m_boxIntro);

    auto *createRow = new QHBoxLayout;
    m_personRadio = new QRadioButton(m_sandboxBox);
    m_personRadio->setObjectName(u"personRadio"_s);
    m_personRadio->setChecked(true);
    m_companyRadio = new QRadioButton(m_sandboxBox);
    m_companyRadio->setObjectName(u"companyRadio"_s);
    auto *kindGroup = new QButtonGroup(m_sandboxBox);
    kindGroup->addButton(m_personRadio);
    kindGroup->addButton(m_companyRadio);
    createRow->addWidget(m_personRadio);
    createRow->addWidget(m_companyRadio);
    m_createButton = new QPushButton(m_sandboxBox);
    m_createButton->setObjectName(u"createUserButton"_s);
    createRow->addWidget(m_createButton);
    m_createStatus = new QLabel(m_sandboxBox);
    m_createStatus->setObjectName(u"createUserStatus"_s);
    m_createStatus->setWordWrap(true);
    createRow->addWidget(m_createStatus, 1);
    boxLayout->addLayout(createRow);

    m_exchange = new ExchangeView(m_sandboxBox);
    m_exchange->setObjectName(u"sandboxUserExchange"_s);
    boxLayout->addWidget(m_exchange);
    m_layout = layout;
    m_boxLayout = boxLayout;
    layout->addWidget(m_sandboxBox);
    layout->addStretch();

    connect(m_keyEdit, &QLineEdit::textChanged, this, &ApiKeyPage::validateKey);
    connect(m_revealButton, &QToolButton::toggled, this, &ApiKeyPage::setKeyRevealed);
    connect(m_createButton, &QPushButton::clicked, this, &ApiKeyPage::createSandboxUser);
    connect(m_controller, &FlowController::stepStarted, this, &ApiKeyPage::onStepStarted);
    connect(m_controller, &FlowController::stepFinished, this, &ApiKeyPage::onStepFinished);
    connect(m_controller, &FlowController::stepsInvalidated, this,
            &ApiKeyPage::onStepsInvalidated);

    setTabOrder(m_keyEdit, m_revealButton);
    setTabOrder(m_revealButton, m_personRadio);
    setTabOrder(m_personRadio, m_companyRadio);
    setTabOrder(m_companyRadio, m_createButton);
    setTabOrder(m_createButton, m_exchange);

    retranslateUi();
    showExchange(false);
}

QByteArray ApiKeyPage::apiKey() const
{
    return m_keyEdit->text().trimmed().toUtf8();
}

QString ApiKeyPage::apiKeyProblem() const
{
    return m_problem->text();
}

void ApiKeyPage::initializePage()
{
    const bool sandbox = m_controller->environment().expectsSandboxApiKey();
    m_sandboxBox->setVisible(sandbox);
    m_productionNote->setVisible(!sandbox);
    validateKey();
}

bool ApiKeyPage::isComplete() const
{
    return !m_creatingUser && !apiKey().isEmpty() && m_problem->text().isEmpty();
}

bool ApiKeyPage::validatePage()
{
    m_controller->setApiKey(apiKey());
    return true;
}

void ApiKeyPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

void ApiKeyPage::retranslateUi()
{
    setTitle(tr("API key"));
    setSubTitle(tr("bunq ties the device and the session to an API key. Paste one, or in a "
                   "sandbox create a test user that comes with one."));

    m_keyLabel->setText(tr("API &key:"));
    m_keyEdit->setAccessibleName(tr("API key"));
    m_keyEdit->setPlaceholderText(tr("Paste the API key here"));
    m_productionNote->setText(tr("Create an API key in the bunq app and paste it here. "
                                 "Production keys have no prefix."));
    m_sandboxBox->setTitle(tr("Create a sandbox user"));
    m_boxIntro->setText(tr("Asks the sandbox for a new test user and fills in its API key. The "
                           "call is shown below like every other call."));
    //: a private (natural person) bunq user
    m_personRadio->setText(tr("P&erson"));
    //: a business bunq user
    m_companyRadio->setText(tr("C&ompany"));

    setKeyRevealed(m_revealButton->isChecked());
    showCreateState();
    validateKey();
}

void ApiKeyPage::showCreateState()
{
    switch (m_createState) {
    case CreateState::Idle:
        m_createButton->setText(tr("&Create sandbox user"));
        m_createStatus->clear();
        break;
    case CreateState::Creating:
        m_createStatus->setText(tr("Creating a sandbox user…"));
        break;
    case CreateState::Created:
        m_createButton->setText(tr("&Create another sandbox user"));
        m_createStatus->setText(m_createdCompany
                                    ? tr("Created a sandbox company. Its API key is filled in "
                                         "above.")
                                    : tr("Created a sandbox person. Its API key is filled in "
                                         "above."));
        break;
    case CreateState::Failed:
        //: the button that repeats a failed call
        m_createButton->setText(tr("&Retry"));
        //: %1 names the wizard page where the cause can be fixed.
        m_createStatus->setText(
            tr("Creating the sandbox user failed. %1")
                .arg(failureHint(m_failedCreate->step, *m_failedCreate->result.error,
                                 m_failedCreate->result.exchange)));
        break;
    }
}

void ApiKeyPage::validateKey()
{
    // The message names the fix as well, such as the prefix a sandbox key needs.
    const QString problem = m_controller->environment().apiKeyMismatch(apiKey());
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    Q_EMIT completeChanged();
}

void ApiKeyPage::createSandboxUser()
{
    onboarding::OnboardingFlow *flow = m_controller->flow();
    if (!flow || m_creatingUser)
        return;

    flow->createSandboxUser(m_companyRadio->isChecked() ? onboarding::SandboxUserKind::Company
                                                        : onboarding::SandboxUserKind::Person);
}

void ApiKeyPage::onStepStarted(OnboardingStep step)
{
    if (step != OnboardingStep::SandboxUser)
        return;

    m_creatingUser = true;
    m_createState = CreateState::Creating;
    m_createButton->setEnabled(false);
    showCreateState();
    m_exchange->clear();
    showExchange(true);
    Q_EMIT completeChanged();
}

void ApiKeyPage::onStepFinished(const onboarding::StepOutcome &outcome)
{
    if (outcome.step != OnboardingStep::SandboxUser)
        return;

    m_creatingUser = false;
    m_createButton->setEnabled(true);
    m_exchange->setResult(outcome.result);

    if (outcome.ok()) {
        m_createdKey = m_controller->context().apiKey;
        m_keyEdit->setText(QString::fromUtf8(m_createdKey));
        m_createState = CreateState::Created;
        m_createdCompany = m_companyRadio->isChecked();
        m_failedCreate.reset();
    } else {
        m_createState = CreateState::Failed;
        m_failedCreate = outcome;
    }
    showCreateState();
    Q_EMIT completeChanged();
}

void ApiKeyPage::onStepsInvalidated(OnboardingStep first)
{
    if (first != OnboardingStep::SandboxUser)
        return;

    // A key made by another server's sandbox is of no use on the new one.
    if (!m_createdKey.isEmpty() && apiKey() == m_createdKey)
        m_keyEdit->clear();
    m_createdKey.clear();

    m_creatingUser = false;
    m_createState = CreateState::Idle;
    m_failedCreate.reset();
    m_createButton->setEnabled(true);
    showCreateState();
    m_exchange->clear();
    showExchange(false);
    Q_EMIT completeChanged();
}

void ApiKeyPage::setKeyRevealed(bool revealed)
{
    m_keyEdit->setEchoMode(revealed ? QLineEdit::Normal : QLineEdit::Password);
    //: toggles whether the API key is readable; "Hide" masks it again
    m_revealButton->setText(revealed ? tr("Hi&de") : tr("Sho&w"));
    m_revealButton->setAccessibleName(revealed ? tr("Hide API key") : tr("Show API key"));
}

void ApiKeyPage::showExchange(bool visible)
{
    // An empty exchange view only takes room, so it appears with the first call and then takes
    // the space the trailing stretch had. In Qt 6.4 a hidden widget's stretch factor still
    // makes its layout expand, so both factors follow the visibility.
    m_exchange->setVisible(visible);
    m_boxLayout->setStretchFactor(m_exchange, visible ? 1 : 0);
    m_layout->setStretchFactor(m_sandboxBox, visible ? 1 : 0);
}

} // namespace studio::ui
