// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "console/EndpointCatalogue.h"
#include "console/Placeholders.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QCompleter;
class QHBoxLayout;
class QLabel;
class QLineEdit;

namespace studio::ui {

class EndpointCompletionModel;
class PlaceholderStrip;

// The method and path of the next call. Typing a path offers the catalogue's endpoints in a
// completion list, which Ctrl+Space also opens. Picking one sets the method and the path
// template and emits entryChosen() so the owner can load the body template. Placeholders such as {userId} are filled from the values
// below the path, and the summary of the matching catalogue entry is shown under it.
class EndpointEditor : public QWidget
{
    Q_OBJECT

public:
    explicit EndpointEditor(QWidget *parent = nullptr);

    // The values the placeholder boxes edit; owned by the caller and outliving the editor.
    void setPlaceholderValues(studio::console::PlaceholderValues *values);
    // Reads the placeholder values again after the caller learnt new ones.
    void refreshPlaceholders();

    QByteArray method() const;
    // The path as typed, possibly with {placeholders}, trimmed.
    QString pathText() const;
    // The typed path with the placeholder values filled in.
    studio::console::FilledPath filledPath() const;
    // The catalogue entry for the method and path, if any.
    std::optional<studio::console::CatalogueEntry> catalogueEntry() const;

    void setRequest(const QByteArray &method, const QString &path);

    // Puts widget at the end of the method and path row, e.g. the Send button. Tab reaches
    // the placeholder boxes after the last widget added here.
    void addToRequestRow(QWidget *widget);

    QComboBox *methodCombo() const { return m_method; }
    QLineEdit *pathEdit() const { return m_path; }
    QCompleter *completer() const { return m_completer; }
    // Moves the focus to the box of the first placeholder without a value; false if none.
    bool focusFirstMissingPlaceholder();

Q_SIGNALS:
    // The method, the path or a placeholder value changed.
    void requestChanged();
    // The user picked a catalogue entry from the completion list.
    void entryChosen(const studio::console::CatalogueEntry &entry);
    // Return in the path field with no completion chosen.
    void sendRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showCompletions();
    void applyEntry(const studio::console::CatalogueEntry &entry);
    void onRequestChanged();
    void orderPlaceholderTabStops();

    QComboBox *m_method = nullptr;
    QLineEdit *m_path = nullptr;
    QHBoxLayout *m_requestRow = nullptr;
    QWidget *m_lastInRequestRow = nullptr;
    QLabel *m_summary = nullptr;
    PlaceholderStrip *m_placeholders = nullptr;
    EndpointCompletionModel *m_completionModel = nullptr;
    QCompleter *m_completer = nullptr;
};

} // namespace studio::ui
