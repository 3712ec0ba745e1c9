// SPDX-License-Identifier: GPL-3.0-or-later
#include "Iban.h"

using namespace Qt::StringLiterals;

namespace studio::sandbox {

namespace {

// Computes the remainder mod 97 of the number that ISO 13616 makes from the text: digits stay,
// letters become 10 (A) to 35 (Z). Returns -1 for any other character.
int mod97(const QString &text)
{
    int remainder = 0;
    for (const QChar c : text) {
        if (c >= u'0' && c <= u'9') {
            remainder = (remainder * 10 + (c.unicode() - u'0')) % 97;
        } else if (c >= u'A' && c <= u'Z') {
            const int value = c.unicode() - u'A' + 10;
            remainder = (remainder * 100 + value) % 97;
        } else {
            return -1;
        }
    }
    return remainder;
}

} // namespace

QString makeBunqIban(qint64 accountNumber)
{
    const QString bban = u"BUNQ"_s + QString::number(accountNumber).rightJustified(10, u'0');
    const int checkDigits = 98 - mod97(bban + u"NL00"_s);
    return u"NL"_s + QString::number(checkDigits).rightJustified(2, u'0') + bban;
}

bool hasValidIbanChecksum(const QString &text)
{
    if (text.size() < 5)
        return false;
    return mod97(text.mid(4) + text.left(4)) == 1;
}

} // namespace studio::sandbox
