// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConsoleSandboxSession.h"
#include "console/RateLimitPacer.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace studio;
using namespace studio::console;

class TestRateLimitPacer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void endpointKeys_data();
    void endpointKeys();
    void limits_data();
    void limits();
    void fullBudgetAtStart();
    void waitsForOldestCall();
    void idsShareOneBudget();
    void methodsAndEndpointsCountApart();
    void sessionServerWaitsThirtySeconds();
    void rateLimitedFillsWindow();
    void clearForgetsCalls();

    void sandboxRejectsUnpacedBurst();
    void pacedBurstOnManualClock();
    void pacedBurstOnSystemClock();

private:
    qint64 m_now = 0;
    RateLimitPacer m_pacer;
};

void TestRateLimitPacer::init()
{
    m_now = 1'000'000;
    m_pacer.clear();
    m_pacer.setClock([this] { return m_now; });
}

void TestRateLimitPacer::endpointKeys_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("key");

    QTest::newRow("list") << "GET"_ba << u"/v1/user"_s << u"GET user"_s;
    QTest::newRow("ids and query") << "GET"_ba << u"/v1/user/1/monetary-account/2/payment?count=5"_s
                                   << u"GET user/{id}/monetary-account/{id}/payment"_s;
    QTest::newRow("template") << "GET"_ba
                              << u"/v1/user/{userId}/monetary-account/{monetaryAccountId}"_s
                              << u"GET user/{id}/monetary-account/{id}"_s;
    QTest::newRow("without v1") << "post"_ba << u"user/12/monetary-account/3/request-inquiry"_s
                                << u"POST user/{id}/monetary-account/{id}/request-inquiry"_s;
    QTest::newRow("full url") << "GET"_ba << u"http://127.0.0.1:4000/v1/user/5#x"_s
                              << u"GET user/{id}"_s;
    QTest::newRow("trailing slash") << "GET"_ba << u"/v1/user/5/"_s << u"GET user/{id}"_s;
    QTest::newRow("uuid") << "GET"_ba
                          << u"/v1/attachment-public/0b6c7a0e-31b2-4f55-9e2e-1a2b3c4d5e6f/content"_s
                          << u"GET attachment-public/{id}/content"_s;
    QTest::newRow("session server")
        << "POST"_ba << u"/v1/session-server"_s << u"POST session-server"_s;
    QTest::newRow("word with digits kept")
        << "GET"_ba << u"/v1/user/5/v2thing"_s << u"GET user/{id}/v2thing"_s;
}

void TestRateLimitPacer::endpointKeys()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QString, key);
    QCOMPARE(RateLimitPacer::endpointKey(method, path), key);
}

void TestRateLimitPacer::limits_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("capacity");
    QTest::addColumn<qint64>("windowMs");

    QTest::newRow("GET") << "GET"_ba << u"/v1/user"_s << 3 << qint64(3000);
    QTest::newRow("POST") << "POST"_ba << u"/v1/user/1/monetary-account/2/payment"_s << 5
                          << qint64(3000);
    QTest::newRow("PUT") << "PUT"_ba << u"/v1/user/1/monetary-account-bank/2"_s << 2
                         << qint64(3000);
    QTest::newRow("DELETE") << "DELETE"_ba << u"/v1/session/3"_s << 5 << qint64(3000);
    QTest::newRow("session-server") << "POST"_ba << u"/v1/session-server"_s << 1 << qint64(30000);
}

void TestRateLimitPacer::limits()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(int, capacity);
    QFETCH(qint64, windowMs);

    const Budget limit = RateLimitPacer::limitFor(method, path);
    QCOMPARE(limit.capacity, capacity);
    QCOMPARE(limit.windowMs, windowMs);
}

void TestRateLimitPacer::fullBudgetAtStart()
{
    const Budget budget = m_pacer.budget("GET", u"/v1/user"_s);
    QCOMPARE(budget.remaining, 3);
    QCOMPARE(budget.capacity, 3);
    QCOMPARE(budget.windowMs, 3000);
    QCOMPARE(budget.waitMs, 0);
}

void TestRateLimitPacer::waitsForOldestCall()
{
    const QString path = u"/v1/user/1"_s;
    m_pacer.recordSent("GET", path);
    m_now += 1000;
    m_pacer.recordSent("GET", path);
    QCOMPARE(m_pacer.budget("GET", path).remaining, 1);
    m_now += 1000;
    m_pacer.recordSent("GET", path);

    Budget budget = m_pacer.budget("GET", path);
    QCOMPARE(budget.remaining, 0);
    QCOMPARE(budget.waitMs, 1000 + RateLimitPacer::marginMs);

    m_now += 500;
    QCOMPARE(m_pacer.budget("GET", path).waitMs, 500 + RateLimitPacer::marginMs);

    m_now += 500 + RateLimitPacer::marginMs - 1;
    QCOMPARE(m_pacer.budget("GET", path).waitMs, 1);

    m_now += 1;
    budget = m_pacer.budget("GET", path);
    QCOMPARE(budget.remaining, 1);
    QCOMPARE(budget.waitMs, 0);
}

void TestRateLimitPacer::idsShareOneBudget()
{
    m_pacer.recordSent("GET", u"/v1/user/1/monetary-account/2/payment/10"_s);
    m_pacer.recordSent("GET", u"/v1/user/1/monetary-account/2/payment/11"_s);
    m_pacer.recordSent("GET", u"/v1/user/1/monetary-account/3/payment/12?x=1"_s);

    QCOMPARE(m_pacer.budget("GET", u"/v1/user/1/monetary-account/2/payment/13"_s).remaining, 0);
}

void TestRateLimitPacer::methodsAndEndpointsCountApart()
{
    for (int i = 0; i < 3; ++i)
        m_pacer.recordSent("GET", u"/v1/user/1/monetary-account/2/payment"_s);

    QCOMPARE(m_pacer.budget("GET", u"/v1/user/1/monetary-account/2/payment"_s).remaining, 0);
    QCOMPARE(m_pacer.budget("POST", u"/v1/user/1/monetary-account/2/payment"_s).remaining, 5);
    QCOMPARE(m_pacer.budget("GET", u"/v1/user/1/monetary-account/2"_s).remaining, 3);
    QCOMPARE(m_pacer.budget("GET", u"/v1/user/1/monetary-account-bank/2/payment"_s).remaining, 3);
}

void TestRateLimitPacer::sessionServerWaitsThirtySeconds()
{
    m_pacer.recordSent("POST", u"/v1/session-server"_s);

    const Budget budget = m_pacer.budget("POST", u"/v1/session-server"_s);
    QCOMPARE(budget.remaining, 0);
    QCOMPARE(budget.capacity, 1);
    QCOMPARE(budget.waitMs, 30000 + RateLimitPacer::marginMs);
    QCOMPARE(m_pacer.budget("POST", u"/v1/device-server"_s).remaining, 5);
}

void TestRateLimitPacer::rateLimitedFillsWindow()
{
    m_pacer.recordRateLimited("PUT", u"/v1/user/1/monetary-account-bank/2"_s);

    const Budget budget = m_pacer.budget("PUT", u"/v1/user/1/monetary-account-bank/7"_s);
    QCOMPARE(budget.remaining, 0);
    QCOMPARE(budget.waitMs, 3000 + RateLimitPacer::marginMs);
}

void TestRateLimitPacer::clearForgetsCalls()
{
    m_pacer.recordSent("POST", u"/v1/session-server"_s);
    m_pacer.clear();
    QCOMPARE(m_pacer.budget("POST", u"/v1/session-server"_s).remaining, 1);
}

void TestRateLimitPacer::sandboxRejectsUnpacedBurst()
{
    // The control case: without pacing, the fourth GET within 3 s is refused.
    sandbox::SandboxOptions options;
    options.clock = std::make_shared<sandbox::ManualClock>();
    ConsoleSandboxSession session;
    session.start(options);
    if (QTest::currentTestFailed())
        return;

    const QString path = u"/v1/user/%1"_s.arg(session.context().user.id);
    for (int i = 0; i < 3; ++i)
        QVERIFY(session.send("GET", path).ok());
    const api::ApiResult refused = session.send("GET", path);
    QCOMPARE(refused.exchange.status, 429);
    QCOMPARE(refused.error->kind, api::ApiError::Kind::RateLimit);
}

void TestRateLimitPacer::pacedBurstOnManualClock()
{
    // The pacer and the sandbox read one manual clock, so a wait is a clock step.
    auto clock = std::make_shared<sandbox::ManualClock>();
    sandbox::SandboxOptions options;
    options.clock = clock;
    options.requestInquiryAcceptDelayMs = 0;
    ConsoleSandboxSession session;
    session.start(options);
    if (QTest::currentTestFailed())
        return;

    const qint64 userId = session.context().user.id;
    const qint64 accountId = session.firstAccountId();
    const QString account = u"/v1/user/%1/monetary-account/%2"_s.arg(userId).arg(accountId);
    const QByteArray inquiry =
        R"({"amount_inquired":{"value":"5.00","currency":"EUR"},"counterparty_alias":{"type":"EMAIL","value":"sugardaddy@bunq.com"},"allow_bunqme":false})"_ba;
    QVERIFY(session.send("POST", account + u"/request-inquiry"_s, inquiry).ok());
    QVERIFY(session.send("POST", account + u"/request-inquiry"_s, inquiry).ok());
    const api::ApiResult payments = session.send("GET", account + u"/payment"_s);
    QVERIFY(payments.ok());
    QCOMPARE(payments.items.size(), 2);
    QList<qint64> paymentIds;
    for (const QJsonValue &item : payments.items)
        paymentIds.append(
            item.toObject().value(u"Payment"_s).toObject().value(u"id"_s).toInteger());

    RateLimitPacer pacer;
    pacer.setClock([clock] { return clock->now().toMSecsSinceEpoch(); });
    // The list call above used one slot of the payment-list endpoint, not of payment reads.
    int waits = 0;
    for (int i = 0; i < 10; ++i) {
        const QString path = account + u"/payment/"_s + QString::number(paymentIds.at(i % 2));
        const Budget budget = pacer.budget("GET", path);
        if (budget.waitMs > 0) {
            clock->advanceMilliseconds(budget.waitMs);
            ++waits;
        }
        QVERIFY(pacer.budget("GET", path).remaining > 0);

        pacer.recordSent("GET", path);
        const api::ApiResult result = session.send("GET", path);
        QVERIFY2(result.exchange.status != 429, qPrintable(u"call %1 got 429"_s.arg(i + 1)));
        QVERIFY2(result.ok(), qPrintable(result.error ? result.error->summary() : QString()));
    }
    // Ten calls at three per window: the pacer had to hold back three times.
    QCOMPARE(waits, 3);
}

void TestRateLimitPacer::pacedBurstOnSystemClock()
{
    // Real time on both sides, so request latency is in play and the margin has to cover it.
    ConsoleSandboxSession session;
    session.start();
    if (QTest::currentTestFailed())
        return;

    const QString path = u"/v1/user/%1"_s.arg(session.context().user.id);
    RateLimitPacer pacer;
    for (int i = 0; i < 10; ++i) {
        for (Budget budget = pacer.budget("GET", path); budget.waitMs > 0;
             budget = pacer.budget("GET", path)) {
            QTest::qWait(int(budget.waitMs));
        }

        pacer.recordSent("GET", path);
        const api::ApiResult result = session.send("GET", path);
        QVERIFY2(result.exchange.status != 429, qPrintable(u"call %1 got 429"_s.arg(i + 1)));
        QVERIFY(result.ok());
    }
}

QTEST_GUILESS_MAIN(TestRateLimitPacer)
#include "tst_ratelimitpacer.moc"
