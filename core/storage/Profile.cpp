// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/Profile.h"

#include "storage/SecretsCodec_p.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QTimeZone>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace studio::storage {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(studio::storage::Profile)
};

// Version 1 is the only layout so far. A reader rejects files with a higher version instead of
// dropping members it does not know.
constexpr int profileFormatVersion = 1;

QString dateToJson(const QDateTime &dateTime)
{
    return dateTime.isValid() ? dateTime.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QJsonObject environmentToJson(const api::ApiEnvironment &environment)
{
    return {{u"kind"_s, environment.id()}, {u"baseUrl"_s, environment.baseUrl().toString()}};
}

Result<api::ApiEnvironment, QString> environmentFromJson(const QJsonObject &object)
{
    using R = Result<api::ApiEnvironment, QString>;
    const QString kind = object.value(u"kind"_s).toString();

    // bunq's two servers always use the built-in URL, so an edited file cannot redirect the
    // production API key to another host.
    if (kind == u"production"_s)
        return R::success(api::ApiEnvironment::production());
    if (kind == u"sandbox"_s)
        return R::success(api::ApiEnvironment::sandbox());

    if (kind == u"local-sandbox"_s) {
        const QUrl url(object.value(u"baseUrl"_s).toString(), QUrl::StrictMode);
        const bool httpUrl = url.scheme() == u"http"_s || url.scheme() == u"https"_s;
        if (!url.isValid() || !httpUrl || url.host().isEmpty()) {
            return R::failure(Text::tr("environment.baseUrl \"%1\" is not an http or https URL.")
                                  .arg(object.value(u"baseUrl"_s).toString()));
        }
        return R::success(api::ApiEnvironment::localSandbox(url));
    }
    return R::failure(Text::tr("environment.kind \"%1\" is unknown: expected production, "
                               "sandbox or local-sandbox.")
                          .arg(kind));
}

Result<QDateTime, QString> dateFromJson(const QJsonObject &object, const QString &name)
{
    using R = Result<QDateTime, QString>;
    const QString text = object.value(name).toString();
    if (text.isEmpty())
        return R::success(QDateTime());

    const QDateTime dateTime = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!dateTime.isValid()) {
        return R::failure(Text::tr("%1 \"%2\" is not an ISO 8601 date and time.")
                              .arg(name, text));
    }
    return R::success(dateTime.toUTC());
}

} // namespace

void ProfileSecrets::wipe()
{
    storage::wipe(apiKey);
    storage::wipe(privateKeyPem);
    storage::wipe(installationToken);
    storage::wipe(sessionToken);
}

bool isValidProfileId(const QString &id)
{
    const QUuid uuid = QUuid::fromString(id);
    return !uuid.isNull() && uuid.toString(QUuid::WithoutBraces) == id;
}

Profile profileFromContext(const onboarding::SessionContext &context, const QString &name)
{
    Profile profile;
    profile.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    profile.name = name;

    profile.environment = context.environment;
    profile.user = context.user;

    profile.deviceDescription = context.deviceDescription;
    profile.deviceId = context.deviceId;
    profile.permittedIps = context.permittedIps;

    profile.installationId = context.installationId;
    profile.sessionId = context.sessionId;
    profile.sessionCreated = context.sessionCreated.toUTC();
    profile.sessionTimeoutSeconds = context.sessionTimeoutSeconds;

    if (!context.serverPublicKey.isNull())
        profile.serverPublicKeyPem = context.serverPublicKey.toPem();

    profile.createdAt = QDateTime::currentDateTimeUtc();
    profile.updatedAt = profile.createdAt;
    return profile;
}

ProfileSecrets secretsFromContext(const onboarding::SessionContext &context)
{
    ProfileSecrets secrets;
    secrets.apiKey = context.apiKey;
    if (!context.clientKey.isNull())
        secrets.privateKeyPem = context.clientKey.privateKeyPem();
    secrets.installationToken = context.installationToken;
    secrets.sessionToken = context.sessionToken;
    return secrets;
}

Result<onboarding::SessionContext, QString> contextFromProfile(const Profile &profile,
                                                               const ProfileSecrets &secrets)
{
    using R = Result<onboarding::SessionContext, QString>;
    onboarding::SessionContext context;
    context.environment = profile.environment;
    context.apiKey = secrets.apiKey;

    if (!secrets.privateKeyPem.isEmpty()) {
        auto key = crypto::RsaKeyPair::fromPrivateKeyPem(secrets.privateKeyPem);
        if (!key) {
            return R::failure(Text::tr("The client private key of profile \"%1\" cannot be "
                                       "read: %2 Complete the onboarding again to create a new "
                                       "key.")
                                  .arg(profile.name, key.error()));
        }
        context.clientKey = std::move(key).value();
    }

    context.installationId = profile.installationId;
    context.installationToken = secrets.installationToken;
    if (!profile.serverPublicKeyPem.isEmpty()) {
        auto serverKey = crypto::RsaPublicKey::fromPem(profile.serverPublicKeyPem);
        if (!serverKey) {
            return R::failure(Text::tr("The server public key of profile \"%1\" cannot be "
                                       "read: %2 Complete the installation step again to fetch "
                                       "it.")
                                  .arg(profile.name, serverKey.error()));
        }
        context.serverPublicKey = std::move(serverKey).value();
    }

    context.deviceId = profile.deviceId;
    context.deviceDescription = profile.deviceDescription;
    context.permittedIps = profile.permittedIps;

    context.sessionId = profile.sessionId;
    context.sessionToken = secrets.sessionToken;
    context.user = profile.user;
    context.sessionTimeoutSeconds = profile.sessionTimeoutSeconds;
    context.sessionCreated = profile.sessionCreated;
    return R::success(context);
}

QJsonObject profileToJson(const Profile &profile)
{
    const QJsonObject user{{u"id"_s, profile.user.id},
                           {u"kind"_s, profile.user.kind},
                           {u"displayName"_s, profile.user.displayName}};
    const QJsonObject device{{u"id"_s, profile.deviceId},
                             {u"description"_s, profile.deviceDescription},
                             {u"permittedIps"_s, QJsonArray::fromStringList(profile.permittedIps)}};
    const QJsonObject session{{u"id"_s, profile.sessionId},
                              {u"created"_s, dateToJson(profile.sessionCreated)},
                              {u"timeoutSeconds"_s, profile.sessionTimeoutSeconds}};

    return QJsonObject{
        {u"version"_s, profileFormatVersion},
        {u"id"_s, profile.id},
        {u"name"_s, profile.name},
        {u"environment"_s, environmentToJson(profile.environment)},
        {u"user"_s, user},
        {u"device"_s, device},
        {u"installationId"_s, profile.installationId},
        {u"session"_s, session},
        {u"serverPublicKeyPem"_s, QString::fromLatin1(profile.serverPublicKeyPem)},
        {u"proxyUrl"_s, profile.proxyUrl},
        {u"createdAt"_s, dateToJson(profile.createdAt)},
        {u"updatedAt"_s, dateToJson(profile.updatedAt)},
    };
}

Result<Profile, QString> profileFromJson(const QJsonObject &object)
{
    using R = Result<Profile, QString>;
    const int version = object.value(u"version"_s).toInt(-1);
    if (version < 1) {
        return R::failure(Text::tr("The \"version\" member is missing, so this is not a "
                                   "profile file."));
    }
    if (version > profileFormatVersion) {
        return R::failure(Text::tr("The profile has format version %1, but this version of the "
                                   "app reads version %2 at most. Update the app.")
                              .arg(version)
                              .arg(profileFormatVersion));
    }

    Profile profile;
    profile.id = object.value(u"id"_s).toString();
    if (!isValidProfileId(profile.id))
        return R::failure(Text::tr("id \"%1\" is not a UUID.").arg(profile.id));
    profile.name = object.value(u"name"_s).toString();

    const auto environment = environmentFromJson(object.value(u"environment"_s).toObject());
    if (!environment)
        return R::failure(environment.error());
    profile.environment = environment.value();

    const QJsonObject user = object.value(u"user"_s).toObject();
    profile.user.id = user.value(u"id"_s).toInteger();
    profile.user.kind = user.value(u"kind"_s).toString();
    profile.user.displayName = user.value(u"displayName"_s).toString();

    const QJsonObject device = object.value(u"device"_s).toObject();
    profile.deviceId = device.value(u"id"_s).toInteger();
    profile.deviceDescription = device.value(u"description"_s).toString();
    for (const QJsonValue &ip : device.value(u"permittedIps"_s).toArray())
        profile.permittedIps << ip.toString();

    profile.installationId = object.value(u"installationId"_s).toInteger();

    const QJsonObject session = object.value(u"session"_s).toObject();
    profile.sessionId = session.value(u"id"_s).toInteger();
    profile.sessionTimeoutSeconds = session.value(u"timeoutSeconds"_s).toInteger();
    const auto created = dateFromJson(session, u"created"_s);
    if (!created)
        return R::failure(u"session."_s + created.error());
    profile.sessionCreated = created.value();

    profile.serverPublicKeyPem = object.value(u"serverPublicKeyPem"_s).toString().toLatin1();
    profile.proxyUrl = object.value(u"proxyUrl"_s).toString();

    const auto createdAt = dateFromJson(object, u"createdAt"_s);
    if (!createdAt)
        return R::failure(createdAt.error());
    profile.createdAt = createdAt.value();
    const auto updatedAt = dateFromJson(object, u"updatedAt"_s);
    if (!updatedAt)
        return R::failure(updatedAt.error());
    profile.updatedAt = updatedAt.value();
    return R::success(profile);
}

} // namespace studio::storage
