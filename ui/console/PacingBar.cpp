// SPDX-License-Identifier: GPL-3.0-or-later
#include "console/PacingBar.h"

#include "platform/StatusColours.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace studio::ui {

namespace {

// Ten updates a second make the tenths of the countdown move smoothly.
constexpr int TickMs = 100;

QString seconds(qint64 milliseconds, int decimals)
{
    return QLocale().toString(double(milliseconds) / 1000.0, 'f', decimals);
}

} // namespace

PacingBar::PacingBar(QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_countdownBar(new QProgressBar(this))
    , m_cancel(new QPushButton(this))
    , m_tick(new QTimer(this))
{
    m_label->setObjectName(u"budgetLabel"_s);
    m_label->setTextFormat(Qt::PlainText);
    // Long endpoint names are cut at the right edge instead of widening the console.
    m_label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_countdownBar->setObjectName(u"pacingProgress"_s);
    m_countdownBar->setTextVisible(false);
    m_countdownBar->setMaximumWidth(120);
    m_countdownBar->hide();
    m_cancel->setObjectName(u"pacingCancelButton"_s);
    m_cancel->hide();
    m_tick->setInterval(TickMs);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_countdownBar);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_cancel);

    connect(m_cancel, &QPushButton::clicked, this, &PacingBar::cancelRequested);
    connect(m_tick, &QTimer::timeout, this, &PacingBar::updateCountdown);

    retranslateUi();
}

void PacingBar::setBudget(const QString &endpointKey, const console::Budget &budget)
{
    m_endpointKey = endpointKey;
    m_budgetShown = budget;
    updateBudgetText();
}

void PacingBar::clearBudget()
{
    m_budgetShown.reset();
    updateBudgetText();
}

void PacingBar::startCountdown(const QString &endpointKey, qint64 waitMs)
{
    m_waitEndpointKey = endpointKey;
    m_waitMs = qMax<qint64>(waitMs, 1);
    m_waitClock.start();
    m_countdownBar->setRange(0, int(m_waitMs));
    m_countdownBar->show();
    m_cancel->show();
    setStatusColour(m_label, StatusColour::Warning);
    m_tick->start();
    updateCountdown();
}

void PacingBar::stopCountdown()
{
    m_tick->stop();
    m_countdownBar->hide();
    m_cancel->hide();
    setStatusColour(m_label, StatusColour::Normal);
    m_waitMs = 0;
    m_countdownText.clear();
    showLine();
}

bool PacingBar::isCountingDown() const
{
    return m_tick->isActive();
}

QString PacingBar::budgetText() const
{
    return m_budgetText;
}

QString PacingBar::countdownText() const
{
    return m_countdownText;
}

void PacingBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void PacingBar::retranslateUi()
{
    //: Cancels a request that waits for the rate limit.
    m_cancel->setText(tr("Cancel &wait"));
    m_cancel->setToolTip(tr("Do not send the waiting request"));
    m_countdownBar->setAccessibleName(tr("Time left until the request is sent"));
    m_label->setAccessibleDescription(tr("Calls this client may still make to the endpoint "
                                         "before a call waits for the rate limit"));
    updateBudgetText();
    if (isCountingDown())
        updateCountdown();
}

void PacingBar::updateBudgetText()
{
    if (!m_budgetShown) {
        m_budgetText.clear();
        showLine();
        return;
    }

    const console::Budget &budget = *m_budgetShown;
    const QString capacity = QString::number(budget.capacity);
    const QString window = seconds(budget.windowMs, 0);
    if (budget.remaining > 0) {
        //: Rate-limit budget. %1 endpoint such as "GET user/{id}", %2 calls left, %3 calls
        //: allowed per window, %4 window length in seconds.
        m_budgetText = tr("%1: %2 of %3 calls left (bunq allows %3 per %4 s)")
                           .arg(m_endpointKey, QString::number(budget.remaining), capacity,
                                window);
    } else {
        //: Rate-limit budget when it is spent. %1 endpoint such as "GET user/{id}", %2 calls
        //: allowed per window, %3 seconds until the next call may go, %4 window length.
        m_budgetText =
            tr("%1: 0 of %2 calls left, next one in %3 s (bunq allows %2 per %4 s)")
                .arg(m_endpointKey, capacity, seconds(budget.waitMs, 1), window);
    }
    showLine();
}

void PacingBar::updateCountdown()
{
    const qint64 left = qMax<qint64>(0, m_waitMs - m_waitClock.elapsed());
    m_countdownBar->setValue(int(m_waitMs - left));
    //: %1 endpoint such as "GET user/{id}", %2 seconds with one decimal.
    m_countdownText = tr("Rate limit of %1 reached: sending in %2 s…")
                          .arg(m_waitEndpointKey, seconds(left, 1));
    showLine();
}

void PacingBar::showLine()
{
    m_label->setText(isCountingDown() ? m_countdownText : m_budgetText);
    m_label->setToolTip(m_label->text());
}

} // namespace studio::ui
