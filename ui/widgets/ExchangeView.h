// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiClient.h"

#include <QWidget>

class QLabel;
class QTabWidget;
class QToolButton;

namespace studio::ui {

class ExchangeErrorBox;
class MessagePane;
class SigningPane;

// Shows one ApiExchange: a summary line ("POST /v1/installation → 200 OK · 42 ms · server
// signature valid") and tabs for the request, the response and the signing details. Secrets
// in headers and bodies are masked until the user reveals them.
class ExchangeView : public QWidget
{
    Q_OBJECT

public:
    explicit ExchangeView(QWidget *parent = nullptr);

    // Shows the exchange and, if the call failed, the error (bunq's text, status, response id).
    void setResult(const studio::api::ApiResult &result);
    // Brings the Response tab to the front, e.g. after the console sent a call.
    void showResponseTab();
    void clear();

    // The summary line as displayed; for tests.
    QString summaryText() const;

    bool secretsRevealed() const { return m_revealed; }
    void setSecretsRevealed(bool revealed);

    // The error box's text, one item per line, or an empty string when the call succeeded.
    QString errorText() const;

    MessagePane *requestPane() const { return m_requestPane; }
    MessagePane *responsePane() const { return m_responsePane; }
    SigningPane *signingPane() const { return m_signingPane; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void rebuild();
    void showRequest(const studio::api::ApiExchange &exchange);
    void showResponse(const studio::api::ApiExchange &exchange);

    studio::api::ApiResult m_result;
    bool m_hasResult = false;
    bool m_revealed = false;
    QLabel *m_summary = nullptr;
    QTabWidget *m_tabs = nullptr;
    ExchangeErrorBox *m_errorBox = nullptr;
    QToolButton *m_revealButton = nullptr;
    MessagePane *m_requestPane = nullptr;
    MessagePane *m_responsePane = nullptr;
    SigningPane *m_signingPane = nullptr;
};

} // namespace studio::ui
