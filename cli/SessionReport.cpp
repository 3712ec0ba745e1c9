// SPDX-License-Identifier: GPL-3.0-or-later
#include "SessionReport.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace studio::cli {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(studio::cli::SessionReport)
};

QString environmentText(const api::ApiEnvironment &environment)
{
    return environment.displayName() + u" ("_s + environment.baseUrl().toString() + u')';
}

QString userText(const onboarding::SessionUser &user)
{
    if (user.id == 0)
        return Text::tr("unknown");
    //: %1 user kind such as UserPerson, %2 the name, %3 the user id.
    return Text::tr("%1 \"%2\" (id %3)").arg(user.kind, user.displayName).arg(user.id);
}

} // namespace

QString describeExpiry(const QDateTime &expiryUtc)
{
    if (!expiryUtc.isValid())
        return Text::tr("unknown");
    const QDateTime utc = expiryUtc.toUTC();
    //: %1 date and time in UTC, %2 the same in the computer's time zone.
    return Text::tr("%1 UTC (%2 local time)")
        .arg(utc.toString(u"yyyy-MM-dd HH:mm:ss"_s),
             utc.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s));
}

QJsonObject sessionJson(const StoredSession &session, const Output &output)
{
    const onboarding::SessionContext &context = session.context;
    QJsonObject json{
        {u"environment"_s, context.environment.id()},
        {u"base_url"_s, context.environment.baseUrl().toString()},
        {u"api_key"_s, output.secret(context.apiKey)},
        {u"installation_token"_s, output.secret(context.installationToken)},
        {u"client_key_fingerprint"_s,
         QString::fromLatin1(context.clientKey.publicKey().sha256Fingerprint())},
        {u"server_key_fingerprint"_s,
         QString::fromLatin1(context.serverPublicKey.sha256Fingerprint())},
        {u"has_session"_s, context.hasSession()},
    };
    if (context.installationId != 0)
        json.insert(u"installation_id"_s, context.installationId);
    if (context.deviceId != 0)
        json.insert(u"device_id"_s, context.deviceId);
    if (!context.deviceDescription.isEmpty())
        json.insert(u"device_description"_s, context.deviceDescription);
    if (context.deviceId != 0)
        json.insert(u"permitted_ips"_s, QJsonArray::fromStringList(context.permittedIps));

    if (context.hasSession()) {
        json.insert(u"session_token"_s, output.secret(context.sessionToken));
        if (context.sessionId != 0)
            json.insert(u"session_id"_s, context.sessionId);
        json.insert(u"user"_s, QJsonObject{{u"id"_s, context.user.id},
                                           {u"kind"_s, context.user.kind},
                                           {u"display_name"_s, context.user.displayName}});
        if (context.sessionTimeoutSeconds > 0)
            json.insert(u"session_timeout_seconds"_s, context.sessionTimeoutSeconds);
        if (session.expiry.isValid()) {
            json.insert(u"expiry"_s, session.expiry.toUTC().toString(Qt::ISODate));
            json.insert(u"expiry_source"_s,
                        session.expiryFromServer ? u"server"_s : u"context_file"_s);
        }
    }
    if (!session.proxyUrl.isEmpty()) {
        json.insert(u"proxy"_s, QUrl(session.proxyUrl).toDisplayString(QUrl::RemovePassword));
    }
    return json;
}

QStringList sessionLines(const StoredSession &session, const Output &output)
{
    const onboarding::SessionContext &context = session.context;
    const auto line = [](const QString &label, const QString &value) -> QString {
        const QString labelWithColon = label.isEmpty() ? QString() : label + u':';
        return u"  "_s + labelWithColon.leftJustified(20) + value;
    };

    QStringList lines;
    lines << line(Text::tr("Environment"), environmentText(context.environment));
    lines << line(Text::tr("User"), userText(context.user));
    lines << line(Text::tr("API key"), output.secret(context.apiKey));

    QString installation = context.installationId != 0
                               ? Text::tr("%1, token %2")
                                     .arg(context.installationId)
                                     .arg(output.secret(context.installationToken))
                               : Text::tr("token %1").arg(output.secret(context.installationToken));
    lines << line(Text::tr("Installation"), installation);
    if (context.deviceId != 0) {
        lines << line(Text::tr("Device"),
                      Text::tr("%1, \"%2\"").arg(context.deviceId).arg(context.deviceDescription));
    }

    if (context.hasSession()) {
        const QString id =
            context.sessionId != 0 ? QString::number(context.sessionId) : Text::tr("id not stored");
        lines << line(Text::tr("Session"),
                      Text::tr("%1, token %2").arg(id, output.secret(context.sessionToken)));
        lines << line(Text::tr("Expires"), describeExpiry(session.expiry));
        if (session.expiry.isValid() && !session.expiryFromServer) {
            lines << line(QString(), Text::tr("read from expiry_time, which bunq's SDKs write "
                                              "in their computer's local time"));
        }
    } else {
        lines << line(Text::tr("Session"), Text::tr("none; \"bunq-session reopen\" opens one"));
    }
    lines << line(Text::tr("Server key"),
                  Text::tr("SHA-256 %1")
                      .arg(QString::fromLatin1(context.serverPublicKey.sha256Fingerprint())));
    return lines;
}

} // namespace studio::cli
