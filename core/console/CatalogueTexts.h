// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace studio::console {

// Every summary and group text of catalogue.json as marked for lupdate in CatalogueTexts.cpp,
// so a test can check that the two lists agree.
QStringList catalogueSourceTexts();

} // namespace studio::console
