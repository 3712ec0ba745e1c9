// SPDX-License-Identifier: GPL-3.0-or-later
#include "onboarding/OnboardingFlow.h"

#include "onboarding/ResponseParsers.h"

#include <QJsonDocument>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace studio::onboarding {

Q_LOGGING_CATEGORY(lcOnboarding, "studio.core.onboarding")

namespace {

QByteArray compactJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

QString stepName(OnboardingStep step)
{
    //: Names of the onboarding steps, e.g. in "The step "%1" is still running".
    switch (step) {
    case OnboardingStep::SandboxUser:
        return OnboardingFlow::tr("Sandbox user");
    case OnboardingStep::Installation:
        return OnboardingFlow::tr("Installation");
    case OnboardingStep::DeviceServer:
        return OnboardingFlow::tr("Device registration");
    case OnboardingStep::SessionServer:
        return OnboardingFlow::tr("Session start");
    }
    return {};
}

OnboardingFlow::OnboardingFlow(api::ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    qRegisterMetaType<StepOutcome>();
    m_context.environment = client->environment();
}

// Changing an input makes everything built on it stale: a new key pair needs a new
// installation, and a new API key or device setting needs a new device registration.
void OnboardingFlow::setKeyPair(const crypto::RsaKeyPair &key)
{
    if (key.publicKey() == m_context.clientKey.publicKey() && !key.isNull())
        return;
    m_context.clientKey = key;
    m_context.installationId = 0;
    m_context.installationToken.clear();
    m_context.serverPublicKey = {};
    m_context.deviceId = 0;
    m_context.sessionId = 0;
    m_context.sessionToken.clear();
}

void OnboardingFlow::setApiKey(const QByteArray &apiKey)
{
    const QByteArray trimmed = apiKey.trimmed();
    if (trimmed == m_context.apiKey)
        return;
    m_context.apiKey = trimmed;
    m_context.deviceId = 0;
    m_context.sessionId = 0;
    m_context.sessionToken.clear();
}

void OnboardingFlow::setDeviceDescription(const QString &description)
{
    m_context.deviceDescription = description.trimmed();
}

void OnboardingFlow::setPermittedIps(const QStringList &ips)
{
    m_context.permittedIps = ips;
}

void OnboardingFlow::createSandboxUser(SandboxUserKind kind)
{
    const OnboardingStep step = OnboardingStep::SandboxUser;
    if (m_context.environment.kind() == api::ApiEnvironment::Kind::Production) {
        finishWithUsageError(step, tr("Sandbox users exist only in a sandbox environment; in "
                                      "production, paste an API key from the bunq app."));
        return;
    }

    api::ApiRequest request;
    request.method = "POST";
    request.path = kind == SandboxUserKind::Person ? u"sandbox-user-person"_s
                                                   : u"sandbox-user-company"_s;
    request.body = "{}";
    request.sign = false;
    request.verifyResponse = false;
    start(step, request);
}

void OnboardingFlow::runInstallation()
{
    const OnboardingStep step = OnboardingStep::Installation;
    if (m_context.clientKey.isNull()) {
        finishWithUsageError(step, tr("Generate a key pair first: the installation sends its "
                                      "public key."));
        return;
    }

    const QJsonObject body{
        {u"client_public_key"_s, QString::fromLatin1(m_context.clientKey.publicKey().toPem())}};

    api::ApiRequest request;
    request.method = "POST";
    request.path = u"installation"_s;
    request.body = compactJson(body);
    request.sign = false;
    // The server key arrives in this very response, so there is nothing to check against yet;
    // applyResult checks the signature with the new key afterwards.
    request.verifyResponse = false;
    m_client->setClientKey(m_context.clientKey);
    m_client->setServerKey({});
    start(step, request);
}

void OnboardingFlow::registerDevice()
{
    const OnboardingStep step = OnboardingStep::DeviceServer;
    if (!m_context.hasInstallation()) {
        finishWithUsageError(step, tr("Run the installation first: the device registration "
                                      "needs its token."));
        return;
    }
    if (m_context.apiKey.isEmpty()) {
        finishWithUsageError(step, tr("Enter an API key first: the device registration binds "
                                      "it to this installation."));
        return;
    }
    if (m_context.deviceDescription.isEmpty()) {
        finishWithUsageError(step, tr("Enter a device description: bunq requires one."));
        return;
    }

    QJsonObject body{{u"description"_s, m_context.deviceDescription},
                     {u"secret"_s, QString::fromUtf8(m_context.apiKey)}};
    // Sent even when empty, as bunq's Java and PHP SDKs do, so the body shows the choice: an
    // empty list makes bunq bind the IP this call comes from.
    body.insert(u"permitted_ips"_s, QJsonArray::fromStringList(m_context.permittedIps));

    api::ApiRequest request;
    request.method = "POST";
    request.path = u"device-server"_s;
    request.body = compactJson(body);
    request.authToken = m_context.installationToken;
    start(step, request);
}

void OnboardingFlow::startSession()
{
    const OnboardingStep step = OnboardingStep::SessionServer;
    if (!m_context.hasDevice()) {
        finishWithUsageError(step, tr("Register the device first: bunq opens a session only "
                                      "for a registered device."));
        return;
    }

    api::ApiRequest request;
    request.method = "POST";
    request.path = u"session-server"_s;
    request.body = compactJson({{u"secret"_s, QString::fromUtf8(m_context.apiKey)}});
    request.authToken = m_context.installationToken;
    start(step, request);
}

void OnboardingFlow::cancel()
{
    if (m_call)
        m_call->abort();
}

void OnboardingFlow::start(OnboardingStep step, const api::ApiRequest &request)
{
    if (m_running) {
        finishWithUsageError(step, tr("The step \"%1\" is still running; wait for it to finish.")
                                       .arg(stepName(*m_running)));
        return;
    }

    m_running = step;
    m_client->setEnvironment(m_context.environment);
    qCInfo(lcOnboarding) << "starting" << stepName(step);
    Q_EMIT stepStarted(step);

    m_call = m_client->send(request);
    connect(m_call, &api::ApiCall::finished, this, &OnboardingFlow::onCallFinished);
}

void OnboardingFlow::finishWithUsageError(OnboardingStep step, const QString &message)
{
    StepOutcome outcome;
    outcome.step = step;
    outcome.result.error = api::ApiError{};
    outcome.result.error->kind = api::ApiError::Kind::Usage;
    outcome.result.error->detail = message;

    // Reported from the event loop like every network outcome, so callers see one order.
    QTimer::singleShot(0, this, [this, outcome] { Q_EMIT stepFinished(outcome); });
}

void OnboardingFlow::onCallFinished(const api::ApiResult &result)
{
    const OnboardingStep step = *m_running;
    m_running.reset();
    m_call = nullptr;

    StepOutcome outcome;
    outcome.step = step;
    outcome.result = result;
    if (result.ok()) {
        if (const auto problem = applyResult(step, outcome.result)) {
            api::ApiError error;
            error.kind = api::ApiError::Kind::Envelope;
            error.httpStatus = result.exchange.status;
            error.responseId = result.exchange.responseHeader("X-Bunq-Client-Response-Id");
            error.detail = *problem;
            outcome.result.error = error;
        }
    }

    qCInfo(lcOnboarding) << stepName(step) << (outcome.ok() ? "succeeded" : "failed");
    Q_EMIT stepFinished(outcome);
}

std::optional<QString> OnboardingFlow::applyResult(OnboardingStep step, api::ApiResult &result)
{
    switch (step) {
    case OnboardingStep::SandboxUser: {
        const auto apiKey = parseSandboxUserReply(result.items);
        if (!apiKey)
            return apiKey.error();
        setApiKey(apiKey.value());
        return std::nullopt;
    }
    case OnboardingStep::Installation: {
        const auto reply = parseInstallationReply(result.items);
        if (!reply)
            return reply.error();
        const auto serverKey = crypto::RsaPublicKey::fromPem(reply.value().serverPublicKeyPem);
        if (!serverKey)
            return tr("The server public key is invalid: %1").arg(serverKey.error());

        // No earlier key exists to check this response against, but a signature made
        // with the key it carries shows that the sender has the matching private key.
        api::ApiExchange &exchange = result.exchange;
        const QByteArray signature = exchange.responseHeader("X-Bunq-Server-Signature");
        if (!signature.isEmpty()) {
            exchange.serverSignature = serverKey.value().verify(exchange.responseBody, signature)
                ? api::SignatureVerdict::Valid
                : api::SignatureVerdict::Invalid;
            exchange.serverKeyFingerprint = serverKey.value().sha256Fingerprint();
            qCInfo(lcOnboarding) << "installation response checked with the key it carries:"
                                 << (exchange.serverSignature == api::SignatureVerdict::Valid
                                         ? "server signature valid"
                                         : "server signature invalid");
        }

        m_context.installationId = reply.value().id;
        m_context.installationToken = reply.value().token;
        m_context.serverPublicKey = serverKey.value();
        m_context.deviceId = 0;
        m_context.sessionId = 0;
        m_context.sessionToken.clear();
        m_client->setServerKey(serverKey.value());
        return std::nullopt;
    }
    case OnboardingStep::DeviceServer: {
        const auto id = parseIdReply(result.items);
        if (!id)
            return id.error();
        m_context.deviceId = id.value();
        m_context.sessionId = 0;
        m_context.sessionToken.clear();
        return std::nullopt;
    }
    case OnboardingStep::SessionServer: {
        const auto reply = parseSessionReply(result.items);
        if (!reply)
            return reply.error();
        m_context.sessionId = reply.value().id;
        m_context.sessionToken = reply.value().token;
        m_context.sessionCreated = reply.value().created;
        m_context.sessionTimeoutSeconds = reply.value().sessionTimeoutSeconds;
        m_context.user = reply.value().user;
        return std::nullopt;
    }
    }
    return std::nullopt;
}

} // namespace studio::onboarding
