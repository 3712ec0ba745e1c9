// SPDX-License-Identifier: GPL-3.0-or-later
#include "RegistrationEndpoints.h"

#include "BunqJson.h"
#include "Logging.h"
#include "SandboxState.h"
#include "ServerKeyPool.h"
#include "UserJson.h"
#include "crypto/Pem.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace studio::sandbox {

namespace {

// DER of the rsaEncryption algorithm OID 1.2.840.113549.1.1.1 as it appears in an SPKI.
const QByteArray rsaEncryptionOid = QByteArray::fromHex("06092a864886f70d010101");

Result<crypto::RsaPublicKey, ErrorMessage> parseClientPublicKey(const QByteArray &pem)
{
    using KeyResult = Result<crypto::RsaPublicKey, ErrorMessage>;

    const auto block = crypto::decodePem(pem);
    if (!block)
        return KeyResult::failure(errors::publicKeyNotSpkiPem());
    if (block.value().label == "RSA PUBLIC KEY"_ba)
        return KeyResult::failure(errors::publicKeyIsPkcs1());
    if (block.value().label != "PUBLIC KEY"_ba)
        return KeyResult::failure(errors::publicKeyNotSpkiPem());

    // The algorithm identifier sits at the start of an SPKI, so the OID found there distinguishes
    // an EC or Ed25519 key from a broken RSA key.
    const bool isRsa = block.value().der.left(32).contains(rsaEncryptionOid);
    if (!isRsa)
        return KeyResult::failure(errors::publicKeyNotRsa());

    auto key = crypto::RsaPublicKey::fromPem(pem);
    if (!key)
        return KeyResult::failure(errors::publicKeyNotSpkiPem());
    return KeyResult::success(std::move(key).value());
}

// bunq's sandbox keys are "sandbox_" plus 56 lower-case hex digits; production keys have no
// prefix, so they can never be valid here.
bool hasSandboxKeyFormat(const QString &key)
{
    static const QRegularExpression format(u"\\Asandbox_[0-9a-f]{56}\\z"_s);
    return format.match(key).hasMatch();
}

// Dotted-quad IPv4 only, because bunq's current device registration guide accepts no IPv6;
// leading zeros are rejected as ambiguous.
bool isIpv4Address(const QString &text)
{
    static const QRegularExpression format(
        u"\\A(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])"
        u"(\\.(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}\\z"_s);
    return format.match(text).hasMatch();
}

// Absent, null and empty lists all mean "the address this call comes from".
Result<PermittedIps, ErrorMessage> parsePermittedIps(const QJsonObject &body,
                                                     const QHostAddress &callerAddress)
{
    using IpsResult = Result<PermittedIps, ErrorMessage>;

    const QJsonValue value = body.value(u"permitted_ips"_s);
    if (value.isUndefined() || value.isNull())
        return IpsResult::success(PermittedIps{{callerAddress}, false});
    if (!value.isArray())
        return IpsResult::failure(errors::permittedIpsNotList());

    const QJsonArray entries = value.toArray();
    if (entries.isEmpty())
        return IpsResult::success(PermittedIps{{callerAddress}, false});

    PermittedIps permitted;
    for (const QJsonValue &entry : entries) {
        if (!entry.isString())
            return IpsResult::failure(errors::permittedIpsNotList());

        const QString text = entry.toString();
        if (text == u"*"_s)
            permitted.anyAddress = true;
        else if (isIpv4Address(text))
            permitted.addresses.append(QHostAddress(text));
        else
            return IpsResult::failure(errors::permittedIpInvalid(text));
    }
    return IpsResult::success(permitted);
}

QJsonObject idItem(qint64 id)
{
    return {{u"Id"_s, QJsonObject{{u"id"_s, id}}}};
}

QJsonObject tokenItem(qint64 id, const QDateTime &created, const QByteArray &token)
{
    const QString timestamp = formatBunqTimestamp(created);
    return {{u"Token"_s, QJsonObject{
                             {u"id"_s, id},
                             {u"created"_s, timestamp},
                             {u"updated"_s, timestamp},
                             {u"token"_s, QString::fromLatin1(token)},
                         }}};
}

// Rejects a key that is not in sandbox format, unknown, or never bound and past its activation
// deadline, all with bunq's credentials text.
std::optional<EndpointReply> checkApiKeyActivation(const EndpointContext &context,
                                                   const QByteArray &apiKey)
{
    const QString name = u"api key"_s;
    const auto key = hasSandboxKeyFormat(QString::fromUtf8(apiKey))
                         ? context.state.apiKey(apiKey)
                         : std::nullopt;
    if (!key) {
        qCInfo(lcSandbox) << "device-server: unknown API key" << maskedSecret(apiKey);
        addCheck(context.checks, name, CheckVerdict::Failed,
                 u"Not a key this sandbox issued (sandbox keys are \"sandbox_\" plus 56 "
                 u"lower-case hex digits)."_s);
        return EndpointReply::failure(400, errors::credentialsIncorrect());
    }

    if (key->revoked) {
        qCInfo(lcSandbox) << "device-server: API key" << maskedSecret(apiKey) << "was revoked";
        addCheck(context.checks, name, CheckVerdict::Failed,
                 u"The key was revoked at %1."_s.arg(formatBunqTimestamp(key->revokedAt)));
        return EndpointReply::failure(400, errors::credentialsIncorrect());
    }

    if (!key->activated && context.now >= key->activationDeadline) {
        qCInfo(lcSandbox) << "device-server: API key" << maskedSecret(apiKey)
                          << "was not activated before" << key->activationDeadline;
        addCheck(context.checks, name, CheckVerdict::Failed,
                 u"The key was not bound by a device-server before its activation deadline %1."_s
                     .arg(formatBunqTimestamp(key->activationDeadline)));
        return EndpointReply::failure(400, errors::credentialsIncorrect());
    }

    addCheck(context.checks, name, CheckVerdict::Passed,
             key->activated ? u"Known and already activated."_s
                            : u"Known; this device-server activates it."_s);
    return std::nullopt;
}

// Describes the session to open for the key's user, with the user object of the configured kind.
Session sessionFor(const EndpointContext &context, const SandboxUser &user,
                   const QByteArray &apiKey, qint64 installationId, qint64 deviceId)
{
    Session session;
    session.installationId = installationId;
    session.deviceId = deviceId;
    session.apiKey = apiKey;
    session.userKind = context.options.sessionUserKind;
    session.timeoutSeconds = context.options.sessionTimeoutSeconds;
    session.userId = user.id;
    session.ownerUserId = user.id;
    if (session.userKind == SessionUserKind::ApiKey) {
        const ApiKeyRecord key = context.state.ensureUserApiKey(apiKey, context.now);
        session.userId = key.userApiKeyId;
        session.ownerUserId = key.grantingUserId;
    }
    return session;
}

} // namespace

EndpointReply createInstallation(const EndpointContext &context)
{
    const auto body = parseJsonObjectBody(context.request.body);
    if (!body)
        return EndpointReply::failure(400, errors::bodyNotJsonObject());

    const auto pem = requiredString(*body, u"client_public_key"_s);
    if (!pem)
        return pem.error();
    const auto clientKey = parseClientPublicKey(pem.value().toUtf8());
    if (!clientKey) {
        addCheck(context.checks, u"client public key"_s, CheckVerdict::Failed,
                 clientKey.error().english);
        return EndpointReply::failure(400, clientKey.error());
    }
    addCheck(context.checks, u"client public key"_s, CheckVerdict::Passed,
             u"RSA %1-bit key in SPKI PEM format."_s.arg(clientKey.value().bits()));

    const auto serverKey = context.serverKeys.take();
    if (!serverKey) {
        qCWarning(lcSandbox) << "Generating a server key for an installation failed:"
                             << serverKey.error();
        return EndpointReply::failure(500, errors::serverKeyUnavailable());
    }

    const Installation installation =
        context.state.createInstallation(clientKey.value(), serverKey.value(), context.now);
    const QJsonObject serverPublicKey{
        {u"ServerPublicKey"_s,
         QJsonObject{{u"server_public_key"_s,
                      QString::fromLatin1(installation.serverKey.publicKey().toPem())}}}};

    EndpointReply reply = EndpointReply::success({
        idItem(installation.id),
        tokenItem(installation.tokenId, installation.created, installation.token),
        serverPublicKey,
    });
    reply.signingInstallation = installation;
    return reply;
}

EndpointReply createDeviceServer(const EndpointContext &context)
{
    // bunq does not require a signature here, but a wrong one has been seen to fail.
    if (auto rejection = checkSignature(context, false))
        return *rejection;

    const auto body = parseJsonObjectBody(context.request.body);
    if (!body)
        return EndpointReply::failure(400, errors::bodyNotJsonObject());

    const auto description = requiredString(*body, u"description"_s);
    if (!description)
        return description.error();
    const auto secret = requiredString(*body, u"secret"_s);
    if (!secret)
        return secret.error();
    const auto permittedIps = parsePermittedIps(*body, context.request.remoteAddress);
    if (!permittedIps)
        return EndpointReply::failure(400, permittedIps.error());

    const QByteArray apiKey = secret.value().toUtf8();
    if (auto rejection = checkApiKeyActivation(context, apiKey))
        return *rejection;

    const DeviceServer device =
        context.state.createDeviceServer(context.caller.installation->id, apiKey,
                                         description.value(), permittedIps.value(), context.now);
    context.state.activateApiKey(apiKey);
    return EndpointReply::success({idItem(device.id)});
}

EndpointReply createSessionServer(const EndpointContext &context)
{
    if (auto rejection = checkSignature(context, true))
        return *rejection;

    const auto body = parseJsonObjectBody(context.request.body);
    if (!body)
        return EndpointReply::failure(400, errors::bodyNotJsonObject());
    const auto secret = requiredString(*body, u"secret"_s);
    if (!secret)
        return secret.error();

    const QByteArray apiKey = secret.value().toUtf8();
    const Installation &installation = *context.caller.installation;
    const auto user = context.state.userForApiKey(apiKey);
    const QList<DeviceServer> devices = context.state.deviceServers(installation.id, apiKey);
    if (!user || devices.isEmpty()) {
        qCInfo(lcSandbox) << "session-server: no device-server of installation" << installation.id
                          << "for API key" << maskedSecret(apiKey);
        addCheck(context.checks, u"api key"_s, CheckVerdict::Failed,
                 user ? u"No device-server of installation %1 has this API key."_s.arg(
                            installation.id)
                      : u"The sandbox issued no such API key."_s);
        return EndpointReply::failure(400, errors::credentialsIncorrect());
    }

    // NOTE: bunq does not document its error for a deleted key. The sandbox returns the
    // dead-session error, so that clients meet the case they must handle after a reset too.
    const auto key = context.state.apiKey(apiKey);
    if (key && key->revoked) {
        qCInfo(lcSandbox) << "session-server: API key" << maskedSecret(apiKey) << "was revoked";
        addCheck(context.checks, u"api key"_s, CheckVerdict::Failed,
                 u"The key was revoked at %1."_s.arg(formatBunqTimestamp(key->revokedAt)));
        return deadSessionReply(context.options);
    }
    addCheck(context.checks, u"api key"_s, CheckVerdict::Passed,
             u"Registered by device-server of installation %1."_s.arg(installation.id));

    const QHostAddress &address = context.request.remoteAddress;
    const auto device = std::find_if(devices.cbegin(), devices.cend(), [&](const auto &candidate) {
        return candidate.permittedIps.permits(address);
    });
    if (device == devices.cend()) {
        qCInfo(lcSandbox) << "session-server: address" << address.toString()
                          << "is not permitted for API key" << maskedSecret(apiKey);
        addCheck(context.checks, u"permitted ip"_s, CheckVerdict::Failed,
                 u"%1 is not among the device's permitted IPs."_s.arg(address.toString()));
        return EndpointReply::failure(400, errors::credentialsIncorrect());
    }
    addCheck(context.checks, u"permitted ip"_s, CheckVerdict::Passed,
             u"%1 is permitted by device-server %2."_s.arg(address.toString()).arg(device->id));

    if (context.options.oneLiveSessionPerInstallation &&
        context.state.hasLiveSession(installation.id, context.now)) {
        addCheck(context.checks, u"session"_s, CheckVerdict::Failed,
                 u"Installation %1 still has a live session."_s.arg(installation.id));
        return EndpointReply::failure(400, errors::sessionAlreadyExists());
    }

    Session draft = sessionFor(context, *user, apiKey, installation.id, device->id);
    draft.userJson = sessionUserJson(context.state, draft);
    const Session session = context.state.createSession(draft, context.now);
    return EndpointReply::success({
        idItem(session.id),
        tokenItem(session.id, session.created, session.token),
        session.userJson,
    });
}

} // namespace studio::sandbox
