// SPDX-License-Identifier: GPL-3.0-or-later
#include "Logging.h"

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcSandbox, "studio.sandbox")

namespace studio::sandbox {

QByteArray maskedSecret(const QByteArray &secret)
{
    // Short values would be revealed almost entirely by their last four characters.
    constexpr qsizetype visibleTail = 4;
    constexpr qsizetype minimumLengthForTail = 16;

    const QByteArray prefix = secret.startsWith("sandbox_"_ba) ? "sandbox_"_ba : QByteArray();
    if (secret.size() - prefix.size() < minimumLengthForTail)
        return prefix + "..."_ba;
    return prefix + "..."_ba + secret.right(visibleTail);
}

} // namespace studio::sandbox
