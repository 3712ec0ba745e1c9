// SPDX-License-Identifier: GPL-3.0-or-later
// The language helpers and LanguageManager: which language wins, what is saved, and that the
// app's and Qt's catalogues are installed for it.
#include "i18n/Language.h"
#include "i18n/LanguageManager.h"

#include <QCoreApplication>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using studio::ui::Language;
using studio::ui::LanguageManager;

Q_DECLARE_METATYPE(studio::ui::Language)
Q_DECLARE_METATYPE(std::optional<studio::ui::Language>)

namespace {

const QString settingsKey = QString::fromLatin1(LanguageManager::settingsKey);

QString savedValue()
{
    return QSettings().value(settingsKey).toString();
}

// A text from the wizard, to see which app catalogue is installed.
QString wizardTitle()
{
    return QCoreApplication::translate("studio::ui::OnboardingWizard",
                                       "bunq Session Studio: open a session");
}

} // namespace

class TestLanguageManager : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void languageFromCode_data();
    void languageFromCode();
    void languageForLocale_data();
    void languageForLocale();
    void localeForLanguage_data();
    void localeForLanguage();
    void bunqLocaleFor_data();
    void bunqLocaleFor();

    void savedChoiceReadsSetting_data();
    void savedChoiceReadsSetting();
    void savedChoiceWinsOverSystem();
    void commandLineWinsOverSavedChoice();
    void chooseSavesAndApplies();
    void chooseSystemFollowsLocale();
    void installsAppAndQtCatalogues();
    void englishCatalogueHasPlurals();
    void choiceChangedOnlyOnChange();
};

void TestLanguageManager::initTestCase()
{
    // Settings go to a test location, never to the user's configuration.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"bunq Session Studio tests"_s);
    QCoreApplication::setApplicationName(u"tst_languagemanager"_s);
}

void TestLanguageManager::init()
{
    QSettings().remove(settingsKey);
}

void TestLanguageManager::languageFromCode_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<std::optional<Language>>("expected");

    QTest::newRow("en") << u"en"_s << std::optional(Language::English);
    QTest::newRow("nl") << u"nl"_s << std::optional(Language::Dutch);
    QTest::newRow("de") << u"de"_s << std::optional(Language::German);
    QTest::newRow("upper case") << u"NL"_s << std::optional(Language::Dutch);
    QTest::newRow("full locale name") << u"nl_NL"_s << std::optional<Language>();
    QTest::newRow("unsupported language") << u"fr"_s << std::optional<Language>();
    QTest::newRow("system") << u"system"_s << std::optional<Language>();
    QTest::newRow("empty") << QString() << std::optional<Language>();
}

void TestLanguageManager::languageFromCode()
{
    QFETCH(QString, code);
    QFETCH(std::optional<Language>, expected);

    QCOMPARE(studio::ui::languageFromCode(code), expected);
    if (expected)
        QCOMPARE(studio::ui::languageCode(*expected), code.toLower());
}

void TestLanguageManager::languageForLocale_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<Language>("expected");

    QTest::newRow("nl_NL") << QLocale(u"nl_NL"_s) << Language::Dutch;
    QTest::newRow("nl_BE") << QLocale(u"nl_BE"_s) << Language::Dutch;
    QTest::newRow("de_DE") << QLocale(u"de_DE"_s) << Language::German;
    QTest::newRow("de_AT") << QLocale(u"de_AT"_s) << Language::German;
    QTest::newRow("en_GB") << QLocale(u"en_GB"_s) << Language::English;
    QTest::newRow("fr_FR") << QLocale(u"fr_FR"_s) << Language::English;
    QTest::newRow("C") << QLocale::c() << Language::English;
}

void TestLanguageManager::languageForLocale()
{
    QFETCH(QLocale, locale);
    QFETCH(Language, expected);

    QCOMPARE(studio::ui::languageForLocale(locale), expected);
}

void TestLanguageManager::localeForLanguage_data()
{
    QTest::addColumn<Language>("language");
    QTest::addColumn<QLocale>("system");
    QTest::addColumn<QString>("expected");

    QTest::newRow("Dutch on a Belgian system keeps nl_BE")
        << Language::Dutch << QLocale(u"nl_BE"_s) << u"nl_BE"_s;
    QTest::newRow("German on a French system") << Language::German << QLocale(u"fr_FR"_s)
                                               << u"de_DE"_s;
    QTest::newRow("Dutch on a German system") << Language::Dutch << QLocale(u"de_DE"_s)
                                              << u"nl_NL"_s;
    QTest::newRow("English on a British system keeps en_GB")
        << Language::English << QLocale(u"en_GB"_s) << u"en_GB"_s;
    QTest::newRow("English on the C locale") << Language::English << QLocale::c() << u"en_US"_s;
}

void TestLanguageManager::localeForLanguage()
{
    QFETCH(Language, language);
    QFETCH(QLocale, system);
    QFETCH(QString, expected);

    QCOMPARE(studio::ui::localeForLanguage(language, system).name(), expected);
}

void TestLanguageManager::bunqLocaleFor_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("nl_BE") << QLocale(u"nl_BE"_s) << "nl_NL"_ba;
    QTest::newRow("de_CH") << QLocale(u"de_CH"_s) << "de_DE"_ba;
    QTest::newRow("en_GB") << QLocale(u"en_GB"_s) << "en_US"_ba;
    QTest::newRow("fr_FR") << QLocale(u"fr_FR"_s) << "en_US"_ba;
}

void TestLanguageManager::bunqLocaleFor()
{
    QFETCH(QLocale, locale);
    QFETCH(QByteArray, expected);

    QCOMPARE(studio::ui::bunqLocaleFor(locale), expected);
}

void TestLanguageManager::savedChoiceReadsSetting_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<std::optional<Language>>("expected");

    QTest::newRow("nothing saved") << QString() << std::optional<Language>();
    QTest::newRow("system") << u"system"_s << std::optional<Language>();
    QTest::newRow("German") << u"de"_s << std::optional(Language::German);
    QTest::newRow("unknown value") << u"tlh"_s << std::optional<Language>();
}

void TestLanguageManager::savedChoiceReadsSetting()
{
    QFETCH(QString, value);
    QFETCH(std::optional<Language>, expected);

    if (!value.isEmpty())
        QSettings().setValue(settingsKey, value);
    QCOMPARE(LanguageManager::savedChoice(), expected);
}

void TestLanguageManager::savedChoiceWinsOverSystem()
{
    // A language other than the system's, so the test shows which one won.
    const Language saved = LanguageManager::systemLanguage() == Language::German
        ? Language::Dutch
        : Language::German;
    QSettings().setValue(settingsKey, studio::ui::languageCode(saved));

    LanguageManager manager;
    manager.applySavedChoice();

    QCOMPARE(manager.language(), saved);
    QCOMPARE(manager.choice(), std::optional(saved));
    QCOMPARE(studio::ui::languageForLocale(QLocale()), saved);
}

void TestLanguageManager::commandLineWinsOverSavedChoice()
{
    QSettings().setValue(settingsKey, u"de"_s);

    LanguageManager manager;
    manager.applySavedChoice();
    manager.applyForThisRun(Language::Dutch);

    QCOMPARE(manager.language(), Language::Dutch);
    QCOMPARE(manager.choice(), std::optional(Language::Dutch));
    // --lang is for one run: the saved choice stays.
    QCOMPARE(savedValue(), u"de"_s);
    QCOMPARE(studio::ui::bunqLocaleFor(QLocale()), "nl_NL"_ba);
}

void TestLanguageManager::chooseSavesAndApplies()
{
    LanguageManager manager;
    manager.applySavedChoice();
    QSignalSpy languageChanged(&manager, &LanguageManager::languageChanged);

    manager.choose(Language::German);

    QCOMPARE(savedValue(), u"de"_s);
    QCOMPARE(manager.language(), Language::German);
    QCOMPARE(LanguageManager::savedChoice(), std::optional(Language::German));
    QCOMPARE(studio::ui::bunqLocaleFor(QLocale()), "de_DE"_ba);
    if (LanguageManager::systemLanguage() != Language::German)
        QCOMPARE(languageChanged.count(), 1);
}

void TestLanguageManager::chooseSystemFollowsLocale()
{
    LanguageManager manager;
    manager.applyForThisRun(LanguageManager::systemLanguage() == Language::Dutch
                                ? Language::German
                                : Language::Dutch);

    manager.choose(std::nullopt);

    QCOMPARE(savedValue(), u"system"_s);
    QCOMPARE(manager.choice(), std::optional<Language>());
    QCOMPARE(manager.language(), LanguageManager::systemLanguage());
}

void TestLanguageManager::installsAppAndQtCatalogues()
{
    LanguageManager manager;

    manager.applyForThisRun(Language::Dutch);
    QCOMPARE(wizardTitle(), u"bunq Session Studio: een sessie openen"_s);
    QVERIFY2(QCoreApplication::translate("QWizard", "Cancel") == u"Annuleren"_s,
             "qtbase_nl.qm is missing: install qt6-translations-l10n (scripts/install-deps.sh)");

    manager.applyForThisRun(Language::German);
    QCOMPARE(wizardTitle(), u"bunq Session Studio: eine Session öffnen"_s);
    QCOMPARE(QCoreApplication::translate("QWizard", "Cancel"), u"Abbrechen"_s);

    manager.applyForThisRun(Language::English);
    QCOMPARE(wizardTitle(), u"bunq Session Studio: open a session"_s);
    QCOMPARE(QCoreApplication::translate("QWizard", "Cancel"), u"Cancel"_s);
}

void TestLanguageManager::englishCatalogueHasPlurals()
{
    LanguageManager manager;
    manager.applyForThisRun(Language::English);

    const auto bytes = [](int count) {
        return QCoreApplication::translate("studio::ui::ExchangeFormat", "%n byte(s)", nullptr,
                                           count);
    };
    QCOMPARE(bytes(1), u"1 byte"_s);
    QCOMPARE(bytes(58), u"58 bytes"_s);
    QCOMPARE(bytes(0), u"0 bytes"_s);
}

void TestLanguageManager::choiceChangedOnlyOnChange()
{
    LanguageManager manager;
    QSignalSpy choiceChanged(&manager, &LanguageManager::choiceChanged);

    manager.applyForThisRun(Language::German);
    manager.applyForThisRun(Language::German);
    QCOMPARE(choiceChanged.count(), 1);

    manager.choose(Language::German);
    QCOMPARE(choiceChanged.count(), 1);
    manager.choose(std::nullopt);
    QCOMPARE(choiceChanged.count(), 2);
}

QTEST_GUILESS_MAIN(TestLanguageManager)
#include "tst_languagemanager.moc"
