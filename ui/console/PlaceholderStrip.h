// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "console/Placeholders.h"

#include <QWidget>

class QComboBox;
class QHBoxLayout;
class QLabel;

namespace studio::ui {

// One row with an editable box per {placeholder} of the path template, offering the values
// seen in the session and in earlier responses, "missing" beside a placeholder that has none,
// and the path that Send would call.
class PlaceholderStrip : public QWidget
{
    Q_OBJECT

public:
    explicit PlaceholderStrip(QWidget *parent = nullptr);

    // The values edited here; owned by the caller and outliving the strip.
    void setValues(studio::console::PlaceholderValues *values);

    // Shows the placeholders of pathTemplate; hides the strip when it has none.
    void setPathTemplate(const QString &pathTemplate);
    // Reads the values and candidates again, after the caller learnt new ones.
    void refresh();

    studio::console::FilledPath filledPath() const;
    // The box of a placeholder, or null; for focusing a missing one and for tests.
    QComboBox *editorFor(const QString &name) const;
    // Every box, in path order.
    QList<QComboBox *> editors() const;

Q_SIGNALS:
    // The user changed a value.
    void valuesChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Field
    {
        QString name;
        QLabel *caption = nullptr;
        QComboBox *editor = nullptr;
        QLabel *missing = nullptr;
    };

    void retranslateUi();
    void rebuildFields();
    void fillField(Field &field);
    void updateResolvedPath();

    studio::console::PlaceholderValues *m_values = nullptr;
    QString m_template;
    QStringList m_names;
    QList<Field> m_fields;
    QHBoxLayout *m_fieldRow = nullptr;
    QLabel *m_resolvedPath = nullptr;
};

} // namespace studio::ui
