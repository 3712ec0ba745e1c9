// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace studio::sandbox {

// Made-up names for sandbox users. Some contain non-ASCII letters on purpose, so that clients
// meet "\uXXXX" escapes in the JSON; the first person is always "Zoë Bakker".

struct PersonName
{
    QString first;
    QString last;
};

// Returns the name for the index-th person created; the list repeats.
PersonName samplePersonName(int index);
// Returns the name for the index-th company created; the list repeats.
QString sampleCompanyName(int index);
// Returns an address under example.com made from the ASCII letters of name and the user id,
// e.g. "zoe.bakker.12@example.com".
QString sampleEmail(const QString &name, qint64 userId);

} // namespace studio::sandbox
