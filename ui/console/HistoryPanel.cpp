// SPDX-License-Identifier: GPL-3.0-or-later
#include "console/HistoryPanel.h"

#include "console/HistoryListModel.h"
#include "platform/StatusColours.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace studio::ui {

HistoryPanel::HistoryPanel(QWidget *parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_list(new QListView(this))
    , m_model(new HistoryListModel(this))
    , m_emptyNote(new QLabel(this))
    , m_load(new QPushButton(this))
    , m_resend(new QPushButton(this))
{
    m_search->setObjectName(u"historySearch"_s);
    m_search->setClearButtonEnabled(true);

    m_problem->setObjectName(u"historyProblem"_s);
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    setStatusColour(m_problem, StatusColour::Error);
    m_problem->hide();

    m_list->setObjectName(u"historyList"_s);
    m_list->setModel(m_model);
    m_list->setUniformItemSizes(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_list->installEventFilter(this);
    m_search->installEventFilter(this);

    m_emptyNote->setObjectName(u"historyEmptyNote"_s);
    m_emptyNote->setWordWrap(true);
    QFont noteFont = m_emptyNote->font();
    noteFont.setItalic(true);
    m_emptyNote->setFont(noteFont);

    m_load->setObjectName(u"historyLoadButton"_s);
    m_resend->setObjectName(u"historyResendButton"_s);

    // One row for the search and the actions keeps the panel short enough for the console's
    // upper pane.
    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_load);
    searchRow->addWidget(m_resend);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(searchRow);
    layout->addWidget(m_problem);
    layout->addWidget(m_emptyNote);
    layout->addWidget(m_list, 1);

    // The search field has no caption to carry a mnemonic, so Ctrl+F reaches it.
    auto *findShortcut = new QShortcut(QKeySequence::Find, this);
    findShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(findShortcut, &QShortcut::activated, m_search,
            [this] { m_search->setFocus(Qt::ShortcutFocusReason); });

    auto *loadAction = new QAction(this);
    loadAction->setObjectName(u"historyLoadAction"_s);
    auto *resendAction = new QAction(this);
    resendAction->setObjectName(u"historyResendAction"_s);
    m_list->addAction(loadAction);
    m_list->addAction(resendAction);

    connect(m_search, &QLineEdit::textChanged, this, &HistoryPanel::refresh);
    connect(m_list, &QListView::activated, this, [this] { emitForCurrent(false); });
    connect(m_load, &QPushButton::clicked, this, [this] { emitForCurrent(false); });
    connect(m_resend, &QPushButton::clicked, this, [this] { emitForCurrent(true); });
    connect(loadAction, &QAction::triggered, this, [this] { emitForCurrent(false); });
    connect(resendAction, &QAction::triggered, this, [this] { emitForCurrent(true); });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &HistoryPanel::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &HistoryPanel::updateActions);

    retranslateUi();
    updateActions();
}

void HistoryPanel::setHistory(const console::RequestHistory *history)
{
    m_history = history;
    refresh();
}

void HistoryPanel::refresh()
{
    m_model->setEntries(m_history ? m_history->search(m_search->text()) : QList<console::HistoryEntry>());
    if (m_model->rowCount() > 0)
        m_list->setCurrentIndex(m_model->index(0));
    updateActions();
}

void HistoryPanel::setProblem(const QString &text)
{
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
}

int HistoryPanel::visibleEntryCount() const
{
    return m_model->rowCount();
}

void HistoryPanel::setActionsEnabled(bool enabled)
{
    m_actionsEnabled = enabled;
    updateActions();
}

void HistoryPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    if (event->type() == QEvent::PaletteChange)
        m_model->refresh();
    QWidget::changeEvent(event);
}

// Down in the search field moves into the list; Return in the list loads the entry.
bool HistoryPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (watched == m_search && key->key() == Qt::Key_Down && m_model->rowCount() > 0) {
            m_list->setFocus();
            return true;
        }
        if (watched == m_list && key->modifiers() == Qt::NoModifier
            && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)) {
            emitForCurrent(false);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void HistoryPanel::retranslateUi()
{
    m_search->setAccessibleName(tr("Search the history"));
    //: Placeholder of the history's search field; %1 is its shortcut, e.g. "Ctrl+F".
    m_search->setPlaceholderText(tr("Search method, path, body, status or response id (%1)")
                                     .arg(QKeySequence(QKeySequence::Find)
                                              .toString(QKeySequence::NativeText)));
    m_list->setAccessibleName(tr("Request history, newest first"));
    //: Button: puts the selected history entry into the method, path and body fields.
    m_load->setText(tr("&Load into editor"));
    m_load->setToolTip(tr("Put the method, path and body of the selected request into the "
                          "editor (Return)"));
    //: Button: sends the selected history entry again.
    m_resend->setText(tr("Re-se&nd"));
    m_resend->setToolTip(tr("Send the selected request again, as it was sent"));

    const QList<QAction *> actions = m_list->actions();
    actions.at(0)->setText(tr("Load into editor"));
    actions.at(1)->setText(tr("Re-send"));
    updateActions();
}

void HistoryPanel::updateActions()
{
    const bool enabled = m_actionsEnabled && m_list->currentIndex().isValid();
    m_load->setEnabled(enabled);
    m_resend->setEnabled(enabled);
    for (QAction *action : m_list->actions())
        action->setEnabled(enabled);

    const bool empty = m_model->rowCount() == 0;
    m_emptyNote->setVisible(empty);
    if (m_search->text().isEmpty())
        m_emptyNote->setText(tr("No requests sent yet."));
    else
        m_emptyNote->setText(tr("No request matches the search."));
}

void HistoryPanel::emitForCurrent(bool resend)
{
    const QModelIndex current = m_list->currentIndex();
    if (!current.isValid() || !m_actionsEnabled)
        return;

    const console::HistoryEntry entry = m_model->entry(current);
    if (resend)
        Q_EMIT resendRequested(entry);
    else
        Q_EMIT loadRequested(entry);
}

} // namespace studio::ui
