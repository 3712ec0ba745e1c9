// SPDX-License-Identifier: GPL-3.0-or-later
// SessionKeeper against the local sandbox over HTTP on 127.0.0.1. Covered: renewal after the
// server ended the session (one session-server call for many failing calls), renewal by the
// clock before sending, and the stop after a revoked key or a sandbox reset. Also closing,
// renewing on demand, pacing of session-server calls, keep-alive, and the server keeping an old
// session.

#include "SessionTestSupport.h"
#include "control/FaultSpec.h"
#include "control/FaultSwitchboard.h"
#include "session/SessionKeeper.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace sessiontest;
using studio::api::ApiError;
using studio::api::ApiRequest;
using studio::api::ApiResult;
using studio::onboarding::SessionContext;
using studio::sandbox::DeadSessionStatus;
using studio::sandbox::FaultSpec;
using studio::sandbox::RequestLogEntry;
using studio::sandbox::SandboxOptions;
using studio::session::KeptCall;
using studio::session::SessionKeeper;

Q_DECLARE_METATYPE(studio::sandbox::DeadSessionStatus)

namespace {

constexpr int callTimeoutMs = 15000;

// The outcome of one KeptCall, kept after the call deleted itself.
struct Tracked
{
    std::optional<ApiResult> result;
    int attempts = -1;
};

std::shared_ptr<Tracked> track(KeptCall *call)
{
    auto tracked = std::make_shared<Tracked>();
    QObject::connect(call, &KeptCall::finished, call, [tracked, call](const ApiResult &result) {
        tracked->result = result;
        tracked->attempts = call->attempts();
    });
    return tracked;
}

ApiRequest get(const QString &path)
{
    ApiRequest request;
    request.method = "GET";
    request.path = path;
    return request;
}

bool allFinished(const QList<std::shared_ptr<Tracked>> &calls)
{
    return std::all_of(calls.cbegin(), calls.cend(),
                       [](const auto &call) { return call->result.has_value(); });
}

QString failureText(const Tracked &call)
{
    if (!call.result)
        return u"not finished"_s;
    return call.result->error ? call.result->error->summary() : u"succeeded"_s;
}

QStringList describe(const QList<RequestLogEntry> &entries)
{
    QStringList lines;
    for (const RequestLogEntry &entry : entries)
        lines << u"%1 %2 -> %3"_s.arg(QString::fromLatin1(entry.method), entry.path,
                                      QString::number(entry.status));
    return lines;
}

QString sessionStateInSandbox(const SandboxHarness &harness, qint64 sessionId)
{
    const QJsonArray sessions = harness.sandbox()->snapshotJson().value(u"sessions"_s).toArray();
    for (const QJsonValue &session : sessions) {
        if (session[u"id"_s].toInteger() == sessionId)
            return session[u"state"_s].toString();
    }
    return {};
}

} // namespace

class TestSessionKeeper : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void renewsOnceForConcurrentDeadCalls_data();
    void renewsOnceForConcurrentDeadCalls();
    void renewsBeforeSendingWhenExpiredByClock();
    void stopsWhenNewSessionIsRefused_data();
    void stopsWhenNewSessionIsRefused();
    void closeSessionSendsDelete();
    void renewNowEndsLiveSessionFirst();
    void pacesSessionServerCalls();
    void keepAliveExtendsSession();
    void keepsSessionTheServerStillHolds();
    void failedRenewalIsRetriedByNextCall();

private:
    // Starts a sandbox with options and opens a session on it; fails the test on error.
    std::optional<SessionContext> openSession(SandboxHarness &harness,
                                              const SandboxOptions &options = {});
    std::unique_ptr<SessionKeeper> makeKeeper(const SessionContext &context,
                                              const SandboxHarness &harness);

    QNetworkAccessManager m_network;
};

void TestSessionKeeper::initTestCase()
{
    sharedClientKey();
}

std::optional<SessionContext> TestSessionKeeper::openSession(SandboxHarness &harness,
                                                             const SandboxOptions &options)
{
    harness.start(options);
    if (QTest::currentTestFailed())
        return std::nullopt;
    return onboard(&m_network, harness.baseUrl, sharedClientKey());
}

// A keeper on the sandbox's clock that looks at it every few milliseconds.
std::unique_ptr<SessionKeeper> TestSessionKeeper::makeKeeper(const SessionContext &context,
                                                             const SandboxHarness &harness)
{
    auto keeper = std::make_unique<SessionKeeper>(&m_network, context);
    keeper->setClock([clock = harness.clock] { return clock->now(); });
    keeper->setTimerIntervalMs(5);
    return keeper;
}

void TestSessionKeeper::renewsOnceForConcurrentDeadCalls_data()
{
    QTest::addColumn<DeadSessionStatus>("deadSessionStatus");
    QTest::addColumn<int>("httpStatus");

    QTest::newRow("401 Insufficient authorisation") << DeadSessionStatus::Unauthorised401 << 401;
    QTest::newRow("403 Insufficient authentication") << DeadSessionStatus::Forbidden403 << 403;
}

void TestSessionKeeper::renewsOnceForConcurrentDeadCalls()
{
    QFETCH(DeadSessionStatus, deadSessionStatus);
    QFETCH(int, httpStatus);

    SandboxOptions options;
    options.deadSessionStatus = deadSessionStatus;
    options.sessionTimeoutSeconds = 3600;
    SandboxHarness harness;
    const auto context = openSession(harness, options);
    QVERIFY(context);

    // The keeper's clock stays a minute after the session began while the sandbox's passes
    // its end, so only the server's errors tell the calls that the session expired.
    SessionKeeper keeper(&m_network, *context);
    const QDateTime keeperNow = context->sessionCreated.addSecs(60);
    keeper.setClock([keeperNow] { return keeperNow; });
    QSignalSpy contextChanged(&keeper, &SessionKeeper::contextChanged);
    harness.clock->advance(3600 + 60);

    // Five endpoints, so that the calls and their retries stay within bunq's limit of three
    // GETs per endpoint in 3 s.
    const qint64 userId = context->user.id;
    const qint64 accountId = harness.firstAccountId(userId);
    const QStringList paths{
        u"user"_s,
        u"user/%1"_s.arg(userId),
        u"user/%1/monetary-account"_s.arg(userId),
        u"user/%1/monetary-account-bank"_s.arg(userId),
        u"user/%1/monetary-account/%2/payment"_s.arg(userId).arg(accountId),
    };
    const qint64 before = harness.lastSequence();
    QList<std::shared_ptr<Tracked>> calls;
    for (const QString &path : paths)
        calls << track(keeper.send(get(path)));
    QTRY_VERIFY_WITH_TIMEOUT(allFinished(calls), callTimeoutMs);

    for (const auto &call : std::as_const(calls)) {
        QVERIFY2(call->result->ok(), qPrintable(failureText(*call)));
        QCOMPARE(call->attempts, 2);
    }
    const QStringList log = describe(harness.entriesAfter(before));
    QVERIFY2(harness.countAfter(before, "POST", u"/v1/session-server"_s) == 1,
             qPrintable(log.join(u"; "_s)));
    int deadAnswers = 0;
    for (const RequestLogEntry &entry : harness.entriesAfter(before))
        deadAnswers += entry.status == httpStatus ? 1 : 0;
    QCOMPARE(deadAnswers, 5);

    QCOMPARE(contextChanged.count(), 1);
    const auto saved = contextChanged.first().first().value<SessionContext>();
    QVERIFY(saved.sessionToken != context->sessionToken);
    QCOMPARE(saved.sessionToken, keeper.context().sessionToken);
    QCOMPARE(saved.installationToken, context->installationToken);
    QCOMPARE(keeper.state(), SessionKeeper::State::Alive);
}

void TestSessionKeeper::renewsBeforeSendingWhenExpiredByClock()
{
    SandboxOptions options;
    options.sessionTimeoutSeconds = 600;
    SandboxHarness harness;
    const auto context = openSession(harness, options);
    QVERIFY(context);
    const auto keeper = makeKeeper(*context, harness);
    QSignalSpy contextChanged(keeper.get(), &SessionKeeper::contextChanged);
    QCOMPARE(keeper->expiry(), context->sessionCreated.addSecs(600));

    harness.clock->advance(601);
    const qint64 before = harness.lastSequence();
    const auto call = track(keeper->send(get(u"user"_s)));
    QTRY_VERIFY_WITH_TIMEOUT(call->result, callTimeoutMs);

    QVERIFY2(call->result->ok(), qPrintable(failureText(*call)));
    QCOMPARE(call->attempts, 1);
    const QStringList log = describe(harness.entriesAfter(before));
    QCOMPARE(log, QStringList({u"POST /v1/session-server -> 200"_s, u"GET /v1/user -> 200"_s}));
    QCOMPARE(contextChanged.count(), 1);
    QCOMPARE(keeper->expiry(), keeper->context().sessionCreated.addSecs(600));
    QCOMPARE(keeper->context().sessionCreated, harness.clock->now());
}

void TestSessionKeeper::stopsWhenNewSessionIsRefused_data()
{
    QTest::addColumn<bool>("revokeKey"); // otherwise the sandbox is reset
    QTest::addColumn<DeadSessionStatus>("deadSessionStatus");
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<QString>("text");

    QTest::newRow("revoked key, 401")
        << true << DeadSessionStatus::Unauthorised401 << 401 << u"Insufficient authorisation."_s;
    QTest::newRow("revoked key, 403")
        << true << DeadSessionStatus::Forbidden403 << 403 << u"Insufficient authentication."_s;
    QTest::newRow("sandbox reset, 401")
        << false << DeadSessionStatus::Unauthorised401 << 401 << u"Insufficient authorisation."_s;
}

void TestSessionKeeper::stopsWhenNewSessionIsRefused()
{
    QFETCH(bool, revokeKey);
    QFETCH(DeadSessionStatus, deadSessionStatus);
    QFETCH(int, httpStatus);
    QFETCH(QString, text);

    SandboxOptions options;
    options.deadSessionStatus = deadSessionStatus;
    SandboxHarness harness;
    const auto context = openSession(harness, options);
    QVERIFY(context);
    const auto keeper = makeKeeper(*context, harness);
    QSignalSpy stopped(keeper.get(), &SessionKeeper::renewalStopped);
    QSignalSpy contextChanged(keeper.get(), &SessionKeeper::contextChanged);

    // Past bunq's interval of 30 s after the onboarding's session-server call.
    harness.clock->advance(31);
    if (revokeKey)
        QVERIFY(harness.sandbox()->revokeApiKey(context->apiKey));
    else
        harness.sandbox()->reset();

    const qint64 before = harness.lastSequence();
    QList<std::shared_ptr<Tracked>> calls;
    for (int i = 0; i < 3; ++i)
        calls << track(keeper->send(get(u"user"_s)));
    QTRY_VERIFY_WITH_TIMEOUT(allFinished(calls), callTimeoutMs);

    QCOMPARE(stopped.count(), 1);
    const auto refusal = stopped.first().at(0).value<ApiError>();
    const QString explanation = stopped.first().at(1).toString();
    QCOMPARE(refusal.httpStatus, httpStatus);
    QCOMPARE(refusal.descriptions, QStringList{text});
    QVERIFY2(explanation.contains(text), qPrintable(explanation));
    QVERIFY2(explanation.contains(u"revoked"_s), qPrintable(explanation));
    QVERIFY2(explanation.contains(u"new sandbox user"_s), qPrintable(explanation));

    for (const auto &call : std::as_const(calls)) {
        QVERIFY(!call->result->ok());
        QCOMPARE(call->result->error->descriptions, QStringList{text});
        QCOMPARE(call->result->error->detail, explanation);
        QCOMPARE(call->attempts, 1);
    }
    const QStringList log = describe(harness.entriesAfter(before));
    QVERIFY2(harness.countAfter(before, "POST", u"/v1/session-server"_s) == 1,
             qPrintable(log.join(u"; "_s)));
    QCOMPARE(log.size(), 4);
    QCOMPARE(keeper->state(), SessionKeeper::State::Stopped);
    QCOMPARE(keeper->stopExplanation(), explanation);
    QCOMPARE(contextChanged.count(), 0);

    // Later calls fail at once, and nothing more reaches the server.
    const qint64 afterStop = harness.lastSequence();
    const auto later = track(keeper->send(get(u"user"_s)));
    QTRY_VERIFY_WITH_TIMEOUT(later->result, callTimeoutMs);
    QVERIFY(!later->result->ok());
    QCOMPARE(later->result->error->detail, explanation);
    QCOMPARE(later->attempts, 0);
    QCOMPARE(harness.entriesAfter(afterStop).size(), 0);
}

void TestSessionKeeper::closeSessionSendsDelete()
{
    SandboxHarness harness;
    const auto context = openSession(harness);
    QVERIFY(context);
    const auto keeper = makeKeeper(*context, harness);
    QSignalSpy contextChanged(keeper.get(), &SessionKeeper::contextChanged);

    const qint64 before = harness.lastSequence();
    KeptCall *closeCall = keeper->closeSession();
    QVERIFY(closeCall);
    QCOMPARE(keeper->state(), SessionKeeper::State::Closed);
    const auto closed = track(closeCall);
    QTRY_VERIFY_WITH_TIMEOUT(closed->result, callTimeoutMs);
    QVERIFY2(closed->result->ok(), qPrintable(failureText(*closed)));

    QCOMPARE(describe(harness.entriesAfter(before)),
             QStringList{u"DELETE /v1/session/%1 -> 200"_s.arg(context->sessionId)});
    QCOMPARE(sessionStateInSandbox(harness, context->sessionId), u"ended"_s);
    QVERIFY(!keeper->hasSession());
    QCOMPARE(contextChanged.count(), 1);
    QVERIFY(!contextChanged.first().first().value<SessionContext>().hasSession());
    QVERIFY(keeper->closeSession() == nullptr);

    // Calls fail without a request until a new session is opened on purpose.
    const qint64 afterClose = harness.lastSequence();
    const auto refused = track(keeper->send(get(u"user"_s)));
    QTRY_VERIFY_WITH_TIMEOUT(refused->result, callTimeoutMs);
    QVERIFY(!refused->result->ok());
    QCOMPARE(refused->result->error->kind, ApiError::Kind::Usage);
    QCOMPARE(harness.entriesAfter(afterClose).size(), 0);

    harness.clock->advance(31);
    keeper->renewNow();
    QTRY_COMPARE_WITH_TIMEOUT(keeper->state(), SessionKeeper::State::Alive, callTimeoutMs);
    const auto call = track(keeper->send(get(u"user"_s)));
    QTRY_VERIFY_WITH_TIMEOUT(call->result, callTimeoutMs);
    QVERIFY2(call->result->ok(), qPrintable(failureText(*call)));
    QCOMPARE(describe(harness.entriesAfter(afterClose)),
             QStringList({u"POST /v1/session-server -> 200"_s, u"GET /v1/user -> 200"_s}));
    QCOMPARE(contextChanged.count(), 2);
}

void TestSessionKeeper::renewNowEndsLiveSessionFirst()
{
    SandboxHarness harness;
    const auto context = openSession(harness);
    QVERIFY(context);
    const auto keeper = makeKeeper(*context, harness);
    QSignalSpy contextChanged(keeper.get(), &SessionKeeper::contextChanged);

    harness.clock->advance(31);
    const qint64 before = harness.lastSequence();
    keeper->renewNow();
    QCOMPARE(keeper->state(), SessionKeeper::State::Renewing);
    QTRY_COMPARE_WITH_TIMEOUT(contextChanged.count(), 1, callTimeoutMs);

    QCOMPARE(keeper->state(), SessionKeeper::State::Alive);
    QCOMPARE(describe(harness.entriesAfter(before)),
             QStringList({u"DELETE /v1/session/%1 -> 200"_s.arg(context->sessionId),
                          u"POST /v1/session-server -> 200"_s}));
    QVERIFY(keeper->context().sessionId != context->sessionId);
    QCOMPARE(sessionStateInSandbox(harness, keeper->context().sessionId), u"live"_s);
}

void TestSessionKeeper::pacesSessionServerCalls()
{
    SandboxHarness harness;
    const auto context = openSession(harness);
    QVERIFY(context);
    const auto keeper = makeKeeper(*context, harness);
    QSignalSpy waiting(keeper.get(), &SessionKeeper::renewalWaiting);

    // Ten seconds after the onboarding's session-server call, bunq would reject a second one
    // with 429, so the keeper waits for the rest of the 30 s.
    harness.clock->advance(10);
    const qint64 before = harness.lastSequence();
    keeper->renewNow();
    QTRY_COMPARE_WITH_TIMEOUT(waiting.count(), 1, callTimeoutMs);
    QCOMPARE(waiting.first().first().toDateTime(), context->sessionCreated.addSecs(30));
    QCOMPARE(keeper->state(), SessionKeeper::State::Renewing);

    const auto kept = track(keeper->send(get(u"user"_s)));
    KeptCall *abandonedCall = keeper->send(get(u"user"_s));
    const auto abandoned = track(abandonedCall);
    abandonedCall->abort();
    QTRY_VERIFY_WITH_TIMEOUT(abandoned->result, callTimeoutMs);
    QCOMPARE(abandoned->result->error->kind, ApiError::Kind::Network);
    QCOMPARE(abandoned->attempts, 0);
    QVERIFY(!kept->result);
    QCOMPARE(harness.countAfter(before, "POST", u"/v1/session-server"_s), 0);

    harness.clock->advance(20);
    QTRY_VERIFY_WITH_TIMEOUT(kept->result, callTimeoutMs);
    QVERIFY2(kept->result->ok(), qPrintable(failureText(*kept)));
    QCOMPARE(describe(harness.entriesAfter(before)),
             QStringList({u"DELETE /v1/session/%1 -> 200"_s.arg(context->sessionId),
                          u"POST /v1/session-server -> 200"_s, u"GET /v1/user -> 200"_s}));
    QCOMPARE(waiting.count(), 1);
}

void TestSessionKeeper::keepAliveExtendsSession()
{
    // bunq's extension rule as the sandbox applies it: a request in the last 30 s extends the
    // session by its timeout, at most 5 minutes; 120 s keeps each step short.
    SandboxOptions options;
    options.sessionTimeoutSeconds = 120;
    SandboxHarness harness;
    const auto context = openSession(harness, options);
    QVERIFY(context);
    const auto keeper = makeKeeper(*context, harness);
    QSignalSpy contextChanged(keeper.get(), &SessionKeeper::contextChanged);
    keeper->setKeepAlive(true);
    QVERIFY(keeper->keepAlive());

    const qint64 before = harness.lastSequence();
    for (int round = 1; round <= 3; ++round) {
        const QDateTime expiry = keeper->expiry();
        harness.clock->setNow(expiry.addSecs(-10));
        QTRY_COMPARE_WITH_TIMEOUT(harness.countAfter(before, "GET", u"/v1/user"_s), round,
                                  callTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(keeper->expiry() > expiry, callTimeoutMs);
    }

    // Well past the first session's end, the same token still works.
    harness.clock->setNow(context->expiry().addSecs(300));
    QVERIFY(harness.clock->now() < keeper->expiry());
    const auto call = track(keeper->send(get(u"user/%1"_s.arg(context->user.id))));
    QTRY_VERIFY_WITH_TIMEOUT(call->result, callTimeoutMs);
    QVERIFY2(call->result->ok(), qPrintable(failureText(*call)));

    QCOMPARE(harness.countAfter(before, "POST", u"/v1/session-server"_s), 0);
    QCOMPARE(harness.countAfter(before, "GET", u"/v1/user"_s), 4);
    QCOMPARE(contextChanged.count(), 0);
    QCOMPARE(keeper->context().sessionToken, context->sessionToken);
    QCOMPARE(sessionStateInSandbox(harness, context->sessionId), u"live"_s);
}

void TestSessionKeeper::keepsSessionTheServerStillHolds()
{
    // The keeper's clock runs ahead of the server's. The keeper finds the session expired while
    // the server still has it and rejects a second one.
    SandboxOptions options;
    options.sessionTimeoutSeconds = 600;
    SandboxHarness harness;
    const auto context = openSession(harness, options);
    QVERIFY(context);
    SessionKeeper keeper(&m_network, *context);
    keeper.setClock([clock = harness.clock] { return clock->now().addSecs(120); });
    QSignalSpy contextChanged(&keeper, &SessionKeeper::contextChanged);

    harness.clock->advance(500);
    const qint64 before = harness.lastSequence();
    const auto call = track(keeper.send(get(u"user"_s)));
    QTRY_VERIFY_WITH_TIMEOUT(call->result, callTimeoutMs);

    QVERIFY2(call->result->ok(), qPrintable(failureText(*call)));
    QCOMPARE(describe(harness.entriesAfter(before)),
             QStringList({u"POST /v1/session-server -> 400"_s, u"GET /v1/user -> 200"_s}));
    QCOMPARE(keeper.state(), SessionKeeper::State::Alive);
    QCOMPARE(keeper.context().sessionToken, context->sessionToken);
    QVERIFY(!keeper.expiry().isValid());
    QCOMPARE(contextChanged.count(), 0);
}

void TestSessionKeeper::failedRenewalIsRetriedByNextCall()
{
    // The sandbox opens the session even when a fault replaces its response, as a real server
    // behind a failing proxy might. The rule of one live session per installation would then
    // reject the keeper's next session-server until that orphan expires, so it is off here.
    SandboxOptions options;
    options.sessionTimeoutSeconds = 600;
    options.oneLiveSessionPerInstallation = false;
    SandboxHarness harness;
    const auto context = openSession(harness, options);
    QVERIFY(context);
    const auto keeper = makeKeeper(*context, harness);
    QSignalSpy stopped(keeper.get(), &SessionKeeper::renewalStopped);

    const auto fault = FaultSpec::parse(u"500:POST session-server:1"_s);
    QVERIFY(fault);
    harness.sandbox()->faults().arm(fault.value());
    harness.clock->advance(601);

    const auto failed = track(keeper->send(get(u"user"_s)));
    QTRY_VERIFY_WITH_TIMEOUT(failed->result, callTimeoutMs);
    QVERIFY(!failed->result->ok());
    QCOMPARE(failed->result->error->httpStatus, 500);
    QCOMPARE(keeper->state(), SessionKeeper::State::Expired);
    QCOMPARE(stopped.count(), 0);

    harness.clock->advance(31);
    const auto retried = track(keeper->send(get(u"user"_s)));
    QTRY_VERIFY_WITH_TIMEOUT(retried->result, callTimeoutMs);
    QVERIFY2(retried->result->ok(), qPrintable(failureText(*retried)));
    QCOMPARE(keeper->state(), SessionKeeper::State::Alive);
}

QTEST_GUILESS_MAIN(TestSessionKeeper)
#include "tst_sessionkeeper.moc"
