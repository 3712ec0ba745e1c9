// SPDX-License-Identifier: GPL-3.0-or-later
// Keyboard and screen reader audit of every wizard page and of the main window, in English.
// Tab reaches every control in reading order, and each focus stop has a name a screen reader
// can announce. The visible buttons and label buddies have mnemonics without duplicates.
#include "WidgetTestData.h"

#include "main/MainWindow.h"
#include "main/RequestConsole.h"
#include "widgets/ExchangeView.h"
#include "wizard/OnboardingWizard.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QRadioButton>
#include <QTabBar>
#include <QTest>
#include <QToolButton>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace studio;
using ui::OnboardingWizard;

namespace {

// More focus stops than any page has; reaching it means Tab never came back to the start.
constexpr int MaxFocusStops = 200;

QString describe(const QWidget *widget)
{
    QString name = widget->objectName();
    for (const QWidget *parent = widget->parentWidget(); parent && name.isEmpty();
         parent = parent->parentWidget()) {
        if (!parent->objectName().isEmpty())
            name = u"(child of "_s + parent->objectName() + u')';
    }
    return QString::fromLatin1(widget->metaObject()->className()) + u' ' + name;
}

// The character after a single '&', lower-cased, or a null character without one.
QChar mnemonicOf(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) == u'&') {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

QString accessibleNameOf(QWidget *widget)
{
    // A tab bar has no name of its own; a screen reader announces the current tab.
    if (auto *tabs = qobject_cast<QTabBar *>(widget))
        return tabs->tabText(tabs->currentIndex());

    QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
    return accessible ? accessible->text(QAccessible::Name).trimmed() : QString();
}

// Pressing Tab from the first focus stop until focus comes back: the focus stops in order.
QList<QWidget *> tabChain(QWidget *window)
{
    QList<QWidget *> chain;
    QWidget *first = QApplication::focusWidget();
    if (!first || first->window() != window)
        return chain;

    QWidget *current = first;
    do {
        chain += current;
        QTest::keyClick(current, Qt::Key_Tab);
        current = QApplication::focusWidget();
    } while (current && current != first && chain.size() < MaxFocusStops);
    return chain;
}

// The controls that carry a mnemonic: visible buttons and labels with a buddy.
struct MnemonicCarrier
{
    QWidget *widget;
    QString text;
};

QList<MnemonicCarrier> mnemonicCarriers(QWidget *window)
{
    QList<MnemonicCarrier> carriers;
    const auto buttons = window->findChildren<QAbstractButton *>();
    for (QAbstractButton *button : buttons) {
        if (button->isVisible() && !button->text().isEmpty())
            carriers += {button, button->text()};
    }
    const auto labels = window->findChildren<QLabel *>();
    for (QLabel *label : labels) {
        if (label->isVisible() && label->buddy())
            carriers += {label, label->text()};
    }
    // Alt and a menu title's letter opens the menu, so those letters are taken as well.
    if (auto *mainWindow = qobject_cast<QMainWindow *>(window); mainWindow && mainWindow->menuBar()) {
        const auto menus = mainWindow->menuBar()->actions();
        for (QAction *menu : menus)
            carriers += {mainWindow->menuBar(), menu->text()};
    }
    return carriers;
}

// Whether Tab can reach the widget or, for a compound widget such as a secret field, a child.
bool takesTabFocus(const QWidget *widget)
{
    if ((widget->focusPolicy() & Qt::TabFocus) != 0)
        return true;
    const auto children = widget->findChildren<QWidget *>();
    return std::any_of(children.begin(), children.end(), [](const QWidget *child) {
        return child->isVisible() && (child->focusPolicy() & Qt::TabFocus) != 0;
    });
}

// Whether a control must have a mnemonic: push buttons, radio buttons, check boxes and labels of
// focusable buddies. Tool buttons such as Copy and Reveal are exempt, because they sit next to
// the field they act on and Tab reaches them. So are buttons with a shortcut of their own, such
// as Send on Ctrl+Return, and the dialog's Cancel, which Escape triggers.
bool needsMnemonic(const MnemonicCarrier &carrier, const QWidget *window)
{
    if (auto *label = qobject_cast<QLabel *>(carrier.widget)) {
        const QWidget *buddy = label->buddy();
        return buddy->isVisible() && buddy->isEnabled() && takesTabFocus(buddy);
    }
    if (auto *wizard = qobject_cast<const QWizard *>(window);
        wizard && carrier.widget == wizard->button(QWizard::CancelButton)) {
        return false;
    }
    if (auto *button = qobject_cast<QAbstractButton *>(carrier.widget);
        button && !button->shortcut().isEmpty()) {
        return false;
    }
    return qobject_cast<QPushButton *>(carrier.widget) || qobject_cast<QRadioButton *>(carrier.widget)
        || qobject_cast<QCheckBox *>(carrier.widget);
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wizardPage_data();
    void wizardPage();
    void mainWindow_data();
    void mainWindow();
    void mainWindowMenus();

private:
    void auditWindow(QWidget *window, const QList<QWidget *> &regions);

    QNetworkAccessManager m_network;
};

void TestAccessibility::auditWindow(QWidget *window, const QList<QWidget *> &regions)
{
    // Focus stops.
    const QList<QWidget *> chain = tabChain(window);
    QVERIFY2(!chain.isEmpty(), "no widget has focus");
    QVERIFY2(chain.size() < MaxFocusStops, "Tab does not come back to the first focus stop");

    for (QWidget *widget : chain) {
        QVERIFY2(!accessibleNameOf(widget).isEmpty(),
                 qPrintable(describe(widget) + u" has no accessible name"_s));
    }

    // Reading order: inside each region, such as a wizard page or a dock, Tab never moves to a
    // control higher up the window unless it starts a new column to the right.
    QWidget *previous = nullptr;
    QWidget *previousRegion = nullptr;
    for (QWidget *widget : chain) {
        const auto region = std::find_if(regions.begin(), regions.end(), [widget](QWidget *area) {
            return area->isAncestorOf(widget);
        });
        if (region == regions.end())
            continue;
        if (*region != previousRegion)
            previous = nullptr;
        previousRegion = *region;
        if (previous) {
            const QRect before(previous->mapTo(window, QPoint()), previous->size());
            const QRect after(widget->mapTo(window, QPoint()), widget->size());
            const bool below = after.top() >= before.top() - before.height() / 2;
            const bool nextColumn = after.left() >= before.right();
            QVERIFY2(below || nextColumn,
                     qPrintable(u"Tab goes up from "_s + describe(previous) + u" to "_s
                                + describe(widget)));
        }
        previous = widget;
    }

    // Mnemonics.
    QHash<QChar, QString> owners;
    const QList<MnemonicCarrier> carriers = mnemonicCarriers(window);
    for (const MnemonicCarrier &carrier : carriers) {
        const QChar mnemonic = mnemonicOf(carrier.text);
        if (mnemonic.isNull()) {
            QVERIFY2(!needsMnemonic(carrier, window),
                     qPrintable(describe(carrier.widget) + u" \""_s + carrier.text
                                + u"\" has no mnemonic"_s));
            continue;
        }
        QVERIFY2(!owners.contains(mnemonic),
                 qPrintable(u"Alt+"_s + mnemonic + u" is on both \""_s + owners.value(mnemonic)
                            + u"\" and \""_s + carrier.text + u'"'));
        owners.insert(mnemonic, carrier.text);
    }
}

void TestAccessibility::wizardPage_data()
{
    QTest::addColumn<int>("pageId");

    QTest::newRow("environment") << int(OnboardingWizard::EnvironmentPageId);
    QTest::newRow("key pair") << int(OnboardingWizard::KeyPairPageId);
    QTest::newRow("API key") << int(OnboardingWizard::ApiKeyPageId);
    QTest::newRow("installation") << int(OnboardingWizard::InstallationPageId);
    QTest::newRow("device") << int(OnboardingWizard::DevicePageId);
    QTest::newRow("session") << int(OnboardingWizard::SessionPageId);
}

void TestAccessibility::wizardPage()
{
    QFETCH(int, pageId);

    OnboardingWizard wizard(&m_network);
    wizard.setLocalSandboxUrl(QUrl(u"http://127.0.0.1:1/v1/"_s));
    wizard.setStartId(pageId);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowActive(&wizard));
    QCOMPARE(wizard.currentId(), pageId);

    // Every page puts the focus somewhere useful when it opens.
    QWidget *focus = QApplication::focusWidget();
    QVERIFY2(focus && wizard.currentPage()->isAncestorOf(focus),
             qPrintable(focus ? describe(focus) : u"nothing"_s));

    auditWindow(&wizard, {wizard.currentPage()});
}

void TestAccessibility::mainWindow_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<int>("result");

    QTest::newRow("GET before the first call") << u"GET"_s << 0;
    QTest::newRow("POST with a result") << u"POST"_s << 1;
    QTest::newRow("POST with an error") << u"POST"_s << 2;
    QTest::newRow("with the local sandbox panel") << u"GET"_s << 3;
}

void TestAccessibility::mainWindow()
{
    QFETCH(QString, method);
    QFETCH(int, result);

    ui::MainWindow window(&m_network, testdata::sessionContext());
    auto *methods = window.findChild<QComboBox *>(u"methodCombo"_s);
    QVERIFY(methods);
    methods->setCurrentText(method);
    if (result == 1)
        window.console()->exchangeView()->setResult(testdata::successResult());
    if (result == 2)
        window.console()->exchangeView()->setResult(testdata::errorResult());
    // Nothing listens on port 1, so the panel's requests fail at once and stay on loopback.
    if (result == 3)
        window.showLocalSandboxPanel(QUrl(u"http://127.0.0.1:1/"_s));
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));

    QCOMPARE(QApplication::focusWidget(), window.findChild<QWidget *>(u"pathEdit"_s));
    QList<QWidget *> regions{window.centralWidget()};
    const auto docks = window.findChildren<QDockWidget *>();
    for (QDockWidget *dock : docks)
        regions += dock->widget();
    auditWindow(&window, regions);
}

void TestAccessibility::mainWindowMenus()
{
    ui::MainWindow window(&m_network, testdata::sessionContext());

    QHash<QChar, QString> menuOwners;
    const auto menuActions = window.menuBar()->actions();
    for (const QAction *menuAction : menuActions) {
        const QChar mnemonic = mnemonicOf(menuAction->text());
        QVERIFY2(!mnemonic.isNull(), qPrintable(menuAction->text()));
        QVERIFY2(!menuOwners.contains(mnemonic), qPrintable(menuAction->text()));
        menuOwners.insert(mnemonic, menuAction->text());

        // A dock's toggle action takes the dock's title, which carries no mnemonic.
        QList<const QAction *> dockToggles;
        const auto docks = window.findChildren<QDockWidget *>();
        for (QDockWidget *dock : docks)
            dockToggles += dock->toggleViewAction();

        QHash<QChar, QString> itemOwners;
        const auto items = menuAction->menu()->actions();
        for (const QAction *item : items) {
            if (item->isSeparator() || dockToggles.contains(item))
                continue;
            const QChar itemMnemonic = mnemonicOf(item->text());
            QVERIFY2(!itemMnemonic.isNull(),
                     qPrintable(item->text() + u" in "_s + menuAction->text()));
            QVERIFY2(!itemOwners.contains(itemMnemonic), qPrintable(item->text()));
            itemOwners.insert(itemMnemonic, item->text());
        }
    }

    const auto *quit = window.findChild<QAction *>(u"quitAction"_s);
    QVERIFY(quit);
    QCOMPARE(quit->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Q));
}

QTEST_MAIN(TestAccessibility)
#include "tst_desktop_accessibility.moc"
