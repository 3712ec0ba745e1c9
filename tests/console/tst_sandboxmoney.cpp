// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConsoleSandboxSession.h"
#include "console/SandboxMoney.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace studio;
using namespace studio::console;

class TestSandboxMoney : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void acceptsAmounts_data();
    void acceptsAmounts();
    void rejectsAmounts_data();
    void rejectsAmounts();
    void buildsRequestInquiry();
    void defaultDescription();
    void needsIds();
    void parsesBalance();
    void parsesBalanceOfChosenAccount();
    void balanceErrors();

    void sandboxPaysUpToLimit();
};

namespace {

api::ApiResult resultWith(const QByteArray &responseJson)
{
    api::ApiResult result;
    result.exchange.status = 200;
    result.exchange.responseBody = responseJson;
    api::parseEnvelope(result);
    return result;
}

} // namespace

void TestSandboxMoney::acceptsAmounts_data()
{
    QTest::addColumn<QString>("amount");
    QTest::addColumn<QString>("normalised");

    QTest::newRow("whole") << u"25"_s << u"25.00"_s;
    QTest::newRow("one decimal") << u"12.5"_s << u"12.50"_s;
    QTest::newRow("comma") << u"0,99"_s << u"0.99"_s;
    QTest::newRow("smallest") << u"0.01"_s << u"0.01"_s;
    QTest::newRow("limit") << u"500"_s << u"500.00"_s;
    QTest::newRow("limit with cents") << u"500.00"_s << u"500.00"_s;
    QTest::newRow("spaces") << u" 7 "_s << u"7.00"_s;
    QTest::newRow("leading zeros") << u"0000012.30"_s << u"12.30"_s;
}

void TestSandboxMoney::acceptsAmounts()
{
    QFETCH(QString, amount);
    QFETCH(QString, normalised);

    const auto result = SandboxMoney::normalisedAmount(amount);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error()));
    QCOMPARE(result.value(), normalised);
}

void TestSandboxMoney::rejectsAmounts_data()
{
    QTest::addColumn<QString>("amount");
    QTest::addColumn<QString>("mentions");

    QTest::newRow("above limit") << u"500.01"_s << u"500.00"_s;
    QTest::newRow("far above") << u"1000000000000000000000"_s << u"at most EUR 500.00"_s;
    QTest::newRow("zero") << u"0"_s << u"more than EUR 0.00"_s;
    QTest::newRow("zero cents") << u"0.00"_s << u"more than EUR 0.00"_s;
    QTest::newRow("negative") << u"-5"_s << u"\"-5\""_s;
    QTest::newRow("three decimals") << u"1.234"_s << u"two decimals"_s;
    QTest::newRow("exponent") << u"1e3"_s << u"\"1e3\""_s;
    QTest::newRow("text") << u"lots"_s << u"\"lots\""_s;
    QTest::newRow("empty") << QString() << u"two decimals"_s;
    QTest::newRow("thousands separator") << u"1.000,00"_s << u"\"1.000,00\""_s;
}

void TestSandboxMoney::rejectsAmounts()
{
    QFETCH(QString, amount);
    QFETCH(QString, mentions);

    const auto result = SandboxMoney::normalisedAmount(amount);
    QVERIFY(!result.ok());
    QVERIFY2(result.error().contains(mentions), qPrintable(result.error()));
}

void TestSandboxMoney::buildsRequestInquiry()
{
    const auto request = SandboxMoney::request(12, 34, u"25,5"_s, u"Tést ☕"_s);
    QVERIFY(request.ok());
    QCOMPARE(request.value().method, "POST"_ba);
    QCOMPARE(request.value().path, u"/v1/user/12/monetary-account/34/request-inquiry"_s);
    QVERIFY(request.value().authToken.isEmpty());

    const QJsonObject body = QJsonDocument::fromJson(request.value().body).object();
    const QJsonObject amount = body.value(u"amount_inquired"_s).toObject();
    QCOMPARE(amount.value(u"value"_s).toString(), u"25.50"_s);
    QCOMPARE(amount.value(u"currency"_s).toString(), u"EUR"_s);
    const QJsonObject alias = body.value(u"counterparty_alias"_s).toObject();
    QCOMPARE(alias.value(u"type"_s).toString(), u"EMAIL"_s);
    QCOMPARE(alias.value(u"value"_s).toString(), u"sugardaddy@bunq.com"_s);
    QCOMPARE(body.value(u"description"_s).toString(), u"Tést ☕"_s);
    QCOMPARE(body.value(u"allow_bunqme"_s), QJsonValue(false));
}

void TestSandboxMoney::defaultDescription()
{
    const auto request = SandboxMoney::request(1, 2, u"1"_s);
    QVERIFY(request.ok());
    const QJsonObject body = QJsonDocument::fromJson(request.value().body).object();
    QVERIFY(!body.value(u"description"_s).toString().isEmpty());
}

void TestSandboxMoney::needsIds()
{
    const auto noUser = SandboxMoney::request(0, 2, u"1"_s);
    QVERIFY(!noUser.ok());
    QVERIFY(noUser.error().contains(u"session"_s));
    QVERIFY(!SandboxMoney::request(1, 0, u"1"_s).ok());

    const auto tooMuch = SandboxMoney::request(1, 2, u"501"_s);
    QVERIFY(!tooMuch.ok());
    QVERIFY(tooMuch.error().contains(u"EUR 500.00"_s));
}

void TestSandboxMoney::parsesBalance()
{
    const auto balance = parseBalance(resultWith(
        R"({"Response":[{"MonetaryAccountBank":{"id":34,"balance":{"value":"500.00","currency":"EUR"}}}]})"_ba));
    QVERIFY(balance.ok());
    QCOMPARE(balance.value().accountId, 34);
    QCOMPARE(balance.value().value, u"500.00"_s);
    QCOMPARE(balance.value().currency, u"EUR"_s);
}

void TestSandboxMoney::parsesBalanceOfChosenAccount()
{
    const api::ApiResult list = resultWith(
        R"({"Response":[{"MonetaryAccountSavings":{"id":35,"balance":{"value":"1.00","currency":"EUR"}}},)"
        R"({"MonetaryAccountBank":{"id":34,"balance":{"value":"2.50","currency":"EUR"}}}]})"_ba);

    const auto chosen = parseBalance(list, 34);
    QVERIFY(chosen.ok());
    QCOMPARE(chosen.value().value, u"2.50"_s);

    const auto first = parseBalance(list);
    QVERIFY(first.ok());
    QCOMPARE(first.value().accountId, 35);
}

void TestSandboxMoney::balanceErrors()
{
    const auto missing =
        parseBalance(resultWith(R"({"Response":[{"MonetaryAccountBank":{"id":34}}]})"_ba));
    QVERIFY(!missing.ok());
    QVERIFY(missing.error().contains(u"34"_s));

    const auto otherId = parseBalance(
        resultWith(
            R"({"Response":[{"MonetaryAccountBank":{"id":34,"balance":{"value":"1","currency":"EUR"}}}]})"_ba),
        99);
    QVERIFY(!otherId.ok());
    QVERIFY(otherId.error().contains(u"99"_s));

    const auto empty = parseBalance(resultWith(R"({"Response":[]})"_ba));
    QVERIFY(!empty.ok());

    api::ApiResult failed;
    failed.exchange.status = 404;
    failed.exchange.responseBody =
        R"({"Error":[{"error_description":"Monetary account not found."}]})"_ba;
    api::parseEnvelope(failed);
    const auto notFound = parseBalance(failed);
    QVERIFY(!notFound.ok());
    QVERIFY(notFound.error().contains(u"Monetary account not found."_s));
}

void TestSandboxMoney::sandboxPaysUpToLimit()
{
    sandbox::SandboxOptions options;
    options.requestInquiryAcceptDelayMs = 0;
    ConsoleSandboxSession session;
    session.start(options);
    if (QTest::currentTestFailed())
        return;

    const qint64 userId = session.context().user.id;
    const qint64 accountId = session.firstAccountId();
    QVERIFY(accountId > 0);

    const auto request = SandboxMoney::request(userId, accountId, u"500"_s, u"Café ☕"_s);
    QVERIFY(request.ok());
    const api::ApiResult sent = session.send(request.value());
    QVERIFY2(sent.ok(), qPrintable(sent.error ? sent.error->summary() : QString()));
    QVERIFY(sent.items.at(0).toObject().contains(u"Id"_s));

    const QString accountPath = u"/v1/user/%1/monetary-account/%2"_s.arg(userId).arg(accountId);
    const auto balance = parseBalance(session.send("GET", accountPath), accountId);
    QVERIFY2(balance.ok(), qPrintable(balance.ok() ? QString() : balance.error()));
    QCOMPARE(balance.value().value, u"500.00"_s);
    QCOMPARE(balance.value().currency, u"EUR"_s);

    // The sandbox draws the line where SandboxMoney does.
    api::ApiRequest overLimit = request.value();
    overLimit.body.replace("\"500.00\"", "\"500.01\"");
    const api::ApiResult refused = session.send(overLimit);
    QCOMPARE(refused.exchange.status, 400);
}

QTEST_GUILESS_MAIN(TestSandboxMoney)
#include "tst_sandboxmoney.moc"
