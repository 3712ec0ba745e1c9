// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/ExchangeView.h"

#include "api/Redaction.h"
#include "widgets/ExchangeErrorBox.h"
#include "widgets/ExchangeFormat.h"
#include "widgets/ExchangePanes.h"
#include "widgets/SigningTab.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace studio::ui {

ExchangeView::ExchangeView(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_errorBox(new ExchangeErrorBox(this))
    , m_revealButton(new QToolButton(this))
    , m_requestPane(new MessagePane(MessagePane::Side::Request))
    , m_responsePane(new MessagePane(MessagePane::Side::Response))
    , m_signingTab(new SigningTab)
{
    m_summary->setObjectName(u"exchangeSummary"_s);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QFont summaryFont = m_summary->font();
    summaryFont.setBold(true);
    m_summary->setFont(summaryFont);

    m_revealButton->setObjectName(u"revealSecretsButton"_s);
    m_revealButton->setCheckable(true);
    m_revealButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_revealButton->setFocusPolicy(Qt::StrongFocus);

    m_errorBox->hide();

    m_tabs->setObjectName(u"exchangeTabs"_s);
    m_requestPane->setObjectName(u"requestPane"_s);
    m_responsePane->setObjectName(u"responsePane"_s);
    m_signingTab->setObjectName(u"signingTab"_s);
    m_tabs->addTab(m_requestPane, QString());
    m_tabs->addTab(m_responsePane, QString());
    m_tabs->addTab(m_signingTab, QString());

    auto *summaryRow = new QHBoxLayout;
    summaryRow->addWidget(m_summary, 1);
    summaryRow->addWidget(m_revealButton, 0, Qt::AlignTop);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_errorBox);
    layout->addLayout(summaryRow);
    layout->addWidget(m_tabs, 1);

    // Tab follows the layout: the error box, the summary row with Reveal, then the tabs.
    setTabOrder(m_revealButton, m_tabs);

    connect(m_revealButton, &QToolButton::toggled, this, &ExchangeView::setSecretsRevealed);
    connect(m_requestPane, &MessagePane::bodyLoaded, this, &ExchangeView::onPaneLoaded);
    connect(m_responsePane, &MessagePane::bodyLoaded, this, &ExchangeView::onPaneLoaded);

    retranslateUi();
    clear();
}

void ExchangeView::setResult(const api::ApiResult &result)
{
    m_result = result;
    m_hasResult = true;
    rebuild();
}

void ExchangeView::showResponseTab()
{
    m_tabs->setCurrentWidget(m_responsePane);
}

void ExchangeView::clear()
{
    m_result = {};
    m_hasResult = false;
    rebuild();
}

void ExchangeView::setVerificationKeys(const crypto::RsaPublicKey &clientPublicKey,
                                       const crypto::RsaPublicKey &serverKey)
{
    m_signingTab->setVerificationKeys(clientPublicKey, serverKey);
}

QString ExchangeView::summaryText() const
{
    return m_summary->text();
}

void ExchangeView::setSecretsRevealed(bool revealed)
{
    if (revealed == m_revealed)
        return;
    m_revealed = revealed;
    const QSignalBlocker blocker(m_revealButton);
    m_revealButton->setChecked(revealed);
    rebuild();
}

SignatureDebugger *ExchangeView::signatureDebugger() const
{
    return m_signingTab->signatureDebugger();
}

SigningPane *ExchangeView::signingPane() const
{
    return m_signingTab->signingPane();
}

QString ExchangeView::errorText() const
{
    return m_errorBox->isHidden() ? QString() : m_errorBox->plainText();
}

bool ExchangeView::isLoading() const
{
    return m_requestPane->isLoading() || m_responsePane->isLoading();
}

void ExchangeView::onPaneLoaded()
{
    // rebuild() reports small bodies itself, once both panes have theirs.
    if (!m_settingBodies && !isLoading())
        Q_EMIT bodyLoaded();
}

void ExchangeView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        // The summary, notes and error box are drawn from the exchange in the new language. The
        // bodies stay, because preparing a large one again takes long.
        if (m_hasResult)
            showTexts();
    }
    QWidget::changeEvent(event);
}

void ExchangeView::retranslateUi()
{
    //: Toggle that shows tokens, API keys and secrets unmasked in the exchange view.
    m_revealButton->setText(tr("Reveal secrets"));
    m_revealButton->setToolTip(tr("Show tokens, API keys and secrets in full in headers and "
                                  "bodies. Copy buttons copy what is shown."));
    m_revealButton->setAccessibleName(tr("Reveal secrets in this exchange"));

    //: Tab title of the exchange view: the HTTP request as sent.
    m_tabs->setTabText(m_tabs->indexOf(m_requestPane), tr("Request"));
    //: Tab title of the exchange view: the HTTP response as received.
    m_tabs->setTabText(m_tabs->indexOf(m_responsePane), tr("Response"));
    //: Tab title of the exchange view: signatures and what they cover.
    m_tabs->setTabText(m_tabs->indexOf(m_signingTab), tr("Signing"));
    if (!m_hasResult) {
        //: Shown in the exchange view before any call was made.
        m_summary->setText(tr("No call made yet."));
    }
}

void ExchangeView::rebuild()
{
    if (!m_hasResult) {
        retranslateUi();
        m_errorBox->hide();
        m_requestPane->clear();
        m_responsePane->clear();
        m_signingTab->clear();
        m_tabs->setEnabled(false);
        m_revealButton->setEnabled(false);
        return;
    }

    m_settingBodies = true;
    showBodies();
    m_settingBodies = false;
    showTexts();
    m_tabs->setEnabled(true);
    m_revealButton->setEnabled(true);

    // Small bodies are shown by now, so this result is reported once, here.
    if (!isLoading())
        Q_EMIT bodyLoaded();
}

// Everything drawn from the exchange in the interface language: the summary, the error box,
// the panes' first lines and notes, and the signing details.
void ExchangeView::showTexts()
{
    const api::ApiExchange &exchange = m_result.exchange;
    m_summary->setText(summaryLine(exchange));

    if (m_result.error) {
        m_errorBox->setError(*m_result.error, exchange);
        m_errorBox->show();
    } else {
        m_errorBox->hide();
    }

    const QString requestLine =
        QString::fromLatin1(exchange.method) + u' ' + exchange.url.toDisplayString();
    m_requestPane->setHeading(requestLine, requestNote(exchange));

    QString responseLine = statusText(exchange);
    if (exchange.status != 0) {
        //: Elapsed time of an HTTP call; %1 is a number of milliseconds.
        responseLine += u" · "_s + tr("%1 ms").arg(exchange.elapsedMs);
        m_responsePane->setVerdict(exchange.serverSignature);
    } else {
        m_responsePane->setVerdict(std::nullopt);
    }
    m_responsePane->setHeading(responseLine, responseNote(exchange));

    const QByteArray signedBytes =
        m_revealed ? exchange.signedBytes : api::redactJsonBody(exchange.signedBytes);
    m_signingTab->setExchange(exchange, QString::fromUtf8(signedBytes), m_revealed);
}

// The headers and bodies, masked unless revealed. Large bodies load in the background.
void ExchangeView::showBodies()
{
    const api::ApiExchange &exchange = m_result.exchange;

    const api::HeaderList requestHeaders =
        m_revealed ? exchange.requestHeaders : api::redactHeaders(exchange.requestHeaders);
    m_requestPane->setMessage({}, {}, requestHeaders, exchange.requestBody, m_revealed);

    const api::HeaderList responseHeaders =
        m_revealed ? exchange.responseHeaders : api::redactHeaders(exchange.responseHeaders);
    m_responsePane->setMessage({}, {}, responseHeaders, exchange.responseBody, m_revealed);
}

QString ExchangeView::requestNote(const api::ApiExchange &exchange) const
{
    QString note;
    if (exchange.startedAt.isValid()) {
        //: %1 is a UTC date and time.
        note = tr("Sent %1 UTC.")
                   .arg(exchange.startedAt.toUTC().toString(u"yyyy-MM-dd HH:mm:ss.zzz"_s));
        note += u' ';
    }
    // The body view adds how it shows the body, and its Raw page has the bytes as sent.
    note += tr("Qt adds Host, Connection, Accept-Encoding and Content-Length on its own.");
    return note;
}

QString ExchangeView::responseNote(const api::ApiExchange &exchange) const
{
    if (exchange.status == 0)
        return tr("No HTTP response arrived.");

    //: %1 is a size such as "58 bytes".
    QString note = tr("Body: %1.").arg(byteCountText(exchange.responseBody.size()));
    if (exchange.responseWasCompressed)
        note += u' ' + tr("It arrived compressed and is shown decompressed.");
    return note;
}

} // namespace studio::ui
