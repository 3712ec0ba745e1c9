// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/Profile.h"

#include <QAbstractTableModel>

namespace studio::ui {

// The saved profiles as a table: name, environment, user and when each was last saved. The
// name is editable. An edit is reported through renameRequested() and shows once the owner
// calls setProfiles() with the renamed profile.
class ProfileListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, EnvironmentColumn, UserColumn, UpdatedColumn, ColumnCount };
    // The profile id, on every column.
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit ProfileListModel(QObject *parent = nullptr);

    void setProfiles(const QList<storage::Profile> &profiles);
    const QList<storage::Profile> &profiles() const { return m_profiles; }

    // Returns the row of the profile with this id, or -1.
    int rowOf(const QString &id) const;
    const storage::Profile *profileAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    // Emits headerDataChanged() and dataChanged() for the texts of a new language.
    void retranslate();

Q_SIGNALS:
    void renameRequested(const QString &id, const QString &newName);

private:
    QList<storage::Profile> m_profiles;
};

} // namespace studio::ui
