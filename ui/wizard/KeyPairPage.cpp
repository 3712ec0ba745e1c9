// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/KeyPairPage.h"

#include "crypto/KeyGenerator.h"
#include "wizard/FlowController.h"

#include <QFontDatabase>
#include <QEvent>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace studio::ui {

namespace {
constexpr int KeyBits = 2048;
}

KeyPairPage::KeyPairPage(FlowController *controller, QWidget *parent)
    : QWizardPage(parent)
    , m_controller(controller)
{
    setObjectName(u"keyPairPage"_s);

    auto *layout = new QVBoxLayout(this);

    auto *actions = new QHBoxLayout;
    m_generateButton = new QPushButton(this);
    m_generateButton->setObjectName(u"generateKeyButton"_s);
    actions->addWidget(m_generateButton);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"keyProgress"_s);
    m_progress->setRange(0, 0); // busy indicator: RSA generation reports no progress
    m_progress->setTextVisible(false);
    m_progress->setMaximumWidth(200);
    actions->addWidget(m_progress);
    m_status = new QLabel(this);
    m_status->setObjectName(u"keyStatus"_s);
    m_status->setWordWrap(true);
    actions->addWidget(m_status, 1);
    layout->addLayout(actions);

    auto *form = new QFormLayout;
    m_fingerprint = new QLabel(this);
    m_fingerprint->setObjectName(u"fingerprintLabel"_s);
    m_fingerprint->setTextInteractionFlags(Qt::TextSelectableByMouse
                                           | Qt::TextSelectableByKeyboard);
    m_fingerprint->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_fingerprint->setWordWrap(true);
    m_fingerprintCaption = new QLabel(this);
    form->addRow(m_fingerprintCaption, m_fingerprint);
    layout->addLayout(form);

    m_pemLabel = new QLabel(this);
    layout->addWidget(m_pemLabel);
    m_publicKey = new QPlainTextEdit(this);
    m_publicKey->setObjectName(u"publicKeyView"_s);
    m_publicKey->setReadOnly(true);
    // Keyboard-selectable, so Tab and the label's mnemonic reach it; read-only alone is not.
    m_publicKey->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_publicKey->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_publicKey->setLineWrapMode(QPlainTextEdit::NoWrap);
    // Room for the nine lines of an RSA-2048 SPKI PEM and some slack, so the view needs no
    // scrolling.
    m_publicKey->setFixedHeight(m_publicKey->fontMetrics().lineSpacing() * 11
                                + 2 * m_publicKey->frameWidth()
                                + int(2 * m_publicKey->document()->documentMargin()));
    m_pemLabel->setBuddy(m_publicKey);
    layout->addWidget(m_publicKey);

    m_privateNote = new QLabel(this);
    m_privateNote->setWordWrap(true);
    layout->addWidget(m_privateNote);
    layout->addStretch();

    connect(m_generateButton, &QPushButton::clicked, this, &KeyPairPage::generate);

    retranslateUi();
}

void KeyPairPage::initializePage()
{
    // Only the first visit generates. Coming back keeps the key that the later steps used.
    if (m_key.isNull() && !m_generating)
        generate();

    // The Generate button is disabled while a key is made, and focus left on the wizard's
    // Cancel button would let Enter cancel the wizard. In the key view, Enter means Next.
    if (m_generating)
        m_publicKey->setFocus();
}

bool KeyPairPage::isComplete() const
{
    return !m_key.isNull() && !m_generating;
}

void KeyPairPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

void KeyPairPage::retranslateUi()
{
    setTitle(tr("Key pair"));
    setSubTitle(tr("An RSA-2048 key pair identifies this app to bunq. The public key goes to "
                   "the installation call, and the private key signs every later request."));

    m_generateButton->setToolTip(tr("Replaces the key pair. Steps that already ran with the old "
                                    "key run again."));
    m_progress->setAccessibleName(tr("Key generation in progress"));
    m_fingerprint->setAccessibleName(tr("Public key fingerprint"));
    //: SHA-256 fingerprint of the public key
    m_fingerprintCaption->setText(tr("SHA-256 fingerprint:"));
    m_pemLabel->setText(tr("P&ublic key (PEM):"));
    m_publicKey->setAccessibleName(tr("Public key in PEM format"));
    m_privateNote->setText(tr("The private key stays in this app and is never sent."));

    showKey();
    showStatus();
}

void KeyPairPage::generate()
{
    if (m_generating)
        return;

    m_generating = true;
    m_generationError.clear();
    showStatus();
    showKey();
    Q_EMIT completeChanged();

    // A watcher owned by the page rather than QFuture::then(this, …): Qt 6.4 asserts when the
    // context of then() is destroyed before the future finishes, as when the wizard closes
    // during generation. Destroying the watcher drops the result instead.
    auto *watcher = new QFutureWatcher<crypto::KeyPairResult>(this);
    connect(watcher, &QFutureWatcher<crypto::KeyPairResult>::finished, this, [this, watcher] {
        onGenerated(watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(crypto::generateKeyPairAsync(KeyBits));
}

void KeyPairPage::onGenerated(const Result<crypto::RsaKeyPair, QString> &result)
{
    m_generating = false;

    if (result.ok()) {
        m_key = result.value();
        m_controller->setKeyPair(m_key);
    } else {
        m_generationError = result.error();
    }

    showStatus();
    showKey();
    Q_EMIT completeChanged();
}

void KeyPairPage::showKey()
{
    m_progress->setVisible(m_generating);
    m_generateButton->setEnabled(!m_generating);
    m_generateButton->setText(m_key.isNull() ? tr("&Generate") : tr("&Generate again"));

    if (m_key.isNull()) {
        m_fingerprint->setText(m_generating ? tr("(generating…)") : tr("(no key yet)"));
        m_publicKey->clear();
        return;
    }

    const crypto::RsaPublicKey publicKey = m_key.publicKey();
    m_fingerprint->setText(crypto::formatFingerprint(publicKey.sha256Fingerprint()));
    m_publicKey->setPlainText(QString::fromLatin1(publicKey.toPem()));
}

void KeyPairPage::showStatus()
{
    if (m_generating) {
        m_status->setText(tr("Generating an RSA-%1 key pair…").arg(KeyBits));
    } else if (!m_generationError.isEmpty()) {
        // NOTE: the reason comes from OpenSSL through the crypto library and stays English.
        //: %1 is the reason from the crypto library, in English.
        m_status->setText(tr("Key generation failed: %1. Click Generate again to retry.")
                              .arg(m_generationError));
    } else if (!m_key.isNull()) {
        m_status->setText(tr("Key pair ready."));
    } else {
        m_status->clear();
    }
}

} // namespace studio::ui
