// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QSplitter;
class QWidget;

namespace studio::ui {

// Keeps a top-level window's geometry between runs in QSettings: for a QMainWindow also its
// dock and toolbar layout, and for every QSplitter inside the window that has an objectName the
// splitter's sizes. Keys live under "windows/<window objectName>/", so a window needs an
// objectName. A splitter's key is the path of named widgets from the window down to it, such as
// "requestConsole/consoleSplitter".
class WindowStateStore : public QObject
{
    Q_OBJECT

public:
    // Restores the window's saved state now and saves it whenever the window hides or closes,
    // but not while it is being destroyed: close it first. The store is a child of the window. Call it after the window created its docks and
    // splitters and before it is shown.
    static WindowStateStore *track(QWidget *window);

    void restore();
    void save() const;

    // Returns the settings key prefix of the window, such as "windows/mainWindow".
    static QString windowKey(const QWidget *window);
    // Returns the key of a splitter inside the window, or an empty string for an unnamed one.
    static QString splitterKey(const QWidget *window, const QSplitter *splitter);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit WindowStateStore(QWidget *window);

    QWidget *m_window;
    const QMetaObject *m_windowType;
};

} // namespace studio::ui
