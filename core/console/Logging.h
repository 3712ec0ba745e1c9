// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

namespace studio::console {

Q_DECLARE_LOGGING_CATEGORY(lcConsole)

} // namespace studio::console
