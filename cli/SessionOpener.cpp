// SPDX-License-Identifier: GPL-3.0-or-later
#include "SessionOpener.h"

#include "LocalFiles.h"
#include "crypto/KeyGenerator.h"

#include <QFutureWatcher>
#include <QHostAddress>
#include <QSysInfo>

using namespace Qt::StringLiterals;
using studio::onboarding::OnboardingStep;

namespace studio::cli {

namespace {

constexpr int stepCount = 4;

// Shown in progress lines: enough of a fingerprint to compare by eye.
QString shortFingerprint(const QByteArray &hex)
{
    return QString::fromLatin1(hex.left(16)) + u'…';
}

QString timingKey(OnboardingStep step)
{
    switch (step) {
    case OnboardingStep::SandboxUser:
        return u"sandbox_user"_s;
    case OnboardingStep::Installation:
        return u"installation"_s;
    case OnboardingStep::DeviceServer:
        return u"device_server"_s;
    case OnboardingStep::SessionServer:
        return u"session_server"_s;
    }
    return {};
}

int stepNumber(OnboardingStep step)
{
    switch (step) {
    case OnboardingStep::SandboxUser:
    case OnboardingStep::Installation:
        return 2;
    case OnboardingStep::DeviceServer:
        return 3;
    case OnboardingStep::SessionServer:
        return 4;
    }
    return 0;
}

} // namespace

Result<OpenSettings, CliError> OpenSettings::fromOptions(const QCommandLineParser &parser,
                                                         const CliOptions &options)
{
    using R = Result<OpenSettings, CliError>;
    OpenSettings settings;

    if (parser.isSet(options.privateKeyFile)) {
        const auto key = readPrivateKeyFile(parser.value(options.privateKeyFile));
        if (!key)
            return R::failure(key.error());
        settings.clientKey = key.value();
    }

    settings.deviceDescription =
        parser.isSet(options.deviceDescription)
            ? parser.value(options.deviceDescription).trimmed()
            : SessionOpener::tr("bunq-session on %1").arg(QSysInfo::machineHostName());
    if (settings.deviceDescription.isEmpty()) {
        return R::failure(CliError::usage(SessionOpener::tr(
            "--device-description is empty, but bunq requires a description. Give a text "
            "that tells this device apart, or leave the option out.")));
    }

    // bunq accepts only IPv4 addresses here; "*" is added by --wildcard.
    const QStringList ips = parser.values(options.permittedIp);
    for (const QString &ip : ips) {
        const QHostAddress address(ip.trimmed());
        if (address.isNull() || address.protocol() != QAbstractSocket::IPv4Protocol) {
            return R::failure(CliError::usage(
                SessionOpener::tr(
                    "--permitted-ip \"%1\" is not an IPv4 address such as 192.0.2.10. bunq "
                    "accepts IPv4 only; for any address use --wildcard.")
                    .arg(ip)));
        }
        settings.permittedIps << address.toString();
    }
    if (parser.isSet(options.wildcard))
        settings.permittedIps << u"*"_s;
    return R::success(settings);
}

SessionOpener::SessionOpener(api::ApiClient *client, const Output &output, QObject *parent)
    : QObject(parent)
    , m_flow(client)
    , m_output(output)
{
    connect(&m_flow, &onboarding::OnboardingFlow::stepFinished, this,
            &SessionOpener::onStepFinished);
}

void SessionOpener::open(const OpenSettings &settings, DoneCallback done)
{
    m_done = std::move(done);
    m_total.start();
    m_flow.setApiKey(settings.apiKey);
    m_flow.setDeviceDescription(settings.deviceDescription);
    m_flow.setPermittedIps(settings.permittedIps);

    if (settings.clientKey) {
        m_flow.setKeyPair(*settings.clientKey);
        m_output.progress(
            tr("[1/%1] RSA-2048 key pair: read from the file, SHA-256 %2")
                .arg(stepCount)
                .arg(shortFingerprint(settings.clientKey->publicKey().sha256Fingerprint())));
        startInstallation();
        return;
    }

    // Generated on the thread pool, as the desktop app does, and watched by this object so
    // that a result arriving after it is gone is dropped.
    auto *watcher = new QFutureWatcher<crypto::KeyPairResult>(this);
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, timer] {
        const crypto::KeyPairResult result = watcher->result();
        watcher->deleteLater();
        if (!result) {
            finishWith(Result<OpenedSession, CliError>::failure(
                {ExitCode::ApiFailed,
                 tr("Generating the RSA key pair failed: %1").arg(result.error()),
                 {}}));
            return;
        }
        m_timings.insert(u"key_pair"_s, timer->elapsed());
        m_flow.setKeyPair(result.value());
        m_output.progress(
            tr("[1/%1] RSA-2048 key pair: generated in %2 ms, SHA-256 %3")
                .arg(stepCount)
                .arg(timer->elapsed())
                .arg(shortFingerprint(result.value().publicKey().sha256Fingerprint())));
        startInstallation();
    });
    watcher->setFuture(crypto::generateKeyPairAsync(2048));
}

void SessionOpener::startInstallation()
{
    m_flow.runInstallation();
}

void SessionOpener::onStepFinished(const onboarding::StepOutcome &outcome)
{
    m_timings.insert(timingKey(outcome.step), outcome.result.exchange.elapsedMs);
    if (!outcome.ok()) {
        finishWith(
            Result<OpenedSession, CliError>::failure(errorFromApiResult(outcome.result, false)));
        return;
    }

    // No earlier key can vouch for the installation response, but a signature by the key it
    // carries that does not verify means the response was changed on the way.
    const api::ApiExchange &exchange = outcome.result.exchange;
    if (outcome.step == OnboardingStep::Installation &&
        exchange.serverSignature == api::SignatureVerdict::Invalid) {
        finishWith(Result<OpenedSession, CliError>::failure(
            {ExitCode::SignatureNotVerified,
             tr("%1: the X-Bunq-Server-Signature does not verify with the server public key in "
                "the same response, so the installation cannot be trusted.")
                 .arg(callName(exchange)),
             {{u"call"_s, callName(exchange)}, {u"server_signature"_s, u"invalid"_s}}}));
        return;
    }
    reportStep(outcome);

    switch (outcome.step) {
    case OnboardingStep::Installation:
        m_flow.registerDevice();
        return;
    case OnboardingStep::DeviceServer:
        m_flow.startSession();
        return;
    case OnboardingStep::SessionServer: {
        m_timings.insert(u"total"_s, m_total.elapsed());
        finishWith(Result<OpenedSession, CliError>::success({m_flow.context(), m_timings}));
        return;
    }
    case OnboardingStep::SandboxUser:
        return;
    }
}

void SessionOpener::reportStep(const onboarding::StepOutcome &outcome)
{
    const api::ApiExchange &exchange = outcome.result.exchange;
    const onboarding::SessionContext &context = m_flow.context();

    QString what;
    switch (outcome.step) {
    case OnboardingStep::Installation:
        what = tr("installation %1").arg(context.installationId);
        break;
    case OnboardingStep::DeviceServer:
        what = tr("device %1").arg(context.deviceId);
        break;
    case OnboardingStep::SessionServer:
        //: %1 session id, %2 user kind such as UserPerson, %3 the user's name, %4 the user id.
        what = tr("session %1 for %2 \"%3\" (id %4)")
                   .arg(context.sessionId)
                   .arg(context.user.kind, context.user.displayName)
                   .arg(context.user.id);
        break;
    case OnboardingStep::SandboxUser:
        break;
    }

    //: %1/%2 step number and count, %3 the call, %4 HTTP status, %5 milliseconds, %6 what the
    //: step made, %7 the server-signature verdict.
    m_output.progress(tr("[%1/%2] %3: HTTP %4 in %5 ms, %6, %7")
                          .arg(stepNumber(outcome.step))
                          .arg(stepCount)
                          .arg(callName(exchange))
                          .arg(exchange.status)
                          .arg(exchange.elapsedMs)
                          .arg(what, api::signatureVerdictText(exchange.serverSignature)));
}

void SessionOpener::finishWith(Result<OpenedSession, CliError> result)
{
    if (m_done)
        std::exchange(m_done, nullptr)(std::move(result));
}

} // namespace studio::cli
