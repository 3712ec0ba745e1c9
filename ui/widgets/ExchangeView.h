// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiClient.h"

#include <QWidget>

class QLabel;
class QTabWidget;

namespace studio::ui {

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
    void clear();

    // The summary line as displayed; for tests.
    QString summaryText() const;

    bool secretsRevealed() const { return m_revealed; }
    void setSecretsRevealed(bool revealed);

private:
    void rebuild();

    studio::api::ApiResult m_result;
    bool m_hasResult = false;
    bool m_revealed = false;
    QLabel *m_summary = nullptr;
    QTabWidget *m_tabs = nullptr;
};

} // namespace studio::ui
