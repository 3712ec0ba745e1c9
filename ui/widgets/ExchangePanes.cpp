// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/ExchangePanes.h"

#include "crypto/RsaPublicKey.h"
#include "platform/StatusColours.h"
#include "widgets/BodyView.h"
#include "widgets/ExchangeFormat.h"
#include "widgets/HeaderTable.h"
#include "widgets/ViewHelpers.h"

#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QSplitter>
#include <QTabBar>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace studio::ui {

namespace {

QLabel *createSelectableLabel(QWidget *parent, bool monospace = false)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    if (monospace)
        label->setFont(monospaceFont());
    return label;
}

// A read-only monospace field for base64 and byte strings that wraps anywhere, because base64
// has no word breaks.
QPlainTextEdit *createWrappingView(QWidget *parent, int visibleLines)
{
    QPlainTextEdit *view = createBodyView(parent);
    view->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    view->setWordWrapMode(QTextOption::WrapAnywhere);
    const int lineHeight = view->fontMetrics().lineSpacing();
    view->setFixedHeight(lineHeight * visibleLines + 2 * view->frameWidth() + 8);
    return view;
}

// Green for a valid signature, red for a wrong or missing one, plain when nothing was checked.
StatusColour verdictColour(api::SignatureVerdict verdict)
{
    switch (verdict) {
    case api::SignatureVerdict::Valid:
        return StatusColour::Success;
    case api::SignatureVerdict::Invalid:
    case api::SignatureVerdict::Missing:
        return StatusColour::Error;
    case api::SignatureVerdict::NotChecked:
        break;
    }
    return StatusColour::Normal;
}

QString noSignatureText()
{
    //: Shown when a response carried no X-Bunq-Server-Signature header.
    return SigningPane::tr("(no signature header)");
}

} // namespace

MessagePane::MessagePane(Side side, QWidget *parent)
    : QWidget(parent)
    , m_side(side)
    , m_firstLine(createSelectableLabel(this, true))
    , m_verdict(createSelectableLabel(this))
    , m_copy(createCopyButton(QString(), this))
    , m_note(createSelectableLabel(this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_headers(new HeaderTable(this))
    , m_body(new BodyView(this))
{
    m_firstLine->setObjectName(u"firstLine"_s);
    m_verdict->setObjectName(u"verdictLabel"_s);
    m_verdict->hide();
    m_headers->setObjectName(u"headerTable"_s);
    m_body->setObjectName(u"bodyView"_s);
    m_copy->setObjectName(u"copyButton"_s);
    retranslateUi();

    m_splitter->setObjectName(u"headersBodySplitter"_s);
    m_splitter->addWidget(m_headers);
    m_splitter->addWidget(m_body);
    // A taller window gives the body more room, while the header table keeps the height that
    // shows its rows.
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);

    auto *top = new QHBoxLayout;
    top->addWidget(m_firstLine);
    top->addSpacing(12);
    top->addWidget(m_verdict, 1, Qt::AlignTop);
    top->addWidget(m_copy, 0, Qt::AlignTop);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_note);
    layout->addWidget(m_splitter, 1);

    connect(m_copy, &QToolButton::clicked, this, [this] { copyToClipboard(plainText()); });
    connect(m_body, &BodyView::statusChanged, this, &MessagePane::updateNote);
    connect(m_body, &BodyView::loaded, this, &MessagePane::bodyLoaded);
    connect(m_splitter, &QSplitter::splitterMoved, this, [this] { m_fitHeaders = false; });
}

void MessagePane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        setVerdict(m_verdictValue);
    }
    QWidget::changeEvent(event);
}

void MessagePane::retranslateUi()
{
    const bool request = m_side == Side::Request;
    retranslateCopyButton(m_copy, request ? tr("Copy request") : tr("Copy response"));
    m_headers->setAccessibleName(request ? tr("Request headers") : tr("Response headers"));
    m_body->setAccessibleBodyName(request ? tr("Request body") : tr("Response body"));
}

void MessagePane::setMessage(const QString &firstLine, const QString &note,
                             const api::HeaderList &headers, const QByteArray &body,
                             bool revealSecrets)
{
    m_headers->setHeaders(headers);
    m_body->setBody(body, revealSecrets);
    fitHeaderTable();
    setHeading(firstLine, note);
    m_copy->setEnabled(true);
}

void MessagePane::setHeading(const QString &firstLine, const QString &note)
{
    m_firstLine->setText(firstLine);
    m_noteText = note;
    updateNote();
}

void MessagePane::setVerdict(std::optional<api::SignatureVerdict> verdict)
{
    m_verdictValue = verdict;
    m_verdict->setVisible(verdict.has_value());
    if (!verdict)
        return;

    m_verdict->setText(api::signatureVerdictText(*verdict));
    const StatusColour colour = verdictColour(*verdict);
    setStatusColour(m_verdict, colour);
    QFont font = m_verdict->font();
    font.setBold(colour != StatusColour::Normal);
    m_verdict->setFont(font);
}

void MessagePane::clear()
{
    m_headers->setHeaders({});
    m_body->clear();
    setHeading({}, {});
    setVerdict(std::nullopt);
    m_copy->setEnabled(false);
}

bool MessagePane::isLoading() const
{
    return m_body->isLoading();
}

void MessagePane::updateNote()
{
    QString text = m_noteText;
    const QString bodyStatus = m_body->statusText();
    if (!text.isEmpty() && !bodyStatus.isEmpty())
        text += u' ';
    text += bodyStatus;
    m_note->setText(text);
    m_note->setVisible(!text.isEmpty());
}

void MessagePane::fitHeaderTable()
{
    if (!m_fitHeaders)
        return;

    // The body keeps room for its text up to eight lines, and the header table takes what shows
    // all its rows, or as many whole rows as fit in the rest. Before the first layout the
    // splitter has no height yet, and the body takes what the layout adds later because of its
    // stretch factor.
    constexpr qsizetype maxReservedLines = 8;
    const qsizetype bodyLines = m_body->isLoading()
        ? maxReservedLines
        : qBound<qsizetype>(3, m_body->formattedLineCount(), maxReservedLines);
    const int bodyMinimum = m_body->pages()->tabBar()->sizeHint().height()
        + int(bodyLines) * m_body->fontMetrics().lineSpacing() + 4 * m_headers->frameWidth() + 8;

    const QList<int> sizes = m_splitter->sizes();
    const int total = sizes.value(0) + sizes.value(1);
    if (total <= 0) {
        m_splitter->setSizes({m_headers->fullHeight(), bodyMinimum});
        return;
    }
    int rows = m_headers->rowCount();
    while (rows > 1 && m_headers->heightForRows(rows) > total - bodyMinimum)
        --rows;
    const int headerHeight =
        qMax(m_headers->heightForRows(rows), m_headers->minimumSizeHint().height());
    m_splitter->setSizes({headerHeight, total - headerHeight});
}

QString MessagePane::plainText() const
{
    return m_firstLine->text() + u'\n' + headersAsText(m_headers->headers()) + u'\n'
        + m_body->toPlainText();
}

SigningPane::SigningPane(QWidget *parent)
    : QWidget(parent)
    , m_signedNote(createSelectableLabel(this))
    , m_signedBytes(createWrappingView(this, 6))
    , m_signature(createWrappingView(this, 3))
    , m_clientKey(createSelectableLabel(this, true))
    , m_verifiedNote(createSelectableLabel(this))
    , m_serverSignature(createWrappingView(this, 3))
    , m_serverKey(createSelectableLabel(this, true))
    , m_verdict(createSelectableLabel(this))
    , m_copy(createCopyButton(QString(), this))
{
    m_signedBytes->setObjectName(u"signedBytesView"_s);
    m_signedBytes->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_signature->setObjectName(u"signatureView"_s);
    m_clientKey->setObjectName(u"clientKeyLabel"_s);
    m_serverSignature->setObjectName(u"serverSignatureView"_s);
    m_serverKey->setObjectName(u"serverKeyLabel"_s);
    m_verdict->setObjectName(u"verdictLabel"_s);
    m_copy->setObjectName(u"copyButton"_s);

    const auto addRow = [this](QFormLayout *form, QWidget *field) {
        auto *label = new QLabel(this);
        label->setBuddy(field);
        form->addRow(label, field);
        return label;
    };

    m_requestGroup = new QGroupBox;
    auto *requestForm = new QFormLayout(m_requestGroup);
    requestForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_signedCaption = addRow(requestForm, m_signedNote);
    requestForm->addRow(m_signedBytes);
    m_signatureCaption = addRow(requestForm, m_signature);
    m_clientKeyCaption = addRow(requestForm, m_clientKey);

    m_responseGroup = new QGroupBox;
    auto *responseForm = new QFormLayout(m_responseGroup);
    responseForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_verifiedCaption = addRow(responseForm, m_verifiedNote);
    m_serverSignatureCaption = addRow(responseForm, m_serverSignature);
    m_serverKeyCaption = addRow(responseForm, m_serverKey);
    m_verdictCaption = addRow(responseForm, m_verdict);

    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->addWidget(m_requestGroup);
    contentLayout->addWidget(m_responseGroup);
    contentLayout->addStretch(1);

    // A transparent viewport lets the tab page's background show, as on the other tabs.
    auto *scroll = new QScrollArea(this);
    // Tab goes straight to the fields, and the scroll area follows the focus.
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    scroll->viewport()->setAutoFillBackground(false);
    content->setAutoFillBackground(false);

    auto *top = new QHBoxLayout;
    top->addStretch(1);
    top->addWidget(m_copy);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(scroll, 1);

    // Tab follows the layout: Copy sits in the top row, above the signatures.
    setTabOrder(m_copy, m_signedBytes);
    setTabOrder(m_signedBytes, m_signature);
    setTabOrder(m_signature, m_serverSignature);

    connect(m_copy, &QToolButton::clicked, this, [this] { copyToClipboard(plainText()); });

    retranslateUi();
}

void SigningPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void SigningPane::retranslateUi()
{
    retranslateCopyButton(m_copy, tr("Copy signing details"));
    m_signedBytes->setAccessibleName(tr("Bytes signed"));
    m_signature->setAccessibleName(tr("Request signature"));
    m_serverSignature->setAccessibleName(tr("Server signature"));
    // setExchange() sets the placeholder, so a pane without an exchange stays empty.
    if (!m_serverSignature->placeholderText().isEmpty())
        m_serverSignature->setPlaceholderText(noSignatureText());

    //: Group title; X-Bunq-Client-Signature is an HTTP header name and stays untranslated.
    m_requestGroup->setTitle(tr("Request (X-Bunq-Client-Signature)"));
    m_signedCaption->setText(tr("Bytes signed:"));
    m_signatureCaption->setText(tr("Signature (base64):"));
    m_clientKeyCaption->setText(tr("Client key (SHA-256):"));

    //: Group title; X-Bunq-Server-Signature is an HTTP header name and stays untranslated.
    m_responseGroup->setTitle(tr("Response (X-Bunq-Server-Signature)"));
    m_verifiedCaption->setText(tr("Bytes verified:"));
    m_serverSignatureCaption->setText(tr("Server signature:"));
    m_serverKeyCaption->setText(tr("Server key (SHA-256):"));
    //: The outcome of checking the server's signature.
    m_verdictCaption->setText(tr("Verdict:"));

    // Captions of both groups share one width, so the values line up across the groups. The
    // width follows the longest caption in the current language.
    const QList<QLabel *> captions = {m_signedCaption,   m_signatureCaption,
                                      m_clientKeyCaption, m_verifiedCaption,
                                      m_serverSignatureCaption, m_serverKeyCaption,
                                      m_verdictCaption};
    int captionWidth = 0;
    for (QLabel *caption : captions) {
        caption->setMinimumWidth(0);
        captionWidth = qMax(captionWidth, caption->sizeHint().width());
    }
    for (QLabel *caption : captions)
        caption->setMinimumWidth(captionWidth);
}

void SigningPane::setExchange(const api::ApiExchange &exchange, const QString &signedBytes)
{
    const bool signedRequest = !exchange.signature.isEmpty();
    if (!signedRequest) {
        m_signedNote->setText(tr("Not signed. Calls made before the installation exists, such "
                                 "as POST /v1/installation, carry no signature."));
    } else if (exchange.signedBytes.isEmpty()) {
        //: The request body was empty, so the signature covers zero bytes.
        m_signedNote->setText(tr("0 bytes: the empty body, as for every GET and DELETE."));
    } else {
        //: %1 is a size such as "58 bytes".
        m_signedNote->setText(tr("%1: the request body exactly as sent.")
                                  .arg(byteCountText(exchange.signedBytes.size())));
    }
    m_signedBytes->setPlainText(signedBytes);
    m_signedBytes->setVisible(signedRequest && !exchange.signedBytes.isEmpty());
    m_signature->setPlainText(QString::fromLatin1(exchange.signature));
    m_clientKey->setText(exchange.clientKeyFingerprint.isEmpty()
                             //: No client key fingerprint to show.
                             ? tr("none")
                             : twoLineFingerprint(exchange.clientKeyFingerprint));

    if (exchange.status == 0) {
        m_verifiedNote->setText(tr("No response arrived."));
    } else {
        //: %1 is a size such as "58 bytes".
        m_verifiedNote->setText(tr("%1: the response body as delivered, shown on the Response tab.")
                                    .arg(byteCountText(exchange.responseBody.size())));
    }
    const QByteArray serverSignature = exchange.responseHeader("X-Bunq-Server-Signature"_ba);
    m_serverSignature->setPlainText(QString::fromLatin1(serverSignature));
    m_serverSignature->setPlaceholderText(noSignatureText());
    m_serverKey->setText(exchange.serverKeyFingerprint.isEmpty()
                             //: The server's public key is not known before the installation.
                             ? tr("not known yet")
                             : twoLineFingerprint(exchange.serverKeyFingerprint));
    m_verdict->setText(api::signatureVerdictText(exchange.serverSignature));
    const StatusColour verdictStatus = verdictColour(exchange.serverSignature);
    setStatusColour(m_verdict, verdictStatus);
    QFont verdictFont = m_verdict->font();
    verdictFont.setBold(verdictStatus != StatusColour::Normal);
    m_verdict->setFont(verdictFont);
    m_copy->setEnabled(true);
}

void SigningPane::clear()
{
    for (QLabel *label : {m_signedNote, m_clientKey, m_verifiedNote, m_serverKey, m_verdict})
        label->clear();
    for (QPlainTextEdit *view : {m_signedBytes, m_signature, m_serverSignature})
        view->clear();
    m_copy->setEnabled(false);
}

QString SigningPane::plainText() const
{
    QStringList lines;
    lines += tr("Bytes signed: %1").arg(m_signedNote->text());
    if (!m_signedBytes->isHidden())
        lines += m_signedBytes->toPlainText();
    lines += tr("Signature: %1").arg(m_signature->toPlainText());
    lines += tr("Client key (SHA-256): %1").arg(m_clientKey->text());
    lines += tr("Bytes verified: %1").arg(m_verifiedNote->text());
    lines += tr("Server signature: %1").arg(m_serverSignature->toPlainText());
    lines += tr("Server key (SHA-256): %1").arg(m_serverKey->text());
    lines += tr("Verdict: %1").arg(m_verdict->text());
    return lines.join(u'\n');
}

} // namespace studio::ui
