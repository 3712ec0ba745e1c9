// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "onboarding/SessionContext.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace studio::ui {

// Writes bytes to fileName atomically through QSaveFile, readable and writable by the owner
// only (0600), also when it replaces a file with wider permissions. Returns the reason on
// failure, naming the file.
std::optional<QString> writeOwnerOnlyFile(const QString &fileName, const QByteArray &bytes);

// Exports a session context as a context file ("bunq.conf") that bunq's four SDKs read. It
// warns first that the file grants full access, and the user must confirm that before the
// Export button works.
class ExportContextDialog : public QDialog
{
    Q_OBJECT

public:
    // context must carry the secrets; profileName names the profile in the texts.
    ExportContextDialog(const onboarding::SessionContext &context, const QString &proxyUrl,
                        const QString &profileName, QWidget *parent = nullptr);

    QString fileName() const;
    void setFileName(const QString &fileName);

    // The warning as displayed; for tests.
    QString warningText() const;

    // Writes the file; on failure the reason is shown in the dialog, which stays open.
    void accept() override;

Q_SIGNALS:
    void exported(const QString &fileName);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void browse();
    void updateState();

    onboarding::SessionContext m_context;
    QString m_proxyUrl;
    QString m_profileName;

    QLabel *m_warning = nullptr;
    QCheckBox *m_understood = nullptr;
    QLabel *m_fileCaption = nullptr;
    QLineEdit *m_fileName = nullptr;
    QPushButton *m_browse = nullptr;
    QLabel *m_fileNote = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace studio::ui
