// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/ColorScheme.h"

#include "platform/StatusColours.h"

#if STUDIO_HAVE_QTDBUS
#include "platform/PortalColorScheme.h"

#include <QDBusVariant>
#endif

#include <QApplication>
#include <QEvent>
#include <QStyle>
#include <QStyleFactory>
#include <QWidget>

Q_LOGGING_CATEGORY(lcDesktop, "studio.ui.desktop")

using namespace Qt::StringLiterals;

namespace studio::ui {

namespace {

const QString FusionStyle = u"Fusion"_s;

QVariant unwrapDBusVariants(QVariant value)
{
#if STUDIO_HAVE_QTDBUS
    while (value.metaType() == QMetaType::fromType<QDBusVariant>())
        value = value.value<QDBusVariant>().variant();
#endif
    return value;
}

} // namespace

std::optional<ColorSchemePreference> colorSchemePreferenceFromName(const QString &name)
{
    if (name == u"auto")
        return ColorSchemePreference::Auto;
    if (name == u"light")
        return ColorSchemePreference::Light;
    if (name == u"dark")
        return ColorSchemePreference::Dark;
    return std::nullopt;
}

std::optional<ColorScheme> colorSchemeFromGtkTheme(const QString &gtkTheme)
{
    const qsizetype colon = gtkTheme.indexOf(u':');
    if (colon < 0)
        return std::nullopt;

    const QString variant = gtkTheme.mid(colon + 1).trimmed();
    if (variant.compare(u"dark", Qt::CaseInsensitive) == 0)
        return ColorScheme::Dark;
    if (variant.compare(u"light", Qt::CaseInsensitive) == 0)
        return ColorScheme::Light;
    return std::nullopt;
}

std::optional<ColorScheme> colorSchemeFromPortalValue(const QVariant &value)
{
    const QVariant number = unwrapDBusVariants(value);
    bool ok = false;
    const uint preference = number.toUInt(&ok);
    if (!ok)
        return std::nullopt;

    switch (preference) {
    case 1:
        return ColorScheme::Dark;
    case 2:
        return ColorScheme::Light;
    default:
        return std::nullopt;
    }
}

QPalette darkPalette()
{
    const QColor window(0x2d, 0x2f, 0x33);
    const QColor base(0x1f, 0x20, 0x23);
    const QColor button(0x38, 0x3b, 0x40);
    const QColor text(0xe6, 0xe6, 0xe6);
    const QColor disabledText(0x85, 0x88, 0x8c);
    const QColor highlight(0x2a, 0x64, 0xa0);

    QPalette palette(button, window);
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, QColor(0x29, 0x2b, 0x2f));
    palette.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3d, 0x42));
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9d, 0xa1));
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, button);
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, QColor(0xff, 0x8f, 0x85));
    palette.setColor(QPalette::Light, QColor(0x4a, 0x4d, 0x53));
    palette.setColor(QPalette::Midlight, QColor(0x40, 0x43, 0x48));
    palette.setColor(QPalette::Mid, QColor(0x26, 0x28, 0x2b));
    palette.setColor(QPalette::Dark, QColor(0x1b, 0x1c, 0x1f));
    palette.setColor(QPalette::Shadow, QColor(0x0d, 0x0d, 0x0e));
    palette.setColor(QPalette::Highlight, highlight);
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, QColor(0x80, 0xb4, 0xf0));
    palette.setColor(QPalette::LinkVisited, QColor(0xb8, 0x9e, 0xf0));

    for (const QPalette::ColorRole role :
         {QPalette::WindowText, QPalette::Text, QPalette::ButtonText}) {
        palette.setColor(QPalette::Disabled, role, disabledText);
    }
    palette.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x4a, 0x4d, 0x53));
    palette.setColor(QPalette::Disabled, QPalette::Base, window);
    return palette;
}

ColorSchemeSwitcher::ColorSchemeSwitcher(QObject *parent)
    : QObject(parent)
    , m_startupStyle(QApplication::style()->name())
    , m_startupPalette(QApplication::palette())
    , m_startupScheme(isDarkPalette(m_startupPalette) ? ColorScheme::Dark : ColorScheme::Light)
    , m_applied(m_startupScheme)
{
}

void ColorSchemeSwitcher::apply(ColorScheme scheme)
{
    if (m_applied == scheme)
        return;
    m_applied = scheme;

    if (scheme == m_startupScheme) {
        restoreStartupLook();
    } else if (scheme == ColorScheme::Dark) {
        useFusion(darkPalette());
    } else {
        std::unique_ptr<QStyle> fusion(QStyleFactory::create(FusionStyle));
        useFusion(fusion ? fusion->standardPalette() : QPalette(Qt::lightGray));
    }

    qCDebug(lcDesktop) << "Colour scheme" << (scheme == ColorScheme::Dark ? "dark" : "light")
                       << "with style" << QApplication::style()->name();
    Q_EMIT schemeApplied(scheme);
}

void ColorSchemeSwitcher::applyStartupLook()
{
    apply(m_startupScheme);
}

void ColorSchemeSwitcher::restoreStartupLook()
{
    if (QApplication::style()->name() != m_startupStyle)
        QApplication::setStyle(m_startupStyle);
    setApplicationPalette(m_startupPalette);
}

void ColorSchemeSwitcher::useFusion(const QPalette &palette)
{
    // setStyle() installs the style's own palette, so the palette comes second.
    if (QApplication::style()->name().compare(FusionStyle, Qt::CaseInsensitive) != 0)
        QApplication::setStyle(FusionStyle);
    setApplicationPalette(palette);
}

void ColorSchemeSwitcher::setApplicationPalette(const QPalette &palette)
{
    QApplication::setPalette(palette);

    // NOTE: Qt 6.4's QApplication::setPalette() sent ApplicationPaletteChange to no widget in
    // a test on the offscreen platform, so windows that already existed kept the old palette.
    // Each window passes the event on to its children.
    const auto windows = QApplication::topLevelWidgets();
    for (QWidget *window : windows) {
        QEvent changed(QEvent::ApplicationPaletteChange);
        QCoreApplication::sendEvent(window, &changed);
    }
}

ColorSchemeController::ColorSchemeController(ColorSchemePreference preference, QObject *parent)
    : QObject(parent)
    , m_switcher(new ColorSchemeSwitcher(this))
{
    switch (preference) {
    case ColorSchemePreference::Light:
        m_switcher->apply(ColorScheme::Light);
        break;
    case ColorSchemePreference::Dark:
        m_switcher->apply(ColorScheme::Dark);
        break;
    case ColorSchemePreference::Auto:
        followDesktop();
        break;
    }
}

void ColorSchemeController::followDesktop()
{
    // GTK_THEME is known at once, so the first window already matches when it is set.
    applyWithoutPortal();

#if STUDIO_HAVE_QTDBUS
    auto *portal = new PortalColorScheme(QDBusConnection::sessionBus(), this);
    connect(portal, &PortalColorScheme::schemeChanged, m_switcher, &ColorSchemeSwitcher::apply);
    connect(portal, &PortalColorScheme::noPreference, this,
            &ColorSchemeController::applyWithoutPortal);
    portal->start();
#endif
}

void ColorSchemeController::applyWithoutPortal()
{
    if (const auto scheme = colorSchemeFromGtkTheme(qEnvironmentVariable("GTK_THEME")))
        m_switcher->apply(*scheme);
    else
        m_switcher->applyStartupLook();
}

} // namespace studio::ui
