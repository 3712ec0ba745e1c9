// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace studio::sandbox {

// Serialises a JSON object the way bunq writes its bodies: compact, with '/' written as "\/" and
// every non-ASCII character as a lower-case "\uXXXX" escape (a surrogate pair above U+FFFF), so
// the body is pure ASCII.
QByteArray toBunqJson(const QJsonObject &object);

// Formats a time as bunq's timestamps, "YYYY-MM-DD hh:mm:ss.ffffff" in UTC. QDateTime has
// millisecond precision, so the last three digits are always 0.
QString formatBunqTimestamp(const QDateTime &time);

} // namespace studio::sandbox
