// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiEnvironment.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace studio::ui {

// Edits the proxy one profile's calls go through: an http://, socks5:// or socks5h:// URL, or
// nothing for a direct connection. The URL is checked as it is typed, and OK stays disabled
// while it is invalid or unusable for the profile's environment.
class ProxyDialog : public QDialog
{
    Q_OBJECT

public:
    ProxyDialog(const api::ApiEnvironment &environment, const QString &proxyUrl,
                QWidget *parent = nullptr);

    // The URL as typed, without surrounding spaces; empty for no proxy.
    QString proxyUrl() const;
    // The problem shown under the field, or an empty string.
    QString problemText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void validate();

    api::ApiEnvironment m_environment;
    QLabel *m_intro = nullptr;
    QLabel *m_caption = nullptr;
    QLineEdit *m_url = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace studio::ui
