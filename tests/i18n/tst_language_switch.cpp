// SPDX-License-Identifier: GPL-3.0-or-later
// Switches the interface language of the running wizard and main window, with a local sandbox on
// 127.0.0.1. Checks their texts, the mnemonics of every wizard page, and the X-Bunq-Language
// header of the calls made afterwards.
#include "LocalSandbox.h"
#include "i18n/LanguageManager.h"
#include "main/MainWindow.h"
#include "main/RequestConsole.h"
#include "shell/AppShell.h"
#include "widgets/ExchangeErrorBox.h"
#include "widgets/ExchangePanes.h"
#include "widgets/ExchangeView.h"
#include "widgets/HeaderTable.h"
#include "wizard/ApiKeyPage.h"
#include "wizard/FlowController.h"
#include "wizard/KeyPairPage.h"
#include "wizard/OnboardingWizard.h"
#include "wizard/StepPage.h"

#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMultiMap>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QRadioButton>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace studio;
using ui::Language;
using ui::OnboardingWizard;
using ui::StepPage;

Q_DECLARE_METATYPE(studio::ui::Language)

namespace {

// Key generation and each call to the local sandbox usually finish within a second. The margin
// covers slow, shared CI machines.
constexpr int StepTimeoutMs = 20000;

// Well-formed for a sandbox, but no sandbox user has it.
const QString UnknownSandboxKey = u"sandbox_"_s + QString(56, u'0');

// What the wizard shows in one language. The button texts of QWizard come from Qt's own
// catalogues (qtbase_nl.qm, qtbase_de.qm).
struct WizardTexts
{
    QString windowTitle;
    QString environmentTitle;
    QString localRadio;
    QString keyPairTitle;
    QString generateAgain;
    QString back;
    QString next;
    QString cancel;
};

const WizardTexts English = {
    u"bunq Session Studio: open a session"_s, u"Choose an environment"_s,
    u"&Local sandbox (built in)"_s,           u"Key pair"_s,
    u"&Generate again"_s,                      u"< &Back"_s,
    u"&Next >"_s,                              u"Cancel"_s,
};
const WizardTexts Dutch = {
    u"bunq Session Studio: een sessie openen"_s, u"Kies een omgeving"_s,
    u"&Lokale sandbox (ingebouwd)"_s,            u"Sleutelpaar"_s,
    u"Opnieuw &genereren"_s,                      u"< &Terug"_s,
    u"&Volgende >"_s,                             u"Annuleren"_s,
};
const WizardTexts German = {
    u"bunq Session Studio: eine Session öffnen"_s, u"Umgebung wählen"_s,
    u"&Lokale Sandbox (integriert)"_s,             u"Schlüsselpaar"_s,
    u"Erneut &erzeugen"_s,                          u"< &Zurück"_s,
    u"&Weiter >"_s,                                 u"Abbrechen"_s,
};

template <typename T>
T *findNamed(const QObject *parent, const QString &name)
{
    return parent->findChild<T *>(name);
}

// The character after a single "&", in lower case, or a null QChar when there is none.
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

// Lists every mnemonic that two of the main window's menus and visible controls share.
QStringList mainWindowClashes(const ui::MainWindow &window)
{
    QStringList texts;
    const auto menus = window.menuBar()->actions();
    for (const QAction *menu : menus)
        texts += menu->text();
    const auto buttons = window.findChildren<QAbstractButton *>();
    for (const QAbstractButton *button : buttons) {
        if (button->isVisibleTo(&window))
            texts += button->text();
    }
    const auto labels = window.findChildren<QLabel *>();
    for (const QLabel *label : labels) {
        if (label->buddy() && label->isVisibleTo(&window))
            texts += label->text();
    }

    QMultiMap<QChar, QString> owners;
    for (const QString &text : std::as_const(texts)) {
        if (const QChar letter = mnemonicOf(text); !letter.isNull())
            owners.insert(letter, text);
    }
    QStringList clashes;
    for (const QChar letter : owners.uniqueKeys()) {
        if (owners.count(letter) > 1) {
            clashes += u"\"%1\" shared by %2"_s.arg(QString(letter),
                                                    owners.values(letter).join(u", "_s));
        }
    }
    return clashes;
}

} // namespace

class TestLanguageSwitch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void wizardFollowsLanguageAtRuntime();
    void callsAskForInterfaceLanguage();
    void mnemonicsDistinctOnEveryPage_data();
    void mnemonicsDistinctOnEveryPage();
    void mainWindowMenuSwitchesLanguage();

private:
    OnboardingWizard *wizard() const { return m_shell->wizard(); }
    QWizardPage *page(OnboardingWizard::PageId id) const { return wizard()->page(id); }
    QAbstractButton *nextButton() const { return wizard()->button(QWizard::NextButton); }

    void chooseInCombo(const QString &code);
    void expectWizardTexts(const WizardTexts &texts, OnboardingWizard::PageId pageId);
    void clickNext(OnboardingWizard::PageId expected);
    void waitForStep(OnboardingWizard::PageId id, StepPage::State expected);
    // A step page shows its Stop button only while the call runs, and an error box only after
    // it failed, so each state is checked on its own.
    enum class CallState { Running, Failed };
    QStringList mnemonicClashes(OnboardingWizard::PageId id, CallState state) const;

    std::unique_ptr<sandbox::SandboxThread> m_sandbox;
    QUrl m_sandboxUrl;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ui::LanguageManager> m_languages;
    std::unique_ptr<ui::AppShell> m_shell;
};

void TestLanguageSwitch::initTestCase()
{
    // Choices made through the combo box and the menu are saved to a test location only.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"bunq Session Studio tests"_s);
    QCoreApplication::setApplicationName(u"tst_language_switch"_s);
}

void TestLanguageSwitch::init()
{
    QSettings().remove(QString::fromLatin1(ui::LanguageManager::settingsKey));

    m_sandbox = std::make_unique<sandbox::SandboxThread>();
    QSignalSpy started(m_sandbox.get(), &sandbox::SandboxThread::started);
    QSignalSpy failed(m_sandbox.get(), &sandbox::SandboxThread::failed);
    m_sandbox->start();
    QTRY_VERIFY_WITH_TIMEOUT(!started.isEmpty() || !failed.isEmpty(), StepTimeoutMs);
    QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
    m_sandboxUrl = started.first().first().toUrl();

    // The wizard is built in English and switched afterwards, as when the user changes the
    // language after the app started.
    m_languages = std::make_unique<ui::LanguageManager>();
    m_languages->applyForThisRun(Language::English);
    m_network = std::make_unique<QNetworkAccessManager>();
    m_shell = std::make_unique<ui::AppShell>(m_network.get());
    m_shell->setLanguageManager(m_languages.get());
    wizard()->setLocalSandboxUrl(m_sandboxUrl);
    m_shell->showWizard();
    QVERIFY(QTest::qWaitForWindowExposed(wizard()));
}

void TestLanguageSwitch::cleanup()
{
    m_shell.reset();
    m_network.reset();
    m_languages.reset();
    m_sandbox.reset();
}

void TestLanguageSwitch::chooseInCombo(const QString &code)
{
    auto *combo = findNamed<QComboBox>(wizard(), u"languageCombo"_s);
    QVERIFY(combo);
    const int index = combo->findData(code);
    QVERIFY2(index >= 0, qPrintable(code));
    combo->setCurrentIndex(index);
}

void TestLanguageSwitch::expectWizardTexts(const WizardTexts &texts,
                                           OnboardingWizard::PageId pageId)
{
    const QString title = pageId == OnboardingWizard::EnvironmentPageId ? texts.environmentTitle
                                                                        : texts.keyPairTitle;
    // QEvent::LanguageChange is posted, so the texts change once the event loop ran.
    QTRY_COMPARE(wizard()->currentPage()->title(), title);
    QCOMPARE(wizard()->windowTitle(), texts.windowTitle);
    QCOMPARE(nextButton()->text(), texts.next);
    QCOMPARE(wizard()->button(QWizard::BackButton)->text(), texts.back);
    QCOMPARE(wizard()->button(QWizard::CancelButton)->text(), texts.cancel);
    QCOMPARE(findNamed<QRadioButton>(wizard(), u"localSandboxRadio"_s)->text(), texts.localRadio);
}

void TestLanguageSwitch::clickNext(OnboardingWizard::PageId expected)
{
    QTRY_VERIFY_WITH_TIMEOUT(nextButton()->isEnabled(), StepTimeoutMs);
    nextButton()->click();
    QCOMPARE(wizard()->currentId(), int(expected));
}

void TestLanguageSwitch::waitForStep(OnboardingWizard::PageId id, StepPage::State expected)
{
    auto *step = qobject_cast<StepPage *>(page(id));
    QVERIFY(step);
    QTRY_VERIFY_WITH_TIMEOUT(step->state() != StepPage::State::Running, StepTimeoutMs);
    QVERIFY2(step->state() == expected,
             qPrintable(findNamed<QLabel>(step, u"statusLabel"_s)->text()));
}

void TestLanguageSwitch::wizardFollowsLanguageAtRuntime()
{
    expectWizardTexts(English, OnboardingWizard::EnvironmentPageId);

    // Dutch from the wizard's own combo box, which saves the choice.
    chooseInCombo(u"nl"_s);
    expectWizardTexts(Dutch, OnboardingWizard::EnvironmentPageId);
    QCOMPARE(m_languages->language(), Language::Dutch);
    QCOMPARE(ui::LanguageManager::savedChoice(), std::optional(Language::Dutch));

    clickNext(OnboardingWizard::KeyPairPageId);
    expectWizardTexts(Dutch, OnboardingWizard::KeyPairPageId);
    QTRY_VERIFY_WITH_TIMEOUT(page(OnboardingWizard::KeyPairPageId)->isComplete(), StepTimeoutMs);
    auto *generate = findNamed<QPushButton>(wizard(), u"generateKeyButton"_s);
    QCOMPARE(generate->text(), Dutch.generateAgain);

    // German from elsewhere, as the main window's menu does, while the key pair page is open.
    m_languages->choose(Language::German);
    expectWizardTexts(German, OnboardingWizard::KeyPairPageId);
    QCOMPARE(generate->text(), German.generateAgain);

    wizard()->button(QWizard::BackButton)->click();
    expectWizardTexts(German, OnboardingWizard::EnvironmentPageId);
    auto *combo = findNamed<QComboBox>(wizard(), u"languageCombo"_s);
    QCOMPARE(combo->currentData().toString(), u"de"_s);

    // And back to English.
    chooseInCombo(u"en"_s);
    expectWizardTexts(English, OnboardingWizard::EnvironmentPageId);
    QCOMPARE(ui::LanguageManager::savedChoice(), std::optional(Language::English));
}

void TestLanguageSwitch::callsAskForInterfaceLanguage()
{
    chooseInCombo(u"nl"_s);
    QTRY_COMPARE(wizard()->currentPage()->title(), Dutch.environmentTitle);
    clickNext(OnboardingWizard::KeyPairPageId);
    clickNext(OnboardingWizard::ApiKeyPageId);

    // A sandbox user made in Dutch requests Dutch texts from bunq.
    QWizardPage *apiKeyPage = page(OnboardingWizard::ApiKeyPageId);
    auto *userExchange = findNamed<ui::ExchangeView>(apiKeyPage, u"sandboxUserExchange"_s);
    QSignalSpy finished(wizard()->controller(), &ui::FlowController::stepFinished);
    QTest::mouseClick(findNamed<QPushButton>(apiKeyPage, u"createUserButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), StepTimeoutMs);
    ui::HeaderTable *headers = userExchange->requestPane()->headerTable();
    QCOMPARE(headers->displayedValue("X-Bunq-Language"), u"nl_NL"_s);
    QCOMPARE(headers->displayedValue("X-Bunq-Region"), u"nl_NL"_s);
    QVERIFY2(userExchange->summaryText().contains(u"serverhandtekening niet gecontroleerd"_s),
             qPrintable(userExchange->summaryText()));

    // With a key no sandbox user has, the device registration fails, and the sandbox sends
    // its Dutch error_description_translated next to the English text.
    auto *keyEdit = findNamed<QLineEdit>(apiKeyPage, u"apiKeyEdit"_s);
    keyEdit->setText(UnknownSandboxKey);
    clickNext(OnboardingWizard::InstallationPageId);
    waitForStep(OnboardingWizard::InstallationPageId, StepPage::State::Succeeded);
    clickNext(OnboardingWizard::DevicePageId);
    QWizardPage *device = page(OnboardingWizard::DevicePageId);
    auto *run = findNamed<QPushButton>(device, u"runButton"_s);
    QTest::mouseClick(run, Qt::LeftButton);
    waitForStep(OnboardingWizard::DevicePageId, StepPage::State::Failed);

    auto *exchange = findNamed<ui::ExchangeView>(device, u"exchangeView"_s);
    auto *status = findNamed<QLabel>(device, u"statusLabel"_s);
    QCOMPARE(status->text(), u"Mislukt met HTTP-status 400."_s);
    QVERIFY2(exchange->errorText().contains(
                 u"(vertaald: Gebruikersgegevens zijn onjuist. Onjuiste API-sleutel of onjuist "
                 "IP-adres.)"_s),
             qPrintable(exchange->errorText()));
    QCOMPARE(exchange->requestPane()->headerTable()->displayedValue("X-Bunq-Language"),
             u"nl_NL"_s);

    // Switching now redraws the failed step in German, and the retry requests German texts.
    m_languages->choose(Language::German);
    QTRY_COMPARE(status->text(), u"Mit HTTP-Status 400 fehlgeschlagen."_s);
    QCOMPARE(run->text(), u"Er&neut versuchen"_s);
    QVERIFY2(exchange->errorText().contains(u"(übersetzt: Gebruikersgegevens"_s),
             qPrintable(exchange->errorText()));

    QTest::mouseClick(run, Qt::LeftButton);
    waitForStep(OnboardingWizard::DevicePageId, StepPage::State::Failed);
    QCOMPARE(exchange->requestPane()->headerTable()->displayedValue("X-Bunq-Language"),
             u"de_DE"_s);
    QCOMPARE(wizard()->controller()->bunqLocale(), "de_DE"_ba);
}

void TestLanguageSwitch::mnemonicsDistinctOnEveryPage_data()
{
    QTest::addColumn<Language>("language");
    QTest::addColumn<QString>("environmentTitle");

    QTest::newRow("English") << Language::English << English.environmentTitle;
    QTest::newRow("Dutch") << Language::Dutch << Dutch.environmentTitle;
    QTest::newRow("German") << Language::German << German.environmentTitle;
}

void TestLanguageSwitch::mnemonicsDistinctOnEveryPage()
{
    QFETCH(Language, language);
    QFETCH(QString, environmentTitle);

    m_languages->applyForThisRun(language);
    QTRY_COMPARE(wizard()->currentPage()->title(), environmentTitle);

    QStringList clashes;
    for (const int id : wizard()->pageIds()) {
        for (const CallState state : {CallState::Running, CallState::Failed})
            clashes += mnemonicClashes(OnboardingWizard::PageId(id), state);
    }
    clashes.removeDuplicates();
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u'\n')));
}

// Lists every mnemonic that two controls of one page share in one call state, counting the
// wizard buttons the page shows and the other texts a button takes in other states (Retry,
// Hide, …).
QStringList TestLanguageSwitch::mnemonicClashes(OnboardingWizard::PageId id,
                                                CallState state) const
{
    QWizardPage *wizardPage = page(id);
    QMultiMap<QChar, QString> owners; // mnemonic → the control's text

    const auto addTexts = [&owners](const QStringList &texts) {
        QSet<QChar> letters;
        for (const QString &text : texts) {
            const QChar letter = mnemonicOf(text);
            if (!letter.isNull() && !letters.contains(letter)) {
                letters.insert(letter);
                owners.insert(letter, text);
            }
        }
    };

    const QHash<QString, QStringList> otherStates = {
        {u"generateKeyButton"_s,
         {ui::KeyPairPage::tr("&Generate"), ui::KeyPairPage::tr("&Generate again")}},
        {u"revealApiKeyButton"_s, {ui::ApiKeyPage::tr("Sho&w"), ui::ApiKeyPage::tr("Hi&de")}},
        {u"createUserButton"_s,
         {ui::ApiKeyPage::tr("&Create sandbox user"),
          ui::ApiKeyPage::tr("&Create another sandbox user"), ui::ApiKeyPage::tr("&Retry")}},
        {u"runButton"_s, {StepPage::tr("&Retry")}},
    };
    const auto shownIn = [state](const QWidget *widget) {
        if (state == CallState::Failed)
            return widget->objectName() != u"stopButton";
        for (const QWidget *ancestor = widget; ancestor; ancestor = ancestor->parentWidget()) {
            if (qobject_cast<const ui::ExchangeErrorBox *>(ancestor))
                return false;
        }
        return true;
    };
    const auto buttons = wizardPage->findChildren<QAbstractButton *>();
    for (const QAbstractButton *button : buttons) {
        if (shownIn(button))
            addTexts(QStringList{button->text()} + otherStates.value(button->objectName()));
    }
    const auto labels = wizardPage->findChildren<QLabel *>();
    for (const QLabel *label : labels) {
        if (label->buddy() && shownIn(label))
            addTexts({label->text()});
    }

    const bool first = id == wizard()->startId();
    const bool last = wizardPage->nextId() == -1;
    if (!first)
        addTexts({wizard()->buttonText(QWizard::BackButton)});
    addTexts({wizard()->buttonText(last ? QWizard::FinishButton : QWizard::NextButton)});
    addTexts({wizard()->buttonText(QWizard::CancelButton)});

    QStringList clashes;
    for (const QChar letter : owners.uniqueKeys()) {
        const QStringList texts = owners.values(letter);
        if (texts.size() > 1) {
            clashes += u"%1: \"%2\" shared by %3"_s.arg(wizardPage->objectName(), QString(letter),
                                                        texts.join(u", "_s));
        }
    }
    return clashes;
}

void TestLanguageSwitch::mainWindowMenuSwitchesLanguage()
{
    onboarding::SessionContext context;
    context.environment = api::ApiEnvironment::localSandbox(m_sandboxUrl);
    context.user.displayName = u"Alice Example"_s;

    ui::MainWindow window(m_network.get(), context);
    window.setLanguageManager(m_languages.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    QMenu *fileMenu = window.menuBar()->actions().first()->menu();
    auto *dock = findNamed<QDockWidget>(&window, u"sessionDock"_s);
    QCOMPARE(fileMenu->title(), u"&File"_s);
    QVERIFY2(mainWindowClashes(window).isEmpty(), qPrintable(mainWindowClashes(window).join(u'\n')));
    QCOMPARE(window.console()->bunqLocale(), "en_US"_ba);

    auto *dutch = findNamed<QAction>(&window, u"nlLanguageAction"_s);
    QVERIFY(dutch);
    dutch->trigger();
    QTRY_COMPARE(fileMenu->title(), u"&Bestand"_s);
    QVERIFY2(mainWindowClashes(window).isEmpty(), qPrintable(mainWindowClashes(window).join(u'\n')));
    QCOMPARE(dock->windowTitle(), u"Sessie"_s);
    QCOMPARE(window.statusBar()->currentMessage(), u"Gereed"_s);
    QCOMPARE(window.windowTitle(), u"Alice Example — Lokale sandbox — bunq Session Studio"_s);
    QCOMPARE(window.console()->bunqLocale(), "nl_NL"_ba);
    QVERIFY(dutch->isChecked());
    QCOMPARE(ui::LanguageManager::savedChoice(), std::optional(Language::Dutch));

    findNamed<QAction>(&window, u"deLanguageAction"_s)->trigger();
    QTRY_COMPARE(fileMenu->title(), u"&Datei"_s);
    QVERIFY2(mainWindowClashes(window).isEmpty(), qPrintable(mainWindowClashes(window).join(u'\n')));
    QCOMPARE(window.console()->bunqLocale(), "de_DE"_ba);

    auto *system = findNamed<QAction>(&window, u"systemLanguageAction"_s);
    system->trigger();
    QVERIFY(system->isChecked());
    QCOMPARE(ui::LanguageManager::savedChoice(), std::optional<Language>());
    QCOMPARE(m_languages->language(), ui::LanguageManager::systemLanguage());
}

QTEST_MAIN(TestLanguageSwitch)
#include "tst_language_switch.moc"
