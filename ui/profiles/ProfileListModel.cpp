// SPDX-License-Identifier: GPL-3.0-or-later
#include "profiles/ProfileListModel.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace studio::ui {

ProfileListModel::ProfileListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ProfileListModel::setProfiles(const QList<storage::Profile> &profiles)
{
    beginResetModel();
    m_profiles = profiles;
    endResetModel();
}

int ProfileListModel::rowOf(const QString &id) const
{
    for (qsizetype row = 0; row < m_profiles.size(); ++row) {
        if (m_profiles.at(row).id == id)
            return int(row);
    }
    return -1;
}

const storage::Profile *ProfileListModel::profileAt(int row) const
{
    if (row < 0 || row >= m_profiles.size())
        return nullptr;
    return &m_profiles.at(row);
}

int ProfileListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_profiles.size());
}

int ProfileListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProfileListModel::data(const QModelIndex &index, int role) const
{
    const storage::Profile *profile = profileAt(index.row());
    if (!profile || index.column() < 0 || index.column() >= ColumnCount)
        return {};

    if (role == IdRole)
        return profile->id;
    if (role == Qt::EditRole && index.column() == NameColumn)
        return profile->name;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};

    switch (Column(index.column())) {
    case NameColumn:
        return profile->name;
    case EnvironmentColumn:
        return profile->environment.displayName();
    case UserColumn:
        if (profile->user.displayName.isEmpty())
            //: Shown where a value does not exist.
            return tr("—");
        //: %1 user name, %2 user id.
        return tr("%1 (id %2)").arg(profile->user.displayName, QString::number(profile->user.id));
    case UpdatedColumn:
        return QLocale().toString(profile->updatedAt.toLocalTime(), QLocale::ShortFormat);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ProfileListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};

    switch (Column(section)) {
    case NameColumn:
        //: Column of the profile list.
        return tr("Name");
    case EnvironmentColumn:
        //: Column of the profile list.
        return tr("Environment");
    case UserColumn:
        //: Column of the profile list: the bunq user.
        return tr("User");
    case UpdatedColumn:
        //: Column of the profile list: when the profile was last saved.
        return tr("Last saved");
    case ColumnCount:
        break;
    }
    return {};
}

Qt::ItemFlags ProfileListModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == NameColumn)
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool ProfileListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const storage::Profile *profile = profileAt(index.row());
    if (!profile || role != Qt::EditRole || index.column() != NameColumn)
        return false;

    const QString name = value.toString().trimmed();
    if (name.isEmpty() || name == profile->name)
        return false;

    // The store renames the profile, and the list shows the new name once it is saved.
    Q_EMIT renameRequested(profile->id, name);
    return false;
}

void ProfileListModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_profiles.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

} // namespace studio::ui
