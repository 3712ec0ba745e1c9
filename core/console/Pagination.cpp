// SPDX-License-Identifier: GPL-3.0-or-later
#include "console/Pagination.h"

#include <QJsonValue>

using namespace Qt::StringLiterals;

namespace studio::console {

PageLinks pageLinks(const api::ApiResult &result)
{
    // toString() gives an empty string for null, which is how bunq marks a missing link.
    PageLinks links;
    links.olderUrl = result.pagination.value(u"older_url"_s).toString();
    links.newerUrl = result.pagination.value(u"newer_url"_s).toString();
    links.futureUrl = result.pagination.value(u"future_url"_s).toString();
    return links;
}

QString withCount(const QString &path, int count)
{
    const QString countItem =
        u"count="_s + QString::number(qBound(minimumPageCount, count, maximumPageCount));

    // Edited as text rather than through QUrlQuery, which would re-encode the other items.
    const qsizetype fragmentStart = path.indexOf(u'#');
    const QString fragment = fragmentStart >= 0 ? path.mid(fragmentStart) : QString();
    const QString withoutFragment = fragmentStart >= 0 ? path.left(fragmentStart) : path;

    const qsizetype queryStart = withoutFragment.indexOf(u'?');
    if (queryStart < 0)
        return withoutFragment + u'?' + countItem + fragment;

    const QString base = withoutFragment.left(queryStart);
    QStringList items = withoutFragment.mid(queryStart + 1).split(u'&', Qt::SkipEmptyParts);
    bool replaced = false;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const bool isCount = items.at(i) == u"count"_s || items.at(i).startsWith(u"count="_s);
        if (!isCount)
            continue;
        if (replaced) {
            items.removeAt(i--);
            continue;
        }
        items[i] = countItem;
        replaced = true;
    }
    if (!replaced)
        items.append(countItem);
    return base + u'?' + items.join(u'&') + fragment;
}

} // namespace studio::console
