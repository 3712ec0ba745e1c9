// SPDX-License-Identifier: GPL-3.0-or-later
#include "i18n/LanguageManager.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace studio::ui {

Q_LOGGING_CATEGORY(lcI18n, "studio.ui.i18n")

namespace {

// The resource folder of the .qm files that ui/i18n/sources.cmake embeds.
const QString catalogueDirectory = u":/i18n"_s;
const QString systemValue = u"system"_s;

} // namespace

LanguageManager::LanguageManager(QObject *parent)
    : QObject(parent)
{
}

LanguageManager::~LanguageManager()
{
    removeTranslators();
}

std::optional<Language> LanguageManager::savedChoice()
{
    const QSettings settings;
    return languageFromCode(settings.value(QString::fromLatin1(settingsKey)).toString());
}

Language LanguageManager::systemLanguage()
{
    return languageForLocale(QLocale::system());
}

void LanguageManager::applySavedChoice()
{
    setChoice(savedChoice());
    apply(m_choice.value_or(systemLanguage()));
}

void LanguageManager::applyForThisRun(Language language)
{
    setChoice(language);
    apply(language);
}

void LanguageManager::choose(std::optional<Language> choice)
{
    QSettings settings;
    settings.setValue(QString::fromLatin1(settingsKey),
                      choice ? languageCode(*choice) : systemValue);

    setChoice(choice);
    apply(choice.value_or(systemLanguage()));
}

void LanguageManager::setChoice(std::optional<Language> choice)
{
    if (choice == m_choice)
        return;
    m_choice = choice;
    Q_EMIT choiceChanged();
}

void LanguageManager::apply(Language language)
{
    if (m_applied && language == m_language)
        return;

    // The default locale changes first, so widgets that read QLocale() while they handle
    // QEvent::LanguageChange (for X-Bunq-Language, for instance) see the new language.
    QLocale::setDefault(localeForLanguage(language, QLocale::system()));
    removeTranslators();

    const QString code = languageCode(language);
    if (m_appTranslator.load(u"studio_"_s + code, catalogueDirectory))
        QCoreApplication::installTranslator(&m_appTranslator);
    else
        qCWarning(lcI18n).noquote() << u"studio_%1.qm is missing from %2"_s.arg(code, catalogueDirectory);

    // English needs no catalogue from Qt, because Qt's source texts are English.
    if (language != Language::English) {
        const QString qtDirectory = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
        if (m_qtTranslator.load(u"qtbase_"_s + code, qtDirectory)) {
            QCoreApplication::installTranslator(&m_qtTranslator);
        } else {
            qCWarning(lcI18n).noquote()
                << u"Qt's own texts stay English: qtbase_%1.qm is not in %2"_s.arg(code, qtDirectory);
        }
    }

    m_language = language;
    m_applied = true;
    qCDebug(lcI18n).noquote() << "interface language" << code;
    Q_EMIT languageChanged(language);
}

void LanguageManager::removeTranslators()
{
    QCoreApplication::removeTranslator(&m_appTranslator);
    QCoreApplication::removeTranslator(&m_qtTranslator);
}

} // namespace studio::ui
