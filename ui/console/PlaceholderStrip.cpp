// SPDX-License-Identifier: GPL-3.0-or-later
#include "console/PlaceholderStrip.h"

#include "platform/StatusColours.h"
#include "widgets/ViewHelpers.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

using namespace Qt::StringLiterals;

namespace studio::ui {

PlaceholderStrip::PlaceholderStrip(QWidget *parent)
    : QWidget(parent)
    , m_fieldRow(new QHBoxLayout)
    , m_resolvedPath(new QLabel(this))
{
    m_resolvedPath->setObjectName(u"resolvedPathLabel"_s);
    m_resolvedPath->setTextFormat(Qt::PlainText);
    m_resolvedPath->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_resolvedPath->setFont(monospaceFont());
    // A long path is cut at the right edge instead of widening the console; the tooltip has it
    // whole.
    m_resolvedPath->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);

    m_fieldRow->setContentsMargins(0, 0, 0, 0);
    setLayout(m_fieldRow);

    hide();
}

void PlaceholderStrip::setValues(console::PlaceholderValues *values)
{
    m_values = values;
    refresh();
}

void PlaceholderStrip::setPathTemplate(const QString &pathTemplate)
{
    m_template = pathTemplate;
    const QStringList names = console::placeholderNames(pathTemplate);
    if (names != m_names) {
        m_names = names;
        rebuildFields();
    }
    setVisible(!m_names.isEmpty());
    updateResolvedPath();
}

void PlaceholderStrip::refresh()
{
    for (Field &field : m_fields)
        fillField(field);
    updateResolvedPath();
}

console::FilledPath PlaceholderStrip::filledPath() const
{
    if (!m_values)
        return {m_template, m_names};
    return console::fillPlaceholders(m_template, *m_values);
}

QComboBox *PlaceholderStrip::editorFor(const QString &name) const
{
    for (const Field &field : m_fields) {
        if (field.name == name)
            return field.editor;
    }
    return nullptr;
}

QList<QComboBox *> PlaceholderStrip::editors() const
{
    QList<QComboBox *> boxes;
    for (const Field &field : m_fields)
        boxes += field.editor;
    return boxes;
}

void PlaceholderStrip::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void PlaceholderStrip::retranslateUi()
{
    for (const Field &field : m_fields) {
        //: Accessible name of the box for a path placeholder; %1 its name, e.g. "userId".
        field.editor->setAccessibleName(tr("Value of %1").arg(field.name));
        field.editor->setToolTip(tr("Fills {%1} in the path. The list offers the values seen in "
                                    "this session.")
                                     .arg(field.name));
        //: Shown in red beside a path placeholder that has no value yet.
        field.missing->setText(tr("missing"));
    }
    updateResolvedPath();
}

void PlaceholderStrip::rebuildFields()
{
    for (const Field &field : std::as_const(m_fields)) {
        delete field.caption;
        delete field.editor;
        delete field.missing;
    }
    m_fields.clear();
    while (QLayoutItem *item = m_fieldRow->takeAt(0))
        delete item;

    for (const QString &name : std::as_const(m_names)) {
        Field field;
        field.name = name;
        field.caption = new QLabel(u'{' + name + u'}', this);
        field.caption->setFont(monospaceFont());
        field.editor = new QComboBox(this);
        field.editor->setObjectName(u"placeholder_"_s + name);
        field.editor->setEditable(true);
        field.editor->setInsertPolicy(QComboBox::NoInsert);
        field.editor->setMinimumContentsLength(8);
        field.editor->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        field.caption->setBuddy(field.editor);
        field.missing = new QLabel(this);
        field.missing->setObjectName(u"missing_"_s + name);
        setStatusColour(field.missing, StatusColour::Error);

        m_fieldRow->addWidget(field.caption);
        m_fieldRow->addWidget(field.editor);
        m_fieldRow->addWidget(field.missing);
        m_fieldRow->addSpacing(8);

        connect(field.editor, &QComboBox::editTextChanged, this, [this, name](const QString &text) {
            if (m_values)
                m_values->set(name, text.trimmed());
            for (Field &each : m_fields) {
                if (each.name == name)
                    each.missing->setVisible(text.trimmed().isEmpty());
            }
            updateResolvedPath();
            Q_EMIT valuesChanged();
        });
        m_fields.append(field);
    }
    m_fieldRow->addWidget(m_resolvedPath, 1);

    refresh();
    retranslateUi();
}

void PlaceholderStrip::fillField(Field &field)
{
    const QString value = m_values ? m_values->value(field.name) : QString();
    const QStringList candidates = m_values ? m_values->candidates(field.name) : QStringList();

    const QSignalBlocker blocker(field.editor);
    field.editor->clear();
    field.editor->addItems(candidates);
    field.editor->setEditText(value);
    field.missing->setVisible(value.isEmpty());
}

void PlaceholderStrip::updateResolvedPath()
{
    const console::FilledPath filled = filledPath();
    //: Shows the path Send will call after filling in the placeholders; %1 the path.
    m_resolvedPath->setText(tr("→ %1").arg(filled.path));
    m_resolvedPath->setToolTip(tr("Send calls %1").arg(filled.path));
}

} // namespace studio::ui
