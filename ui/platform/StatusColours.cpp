// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/StatusColours.h"

#include <QApplication>
#include <QEvent>
#include <QPalette>
#include <QPointer>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace studio::ui {

namespace {

enum class PaletteKind { Normal, Success, Warning, Error, ErrorPanel };

PaletteKind paletteKindFor(StatusColour status)
{
    switch (status) {
    case StatusColour::Success:
        return PaletteKind::Success;
    case StatusColour::Warning:
        return PaletteKind::Warning;
    case StatusColour::Error:
        return PaletteKind::Error;
    case StatusColour::Normal:
        break;
    }
    return PaletteKind::Normal;
}

// The palette the widget's colours are chosen for. Qt fills every role that no ancestor set
// from the application palette, so only an ancestor with a palette of its own, such as an error
// panel, counts. Reading the parent's palette instead would be wrong while a palette change is
// on its way: Qt may update a child before its window.
QPalette inheritedPalette(const QWidget *widget)
{
    for (const QWidget *ancestor = widget->parentWidget(); ancestor && !widget->isWindow();
         ancestor = ancestor->parentWidget()) {
        if (ancestor->testAttribute(Qt::WA_SetPalette))
            return ancestor->palette();
        if (ancestor->isWindow())
            break;
    }
    return QApplication::palette(widget);
}

// The roles and colours one kind sets; an empty list means "inherit everything".
QList<std::pair<QPalette::ColorRole, QColor>> coloursFor(PaletteKind kind,
                                                        const QPalette &inherited)
{
    const bool dark = isDarkPalette(inherited);
    switch (kind) {
    case PaletteKind::Success:
    case PaletteKind::Warning:
    case PaletteKind::Error: {
        const StatusColour status = kind == PaletteKind::Success ? StatusColour::Success
            : kind == PaletteKind::Warning                       ? StatusColour::Warning
                                                                 : StatusColour::Error;
        const QColor colour = statusColour(status, inherited);
        return {{QPalette::WindowText, colour}, {QPalette::Text, colour}};
    }
    case PaletteKind::ErrorPanel:
        if (dark)
            return {{QPalette::Window, QColor(0x4a, 0x1f, 0x1c)},
                    {QPalette::WindowText, QColor(0xff, 0xda, 0xd6)}};
        return {{QPalette::Window, QColor(0xfd, 0xec, 0xea)},
                {QPalette::WindowText, QColor(0x5f, 0x10, 0x0b)}};
    case PaletteKind::Normal:
        break;
    }
    return {};
}

// Re-applies a widget's status colours whenever the palette it inherits changes. It lives as a
// child of the widget, so it goes with it.
class StatusPaletteKeeper : public QObject
{
public:
    explicit StatusPaletteKeeper(QWidget *widget)
        : QObject(widget)
        , m_widget(widget)
    {
        setObjectName(u"statusPaletteKeeper"_s);
        widget->installEventFilter(this);
    }

    void setKind(PaletteKind kind)
    {
        m_kind = kind;
        apply();
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        // Our own setPalette() sends a PaletteChange too; apply() returns early when nothing
        // differs, so that one ends here.
        if (watched == m_widget && (event->type() == QEvent::PaletteChange
                                    || event->type() == QEvent::ParentChange)) {
            apply();
        }
        return QObject::eventFilter(watched, event);
    }

private:
    void apply()
    {
        if (!m_widget)
            return;

        const auto colours = coloursFor(m_kind, inheritedPalette(m_widget));
        if (colours == m_applied)
            return;
        m_applied = colours;

        // A palette with only these roles set leaves every other role inherited, and an empty
        // one makes the widget inherit all of them again.
        QPalette palette;
        for (const auto &[role, colour] : colours)
            palette.setColor(role, colour);
        m_widget->setPalette(palette);
        m_widget->setAutoFillBackground(m_kind == PaletteKind::ErrorPanel);
    }

    QPointer<QWidget> m_widget;
    PaletteKind m_kind = PaletteKind::Normal;
    QList<std::pair<QPalette::ColorRole, QColor>> m_applied;
};

void setPaletteKind(QWidget *widget, PaletteKind kind)
{
    auto *keeper = widget->findChild<StatusPaletteKeeper *>(u"statusPaletteKeeper"_s,
                                                            Qt::FindDirectChildrenOnly);
    if (!keeper) {
        if (kind == PaletteKind::Normal)
            return;
        keeper = new StatusPaletteKeeper(widget);
    }
    keeper->setKind(kind);
}

} // namespace

bool isDarkPalette(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness()
        < palette.color(QPalette::WindowText).lightness();
}

QColor statusColour(StatusColour status, const QPalette &palette)
{
    const bool dark = isDarkPalette(palette);
    switch (status) {
    case StatusColour::Success:
        return dark ? QColor(0x7a, 0xd6, 0x95) : QColor(0x1b, 0x6e, 0x3a);
    case StatusColour::Warning:
        return dark ? QColor(0xf2, 0xb8, 0x5c) : QColor(0x9a, 0x4b, 0x00);
    case StatusColour::Error:
        return dark ? QColor(0xff, 0x8f, 0x85) : QColor(0xb0, 0x1c, 0x1c);
    case StatusColour::Normal:
        break;
    }
    return palette.color(QPalette::WindowText);
}

void setStatusColour(QWidget *widget, StatusColour status)
{
    setPaletteKind(widget, paletteKindFor(status));
}

void setErrorPanelColours(QWidget *panel)
{
    setPaletteKind(panel, PaletteKind::ErrorPanel);
}

} // namespace studio::ui
