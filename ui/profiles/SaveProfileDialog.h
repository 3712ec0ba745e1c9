// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace studio::ui {

// Asks for the name of a profile after the onboarding, with a default such as "Local sandbox
// — Zoë Bakker". Save does not close the dialog: it emits saveRequested() and waits, so the
// owner can save and then call finish(), or showError() and leave the dialog open for another
// try. "Don't Save" keeps the session open without a profile.
class SaveProfileDialog : public QDialog
{
    Q_OBJECT

public:
    SaveProfileDialog(const QString &defaultName, const QString &secretBackend,
                      QWidget *parent = nullptr);

    QString name() const;
    void setSecretBackend(const QString &secretBackend);

    void showError(const QString &message);
    QString errorText() const;
    void finish();

    // Emits saveRequested() with the name, unless it is empty.
    void accept() override;

Q_SIGNALS:
    void saveRequested(const QString &name);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void setBusy(bool busy);

    QString m_secretBackend;
    QLabel *m_intro = nullptr;
    QLabel *m_caption = nullptr;
    QLineEdit *m_name = nullptr;
    QLabel *m_error = nullptr;
    QProgressBar *m_busy = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_dontSave = nullptr;
};

} // namespace studio::ui
