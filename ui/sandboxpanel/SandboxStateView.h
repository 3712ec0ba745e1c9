// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QWidget>

class QCheckBox;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace studio::ui {

// The "State" tab of the local sandbox panel: the users with their API keys, installations,
// devices with their permitted IPs, sessions with expiry and state, and monetary accounts, read
// from the control interface's GET /state. API keys are masked until revealed; copying a key
// never needs revealing it.
class SandboxStateView : public QWidget
{
    Q_OBJECT

public:
    explicit SandboxStateView(QWidget *parent = nullptr);

    // Shows a snapshot as GET /state returns it; an unchanged snapshot keeps the tree as it is,
    // so the selection and scroll position survive polling.
    void setSnapshot(const QJsonObject &snapshot);
    QJsonObject snapshot() const { return m_snapshot; }

    bool keysRevealed() const;
    void setKeysRevealed(bool revealed);

    QTreeWidget *tree() const { return m_tree; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void rebuild();
    QTreeWidgetItem *addGroup(const QString &key, const QString &title, int count);
    void addUsers();
    void addInstallations();
    void addDevices();
    void addSessions();
    void addAccounts();
    QString shownKey(const QString &apiKey) const;
    void updateCopyButton();
    void copySelectedKey();

    QJsonObject m_snapshot;
    QCheckBox *m_revealKeys = nullptr;
    QPushButton *m_copyKey = nullptr;
    QTreeWidget *m_tree = nullptr;
};

} // namespace studio::ui
