// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "i18n/Language.h"

#include <QLoggingCategory>
#include <QObject>
#include <QTranslator>

#include <optional>

namespace studio::ui {

Q_DECLARE_LOGGING_CATEGORY(lcI18n)

// Chooses the interface language and switches it at runtime. A language given for this run
// (the --lang option) wins over the saved choice, which wins over the system locale. Switching
// installs the app's catalogue and Qt's own (for QWizard's buttons and the standard dialogs) on
// the application, which sends QEvent::LanguageChange to every widget, and makes the language's
// locale the default QLocale. The application object must exist before the manager.
class LanguageManager : public QObject
{
    Q_OBJECT

public:
    explicit LanguageManager(QObject *parent = nullptr);
    ~LanguageManager() override;

    // The QSettings key of the saved choice; its values are "system", "en", "nl" and "de".
    static constexpr auto settingsKey = "interface/language";

    // The saved choice, or nothing when the interface follows the system locale (the value
    // "system", no value, or one this version does not know).
    static std::optional<Language> savedChoice();
    // The language of QLocale::system().
    static Language systemLanguage();

    // Applies the saved choice, or the system's language when nothing is saved.
    void applySavedChoice();
    // Applies a language for this run only, as --lang does. The saved choice stays as it is.
    void applyForThisRun(Language language);
    // Saves the choice, where nothing means "follow the system", and applies it.
    void choose(std::optional<Language> choice);

    Language language() const { return m_language; }
    // What set the current language: a language, or nothing when it follows the system.
    std::optional<Language> choice() const { return m_choice; }

Q_SIGNALS:
    // Emitted after the catalogues changed. Widgets get QEvent::LanguageChange as well.
    void languageChanged(studio::ui::Language language);
    // Emitted when choice() changed, also when the language itself stayed the same.
    void choiceChanged();

private:
    void setChoice(std::optional<Language> choice);
    void apply(Language language);
    void removeTranslators();

    std::optional<Language> m_choice;
    Language m_language = Language::English;
    bool m_applied = false;
    QTranslator m_appTranslator;
    QTranslator m_qtTranslator;
};

} // namespace studio::ui
