// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Sample sessions and secrets shared by the storage tests. The values are made up; the key is
// generated once per test run.

#include "onboarding/SessionContext.h"
#include "storage/Profile.h"

#include <QFile>
#include <QFileInfo>
#include <QTimeZone>

namespace studio::storage::testdata {

inline crypto::RsaKeyPair sharedKey()
{
    static const crypto::RsaKeyPair key = crypto::RsaKeyPair::generate().value();
    return key;
}

inline onboarding::SessionContext sampleContext()
{
    using namespace Qt::StringLiterals;

    onboarding::SessionContext context;
    context.environment = api::ApiEnvironment::localSandbox(QUrl(u"http://127.0.0.1:41234/v1/"_s));
    context.apiKey = "sandbox_a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c"_ba;
    context.clientKey = sharedKey();

    context.installationId = 7001;
    context.installationToken = "instTok9f8e7d6c5b4a39281706f5e4d3c2b1a09f8e7d6c5b4a3928170"_ba;
    context.serverPublicKey = crypto::RsaKeyPair::generate().value().publicKey();

    context.deviceId = 7002;
    context.deviceDescription = u"Studio test device"_s;
    context.permittedIps = {u"127.0.0.1"_s, u"::1"_s};

    context.sessionId = 7003;
    context.sessionToken = "sessTok0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f607182"_ba;
    context.user = {4242, u"UserPerson"_s, u"Sam Sample"_s};
    context.sessionTimeoutSeconds = 604800;
    context.sessionCreated =
        QDateTime(QDate(2030, 1, 2), QTime(3, 4, 5, 678), QTimeZone::utc());
    return context;
}

inline ProfileSecrets sampleSecrets(const QByteArray &suffix = {})
{
    ProfileSecrets secrets;
    secrets.apiKey = "sandbox_secretapikey_" + suffix;
    secrets.privateKeyPem = sharedKey().privateKeyPem();
    secrets.installationToken = "installation-token-" + suffix;
    secrets.sessionToken = "session-token-" + suffix;
    return secrets;
}

// The mode bits of a file, without the "User" flags that QFileInfo adds for the current user.
inline QFile::Permissions modeOf(const QString &path)
{
    return QFileInfo(path).permissions()
           & ~(QFile::ReadUser | QFile::WriteUser | QFile::ExeUser);
}

inline constexpr QFile::Permissions ownerOnlyFile = QFile::ReadOwner | QFile::WriteOwner;
inline constexpr QFile::Permissions ownerOnlyDirectory =
    QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner;

} // namespace studio::storage::testdata
