// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QWidget>

class QLineEdit;
class QToolButton;

namespace studio::ui {

// A read-only secret (token, API key) shown masked as "sandbox_3f…c1a9", with a button that
// reveals it and one that copies it; copying never needs revealing.
class SecretField : public QWidget
{
    Q_OBJECT

public:
    explicit SecretField(QWidget *parent = nullptr);

    void setSecret(const QByteArray &secret);
    QByteArray secret() const { return m_secret; }

    bool isRevealed() const { return m_revealed; }
    void setRevealed(bool revealed);

    // The text currently displayed (masked unless revealed); for tests and accessibility.
    QString displayedText() const;

    // Names the secret for assistive technology and tooltips, e.g. "session token". The text
    // field and both buttons get accessible names built from it. The caller passes a translated
    // name and sets it again when the language changes.
    void setSecretName(const QString &name);

Q_SIGNALS:
    void copied();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void applySecretName();
    void updateText();
    void updateRevealButton();
    void copySecret();

    QByteArray m_secret;
    QString m_secretName; // empty until setSecretName(), which means a generic name
    bool m_revealed = false;
    QLineEdit *m_text = nullptr;
    QToolButton *m_reveal = nullptr;
    QToolButton *m_copy = nullptr;
};

} // namespace studio::ui
