// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

#include <functional>

class QWidget;

namespace studio::ui {

class PassphraseDialog;
class ProfileManager;

// Handles a ProfileManager's passphraseNeeded(): shows a PassphraseDialog over the window that
// parentWindow() returns, hands what the user types to ProfileManager::unlock(), and shows a
// wrong passphrase as an error in the dialog, which stays open for another try. Cancel gives
// up, and the waiting work fails with a message saying so.
class PassphrasePrompt : public QObject
{
    Q_OBJECT

public:
    // The manager must outlive the prompt.
    PassphrasePrompt(ProfileManager *manager, std::function<QWidget *()> parentWindow,
                     QObject *parent = nullptr);
    ~PassphrasePrompt() override;

    // The dialog on screen, or null.
    PassphraseDialog *dialog() const;

Q_SIGNALS:
    void dialogShown(studio::ui::PassphraseDialog *dialog);

private:
    void ask(bool fileExists);

    ProfileManager *m_manager;
    std::function<QWidget *()> m_parentWindow;
    QPointer<PassphraseDialog> m_dialog;
};

} // namespace studio::ui
