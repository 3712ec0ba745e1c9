// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "console/EndpointCatalogue.h"

#include <QAbstractTableModel>

namespace studio::ui {

// Catalogue entries offered while a path is typed, in three columns: method, path template and
// the translated summary.
class EndpointCompletionModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { MethodColumn, PathColumn, SummaryColumn, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setEntries(const QList<studio::console::CatalogueEntry> &entries);
    const QList<studio::console::CatalogueEntry> &entries() const { return m_entries; }
    // The entry of a row; the index must be valid.
    const studio::console::CatalogueEntry &entry(const QModelIndex &index) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<studio::console::CatalogueEntry> m_entries;
};

} // namespace studio::ui
