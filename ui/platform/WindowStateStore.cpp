// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/WindowStateStore.h"

#include "platform/ColorScheme.h"

#include <QEvent>
#include <QMainWindow>
#include <QSettings>
#include <QSplitter>

using namespace Qt::StringLiterals;

namespace studio::ui {

namespace {

const QString GeometryKey = u"geometry"_s;
const QString StateKey = u"state"_s;
const QString SplittersGroup = u"splitters"_s;

// Bumped when the dock layout changes incompatibly, so an old saved state is ignored.
constexpr int MainWindowStateVersion = 1;

} // namespace

WindowStateStore::WindowStateStore(QWidget *window)
    : QObject(window)
    , m_window(window)
    , m_windowType(window->metaObject())
{
    setObjectName(u"windowStateStore"_s);
    window->installEventFilter(this);
}

WindowStateStore *WindowStateStore::track(QWidget *window)
{
    if (window->objectName().isEmpty())
        qCWarning(lcDesktop) << "A window without objectName keeps its state under \"windows/\".";

    auto *store = new WindowStateStore(window);
    store->restore();
    return store;
}

QString WindowStateStore::windowKey(const QWidget *window)
{
    return u"windows/"_s + window->objectName();
}

QString WindowStateStore::splitterKey(const QWidget *window, const QSplitter *splitter)
{
    if (splitter->objectName().isEmpty())
        return {};

    // Unnamed widgets between the window and the splitter add nothing to the path, and neither
    // do Qt's internal ones such as "qt_tabwidget_stackedwidget".
    QStringList names;
    for (const QWidget *widget = splitter; widget && widget != window;
         widget = widget->parentWidget()) {
        const QString name = widget->objectName();
        if (!name.isEmpty() && !name.startsWith(u"qt_"))
            names.prepend(name);
    }
    return names.join(u'/');
}

void WindowStateStore::restore()
{
    QSettings settings;
    settings.beginGroup(windowKey(m_window));

    const QByteArray geometry = settings.value(GeometryKey).toByteArray();
    if (!geometry.isEmpty() && !m_window->restoreGeometry(geometry))
        qCDebug(lcDesktop) << "Ignored an unreadable saved geometry for" << m_window->objectName();

    if (auto *mainWindow = qobject_cast<QMainWindow *>(m_window)) {
        const QByteArray state = settings.value(StateKey).toByteArray();
        if (!state.isEmpty() && !mainWindow->restoreState(state, MainWindowStateVersion))
            qCDebug(lcDesktop) << "Ignored an unreadable saved state for"
                               << m_window->objectName();
    }

    settings.beginGroup(SplittersGroup);
    const auto splitters = m_window->findChildren<QSplitter *>();
    for (QSplitter *splitter : splitters) {
        const QString key = splitterKey(m_window, splitter);
        const QByteArray state = settings.value(key).toByteArray();
        if (!key.isEmpty() && !state.isEmpty())
            splitter->restoreState(state);
    }
}

void WindowStateStore::save() const
{
    QSettings settings;
    settings.beginGroup(windowKey(m_window));
    settings.setValue(GeometryKey, m_window->saveGeometry());

    if (const auto *mainWindow = qobject_cast<const QMainWindow *>(m_window))
        settings.setValue(StateKey, mainWindow->saveState(MainWindowStateVersion));

    settings.beginGroup(SplittersGroup);
    const auto splitters = m_window->findChildren<QSplitter *>();
    for (const QSplitter *splitter : splitters) {
        const QString key = splitterKey(m_window, splitter);
        if (!key.isEmpty())
            settings.setValue(key, splitter->saveState());
    }
}

bool WindowStateStore::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_window || (event->type() != QEvent::Hide && event->type() != QEvent::Close))
        return QObject::eventFilter(watched, event);

    // ~QWidget hides a visible window after the subclass destructors ran, which shows as a
    // changed metaObject(); a QMainWindow's docks cannot be saved then.
    if (m_window->metaObject() != m_windowType)
        return QObject::eventFilter(watched, event);

    // A window hides when it closes and when a wizard finishes or is cancelled. A spontaneous
    // hide, as when the window is minimised, only saves once more.
    save();
    return QObject::eventFilter(watched, event);
}

} // namespace studio::ui
