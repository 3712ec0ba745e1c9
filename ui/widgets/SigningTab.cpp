// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/SigningTab.h"

#include "diagnostics/SignatureDebugger.h"
#include "widgets/ExchangePanes.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QStackedWidget>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace studio::ui {

SigningTab::SigningTab(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
{
    m_debugger = new SignatureDebugger;
    m_debugger->setObjectName(u"signatureDebugger"_s);
    m_stack->addWidget(m_debugger);

    m_summaryPage = new QWidget;
    m_largeNote = new QLabel(m_summaryPage);
    m_largeNote->setObjectName(u"largeBodyNote"_s);
    m_largeNote->setWordWrap(true);
    m_openDebugger = new QToolButton(m_summaryPage);
    m_openDebugger->setObjectName(u"openDebuggerButton"_s);
    m_openDebugger->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_openDebugger->setFocusPolicy(Qt::StrongFocus);
    m_summary = new SigningPane(m_summaryPage);
    m_summary->setObjectName(u"signingPane"_s);
    // The summary has margins of its own, so only the note row needs the page's margins.
    const int margin = style()->pixelMetric(QStyle::PM_LayoutLeftMargin);
    auto *noteRow = new QHBoxLayout;
    noteRow->setContentsMargins(margin, margin, margin, 0);
    noteRow->addWidget(m_largeNote, 1);
    noteRow->addWidget(m_openDebugger, 0, Qt::AlignTop);
    auto *summaryLayout = new QVBoxLayout(m_summaryPage);
    summaryLayout->setContentsMargins(0, 0, 0, 0);
    summaryLayout->addLayout(noteRow);
    summaryLayout->addWidget(m_summary, 1);
    m_stack->addWidget(m_summaryPage);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_openDebugger, &QToolButton::clicked, this, &SigningTab::openDebugger);

    retranslateUi();
    clear();
}

void SigningTab::setExchange(const api::ApiExchange &exchange, const QString &signedBytesText,
                             bool revealSecrets)
{
    const bool sameExchange = m_hasExchange && m_exchange.startedAt == exchange.startedAt
        && m_exchange.url == exchange.url && m_exchange.responseBody == exchange.responseBody;
    m_exchange = exchange;
    m_hasExchange = true;
    m_revealed = revealSecrets;
    // A choice to open the debugger holds for this exchange only.
    if (!sameExchange)
        m_debuggerChosen = false;

    m_summary->setExchange(exchange, signedBytesText);
    m_debuggerStale = true;
    updateDebugger();
}

void SigningTab::setVerificationKeys(const crypto::RsaPublicKey &clientPublicKey,
                                     const crypto::RsaPublicKey &serverKey)
{
    m_clientPublicKey = clientPublicKey;
    m_serverKey = serverKey;
    m_debuggerStale = true;
    updateDebugger();
}

void SigningTab::clear()
{
    m_exchange = {};
    m_hasExchange = false;
    m_debuggerChosen = false;
    m_summary->clear();
    m_debuggerStale = true;
    updateDebugger();
}

void SigningTab::openDebugger()
{
    m_debuggerChosen = true;
    m_debuggerStale = true;
    updateDebugger();
}

bool SigningTab::isDebuggerShown() const
{
    return m_stack->currentWidget() == m_debugger;
}

bool SigningTab::bodiesTooLarge() const
{
    return m_exchange.responseBody.size() > maxDebuggerBodySize
        || m_exchange.signedBytes.size() > maxDebuggerBodySize;
}

void SigningTab::updateDebugger()
{
    const bool summaryOnly = m_hasExchange && bodiesTooLarge() && !m_debuggerChosen;
    m_stack->setCurrentWidget(summaryOnly ? m_summaryPage : m_debugger);
    retranslateUi();
    if (summaryOnly || !m_debuggerStale || !isVisible())
        return;
    m_debuggerStale = false;

    // clear() first, so that the reveal setting does not redraw the previous exchange.
    m_debugger->clear();
    m_debugger->setSecretsRevealed(m_revealed);
    if (m_hasExchange)
        m_debugger->setExchange(m_exchange, m_clientPublicKey, m_serverKey);
}

void SigningTab::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    updateDebugger();
}

void SigningTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void SigningTab::retranslateUi()
{
    //: Button on the Signing tab of an exchange with a large body.
    m_openDebugger->setText(tr("Open the signature debugger"));
    m_openDebugger->setToolTip(tr("Shows every signed byte and checks the signatures again. "
                                  "The window stops responding while it lays out the body."));

    const qsizetype largest = qMax(m_exchange.responseBody.size(), m_exchange.signedBytes.size());
    //: %1 is a size such as "10.5 MB".
    m_largeNote->setText(tr("This exchange has a body of %1. The signature debugger would stop "
                            "the window from responding for seconds while it shows all of it, "
                            "so the signing details are summarised here.")
                             .arg(QLocale().formattedDataSize(largest, 1,
                                                              QLocale::DataSizeSIFormat)));
}

} // namespace studio::ui
