// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiClient.h"

#include <QString>

namespace studio::console {

// bunq's count query parameter: default 10, 1 to 200.
constexpr int defaultPageCount = 10;
constexpr int minimumPageCount = 1;
constexpr int maximumPageCount = 200;

// The links of a list response's Pagination object, each a path with query such as
// "/v1/user/1/monetary-account/2/payment?count=10&older_id=123", or empty where bunq sent null.
struct PageLinks
{
    QString olderUrl;
    QString newerUrl;
    QString futureUrl;

    bool isEmpty() const { return olderUrl.isEmpty() && newerUrl.isEmpty() && futureUrl.isEmpty(); }
};

PageLinks pageLinks(const api::ApiResult &result);

// The path with its count parameter set to count, clamped to 1–200. An existing count is
// replaced in place; other parameters and their order stay as they were.
QString withCount(const QString &path, int count);

} // namespace studio::console
