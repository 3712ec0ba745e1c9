// SPDX-License-Identifier: GPL-3.0-or-later
#include "console/SandboxMoneyBar.h"

#include "platform/StatusColours.h"

#include <QDoubleSpinBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace studio::ui {

namespace {

QString balanceText(const console::AccountBalance &balance)
{
    //: %1 monetary account id, %2 currency such as "EUR", %3 amount as bunq sent it.
    return SandboxMoneyBar::tr("Balance of account %1: %2 %3")
        .arg(QString::number(balance.accountId), balance.currency, balance.value);
}

} // namespace

SandboxMoneyBar::SandboxMoneyBar(QWidget *parent)
    : QWidget(parent)
    , m_caption(new QLabel(this))
    , m_amount(new QDoubleSpinBox(this))
    , m_button(new QPushButton(this))
    , m_outcome(new QLabel(this))
{
    m_amount->setObjectName(u"sandboxMoneyAmount"_s);
    m_amount->setDecimals(2);
    m_amount->setRange(0.01, console::SandboxMoney::maximumEuros);
    m_amount->setValue(console::SandboxMoney::maximumEuros);
    m_amount->setPrefix(u"EUR "_s);
    m_caption->setBuddy(m_amount);

    m_button->setObjectName(u"sandboxMoneyButton"_s);

    m_outcome->setObjectName(u"sandboxMoneyOutcome"_s);
    m_outcome->setTextFormat(Qt::PlainText);
    m_outcome->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_outcome->setWordWrap(true);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_caption);
    layout->addWidget(m_amount);
    layout->addWidget(m_button);
    layout->addWidget(m_outcome, 1);

    connect(m_button, &QPushButton::clicked, this, [this] { Q_EMIT moneyRequested(amount()); });

    retranslateUi();
}

QString SandboxMoneyBar::amount() const
{
    // bunq wants a dot as decimal separator whatever the interface language.
    return QString::number(m_amount->value(), 'f', 2);
}

void SandboxMoneyBar::setAmount(double euros)
{
    m_amount->setValue(euros);
}

void SandboxMoneyBar::setButtonEnabled(bool enabled)
{
    m_button->setEnabled(enabled);
}

void SandboxMoneyBar::showProgress(const QString &text)
{
    m_balance.reset();
    setStatusColour(m_outcome, StatusColour::Normal);
    m_outcome->setText(text);
}

void SandboxMoneyBar::showBalance(const console::AccountBalance &balance)
{
    m_balance = balance;
    setStatusColour(m_outcome, StatusColour::Success);
    m_outcome->setText(balanceText(balance));
}

void SandboxMoneyBar::showProblem(const QString &text)
{
    m_balance.reset();
    setStatusColour(m_outcome, StatusColour::Error);
    m_outcome->setText(text);
}

QString SandboxMoneyBar::outcomeText() const
{
    return m_outcome->text();
}

void SandboxMoneyBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void SandboxMoneyBar::retranslateUi()
{
    //: Caption of the amount box for sandbox money.
    m_caption->setText(tr("Sandbo&x money:"));
    m_amount->setAccessibleName(tr("Amount of sandbox money"));
    m_amount->setToolTip(tr("sugardaddy@bunq.com gives up to EUR 500.00 per request"));
    //: Button: requests sandbox money from sugardaddy@bunq.com and shows the new balance.
    m_button->setText(tr("&Get sandbox money"));
    m_button->setToolTip(tr("Send a request-inquiry to sugardaddy@bunq.com, then read the "
                            "account's balance"));
    if (m_balance)
        m_outcome->setText(balanceText(*m_balance));
}

} // namespace studio::ui
