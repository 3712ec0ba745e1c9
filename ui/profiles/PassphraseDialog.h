// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;

namespace studio::ui {

// Requests the passphrase of the encrypted secrets file, which is used where the desktop's
// secret service is unavailable. Create requests a new passphrase twice, and Unlock requests
// it once. OK does not close the dialog. It emits passphraseEntered() and waits, so the owner
// can try the passphrase and then call finish(), or showError() with the reason it failed.
class PassphraseDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { Create, Unlock };

    // Shortest passphrase accepted in Create mode.
    static constexpr int minimumLength = 8;

    PassphraseDialog(Mode mode, const QString &secretsFile, QWidget *parent = nullptr);

    Mode mode() const { return m_mode; }

    // Why the secret service is not used, shown above the fields, such as the reason its probe
    // returned. Empty hides it.
    void setReason(const QString &reason);

    // Shows why the passphrase was not accepted, empties the fields and puts the focus back
    // into the first one, so the user can type again at once.
    void showError(const QString &message);
    QString errorText() const;

    // Closes the dialog as accepted, once the owner accepted the passphrase.
    void finish();

    // Checks the input and emits passphraseEntered(). Problems are shown inline.
    void accept() override;

Q_SIGNALS:
    void passphraseEntered(const QString &passphrase);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void setBusy(bool busy);
    // Shows a problem with the input and leaves the fields as they are.
    void showProblem(const QString &message);
    void updateOkButton();

    Mode m_mode;
    QString m_secretsFile;
    QString m_reason;
    QLabel *m_intro = nullptr;
    QLabel *m_reasonLabel = nullptr;
    QLabel *m_passphraseCaption = nullptr;
    QLineEdit *m_passphrase = nullptr;
    QLabel *m_confirmCaption = nullptr;
    QLineEdit *m_confirm = nullptr;
    QCheckBox *m_show = nullptr;
    QLabel *m_error = nullptr;
    QProgressBar *m_busy = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace studio::ui
