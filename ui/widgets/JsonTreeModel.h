// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "widgets/JsonTree.h"

#include <QAbstractItemModel>

#include <memory>

namespace studio::ui {

// A read-only item model over a parsed JSON document, with the columns key, value and type.
// The top-level value's members or elements are the top-level rows, and a scalar document is
// one row. Rows are not copied out of the tree, and text is decoded only when a view asks for it,
// so a document of several megabytes is shown at once.
class JsonTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { KeyColumn, ValueColumn, TypeColumn, ColumnCount };

    enum Role {
        // The jq path of the node, e.g. ".Response[0].Payment.id".
        PathRole = Qt::UserRole + 1,
        // What "Copy value" copies: a string's text, a number or literal as sent, or a
        // container's JSON indented.
        CopyValueRole,
    };

    explicit JsonTreeModel(QObject *parent = nullptr);

    // Shows the document, or nothing for a null pointer.
    void setTree(std::shared_ptr<const JsonTree> tree);
    const std::shared_ptr<const JsonTree> &tree() const { return m_tree; }

    // The model index of a node in the key column, or an invalid index for the root container.
    QModelIndex indexOfNode(qint32 node) const;
    // The node of an index. Precondition: the index belongs to this model.
    static qint32 nodeOf(const QModelIndex &index);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // The translated name of a JSON type, e.g. "string".
    static QString typeName(JsonTree::Type type);

private:
    // The node whose children are the top-level rows, or -1 when the document is a scalar.
    qint32 rootContainer() const;
    QString displayValue(qint32 node) const;
    QString keyText(qint32 node) const;

    std::shared_ptr<const JsonTree> m_tree;
};

} // namespace studio::ui
