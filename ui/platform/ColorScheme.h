// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>
#include <QObject>
#include <QPalette>

#include <optional>

Q_DECLARE_LOGGING_CATEGORY(lcDesktop)

namespace studio::ui {

enum class ColorScheme { Light, Dark };

// The --color-scheme choice: follow the desktop, or a fixed scheme.
enum class ColorSchemePreference { Auto, Light, Dark };

// Parses "auto", "light" or "dark"; anything else returns nothing.
std::optional<ColorSchemePreference> colorSchemePreferenceFromName(const QString &name);

// Reads a GTK_THEME value such as "Adwaita:dark", where the part after the colon names the
// variant. Returns nothing when the value names no variant.
std::optional<ColorScheme> colorSchemeFromGtkTheme(const QString &gtkTheme);

// Reads the freedesktop portal's org.freedesktop.appearance color-scheme value: 1 prefers dark,
// 2 prefers light, and 0 (no preference) or any other value returns nothing. D-Bus variants wrapped around
// the number are unwrapped first, because the portal's Read method adds one.
std::optional<ColorScheme> colorSchemeFromPortalValue(const QVariant &value);

// Light text on dark grey surfaces, for the Fusion style.
QPalette darkPalette();

// Switches the running application between light and dark. It remembers the style and palette
// the application started with: a desktop theme that already matches the requested scheme is
// kept, and otherwise Fusion draws with a light or dark palette.
class ColorSchemeSwitcher : public QObject
{
    Q_OBJECT

public:
    explicit ColorSchemeSwitcher(QObject *parent = nullptr);

    void apply(ColorScheme scheme);
    // Goes back to the style and palette the application started with.
    void applyStartupLook();
    ColorScheme appliedScheme() const { return m_applied; }

Q_SIGNALS:
    void schemeApplied(studio::ui::ColorScheme scheme);

private:
    void restoreStartupLook();
    void useFusion(const QPalette &palette);
    static void setApplicationPalette(const QPalette &palette);

    QString m_startupStyle;
    QPalette m_startupPalette;
    ColorScheme m_startupScheme;
    ColorScheme m_applied;
};

// Applies the user's --color-scheme choice. With Auto it follows the desktop portal's
// color-scheme setting over the session D-Bus, when the build has QtDBus and a portal replies.
// Where the portal states no preference, GTK_THEME's variant decides, and without one the
// startup look stays. The portal is asked asynchronously, so the first window may appear in the
// startup look and switch a moment later.
class ColorSchemeController : public QObject
{
    Q_OBJECT

public:
    explicit ColorSchemeController(ColorSchemePreference preference, QObject *parent = nullptr);

    ColorSchemeSwitcher *switcher() const { return m_switcher; }

private:
    void followDesktop();
    void applyWithoutPortal();

    ColorSchemeSwitcher *m_switcher;
};

} // namespace studio::ui
