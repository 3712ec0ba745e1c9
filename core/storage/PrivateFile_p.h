// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <functional>
#include <optional>

namespace studio::storage {

// Called after all bytes of a file are written to its temporary copy and before that copy
// replaces the file. Tests use it to kill a process in the middle of a save.
using BeforeCommitHook = std::function<void()>;

// Creates directory and its parents if needed and restricts it to its owner (0700). Returns a
// translated message naming the directory on failure.
std::optional<QString> ensurePrivateDirectory(const QString &directory);

// Replaces the file at path with bytes atomically: they go to a temporary file in the same
// folder, which is readable and writable by the owner only (0600) and renamed over path when
// complete. On any failure the previous file stays as it was. Returns a translated message
// naming the file on failure.
std::optional<QString> writePrivateFile(const QString &path, const QByteArray &bytes,
                                        const BeforeCommitHook &beforeCommit = {});

} // namespace studio::storage
