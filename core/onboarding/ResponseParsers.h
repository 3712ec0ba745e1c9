// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "onboarding/SessionContext.h"

#include <QJsonArray>
#include <QJsonObject>

namespace studio::onboarding {

struct InstallationReply
{
    qint64 id = 0;
    QByteArray token;
    QByteArray serverPublicKeyPem;
};

struct SessionReply
{
    qint64 id = 0;
    QByteArray token;
    QDateTime created; // UTC
    SessionUser user;
    qint64 sessionTimeoutSeconds = 0;
};

// Each parser takes the "Response" array of a 200 reply and names the missing or malformed
// field in its error.
Result<QByteArray, QString> parseSandboxUserReply(const QJsonArray &items);
Result<InstallationReply, QString> parseInstallationReply(const QJsonArray &items);
Result<qint64, QString> parseIdReply(const QJsonArray &items);
Result<SessionReply, QString> parseSessionReply(const QJsonArray &items);

// Reads a user object wrapped in its type key ({"UserPerson": {...}}), as session-server and
// GET /v1/user return it. Accepts the four session user kinds.
Result<SessionUser, QString> parseWrappedUser(const QJsonObject &wrapped,
                                              qint64 *sessionTimeoutSeconds = nullptr);

} // namespace studio::onboarding
