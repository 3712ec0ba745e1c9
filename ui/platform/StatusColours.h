// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>

class QPalette;
class QWidget;

namespace studio::ui {

// Text colours that carry meaning: a valid signature, a warning, an error.
enum class StatusColour { Normal, Success, Warning, Error };

// True when the palette draws light text on a dark window.
bool isDarkPalette(const QPalette &palette);

// Returns the colour for the status on a window of the given palette: darker tones on a light
// window, lighter ones on a dark window. On Fusion's light palette and on darkPalette() each has
// a contrast of at least 4.5:1 to the window and base colours, as tst_desktop_colorscheme checks.
QColor statusColour(StatusColour status, const QPalette &palette);

// Colours the widget's text for the status, and again whenever its inherited palette changes,
// as when the desktop switches between light and dark. Normal restores the inherited colour.
void setStatusColour(QWidget *widget, StatusColour status);

// Gives the widget the error panel's background and text colours, light red with dark text on a
// light palette and dark red with light text on a dark one, and keeps them following the
// palette. Child widgets inherit both colours.
void setErrorPanelColours(QWidget *panel);

} // namespace studio::ui
