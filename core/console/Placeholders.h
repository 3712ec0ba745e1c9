// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiClient.h"
#include "onboarding/SessionContext.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace studio::console {

// The placeholder names of a path template in order, e.g. {"userId", "monetaryAccountId"} for
// "/v1/user/{userId}/monetary-account/{monetaryAccountId}". Repeated names appear once.
QStringList placeholderNames(QStringView pathTemplate);

// Values for path placeholders: the one currently chosen per name, and every value seen, so
// the console can offer them.
class PlaceholderValues
{
public:
    // Makes value the current one for name and the first candidate. An empty value clears the
    // current one.
    void set(const QString &name, const QString &value);

    // The current value, or an empty string.
    QString value(const QString &name) const;

    // Every value seen for name, most recent first, at most maximumCandidates.
    QStringList candidates(const QString &name) const;

    // The names with at least one candidate, sorted.
    QStringList names() const;

    // userId, sessionId, installationId and deviceServerId of an open session; they become the
    // current values.
    void learnFromSession(const onboarding::SessionContext &context);

    // Ids in a successful response and in the path it answered: "/v1/user/12/monetary-account"
    // gives userId 12, its MonetaryAccountBank items give monetaryAccountId, Payment items
    // paymentId, and so on. A create response ({"Id":…} or {"Uuid":…}) names the new record,
    // whose id becomes the current value; ids of a list or read only fill an empty current
    // value. Failed results teach nothing.
    void learnFromResult(const QString &path, const api::ApiResult &result);

    void clear();

    static constexpr int maximumCandidates = 50;

private:
    void remember(const QString &name, const QString &value, bool makeCurrent);

    QHash<QString, QString> m_current;
    QHash<QString, QStringList> m_candidates;
};

// A template with the current values filled in. Placeholders without a value stay as they are
// ("{paymentId}") and are listed in missing, in path order.
struct FilledPath
{
    QString path;
    QStringList missing;

    bool isComplete() const { return missing.isEmpty(); }
};

FilledPath fillPlaceholders(QStringView pathTemplate, const PlaceholderValues &values);

} // namespace studio::console
