// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

namespace studio::storage {

Q_DECLARE_LOGGING_CATEGORY(lcStorage)

} // namespace studio::storage
