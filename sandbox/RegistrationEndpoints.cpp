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

const QByteArray signatureHeader = "X-Bunq-Client-Signature"_ba;

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

// Checks X-Bunq-Client-Signature over the raw body with the installation's client key. Returns
// no reply when the signature is valid, or when it is absent and not required. A header with
// an empty value counts as absent.
std::optional<EndpointReply> checkSignature(const EndpointContext &context, bool required)
{
    const QByteArray signature = context.request.header(signatureHeader).trimmed();
    if (signature.isEmpty()) {
        if (required)
            return EndpointReply::failure(466, errors::signatureRequired());
        return std::nullopt;
    }

    if (!context.caller.installation->clientKey.verify(context.request.body, signature))
        return EndpointReply::failure(400, errors::signatureInvalid());
    return std::nullopt;
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
    if (!clientKey)
        return EndpointReply::failure(400, clientKey.error());

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
    if (!hasSandboxKeyFormat(secret.value()) || !context.state.userForApiKey(apiKey)) {
        qCInfo(lcSandbox) << "device-server: unknown API key" << maskedSecret(apiKey);
        return EndpointReply::failure(400, errors::credentialsIncorrect());
    }

    const DeviceServer device =
        context.state.createDeviceServer(context.caller.installation->id, apiKey,
                                         description.value(), permittedIps.value(), context.now);
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
        return EndpointReply::failure(400, errors::credentialsIncorrect());
    }

    const QHostAddress &address = context.request.remoteAddress;
    const bool permitted = std::any_of(devices.cbegin(), devices.cend(), [&](const auto &device) {
        return device.permittedIps.permits(address);
    });
    if (!permitted) {
        qCInfo(lcSandbox) << "session-server: address" << address.toString()
                          << "is not permitted for API key" << maskedSecret(apiKey);
        return EndpointReply::failure(400, errors::credentialsIncorrect());
    }

    const qint64 timeout = context.options.sessionTimeoutSeconds;
    const Session session =
        context.state.createSession(installation.id, user->id, timeout, context.now);
    return EndpointReply::success({
        idItem(session.id),
        tokenItem(session.id, session.created, session.token),
        wrappedUserJson(*user, timeout),
    });
}

} // namespace studio::sandbox
