// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "console/RateLimitPacer.h"

#include <QElapsedTimer>
#include <QWidget>

#include <optional>

class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;

namespace studio::ui {

// One line with the rate-limit budget of the endpoint about to be called ("GET user: 2 of 3
// calls left"). While a call waits for a free slot, the line shows a countdown with a Cancel
// button instead.
class PacingBar : public QWidget
{
    Q_OBJECT

public:
    explicit PacingBar(QWidget *parent = nullptr);

    // Shows the budget of an endpoint, named as RateLimitPacer::endpointKey() names it
    // ("GET user/{id}").
    void setBudget(const QString &endpointKey, const studio::console::Budget &budget);
    void clearBudget();

    // Shows the countdown of a call to endpointKey held back for waitMs milliseconds.
    void startCountdown(const QString &endpointKey, qint64 waitMs);
    void stopCountdown();
    bool isCountingDown() const;

    // The budget text, also while the countdown hides it, and the countdown text, empty when
    // no call waits; for tests.
    QString budgetText() const;
    QString countdownText() const;

Q_SIGNALS:
    // The user cancelled the waiting call.
    void cancelRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateBudgetText();
    void updateCountdown();
    void showLine();

    QString m_endpointKey;
    std::optional<studio::console::Budget> m_budgetShown;

    QString m_waitEndpointKey;
    qint64 m_waitMs = 0;
    QElapsedTimer m_waitClock;

    QString m_budgetText;
    QString m_countdownText;
    QLabel *m_label = nullptr;
    QProgressBar *m_countdownBar = nullptr;
    QPushButton *m_cancel = nullptr;
    QTimer *m_tick = nullptr;
};

} // namespace studio::ui
