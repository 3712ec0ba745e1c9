// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ErrorMessages.h"
#include "common/Result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace studio::sandbox {

// The query of a list call: count (default 10, at most 200) and at most one of older_id and
// newer_id.
struct PageRequest
{
    int count = 10;
    std::optional<qint64> olderId;
    std::optional<qint64> newerId;
};

// Reads count, older_id and newer_id from a query string; other parameters are ignored.
Result<PageRequest, ErrorMessage> parsePageRequest(const QString &query);

// One page of a list, newest first, and the Pagination object that goes with it.
struct Page
{
    QList<qsizetype> indexes; // into the ids given to selectPage(), newest first
    QJsonObject pagination;   // future_url, newer_url and older_url, each a path or null
};

// Selects the page that request names from ids sorted oldest first. The URLs are path plus a
// query with count and older_id or newer_id: older_url when older items exist, newer_url when
// newer items exist, and future_url, for polling, only on the newest page.
Page selectPage(const QList<qint64> &ascendingIds, const PageRequest &request,
                const QString &path);

} // namespace studio::sandbox
