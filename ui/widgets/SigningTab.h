// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiExchange.h"
#include "crypto/RsaPublicKey.h"

#include <QWidget>

class QLabel;
class QStackedWidget;
class QToolButton;

namespace studio::ui {

class SignatureDebugger;
class SigningPane;

// The exchange view's Signing tab: the signature debugger, or for bodies larger than
// maxDebuggerBodySize the shorter signing summary with a button that opens the debugger.
// The debugger shows every byte that was signed in a text view that lays out the whole body,
// which blocks the window for seconds at several megabytes. It catches up with a new exchange
// only while the tab is visible, because its checks hash the whole body.
class SigningTab : public QWidget
{
    Q_OBJECT

public:
    static constexpr qsizetype maxDebuggerBodySize = 64 * 1024;

    explicit SigningTab(QWidget *parent = nullptr);

    // signedBytesText is the request body as the summary shows it, masked by the caller unless
    // secrets are revealed.
    void setExchange(const studio::api::ApiExchange &exchange, const QString &signedBytesText,
                     bool revealSecrets);
    void setVerificationKeys(const studio::crypto::RsaPublicKey &clientPublicKey,
                             const studio::crypto::RsaPublicKey &serverKey);
    void clear();

    // Shows the debugger for the current exchange whatever the size of its bodies.
    void openDebugger();
    bool isDebuggerShown() const;

    SignatureDebugger *signatureDebugger() const { return m_debugger; }
    SigningPane *signingPane() const { return m_summary; }

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateDebugger();
    bool bodiesTooLarge() const;

    QStackedWidget *m_stack = nullptr;
    SignatureDebugger *m_debugger = nullptr;
    QWidget *m_summaryPage = nullptr;
    QLabel *m_largeNote = nullptr;
    QToolButton *m_openDebugger = nullptr;
    SigningPane *m_summary = nullptr;

    studio::api::ApiExchange m_exchange;
    bool m_hasExchange = false;
    bool m_revealed = false;
    bool m_debuggerChosen = false;
    // The debugger has not seen the current exchange, keys or reveal setting yet.
    bool m_debuggerStale = false;
    studio::crypto::RsaPublicKey m_clientPublicKey;
    studio::crypto::RsaPublicKey m_serverKey;
};

} // namespace studio::ui
