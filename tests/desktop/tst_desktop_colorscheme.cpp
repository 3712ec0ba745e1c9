// SPDX-License-Identifier: GPL-3.0-or-later
// The colour scheme: parsing the desktop's signals, the dark palette, status colours that stay
// readable in both schemes, and the settings portal read over a private D-Bus daemon that the
// test starts and stops itself.
#include "platform/ColorScheme.h"
#include "platform/StatusColours.h"

#if STUDIO_HAVE_QTDBUS
#include "platform/PortalColorScheme.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusVariant>
#endif

#include <QApplication>
#include <QLabel>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleFactory>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace studio::ui;

Q_DECLARE_METATYPE(std::optional<studio::ui::ColorScheme>)

namespace {

// The contrast ratio of two colours as WCAG 2 defines it, from 1 (none) to 21.
double contrastRatio(const QColor &first, const QColor &second)
{
    const auto luminance = [](const QColor &colour) {
        const auto channel = [](double value) {
            return value <= 0.03928 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF())
            + 0.0722 * channel(colour.blueF());
    };
    const double lighter = std::max(luminance(first), luminance(second));
    const double darker = std::min(luminance(first), luminance(second));
    return (lighter + 0.05) / (darker + 0.05);
}

QPalette fusionLightPalette()
{
    std::unique_ptr<QStyle> fusion(QStyleFactory::create(u"Fusion"_s));
    return fusion->standardPalette();
}

} // namespace

#if STUDIO_HAVE_QTDBUS
// Replies to org.freedesktop.portal.Settings.Read like xdg-desktop-portal 1.16 does: the value
// wrapped in one more variant.
class FakeSettingsPortal : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.portal.Settings")

public:
    uint colorScheme = 1;

public Q_SLOTS:
    QDBusVariant Read(const QString &settingNamespace, const QString &key)
    {
        if (settingNamespace != u"org.freedesktop.appearance" || key != u"color-scheme")
            return QDBusVariant(QVariant::fromValue(QDBusVariant(QString())));
        return QDBusVariant(QVariant::fromValue(QDBusVariant(colorScheme)));
    }
};
#endif

class TestColorScheme : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();

    void preferenceFromName_data();
    void preferenceFromName();
    void gtkThemeVariant_data();
    void gtkThemeVariant();
    void portalValue_data();
    void portalValue();

    void darkPaletteHasReadableText();
    void statusColoursHaveContrast_data();
    void statusColoursHaveContrast();
    void switcherAppliesDarkAndBack();
    void statusLabelFollowsScheme();
    void errorPanelFollowsScheme();
    void fixedPreferenceApplies();

    void portalReportsScheme();
    void portalReportsChange();
    void portalWithoutServiceReportsNoPreference();

private:
    QString m_startupStyle;
    QPalette m_startupPalette;
#if STUDIO_HAVE_QTDBUS
    QString startBus();
    QProcess m_busDaemon;
#endif
};

void TestColorScheme::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // Every test starts from the style and palette Qt chose, which is light on the offscreen
    // platform.
    QVERIFY(!isDarkPalette(QApplication::palette()));
    m_startupStyle = QApplication::style()->name();
    m_startupPalette = QApplication::palette();
}

void TestColorScheme::cleanup()
{
    // A failed test may leave the dark look behind.
    QApplication::setStyle(m_startupStyle);
    QApplication::setPalette(m_startupPalette);

#if STUDIO_HAVE_QTDBUS
    if (m_busDaemon.state() != QProcess::NotRunning) {
        m_busDaemon.terminate();
        m_busDaemon.waitForFinished(5000);
    }
#endif
}

void TestColorScheme::preferenceFromName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<int>("preference");

    QTest::newRow("auto") << u"auto"_s << true << int(ColorSchemePreference::Auto);
    QTest::newRow("light") << u"light"_s << true << int(ColorSchemePreference::Light);
    QTest::newRow("dark") << u"dark"_s << true << int(ColorSchemePreference::Dark);
    QTest::newRow("upper case") << u"Dark"_s << false << 0;
    QTest::newRow("empty") << QString() << false << 0;
}

void TestColorScheme::preferenceFromName()
{
    QFETCH(QString, name);
    QFETCH(bool, valid);
    QFETCH(int, preference);

    const auto parsed = colorSchemePreferenceFromName(name);
    QCOMPARE(parsed.has_value(), valid);
    if (valid)
        QCOMPARE(int(*parsed), preference);
}

void TestColorScheme::gtkThemeVariant_data()
{
    QTest::addColumn<QString>("gtkTheme");
    QTest::addColumn<std::optional<ColorScheme>>("expected");

    QTest::newRow("dark variant") << u"Adwaita:dark"_s << std::optional(ColorScheme::Dark);
    QTest::newRow("light variant") << u"Adwaita:light"_s << std::optional(ColorScheme::Light);
    QTest::newRow("no variant") << u"Adwaita"_s << std::optional<ColorScheme>();
    QTest::newRow("dark theme name only") << u"Adwaita-dark"_s << std::optional<ColorScheme>();
    QTest::newRow("unset") << QString() << std::optional<ColorScheme>();
}

void TestColorScheme::gtkThemeVariant()
{
    QFETCH(QString, gtkTheme);
    QFETCH(std::optional<ColorScheme>, expected);

    QCOMPARE(colorSchemeFromGtkTheme(gtkTheme), expected);
}

void TestColorScheme::portalValue_data()
{
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<std::optional<ColorScheme>>("expected");

    QTest::newRow("prefers dark") << QVariant(1u) << std::optional(ColorScheme::Dark);
    QTest::newRow("prefers light") << QVariant(2u) << std::optional(ColorScheme::Light);
    QTest::newRow("no preference") << QVariant(0u) << std::optional<ColorScheme>();
    QTest::newRow("unknown number") << QVariant(7u) << std::optional<ColorScheme>();
    QTest::newRow("not a number") << QVariant(u"dark"_s) << std::optional<ColorScheme>();
#if STUDIO_HAVE_QTDBUS
    QTest::newRow("wrapped twice, as Read returns it")
        << QVariant::fromValue(QDBusVariant(QVariant::fromValue(QDBusVariant(1u))))
        << std::optional(ColorScheme::Dark);
#endif
}

void TestColorScheme::portalValue()
{
    QFETCH(QVariant, value);
    QFETCH(std::optional<ColorScheme>, expected);

    QCOMPARE(colorSchemeFromPortalValue(value), expected);
}

void TestColorScheme::darkPaletteHasReadableText()
{
    const QPalette palette = darkPalette();

    QVERIFY(isDarkPalette(palette));
    QVERIFY(contrastRatio(palette.color(QPalette::Text), palette.color(QPalette::Base)) >= 7);
    QVERIFY(contrastRatio(palette.color(QPalette::WindowText), palette.color(QPalette::Window))
            >= 7);
    QVERIFY(contrastRatio(palette.color(QPalette::ButtonText), palette.color(QPalette::Button))
            >= 7);
    QVERIFY(contrastRatio(palette.color(QPalette::PlaceholderText), palette.color(QPalette::Base))
            >= 4.5);
    QVERIFY(contrastRatio(palette.color(QPalette::HighlightedText),
                          palette.color(QPalette::Highlight))
            >= 4.5);
}

void TestColorScheme::statusColoursHaveContrast_data()
{
    QTest::addColumn<QPalette>("palette");
    QTest::addColumn<int>("status");

    const QPalette light = fusionLightPalette();
    const QPalette dark = darkPalette();
    for (const auto &[name, status] : {std::pair{"success", StatusColour::Success},
                                       std::pair{"warning", StatusColour::Warning},
                                       std::pair{"error", StatusColour::Error}}) {
        QTest::addRow("%s on light", name) << light << int(status);
        QTest::addRow("%s on dark", name) << dark << int(status);
    }
}

void TestColorScheme::statusColoursHaveContrast()
{
    QFETCH(QPalette, palette);
    QFETCH(int, status);

    const QColor colour = statusColour(StatusColour(status), palette);
    const double onWindow = contrastRatio(colour, palette.color(QPalette::Window));
    const double onBase = contrastRatio(colour, palette.color(QPalette::Base));
    QVERIFY2(onWindow >= 4.5, qPrintable(QString::number(onWindow)));
    QVERIFY2(onBase >= 4.5, qPrintable(QString::number(onBase)));
}

void TestColorScheme::switcherAppliesDarkAndBack()
{
    const QPalette startupPalette = QApplication::palette();
    const QString startupStyle = QApplication::style()->name();
    ColorSchemeSwitcher switcher;
    QSignalSpy applied(&switcher, &ColorSchemeSwitcher::schemeApplied);

    switcher.apply(ColorScheme::Dark);
    QCOMPARE(applied.count(), 1);
    QVERIFY(isDarkPalette(QApplication::palette()));
    QCOMPARE(QApplication::style()->name().toLower(), u"fusion"_s);
    QCOMPARE(QApplication::palette().color(QPalette::Window), darkPalette().color(QPalette::Window));

    switcher.apply(ColorScheme::Dark);
    QCOMPARE(applied.count(), 1);

    switcher.apply(ColorScheme::Light);
    QCOMPARE(applied.count(), 2);
    QCOMPARE(QApplication::style()->name(), startupStyle);
    QCOMPARE(QApplication::palette().color(QPalette::Window), startupPalette.color(QPalette::Window));
    QVERIFY(!isDarkPalette(QApplication::palette()));
}

void TestColorScheme::statusLabelFollowsScheme()
{
    ColorSchemeSwitcher switcher;
    QWidget window;
    auto *label = new QLabel(u"The body is not valid JSON."_s, &window);
    setStatusColour(label, StatusColour::Error);
    QCOMPARE(label->palette().color(QPalette::WindowText),
             statusColour(StatusColour::Error, QApplication::palette()));

    switcher.apply(ColorScheme::Dark);
    QCOMPARE(label->palette().color(QPalette::WindowText),
             statusColour(StatusColour::Error, darkPalette()));
    // Roles the status does not set still follow the application.
    QCOMPARE(label->palette().color(QPalette::Window), darkPalette().color(QPalette::Window));

    setStatusColour(label, StatusColour::Normal);
    QCOMPARE(label->palette().color(QPalette::WindowText),
             darkPalette().color(QPalette::WindowText));

    switcher.apply(ColorScheme::Light);
    QCOMPARE(label->palette().color(QPalette::WindowText),
             QApplication::palette().color(QPalette::WindowText));
}

void TestColorScheme::errorPanelFollowsScheme()
{
    ColorSchemeSwitcher switcher;
    QWidget window;
    auto *panel = new QWidget(&window);
    auto *text = new QLabel(u"The call failed with HTTP 400 Bad Request."_s, panel);
    setErrorPanelColours(panel);

    const auto checkReadable = [&] {
        const QColor background = panel->palette().color(QPalette::Window);
        const QColor foreground = text->palette().color(QPalette::WindowText);
        QVERIFY2(contrastRatio(foreground, background) >= 7,
                 qPrintable(foreground.name() + u" on "_s + background.name()));
        QVERIFY(panel->autoFillBackground());
    };

    checkReadable();
    QVERIFY(!isDarkPalette(panel->palette()));

    switcher.apply(ColorScheme::Dark);
    checkReadable();
    QVERIFY(isDarkPalette(panel->palette()));

    switcher.apply(ColorScheme::Light);
    checkReadable();
    QVERIFY(!isDarkPalette(panel->palette()));
}

void TestColorScheme::fixedPreferenceApplies()
{
    {
        ColorSchemeController controller(ColorSchemePreference::Dark);
        QCOMPARE(controller.switcher()->appliedScheme(), ColorScheme::Dark);
        QVERIFY(isDarkPalette(QApplication::palette()));
        controller.switcher()->applyStartupLook();
    }
    QVERIFY(!isDarkPalette(QApplication::palette()));

    ColorSchemeController controller(ColorSchemePreference::Light);
    QCOMPARE(controller.switcher()->appliedScheme(), ColorScheme::Light);
    QVERIFY(!isDarkPalette(QApplication::palette()));
}

#if STUDIO_HAVE_QTDBUS
// Starts a private session bus and returns its address, or an empty string when dbus-daemon is
// missing or does not start.
QString TestColorScheme::startBus()
{
    const QString daemon = QStandardPaths::findExecutable(u"dbus-daemon"_s);
    if (daemon.isEmpty())
        return {};

    m_busDaemon.start(daemon, {u"--session"_s, u"--nofork"_s, u"--nopidfile"_s,
                               u"--print-address=1"_s});
    if (!m_busDaemon.waitForStarted(5000))
        return {};
    // dbus-daemon prints its address as the first line once it listens.
    while (!m_busDaemon.canReadLine()) {
        if (!m_busDaemon.waitForReadyRead(5000))
            return {};
    }
    return QString::fromLocal8Bit(m_busDaemon.readLine()).trimmed();
}
#endif

void TestColorScheme::portalReportsScheme()
{
#if STUDIO_HAVE_QTDBUS
    const QString address = startBus();
    if (address.isEmpty())
        QSKIP("dbus-daemon is not installed (package dbus-daemon).");

    QDBusConnection service = QDBusConnection::connectToBus(address, u"portal-service"_s);
    QDBusConnection client = QDBusConnection::connectToBus(address, u"portal-client"_s);
    QVERIFY(service.isConnected());
    QVERIFY(client.isConnected());
    FakeSettingsPortal portal;
    QVERIFY(service.registerObject(u"/org/freedesktop/portal/desktop"_s, &portal,
                                   QDBusConnection::ExportAllSlots));
    QVERIFY(service.registerService(u"org.freedesktop.portal.Desktop"_s));

    PortalColorScheme reader(client);
    QSignalSpy changed(&reader, &PortalColorScheme::schemeChanged);
    QSignalSpy noPreference(&reader, &PortalColorScheme::noPreference);
    reader.start();
    QVERIFY(changed.wait(PortalColorScheme::ReadTimeoutMs * 3));
    QCOMPARE(changed.first().first().value<ColorScheme>(), ColorScheme::Dark);
    QCOMPARE(noPreference.count(), 0);

    QDBusConnection::disconnectFromBus(u"portal-client"_s);
    QDBusConnection::disconnectFromBus(u"portal-service"_s);
#else
    QSKIP("Built without QtDBus.");
#endif
}

void TestColorScheme::portalReportsChange()
{
#if STUDIO_HAVE_QTDBUS
    const QString address = startBus();
    if (address.isEmpty())
        QSKIP("dbus-daemon is not installed (package dbus-daemon).");

    QDBusConnection service = QDBusConnection::connectToBus(address, u"portal-service"_s);
    QDBusConnection client = QDBusConnection::connectToBus(address, u"portal-client"_s);
    FakeSettingsPortal portal;
    portal.colorScheme = 0;
    QVERIFY(service.registerObject(u"/org/freedesktop/portal/desktop"_s, &portal,
                                   QDBusConnection::ExportAllSlots));
    QVERIFY(service.registerService(u"org.freedesktop.portal.Desktop"_s));

    PortalColorScheme reader(client);
    QSignalSpy changed(&reader, &PortalColorScheme::schemeChanged);
    QSignalSpy noPreference(&reader, &PortalColorScheme::noPreference);
    reader.start();
    QVERIFY(noPreference.wait(PortalColorScheme::ReadTimeoutMs * 3));
    QCOMPARE(changed.count(), 0);

    // The portal announces a switch to light; the signal carries the value in one variant.
    QDBusMessage signal = QDBusMessage::createSignal(
        u"/org/freedesktop/portal/desktop"_s, u"org.freedesktop.portal.Settings"_s,
        u"SettingChanged"_s);
    signal << u"org.freedesktop.appearance"_s << u"color-scheme"_s
           << QVariant::fromValue(QDBusVariant(2u));
    QVERIFY(service.send(signal));
    QVERIFY(changed.wait(5000));
    QCOMPARE(changed.first().first().value<ColorScheme>(), ColorScheme::Light);

    QDBusConnection::disconnectFromBus(u"portal-client"_s);
    QDBusConnection::disconnectFromBus(u"portal-service"_s);
#else
    QSKIP("Built without QtDBus.");
#endif
}

void TestColorScheme::portalWithoutServiceReportsNoPreference()
{
#if STUDIO_HAVE_QTDBUS
    const QString address = startBus();
    if (address.isEmpty())
        QSKIP("dbus-daemon is not installed (package dbus-daemon).");

    QDBusConnection client = QDBusConnection::connectToBus(address, u"portal-client"_s);
    PortalColorScheme reader(client);
    QSignalSpy changed(&reader, &PortalColorScheme::schemeChanged);
    QSignalSpy noPreference(&reader, &PortalColorScheme::noPreference);
    reader.start();
    QVERIFY(noPreference.wait(PortalColorScheme::ReadTimeoutMs * 3));
    QCOMPARE(changed.count(), 0);

    QDBusConnection::disconnectFromBus(u"portal-client"_s);
#else
    QSKIP("Built without QtDBus.");
#endif
}

QTEST_MAIN(TestColorScheme)
#include "tst_desktop_colorscheme.moc"
