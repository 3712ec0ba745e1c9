// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSyntaxHighlighter>
#include <QTextCharFormat>

class QPalette;

namespace studio::ui {

// Colours JSON in a text document: object keys, string values, numbers, the literals true,
// false and null, and the punctuation. The colours follow the palette: darker tones on a light
// base, lighter ones on a dark base, each with a contrast of at least 4.5:1 to the base colour
// of Fusion's light palette and of darkPalette().
class JsonHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    enum class Token { Key, String, Number, Literal, Punctuation };

    explicit JsonHighlighter(QTextDocument *document);

    // Picks the colours for the palette's base colour and highlights the document again.
    void setPalette(const QPalette &palette);

    QTextCharFormat format(Token token) const;

protected:
    void highlightBlock(const QString &text) override;

private:
    QTextCharFormat m_key;
    QTextCharFormat m_string;
    QTextCharFormat m_number;
    QTextCharFormat m_literal;
    QTextCharFormat m_punctuation;
};

} // namespace studio::ui
