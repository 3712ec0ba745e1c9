// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiClient.h"
#include "crypto/RsaPublicKey.h"

#include <QWidget>

class QLabel;
class QTabWidget;
class QToolButton;

namespace studio::ui {

class ExchangeErrorBox;
class MessagePane;
class SignatureDebugger;
class SigningPane;
class SigningTab;

// Shows one ApiExchange: a summary line ("POST /v1/installation → 200 OK · 42 ms · server
// signature valid") and tabs for the request, the response and the signing details (the
// signature debugger). Secrets in headers and bodies are masked until the user reveals them.
//
// Bodies larger than BodyView::synchronousLimit are prepared on a worker thread. bodyLoaded()
// follows when they are shown, and a newer setResult() or clear() cancels a load in progress.
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

    // Stores the client key that signed requests and the server key that signed responses, for
    // the signature debugger's checks. Either may be null when it is not known yet.
    void setVerificationKeys(const studio::crypto::RsaPublicKey &clientPublicKey,
                             const studio::crypto::RsaPublicKey &serverKey);

    // The summary line as displayed; for tests.
    QString summaryText() const;

    bool secretsRevealed() const { return m_revealed; }
    void setSecretsRevealed(bool revealed);

    // The error box's text, one item per line, or an empty string when the call succeeded.
    QString errorText() const;

    // True while the request or response body is still being prepared for display.
    bool isLoading() const;

    MessagePane *requestPane() const { return m_requestPane; }
    MessagePane *responsePane() const { return m_responsePane; }
    SigningTab *signingTab() const { return m_signingTab; }
    // The Signing tab's debugger, and its summary, which the tab shows instead for large bodies.
    SignatureDebugger *signatureDebugger() const;
    SigningPane *signingPane() const;

Q_SIGNALS:
    // Both bodies of the current result are shown. Emitted during setResult() when both are
    // small, later otherwise.
    void bodyLoaded();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void rebuild();
    void showTexts();
    void showBodies();
    QString requestNote(const studio::api::ApiExchange &exchange) const;
    QString responseNote(const studio::api::ApiExchange &exchange) const;
    void onPaneLoaded();

    studio::api::ApiResult m_result;
    bool m_hasResult = false;
    bool m_revealed = false;
    bool m_settingBodies = false;
    QLabel *m_summary = nullptr;
    QTabWidget *m_tabs = nullptr;
    ExchangeErrorBox *m_errorBox = nullptr;
    QToolButton *m_revealButton = nullptr;
    MessagePane *m_requestPane = nullptr;
    MessagePane *m_responsePane = nullptr;
    SigningTab *m_signingTab = nullptr;
};

} // namespace studio::ui
