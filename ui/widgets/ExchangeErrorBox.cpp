// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/ExchangeErrorBox.h"

#include "diagnostics/ErrorExplainer.h"
#include "platform/StatusColours.h"
#include "widgets/ExchangeFormat.h"
#include "widgets/ViewHelpers.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace studio::ui {

namespace {

QLabel *createSelectableLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

QString titleFor(const api::ApiError &error, const api::ApiExchange &exchange)
{
    const QString status = statusText(exchange);
    switch (error.kind) {
    case api::ApiError::Kind::Http:
    case api::ApiError::Kind::RateLimit:
        //: %1 is the HTTP status with its reason phrase, e.g. "400 Bad Request".
        return ExchangeErrorBox::tr("The call failed with HTTP %1.").arg(status);
    case api::ApiError::Kind::Signature:
        //: %1 is the HTTP status, e.g. "200 OK".
        return ExchangeErrorBox::tr("HTTP %1 arrived, but the server signature did not check out.")
            .arg(status);
    case api::ApiError::Kind::Envelope:
        return ExchangeErrorBox::tr(
                   "HTTP %1 arrived, but the body is not the Response envelope bunq sends.")
            .arg(status);
    case api::ApiError::Kind::Timeout:
        return ExchangeErrorBox::tr("The call timed out before a complete response arrived.");
    case api::ApiError::Kind::Tls:
        return ExchangeErrorBox::tr("The secure connection failed.");
    case api::ApiError::Kind::Usage:
        return ExchangeErrorBox::tr("The call could not be made.");
    case api::ApiError::Kind::Network:
        break;
    }
    return ExchangeErrorBox::tr("The call failed: no response arrived.");
}

} // namespace

ExchangeErrorBox::ExchangeErrorBox(QWidget *parent)
    : QFrame(parent)
    , m_title(createSelectableLabel(this))
    , m_descriptions(createSelectableLabel(this))
    , m_detail(createSelectableLabel(this))
    , m_responseIdCaption(new QLabel(this))
    , m_responseId(new QLineEdit(this))
    , m_copyResponseId(createCopyButton(QString(), this))
    , m_verdict(createSelectableLabel(this))
    , m_explanationSeparator(new QFrame(this))
    , m_explanation(createSelectableLabel(this))
    , m_nextStep(createSelectableLabel(this))
{
    setObjectName(u"exchangeError"_s);
    setFrameShape(QFrame::StyledPanel);
    setErrorPanelColours(this);

    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    m_descriptions->setObjectName(u"errorDescriptions"_s);
    m_responseId->setObjectName(u"responseIdText"_s);
    m_responseId->setReadOnly(true);
    m_responseId->setFont(monospaceFont());
    m_responseIdCaption->setBuddy(m_responseId);
    m_copyResponseId->setObjectName(u"copyResponseIdButton"_s);
    m_verdict->setObjectName(u"errorVerdict"_s);
    m_explanationSeparator->setFrameShape(QFrame::HLine);
    m_explanationSeparator->setFrameShadow(QFrame::Sunken);
    m_explanation->setObjectName(u"errorExplanation"_s);
    m_nextStep->setObjectName(u"errorNextStep"_s);

    auto *layout = new QGridLayout(this);
    layout->addWidget(m_title, 0, 0, 1, 3);
    layout->addWidget(m_descriptions, 1, 0, 1, 3);
    layout->addWidget(m_detail, 2, 0, 1, 3);
    layout->addWidget(m_responseIdCaption, 3, 0);
    layout->addWidget(m_responseId, 3, 1);
    layout->addWidget(m_copyResponseId, 3, 2);
    layout->addWidget(m_verdict, 4, 0, 1, 3);
    layout->addWidget(m_explanationSeparator, 5, 0, 1, 3);
    layout->addWidget(m_explanation, 6, 0, 1, 3);
    layout->addWidget(m_nextStep, 7, 0, 1, 3);
    layout->setColumnStretch(1, 1);

    connect(m_copyResponseId, &QToolButton::clicked, this,
            [this] { copyToClipboard(m_responseId->text()); });

    retranslateUi();
}

void ExchangeErrorBox::setError(const api::ApiError &error, const api::ApiExchange &exchange)
{
    m_error = error;
    m_exchange = exchange;
    showError();
}

void ExchangeErrorBox::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        showError();
    }
    QFrame::changeEvent(event);
}

void ExchangeErrorBox::retranslateUi()
{
    m_responseIdCaption->setText(tr("Res&ponse id:"));
    m_responseId->setAccessibleName(tr("Response id"));
    retranslateCopyButton(m_copyResponseId, tr("Copy response id"));
    m_copyResponseId->setToolTip(tr("Copy the response id, for bunq support"));
}

void ExchangeErrorBox::showError()
{
    const api::ApiError &error = m_error;
    const api::ApiExchange &exchange = m_exchange;
    m_title->setText(titleFor(error, exchange));

    // bunq's text first and as sent; the translated text follows only where it adds something.
    QStringList lines;
    for (qsizetype i = 0; i < error.descriptions.size(); ++i) {
        lines += error.descriptions.at(i);
        const QString translated = error.translatedDescriptions.value(i);
        if (!translated.isEmpty() && translated != error.descriptions.at(i))
            //: %1 is bunq's error text in the requested language.
            lines += tr("(translated: %1)").arg(translated);
    }
    m_descriptions->setText(lines.join(u'\n'));
    m_descriptions->setVisible(!lines.isEmpty());

    // NOTE: core words the detail when the call fails, so after a language switch it stays in
    // the language of that moment until the call runs again.
    m_detail->setText(error.detail);
    m_detail->setVisible(!error.detail.isEmpty());

    const bool hasResponseId = !error.responseId.isEmpty();
    m_responseId->setText(QString::fromLatin1(error.responseId));
    m_responseId->setCursorPosition(0);
    m_responseIdCaption->setVisible(hasResponseId);
    m_responseId->setVisible(hasResponseId);
    m_copyResponseId->setVisible(hasResponseId);

    //: %1 is the server signature verdict, e.g. "server signature valid".
    m_verdict->setText(tr("Signature check: %1")
                           .arg(api::signatureVerdictText(exchange.serverSignature)));
    m_verdict->setVisible(exchange.status != 0);

    // The explanation comes last, so bunq's own text and the response id are read first.
    const diagnostics::Explanation explanation = diagnostics::explainError(error, exchange);
    const bool explained = !explanation.isEmpty();
    //: %1 explains in plain words why the call failed.
    m_explanation->setText(explained ? tr("Why: %1").arg(explanation.explanation) : QString());
    //: %1 is the next step after a failed call.
    m_nextStep->setText(explained ? tr("What to do: %1").arg(explanation.nextStep) : QString());
    m_explanationSeparator->setVisible(explained);
    m_explanation->setVisible(explained);
    m_nextStep->setVisible(explained);
}

QString ExchangeErrorBox::plainText() const
{
    QStringList lines{m_title->text()};
    if (!m_descriptions->text().isEmpty())
        lines += m_descriptions->text();
    if (!m_detail->text().isEmpty())
        lines += m_detail->text();
    if (!m_responseId->text().isEmpty())
        // The caption carries a mnemonic marker, which has no place in copied text.
        lines += QString(m_responseIdCaption->text()).remove(u'&') + u' ' + m_responseId->text();
    if (!m_verdict->isHidden())
        lines += m_verdict->text();
    if (!m_explanation->text().isEmpty())
        lines += m_explanation->text();
    if (!m_nextStep->text().isEmpty())
        lines += m_nextStep->text();
    return lines.join(u'\n');
}

} // namespace studio::ui
