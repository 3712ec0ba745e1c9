// SPDX-License-Identifier: GPL-3.0-or-later
#include "i18n/LanguageMenu.h"

#include "i18n/LanguageManager.h"

#include <QActionGroup>
#include <QEvent>

using namespace Qt::StringLiterals;

namespace studio::ui {

LanguageMenu::LanguageMenu(LanguageManager *manager, QWidget *parent)
    : QMenu(parent)
    , m_manager(manager)
    , m_group(new QActionGroup(this))
{
    setObjectName(u"languageMenu"_s);

    // An action's data is the saved value: empty for the system's language, else its code.
    m_systemAction = addAction(QString());
    m_systemAction->setObjectName(u"systemLanguageAction"_s);
    m_systemAction->setCheckable(true);
    m_group->addAction(m_systemAction);
    addSeparator();
    for (const Language language : availableLanguages()) {
        QAction *action = addAction(nativeLanguageName(language));
        action->setObjectName(languageCode(language) + u"LanguageAction"_s);
        action->setData(languageCode(language));
        action->setCheckable(true);
        m_group->addAction(action);
    }

    connect(m_group, &QActionGroup::triggered, this, [this](QAction *action) {
        m_manager->choose(languageFromCode(action->data().toString()));
    });
    connect(m_manager, &LanguageManager::choiceChanged, this, &LanguageMenu::showChoice);

    retranslateUi();
    showChoice();
}

void LanguageMenu::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMenu::changeEvent(event);
}

void LanguageMenu::retranslateUi()
{
    //: Menu title; the menu lists the interface languages.
    setTitle(tr("&Language"));
    //: %1 is the name of the system's language in that language, e.g. "Nederlands".
    m_systemAction->setText(tr("&System language (%1)")
                                .arg(nativeLanguageName(LanguageManager::systemLanguage())));
}

void LanguageMenu::showChoice()
{
    const std::optional<Language> choice = m_manager->choice();
    const QString code = choice ? languageCode(*choice) : QString();
    for (QAction *action : m_group->actions())
        action->setChecked(action->data().toString() == code);
}

} // namespace studio::ui
