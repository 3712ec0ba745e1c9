// SPDX-License-Identifier: GPL-3.0-or-later
#include "onboarding/SessionContext.h"

#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace studio::onboarding {

QDateTime SessionContext::expiry() const
{
    if (!hasSession() || !sessionCreated.isValid())
        return {};
    return sessionCreated.addSecs(sessionTimeoutSeconds);
}

QDateTime parseBunqTimestamp(const QString &text)
{
    // bunq writes microseconds ("2026-12-04 19:47:30.123456"); QDateTime parses milliseconds at
    // most, so the fraction is read by hand and cut to milliseconds.
    const QString trimmed = text.trimmed();
    const qsizetype dot = trimmed.indexOf(u'.');
    const QString whole = dot < 0 ? trimmed : trimmed.left(dot);
    const QString fraction = dot < 0 ? QString() : trimmed.mid(dot + 1);

    QDateTime result = QDateTime::fromString(whole, u"yyyy-MM-dd HH:mm:ss"_s);
    if (!result.isValid())
        return {};

    if (!fraction.isEmpty()) {
        bool isNumber = false;
        const int milliseconds = fraction.left(3).leftJustified(3, u'0').toInt(&isNumber);
        if (!isNumber)
            return {};
        result = result.addMSecs(milliseconds);
    }
    result.setTimeZone(QTimeZone::utc());
    return result;
}

} // namespace studio::onboarding
