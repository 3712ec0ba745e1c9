// SPDX-License-Identifier: GPL-3.0-or-later
#include "profiles/SaveProfileDialog.h"

#include "platform/StatusColours.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace studio::ui {

SaveProfileDialog::SaveProfileDialog(const QString &defaultName, const QString &secretBackend,
                                     QWidget *parent)
    : QDialog(parent)
    , m_secretBackend(secretBackend)
    , m_intro(new QLabel(this))
    , m_caption(new QLabel(this))
    , m_name(new QLineEdit(this))
    , m_error(new QLabel(this))
    , m_busy(new QProgressBar(this))
    , m_buttons(new QDialogButtonBox(this))
{
    setObjectName(u"saveProfileDialog"_s);
    setMinimumWidth(460);

    m_intro->setObjectName(u"saveProfileIntro"_s);
    m_intro->setWordWrap(true);
    m_name->setObjectName(u"profileNameEdit"_s);
    m_name->setText(defaultName);
    m_name->selectAll();
    m_name->setClearButtonEnabled(true);
    m_caption->setBuddy(m_name);
    m_error->setObjectName(u"saveProfileError"_s);
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setStatusColour(m_error, StatusColour::Error);
    m_error->setVisible(false);
    m_busy->setObjectName(u"saveProfileProgress"_s);
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumHeight(8);
    m_busy->setVisible(false);

    m_save = m_buttons->addButton(QDialogButtonBox::Save);
    m_save->setObjectName(u"saveButton"_s);
    m_dontSave = m_buttons->addButton(QDialogButtonBox::Discard);
    m_dontSave->setObjectName(u"dontSaveButton"_s);

    auto *row = new QHBoxLayout;
    row->addWidget(m_caption);
    row->addWidget(m_name, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(row);
    layout->addWidget(m_error);
    layout->addWidget(m_busy);
    layout->addStretch();
    layout->addWidget(m_buttons);

    connect(m_save, &QPushButton::clicked, this, &SaveProfileDialog::accept);
    connect(m_dontSave, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this,
            [this] { m_save->setEnabled(!name().isEmpty() && m_busy->isHidden()); });

    retranslateUi();
    m_name->setFocus();
}

QString SaveProfileDialog::name() const
{
    return m_name->text().trimmed();
}

void SaveProfileDialog::setSecretBackend(const QString &secretBackend)
{
    m_secretBackend = secretBackend;
    retranslateUi();
}

void SaveProfileDialog::showError(const QString &message)
{
    setBusy(false);
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

QString SaveProfileDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void SaveProfileDialog::finish()
{
    setBusy(false);
    QDialog::accept();
}

void SaveProfileDialog::accept()
{
    if (name().isEmpty() || !m_busy->isHidden())
        return;
    m_error->setVisible(false);
    setBusy(true);
    Q_EMIT saveRequested(name());
}

void SaveProfileDialog::setBusy(bool busy)
{
    m_busy->setVisible(busy);
    m_name->setEnabled(!busy);
    m_save->setEnabled(!busy && !name().isEmpty());
    m_dontSave->setEnabled(!busy);
}

void SaveProfileDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void SaveProfileDialog::retranslateUi()
{
    setWindowTitle(tr("Save as Profile"));
    QString intro = tr("The session is open. Save it as a profile to open it again after a "
                       "restart without another onboarding: the environment, user, device and "
                       "session are kept.");
    if (!m_secretBackend.isEmpty()) {
        //: %1 where secrets are kept, such as "Secret service".
        intro += u' ' + tr("The API key, private key and tokens go to: %1.").arg(m_secretBackend);
    }
    m_intro->setText(intro);
    m_caption->setText(tr("Profile &name:"));
    m_save->setText(tr("&Save Profile"));
    m_dontSave->setText(tr("&Don't Save"));
}

} // namespace studio::ui
