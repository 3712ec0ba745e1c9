// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/ProfileStore.h"

#include <QDialog>
#include <QPointer>

class QFormLayout;
class QGroupBox;
class QLabel;
class QMessageBox;
class QProgressBar;
class QPushButton;
class QTreeView;

namespace studio::ui {

class ProfileListModel;

// The saved profiles, shown at start: open one, start a new one with the wizard, open a
// context file, rename (F2), duplicate, delete (after confirmation), export, and set the
// proxy of each. The dialog only emits requests. Its owner does the work and calls
// setProfiles(), setBusy() and showError() as it goes.
class ProfileListDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ProfileListDialog(QWidget *parent = nullptr);

    void setProfiles(const storage::ProfileList &list);
    ProfileListModel *model() const { return m_model; }

    QString selectedId() const;
    void selectProfile(const QString &id);

    // Where the secrets are kept, for example "Secret service", and a note on why, if any.
    void setSecretBackend(const QString &backendName, const QString &note);

    // Shows progress for work the owner runs, such as reading secrets, and disables the
    // buttons meanwhile. An empty text ends it.
    void setBusy(const QString &text);
    bool isBusy() const;
    // Shows an error under the list until the next action; empty clears it.
    void showError(const QString &message);
    QString errorText() const;

    // Starts renaming the selected profile in place, as F2 does.
    void renameSelected();
    // Asks whether to delete the selected profile; a yes emits deleteRequested().
    void confirmDeleteSelected();
    // The open delete confirmation, or null; for tests.
    QMessageBox *deleteConfirmation() const;

Q_SIGNALS:
    void openRequested(const QString &id);
    void newProfileRequested();
    void openContextFileRequested();
    void renameRequested(const QString &id, const QString &newName);
    void duplicateRequested(const QString &id, const QString &newName);
    void deleteRequested(const QString &id);
    void exportRequested(const QString &id);
    void proxyChangeRequested(const QString &id, const QString &proxyUrl);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildDetails();
    void retranslateUi();
    void showDetails();
    void updateButtons();
    void openSelected();
    void duplicateSelected();
    void editProxy();
    const storage::Profile *selectedProfile() const;

    ProfileListModel *m_model;
    QList<storage::ProfileFileProblem> m_problems;
    QString m_backendName;
    QString m_backendNote;
    QString m_busyText;
    QPointer<QMessageBox> m_confirmation;

    QLabel *m_intro = nullptr;
    QTreeView *m_view = nullptr;
    QLabel *m_empty = nullptr;
    QLabel *m_problemsLabel = nullptr;
    QGroupBox *m_detailsBox = nullptr;
    QFormLayout *m_detailsForm = nullptr;
    QList<QLabel *> m_detailCaptions;
    QLabel *m_environment = nullptr;
    QLabel *m_user = nullptr;
    QLabel *m_device = nullptr;
    QLabel *m_permittedIps = nullptr;
    QLabel *m_proxy = nullptr;
    QPushButton *m_editProxy = nullptr;
    QLabel *m_session = nullptr;
    QLabel *m_saved = nullptr;
    QLabel *m_backend = nullptr;
    QProgressBar *m_busy = nullptr;
    QLabel *m_busyLabel = nullptr;
    QLabel *m_error = nullptr;

    QPushButton *m_open = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_import = nullptr;
    QPushButton *m_rename = nullptr;
    QPushButton *m_duplicate = nullptr;
    QPushButton *m_delete = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_close = nullptr;
};

// Returns "this IP only (the address the device registration came from)", "any IP
// (wildcard)" or the addresses, for a device's permitted IPs as they were sent.
QString permittedIpsDescription(const QStringList &ips);

} // namespace studio::ui
