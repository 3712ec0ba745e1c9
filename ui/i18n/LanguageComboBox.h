// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QComboBox>

namespace studio::ui {

class LanguageManager;

// The same choice as LanguageMenu, as a combo box for pages without a menu bar.
class LanguageComboBox : public QComboBox
{
    Q_OBJECT

public:
    // The manager is owned by the caller and must outlive the combo box.
    explicit LanguageComboBox(LanguageManager *manager, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showChoice();

    LanguageManager *m_manager;
};

} // namespace studio::ui
