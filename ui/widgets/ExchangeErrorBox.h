// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiClient.h"

#include <QFrame>

class QLabel;
class QLineEdit;
class QToolButton;

namespace studio::ui {

// The box at the top of an exchange view when a call failed. It shows, in this order: the HTTP
// status, bunq's error_description texts as sent, any further detail, the response id
// (selectable, with a copy button) and the server signature verdict beside them, and after all
// of those a plain explanation and the next step from the error explainer's table.
class ExchangeErrorBox : public QFrame
{
    Q_OBJECT

public:
    explicit ExchangeErrorBox(QWidget *parent = nullptr);

    void setError(const studio::api::ApiError &error, const studio::api::ApiExchange &exchange);

    // Everything the box shows, one item per line; for tests and for copying.
    QString plainText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showError();

    studio::api::ApiError m_error;
    studio::api::ApiExchange m_exchange;
    QLabel *m_title = nullptr;
    QLabel *m_descriptions = nullptr;
    QLabel *m_detail = nullptr;
    QLabel *m_responseIdCaption = nullptr;
    QLineEdit *m_responseId = nullptr;
    QToolButton *m_copyResponseId = nullptr;
    QLabel *m_verdict = nullptr;
    QFrame *m_explanationSeparator = nullptr;
    QLabel *m_explanation = nullptr;
    QLabel *m_nextStep = nullptr;
};

} // namespace studio::ui
