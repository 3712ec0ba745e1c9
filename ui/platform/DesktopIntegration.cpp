// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/DesktopIntegration.h"

#include "platform/ColorScheme.h"

#include <QApplication>
#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QIcon>

#include <cstdio>
#include <cstring>

using namespace Qt::StringLiterals;

namespace studio::ui {

namespace {

const QString ColorSchemeOptionName = u"color-scheme"_s;

// Options after which QCommandLineParser prints text and exits without showing a window.
bool onlyPrintsText(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        for (const char *option : {"-h", "--help", "--help-all", "-v", "--version"}) {
            if (std::strcmp(argv[i], option) == 0)
                return true;
        }
    }
    return false;
}

} // namespace

QString desktopId()
{
    return QStringLiteral(STUDIO_APP_ID);
}

void prepareApplication(int argc, char **argv)
{
    // Qt 6 already defaults to PassThrough; set here so that fractional scales such as 1.25
    // or 1.5 stay exact however Qt's default changes. QT_SCALE_FACTOR_ROUNDING_POLICY still
    // overrides it.
    QGuiApplication::setHighDpiScaleFactorRoundingPolicy(
        Qt::HighDpiScaleFactorRoundingPolicy::PassThrough);

    // The xcb and wayland platforms abort without a display, and --help or --version need
    // none: they print and exit before any window appears.
    if (onlyPrintsText(argc, argv) && !qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
}

void setUpDesktopIntegration()
{
    QGuiApplication::setDesktopFileName(desktopId());
    // The SVG icon engine draws the icon sharp at every size and scale.
    QApplication::setWindowIcon(QIcon(u":/icons/app.svg"_s));
}

void addDesktopOptions(QCommandLineParser &parser)
{
    parser.addOption(QCommandLineOption(
        ColorSchemeOptionName,
        QApplication::translate("main", "Sets the colour scheme: auto (follow the desktop, the "
                                        "default), light or dark."),
        u"scheme"_s, u"auto"_s));
}

bool applyDesktopOptions(const QCommandLineParser &parser)
{
    const QString name = parser.value(ColorSchemeOptionName);
    const std::optional<ColorSchemePreference> preference = colorSchemePreferenceFromName(name);
    if (!preference) {
        const QString message =
            QApplication::translate("main", "Invalid --color-scheme \"%1\": use auto, light or "
                                            "dark.\n")
                .arg(name);
        std::fputs(qPrintable(message), stderr);
        return false;
    }

    // The application owns the controller, so it follows the desktop until the app exits.
    new ColorSchemeController(*preference, QCoreApplication::instance());
    return true;
}

} // namespace studio::ui
