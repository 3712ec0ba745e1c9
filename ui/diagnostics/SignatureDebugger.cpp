// SPDX-License-Identifier: GPL-3.0-or-later
#include "diagnostics/SignatureDebugger.h"

#include "api/Redaction.h"
#include "diagnostics/SignatureDiagnosis.h"
#include "platform/StatusColours.h"
#include "widgets/ExchangeFormat.h"
#include "widgets/ViewHelpers.h"

#include <QCheckBox>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace studio::ui {

namespace {

using diagnostics::CauseVerdict;
using diagnostics::LocalCheck;
using diagnostics::SignedMessage;

// Laying out a body of several megabytes blocks the window for seconds, so the views show the
// start of a large body. A hex dump has about five characters per byte, hence its lower limit.
constexpr qsizetype maxTextBytes = 256 * 1024;
constexpr qsizetype maxHexBytes = 64 * 1024;
constexpr int causeIconSize = 16;
// The bytes view grows with its text between these numbers of lines, and scrolls beyond.
constexpr int minBytesLines = 2;
constexpr int maxBytesLines = 12;

QLabel *createValueLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

StatusColour colourFor(LocalCheck check)
{
    switch (check) {
    case LocalCheck::Valid:
        return StatusColour::Success;
    case LocalCheck::Invalid:
        return StatusColour::Error;
    case LocalCheck::NoSignature:
    case LocalCheck::NoKey:
        break;
    }
    return StatusColour::Warning;
}

QStyle::StandardPixmap iconFor(CauseVerdict verdict)
{
    switch (verdict) {
    case CauseVerdict::RuledIn:
        return QStyle::SP_MessageBoxCritical;
    case CauseVerdict::RuledOut:
        return QStyle::SP_DialogApplyButton;
    case CauseVerdict::Unknown:
        break;
    }
    return QStyle::SP_MessageBoxQuestion;
}

QString firstErrorDescription(const QByteArray &body)
{
    const QJsonArray entries = QJsonDocument::fromJson(body).object().value(u"Error"_s).toArray();
    return entries.first().toObject().value(u"error_description"_s).toString();
}

// The widgets of one signed message, the request or the response.
struct Section
{
    enum class Side
    {
        Request,
        Response
    };

    Side side = Side::Request;
    QGroupBox *group = nullptr;
    QLabel *outcome = nullptr;
    QLabel *bytesCaption = nullptr;
    QPlainTextEdit *bytes = nullptr;
    QCheckBox *hexToggle = nullptr;
    QLabel *byteCount = nullptr;
    QLabel *bytesNote = nullptr;
    QToolButton *copyBytes = nullptr;
    QLabel *signatureCaption = nullptr;
    QLineEdit *signature = nullptr;
    QToolButton *copySignature = nullptr;
    QLabel *keyCaption = nullptr;
    QLabel *key = nullptr;
    QLabel *checkCaption = nullptr;
    QLabel *check = nullptr;
    QLabel *installationCheckCaption = nullptr;
    QLabel *installationCheck = nullptr;
    QLabel *causesCaption = nullptr;
    QToolButton *copyCauses = nullptr;
    QWidget *causes = nullptr;
    QGridLayout *causesLayout = nullptr;

    // The bytes as shown, with secrets masked unless revealed.
    QByteArray shownBytes;
    QString shownCausesText;
    bool hexChosenByUser = false;

    void build(Side sectionSide, QWidget *parent);
    void retranslate();
    void show(const SignedMessage &message, const QByteArray &displayBytes, bool masked);
    void showBytes();
    void showCauses(const SignedMessage &message);
    QString causesText(const SignedMessage &message) const;
    void clear();
};

void Section::build(Side sectionSide, QWidget *parent)
{
    side = sectionSide;
    const QString prefix = side == Side::Request ? u"request"_s : u"response"_s;
    group = new QGroupBox(parent);
    group->setObjectName(prefix + u"SignatureGroup"_s);

    outcome = createValueLabel(group);
    outcome->setObjectName(prefix + u"SignatureOutcome"_s);

    bytes = createBodyView(group);
    bytes->setObjectName(prefix + u"SignedBytes"_s);
    hexToggle = new QCheckBox(group);
    hexToggle->setObjectName(prefix + u"HexToggle"_s);
    byteCount = createValueLabel(group);
    byteCount->setObjectName(prefix + u"ByteCount"_s);
    bytesNote = createValueLabel(group);
    bytesNote->setObjectName(prefix + u"BytesNote"_s);
    copyBytes = createCopyButton(QString(), group);
    bytesCaption = new QLabel(group);
    bytesCaption->setBuddy(bytes);

    signature = new QLineEdit(group);
    signature->setObjectName(prefix + u"Signature"_s);
    signature->setReadOnly(true);
    signature->setFont(monospaceFont());
    copySignature = createCopyButton(QString(), group);
    signatureCaption = new QLabel(group);
    signatureCaption->setBuddy(signature);

    key = createValueLabel(group);
    key->setObjectName(prefix + u"KeyFingerprint"_s);
    key->setFont(monospaceFont());
    keyCaption = new QLabel(group);

    check = createValueLabel(group);
    check->setObjectName(prefix + u"LocalCheck"_s);
    checkCaption = new QLabel(group);
    installationCheck = createValueLabel(group);
    installationCheck->setObjectName(prefix + u"InstallationCheck"_s);
    installationCheckCaption = new QLabel(group);

    causes = new QWidget(group);
    causes->setObjectName(prefix + u"Causes"_s);
    causesLayout = new QGridLayout(causes);
    causesLayout->setContentsMargins(0, 0, 0, 0);
    causesLayout->setColumnStretch(1, 1);
    causesCaption = new QLabel(group);
    copyCauses = createCopyButton(QString(), group);
    QFont bold = causesCaption->font();
    bold.setBold(true);
    causesCaption->setFont(bold);

    auto *bytesTools = new QHBoxLayout;
    bytesTools->addWidget(byteCount);
    bytesTools->addStretch();
    bytesTools->addWidget(hexToggle);
    bytesTools->addWidget(copyBytes);
    auto *bytesColumn = new QVBoxLayout;
    bytesColumn->addLayout(bytesTools);
    bytesColumn->addWidget(bytes);
    bytesColumn->addWidget(bytesNote);

    auto *signatureRow = new QHBoxLayout;
    signatureRow->addWidget(signature, 1);
    signatureRow->addWidget(copySignature);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(bytesCaption, bytesColumn);
    form->addRow(signatureCaption, signatureRow);
    form->addRow(keyCaption, key);
    form->addRow(checkCaption, check);
    form->addRow(installationCheckCaption, installationCheck);

    auto *layout = new QVBoxLayout(group);
    layout->addWidget(outcome);
    layout->addLayout(form);
    auto *causesHeading = new QHBoxLayout;
    causesHeading->addWidget(causesCaption, 1);
    causesHeading->addWidget(copyCauses);
    layout->addLayout(causesHeading);
    layout->addWidget(causes);

    // The view comes after the controls above it, as on screen.
    QWidget::setTabOrder(hexToggle, copyBytes);
    QWidget::setTabOrder(copyBytes, bytes);
    QWidget::setTabOrder(bytes, signature);
    QWidget::setTabOrder(signature, copySignature);

    QObject::connect(hexToggle, &QCheckBox::toggled, group, [this](bool) {
        hexChosenByUser = true;
        showBytes();
    });
    QObject::connect(copyBytes, &QToolButton::clicked, group,
                     [this] { copyToClipboard(bytes->toPlainText()); });
    QObject::connect(copySignature, &QToolButton::clicked, group,
                     [this] { copyToClipboard(signature->text()); });
    QObject::connect(copyCauses, &QToolButton::clicked, group,
                     [this] { copyToClipboard(shownCausesText); });
}

void Section::retranslate()
{
    if (side == Side::Request) {
        group->setTitle(SignatureDebugger::tr("Request signature"));
        bytesCaption->setText(SignatureDebugger::tr("Bytes signed:"));
        //: Shows the signed request bytes as a hex dump instead of text.
        hexToggle->setText(SignatureDebugger::tr("Show as hex"));
        hexToggle->setAccessibleName(SignatureDebugger::tr("Show the signed bytes as hex"));
        retranslateCopyButton(copyBytes, SignatureDebugger::tr("Copy the signed bytes"));
        signatureCaption->setText(SignatureDebugger::tr("X-Bunq-Client-Signature:"));
        retranslateCopyButton(copySignature, SignatureDebugger::tr("Copy the request signature"));
        keyCaption->setText(SignatureDebugger::tr("Signing key:"));
        checkCaption->setText(SignatureDebugger::tr("Checked here:"));
        installationCheckCaption->setText(SignatureDebugger::tr("With the installation's key:"));
        causesCaption->setText(SignatureDebugger::tr("Why bunq may have rejected it"));
        retranslateCopyButton(copyCauses, SignatureDebugger::tr("Copy the causes"));
    } else {
        group->setTitle(SignatureDebugger::tr("Response signature"));
        bytesCaption->setText(SignatureDebugger::tr("Body verified:"));
        //: Shows the response body as a hex dump instead of text.
        hexToggle->setText(SignatureDebugger::tr("Show as hex"));
        hexToggle->setAccessibleName(SignatureDebugger::tr("Show the response body as hex"));
        retranslateCopyButton(copyBytes, SignatureDebugger::tr("Copy the response body"));
        signatureCaption->setText(SignatureDebugger::tr("X-Bunq-Server-Signature:"));
        retranslateCopyButton(copySignature, SignatureDebugger::tr("Copy the response signature"));
        keyCaption->setText(SignatureDebugger::tr("Server key:"));
        checkCaption->setText(SignatureDebugger::tr("Checked here:"));
        installationCheckCaption->setText(QString());
        causesCaption->setText(SignatureDebugger::tr("Why the signature does not verify"));
        retranslateCopyButton(copyCauses, SignatureDebugger::tr("Copy the causes"));
    }
}

void Section::show(const SignedMessage &message, const QByteArray &displayBytes, bool masked)
{
    shownBytes = displayBytes;
    byteCount->setText(byteCountText(message.signedBytes.size()));
    if (side == Side::Response)
        bytes->setPlaceholderText(SignatureDebugger::tr("The response body is empty."));
    else if (message.signature.isEmpty())
        bytes->setPlaceholderText(SignatureDebugger::tr("Nothing: the request was not signed."));
    else
        bytes->setPlaceholderText(
            SignatureDebugger::tr("No bytes: the signature covers an empty body."));
    if (!hexChosenByUser) {
        // Carriage returns and non-ASCII bytes look alike in a text view, so they switch to hex
        // by themselves; a choice the user made stays.
        const QSignalBlocker blocker(hexToggle);
        hexToggle->setChecked(diagnostics::needsHexView(message.signedBytes));
    }
    showBytes();

    QStringList notes;
    if (diagnostics::needsHexView(message.signedBytes)) {
        notes << SignatureDebugger::tr("These bytes contain carriage returns, non-ASCII bytes or "
                                       "control characters, which only the hex view shows "
                                       "exactly.");
    }
    if (masked) {
        notes << SignatureDebugger::tr("The API key is masked here; reveal secrets to see the "
                                       "exact bytes. The checks ran over the real bytes.");
    }
    bytesNote->setText(notes.join(u' '));
    bytesNote->setVisible(!notes.isEmpty());

    signature->setText(QString::fromLatin1(message.signature));
    signature->setCursorPosition(0);
    key->setText(message.keyFingerprint.isEmpty() ? SignatureDebugger::tr("not known")
                                                  : twoLineFingerprint(message.keyFingerprint));

    check->setText(diagnostics::localCheckText(message.localCheck));
    setStatusColour(check, colourFor(message.localCheck));
    const bool showInstallationCheck =
        side == Side::Request && message.installationCheck != LocalCheck::NoKey;
    installationCheck->setText(diagnostics::localCheckText(message.installationCheck));
    setStatusColour(installationCheck, colourFor(message.installationCheck));
    installationCheck->setVisible(showInstallationCheck);
    installationCheckCaption->setVisible(showInstallationCheck);

    showCauses(message);
}

void Section::showBytes()
{
    const bool hex = hexToggle->isChecked();
    const qsizetype limit = hex ? maxHexBytes : maxTextBytes;
    const QByteArray start = shownBytes.left(limit);
    QString text = hex ? diagnostics::hexDump(start) : QString::fromUtf8(start);
    if (shownBytes.size() > limit) {
        //: %1 is the number of bytes shown, %2 the total.
        text +=
            u'\n' +
            SignatureDebugger::tr("(first %1 of %2 bytes shown)").arg(limit).arg(shownBytes.size());
    }
    bytes->setPlainText(text);

    // Room for the text's lines and a horizontal scroll bar, so a one-line body takes little
    // space and a long one scrolls.
    const int lines = qBound(minBytesLines, int(text.count(u'\n')) + 1, maxBytesLines);
    // The document lays lines out slightly taller than the font's line spacing, so half a line
    // more keeps the vertical scroll bar away from a text that fits.
    const int lineSpacing = bytes->fontMetrics().lineSpacing();
    const int margins = 2 * bytes->frameWidth() + int(2 * bytes->document()->documentMargin());
    bytes->setFixedHeight(lineSpacing * lines + lineSpacing / 2 + margins +
                          bytes->horizontalScrollBar()->sizeHint().height());
}

void Section::showCauses(const SignedMessage &message)
{
    while (QLayoutItem *item = causesLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }

    const bool shown = message.rejected && !message.causes.isEmpty();
    shownCausesText = causesText(message);
    causesCaption->setVisible(shown);
    copyCauses->setVisible(shown);
    causes->setVisible(shown);
    if (!shown)
        return;

    int row = 0;
    for (const diagnostics::CauseFinding &finding : message.causes) {
        auto *icon = new QLabel(causes);
        icon->setPixmap(causes->style()
                            ->standardIcon(iconFor(finding.verdict))
                            .pixmap(causeIconSize, causeIconSize));
        icon->setAlignment(Qt::AlignTop | Qt::AlignHCenter);

        auto *title = createValueLabel(causes);
        const QString cause = diagnostics::causeTitle(finding.cause, side == Side::Response);
        const QString verdict = diagnostics::causeVerdictText(finding.verdict);
        //: %1 is a cause such as "CRLF conversion", %2 "ruled in", "ruled out" or "undecided".
        title->setText(SignatureDebugger::tr("%1: %2").arg(cause, verdict));
        QFont font = title->font();
        font.setBold(finding.verdict == CauseVerdict::RuledIn);
        title->setFont(font);
        if (finding.verdict == CauseVerdict::RuledIn)
            setStatusColour(title, StatusColour::Error);

        auto *reason = createValueLabel(causes);
        reason->setText(finding.reason);

        // Keyboard-selectable text would make a Tab stop of every row. The mouse selects one,
        // and the Copy button beside the heading copies them all.
        title->setTextInteractionFlags(Qt::TextSelectableByMouse);
        reason->setTextInteractionFlags(Qt::TextSelectableByMouse);

        causesLayout->addWidget(icon, row, 0, 2, 1);
        causesLayout->addWidget(title, row, 1);
        causesLayout->addWidget(reason, row + 1, 1);
        row += 2;
    }
}

QString Section::causesText(const SignedMessage &message) const
{
    if (!message.rejected || message.causes.isEmpty())
        return {};

    QStringList lines{group->title()};
    for (const diagnostics::CauseFinding &finding : message.causes) {
        const QString cause = diagnostics::causeTitle(finding.cause, side == Side::Response);
        lines << u"[%1] %2: %3"_s.arg(diagnostics::causeVerdictText(finding.verdict), cause,
                                      finding.reason);
    }
    return lines.join(u'\n');
}

void Section::clear()
{
    shownBytes.clear();
    hexChosenByUser = false;
    {
        const QSignalBlocker blocker(hexToggle);
        hexToggle->setChecked(false);
    }
    bytes->clear();
    byteCount->clear();
    bytesNote->hide();
    signature->clear();
    key->clear();
    check->clear();
    installationCheck->hide();
    installationCheckCaption->hide();
    outcome->clear();
    showCauses({});
}

} // namespace

struct SignatureDebugger::Private
{
    api::ApiExchange exchange;
    crypto::RsaPublicKey clientKey;
    crypto::RsaPublicKey serverKey;
    crypto::RsaPublicKey installationKey;
    bool hasExchange = false;
    bool revealed = false;
    diagnostics::SignatureDiagnosis diagnosis;

    QLabel *placeholder = nullptr;
    QWidget *content = nullptr;
    Section request;
    Section response;
};

SignatureDebugger::SignatureDebugger(QWidget *parent)
    : QWidget(parent)
    , d(std::make_unique<Private>())
{
    setObjectName(u"signatureDebugger"_s);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    d->content = new QWidget(scroll);
    auto *contentLayout = new QVBoxLayout(d->content);
    d->placeholder = createValueLabel(d->content);
    d->placeholder->setObjectName(u"signatureDebuggerPlaceholder"_s);
    contentLayout->addWidget(d->placeholder);
    d->request.build(Section::Side::Request, d->content);
    d->response.build(Section::Side::Response, d->content);
    contentLayout->addWidget(d->request.group);
    contentLayout->addWidget(d->response.group);
    contentLayout->addStretch();
    scroll->setWidget(d->content);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    retranslateUi();
    clear();
}

SignatureDebugger::~SignatureDebugger() = default;

void SignatureDebugger::setExchange(const api::ApiExchange &exchange,
                                    const crypto::RsaPublicKey &clientPublicKey,
                                    const crypto::RsaPublicKey &serverKey)
{
    d->exchange = exchange;
    d->clientKey = clientPublicKey;
    d->serverKey = serverKey;
    d->hasExchange = true;
    d->request.hexChosenByUser = false;
    d->response.hexChosenByUser = false;
    rediagnose();
}

void SignatureDebugger::setInstallationKey(const crypto::RsaPublicKey &registeredKey)
{
    d->installationKey = registeredKey;
    if (d->hasExchange)
        rediagnose();
}

void SignatureDebugger::clear()
{
    d->exchange = {};
    d->clientKey = {};
    d->serverKey = {};
    d->installationKey = {};
    d->hasExchange = false;
    d->diagnosis = {};
    d->request.clear();
    d->response.clear();
    d->request.group->hide();
    d->response.group->hide();
    d->placeholder->show();
}

void SignatureDebugger::setSecretsRevealed(bool revealed)
{
    if (d->revealed == revealed)
        return;
    d->revealed = revealed;
    if (d->hasExchange)
        showDiagnosis();
}

bool SignatureDebugger::secretsRevealed() const
{
    return d->revealed;
}

QString SignatureDebugger::causesText() const
{
    QStringList parts;
    const QString request = d->request.causesText(d->diagnosis.request);
    if (!request.isEmpty())
        parts << request;
    const QString response = d->response.causesText(d->diagnosis.response);
    if (!response.isEmpty())
        parts << response;
    return parts.join(u'\n');
}

void SignatureDebugger::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        // The diagnosis words its reasons when it runs, so it runs again in the new language.
        if (d->hasExchange)
            rediagnose();
    }
    QWidget::changeEvent(event);
}

void SignatureDebugger::retranslateUi()
{
    d->placeholder->setText(tr("No call made yet."));
    d->request.retranslate();
    d->response.retranslate();
}

void SignatureDebugger::rediagnose()
{
    diagnostics::DiagnosisKeys keys;
    keys.clientKey = d->clientKey;
    keys.installationKey = d->installationKey.isNull() ? d->clientKey : d->installationKey;
    keys.serverKey = d->serverKey;
    d->diagnosis = diagnostics::diagnoseSignatures(d->exchange, keys);
    showDiagnosis();
}

void SignatureDebugger::showDiagnosis()
{
    const api::ApiExchange &exchange = d->exchange;
    d->placeholder->hide();
    d->request.group->show();
    d->response.group->show();

    const QByteArray requestBytes = d->revealed
                                        ? d->diagnosis.request.signedBytes
                                        : api::redactJsonBody(d->diagnosis.request.signedBytes);
    d->request.show(d->diagnosis.request, requestBytes,
                    requestBytes != d->diagnosis.request.signedBytes);
    d->request.outcome->setText(requestOutcomeText());
    setStatusColour(d->request.outcome,
                    d->diagnosis.request.rejected ? StatusColour::Error : StatusColour::Normal);

    // Response bodies carry tokens (installation, session), so they are masked the same way.
    const QByteArray responseBytes = d->revealed
                                         ? d->diagnosis.response.signedBytes
                                         : api::redactJsonBody(d->diagnosis.response.signedBytes);
    d->response.show(d->diagnosis.response, responseBytes,
                     responseBytes != d->diagnosis.response.signedBytes);
    d->response.outcome->setText(responseOutcomeText());
    const bool responseValid = d->diagnosis.response.localCheck == LocalCheck::Valid;
    setStatusColour(d->response.outcome,
                    d->diagnosis.response.rejected
                        ? StatusColour::Error
                        : (responseValid ? StatusColour::Success : StatusColour::Normal));
    d->response.group->setVisible(exchange.status != 0);
}

QString SignatureDebugger::requestOutcomeText() const
{
    const api::ApiExchange &exchange = d->exchange;
    const SignedMessage &request = d->diagnosis.request;
    if (request.rejected) {
        const QString description = firstErrorDescription(exchange.responseBody);
        if (description.isEmpty()) {
            //: %1 is the HTTP status.
            return tr("bunq rejected the request signature with HTTP %1. The usual causes below "
                      "were checked here.")
                .arg(exchange.status);
        }
        //: %1 is the HTTP status, %2 bunq's error text as sent.
        return tr("bunq rejected the request signature with HTTP %1, \"%2\" The usual causes "
                  "below were checked here.")
            .arg(exchange.status)
            .arg(description);
    }
    if (request.signature.isEmpty())
        return tr("The request was not signed.");
    if (exchange.status == 0)
        return tr("No response arrived, so bunq's verdict on the signature is not known.");
    //: %1 is the HTTP status.
    return tr("bunq did not object to the signature (HTTP %1). It checks signatures only on "
              "some calls, such as session-server and payments.")
        .arg(exchange.status);
}

QString SignatureDebugger::responseOutcomeText() const
{
    const SignedMessage &response = d->diagnosis.response;
    if (response.rejected) {
        return response.signature.isEmpty()
                   ? tr("The response carries no server signature.")
                   : tr("The server signature does not verify with the server key.");
    }
    switch (response.localCheck) {
    case LocalCheck::Valid:
        return tr("The server signature is valid.");
    case LocalCheck::NoKey:
        return tr("The server signature was not checked: no server key is known for this "
                  "call.");
    case LocalCheck::NoSignature:
        return tr("The response carries no server signature, and none was expected.");
    case LocalCheck::Invalid:
        break;
    }
    return tr("The server signature does not verify with the server key.");
}

} // namespace studio::ui
