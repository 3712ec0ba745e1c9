// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/JsonTreeModel.h"

#include "widgets/ExchangeFormat.h"
#include "widgets/ViewHelpers.h"

using namespace Qt::StringLiterals;

namespace studio::ui {

namespace {

// Longer strings are cut in the value column and the tooltip, because a view that lays out a
// string of megabytes per row stops responding. Copy value copies the whole string.
constexpr qsizetype maxShownCharacters = 500;
constexpr qsizetype maxTooltipCharacters = 4000;

QString cut(const QString &text, qsizetype limit)
{
    if (text.size() <= limit)
        return text;
    return text.left(limit) + u'…';
}

bool isContainer(JsonTree::Type type)
{
    return type == JsonTree::Type::Object || type == JsonTree::Type::Array;
}

} // namespace

JsonTreeModel::JsonTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

void JsonTreeModel::setTree(std::shared_ptr<const JsonTree> tree)
{
    beginResetModel();
    m_tree = std::move(tree);
    endResetModel();
}

qint32 JsonTreeModel::rootContainer() const
{
    if (!m_tree || m_tree->nodeCount() == 0)
        return -1;
    return isContainer(m_tree->node(0).type) ? 0 : -1;
}

qint32 JsonTreeModel::nodeOf(const QModelIndex &index)
{
    return static_cast<qint32>(index.internalId());
}

QModelIndex JsonTreeModel::indexOfNode(qint32 node) const
{
    if (!m_tree || node < 0 || node >= m_tree->nodeCount() || node == rootContainer())
        return {};
    return createIndex(m_tree->node(node).row, KeyColumn, quintptr(node));
}

QModelIndex JsonTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};

    qint32 node = 0;
    if (parent.isValid())
        node = m_tree->child(nodeOf(parent), row);
    else if (rootContainer() >= 0)
        node = m_tree->child(rootContainer(), row);
    return createIndex(row, column, quintptr(node));
}

QModelIndex JsonTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || !m_tree)
        return {};
    const qint32 parentNode = m_tree->node(nodeOf(child)).parent;
    if (parentNode < 0 || parentNode == rootContainer())
        return {};
    return createIndex(m_tree->node(parentNode).row, KeyColumn, quintptr(parentNode));
}

int JsonTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!m_tree || m_tree->nodeCount() == 0)
        return 0;
    if (!parent.isValid())
        return rootContainer() >= 0 ? m_tree->node(0).childCount : 1;
    if (parent.column() != KeyColumn)
        return 0;
    return m_tree->node(nodeOf(parent)).childCount;
}

int JsonTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

bool JsonTreeModel::hasChildren(const QModelIndex &parent) const
{
    return rowCount(parent) > 0;
}

QString JsonTreeModel::keyText(qint32 node) const
{
    const JsonTree::Node &entry = m_tree->node(node);
    if (entry.keyBegin >= 0)
        return m_tree->key(node);
    if (entry.parent >= 0)
        return u'[' + QString::number(entry.row) + u']';
    //: Key column of the JSON tree for a document that is a single value, not an object.
    return tr("(value)");
}

QString JsonTreeModel::displayValue(qint32 node) const
{
    const JsonTree::Node &entry = m_tree->node(node);
    switch (entry.type) {
    case JsonTree::Type::Object:
        return u'{' + QString::number(entry.childCount) + u'}';
    case JsonTree::Type::Array:
        return u'[' + QString::number(entry.childCount) + u']';
    case JsonTree::Type::String: {
        // Only the start of a long string is decoded.
        const qsizetype limit = maxShownCharacters * 4;
        const qsizetype length = entry.valueEnd - entry.valueBegin;
        if (length > limit + 2) {
            const char *begin = m_tree->bytes().constData() + entry.valueBegin;
            return decodeJsonString(begin, begin + limit).left(maxShownCharacters) + u'…';
        }
        return cut(m_tree->scalarText(node), maxShownCharacters);
    }
    case JsonTree::Type::Number:
    case JsonTree::Type::Boolean:
    case JsonTree::Type::Null:
        return m_tree->scalarText(node);
    }
    return {};
}

QVariant JsonTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !m_tree)
        return {};
    const qint32 node = nodeOf(index);
    const JsonTree::Node &entry = m_tree->node(node);

    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == KeyColumn)
            return keyText(node);
        if (index.column() == ValueColumn)
            return displayValue(node);
        return typeName(entry.type);
    case Qt::ToolTipRole:
        if (index.column() == ValueColumn && entry.type == JsonTree::Type::String
            && entry.valueEnd - entry.valueBegin > maxShownCharacters) {
            const char *begin = m_tree->bytes().constData() + entry.valueBegin;
            const qsizetype length =
                qMin<qsizetype>(entry.valueEnd - entry.valueBegin, maxTooltipCharacters * 4);
            return cut(decodeJsonString(begin, begin + length), maxTooltipCharacters);
        }
        return {};
    case Qt::FontRole:
        if (index.column() != TypeColumn)
            return monospaceFont();
        return {};
    case PathRole:
        return m_tree->path(node);
    case CopyValueRole:
        if (isContainer(entry.type))
            return QString::fromUtf8(indentValidJson(m_tree->valueJson(node)));
        return m_tree->scalarText(node);
    default:
        return {};
    }
}

QVariant JsonTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KeyColumn:
        //: Column title of the JSON tree: an object member's name or an array index.
        return tr("Key");
    case ValueColumn:
        //: Column title of the JSON tree.
        return tr("Value");
    case TypeColumn:
        //: Column title of the JSON tree: string, number, object and so on.
        return tr("Type");
    default:
        return {};
    }
}

QString JsonTreeModel::typeName(JsonTree::Type type)
{
    switch (type) {
    case JsonTree::Type::Object:
        //: A JSON type name.
        return tr("object");
    case JsonTree::Type::Array:
        //: A JSON type name.
        return tr("array");
    case JsonTree::Type::String:
        //: A JSON type name.
        return tr("string");
    case JsonTree::Type::Number:
        //: A JSON type name.
        return tr("number");
    case JsonTree::Type::Boolean:
        //: A JSON type name: true or false.
        return tr("boolean");
    case JsonTree::Type::Null:
        //: A JSON type name.
        return tr("null");
    }
    return {};
}

} // namespace studio::ui
