// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QLocale>
#include <QString>
#include <QStringView>

#include <optional>

namespace studio::ui {

// An interface language the app ships a catalogue for. English is the language of the source
// texts; its catalogue contains only plural forms.
enum class Language { English, Dutch, German };

// Every language, in the order menus list them.
QList<Language> availableLanguages();

// "en", "nl" or "de": the value of --lang and of the saved setting, and the catalogue's suffix.
QString languageCode(Language language);
// The language for a code as languageCode() returns it, ignoring case; nothing for other codes.
std::optional<Language> languageFromCode(QStringView code);

// The language's name in that language, such as "Nederlands", so people find their own in any
// interface language.
QString nativeLanguageName(Language language);

// Dutch and German locales map to their language, and every other locale to English.
Language languageForLocale(const QLocale &locale);

// The locale that formats numbers and dates in that language: the system locale when it is of
// that language (nl_BE stays nl_BE), otherwise the language's main locale.
QLocale localeForLanguage(Language language, const QLocale &systemLocale);

// bunq's locale for X-Bunq-Language and X-Bunq-Region: nl → "nl_NL", de → "de_DE", every other
// language → "en_US". LanguageManager makes the interface language's locale the default
// QLocale, so bunqLocaleFor(QLocale()) follows the interface language.
QByteArray bunqLocaleFor(const QLocale &locale);

} // namespace studio::ui
