// SPDX-License-Identifier: GPL-3.0-or-later
// Every call of the session flow through a proxy on 127.0.0.1: the onboarding's installation,
// device registration and session, then the keeper's signed calls, its DELETE session and its
// new session. An HTTP proxy and a SOCKS5 proxy, both written in the test, record each request
// they pass on, and the sandbox's request log must show exactly those requests.

#include "SessionTestSupport.h"
#include "TestProxies.h"
#include "session/ProxySettings.h"
#include "session/SessionKeeper.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sessiontest;
using studio::api::ApiRequest;
using studio::api::ApiResult;
using studio::sandbox::RequestLogEntry;
using studio::session::KeptCall;
using studio::session::SessionKeeper;

namespace {

constexpr int callTimeoutMs = 15000;

ApiRequest get(const QString &path)
{
    ApiRequest request;
    request.method = "GET";
    request.path = path;
    return request;
}

// Sends request through the keeper and returns its result, or nothing after a timeout.
std::optional<ApiResult> sendAndWait(SessionKeeper &keeper, const ApiRequest &request)
{
    KeptCall *call = keeper.send(request);
    QSignalSpy finished(call, &KeptCall::finished);
    if (!finished.wait(callTimeoutMs))
        return std::nullopt;
    return finished.first().first().value<ApiResult>();
}

QStringList lines(const QList<ProxiedRequest> &requests)
{
    QStringList result;
    for (const ProxiedRequest &request : requests)
        result << QString::fromLatin1(request.method) + u' ' + request.path;
    return result;
}

QStringList lines(const QList<RequestLogEntry> &entries)
{
    QStringList result;
    for (const RequestLogEntry &entry : entries)
        result << QString::fromLatin1(entry.method) + u' ' + entry.path;
    return result;
}

} // namespace

class TestSessionKeeperProxy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void httpProxyCarriesEveryCall_data();
    void httpProxyCarriesEveryCall();
    void socks5ProxyCarriesEveryCall_data();
    void socks5ProxyCarriesEveryCall();
    void proxyComesFromManagerAndTurnsOff();
    void plainHttpRefusesOtherHostProxy();

private:
    // Runs the onboarding and the keeper's calls through proxyUrl; returns what the sandbox
    // logged, or fails the test.
    QList<RequestLogEntry> runFlowThrough(const QString &proxyUrl);
};

void TestSessionKeeperProxy::initTestCase()
{
    sharedClientKey();
}

QList<RequestLogEntry> TestSessionKeeperProxy::runFlowThrough(const QString &proxyUrl)
{
    SandboxHarness harness;
    harness.start();
    if (QTest::currentTestFailed())
        return {};
    const auto proxy = studio::session::parseProxyUrl(proxyUrl);
    if (!proxy) {
        QTest::qFail(qPrintable(proxy.error()), __FILE__, __LINE__);
        return {};
    }

    // The onboarding goes through the proxy set on its manager. The keeper starts from a
    // manager without a proxy and gets it through setProxy().
    QNetworkAccessManager network;
    network.setProxy(proxy.value());
    const auto context = onboard(&network, harness.baseUrl, sharedClientKey());
    if (!context)
        return {};

    QNetworkAccessManager direct;
    SessionKeeper keeper(&direct, *context);
    keeper.setClock([clock = harness.clock] { return clock->now(); });
    keeper.setTimerIntervalMs(5);
    keeper.setProxy(proxy.value());
    if (keeper.proxy() != proxy.value()) {
        QTest::qFail("The keeper does not report the proxy it was given.", __FILE__, __LINE__);
        return {};
    }

    const QList<ApiRequest> requests{get(u"user"_s), get(u"user/%1"_s.arg(context->user.id)),
                                     get(u"user/%1/monetary-account"_s.arg(context->user.id))};
    for (const ApiRequest &request : requests) {
        const auto result = sendAndWait(keeper, request);
        if (!result || !result->ok()) {
            QTest::qFail(qPrintable(result ? result->error->summary() : u"timed out"_s), __FILE__,
                         __LINE__);
            return {};
        }
    }

    harness.clock->advance(31);
    QSignalSpy contextChanged(&keeper, &SessionKeeper::contextChanged);
    keeper.renewNow();
    if (!contextChanged.wait(callTimeoutMs)) {
        QTest::qFail("The new session did not open through the proxy.", __FILE__, __LINE__);
        return {};
    }
    const auto afterRenewal = sendAndWait(keeper, get(u"user"_s));
    if (!afterRenewal || !afterRenewal->ok()) {
        QTest::qFail("A call on the new session failed.", __FILE__, __LINE__);
        return {};
    }
    return harness.entriesAfter(0);
}

void TestSessionKeeperProxy::httpProxyCarriesEveryCall_data()
{
    QTest::addColumn<QString>("urlPattern"); // %1 is the proxy's port
    QTest::addColumn<QByteArray>("user");
    QTest::addColumn<QByteArray>("password");

    QTest::newRow("no credentials") << u"http://127.0.0.1:%1"_s << QByteArray() << QByteArray();
    QTest::newRow("user and percent-encoded password")
        << u"http://alice:s%3Acret%40one@127.0.0.1:%1"_s << "alice"_ba
        << "s:cret@one"_ba;
}

void TestSessionKeeperProxy::httpProxyCarriesEveryCall()
{
    QFETCH(QString, urlPattern);
    QFETCH(QByteArray, user);
    QFETCH(QByteArray, password);

    HttpTestProxy proxy;
    QVERIFY(proxy.listen());
    if (!user.isEmpty())
        proxy.requireCredentials(user, password);

    const QList<RequestLogEntry> logged = runFlowThrough(urlPattern.arg(proxy.port()));
    QVERIFY(!QTest::currentTestFailed());

    // 4 onboarding calls, 3 calls, DELETE session, session-server and 1 call on the new session.
    QCOMPARE(logged.size(), 10);
    QCOMPARE(lines(proxy.forwarded()), lines(logged));
    QCOMPARE(lines(logged).filter(u"POST /v1/session-server"_s).size(), 2);
    QCOMPARE(lines(logged).filter(u"POST /v1/installation"_s).size(), 1);
    QCOMPARE(lines(logged).filter(u"DELETE /v1/session/"_s).size(), 1);
}

void TestSessionKeeperProxy::socks5ProxyCarriesEveryCall_data()
{
    QTest::addColumn<QString>("urlPattern"); // %1 is the proxy's port
    QTest::addColumn<QByteArray>("user");
    QTest::addColumn<QByteArray>("password");

    QTest::newRow("no authentication")
        << u"socks5://127.0.0.1:%1"_s << QByteArray() << QByteArray();
    QTest::newRow("user and password") << u"socks5://bob:pa%20ss@127.0.0.1:%1"_s << "bob"_ba
                                       << "pa ss"_ba;
    QTest::newRow("socks5h scheme") << u"socks5h://127.0.0.1:%1"_s << QByteArray() << QByteArray();
}

void TestSessionKeeperProxy::socks5ProxyCarriesEveryCall()
{
    QFETCH(QString, urlPattern);
    QFETCH(QByteArray, user);
    QFETCH(QByteArray, password);

    Socks5TestProxy proxy;
    QVERIFY(proxy.listen());
    if (!user.isEmpty())
        proxy.requireCredentials(user, password);

    const QList<RequestLogEntry> logged = runFlowThrough(urlPattern.arg(proxy.port()));
    QVERIFY(!QTest::currentTestFailed());

    QCOMPARE(logged.size(), 10);
    QCOMPARE(lines(proxy.forwarded()), lines(logged));
    QVERIFY(proxy.tunnels() >= 2); // the onboarding's manager and the keeper's own
    QCOMPARE(proxy.rejectedCredentials(), 0);
}

void TestSessionKeeperProxy::proxyComesFromManagerAndTurnsOff()
{
    SandboxHarness harness;
    harness.start();
    QVERIFY(!QTest::currentTestFailed());
    QNetworkAccessManager network;
    const auto context = onboard(&network, harness.baseUrl, sharedClientKey());
    QVERIFY(context);

    // The keeper starts with the proxy of the manager it is given.
    HttpTestProxy proxy;
    QVERIFY(proxy.listen());
    const auto proxySetting =
        studio::session::parseProxyUrl(u"http://127.0.0.1:%1"_s.arg(proxy.port()));
    QVERIFY(proxySetting);
    QNetworkAccessManager proxiedNetwork;
    proxiedNetwork.setProxy(proxySetting.value());
    SessionKeeper keeper(&proxiedNetwork, *context);
    keeper.setClock([clock = harness.clock] { return clock->now(); });
    QCOMPARE(keeper.proxy(), proxySetting.value());
    const auto proxied = sendAndWait(keeper, get(u"user"_s));
    QVERIFY(proxied && proxied->ok());
    QCOMPARE(proxy.forwarded().size(), 1);

    keeper.setProxy(studio::session::parseProxyUrl(QString()).value());
    QCOMPARE(keeper.proxy().type(), QNetworkProxy::NoProxy);
    const auto direct = sendAndWait(keeper, get(u"user"_s));
    QVERIFY(direct && direct->ok());
    QCOMPARE(proxy.forwarded().size(), 1);
    QCOMPARE(harness.countAfter(0, "GET", u"/v1/user"_s), 2);
}

void TestSessionKeeperProxy::plainHttpRefusesOtherHostProxy()
{
    SandboxHarness harness;
    harness.start();
    QVERIFY(!QTest::currentTestFailed());
    QNetworkAccessManager network;
    const auto context = onboard(&network, harness.baseUrl, sharedClientKey());
    QVERIFY(context);

    // 0.0.0.0 is not a loopback address, so the keeper must reject it for plain http://. Should
    // that check fail, a connection to 0.0.0.0 still stays on this machine, where the test
    // proxy listens and would record the call.
    HttpTestProxy proxy;
    QVERIFY(proxy.listen());
    SessionKeeper keeper(&network, *context);
    keeper.setClock([clock = harness.clock] { return clock->now(); });
    keeper.setProxy(QNetworkProxy(QNetworkProxy::HttpProxy, u"0.0.0.0"_s, proxy.port(), u"alice"_s,
                                  u"secret"_s));
    const qint64 before = harness.lastSequence();
    const auto result = sendAndWait(keeper, get(u"user"_s));

    QVERIFY(result);
    QVERIFY(!result->ok());
    QCOMPARE(result->error->kind, studio::api::ApiError::Kind::Usage);
    QVERIFY2(result->error->detail.contains(u"plain http://"_s), qPrintable(result->error->detail));
    QVERIFY2(result->error->detail.contains(u"alice:****@0.0.0.0"_s),
             qPrintable(result->error->detail));
    QVERIFY(!result->error->detail.contains(u"secret"_s));
    QCOMPARE(proxy.forwarded().size(), 0);
    QCOMPARE(harness.entriesAfter(before).size(), 0);
}

QTEST_GUILESS_MAIN(TestSessionKeeperProxy)
#include "tst_sessionkeeper_proxy.moc"
