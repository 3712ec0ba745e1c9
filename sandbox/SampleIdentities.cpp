// SPDX-License-Identifier: GPL-3.0-or-later
#include "SampleIdentities.h"

#include <array>

using namespace Qt::StringLiterals;

namespace studio::sandbox {

namespace {

struct NameLiteral
{
    const char16_t *first;
    const char16_t *last;
};

constexpr std::array personNames{
    NameLiteral{u"Zoë", u"Bakker"},   NameLiteral{u"Alex", u"Example"},
    NameLiteral{u"Noor", u"Jansen"},  NameLiteral{u"Sem", u"de Vries"},
    NameLiteral{u"Lotte", u"Visser"}, NameLiteral{u"Daan", u"Meijer"},
    NameLiteral{u"Mila", u"Smit"},    NameLiteral{u"Björn", u"Mulder"},
};

constexpr std::array companyNames{
    u"Grachtenhuis Café B.V.",
    u"Tulip Robotics B.V.",
    u"Polder Data B.V.",
    u"Molen & Zonen V.O.F.",
};

} // namespace

PersonName samplePersonName(int index)
{
    const NameLiteral &name = personNames.at(static_cast<std::size_t>(index) % personNames.size());
    return {QString::fromUtf16(name.first), QString::fromUtf16(name.last)};
}

QString sampleCompanyName(int index)
{
    return QString::fromUtf16(
        companyNames.at(static_cast<std::size_t>(index) % companyNames.size()));
}

QString sampleEmail(const QString &name, qint64 userId)
{
    // Decomposing first turns "ë" into "e" plus a combining mark, which the filter then drops.
    QString local;
    for (const QChar c : name.normalized(QString::NormalizationForm_D).toLower()) {
        if (c.isLetterOrNumber() && c.unicode() < 0x80)
            local += c;
        else if (c == u' ' && !local.endsWith(u'.'))
            local += u'.';
    }
    return local + u'.' + QString::number(userId) + u"@example.com"_s;
}

} // namespace studio::sandbox
