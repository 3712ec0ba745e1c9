// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringView>

namespace studio::console {

// The part of a path after "/v1/", without query and fragment: "user/12/card" for
// "/v1/user/12/card?count=5", "v1/user/12/card", "user/12/card" or
// "https://api.bunq.com/v1/user/12/card". A trailing '/' is kept.
QStringView apiRelativePath(QStringView pathOrUrl);

} // namespace studio::console
