// SPDX-License-Identifier: GPL-3.0-or-later
// Conformance of the rate limits: counted per caller IP, endpoint and method in a sliding window
// read from the sandbox's clock, rejected with 429 and bunq's text, and switchable off.

#include "SandboxFixture.h"

#include <QLoggingCategory>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sandboxtest;
using studio::crypto::RsaKeyPair;
using studio::sandbox::SandboxOptions;

namespace {

QString tooManyRequests(int maxCalls, int windowSeconds)
{
    return u"Too many requests. You can do a maximum of %1 calls per %2 seconds to this "
           u"endpoint."_s.arg(maxCalls)
        .arg(windowSeconds);
}

// Fills the {user} and {account} parts of a path template.
QString fillPath(QString path, const OpenedSession &session, qint64 accountId)
{
    return path.replace(u"{user}"_s, QString::number(session.userId))
        .replace(u"{account}"_s, QString::number(accountId));
}

} // namespace

class TestSandboxLimits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void limitPerMethod_data();
    void limitPerMethod();
    void slidingWindow();
    void countersAreSeparate();
    void callersAreSeparate();
    void unknownRoutesNotCounted();
    void dutchText();
    void snapshotShowsCounters();
    void offSwitch();

private:
    // Sends one call of a limitPerMethod row.
    RawReply call(SandboxFixture &fixture, const OpenedSession &session, qint64 accountId,
                  const QByteArray &method, const QString &pathTemplate,
                  const Headers &extra = {});

    RsaKeyPair m_clientKey;
};

void TestSandboxLimits::initTestCase()
{
    QLoggingCategory::setFilterRules(u"studio.sandbox.info=false"_s);
    auto key = RsaKeyPair::generate();
    QVERIFY(key.ok());
    m_clientKey = key.value();
}

RawReply TestSandboxLimits::call(SandboxFixture &fixture, const OpenedSession &session,
                                 qint64 accountId, const QByteArray &method,
                                 const QString &pathTemplate, const Headers &extra)
{
    const QString path = fillPath(pathTemplate, session, accountId);
    if (path.endsWith(u"session-server"_s)) {
        const QByteArray body = compactJson({{u"secret"_s, QString::fromLatin1(session.apiKey)}});
        return fixture.client->send(
            method, path, signedHeaders(session.installation.token, m_clientKey, body) + extra,
            body);
    }
    if (path.endsWith(u"sandbox-user-person"_s))
        return fixture.client->send(method, path, extra);
    if (method == "GET"_ba)
        return fixture.get(session, path, extra);
    return fixture.send(method, session, path, {{u"status"_s, u"REJECTED"_s}}, false, extra);
}

void TestSandboxLimits::limitPerMethod_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("maxCalls");
    QTest::addColumn<int>("windowSeconds");

    QTest::newRow("GET user") << "GET"_ba << u"/v1/user"_s << 3 << 3;
    QTest::newRow("GET user by id") << "GET"_ba << u"/v1/user/{user}"_s << 3 << 3;
    QTest::newRow("GET payment list")
        << "GET"_ba << u"/v1/user/{user}/monetary-account/{account}/payment"_s << 3 << 3;
    QTest::newRow("POST sandbox-user-person")
        << "POST"_ba << u"/v1/sandbox-user-person"_s << 5 << 3;
    QTest::newRow("POST request-inquiry")
        << "POST"_ba << u"/v1/user/{user}/monetary-account/{account}/request-inquiry"_s << 5
        << 3;
    QTest::newRow("PUT request-response")
        << "PUT"_ba << u"/v1/user/{user}/monetary-account/{account}/request-response/1"_s << 2
        << 3;
    QTest::newRow("DELETE session, limited like POST")
        << "DELETE"_ba << u"/v1/session/0"_s << 5 << 3;
    QTest::newRow("POST session-server") << "POST"_ba << u"/v1/session-server"_s << 1 << 30;
}

void TestSandboxLimits::limitPerMethod()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(int, maxCalls);
    QFETCH(int, windowSeconds);

    SandboxFixture fixture;
    fixture.start();
    if (QTest::currentTestFailed())
        return;
    // Opening the session used session-server once; its window passes first.
    const OpenedSession session = fixture.openSession(m_clientKey);
    QVERIFY(!session.token().isEmpty());
    const qint64 accountId = fixture.firstAccountId(session);
    fixture.clock->advance(30);

    for (int i = 0; i < maxCalls; ++i) {
        const RawReply allowed = call(fixture, session, accountId, method, path);
        QVERIFY2(allowed.status != 429, qPrintable(u"call %1: %2"_s.arg(i + 1).arg(
                                            QString::fromUtf8(allowed.body))));
    }
    const RawReply rejected = call(fixture, session, accountId, method, path);
    fixture.clock->advance(windowSeconds - 1);
    const RawReply stillRejected = call(fixture, session, accountId, method, path);
    fixture.clock->advance(1);
    const RawReply allowedAgain = call(fixture, session, accountId, method, path);

    QCOMPARE(rejected.status, 429);
    QCOMPARE(rejected.reason, "Too Many Requests"_ba);
    QCOMPARE(rejected.errorDescription(), tooManyRequests(maxCalls, windowSeconds));
    QCOMPARE(rejected.errorTranslated(), tooManyRequests(maxCalls, windowSeconds));
    QVERIFY(rejected.hasHeader("X-Bunq-Client-Response-Id"_ba));
    if (!path.contains(u"sandbox-user"_s)) {
        // The caller's token names an installation, so even the 429 is signed.
        QVERIFY(session.installation.serverKey.verify(
            rejected.body, rejected.header("X-Bunq-Server-Signature"_ba)));
    }
    QCOMPARE(stillRejected.status, 429);
    QVERIFY2(allowedAgain.status != 429, allowedAgain.body.constData());
}

void TestSandboxLimits::slidingWindow()
{
    SandboxFixture fixture;
    fixture.start();
    if (QTest::currentTestFailed())
        return;
    const OpenedSession session = fixture.openSession(m_clientKey);
    QVERIFY(!session.token().isEmpty());
    const auto status = [&] { return fixture.get(session, u"/v1/user"_s).status; };

    QCOMPARE(status(), 200); // t = 0
    fixture.clock->advanceMilliseconds(1500);
    QCOMPARE(status(), 200); // t = 1.5 s
    fixture.clock->advanceMilliseconds(500);
    QCOMPARE(status(), 200); // t = 2 s
    fixture.clock->advanceMilliseconds(500);
    QCOMPARE(status(), 429); // t = 2.5 s: three calls in the last 3 s
    fixture.clock->advanceMilliseconds(500);
    QCOMPARE(status(), 200); // t = 3 s: the call at 0 left the window
    fixture.clock->advanceMilliseconds(100);
    QCOMPARE(status(), 429); // t = 3.1 s: calls at 1.5, 2 and 3 s
    fixture.clock->advanceMilliseconds(1400);
    QCOMPARE(status(), 200); // t = 4.5 s: the call at 1.5 s left
}

void TestSandboxLimits::countersAreSeparate()
{
    SandboxFixture fixture;
    fixture.start();
    if (QTest::currentTestFailed())
        return;
    const OpenedSession session = fixture.openSession(m_clientKey);
    QVERIFY(!session.token().isEmpty());
    const qint64 accountId = fixture.firstAccountId(session); // the first GET of monetary-account
    const QString account = SandboxFixture::accountPath(session, accountId);

    for (int i = 0; i < 3; ++i)
        QCOMPARE(fixture.get(session, u"/v1/user"_s).status, 200);
    QCOMPARE(fixture.get(session, u"/v1/user"_s).status, 429);

    // Another endpoint, another id pattern and the same path with another method each have
    // counters of their own.
    QCOMPARE(fixture.get(session, u"/v1/user/%1"_s.arg(session.userId)).status, 200);
    QCOMPARE(fixture.get(session, u"/v1/user/%1/monetary-account"_s.arg(session.userId)).status,
             200);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(fixture.get(session, account + u"/payment"_s).status, 200);
    QCOMPARE(fixture.get(session, account + u"/payment"_s).status, 429);
    const RawReply payment = fixture.send("POST"_ba, session, account + u"/payment"_s,
                                          sugarDaddyPayment(u"1.00"_s), true);
    QCOMPARE(payment.status, 400); // insufficient funds, so the POST counter was not the GET's

    // Ids do not make endpoints: a second account id counts against the same pattern.
    QCOMPARE(fixture.get(session, account).status, 200);
    QCOMPARE(fixture.get(session, u"/v1/user/%1/monetary-account/999"_s.arg(session.userId))
                 .status,
             404);
    QCOMPARE(fixture.get(session, account).status, 200);
    QCOMPARE(fixture.get(session, account).status, 429);
}

void TestSandboxLimits::callersAreSeparate()
{
    SandboxFixture fixture;
    fixture.start();
    if (QTest::currentTestFailed())
        return;

    for (int i = 0; i < 5; ++i)
        QCOMPARE(fixture.client->send("POST"_ba, u"/v1/sandbox-user-person"_s).status, 200);
    QCOMPARE(fixture.client->send("POST"_ba, u"/v1/sandbox-user-person"_s).status, 429);

    const QByteArray request = rawRequest("POST"_ba, u"/v1/sandbox-user-person"_s, {});
    const RawReply otherCaller = fixture.client->sendRawFrom(QHostAddress(u"127.0.0.2"_s), request);
    QVERIFY(otherCaller.completed);
    QCOMPARE(otherCaller.status, 200);
}

void TestSandboxLimits::unknownRoutesNotCounted()
{
    SandboxFixture fixture;
    fixture.start();
    if (QTest::currentTestFailed())
        return;

    for (int i = 0; i < 10; ++i)
        QCOMPARE(fixture.client->send("GET"_ba, u"/v1/nothing"_s).status, 404);
    for (int i = 0; i < 10; ++i)
        QCOMPARE(fixture.client->send("GET"_ba, u"/v1/installation"_s).status, 405);
}

void TestSandboxLimits::dutchText()
{
    SandboxFixture fixture;
    fixture.start();
    if (QTest::currentTestFailed())
        return;
    for (int i = 0; i < 5; ++i)
        QCOMPARE(fixture.client->send("POST"_ba, u"/v1/sandbox-user-company"_s).status, 200);

    const RawReply rejected = fixture.client->send("POST"_ba, u"/v1/sandbox-user-company"_s,
                                                   {{"X-Bunq-Language"_ba, "nl_NL"_ba}});

    QCOMPARE(rejected.status, 429);
    QCOMPARE(rejected.errorDescription(), tooManyRequests(5, 3));
    QCOMPARE(rejected.errorTranslated(),
             u"Te veel verzoeken. Je kunt maximaal 5 verzoeken per 3 seconden naar dit endpoint "
             u"sturen."_s);
}

void TestSandboxLimits::snapshotShowsCounters()
{
    SandboxFixture fixture;
    fixture.start();
    if (QTest::currentTestFailed())
        return;
    const OpenedSession session = fixture.openSession(m_clientKey);
    QVERIFY(!session.token().isEmpty());
    const auto userEntry = [&] {
        for (const QJsonValue &entry : fixture.sandbox->snapshotJson()[u"rate_limits"_s].toArray()) {
            if (entry[u"endpoint"_s].toString() == u"user"_s)
                return entry.toObject();
        }
        return QJsonObject();
    };

    QCOMPARE(fixture.get(session, u"/v1/user"_s).status, 200);
    fixture.clock->advanceMilliseconds(1000);
    QCOMPARE(fixture.get(session, u"/v1/user"_s).status, 200);
    const QJsonObject twoCalls = userEntry();
    QCOMPARE(fixture.get(session, u"/v1/user"_s).status, 200);
    fixture.clock->advanceMilliseconds(500);
    const QJsonObject full = userEntry();
    fixture.clock->advance(5);
    const QJsonObject expired = userEntry();

    QCOMPARE(twoCalls[u"caller_ip"_s].toString(), u"127.0.0.1"_s);
    QCOMPARE(twoCalls[u"method"_s].toString(), u"GET"_s);
    QCOMPARE(twoCalls[u"calls_in_window"_s].toInt(), 2);
    QCOMPARE(twoCalls[u"max_calls"_s].toInt(), 3);
    QCOMPARE(twoCalls[u"window_seconds"_s].toInt(), 3);
    QCOMPARE(twoCalls[u"seconds_until_free"_s].toDouble(), 0.0);
    QCOMPARE(full[u"calls_in_window"_s].toInt(), 3);
    // The first call was 1.5 s ago, so its slot frees in 1.5 s.
    QCOMPARE(full[u"seconds_until_free"_s].toDouble(), 1.5);
    QVERIFY(expired.isEmpty());
}

void TestSandboxLimits::offSwitch()
{
    SandboxOptions options;
    options.rateLimits = false;
    SandboxFixture fixture;
    fixture.start(options);
    if (QTest::currentTestFailed())
        return;
    const OpenedSession session = fixture.openSession(m_clientKey);
    QVERIFY(!session.token().isEmpty());

    for (int i = 0; i < 10; ++i)
        QCOMPARE(fixture.get(session, u"/v1/user"_s).status, 200);
    for (int i = 0; i < 10; ++i)
        QCOMPARE(fixture.client->send("POST"_ba, u"/v1/sandbox-user-person"_s).status, 200);
    // session-server right after the one that opened the session: 400 for the live session,
    // not 429.
    const RawReply second =
        fixture.client->requestSession(session.installation, m_clientKey, session.apiKey);
    QCOMPARE(second.status, 400);
    QVERIFY(fixture.sandbox->snapshotJson()[u"rate_limits"_s].toArray().isEmpty());
}

QTEST_GUILESS_MAIN(TestSandboxLimits)
#include "tst_sandbox_limits.moc"
