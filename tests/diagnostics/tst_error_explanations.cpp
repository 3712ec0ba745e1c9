// SPDX-License-Identifier: GPL-3.0-or-later
// Triggers each error the explainer covers against a local sandbox on 127.0.0.1, through core's
// API client and onboarding flow. Each test checks that the exchange's error box shows bunq's
// text and the response id first, and the matching explanation and next step after them. With
// STUDIO_SCREENSHOT_DIR set, some boxes are also saved there as PNG files.
#include "SandboxHarness.h"
#include "control/FaultSpec.h"
#include "control/FaultSwitchboard.h"
#include "diagnostics/ErrorExplainer.h"
#include "diagnostics/ErrorTable.h"
#include "widgets/ExchangeErrorBox.h"
#include "widgets/ExchangeView.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;
using namespace studio;
using diagnosticstest::SandboxHarness;

Q_DECLARE_METATYPE(studio::sandbox::DeadSessionStatus)

namespace {

const QString credentialsIncorrect =
    u"User credentials are incorrect. Incorrect API key or IP address."_s;

// Replaces every text of the error table's context, to show that the box retranslates.
class MarkingTranslator : public QTranslator
{
public:
    QString translate(const char *context, const char *sourceText, const char *, int) const override
    {
        if (qstrcmp(context, diagnostics::errorTableContext) != 0)
            return {};
        return u"[translated] "_s + QString::fromUtf8(sourceText);
    }

    bool isEmpty() const override { return false; }
};

api::ApiRequest getUser(const onboarding::SessionContext &context)
{
    api::ApiRequest request;
    request.method = "GET";
    request.path = u"user/%1"_s.arg(context.user.id);
    request.authToken = context.sessionToken;
    return request;
}

api::ApiRequest sessionServer(const onboarding::SessionContext &context, bool sign)
{
    api::ApiRequest request;
    request.method = "POST";
    request.path = u"session-server"_s;
    request.body = R"({"secret":")" + context.apiKey + R"("})";
    request.authToken = context.installationToken;
    request.sign = sign;
    return request;
}

void saveScreenshot(QWidget *widget, const QString &name)
{
    const QString directory = qEnvironmentVariable("STUDIO_SCREENSHOT_DIR");
    if (directory.isEmpty())
        return;
    QDir().mkpath(directory);
    widget->grab().save(QDir(directory).filePath(name + u".png"_s));
}

} // namespace

class TestErrorExplanations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wrongEnvironmentKey();
    void unknownKeyOnDevice();
    void ipNotPermitted();
    void expiredSession_data();
    void expiredSession();
    void revokedKey();
    void sessionAlreadyOpen();
    void missingSignature();
    void invalidSignature();
    void rateLimit();
    void retiredSandboxUserRoute();
    void unknownRoute();
    void maintenance();
    void internalError_data();
    void internalError();
    void serverUnreachable();
    void exchangeViewShowsExplanation();
    void explanationFollowsLanguage();

private:
    // Shows the failed call in an error box and checks that the row expectedId explains it,
    // after bunqText and the response id. Check QTest::currentTestFailed() afterwards.
    void checkExplained(const api::ApiResult &result, const QString &expectedId,
                        const QString &bunqText, const QString &screenshot = {});
};

void TestErrorExplanations::checkExplained(const api::ApiResult &result, const QString &expectedId,
                                           const QString &bunqText, const QString &screenshot)
{
    QVERIFY2(result.error.has_value(), "the call succeeded");
    const api::ApiError &error = *result.error;
    const diagnostics::Explanation explanation = diagnostics::explainError(error, result.exchange);
    QCOMPARE(explanation.id, expectedId);

    ui::ExchangeErrorBox box;
    box.resize(720, 10);
    box.setError(error, result.exchange);
    box.resize(720,
               box.heightForWidth(720) > 0 ? box.heightForWidth(720) : box.sizeHint().height());
    const QString text = box.plainText();

    const qsizetype bunqAt = text.indexOf(bunqText);
    QVERIFY2(bunqAt >= 0, qPrintable(text));
    qsizetype beforeExplanation = bunqAt;
    if (!error.responseId.isEmpty()) {
        const qsizetype responseIdAt = text.indexOf(QString::fromLatin1(error.responseId));
        QVERIFY2(responseIdAt > bunqAt, qPrintable(text));
        beforeExplanation = responseIdAt;
    }
    const qsizetype explanationAt = text.indexOf(explanation.explanation);
    const qsizetype nextStepAt = text.indexOf(explanation.nextStep);
    QVERIFY2(explanationAt > beforeExplanation, qPrintable(text));
    QVERIFY2(nextStepAt > explanationAt, qPrintable(text));

    const auto *explanationLabel = box.findChild<QLabel *>(u"errorExplanation"_s);
    QVERIFY(explanationLabel);
    QVERIFY(explanationLabel->isVisibleTo(&box));
    QVERIFY(box.findChild<QLabel *>(u"errorNextStep"_s)->isVisibleTo(&box));

    if (!screenshot.isEmpty())
        saveScreenshot(&box, screenshot);
}

void TestErrorExplanations::wrongEnvironmentKey()
{
    SandboxHarness harness;
    harness.start();
    if (QTest::currentTestFailed())
        return;

    QVERIFY(harness.runInstallation().ok());
    // A production key has no "sandbox_" prefix, and the sandbox rejects it as bunq does.
    harness.flow->setApiKey(QByteArray(64, 'a'));
    const onboarding::StepOutcome device = harness.registerDevice();

    QCOMPARE(device.result.exchange.status, 400);
    checkExplained(device.result, u"wrong-environment-production-key"_s, credentialsIncorrect,
                   u"error-wrong-environment"_s);
}

void TestErrorExplanations::unknownKeyOnDevice()
{
    SandboxHarness harness;
    harness.start();
    if (QTest::currentTestFailed())
        return;

    QVERIFY(harness.runInstallation().ok());
    harness.flow->setApiKey("sandbox_" + QByteArray(56, '0'));
    const onboarding::StepOutcome device = harness.registerDevice();

    checkExplained(device.result, u"api-key-rejected"_s, credentialsIncorrect);
}

void TestErrorExplanations::ipNotPermitted()
{
    SandboxHarness harness;
    harness.start();
    if (QTest::currentTestFailed())
        return;

    QVERIFY(harness.createSandboxUser().ok());
    QVERIFY(harness.runInstallation().ok());
    harness.flow->setPermittedIps({u"10.1.2.3"_s});
    QVERIFY(harness.registerDevice().ok());
    const onboarding::StepOutcome session = harness.startSession();

    QCOMPARE(session.result.exchange.status, 400);
    checkExplained(session.result, u"ip-not-permitted"_s, credentialsIncorrect,
                   u"error-ip-not-permitted"_s);
    // The explanation weighs a fixed IP against the wildcard.
    const QString text =
        diagnostics::explainError(*session.result.error, session.result.exchange).explanation;
    QVERIFY(text.contains(u"wildcard"_s));
}

void TestErrorExplanations::expiredSession_data()
{
    QTest::addColumn<sandbox::DeadSessionStatus>("deadSessionStatus");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("text");

    QTest::newRow("401") << sandbox::DeadSessionStatus::Unauthorised401 << 401
                         << u"Insufficient authorisation."_s;
    QTest::newRow("403") << sandbox::DeadSessionStatus::Forbidden403 << 403
                         << u"Insufficient authentication."_s;
}

void TestErrorExplanations::expiredSession()
{
    QFETCH(sandbox::DeadSessionStatus, deadSessionStatus);
    QFETCH(int, status);
    QFETCH(QString, text);

    sandbox::SandboxOptions options;
    options.sessionTimeoutSeconds = 600;
    options.extendSessions = false;
    options.deadSessionStatus = deadSessionStatus;
    SandboxHarness harness;
    harness.start(options);
    if (QTest::currentTestFailed())
        return;
    harness.openSession();
    if (QTest::currentTestFailed())
        return;

    harness.clock->advance(601);
    const api::ApiResult result = harness.send(getUser(harness.flow->context()));

    QCOMPARE(result.exchange.status, status);
    checkExplained(result, u"session-expired"_s, text,
                   status == 401 ? u"error-session-expired"_s : QString());
}

void TestErrorExplanations::revokedKey()
{
    SandboxHarness harness;
    harness.start();
    if (QTest::currentTestFailed())
        return;
    harness.openSession();
    if (QTest::currentTestFailed())
        return;

    QVERIFY(harness.sandbox->revokeApiKey(harness.flow->context().apiKey));
    const api::ApiResult call = harness.send(getUser(harness.flow->context()));
    checkExplained(call, u"session-expired"_s, u"Insufficient authorisation."_s);
    if (QTest::currentTestFailed())
        return;

    // bunq allows one session-server call per 30 s.
    harness.clock->advance(31);
    const onboarding::StepOutcome session = harness.startSession();
    QCOMPARE(session.result.exchange.status, 401);
    checkExplained(session.result, u"revoked-key"_s, u"Insufficient authorisation."_s,
                   u"error-revoked-key"_s);
}

void TestErrorExplanations::sessionAlreadyOpen()
{
    SandboxHarness harness;
    harness.start();
    if (QTest::currentTestFailed())
        return;
    harness.openSession();
    if (QTest::currentTestFailed())
        return;

    harness.clock->advance(31);
    const onboarding::StepOutcome session = harness.startSession();
    checkExplained(session.result, u"session-already-open"_s,
                   u"Authentication token already has a user session."_s);
}

void TestErrorExplanations::missingSignature()
{
    SandboxHarness harness;
    harness.start();
    if (QTest::currentTestFailed())
        return;
    QVERIFY(harness.createSandboxUser().ok());
    QVERIFY(harness.runInstallation().ok());
    QVERIFY(harness.registerDevice().ok());

    const api::ApiResult result = harness.send(sessionServer(harness.flow->context(), false));

    QCOMPARE(result.exchange.status, 466);
    QVERIFY(result.exchange.requestHeader("X-Bunq-Client-Signature").isEmpty());
    checkExplained(result, u"signature-missing"_s,
                   u"For this operation a request signature is required."_s,
                   u"error-signature-missing"_s);
}

void TestErrorExplanations::invalidSignature()
{
    SandboxHarness harness;
    harness.start();
    if (QTest::currentTestFailed())
        return;
    QVERIFY(harness.createSandboxUser().ok());
    QVERIFY(harness.runInstallation().ok());
    QVERIFY(harness.registerDevice().ok());

    const api::ApiResult result = harness.sendSignedWith(
        diagnosticstest::sharedKey(1), sessionServer(harness.flow->context(), true));

    QCOMPARE(result.exchange.status, 400);
    checkExplained(result, u"signature-invalid"_s, u"The request signature is invalid."_s);
}

void TestErrorExplanations::rateLimit()
{
    SandboxHarness harness;
    harness.start();
    if (QTest::currentTestFailed())
        return;
    harness.openSession();
    if (QTest::currentTestFailed())
        return;

    // The clock does not advance, so a burst of GET calls passes bunq's 3 per 3 seconds.
    api::ApiResult result;
    for (int i = 0; i < 4; ++i)
        result = harness.send(getUser(harness.flow->context()));

    QCOMPARE(result.exchange.status, 429);
    QCOMPARE(result.error->kind, api::ApiError::Kind::RateLimit);
    checkExplained(result, u"rate-limit"_s, u"Too many requests."_s, u"error-rate-limit"_s);
}

void TestErrorExplanations::retiredSandboxUserRoute()
{
    SandboxHarness harness;
    harness.start();
    if (QTest::currentTestFailed())
        return;

    api::ApiRequest request;
    request.method = "POST";
    request.path = u"sandbox-user"_s;
    request.body = "{}";
    const api::ApiResult result = harness.send(request);

    QCOMPARE(result.exchange.status, 404);
    checkExplained(result, u"sandbox-user-retired"_s, u"Route not found."_s,
                   u"error-sandbox-user-retired"_s);
    const diagnostics::Explanation explanation =
        diagnostics::explainError(*result.error, result.exchange);
    QVERIFY(explanation.nextStep.contains(u"/v1/sandbox-user-person"_s));
    QVERIFY(explanation.nextStep.contains(u"/v1/sandbox-user-company"_s));
}

void TestErrorExplanations::unknownRoute()
{
    SandboxHarness harness;
    harness.start();
    if (QTest::currentTestFailed())
        return;

    api::ApiRequest request;
    request.path = u"monetary-acount"_s;
    const api::ApiResult result = harness.send(request);

    QCOMPARE(result.exchange.status, 404);
    checkExplained(result, u"route-not-found"_s, u"Route not found."_s);
}

void TestErrorExplanations::maintenance()
{
    SandboxHarness harness;
    harness.start();
    if (QTest::currentTestFailed())
        return;
    harness.openSession();
    if (QTest::currentTestFailed())
        return;

    const auto fault = sandbox::FaultSpec::parse(u"491:GET user/*:1"_s);
    QVERIFY(fault.ok());
    harness.sandbox->faults().arm(fault.value());
    const api::ApiResult result = harness.send(getUser(harness.flow->context()));

    QCOMPARE(result.exchange.status, 491);
    checkExplained(result, u"maintenance"_s, u"bunq is in maintenance."_s, u"error-maintenance"_s);
}

void TestErrorExplanations::internalError_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<QString>("expectedId");
    QTest::addColumn<bool>("hasResponseId");

    QTest::newRow("with response id") << u"500:GET user/*:1"_s << u"internal-error"_s << true;
    QTest::newRow("without response id")
        << u"500-no-response-id:GET user/*:1"_s << u"internal-error-without-response-id"_s << false;
}

void TestErrorExplanations::internalError()
{
    QFETCH(QString, fault);
    QFETCH(QString, expectedId);
    QFETCH(bool, hasResponseId);

    SandboxHarness harness;
    harness.start();
    if (QTest::currentTestFailed())
        return;
    harness.openSession();
    if (QTest::currentTestFailed())
        return;

    const auto spec = sandbox::FaultSpec::parse(fault);
    QVERIFY(spec.ok());
    harness.sandbox->faults().arm(spec.value());
    const api::ApiResult result = harness.send(getUser(harness.flow->context()));

    QCOMPARE(result.exchange.status, 500);
    QCOMPARE(!result.error->responseId.isEmpty(), hasResponseId);
    checkExplained(result, expectedId, u"Encountered unhandled exception."_s,
                   hasResponseId ? u"error-internal"_s : u"error-internal-without-id"_s);

    // With a response id, the next step quotes it for bunq support.
    const diagnostics::Explanation explanation =
        diagnostics::explainError(*result.error, result.exchange);
    if (hasResponseId)
        QVERIFY(explanation.nextStep.contains(QString::fromLatin1(result.error->responseId)));
}

void TestErrorExplanations::serverUnreachable()
{
    SandboxHarness harness;
    harness.start();
    if (QTest::currentTestFailed())
        return;
    harness.sandbox->stop();

    api::ApiRequest request;
    request.path = u"user"_s;
    const api::ApiResult result = harness.send(request);

    QCOMPARE(result.error->kind, api::ApiError::Kind::Network);
    checkExplained(result, u"network"_s, result.error->detail);
}

void TestErrorExplanations::exchangeViewShowsExplanation()
{
    SandboxHarness harness;
    harness.start();
    if (QTest::currentTestFailed())
        return;
    harness.openSession();
    if (QTest::currentTestFailed())
        return;
    harness.clock->advance(604801);
    const api::ApiResult result = harness.send(getUser(harness.flow->context()));
    QCOMPARE(result.exchange.status, 401);

    ui::ExchangeView view;
    view.setResult(result);
    const QString text = view.errorText();
    const diagnostics::Explanation explanation =
        diagnostics::explainError(*result.error, result.exchange);
    QVERIFY2(text.contains(explanation.explanation), qPrintable(text));
    QVERIFY(text.indexOf(u"Insufficient authorisation."_s) < text.indexOf(explanation.explanation));
}

void TestErrorExplanations::explanationFollowsLanguage()
{
    api::ApiError error;
    error.kind = api::ApiError::Kind::Http;
    error.httpStatus = 491;
    error.descriptions << u"bunq is in maintenance. Please try again later."_s;
    error.responseId = "4e2f";
    api::ApiExchange exchange;
    exchange.status = 491;
    exchange.url = QUrl(u"http://127.0.0.1:9/v1/user"_s);

    ui::ExchangeErrorBox box;
    box.setError(error, exchange);
    const QString english = box.plainText();
    QVERIFY(!english.contains(u"[translated]"_s));

    MarkingTranslator translator;
    QVERIFY(QCoreApplication::installTranslator(&translator));
    QTRY_VERIFY(box.plainText().contains(u"[translated]"_s));
    // bunq's own text stays as sent.
    QVERIFY(box.plainText().contains(u"bunq is in maintenance. Please try again later."_s));
    QCoreApplication::removeTranslator(&translator);
    QTRY_COMPARE(box.plainText(), english);
}

QTEST_MAIN(TestErrorExplanations)
#include "tst_error_explanations.moc"
