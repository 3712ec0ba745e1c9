// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/JsonTreeView.h"

#include "widgets/JsonTreeModel.h"
#include "widgets/ViewHelpers.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QShortcut>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace studio::ui {

namespace {

QToolButton *createToolButton(QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setFocusPolicy(Qt::StrongFocus);
    return button;
}

} // namespace

JsonTreeView::JsonTreeView(QWidget *parent)
    : QWidget(parent)
    , m_model(new JsonTreeModel(this))
    , m_expandAll(createToolButton(this))
    , m_collapseAll(createToolButton(this))
    , m_copyValue(createToolButton(this))
    , m_copyPath(createToolButton(this))
    , m_note(new QLabel(this))
    , m_view(new QTreeView(this))
{
    m_view->setObjectName(u"jsonTree"_s);
    m_expandAll->setObjectName(u"expandAllButton"_s);
    m_collapseAll->setObjectName(u"collapseAllButton"_s);
    m_copyValue->setObjectName(u"copyValueButton"_s);
    m_copyPath->setObjectName(u"copyPathButton"_s);
    m_note->setObjectName(u"treeNote"_s);
    m_note->setWordWrap(true);
    m_note->hide();

    m_view->setModel(m_model);
    // Uniform rows let the view skip measuring each row, which keeps large documents fast.
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(JsonTreeModel::ValueColumn, QHeaderView::Stretch);
    m_view->header()->resizeSection(JsonTreeModel::KeyColumn,
                                    m_view->fontMetrics().horizontalAdvance(u'M') * 24);

    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(m_expandAll);
    buttons->addWidget(m_collapseAll);
    buttons->addSpacing(12);
    buttons->addWidget(m_copyValue);
    buttons->addWidget(m_copyPath);
    buttons->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_note);
    layout->addWidget(m_view, 1);

    connect(m_expandAll, &QToolButton::clicked, this, &JsonTreeView::expandAll);
    connect(m_collapseAll, &QToolButton::clicked, this, &JsonTreeView::collapseAll);
    connect(m_copyValue, &QToolButton::clicked, this, &JsonTreeView::copyValue);
    connect(m_copyPath, &QToolButton::clicked, this, &JsonTreeView::copyPath);
    connect(m_view, &QTreeView::customContextMenuRequested, this,
            &JsonTreeView::showContextMenu);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &JsonTreeView::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &JsonTreeView::updateButtons);

    auto *copyValueShortcut = new QShortcut(QKeySequence::Copy, m_view);
    copyValueShortcut->setContext(Qt::WidgetShortcut);
    connect(copyValueShortcut, &QShortcut::activated, this, &JsonTreeView::copyValue);
    auto *copyPathShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), m_view);
    copyPathShortcut->setContext(Qt::WidgetShortcut);
    connect(copyPathShortcut, &QShortcut::activated, this, &JsonTreeView::copyPath);

    retranslateUi();
    updateButtons();
}

void JsonTreeView::setTree(std::shared_ptr<const JsonTree> tree)
{
    m_expandedLevels.reset();
    m_note->hide();
    m_model->setTree(std::move(tree));
}

void JsonTreeView::clear()
{
    setTree(nullptr);
}

void JsonTreeView::expandAll()
{
    const std::shared_ptr<const JsonTree> &tree = m_model->tree();
    if (!tree)
        return;

    // Rows shown when every node is open: all nodes but the root container.
    const qint32 allRows = m_model->indexOfNode(0).isValid() ? 1 : tree->nodeCount() - 1;
    if (allRows <= maxExpandedRows) {
        m_expandedLevels.reset();
        m_note->hide();
        m_view->expandAll();
        return;
    }

    // QTreeView::expandToDepth(d) opens the top-level rows (depth 1 in the tree) down to depth
    // d + 1, which shows the nodes down to depth d + 2.
    const QList<qint32> perDepth = tree->nodesPerDepth();
    qint64 rows = perDepth.value(1);
    int levels = 0;
    while (levels + 2 < perDepth.size() && rows + perDepth.at(levels + 2) <= maxExpandedRows) {
        rows += perDepth.at(levels + 2);
        ++levels;
    }
    m_view->collapseAll();
    if (levels > 0)
        m_view->expandToDepth(levels - 1);
    m_expandedLevels = levels;
    retranslateUi();
    m_note->show();
}

void JsonTreeView::collapseAll()
{
    m_view->collapseAll();
    m_expandedLevels.reset();
    m_note->hide();
}

void JsonTreeView::copyValue()
{
    const QModelIndex current = m_view->currentIndex();
    if (current.isValid())
        copyToClipboard(current.data(JsonTreeModel::CopyValueRole).toString());
}

void JsonTreeView::copyPath()
{
    const QModelIndex current = m_view->currentIndex();
    if (current.isValid())
        copyToClipboard(current.data(JsonTreeModel::PathRole).toString());
}

QString JsonTreeView::noteText() const
{
    return m_note->isHidden() ? QString() : m_note->text();
}

void JsonTreeView::showContextMenu(const QPoint &position)
{
    QMenu menu(this);
    const auto addItem = [this, &menu](const QToolButton *button, void (JsonTreeView::*slot)()) {
        QAction *action = menu.addAction(button->text());
        action->setEnabled(button->isEnabled());
        connect(action, &QAction::triggered, this, slot);
    };
    addItem(m_copyValue, &JsonTreeView::copyValue);
    addItem(m_copyPath, &JsonTreeView::copyPath);
    menu.addSeparator();
    addItem(m_expandAll, &JsonTreeView::expandAll);
    addItem(m_collapseAll, &JsonTreeView::collapseAll);
    menu.exec(m_view->viewport()->mapToGlobal(position));
}

void JsonTreeView::updateButtons()
{
    const bool hasTree = m_model->rowCount() > 0;
    const bool hasCurrent = m_view->currentIndex().isValid();
    m_expandAll->setEnabled(hasTree);
    m_collapseAll->setEnabled(hasTree);
    m_copyValue->setEnabled(hasCurrent);
    m_copyPath->setEnabled(hasCurrent);
}

void JsonTreeView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void JsonTreeView::retranslateUi()
{
    //: Button of the JSON tree: opens every node.
    m_expandAll->setText(tr("Expand all"));
    //: Button of the JSON tree: closes every node.
    m_collapseAll->setText(tr("Collapse all"));
    //: Button of the JSON tree: copies the selected node's value.
    m_copyValue->setText(tr("Copy value"));
    m_copyValue->setToolTip(tr("Copies the selected value as shown (Ctrl+C): a string without "
                               "quotes, an object or array as indented JSON."));
    //: Button of the JSON tree: copies the selected node's path, e.g. .Response[0].Payment.
    m_copyPath->setText(tr("Copy path"));
    m_copyPath->setToolTip(tr("Copies the selected node's path in jq syntax, such as "
                              ".Response[0].Payment.id (Ctrl+Shift+C)."));
    m_view->setAccessibleName(tr("JSON tree"));

    if (m_expandedLevels && m_model->tree()) {
        const QLocale locale;
        const QString nodes = locale.toString(m_model->tree()->nodeCount());
        const QString limit = locale.toString(maxExpandedRows);
        if (*m_expandedLevels > 0) {
            //: %1 is a number of nodes, %2 the limit of rows, %3 a number of levels.
            m_note->setText(tr("This document has %1 nodes, more than the %2 rows that Expand "
                               "all opens at once. It opened the first %3 levels. Open deeper "
                               "nodes one at a time.")
                                .arg(nodes, limit, locale.toString(*m_expandedLevels)));
        } else {
            //: %1 is a number of nodes, %2 the limit of rows.
            m_note->setText(tr("This document has %1 nodes, more than the %2 rows that Expand "
                               "all opens at once. Open nodes one at a time.")
                                .arg(nodes, limit));
        }
    }
}

} // namespace studio::ui
