// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/ExchangeView.h"

#include "api/Redaction.h"
#include "widgets/ExchangeErrorBox.h"
#include "widgets/ExchangeFormat.h"
#include "widgets/ExchangePanes.h"

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
    , m_signingPane(new SigningPane)
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
    m_signingPane->setObjectName(u"signingPane"_s);
    m_tabs->addTab(m_requestPane, QString());
    m_tabs->addTab(m_responsePane, QString());
    m_tabs->addTab(m_signingPane, QString());

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

QString ExchangeView::errorText() const
{
    return m_errorBox->isHidden() ? QString() : m_errorBox->plainText();
}

void ExchangeView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        // The summary, notes and error box are drawn from the exchange in the new language.
        rebuild();
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
    m_tabs->setTabText(m_tabs->indexOf(m_signingPane), tr("Signing"));
}

void ExchangeView::rebuild()
{
    if (!m_hasResult) {
        //: Shown in the exchange view before any call was made.
        m_summary->setText(tr("No call made yet."));
        m_errorBox->hide();
        m_requestPane->clear();
        m_responsePane->clear();
        m_signingPane->clear();
        m_tabs->setEnabled(false);
        m_revealButton->setEnabled(false);
        return;
    }

    const api::ApiExchange &exchange = m_result.exchange;
    m_summary->setText(summaryLine(exchange));

    if (m_result.error) {
        m_errorBox->setError(*m_result.error, exchange);
        m_errorBox->show();
    } else {
        m_errorBox->hide();
    }

    showRequest(exchange);
    showResponse(exchange);
    const QByteArray signedBytes =
        m_revealed ? exchange.signedBytes : api::redactJsonBody(exchange.signedBytes);
    m_signingPane->setExchange(exchange, QString::fromUtf8(signedBytes));

    m_tabs->setEnabled(true);
    m_revealButton->setEnabled(true);
}

void ExchangeView::showRequest(const api::ApiExchange &exchange)
{
    const QString firstLine =
        QString::fromLatin1(exchange.method) + u' ' + exchange.url.toDisplayString();

    QString note;
    if (exchange.startedAt.isValid()) {
        //: %1 is a UTC date and time.
        note = tr("Sent %1 UTC.")
                   .arg(exchange.startedAt.toUTC().toString(u"yyyy-MM-dd HH:mm:ss.zzz"_s));
        note += u' ';
    }
    note += tr("Qt adds Host, Connection, Accept-Encoding and Content-Length on its own. "
               "The body is indented for reading; the Signing tab has the exact bytes.");

    const api::HeaderList headers =
        m_revealed ? exchange.requestHeaders : api::redactHeaders(exchange.requestHeaders);
    const QByteArray body =
        m_revealed ? exchange.requestBody : api::redactJsonBody(exchange.requestBody);
    m_requestPane->setMessage(firstLine, note, headers, bodyForDisplay(body));
}

void ExchangeView::showResponse(const api::ApiExchange &exchange)
{
    QString note;
    if (exchange.status == 0) {
        note = tr("No HTTP response arrived.");
    } else {
        //: %1 is a size such as "58 bytes".
        note = tr("Body: %1.").arg(byteCountText(exchange.responseBody.size()));
        if (exchange.responseWasCompressed)
            note += u' ' + tr("It arrived compressed and is shown decompressed.");
        if (indentJson(exchange.responseBody))
            note += u' ' + tr("JSON, indented for reading.");
    }

    const api::HeaderList headers =
        m_revealed ? exchange.responseHeaders : api::redactHeaders(exchange.responseHeaders);
    const QByteArray body =
        m_revealed ? exchange.responseBody : api::redactJsonBody(exchange.responseBody);
    m_responsePane->setMessage(statusText(exchange), note, headers, bodyForDisplay(body));
}

} // namespace studio::ui
