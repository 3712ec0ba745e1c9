// SPDX-License-Identifier: GPL-3.0-or-later
#include "onboarding/ResponseParsers.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace studio::onboarding {

namespace {

// Translation context for the messages below, which are free functions.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(ResponseParsers)
};

// bunq returns an array of single-key objects. Installation and session-server rely on
// their position (Id, Token, then the key or the user), as every official SDK reads them.
Result<QJsonObject, QString> itemAt(const QJsonArray &items, qsizetype index, const QString &key)
{
    if (index >= items.size()) {
        return Result<QJsonObject, QString>::failure(
            //: %n is the number of items, %1 the position of the missing one, %2 its key.
            Text::tr("The response has %n item(s), so item %1 (\"%2\") is missing.", nullptr,
                     static_cast<int>(items.size()))
                .arg(index + 1)
                .arg(key));
    }
    const QJsonObject wrapped = items.at(index).toObject();
    if (!wrapped.value(key).isObject()) {
        return Result<QJsonObject, QString>::failure(
            Text::tr("Item %1 of the response should be \"%2\" but has the keys: %3.")
                .arg(index + 1)
                .arg(key, wrapped.keys().join(u", "_s)));
    }
    return Result<QJsonObject, QString>::success(wrapped.value(key).toObject());
}

QString firstNonEmpty(const QJsonObject &object, std::initializer_list<QString> keys)
{
    for (const QString &key : keys) {
        const QString value = object.value(key).toString();
        if (!value.isEmpty())
            return value;
    }
    return {};
}

QString nameOf(const QJsonObject &user)
{
    return firstNonEmpty(user, {u"display_name"_s, u"public_nick_name"_s, u"name"_s,
                                u"legal_name"_s});
}

// Returns the single {"UserPerson": {...}}-style entry of a wrapper, with its type name.
std::pair<QString, QJsonObject> unwrap(const QJsonObject &wrapped)
{
    if (wrapped.size() != 1)
        return {};
    const QString type = wrapped.keys().constFirst();
    return {type, wrapped.value(type).toObject()};
}

const QStringList sessionUserKinds = {u"UserPerson"_s, u"UserCompany"_s, u"UserApiKey"_s,
                                      u"UserPaymentServiceProvider"_s};

} // namespace

Result<QByteArray, QString> parseSandboxUserReply(const QJsonArray &items)
{
    const auto apiKey = itemAt(items, 0, u"ApiKey"_s);
    if (!apiKey)
        return Result<QByteArray, QString>::failure(apiKey.error());

    const QString key = apiKey.value().value(u"api_key"_s).toString();
    if (key.isEmpty())
        return Result<QByteArray, QString>::failure(Text::tr("ApiKey.api_key is missing or empty."));
    return Result<QByteArray, QString>::success(key.toUtf8());
}

Result<InstallationReply, QString> parseInstallationReply(const QJsonArray &items)
{
    using R = Result<InstallationReply, QString>;
    const auto id = itemAt(items, 0, u"Id"_s);
    if (!id)
        return R::failure(id.error());
    const auto token = itemAt(items, 1, u"Token"_s);
    if (!token)
        return R::failure(token.error());
    const auto serverKey = itemAt(items, 2, u"ServerPublicKey"_s);
    if (!serverKey)
        return R::failure(serverKey.error());

    InstallationReply reply;
    reply.id = id.value().value(u"id"_s).toInteger();
    reply.token = token.value().value(u"token"_s).toString().toUtf8();
    reply.serverPublicKeyPem =
        serverKey.value().value(u"server_public_key"_s).toString().toUtf8();

    if (reply.token.isEmpty())
        return R::failure(Text::tr("Token.token is missing or empty."));
    if (reply.serverPublicKeyPem.isEmpty())
        return R::failure(Text::tr("ServerPublicKey.server_public_key is missing or empty."));
    return R::success(reply);
}

Result<qint64, QString> parseIdReply(const QJsonArray &items)
{
    const auto id = itemAt(items, 0, u"Id"_s);
    if (!id)
        return Result<qint64, QString>::failure(id.error());

    const qint64 value = id.value().value(u"id"_s).toInteger();
    if (value <= 0)
        return Result<qint64, QString>::failure(Text::tr("Id.id is missing or not a positive number."));
    return Result<qint64, QString>::success(value);
}

Result<SessionUser, QString> parseWrappedUser(const QJsonObject &wrapped,
                                              qint64 *sessionTimeoutSeconds)
{
    using R = Result<SessionUser, QString>;
    const auto [kind, object] = unwrap(wrapped);
    if (!sessionUserKinds.contains(kind)) {
        return R::failure(Text::tr("Expected a UserPerson, UserCompany, UserApiKey or "
                             "UserPaymentServiceProvider object, found: %1.")
                              .arg(wrapped.keys().join(u", "_s)));
    }

    SessionUser user;
    user.kind = kind;
    user.id = object.value(u"id"_s).toInteger();
    if (user.id <= 0)
        return R::failure(Text::tr("%1.id is missing or not a positive number.").arg(kind));

    // UserApiKey (an OAuth grant) has no timeout of its own: every bunq SDK takes the one of
    // the user who requested the key. Its name is that of the user who granted access.
    QJsonObject timeoutSource = object;
    if (kind == u"UserApiKey"_s) {
        timeoutSource = unwrap(object.value(u"requested_by_user"_s).toObject()).second;
        const QJsonObject granted = unwrap(object.value(u"granted_by_user"_s).toObject()).second;
        user.displayName = nameOf(granted).isEmpty() ? nameOf(timeoutSource) : nameOf(granted);
    } else {
        user.displayName = nameOf(object);
    }

    if (sessionTimeoutSeconds) {
        const QJsonValue timeout = timeoutSource.value(u"session_timeout"_s);
        if (!timeout.isDouble() || timeout.toInteger() <= 0) {
            return R::failure(kind == u"UserApiKey"_s
                                  ? Text::tr("UserApiKey.requested_by_user has no positive "
                                       "session_timeout.")
                                  : Text::tr("%1.session_timeout is missing or not positive.").arg(kind));
        }
        *sessionTimeoutSeconds = timeout.toInteger();
    }
    return R::success(user);
}

Result<SessionReply, QString> parseSessionReply(const QJsonArray &items)
{
    using R = Result<SessionReply, QString>;
    const auto id = itemAt(items, 0, u"Id"_s);
    if (!id)
        return R::failure(id.error());
    const auto token = itemAt(items, 1, u"Token"_s);
    if (!token)
        return R::failure(token.error());
    if (items.size() < 3)
        return R::failure(Text::tr("The response has no user object (item 3)."));

    SessionReply reply;
    reply.id = id.value().value(u"id"_s).toInteger();
    reply.token = token.value().value(u"token"_s).toString().toUtf8();
    if (reply.token.isEmpty())
        return R::failure(Text::tr("Token.token is missing or empty."));

    const QString created = token.value().value(u"created"_s).toString();
    reply.created = parseBunqTimestamp(created);
    if (!reply.created.isValid()) {
        return R::failure(Text::tr("Token.created is \"%1\", not a time in the form "
                             "YYYY-MM-DD hh:mm:ss.ffffff.")
                              .arg(created));
    }

    const auto user = parseWrappedUser(items.at(2).toObject(), &reply.sessionTimeoutSeconds);
    if (!user)
        return R::failure(user.error());
    reply.user = user.value();
    return R::success(reply);
}

} // namespace studio::onboarding
