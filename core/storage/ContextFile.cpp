// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/ContextFile.h"

#include "onboarding/ResponseParsers.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

#include <array>

using namespace Qt::StringLiterals;

namespace studio::storage {

namespace {

// Translation context for the messages below, which are free functions.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(studio::storage::ContextFile)
};

using ReadResult = Result<ImportedContext, ContextFileError>;

// The four session user kinds with the key each SDK stores them under, in the order used when a
// file contains more than one.
struct UserKey
{
    QString kind;
    QString snakeCase; // Python, Java and C#
    QString camelCase; // PHP
};

const std::array<UserKey, 4> userKeys = {{
    {u"UserPerson"_s, u"user_person"_s, u"userPerson"_s},
    {u"UserCompany"_s, u"user_company"_s, u"userCompany"_s},
    {u"UserApiKey"_s, u"user_api_key"_s, u"userApiKey"_s},
    {u"UserPaymentServiceProvider"_s, u"user_payment_service_provider"_s,
     u"userPaymentServiceProvider"_s},
}};

const QString expiryFormat = u"yyyy-MM-dd HH:mm:ss"_s;

ContextFileError errorIn(const QString &fileName, const QString &message)
{
    return ContextFileError{fileName, message};
}

QByteArray withLf(QByteArray text)
{
    return text.replace("\r\n", "\n");
}

// Layout clues that tell the SDK writers apart, weighed by guessShape().
struct LayoutClues
{
    bool snakeCaseUserKeys = false;
    bool camelCaseUserKeys = false;
    bool proxyKey = false;      // "proxy", written by Java and C#
    bool escapedSlashes = false; // "\/", written by PHP
    bool privateKeyOnOneLine = false;
    bool privateKeyWithoutTrailingNewline = false;
    int indentation = 0; // spaces before the first key
};

int firstIndentation(const QByteArray &bytes)
{
    const QByteArray text = withLf(bytes);
    const qsizetype lineStart = text.indexOf('\n');
    if (lineStart < 0)
        return 0;
    int spaces = 0;
    for (qsizetype i = lineStart + 1; i < text.size() && text.at(i) == ' '; ++i)
        ++spaces;
    return spaces;
}

// Counts the base64 lines between the BEGIN and END lines of a PEM.
qsizetype base64LineCount(const QByteArray &pem)
{
    const QList<QByteArray> lines = withLf(pem).trimmed().split('\n');
    return std::max<qsizetype>(0, lines.size() - 2);
}

// A best guess: several SDKs share most habits, so only the combination points to one.
SdkShape guessShape(const LayoutClues &clues)
{
    if (clues.snakeCaseUserKeys && clues.camelCaseUserKeys)
        return SdkShape::Unknown; // both spellings mean an export for every SDK, like ours
    if (clues.camelCaseUserKeys || clues.escapedSlashes)
        return SdkShape::Php;
    if (clues.privateKeyOnOneLine)
        return SdkShape::Java;
    if (clues.privateKeyWithoutTrailingNewline)
        return SdkShape::Python;
    if (clues.proxyKey)
        return SdkShape::CSharp;
    if (clues.indentation == 4)
        return SdkShape::Python;
    if (clues.indentation == 2)
        return SdkShape::CSharp;
    return SdkShape::Unknown;
}

// Parses expiry_time: local time without a zone and any number of fraction digits. Only
// milliseconds are kept because QDateTime stores no finer fraction.
QDateTime parseLocalExpiry(const QString &text)
{
    const QString trimmed = text.trimmed();
    const qsizetype dot = trimmed.indexOf(u'.');
    const QString whole = dot < 0 ? trimmed : trimmed.left(dot);
    const QString fraction = dot < 0 ? QString() : trimmed.mid(dot + 1);

    QDateTime local = QDateTime::fromString(whole, expiryFormat);
    if (!local.isValid())
        return {};

    // NOTE: Java writes milliseconds zero-padded to six digits (123 ms as ".000123"), so a
    // Java file's expiry may be up to a second early here. That is well below the 30-second
    // margin every SDK keeps before renewing a session.
    if (!fraction.isEmpty()) {
        for (const QChar digit : fraction) {
            if (!digit.isDigit())
                return {};
        }
        local = local.addMSecs(fraction.left(3).leftJustified(3, u'0').toInt());
    }
    return local.toUTC();
}

Result<api::ApiEnvironment, ContextFileError>
readEnvironment(const QJsonObject &root, const QByteArray &apiKey, const QString &fileName,
                QStringList &findings)
{
    using R = Result<api::ApiEnvironment, ContextFileError>;
    const QJsonValue value = root.value(u"environment_type"_s);
    if (value.isUndefined() || value.isNull()) {
        const bool sandboxKey = apiKey.startsWith("sandbox_");
        findings << Text::tr("The file has no environment_type, so the environment was chosen "
                             "from the API key: %1.")
                        .arg(sandboxKey ? u"SANDBOX"_s : u"PRODUCTION"_s);
        return R::success(sandboxKey ? api::ApiEnvironment::sandbox()
                                     : api::ApiEnvironment::production());
    }

    const QString type = value.toString();
    if (type == u"SANDBOX"_s)
        return R::success(api::ApiEnvironment::sandbox());
    if (type == u"PRODUCTION"_s)
        return R::success(api::ApiEnvironment::production());
    return R::failure(errorIn(fileName, Text::tr("environment_type in %1 is \"%2\", but only "
                                                 "SANDBOX and PRODUCTION are valid.")
                                            .arg(fileName, value.isString() ? type
                                                                            : u"not a string"_s)));
}

// Reads installation_context: the token and the three PEM keys. Every SDK needs all four.
Result<bool, ContextFileError> readInstallation(const QJsonObject &root, const QString &fileName,
                                                ImportedContext &imported, LayoutClues &clues)
{
    using R = Result<bool, ContextFileError>;
    const QJsonValue value = root.value(u"installation_context"_s);
    if (!value.isObject()) {
        return R::failure(errorIn(fileName, Text::tr("installation_context is missing in %1.")
                                                .arg(fileName)));
    }
    const QJsonObject installation = value.toObject();

    for (const QString &key : {u"token"_s, u"private_key_client"_s, u"public_key_client"_s,
                               u"public_key_server"_s}) {
        if (installation.value(key).toString().isEmpty()) {
            return R::failure(errorIn(fileName, Text::tr("installation_context.%1 is missing "
                                                         "in %2.")
                                                    .arg(key, fileName)));
        }
    }

    const auto invalidPem = [&fileName](const QString &key, const QString &reason) {
        return R::failure(errorIn(fileName, Text::tr("installation_context.%1 in %2 is not a "
                                                     "valid PEM key: %3")
                                                .arg(key, fileName, reason)));
    };

    const QByteArray privatePem = installation.value(u"private_key_client"_s).toString().toUtf8();
    const auto clientKey = crypto::RsaKeyPair::fromPrivateKeyPem(privatePem);
    if (!clientKey)
        return invalidPem(u"private_key_client"_s, clientKey.error());

    const auto clientPublicKey = crypto::RsaPublicKey::fromPem(
        installation.value(u"public_key_client"_s).toString().toUtf8());
    if (!clientPublicKey)
        return invalidPem(u"public_key_client"_s, clientPublicKey.error());

    const auto serverKey = crypto::RsaPublicKey::fromPem(
        installation.value(u"public_key_server"_s).toString().toUtf8());
    if (!serverKey)
        return invalidPem(u"public_key_server"_s, serverKey.error());

    if (!(clientPublicKey.value() == clientKey.value().publicKey())) {
        imported.findings << Text::tr("public_key_client does not match private_key_client. "
                                      "The public key is derived from the private key instead, "
                                      "but bunq may know the installation under the other key.");
    }

    imported.context.clientKey = clientKey.value();
    imported.context.serverPublicKey = serverKey.value();
    imported.context.installationToken = installation.value(u"token"_s).toString().toUtf8();

    clues.privateKeyOnOneLine = base64LineCount(privatePem) == 1;
    clues.privateKeyWithoutTrailingNewline = !privatePem.endsWith('\n');
    return R::success(true);
}

// Returns the user objects of session_context in the order of userKeys, each from its
// snake_case key or else its camelCase key. Null entries are skipped.
QList<std::pair<QString, QJsonObject>> collectUsers(const QJsonObject &session,
                                                   LayoutClues &clues, QStringList &findings)
{
    QList<std::pair<QString, QJsonObject>> users;
    int nullEntries = 0;
    for (const UserKey &key : userKeys) {
        const QJsonValue snake = session.value(key.snakeCase);
        const QJsonValue camel = session.value(key.camelCase);
        clues.snakeCaseUserKeys = clues.snakeCaseUserKeys || snake.isObject();
        clues.camelCaseUserKeys = clues.camelCaseUserKeys || camel.isObject() || camel.isNull();
        nullEntries += camel.isNull() ? 1 : 0;

        if (snake.isObject() && camel.isObject() && snake != camel) {
            findings << Text::tr("session_context has different objects under %1 and %2. %1 "
                                 "is used.")
                            .arg(key.snakeCase, key.camelCase);
        }
        if (snake.isObject())
            users.append({key.kind, snake.toObject()});
        else if (camel.isObject())
            users.append({key.kind, camel.toObject()});
    }

    if (users.isEmpty() && nullEntries == int(userKeys.size())) {
        findings << Text::tr("All four user entries (userPerson, userCompany, userApiKey, "
                             "userPaymentServiceProvider) are null, so only the user id is "
                             "known.");
    } else if (users.isEmpty()) {
        findings << Text::tr("session_context has no user object, so only the user id is "
                             "known. The bunq SDKs cannot load such a context.");
    } else if (users.size() > 1) {
        findings << Text::tr("session_context has %1 user objects. The %2 is used.")
                        .arg(users.size())
                        .arg(users.constFirst().first);
    }
    return users;
}

// Reads session_context. Nothing in it is required: without it the installation can still
// open a new session.
void readSession(const QJsonObject &root, ImportedContext &imported, LayoutClues &clues)
{
    QStringList &findings = imported.findings;
    const QJsonValue value = root.value(u"session_context"_s);
    if (!value.isObject()) {
        findings << Text::tr("The file has no session_context, so a new session must be opened "
                             "before making calls.");
        return;
    }
    const QJsonObject session = value.toObject();
    onboarding::SessionContext &context = imported.context;

    context.sessionToken = session.value(u"token"_s).toString().toUtf8();
    if (context.sessionToken.isEmpty())
        findings << Text::tr("session_context has no token, so a new session must be opened.");

    const qint64 userId = session.value(u"user_id"_s).toInteger();
    const auto users = collectUsers(session, clues, findings);
    if (users.isEmpty()) {
        context.user.id = userId;
    } else {
        const QJsonObject wrapped{{users.constFirst().first, users.constFirst().second}};
        qint64 timeout = 0;
        auto user = onboarding::parseWrappedUser(wrapped, &timeout);
        if (user) {
            context.sessionTimeoutSeconds = timeout;
        } else {
            user = onboarding::parseWrappedUser(wrapped);
            if (user)
                findings << Text::tr("The user object has no session timeout.");
        }
        if (user) {
            context.user = user.value();
        } else {
            findings << Text::tr("The user object could not be read: %1").arg(user.error());
            context.user.kind = users.constFirst().first;
            context.user.id = userId;
        }
    }
    if (userId != 0 && userId != context.user.id) {
        findings << Text::tr("session_context.user_id (%1) differs from the id of the user "
                             "object (%2). The id of the user object is used.")
                        .arg(userId)
                        .arg(context.user.id);
    }
    if (context.user.id <= 0)
        findings << Text::tr("The file contains no user id.");

    const QString expiryText = session.value(u"expiry_time"_s).toString();
    imported.untrustedExpiry = parseLocalExpiry(expiryText);
    if (expiryText.isEmpty()) {
        findings << Text::tr("session_context has no expiry_time.");
    } else if (!imported.untrustedExpiry.isValid()) {
        findings << Text::tr("expiry_time \"%1\" is not a valid time.").arg(expiryText);
    } else {
        findings << Text::tr("expiry_time %1 is read as local time on this computer. A file "
                             "written in another time zone shifts it, so check the session "
                             "before use.")
                        .arg(expiryText);
        if (imported.untrustedExpiry < QDateTime::currentDateTimeUtc())
            findings << Text::tr("According to expiry_time the session has expired.");
    }
}

void readProxy(const QJsonObject &root, ImportedContext &imported, LayoutClues &clues)
{
    clues.proxyKey = root.contains(u"proxy"_s);
    const QString proxyUrl = root.value(u"proxy_url"_s).toString();
    imported.proxyUrl = proxyUrl.isEmpty() ? root.value(u"proxy"_s).toString() : proxyUrl;
    if (!imported.proxyUrl.isEmpty()) {
        // The URL may contain a password, and findings are shown on screen.
        const QUrl url(imported.proxyUrl);
        imported.findings << Text::tr("The file sets a proxy: %1.")
                                 .arg(url.toDisplayString(QUrl::RemovePassword));
    }
}

Result<QJsonObject, ContextFileError> parseRoot(const QByteArray &bytes, const QString &fileName)
{
    using R = Result<QJsonObject, ContextFileError>;
    if (bytes.trimmed().isEmpty())
        return R::failure(errorIn(fileName, Text::tr("%1 is empty.").arg(fileName)));

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return R::failure(errorIn(fileName, Text::tr("%1 is not valid JSON: %2 at offset %3.")
                                                .arg(fileName, parseError.errorString())
                                                .arg(parseError.offset)));
    }
    if (!document.isObject()) {
        return R::failure(errorIn(fileName, Text::tr("%1 does not contain a JSON object, so it "
                                                     "is not a bunq SDK context file.")
                                                .arg(fileName)));
    }

    const QJsonObject root = document.object();
    if (!root.contains(u"api_key"_s) && !root.contains(u"installation_context"_s)) {
        return R::failure(errorIn(fileName, Text::tr("%1 does not look like a bunq SDK context "
                                                     "file: it has neither api_key nor "
                                                     "installation_context.")
                                                .arg(fileName)));
    }
    return R::success(root);
}

QJsonObject userObject(const onboarding::SessionContext &context)
{
    const onboarding::SessionUser &user = context.user;
    QJsonObject profile;
    if (!user.displayName.isEmpty())
        profile.insert(u"display_name"_s, user.displayName);
    if (context.sessionTimeoutSeconds > 0)
        profile.insert(u"session_timeout"_s, context.sessionTimeoutSeconds);

    if (user.kind != u"UserApiKey"_s) {
        profile.insert(u"id"_s, user.id);
        return profile;
    }

    // Every SDK reads a UserApiKey's timeout from the user who requested the key. The name
    // shown is that of the user who granted access, which is where the name came from.
    QJsonObject apiKeyUser{{u"id"_s, user.id}};
    QJsonObject requester;
    if (context.sessionTimeoutSeconds > 0)
        requester.insert(u"session_timeout"_s, context.sessionTimeoutSeconds);
    apiKeyUser.insert(u"requested_by_user"_s, QJsonObject{{u"UserPerson"_s, requester}});
    if (!user.displayName.isEmpty()) {
        apiKeyUser.insert(u"granted_by_user"_s,
                          QJsonObject{{u"UserPerson"_s,
                                       QJsonObject{{u"display_name"_s, user.displayName}}}});
    }
    return apiKeyUser;
}

QJsonObject sessionObject(const onboarding::SessionContext &context)
{
    // Without a known expiry the SDKs get the current time, so they open a new session with the
    // installation before their first call.
    const QDateTime expiry = context.expiry().isValid() ? context.expiry()
                                                        : QDateTime::currentDateTimeUtc();
    const QDateTime local = expiry.toLocalTime();
    const QString expiryText = local.toString(expiryFormat) + u'.'
                               + QString::number(local.time().msec()).rightJustified(3, u'0')
                               + u"000"_s;

    QJsonObject session{{u"token"_s, QString::fromUtf8(context.sessionToken)},
                        {u"expiry_time"_s, expiryText},
                        {u"user_id"_s, context.user.id}};
    for (const UserKey &key : userKeys) {
        if (key.kind == context.user.kind) {
            session.insert(key.snakeCase, userObject(context));
            session.insert(key.camelCase, userObject(context));
        }
    }
    return session;
}

} // namespace

QString sdkShapeName(SdkShape shape)
{
    switch (shape) {
    case SdkShape::Python:
        return Text::tr("Python");
    case SdkShape::Java:
        return Text::tr("Java");
    case SdkShape::Php:
        return Text::tr("PHP");
    case SdkShape::CSharp:
        return Text::tr("C#");
    case SdkShape::Unknown:
        break;
    }
    return Text::tr("unknown");
}

Result<ImportedContext, ContextFileError> readContextFile(const QByteArray &bytes,
                                                          const QString &fileName)
{
    const auto root = parseRoot(bytes, fileName);
    if (!root)
        return ReadResult::failure(root.error());

    ImportedContext imported;
    LayoutClues clues;
    clues.escapedSlashes = bytes.contains("\\/");
    clues.indentation = firstIndentation(bytes);

    const QString apiKey = root.value().value(u"api_key"_s).toString();
    if (apiKey.isEmpty()) {
        return ReadResult::failure(
            errorIn(fileName, Text::tr("api_key is missing in %1.").arg(fileName)));
    }
    imported.context.apiKey = apiKey.toUtf8();

    const auto environment = readEnvironment(root.value(), imported.context.apiKey, fileName,
                                             imported.findings);
    if (!environment)
        return ReadResult::failure(environment.error());
    imported.context.environment = environment.value();
    const QString keyMismatch = environment.value().apiKeyMismatch(imported.context.apiKey);
    if (!keyMismatch.isEmpty())
        imported.findings << keyMismatch;

    const auto installation = readInstallation(root.value(), fileName, imported, clues);
    if (!installation)
        return ReadResult::failure(installation.error());

    readSession(root.value(), imported, clues);
    readProxy(root.value(), imported, clues);

    const onboarding::SessionContext &context = imported.context;
    imported.findings.prepend(
        context.hasSession()
            ? Text::tr("The file contains an API key and installation for %1 and a session for "
                       "%2 %3 (id %4).")
                  .arg(context.environment.displayName(), context.user.kind,
                       context.user.displayName)
                  .arg(context.user.id)
            : Text::tr("The file contains an API key and installation for %1 but no session.")
                  .arg(context.environment.displayName()));

    imported.likelyShape = guessShape(clues);
    if (imported.likelyShape != SdkShape::Unknown) {
        imported.findings.prepend(Text::tr("The file was most likely written by the %1 SDK "
                                           "(a guess from its layout).")
                                      .arg(sdkShapeName(imported.likelyShape)));
    }
    return ReadResult::success(imported);
}

QByteArray writeContextFile(const onboarding::SessionContext &context, const QString &proxyUrl)
{
    // The SDKs know only bunq's two environments, and the local sandbox takes sandbox keys.
    const bool production = context.environment.kind() == api::ApiEnvironment::Kind::Production;

    const QJsonObject installation{
        {u"token"_s, QString::fromUtf8(context.installationToken)},
        {u"private_key_client"_s, QString::fromUtf8(context.clientKey.privateKeyPem())},
        {u"public_key_client"_s, QString::fromUtf8(context.clientKey.publicKey().toPem())},
        {u"public_key_server"_s, QString::fromUtf8(context.serverPublicKey.toPem())},
    };

    QJsonObject root{{u"api_key"_s, QString::fromUtf8(context.apiKey)},
                     {u"environment_type"_s, production ? u"PRODUCTION"_s : u"SANDBOX"_s},
                     {u"installation_context"_s, installation}};
    if (context.hasSession())
        root.insert(u"session_context"_s, sessionObject(context));
    if (!proxyUrl.isEmpty()) {
        root.insert(u"proxy_url"_s, proxyUrl);
        root.insert(u"proxy"_s, proxyUrl);
    }

    // QJsonDocument indents with 4 spaces, sorts keys and ends lines with LF, as Python does.
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace studio::storage
