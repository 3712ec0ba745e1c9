// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/DevicePage.h"

#include "platform/KeyboardNavigation.h"
#include "platform/StatusColours.h"
#include "wizard/FlowController.h"

#include <QButtonGroup>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QLineEdit>
#include <QRadioButton>
#include <QRegularExpression>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace studio::ui {

namespace {

bool isIpv4Address(const QString &text)
{
    static const QRegularExpression dottedQuad(
        u"^(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})$"_s);

    const QRegularExpressionMatch match = dottedQuad.match(text);
    if (!match.hasMatch())
        return false;
    // Leading zeros ("010") are rejected like the sandbox does: some parsers read them as
    // octal, so the address meant is unclear.
    for (int part = 1; part <= 4; ++part) {
        const QString number = match.captured(part);
        if (number.toInt() > 255 || (number.size() > 1 && number.startsWith(u'0')))
            return false;
    }
    return true;
}

} // namespace

Result<QStringList, QString> parsePermittedIps(const QString &text)
{
    using IpsResult = Result<QStringList, QString>;
    static const QRegularExpression separators(u"[,\\s]+"_s);

    const QStringList entries = text.split(separators, Qt::SkipEmptyParts);
    if (entries.isEmpty())
        return IpsResult::failure(DevicePage::tr("Enter at least one IPv4 address."));

    for (const QString &entry : entries) {
        if (entry == u"*") {
            return IpsResult::failure(
                DevicePage::tr("For \"*\", choose \"Any IP (wildcard)\" instead of a list."));
        }
        if (entry.contains(u':')) {
            return IpsResult::failure(
                DevicePage::tr("\"%1\" is an IPv6 address, but bunq accepts IPv4 addresses "
                               "only.")
                    .arg(entry));
        }
        if (!isIpv4Address(entry)) {
            return IpsResult::failure(
                DevicePage::tr("\"%1\" is not an IPv4 address such as 192.0.2.10.").arg(entry));
        }
    }
    return IpsResult::success(entries);
}

DevicePage::DevicePage(FlowController *controller, QWidget *parent)
    : StepPage(controller, onboarding::OnboardingStep::DeviceServer, parent)
{
    setObjectName(u"devicePage"_s);
    setAutoRun(false);

    m_descriptionLabel = new QLabel(this);
    m_descriptionLabel->setObjectName(u"deviceDescriptionLabel"_s);
    m_descriptionLabel->setWordWrap(true);
    optionsLayout()->addWidget(m_descriptionLabel);

    addIpChoices();

    m_deviceId = new QLabel(this);
    m_deviceId->setObjectName(u"deviceIdLabel"_s);
    m_deviceId->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_deviceIdCaption = addResultRow(m_deviceId);

    m_sentIps = new QLabel(this);
    m_sentIps->setObjectName(u"sentIpsLabel"_s);
    m_sentIps->setWordWrap(true);
    m_sentIpsCaption = addResultRow(m_sentIps);

    retranslateUi();
}

void DevicePage::addIpChoices()
{
    m_ipBox = new QGroupBox(this);
    m_ipBox->setObjectName(u"permittedIpsBox"_s);
    auto *grid = new QGridLayout(m_ipBox);
    grid->setColumnMinimumWidth(0, style()->pixelMetric(QStyle::PM_ExclusiveIndicatorWidth));

    const auto addExplanation = [this, grid](int row) {
        auto *label = new QLabel(m_ipBox);
        label->setWordWrap(true);
        grid->addWidget(label, row, 1);
        return label;
    };

    m_thisIpRadio = new QRadioButton(m_ipBox);
    m_thisIpRadio->setObjectName(u"thisIpRadio"_s);
    m_thisIpRadio->setChecked(true);
    grid->addWidget(m_thisIpRadio, 0, 0, 1, 2);
    m_thisIpExplanation = addExplanation(1);

    m_ipListRadio = new QRadioButton(m_ipBox);
    m_ipListRadio->setObjectName(u"ipListRadio"_s);
    grid->addWidget(m_ipListRadio, 2, 0, 1, 2);
    m_ipListEdit = new QLineEdit(m_ipBox);
    m_ipListEdit->setObjectName(u"ipListEdit"_s);
    grid->addWidget(m_ipListEdit, 3, 1);
    m_ipProblem = new QLabel(m_ipBox);
    m_ipProblem->setObjectName(u"ipProblem"_s);
    m_ipProblem->setWordWrap(true);
    m_ipProblem->setStyleSheet(u"color: #b00020;"_s);
    grid->addWidget(m_ipProblem, 4, 1);
    m_ipListExplanation = addExplanation(5);

    m_wildcardRadio = new QRadioButton(m_ipBox);
    m_wildcardRadio->setObjectName(u"wildcardRadio"_s);
    grid->addWidget(m_wildcardRadio, 6, 0, 1, 2);
    m_wildcardExplanation = addExplanation(7);

    auto *group = new QButtonGroup(m_ipBox);
    group->addButton(m_thisIpRadio);
    group->addButton(m_ipListRadio);
    group->addButton(m_wildcardRadio);

    optionsLayout()->addWidget(m_ipBox);

    connect(group, &QButtonGroup::buttonToggled, this, &DevicePage::validateIps);
    connect(m_ipListEdit, &QLineEdit::textChanged, this, [this] {
        // Typing an address selects the list choice.
        if (!m_ipListEdit->text().isEmpty())
            m_ipListRadio->setChecked(true);
        validateIps();
    });

    setTabOrder(m_thisIpRadio, m_ipListRadio);
    setTabOrder(m_ipListRadio, m_ipListEdit);
    setTabOrder(m_ipListEdit, m_wildcardRadio);
    // The choices sit above the Run button and the exchange, which the base class made first.
    moveTabStopsAfter(m_wildcardRadio, this, m_ipBox);
}

void DevicePage::retranslateUi()
{
    setTitle(tr("Device"));
    setSubTitle(tr("POST /v1/device-server registers this app as a device of the API key and "
                   "fixes the IP addresses the key may be used from. Choose them, then "
                   "register."));
    setRunText(tr("&Register device"));

    m_ipBox->setTitle(tr("Permitted IP addresses"));
    m_thisIpRadio->setText(tr("&This IP only"));
    m_thisIpExplanation->setText(tr("Sends an empty list, so bunq binds the device to the "
                                    "address this call comes from."));
    m_ipListRadio->setText(tr("A &list of addresses:"));
    m_ipListEdit->setPlaceholderText(tr("e.g. 192.0.2.10, 198.51.100.7"));
    m_ipListEdit->setAccessibleName(tr("Permitted IPv4 addresses"));
    m_ipListExplanation->setText(tr("Only these IPv4 addresses, separated by commas or spaces."));
    m_wildcardRadio->setText(tr("Any IP (&wildcard)"));
    m_wildcardExplanation->setText(
        tr("Sends [\"*\"], so the key works from every address. Choose this when your home IP "
           "changes: a device bound to one IP stops working when it changes, and cannot be "
           "turned into a wildcard later."));

    m_deviceIdCaption->setText(tr("Device id:"));
    //: the permitted_ips list as it was sent to bunq
    m_sentIpsCaption->setText(tr("Permitted IPs sent:"));

    showDescription();
    validateIps();
}

void DevicePage::initializePage()
{
    showDescription();
    StepPage::initializePage();

    // This page waits for the IP choice, and Next stays disabled until the device exists, so
    // Enter has to reach the Run button instead.
    if (state() == State::Idle && runButton()->isEnabled())
        runButton()->setFocus(Qt::OtherFocusReason);
}

void DevicePage::showDescription()
{
    //: %1 is the device description typed on the first page.
    m_descriptionLabel->setText(tr("Device description: %1 (change it on the first page)")
                                    .arg(controller()->deviceDescription()));
}

bool DevicePage::prepareRun()
{
    if (m_ipListRadio->isChecked() && !parsePermittedIps(m_ipListEdit->text()).ok())
        return false;

    controller()->setPermittedIps(permittedIps());
    return true;
}

void DevicePage::showResult(const onboarding::SessionContext &context)
{
    m_deviceId->setText(QString::number(context.deviceId));
    m_sentIps->setText(context.permittedIps.isEmpty()
                           ? tr("(empty list: the address the call came from)")
                           : context.permittedIps.join(u", "_s));
}

void DevicePage::clearResult()
{
    m_deviceId->clear();
    m_sentIps->clear();
}

void DevicePage::stateChanged()
{
    // The server keeps the IP choice of a registered device, so it cannot be edited afterwards.
    const bool editable = state() != State::Succeeded && state() != State::Running;
    m_thisIpRadio->setEnabled(editable);
    m_ipListRadio->setEnabled(editable);
    m_ipListEdit->setEnabled(editable);
    m_wildcardRadio->setEnabled(editable);
}

void DevicePage::validateIps()
{
    QString problem;
    if (m_ipListRadio->isChecked()) {
        const Result<QStringList, QString> parsed = parsePermittedIps(m_ipListEdit->text());
        if (!parsed.ok())
            problem = parsed.error();
    }

    m_ipProblem->setText(problem);
    m_ipProblem->setVisible(!problem.isEmpty());
    setRunAllowed(problem.isEmpty());
}

QStringList DevicePage::permittedIps() const
{
    if (m_wildcardRadio->isChecked())
        return {u"*"_s};
    if (m_ipListRadio->isChecked())
        return parsePermittedIps(m_ipListEdit->text()).value();
    return {};
}

} // namespace studio::ui
