// SPDX-License-Identifier: GPL-3.0-or-later
#include "Pagination.h"

#include <QUrlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace studio::sandbox {

namespace {

constexpr int maximumCount = 200;

Result<std::optional<qint64>, ErrorMessage> parseId(const QUrlQuery &query, const QString &name)
{
    using IdResult = Result<std::optional<qint64>, ErrorMessage>;

    if (!query.hasQueryItem(name))
        return IdResult::success(std::nullopt);
    const QString text = query.queryItemValue(name, QUrl::FullyDecoded);
    bool isNumber = false;
    const qint64 id = text.toLongLong(&isNumber);
    if (!isNumber || id < 0)
        return IdResult::failure(errors::paginationIdInvalid(name, text));
    return IdResult::success(id);
}

QJsonValue pageUrl(const QString &path, int count, const QString &idName, qint64 id)
{
    return u"%1?count=%2&%3=%4"_s.arg(path, QString::number(count), idName, QString::number(id));
}

} // namespace

Result<PageRequest, ErrorMessage> parsePageRequest(const QString &query)
{
    using PageResult = Result<PageRequest, ErrorMessage>;

    const QUrlQuery items(query);
    PageRequest request;
    if (items.hasQueryItem(u"count"_s)) {
        const QString text = items.queryItemValue(u"count"_s, QUrl::FullyDecoded);
        bool isNumber = false;
        request.count = text.toInt(&isNumber);
        if (!isNumber || request.count < 1 || request.count > maximumCount)
            return PageResult::failure(errors::countInvalid(text));
    }

    const auto olderId = parseId(items, u"older_id"_s);
    if (!olderId)
        return PageResult::failure(olderId.error());
    const auto newerId = parseId(items, u"newer_id"_s);
    if (!newerId)
        return PageResult::failure(newerId.error());
    if (olderId.value() && newerId.value())
        return PageResult::failure(errors::olderAndNewerId());

    request.olderId = olderId.value();
    request.newerId = newerId.value();
    return PageResult::success(request);
}

Page selectPage(const QList<qint64> &ascendingIds, const PageRequest &request,
                const QString &path)
{
    // [first, last) is the range of candidates, oldest first.
    qsizetype first = 0;
    qsizetype last = ascendingIds.size();
    if (request.olderId) {
        last = std::lower_bound(ascendingIds.cbegin(), ascendingIds.cend(), *request.olderId) -
               ascendingIds.cbegin();
        first = qMax<qsizetype>(0, last - request.count);
    } else if (request.newerId) {
        first = std::upper_bound(ascendingIds.cbegin(), ascendingIds.cend(), *request.newerId) -
                ascendingIds.cbegin();
        last = qMin<qsizetype>(ascendingIds.size(), first + request.count);
    } else {
        first = qMax<qsizetype>(0, last - request.count);
    }

    Page page;
    for (qsizetype i = last - 1; i >= first; --i)
        page.indexes.append(i);

    QJsonValue olderUrl = QJsonValue::Null;
    QJsonValue newerUrl = QJsonValue::Null;
    QJsonValue futureUrl = QJsonValue::Null;
    if (!page.indexes.isEmpty()) {
        const qint64 newest = ascendingIds.at(last - 1);
        const qint64 oldest = ascendingIds.at(first);
        const bool hasOlder = first > 0;
        const bool hasNewer = last < ascendingIds.size();
        if (hasOlder)
            olderUrl = pageUrl(path, request.count, u"older_id"_s, oldest);
        if (hasNewer)
            newerUrl = pageUrl(path, request.count, u"newer_id"_s, newest);
        else
            futureUrl = pageUrl(path, request.count, u"newer_id"_s, newest);
    } else if (!request.olderId) {
        // Nothing new yet: polling the same place again picks up what arrives later.
        futureUrl = pageUrl(path, request.count, u"newer_id"_s, request.newerId.value_or(0));
    }

    page.pagination = QJsonObject{
        {u"future_url"_s, futureUrl},
        {u"newer_url"_s, newerUrl},
        {u"older_url"_s, olderUrl},
    };
    return page;
}

} // namespace studio::sandbox
