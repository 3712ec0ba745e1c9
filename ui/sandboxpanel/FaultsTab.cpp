// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandboxpanel/FaultsTab.h"

#include "platform/StatusColours.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace studio::ui {

namespace {

// The kinds' names in the control interface, in the order the combo box lists them.
const QStringList kindNames{
    u"500"_s,           u"500-no-response-id"_s,
    u"491"_s,           u"429"_s,
    u"slow"_s,          u"drop"_s,
    u"truncate"_s,      u"no-signature"_s,
    u"bad-signature"_s, u"lower-case-headers"_s,
};

// The limits the control interface enforces; the spin boxes stay inside them.
constexpr int maxCount = 1000000;
constexpr int maxDelayMs = 300000;
constexpr int defaultDelayMs = 1500;

} // namespace

FaultsTab::FaultsTab(QWidget *parent)
    : QWidget(parent)
    , m_kind(new QComboBox(this))
    , m_endpoint(new QLineEdit(this))
    , m_count(new QSpinBox(this))
    , m_untilCleared(new QCheckBox(this))
    , m_delay(new QSpinBox(this))
    , m_arm(new QPushButton(this))
    , m_error(new QLabel(this))
    , m_armedTitle(new QLabel(this))
    , m_armed(new QListWidget(this))
    , m_disarm(new QPushButton(this))
    , m_clear(new QPushButton(this))
    , m_kindLabel(new QLabel(this))
    , m_endpointLabel(new QLabel(this))
    , m_countLabel(new QLabel(this))
    , m_delayLabel(new QLabel(this))
{
    m_kind->setObjectName(u"faultKindCombo"_s);
    m_endpoint->setObjectName(u"faultEndpointEdit"_s);
    m_endpoint->setText(u"*"_s);
    m_count->setObjectName(u"faultCountSpin"_s);
    m_count->setRange(1, maxCount);
    m_untilCleared->setObjectName(u"faultUntilClearedCheck"_s);
    m_delay->setObjectName(u"faultDelaySpin"_s);
    m_delay->setRange(1, maxDelayMs);
    m_delay->setValue(defaultDelayMs);
    m_delay->setSingleStep(100);
    m_arm->setObjectName(u"armFaultButton"_s);
    m_error->setObjectName(u"faultErrorLabel"_s);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();
    setStatusColour(m_error, StatusColour::Error);
    m_armed->setObjectName(u"armedFaultsList"_s);
    m_disarm->setObjectName(u"disarmFaultButton"_s);
    m_clear->setObjectName(u"clearFaultsButton"_s);

    m_kindLabel->setBuddy(m_kind);
    m_endpointLabel->setBuddy(m_endpoint);
    m_countLabel->setBuddy(m_count);
    m_delayLabel->setBuddy(m_delay);

    auto *countRow = new QHBoxLayout;
    countRow->addWidget(m_count);
    countRow->addWidget(m_untilCleared);
    countRow->addStretch();

    auto *delayRow = new QHBoxLayout;
    delayRow->addWidget(m_delay);
    delayRow->addStretch();

    auto *form = new QFormLayout;
    form->addRow(m_kindLabel, m_kind);
    form->addRow(m_endpointLabel, m_endpoint);
    form->addRow(m_countLabel, countRow);
    form->addRow(m_delayLabel, delayRow);

    auto *armRow = new QHBoxLayout;
    armRow->addStretch();
    armRow->addWidget(m_arm);

    // The form on the left and the armed faults on the right, because the dock is wide.
    auto *formColumn = new QVBoxLayout;
    formColumn->addLayout(form);
    formColumn->addLayout(armRow);
    formColumn->addWidget(m_error);
    formColumn->addStretch();

    auto *listButtons = new QHBoxLayout;
    listButtons->addStretch();
    listButtons->addWidget(m_disarm);
    listButtons->addWidget(m_clear);

    auto *listColumn = new QVBoxLayout;
    listColumn->addWidget(m_armedTitle);
    listColumn->addWidget(m_armed, 1);
    listColumn->addLayout(listButtons);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(formColumn, 2);
    layout->addSpacing(12);
    layout->addLayout(listColumn, 3);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &FaultsTab::updateFormState);
    connect(m_untilCleared, &QCheckBox::toggled, this, &FaultsTab::updateFormState);
    connect(m_armed, &QListWidget::currentRowChanged, this, &FaultsTab::updateFormState);
    connect(m_endpoint, &QLineEdit::returnPressed, m_arm, &QPushButton::click);
    connect(m_arm, &QPushButton::clicked, this, [this] { Q_EMIT armRequested(faultRequest()); });
    connect(m_clear, &QPushButton::clicked, this, &FaultsTab::clearRequested);
    connect(m_disarm, &QPushButton::clicked, this, [this] {
        const QListWidgetItem *item = m_armed->currentItem();
        if (item)
            Q_EMIT disarmRequested(item->data(Qt::UserRole).toLongLong());
    });

    fillKinds();
    retranslateUi();
    updateFormState();
}

QJsonObject FaultsTab::faultRequest() const
{
    const QString kind = m_kind->currentData().toString();
    const QString endpoint = m_endpoint->text().trimmed();
    QJsonObject fault{
        {u"kind"_s, kind},
        {u"endpoint"_s, endpoint.isEmpty() ? u"*"_s : endpoint},
        {u"count"_s,
         m_untilCleared->isChecked() ? QJsonValue(QJsonValue::Null) : QJsonValue(m_count->value())},
    };
    if (kind == u"slow"_s)
        fault.insert(u"delay_ms"_s, m_delay->value());
    return fault;
}

void FaultsTab::setArmedFaults(const QJsonArray &faults)
{
    if (faults == m_armedFaults)
        return;
    m_armedFaults = faults;
    updateArmedList();
}

void FaultsTab::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void FaultsTab::setControlsEnabled(bool enabled)
{
    m_controlsEnabled = enabled;
    updateFormState();
}

void FaultsTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        fillKinds();
        updateArmedList();
    }
    QWidget::changeEvent(event);
}

void FaultsTab::retranslateUi()
{
    //: Label of the fault kind combo box.
    m_kindLabel->setText(tr("&Kind:"));
    //: Label of the field naming the requests a fault applies to.
    m_endpointLabel->setText(tr("&Endpoint:"));
    //: Label of the field with how many responses a fault changes.
    m_countLabel->setText(tr("Res&ponses:"));
    //: Label of the delay of a slow-response fault.
    m_delayLabel->setText(tr("&Delay:"));
    m_endpoint->setPlaceholderText(tr("* or POST session-server"));
    m_endpoint->setToolTip(
        tr("A method and a path under /v1/, such as \"POST session-server\" or \"GET user/*\", "
           "or * for every request. In the path, * stands for one segment, and a * at the end "
           "for any number of segments."));
    m_endpoint->setAccessibleName(tr("Endpoint the fault applies to"));
    //: Check box: the fault stays armed until it is cleared, instead of a number of responses.
    m_untilCleared->setText(tr("&Until cleared"));
    //: Unit suffix of the delay spin box; note the leading space.
    m_delay->setSuffix(tr(" ms"));
    m_delay->setAccessibleName(tr("Delay of a slow response in milliseconds"));
    m_count->setAccessibleName(tr("Number of responses the fault changes"));
    //: Button that arms the fault described by the form.
    m_arm->setText(tr("&Arm fault"));
    //: Heading of the list of armed faults.
    m_armedTitle->setText(tr("Armed faults"));
    m_armed->setAccessibleName(tr("Armed faults"));
    //: Button that disarms the selected fault.
    m_disarm->setText(tr("Re&move"));
    //: Button that disarms every fault.
    m_clear->setText(tr("C&lear all"));
}

void FaultsTab::fillKinds()
{
    const QString current = m_kind->currentData().toString();
    m_kind->clear();
    for (const QString &kind : kindNames)
        m_kind->addItem(kindLabel(kind), kind);
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(current)));
}

void FaultsTab::updateFormState()
{
    const bool enabled = m_controlsEnabled;
    m_kind->setEnabled(enabled);
    m_endpoint->setEnabled(enabled);
    m_untilCleared->setEnabled(enabled);
    m_count->setEnabled(enabled && !m_untilCleared->isChecked());
    m_delay->setEnabled(enabled && m_kind->currentData().toString() == u"slow"_s);
    m_arm->setEnabled(enabled);
    m_armed->setEnabled(enabled);
    m_disarm->setEnabled(enabled && m_armed->currentItem() != nullptr);
    m_clear->setEnabled(enabled && !m_armedFaults.isEmpty());
}

void FaultsTab::updateArmedList()
{
    const qint64 currentId =
        m_armed->currentItem() ? m_armed->currentItem()->data(Qt::UserRole).toLongLong() : 0;
    m_armed->clear();
    for (const QJsonValue &value : m_armedFaults) {
        const QJsonObject fault = value.toObject();
        auto *item = new QListWidgetItem(armedFaultText(fault), m_armed);
        item->setData(Qt::UserRole, fault.value(u"id"_s).toInteger());
        if (fault.value(u"id"_s).toInteger() == currentId)
            m_armed->setCurrentItem(item);
    }
    if (m_armedFaults.isEmpty()) {
        //: Shown in the list of armed faults while it is empty.
        auto *none =
            new QListWidgetItem(tr("No faults armed: the sandbox answers normally."), m_armed);
        none->setFlags(Qt::NoItemFlags);
    }
    updateFormState();
}

QString FaultsTab::kindLabel(const QString &kind) const
{
    if (kind == u"slow"_s)
        //: Fault kind: the response is written after a delay.
        return tr("Slow response");
    if (kind == u"500"_s)
        //: Fault kind; keep bunq's English error text as it is.
        return tr("500 \"Encountered unhandled exception.\"");
    if (kind == u"500-no-response-id"_s)
        //: Fault kind: a 500 without the X-Bunq-Client-Response-Id header.
        return tr("500 without response id");
    if (kind == u"491"_s)
        //: Fault kind: bunq's maintenance error.
        return tr("491 maintenance");
    if (kind == u"429"_s)
        //: Fault kind: bunq's rate-limit error.
        return tr("429 too many requests");
    if (kind == u"drop"_s)
        //: Fault kind: the connection closes without a response.
        return tr("Dropped connection");
    if (kind == u"truncate"_s)
        //: Fault kind: only half the response body arrives.
        return tr("Truncated body");
    if (kind == u"no-signature"_s)
        //: Fault kind: X-Bunq-Server-Signature is removed.
        return tr("Missing server signature");
    if (kind == u"bad-signature"_s)
        //: Fault kind: X-Bunq-Server-Signature does not verify.
        return tr("Tampered server signature");
    if (kind == u"lower-case-headers"_s)
        //: Fault kind: every response header name in lower case.
        return tr("Lower-case header names");
    return kind;
}

QString FaultsTab::armedFaultText(const QJsonObject &fault) const
{
    QString kind = kindLabel(fault.value(u"kind"_s).toString());
    if (fault.value(u"kind"_s).toString() == u"slow"_s)
        //: A slow-response fault with its delay; %1 the kind, %2 milliseconds.
        kind = tr("%1 (%2 ms)").arg(kind).arg(fault.value(u"delay_ms"_s).toInt());

    // Written without plural forms, so every language reads right for any count.
    const QJsonValue remaining = fault.value(u"remaining"_s);
    QString extent;
    if (remaining.isNull())
        //: How long an armed fault stays: until it is cleared.
        extent = tr("until cleared");
    else
        //: How many more responses an armed fault changes; %1 is a number.
        extent = tr("left: %1").arg(remaining.toInt());

    //: An armed fault; %1 kind, %2 endpoint, %3 how long it stays, %4 how often it was applied.
    return tr("%1 on %2 · %3 · applied: %4")
        .arg(kind, fault.value(u"endpoint"_s).toString(), extent,
             QString::number(fault.value(u"applied"_s).toInt()));
}

} // namespace studio::ui
