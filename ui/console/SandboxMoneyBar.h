// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "console/SandboxMoney.h"

#include <QWidget>

#include <optional>

class QDoubleSpinBox;
class QLabel;
class QPushButton;

namespace studio::ui {

// "Get sandbox money": an amount up to EUR 500, the button, and the outcome: the account's new
// balance, the step running, or what went wrong.
class SandboxMoneyBar : public QWidget
{
    Q_OBJECT

public:
    explicit SandboxMoneyBar(QWidget *parent = nullptr);

    // The amount as bunq expects it, e.g. "500.00".
    QString amount() const;
    void setAmount(double euros);

    // Disables the button while the console is busy.
    void setButtonEnabled(bool enabled);

    void showProgress(const QString &text);
    void showBalance(const studio::console::AccountBalance &balance);
    void showProblem(const QString &text);

    // The outcome line as displayed; for tests.
    QString outcomeText() const;

Q_SIGNALS:
    void moneyRequested(const QString &amount);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_caption = nullptr;
    QDoubleSpinBox *m_amount = nullptr;
    QPushButton *m_button = nullptr;
    QLabel *m_outcome = nullptr;
    std::optional<studio::console::AccountBalance> m_balance;
};

} // namespace studio::ui
