// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QCommandLineParser;

namespace studio::ui {

// The reverse-DNS id shared by the .desktop file, the AppStream metainfo and the icon.
QString desktopId();

// Settings that must be made before the QApplication exists: the high-DPI rounding policy, and
// the offscreen platform for --help and --version so that both work without a display.
void prepareApplication(int argc, char **argv);

// Names the .desktop file (the Wayland app id and what docks match windows by) and sets the
// scalable window icon. Call it once the QApplication exists.
void setUpDesktopIntegration();

// Adds --color-scheme to the parser.
void addDesktopOptions(QCommandLineParser &parser);

// Applies --color-scheme to the application after the parser processed the command line.
// Returns false, after printing why to stderr, when the value is invalid.
bool applyDesktopOptions(const QCommandLineParser &parser);

} // namespace studio::ui
