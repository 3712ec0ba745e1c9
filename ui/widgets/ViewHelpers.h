// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QString>

class QPlainTextEdit;
class QToolButton;
class QWidget;

namespace studio::ui {

// The system's fixed-pitch font, used for bodies, headers, tokens and fingerprints.
QFont monospaceFont();

// Creates a read-only, monospace text view that keeps long lines unwrapped, for bodies.
QPlainTextEdit *createBodyView(QWidget *parent);

// Creates a "Copy" tool button. Its tooltip explains that it copies the text as shown, so a
// masked secret stays masked on the clipboard unless the user revealed it.
QToolButton *createCopyButton(const QString &accessibleName, QWidget *parent);
// Sets a copy button's texts in the current language; owners call it again on
// QEvent::LanguageChange.
void retranslateCopyButton(QToolButton *button, const QString &accessibleName);

// Puts text on the system clipboard.
void copyToClipboard(const QString &text);

// Formats a SHA-256 hex fingerprint as "AB:CD:…" in two lines of 16 pairs, so it fits a panel
// without a horizontal scroll bar. Returns an empty string for an empty fingerprint.
QString twoLineFingerprint(const QByteArray &hexFingerprint);

} // namespace studio::ui
