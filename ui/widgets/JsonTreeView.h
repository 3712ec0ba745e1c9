// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "widgets/JsonTree.h"

#include <QWidget>

#include <memory>
#include <optional>

class QLabel;
class QToolButton;
class QTreeView;

namespace studio::ui {

class JsonTreeModel;

// A JSON document as a collapsible tree with the columns key, value and type, and buttons to
// expand or collapse every node and to copy the current node's value or jq path.
class JsonTreeView : public QWidget
{
    Q_OBJECT

public:
    // Expand all opens every node only up to this many rows. Beyond that it opens as many
    // levels as fit, because laying out hundreds of thousands of rows blocks the window.
    static constexpr qint32 maxExpandedRows = 20000;

    explicit JsonTreeView(QWidget *parent = nullptr);

    void setTree(std::shared_ptr<const JsonTree> tree);
    void clear();

    JsonTreeModel *model() const { return m_model; }
    QTreeView *treeView() const { return m_view; }

    void expandAll();
    void collapseAll();
    // Put the current node's value or path on the clipboard. Without a current node they do
    // nothing.
    void copyValue();
    void copyPath();

    // The note under the buttons, e.g. after Expand all stopped at a level. For tests.
    QString noteText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateButtons();
    void showContextMenu(const QPoint &position);

    // Created in this order, which is the order Tab visits them.
    JsonTreeModel *m_model = nullptr;
    QToolButton *m_expandAll = nullptr;
    QToolButton *m_collapseAll = nullptr;
    QToolButton *m_copyValue = nullptr;
    QToolButton *m_copyPath = nullptr;
    QLabel *m_note = nullptr;
    QTreeView *m_view = nullptr;
    // Levels opened by the last Expand all that hit maxExpandedRows, or empty.
    std::optional<int> m_expandedLevels;
};

} // namespace studio::ui
