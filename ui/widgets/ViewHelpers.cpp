// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/ViewHelpers.h"

#include "crypto/RsaPublicKey.h"

#include <QClipboard>
#include <QCoreApplication>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QPlainTextEdit>
#include <QToolButton>

namespace studio::ui {

QFont monospaceFont()
{
    return QFontDatabase::systemFont(QFontDatabase::FixedFont);
}

QPlainTextEdit *createBodyView(QWidget *parent)
{
    auto *view = new QPlainTextEdit(parent);
    view->setReadOnly(true);
    view->setFont(monospaceFont());
    view->setLineWrapMode(QPlainTextEdit::NoWrap);
    view->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    view->setTabChangesFocus(true);
    return view;
}

QToolButton *createCopyButton(const QString &accessibleName, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setFocusPolicy(Qt::StrongFocus);
    retranslateCopyButton(button, accessibleName);
    return button;
}

void retranslateCopyButton(QToolButton *button, const QString &accessibleName)
{
    //: Button that copies text to the clipboard.
    button->setText(QCoreApplication::translate("studio::ui::ViewHelpers", "Copy"));
    button->setToolTip(QCoreApplication::translate(
        "studio::ui::ViewHelpers",
        "Copies the text as shown: secrets stay masked unless you revealed them."));
    button->setAccessibleName(accessibleName);
}

void copyToClipboard(const QString &text)
{
    QGuiApplication::clipboard()->setText(text);
}

QString twoLineFingerprint(const QByteArray &hexFingerprint)
{
    const QString formatted = crypto::formatFingerprint(hexFingerprint);

    // 16 pairs with their colons take 48 characters; break after the 16th colon.
    constexpr qsizetype lineLength = 16 * 3;
    if (formatted.size() <= lineLength)
        return formatted;
    return formatted.left(lineLength) + u'\n' + formatted.mid(lineLength);
}

} // namespace studio::ui
