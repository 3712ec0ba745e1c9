// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/EnvironmentPage.h"

#include "wizard/FlowController.h"

#include <QButtonGroup>
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

EnvironmentPage::EnvironmentPage(FlowController *controller, QWidget *parent)
    : QWizardPage(parent)
    , m_controller(controller)
{
    setObjectName(u"environmentPage"_s);
    setTitle(tr("Choose an environment"));
    setSubTitle(tr("Pick the server this session talks to. Choosing another one later repeats "
                   "every step after this page."));

    auto *layout = new QVBoxLayout(this);
    m_choices = new QVBoxLayout;
    m_choices->setSpacing(2);
    layout->addLayout(m_choices);

    m_localRadio = addChoice(tr("&Local sandbox (built in)"),
                             tr("Runs inside this app on 127.0.0.1 and works offline. For "
                                "learning and tests."),
                             u"localSandboxRadio"_s);
    m_localStatus = addIndentedLabel(QString(), u"localSandboxStatus"_s);

    m_sandboxRadio = addChoice(tr("bunq &sandbox"),
                               tr("bunq's public test server with test money. Needs network "
                                  "access."),
                               u"sandboxRadio"_s);

    m_productionRadio = addChoice(tr("bunq &production"),
                                  tr("Your real bunq account. Needs network access."),
                                  u"productionRadio"_s);
    m_productionCaution = addIndentedLabel(
        tr("<b>Caution:</b> real money and real data. Calls made here act on your own bunq "
           "account."),
        u"productionCaution"_s);
    m_productionCaution->setTextFormat(Qt::RichText);
    m_productionCaution->setStyleSheet(u"color: #9a5b00;"_s);

    auto *group = new QButtonGroup(this);
    group->addButton(m_localRadio);
    group->addButton(m_sandboxRadio);
    group->addButton(m_productionRadio);
    m_localRadio->setChecked(true);

    layout->addSpacing(12);
    auto *form = new QFormLayout;
    m_description = new QLineEdit(QSysInfo::machineHostName(), this);
    m_description->setObjectName(u"deviceDescriptionEdit"_s);
    m_description->setAccessibleName(tr("Device description"));
    auto *descriptionLabel = new QLabel(tr("Device &description:"), this);
    descriptionLabel->setBuddy(m_description);
    auto *descriptionField = new QVBoxLayout;
    descriptionField->setSpacing(2);
    descriptionField->addWidget(m_description);
    auto *descriptionHint = new QLabel(tr("Stored with the device registration, for your own "
                                          "reference. It must not be empty."),
                                       this);
    descriptionHint->setWordWrap(true);
    descriptionField->addWidget(descriptionHint);
    form->addRow(descriptionLabel, descriptionField);
    layout->addLayout(form);
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

    updateLocalSandboxStatus();
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

QRadioButton *EnvironmentPage::addChoice(const QString &text, const QString &explanation,
                                         const QString &objectName)
{
    auto *radio = new QRadioButton(text, this);
    radio->setObjectName(objectName);
    radio->setAccessibleDescription(explanation);
    m_choices->addSpacing(6);
    m_choices->addWidget(radio);
    addIndentedLabel(explanation, QString());
    return radio;
}

QLabel *EnvironmentPage::addIndentedLabel(const QString &text, const QString &objectName)
{
    // Line the text up with the radio button's label rather than with its indicator.
    const int indent = style()->pixelMetric(QStyle::PM_ExclusiveIndicatorWidth)
                       + style()->pixelMetric(QStyle::PM_RadioButtonLabelSpacing);

    auto *label = new QLabel(text, this);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setContentsMargins(indent, 0, 0, 0);
    m_choices->addWidget(label);
    return label;
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
