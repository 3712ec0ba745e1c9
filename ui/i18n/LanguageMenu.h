// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMenu>

class QActionGroup;

namespace studio::ui {

class LanguageManager;

// The "Language" menu: follow the system, or one of the languages by its own name. Choosing an
// entry saves it and switches the interface at once.
class LanguageMenu : public QMenu
{
    Q_OBJECT

public:
    // The manager is owned by the caller and must outlive the menu.
    explicit LanguageMenu(LanguageManager *manager, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showChoice();

    LanguageManager *m_manager;
    QActionGroup *m_group = nullptr;
    QAction *m_systemAction = nullptr;
};

} // namespace studio::ui
