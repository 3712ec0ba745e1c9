// SPDX-License-Identifier: GPL-3.0-or-later
#include "console/EndpointEditor.h"

#include "console/EndpointCompletionModel.h"
#include "console/PlaceholderStrip.h"
#include "widgets/ViewHelpers.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QCompleter>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QShortcut>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace studio::ui {

namespace {

// Wide enough for the method, a long template and some of the summary.
constexpr int MinimumPopupWidth = 960;

// The completion list. It never scrolls sideways, because QCompleter scrolls to the path column
// when it opens the list, which would cut off the method column.
class CompletionPopup : public QTreeView
{
public:
    void scrollTo(const QModelIndex &index, ScrollHint hint) override
    {
        QTreeView::scrollTo(index, hint);
        horizontalScrollBar()->setValue(0);
    }
};

QTreeView *createCompletionPopup()
{
    auto *popup = new CompletionPopup;
    popup->setObjectName(u"endpointCompletionPopup"_s);
    popup->setRootIsDecorated(false);
    popup->setHeaderHidden(true);
    popup->setUniformRowHeights(true);
    popup->setAllColumnsShowFocus(true);
    popup->setSelectionBehavior(QAbstractItemView::SelectRows);
    // The summary takes the room the method and the template leave.
    popup->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    popup->setTextElideMode(Qt::ElideRight);
    popup->header()->setStretchLastSection(true);
    popup->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    return popup;
}

} // namespace

EndpointEditor::EndpointEditor(QWidget *parent)
    : QWidget(parent)
    , m_method(new QComboBox(this))
    , m_path(new QLineEdit(this))
    , m_requestRow(new QHBoxLayout)
    , m_summary(new QLabel(this))
    , m_placeholders(new PlaceholderStrip(this))
    , m_completionModel(new EndpointCompletionModel(this))
    , m_completer(new QCompleter(m_completionModel, this))
{
    m_method->setObjectName(u"methodCombo"_s);
    m_method->addItems({u"GET"_s, u"POST"_s, u"PUT"_s, u"DELETE"_s});

    m_path->setObjectName(u"pathEdit"_s);
    m_path->setText(u"user"_s);
    m_path->setFont(monospaceFont());
    m_path->setClearButtonEnabled(true);

    m_completer->setObjectName(u"endpointCompleter"_s);
    auto *popup = createCompletionPopup();
    m_completer->setPopup(popup);
    // Sections exist once the completer gave the popup its model.
    popup->header()->setSectionResizeMode(EndpointCompletionModel::SummaryColumn,
                                          QHeaderView::Stretch);
    m_completer->setCompletionColumn(EndpointCompletionModel::PathColumn);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setMaxVisibleItems(12);
    // Not QLineEdit::setCompleter(): that would copy the template into the field as the user
    // moves through the list, while picking an entry sets the method and body as well.
    m_completer->setWidget(m_path);

    m_summary->setObjectName(u"endpointSummary"_s);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    QFont summaryFont = m_summary->font();
    summaryFont.setItalic(true);
    m_summary->setFont(summaryFont);
    m_summary->hide();

    m_placeholders->setObjectName(u"placeholderStrip"_s);

    m_requestRow->setContentsMargins(0, 0, 0, 0);
    m_requestRow->addWidget(m_method);
    m_requestRow->addWidget(m_path, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_requestRow);
    layout->addWidget(m_summary);
    layout->addWidget(m_placeholders);

    auto *completionShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Space), m_path);
    completionShortcut->setContext(Qt::WidgetShortcut);

    connect(m_path, &QLineEdit::textEdited, this, &EndpointEditor::showCompletions);
    connect(completionShortcut, &QShortcut::activated, this, &EndpointEditor::showCompletions);
    connect(m_path, &QLineEdit::textChanged, this, &EndpointEditor::onRequestChanged);
    connect(m_method, &QComboBox::currentTextChanged, this, &EndpointEditor::onRequestChanged);
    connect(m_placeholders, &PlaceholderStrip::valuesChanged, this,
            &EndpointEditor::requestChanged);
    connect(m_path, &QLineEdit::returnPressed, this, [this] {
        if (!m_completer->popup()->isVisible())
            Q_EMIT sendRequested();
    });
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this,
            [this](const QModelIndex &index) {
                if (index.isValid())
                    applyEntry(m_completionModel->entry(index));
            });

    retranslateUi();
    onRequestChanged();
}

void EndpointEditor::setPlaceholderValues(console::PlaceholderValues *values)
{
    m_placeholders->setValues(values);
}

void EndpointEditor::refreshPlaceholders()
{
    m_placeholders->refresh();
}

QByteArray EndpointEditor::method() const
{
    return m_method->currentText().toLatin1();
}

QString EndpointEditor::pathText() const
{
    return m_path->text().trimmed();
}

console::FilledPath EndpointEditor::filledPath() const
{
    return m_placeholders->filledPath();
}

std::optional<console::CatalogueEntry> EndpointEditor::catalogueEntry() const
{
    return console::EndpointCatalogue::builtIn().find(method(), pathText());
}

void EndpointEditor::setRequest(const QByteArray &method, const QString &path)
{
    m_method->setCurrentText(QString::fromLatin1(method));
    m_path->setText(path);
}

void EndpointEditor::addToRequestRow(QWidget *widget)
{
    m_requestRow->addWidget(widget);
    m_lastInRequestRow = widget;
}

bool EndpointEditor::focusFirstMissingPlaceholder()
{
    const console::FilledPath filled = filledPath();
    if (filled.missing.isEmpty())
        return false;
    if (QComboBox *editor = m_placeholders->editorFor(filled.missing.constFirst()))
        editor->setFocus();
    return true;
}

// New boxes join the end of the window's Tab chain, so they are moved behind the request row.
void EndpointEditor::orderPlaceholderTabStops()
{
    QWidget *previous = m_lastInRequestRow ? m_lastInRequestRow : m_path;
    const QList<QComboBox *> boxes = m_placeholders->editors();
    for (QComboBox *box : boxes) {
        setTabOrder(previous, box);
        previous = box;
    }
}

void EndpointEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void EndpointEditor::retranslateUi()
{
    m_method->setAccessibleName(tr("HTTP method"));
    m_path->setAccessibleName(tr("Path"));
    m_path->setToolTip(tr("Relative to the API base URL: \"user\", \"user/12\" or "
                          "\"/v1/user/{userId}\". Type to pick from the catalogue (Ctrl+Space)."));
    //: Placeholder of the path field.
    m_path->setPlaceholderText(tr("Path, e.g. user/{userId}/monetary-account"));
    onRequestChanged();
}

void EndpointEditor::showCompletions()
{
    m_completionModel->setEntries(console::EndpointCatalogue::builtIn().matching(pathText()));
    if (m_completionModel->rowCount() == 0) {
        m_completer->popup()->hide();
        return;
    }

    // The popup starts under the method box and spans the whole row, or more when that is
    // narrow.
    const QPoint methodLeft = m_path->mapFromGlobal(m_method->mapToGlobal(QPoint(0, 0)));
    QRect area(methodLeft.x(), 0, m_path->width() - methodLeft.x(), m_path->height());
    area.setWidth(qMax(area.width(), MinimumPopupWidth));
    m_completer->complete(area);
}

void EndpointEditor::applyEntry(const console::CatalogueEntry &entry)
{
    // Both signals are blocked, so the form is updated once, with method and path together.
    {
        const QSignalBlocker methodBlocker(m_method);
        const QSignalBlocker pathBlocker(m_path);
        m_method->setCurrentText(QString::fromLatin1(entry.method));
        m_path->setText(entry.pathTemplate);
    }
    onRequestChanged();
    Q_EMIT entryChosen(entry);

    if (!focusFirstMissingPlaceholder()) {
        m_path->setFocus();
        m_path->end(false);
    }
}

void EndpointEditor::onRequestChanged()
{
    m_placeholders->setPathTemplate(pathText());
    orderPlaceholderTabStops();

    const auto entry = catalogueEntry();
    m_summary->setVisible(entry.has_value());
    if (entry)
        m_summary->setText(console::EndpointCatalogue::translatedSummary(*entry));

    Q_EMIT requestChanged();
}

} // namespace studio::ui
