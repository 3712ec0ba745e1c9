// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "console/RequestHistory.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;
class QPushButton;

namespace studio::ui {

class HistoryListModel;

// The console's request history: a search field, the entries newest first, and actions to load
// an entry into the editor or send it again. Return or a double-click loads the entry.
class HistoryPanel : public QWidget
{
    Q_OBJECT

public:
    explicit HistoryPanel(QWidget *parent = nullptr);

    // The history shown; owned by the caller, which calls refresh() after changing it.
    void setHistory(const studio::console::RequestHistory *history);
    // Reads the history again, applying the search text.
    void refresh();

    // A problem with the history file, shown above the list; an empty text hides it.
    void setProblem(const QString &text);

    int visibleEntryCount() const;

    // Enables Load and Re-send; the console disables them while a call runs.
    void setActionsEnabled(bool enabled);

Q_SIGNALS:
    void loadRequested(const studio::console::HistoryEntry &entry);
    void resendRequested(const studio::console::HistoryEntry &entry);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslateUi();
    void updateActions();
    void emitForCurrent(bool resend);

    const studio::console::RequestHistory *m_history = nullptr;
    bool m_actionsEnabled = true;
    QLineEdit *m_search = nullptr;
    QLabel *m_problem = nullptr;
    QListView *m_list = nullptr;
    HistoryListModel *m_model = nullptr;
    QLabel *m_emptyNote = nullptr;
    QPushButton *m_load = nullptr;
    QPushButton *m_resend = nullptr;
};

} // namespace studio::ui
