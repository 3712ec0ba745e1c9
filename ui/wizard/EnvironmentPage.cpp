// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/EnvironmentPage.h"

#include "i18n/LanguageComboBox.h"
#include "platform/StatusColours.h"
#include "wizard/FlowController.h"

#include <QButtonGroup>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QStyle>
#include <QSysInfo>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace studio::ui {

using api::ApiEnvironment;

namespace {

void setChoiceTexts(QRadioButton *radio, QLabel *explanationLabel, const QString &text,
                    const QString &explanation)
{
    radio->setText(text);
    radio->setAccessibleDescription(explanation);
    explanationLabel->setText(explanation);
}

} // namespace

EnvironmentPage::EnvironmentPage(FlowController *controller, QWidget *parent)
    : QWizardPage(parent)
    , m_controller(controller)
{
    setObjectName(u"environmentPage"_s);

    auto *layout = new QVBoxLayout(this);
    m_choices = new QVBoxLayout;
    m_choices->setSpacing(2);
    layout->addLayout(m_choices);

    m_localRadio = addChoice(u"localSandboxRadio"_s);
    m_localExplanation = addIndentedLabel(QString());
    m_localStatus = addIndentedLabel(u"localSandboxStatus"_s);

    m_sandboxRadio = addChoice(u"sandboxRadio"_s);
    m_sandboxExplanation = addIndentedLabel(QString());

    m_productionRadio = addChoice(u"productionRadio"_s);
    m_productionExplanation = addIndentedLabel(QString());
    m_productionCaution = addIndentedLabel(u"productionCaution"_s);
    m_productionCaution->setTextFormat(Qt::RichText);
    setStatusColour(m_productionCaution, StatusColour::Warning);

    auto *group = new QButtonGroup(this);
    group->addButton(m_localRadio);
    group->addButton(m_sandboxRadio);
    group->addButton(m_productionRadio);
    m_localRadio->setChecked(true);

    layout->addSpacing(12);
    m_form = new QFormLayout;
    m_description = new QLineEdit(QSysInfo::machineHostName(), this);
    m_description->setObjectName(u"deviceDescriptionEdit"_s);
    m_descriptionLabel = new QLabel(this);
    m_descriptionLabel->setBuddy(m_description);
    auto *descriptionField = new QVBoxLayout;
    descriptionField->setSpacing(2);
    descriptionField->addWidget(m_description);
    m_descriptionHint = new QLabel(this);
    m_descriptionHint->setWordWrap(true);
    descriptionField->addWidget(m_descriptionHint);
    m_form->addRow(m_descriptionLabel, descriptionField);
    layout->addLayout(m_form);
    layout->addStretch(1);

    connect(group, &QButtonGroup::buttonToggled, this, [this] {
        updateLocalSandboxStatus();
        updateProductionCaution();
        Q_EMIT completeChanged();
    });
    connect(m_description, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
    connect(m_controller, &FlowController::localSandboxChanged, this, [this] {
        updateLocalSandboxStatus();
        Q_EMIT completeChanged();
    });

    setTabOrder(m_localRadio, m_sandboxRadio);
    setTabOrder(m_sandboxRadio, m_productionRadio);
    setTabOrder(m_productionRadio, m_description);

    retranslateUi();
    updateProductionCaution();
}

void EnvironmentPage::setEnvironmentKind(ApiEnvironment::Kind kind)
{
    switch (kind) {
    case ApiEnvironment::Kind::LocalSandbox:
        m_localRadio->setChecked(true);
        break;
    case ApiEnvironment::Kind::Sandbox:
        m_sandboxRadio->setChecked(true);
        break;
    case ApiEnvironment::Kind::Production:
        m_productionRadio->setChecked(true);
        break;
    }
}

ApiEnvironment::Kind EnvironmentPage::environmentKind() const
{
    if (m_productionRadio->isChecked())
        return ApiEnvironment::Kind::Production;
    if (m_sandboxRadio->isChecked())
        return ApiEnvironment::Kind::Sandbox;
    return ApiEnvironment::Kind::LocalSandbox;
}

QString EnvironmentPage::deviceDescription() const
{
    return m_description->text().trimmed();
}

bool EnvironmentPage::isComplete() const
{
    if (deviceDescription().isEmpty())
        return false;
    if (environmentKind() == ApiEnvironment::Kind::LocalSandbox)
        return m_controller->localSandboxUrl().isValid();
    return true;
}

bool EnvironmentPage::validatePage()
{
    m_controller->setDeviceDescription(deviceDescription());

    switch (environmentKind()) {
    case ApiEnvironment::Kind::LocalSandbox:
        m_controller->setEnvironment(ApiEnvironment::localSandbox(m_controller->localSandboxUrl()));
        break;
    case ApiEnvironment::Kind::Sandbox:
        m_controller->setEnvironment(ApiEnvironment::sandbox());
        break;
    case ApiEnvironment::Kind::Production:
        m_controller->setEnvironment(ApiEnvironment::production());
        break;
    }
    return true;
}

void EnvironmentPage::setLanguageManager(LanguageManager *manager)
{
    if (m_languageCombo)
        return;

    m_languageCombo = new LanguageComboBox(manager, this);
    // As wide as the longest language name, not as the description field above it.
    m_languageCombo->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_languageLabel = new QLabel(this);
    m_languageLabel->setBuddy(m_languageCombo);
    m_form->addRow(m_languageLabel, m_languageCombo);
    setTabOrder(m_description, m_languageCombo);
    retranslateUi();
}

void EnvironmentPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

QRadioButton *EnvironmentPage::addChoice(const QString &objectName)
{
    auto *radio = new QRadioButton(this);
    radio->setObjectName(objectName);
    m_choices->addSpacing(6);
    m_choices->addWidget(radio);
    return radio;
}

QLabel *EnvironmentPage::addIndentedLabel(const QString &objectName)
{
    // Line the text up with the radio button's label rather than with its indicator.
    const int indent = style()->pixelMetric(QStyle::PM_ExclusiveIndicatorWidth)
                       + style()->pixelMetric(QStyle::PM_RadioButtonLabelSpacing);

    auto *label = new QLabel(this);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setContentsMargins(indent, 0, 0, 0);
    m_choices->addWidget(label);
    return label;
}

void EnvironmentPage::retranslateUi()
{
    setTitle(tr("Choose an environment"));
    setSubTitle(tr("Pick the server this session talks to. Choosing another one later repeats "
                   "every step after this page."));

    setChoiceTexts(m_localRadio, m_localExplanation, tr("&Local sandbox (built in)"),
                   tr("Runs inside this app on 127.0.0.1 and works offline. For learning and "
                      "tests."));
    setChoiceTexts(m_sandboxRadio, m_sandboxExplanation, tr("bunq &sandbox"),
                   tr("bunq's public test server with test money. Needs network access."));
    setChoiceTexts(m_productionRadio, m_productionExplanation, tr("bunq &production"),
                   tr("Your real bunq account. Needs network access."));
    m_productionCaution->setText(tr("<b>Caution:</b> real money and real data. Calls made here "
                                    "act on your own bunq account."));

    m_description->setAccessibleName(tr("Device description"));
    m_descriptionLabel->setText(tr("Device &description:"));
    m_descriptionHint->setText(tr("Stored with the device registration, for your own "
                                  "reference. It must not be empty."));
    if (m_languageLabel) {
        //: Label of the interface language choice on the first wizard page.
        m_languageLabel->setText(tr("Lang&uage:"));
    }

    updateLocalSandboxStatus();
}

void EnvironmentPage::updateLocalSandboxStatus()
{
    if (m_controller->localSandboxUrl().isValid()) {
        m_localStatus->setText(tr("Listening on %1")
                                   .arg(m_controller->localSandboxUrl().toDisplayString()));
    } else if (!m_controller->localSandboxError().isEmpty()) {
        m_localStatus->setText(tr("The local sandbox could not start: %1. Choose bunq's sandbox "
                                  "or restart the app.")
                                   .arg(m_controller->localSandboxError()));
    } else {
        m_localStatus->setText(tr("The local sandbox is starting. Next becomes available once "
                                  "it listens."));
    }
}

void EnvironmentPage::updateProductionCaution()
{
    m_productionCaution->setVisible(m_productionRadio->isChecked());
}

} // namespace studio::ui
