// SPDX-License-Identifier: GPL-3.0-or-later
#include "i18n/Language.h"

using namespace Qt::StringLiterals;

namespace studio::ui {

QList<Language> availableLanguages()
{
    return {Language::English, Language::Dutch, Language::German};
}

QString languageCode(Language language)
{
    switch (language) {
    case Language::English:
        break;
    case Language::Dutch:
        return u"nl"_s;
    case Language::German:
        return u"de"_s;
    }
    return u"en"_s;
}

std::optional<Language> languageFromCode(QStringView code)
{
    for (const Language language : availableLanguages()) {
        if (code.compare(languageCode(language), Qt::CaseInsensitive) == 0)
            return language;
    }
    return std::nullopt;
}

QString nativeLanguageName(Language language)
{
    switch (language) {
    case Language::English:
        break;
    case Language::Dutch:
        return u"Nederlands"_s;
    case Language::German:
        return u"Deutsch"_s;
    }
    return u"English"_s;
}

Language languageForLocale(const QLocale &locale)
{
    switch (locale.language()) {
    case QLocale::Dutch:
        return Language::Dutch;
    case QLocale::German:
        return Language::German;
    default:
        return Language::English;
    }
}

QLocale localeForLanguage(Language language, const QLocale &systemLocale)
{
    if (languageForLocale(systemLocale) == language && systemLocale.language() != QLocale::C)
        return systemLocale;

    switch (language) {
    case Language::English:
        break;
    case Language::Dutch:
        return QLocale(QLocale::Dutch, QLocale::Netherlands);
    case Language::German:
        return QLocale(QLocale::German, QLocale::Germany);
    }
    return QLocale(QLocale::English, QLocale::UnitedStates);
}

QByteArray bunqLocaleFor(const QLocale &locale)
{
    switch (languageForLocale(locale)) {
    case Language::English:
        break;
    case Language::Dutch:
        return "nl_NL"_ba;
    case Language::German:
        return "de_DE"_ba;
    }
    return "en_US"_ba;
}

} // namespace studio::ui
