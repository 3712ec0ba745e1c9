// SPDX-License-Identifier: GPL-3.0-or-later
#include "console/EndpointCompletionModel.h"

#include "widgets/ViewHelpers.h"

using namespace Qt::StringLiterals;

namespace studio::ui {

void EndpointCompletionModel::setEntries(const QList<console::CatalogueEntry> &entries)
{
    if (entries == m_entries)
        return;
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

const console::CatalogueEntry &EndpointCompletionModel::entry(const QModelIndex &index) const
{
    return m_entries.at(index.row());
}

int EndpointCompletionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int EndpointCompletionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EndpointCompletionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};

    const console::CatalogueEntry &row = m_entries.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (index.column()) {
        case MethodColumn:
            return QString::fromLatin1(row.method);
        case PathColumn:
            return row.pathTemplate;
        case SummaryColumn:
            return console::EndpointCatalogue::translatedSummary(row);
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole)
        return QString(console::EndpointCatalogue::translatedGroup(row) + u": "_s
                       + console::EndpointCatalogue::translatedSummary(row));
    if (role == Qt::FontRole && index.column() != SummaryColumn)
        return monospaceFont();
    return {};
}

QVariant EndpointCompletionModel::headerData(int section, Qt::Orientation orientation,
                                             int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case MethodColumn:
        //: Column of the endpoint completion list.
        return tr("Method");
    case PathColumn:
        //: Column of the endpoint completion list.
        return tr("Path");
    case SummaryColumn:
        //: Column of the endpoint completion list.
        return tr("What it does");
    default:
        return {};
    }
}

} // namespace studio::ui
