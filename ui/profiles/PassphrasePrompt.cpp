// SPDX-License-Identifier: GPL-3.0-or-later
#include "profiles/PassphrasePrompt.h"

#include "profiles/PassphraseDialog.h"
#include "profiles/ProfileManager.h"

namespace studio::ui {

PassphrasePrompt::PassphrasePrompt(ProfileManager *manager,
                                   std::function<QWidget *()> parentWindow, QObject *parent)
    : QObject(parent)
    , m_manager(manager)
    , m_parentWindow(std::move(parentWindow))
{
    connect(manager, &ProfileManager::passphraseNeeded, this, &PassphrasePrompt::ask);
}

PassphrasePrompt::~PassphrasePrompt()
{
    delete m_dialog;
}

PassphraseDialog *PassphrasePrompt::dialog() const
{
    return m_dialog;
}

void PassphrasePrompt::ask(bool fileExists)
{
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }

    const auto mode = fileExists ? PassphraseDialog::Mode::Unlock : PassphraseDialog::Mode::Create;
    auto *dialog = new PassphraseDialog(mode, m_manager->passphraseFile(), m_parentWindow());
    m_dialog = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setReason(m_manager->secretServiceProblem());

    connect(dialog, &PassphraseDialog::passphraseEntered, this, [this, dialog](const QString &text) {
        m_manager->unlock(text, [dialog = QPointer<PassphraseDialog>(dialog)](
                                    std::optional<QString> error) {
            if (!dialog)
                return;
            if (error)
                dialog->showError(*error);
            else
                dialog->finish();
        });
    });
    connect(dialog, &QDialog::rejected, m_manager, &ProfileManager::cancelUnlock);

    dialog->open();
    Q_EMIT dialogShown(dialog);
}

} // namespace studio::ui
