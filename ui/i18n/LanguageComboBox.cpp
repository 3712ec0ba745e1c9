// SPDX-License-Identifier: GPL-3.0-or-later
#include "i18n/LanguageComboBox.h"

#include "i18n/LanguageManager.h"

#include <QEvent>

using namespace Qt::StringLiterals;

namespace studio::ui {

LanguageComboBox::LanguageComboBox(LanguageManager *manager, QWidget *parent)
    : QComboBox(parent)
    , m_manager(manager)
{
    setObjectName(u"languageCombo"_s);
    setSizeAdjustPolicy(QComboBox::AdjustToContents);

    // An item's data is the saved value: empty for the system's language, else its code.
    addItem(QString(), QString());
    for (const Language language : availableLanguages())
        addItem(nativeLanguageName(language), languageCode(language));

    // showChoice() moves the index with signals blocked, so only picks reach the manager.
    connect(this, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_manager->choose(languageFromCode(itemData(index).toString()));
    });
    connect(m_manager, &LanguageManager::choiceChanged, this, &LanguageComboBox::showChoice);

    retranslateUi();
    showChoice();
}

void LanguageComboBox::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QComboBox::changeEvent(event);
}

void LanguageComboBox::retranslateUi()
{
    //: %1 is the name of the system's language in that language, e.g. "Nederlands".
    setItemText(0, tr("System language (%1)")
                       .arg(nativeLanguageName(LanguageManager::systemLanguage())));
    setAccessibleName(tr("Interface language"));
}

void LanguageComboBox::showChoice()
{
    const std::optional<Language> choice = m_manager->choice();
    const QSignalBlocker blocker(this);
    setCurrentIndex(findData(choice ? languageCode(*choice) : QString()));
}

} // namespace studio::ui
