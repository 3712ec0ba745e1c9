// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProfileTestSupport.h"

#include "api/ApiClient.h"
#include "onboarding/OnboardingFlow.h"

#include <QApplication>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace studio::testsupport {

namespace {

// Runs one step and returns bunq's error, or nothing on success.
std::optional<QString> runStep(onboarding::OnboardingFlow &flow,
                               const std::function<void()> &start)
{
    QSignalSpy finished(&flow, &onboarding::OnboardingFlow::stepFinished);
    start();
    if (!finished.wait(StepTimeoutMs))
        return u"The step did not finish in time."_s;
    const auto outcome = finished.first().first().value<onboarding::StepOutcome>();
    if (!outcome.ok())
        return outcome.result.error->summary();
    return std::nullopt;
}

} // namespace

Result<onboarding::SessionContext, QString> onboardDirectly(QNetworkAccessManager *network,
                                                           const QUrl &baseUrl)
{
    using R = Result<onboarding::SessionContext, QString>;
    api::ApiClient client(network, api::ApiEnvironment::localSandbox(baseUrl));
    onboarding::OnboardingFlow flow(&client);

    const auto key = crypto::RsaKeyPair::generate();
    if (!key)
        return R::failure(key.error());
    flow.setKeyPair(key.value());
    flow.setDeviceDescription(u"profiles test device"_s);

    const QList<std::function<void()>> steps = {
        [&flow] { flow.createSandboxUser(onboarding::SandboxUserKind::Person); },
        [&flow] { flow.runInstallation(); },
        [&flow] { flow.registerDevice(); },
        [&flow] { flow.startSession(); },
    };
    for (const auto &step : steps) {
        if (const auto error = runStep(flow, step))
            return R::failure(*error);
    }
    return R::success(flow.context());
}

QByteArray pythonContextFile(const onboarding::SessionContext &context)
{
    // Python's PEMs end without a newline.
    const auto pem = [](const QByteArray &text) {
        return QString::fromLatin1(text.endsWith('\n') ? text.chopped(1) : text);
    };
    const QJsonObject installation{
        {u"private_key_client"_s, pem(context.clientKey.privateKeyPem())},
        {u"public_key_client"_s, pem(context.clientKey.publicKey().toPem())},
        {u"public_key_server"_s, pem(context.serverPublicKey.toPem())},
        {u"token"_s, QString::fromLatin1(context.installationToken)},
    };
    const QJsonObject user{
        {u"display_name"_s, context.user.displayName},
        {u"id"_s, context.user.id},
        {u"session_timeout"_s, context.sessionTimeoutSeconds},
    };
    const QString expiry = context.expiry().toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss.zzz000"_s);
    const QJsonObject session{
        {u"expiry_time"_s, expiry},
        {u"token"_s, QString::fromLatin1(context.sessionToken)},
        {u"user_id"_s, context.user.id},
        {u"user_person"_s, user},
    };
    const QJsonObject root{
        {u"api_key"_s, QString::fromLatin1(context.apiKey)},
        {u"environment_type"_s, u"SANDBOX"_s},
        {u"installation_context"_s, installation},
        {u"session_context"_s, session},
    };

    // QJsonDocument sorts the keys and indents with 4 spaces, as json.dumps(indent=4,
    // sort_keys=True) does; Python writes no newline at the end.
    return QJsonDocument(root).toJson(QJsonDocument::Indented).trimmed();
}

int endSessionDirectly(QNetworkAccessManager *network, const onboarding::SessionContext &context)
{
    api::ApiClient client(network, context.environment);
    client.setClientKey(context.clientKey);
    client.setServerKey(context.serverPublicKey);
    api::ApiRequest request;
    request.method = "DELETE";
    request.path = u"session/0"_s;
    request.authToken = context.sessionToken;
    api::ApiCall *call = client.send(request);
    QSignalSpy finished(call, &api::ApiCall::finished);
    if (!finished.wait(StepTimeoutMs))
        return 0;
    return finished.first().first().value<api::ApiResult>().exchange.status;
}

bool saveScreenshot(QWidget *widget, const QString &name)
{
    const QString directory = qEnvironmentVariable("STUDIO_SCREENSHOT_DIR");
    if (directory.isEmpty())
        return true;

    QDir().mkpath(directory);
    // Layouts settle through posted events, and grab() paints what is laid out right now.
    QApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    return widget->grab().save(QDir(directory).filePath(name + u".png"_s));
}

} // namespace studio::testsupport
