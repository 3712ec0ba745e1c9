// SPDX-License-Identifier: GPL-3.0-or-later
// The app's desktop identity: the id that names the installed files, and the window icon that
// the SVG icon engine draws at any size.
#include "platform/DesktopIntegration.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QTest>

using namespace Qt::StringLiterals;

class TestDesktopIntegration : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void desktopIdIsReverseDns();
    void setUpNamesDesktopFileAndIcon();
    void iconIsScalable_data();
    void iconIsScalable();
    void colorSchemeOption_data();
    void colorSchemeOption();
};

void TestDesktopIntegration::desktopIdIsReverseDns()
{
    const QString id = studio::ui::desktopId();

    QCOMPARE(id, QStringLiteral(STUDIO_APP_ID));
    QCOMPARE(id.count(u'.'), 3);
    QVERIFY2(!id.startsWith(u"com.bunq"_s), "the id must not claim bunq's domain");
}

void TestDesktopIntegration::setUpNamesDesktopFileAndIcon()
{
    studio::ui::setUpDesktopIntegration();

    QCOMPARE(QGuiApplication::desktopFileName(), studio::ui::desktopId());
    QVERIFY(!QApplication::windowIcon().isNull());
}

void TestDesktopIntegration::iconIsScalable_data()
{
    QTest::addColumn<int>("size");

    QTest::newRow("16 px") << 16;
    QTest::newRow("48 px") << 48;
    QTest::newRow("512 px") << 512;
}

void TestDesktopIntegration::iconIsScalable()
{
    QFETCH(int, size);

    // The SVG is drawn at 128 px; a raster icon engine would return no larger pixmap than that.
    const QIcon icon(u":/icons/app.svg"_s);
    QVERIFY2(!icon.isNull(), "the SVG icon engine (package libqt6svg6) is missing");
    const QPixmap pixmap = icon.pixmap(QSize(size, size));
    QCOMPARE(pixmap.size(), QSize(size, size));
    QVERIFY(!pixmap.toImage().allGray());
}

void TestDesktopIntegration::colorSchemeOption_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("valid");

    QTest::newRow("light") << u"light"_s << true;
    QTest::newRow("misspelt") << u"drak"_s << false;
}

void TestDesktopIntegration::colorSchemeOption()
{
    QFETCH(QString, value);
    QFETCH(bool, valid);

    QCommandLineParser parser;
    studio::ui::addDesktopOptions(parser);
    QVERIFY(parser.parse({u"bunq-session-studio"_s, u"--color-scheme"_s, value}));
    QCOMPARE(studio::ui::applyDesktopOptions(parser), valid);
}

QTEST_MAIN(TestDesktopIntegration)
#include "tst_desktop_integration.moc"
