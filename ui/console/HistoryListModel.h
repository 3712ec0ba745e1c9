// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "console/RequestHistory.h"

#include <QAbstractListModel>

namespace studio::ui {

// History entries for a list view, newest first, one row each:
// "14:02:11  GET /v1/user/12  200 OK  42 ms".
class HistoryListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    using QAbstractListModel::QAbstractListModel;

    // Shows the entries, which come oldest first as RequestHistory returns them.
    void setEntries(const QList<studio::console::HistoryEntry> &oldestFirst);

    // The entry of a row; the index must be valid.
    const studio::console::HistoryEntry &entry(const QModelIndex &index) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    // Retranslates the rows after a language change.
    void refresh();

private:
    QList<studio::console::HistoryEntry> m_newestFirst;
};

} // namespace studio::ui
