// SPDX-License-Identifier: GPL-3.0-or-later
#include "profiles/PassphraseDialog.h"

#include "platform/StatusColours.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace studio::ui {

namespace {

QLineEdit *createPassphraseEdit(const QString &objectName, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setEchoMode(QLineEdit::Password);
    // Keeps input methods from learning or suggesting the passphrase.
    edit->setInputMethodHints(Qt::ImhSensitiveData | Qt::ImhNoPredictiveText
                              | Qt::ImhNoAutoUppercase);
    return edit;
}

QLabel *createWrappingLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

PassphraseDialog::PassphraseDialog(Mode mode, const QString &secretsFile, QWidget *parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_secretsFile(secretsFile)
    , m_intro(createWrappingLabel(u"passphraseIntro"_s, this))
    , m_reasonLabel(createWrappingLabel(u"passphraseReason"_s, this))
    , m_passphraseCaption(new QLabel(this))
    , m_passphrase(createPassphraseEdit(u"passphraseEdit"_s, this))
    , m_confirmCaption(new QLabel(this))
    , m_confirm(createPassphraseEdit(u"confirmPassphraseEdit"_s, this))
    , m_show(new QCheckBox(this))
    , m_error(createWrappingLabel(u"passphraseError"_s, this))
    , m_busy(new QProgressBar(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(mode == Mode::Create ? u"createPassphraseDialog"_s
                                       : u"unlockPassphraseDialog"_s);
    setMinimumWidth(460);

    m_reasonLabel->setVisible(false);
    m_show->setObjectName(u"showPassphraseCheck"_s);
    setStatusColour(m_error, StatusColour::Error);
    m_error->setVisible(false);
    m_busy->setObjectName(u"passphraseProgress"_s);
    // A busy indicator: checking a passphrase takes as long as the key derivation does.
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumHeight(8);
    m_busy->setVisible(false);

    m_passphraseCaption->setBuddy(m_passphrase);
    m_confirmCaption->setBuddy(m_confirm);
    auto *form = new QFormLayout;
    form->addRow(m_passphraseCaption, m_passphrase);
    form->addRow(m_confirmCaption, m_confirm);
    form->addRow(QString(), m_show);
    if (mode == Mode::Unlock) {
        m_confirmCaption->setVisible(false);
        m_confirm->setVisible(false);
    }

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_reasonLabel);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_busy);
    layout->addStretch();
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &PassphraseDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_show, &QCheckBox::toggled, this, [this](bool shown) {
        const auto echo = shown ? QLineEdit::Normal : QLineEdit::Password;
        m_passphrase->setEchoMode(echo);
        m_confirm->setEchoMode(echo);
    });
    connect(m_passphrase, &QLineEdit::textChanged, this, &PassphraseDialog::updateOkButton);
    connect(m_confirm, &QLineEdit::textChanged, this, &PassphraseDialog::updateOkButton);

    retranslateUi();
    updateOkButton();
    m_passphrase->setFocus();
}

void PassphraseDialog::setReason(const QString &reason)
{
    m_reason = reason;
    retranslateUi();
}

void PassphraseDialog::showError(const QString &message)
{
    showProblem(message);
    m_passphrase->clear();
    m_confirm->clear();
    m_passphrase->setFocus();
}

void PassphraseDialog::showProblem(const QString &message)
{
    setBusy(false);
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

QString PassphraseDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void PassphraseDialog::finish()
{
    setBusy(false);
    m_passphrase->clear();
    m_confirm->clear();
    QDialog::accept();
}

void PassphraseDialog::accept()
{
    const QString passphrase = m_passphrase->text();
    if (passphrase.isEmpty())
        return;

    if (m_mode == Mode::Create) {
        if (passphrase.size() < minimumLength) {
            //: %1 is the minimum number of characters.
            showProblem(tr("The passphrase is too short: use at least %1 characters.")
                            .arg(minimumLength));
            return;
        }
        if (passphrase != m_confirm->text()) {
            m_confirm->clear();
            showProblem(tr("The two passphrases differ. Type the same passphrase in both "
                           "fields."));
            m_confirm->setFocus();
            return;
        }
    }

    m_error->setVisible(false);
    setBusy(true);
    Q_EMIT passphraseEntered(passphrase);
}

void PassphraseDialog::setBusy(bool busy)
{
    m_busy->setVisible(busy);
    m_passphrase->setEnabled(!busy);
    m_confirm->setEnabled(!busy);
    m_show->setEnabled(!busy);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy);
    if (!busy)
        updateOkButton();
}

void PassphraseDialog::updateOkButton()
{
    const bool filled = !m_passphrase->text().isEmpty()
        && (m_mode == Mode::Unlock || !m_confirm->text().isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(filled && m_passphrase->isEnabled());
}

void PassphraseDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void PassphraseDialog::retranslateUi()
{
    if (m_mode == Mode::Create) {
        setWindowTitle(tr("Set a Passphrase for Your Secrets"));
        //: %1 is the path of the encrypted file.
        m_intro->setText(
            tr("The API keys, private keys and tokens of your profiles will be kept in %1, "
               "encrypted with this passphrase. The app asks for it once per start. It cannot "
               "be recovered: without it, the secrets in the file are lost and the profiles "
               "need a new onboarding.")
                .arg(m_secretsFile));
        m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Set Passphrase"));
    } else {
        setWindowTitle(tr("Unlock Your Secrets"));
        //: %1 is the path of the encrypted file.
        m_intro->setText(tr("The API keys, private keys and tokens of your profiles are kept "
                            "in %1, encrypted with your passphrase. Enter it to continue.")
                             .arg(m_secretsFile));
        m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Unlock"));
    }

    //: %1 explains why the desktop's secret service cannot be used.
    m_reasonLabel->setText(
        tr("The desktop's secret service is not used: %1").arg(m_reason));
    m_reasonLabel->setVisible(!m_reason.isEmpty());

    m_passphraseCaption->setText(tr("&Passphrase:"));
    m_confirmCaption->setText(tr("&Repeat passphrase:"));
    m_show->setText(tr("S&how characters"));
    m_passphrase->setAccessibleName(tr("Passphrase"));
    m_confirm->setAccessibleName(tr("Repeat passphrase"));
}

} // namespace studio::ui
