// SPDX-License-Identifier: GPL-3.0-or-later
// Conformance of the money endpoints: monetary accounts, request-inquiries to
// sugardaddy@bunq.com with their automatic acceptance, payments with their signature rule, and
// bunq's pagination of lists.

#include "SandboxFixture.h"

#include <QLoggingCategory>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sandboxtest;
using studio::crypto::RsaKeyPair;
using studio::sandbox::SandboxOptions;

namespace {

const QString signatureRequired =
    u"For this operation a request signature is required. Check the urls for more information."_s;
const QString signatureInvalid = u"The request signature is invalid."_s;
const QString monetaryAccountNotFound = u"Monetary account not found."_s;
const QString counterpartyNotSugarDaddy =
    u"The sandbox has no other users, so counterparty_alias must be the sandbox's money source: "
    u"{\"type\":\"EMAIL\",\"value\":\"sugardaddy@bunq.com\"}."_s;

QString fieldMissing(const QString &field)
{
    return u"The field \"%1\" is missing from the request body."_s.arg(field);
}

QString amountInvalid(const QString &field, const QString &value)
{
    return u"The field \"%1\" must be an amount written as a string with at most two decimals, "
           u"such as \"10.00\", not \"%2\"."_s.arg(field, value);
}

// Computes ISO 13616 mod 97 over the rearranged IBAN, independently of the sandbox's code.
int ibanRemainder(const QString &iban)
{
    const QString rearranged = iban.mid(4) + iban.left(4);
    QString digits;
    for (const QChar c : rearranged)
        digits += c.isDigit() ? QString(c) : QString::number(c.unicode() - u'A' + 10);
    int remainder = 0;
    for (const QChar digit : std::as_const(digits))
        remainder = (remainder * 10 + digit.digitValue()) % 97;
    return remainder;
}

QStringList descriptions(const QJsonArray &items)
{
    QStringList texts;
    for (const QJsonValue &item : items)
        texts.append(item[u"Payment"_s][u"description"_s].toString());
    return texts;
}

QStringList numbered(int from, int to)
{
    QStringList texts;
    for (int i = from; i >= to; --i)
        texts.append(u"payment %1"_s.arg(i));
    return texts;
}

} // namespace

class TestSandboxMoney : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void newUserHasAccount_data();
    void newUserHasAccount();
    void otherUsersIdsNotFound_data();
    void otherUsersIdsNotFound();

    void requestInquiryChecks_data();
    void requestInquiryChecks();
    void requestInquiryAcceptedAutomatically();
    void acceptedInquiryCreditsPayment();

    void paymentPagination();
    void paginationParameters_data();
    void paginationParameters();
    void emptyPaymentList();

    void paymentCreation_data();
    void paymentCreation();
    void requestResponseSignature_data();
    void requestResponseSignature();
    void signatureIgnoredElsewhere();

    void dutchTexts_data();
    void dutchTexts();

private:
    // Opens a session in the fixture and returns it with its account's path.
    OpenedSession openWithAccount(SandboxFixture &fixture, QString &accountPath);
    // Requests and lets sugardaddy@bunq.com pay value euros into the account.
    void fund(SandboxFixture &fixture, const OpenedSession &session, const QString &accountPath,
              const QString &value);

    RsaKeyPair m_clientKey;
    RsaKeyPair m_otherKey;
    // One sandbox for every test, each of which opens sessions of its own, so that their
    // accounts start empty. These tests are not about rate limits, so those are off.
    SandboxFixture m_fixture;
};

void TestSandboxMoney::initTestCase()
{
    QLoggingCategory::setFilterRules(u"studio.sandbox.info=false"_s);
    auto key = RsaKeyPair::generate();
    QVERIFY(key.ok());
    m_clientKey = key.value();
    auto other = RsaKeyPair::generate();
    QVERIFY(other.ok());
    m_otherKey = other.value();

    SandboxOptions options;
    options.rateLimits = false;
    m_fixture.start(options);
}

OpenedSession TestSandboxMoney::openWithAccount(SandboxFixture &fixture, QString &accountPath)
{
    const OpenedSession session = fixture.openSession(m_clientKey);
    if (!session.token().isEmpty())
        accountPath = SandboxFixture::accountPath(session, fixture.firstAccountId(session));
    return session;
}

void TestSandboxMoney::fund(SandboxFixture &fixture, const OpenedSession &session,
                            const QString &accountPath, const QString &value)
{
    const RawReply inquiry = fixture.send("POST"_ba, session, accountPath + u"/request-inquiry"_s,
                                          sugarDaddyRequest(value), false);
    QCOMPARE(inquiry.status, 200);
    fixture.clock->advance(1);
}

void TestSandboxMoney::newUserHasAccount_data()
{
    QTest::addColumn<QString>("kind");

    QTest::newRow("person") << u"person"_s;
    QTest::newRow("company") << u"company"_s;
}

void TestSandboxMoney::newUserHasAccount()
{
    QFETCH(QString, kind);

    SandboxFixture &fixture = m_fixture;
    const OpenedSession session = fixture.openSession(m_clientKey, kind);
    QVERIFY(!session.token().isEmpty());
    const QString user = u"/v1/user/%1"_s.arg(session.userId);

    const RawReply all = fixture.get(session, user + u"/monetary-account"_s);
    const RawReply banks = fixture.get(session, user + u"/monetary-account-bank"_s);

    QCOMPARE(all.status, 200);
    const QJsonArray items = all.responseItems();
    QCOMPARE(items.size(), 1);
    QCOMPARE(itemType(items.at(0)), u"MonetaryAccountBank"_s);
    const QJsonObject account = items.at(0)[u"MonetaryAccountBank"_s].toObject();
    const qint64 accountId = account[u"id"_s].toInteger();
    QVERIFY(accountId > 0);
    QCOMPARE(account[u"status"_s].toString(), u"ACTIVE"_s);
    QCOMPARE(account[u"user_id"_s].toInteger(), session.userId);
    QCOMPARE(account[u"currency"_s].toString(), u"EUR"_s);
    QCOMPARE(account[u"balance"_s].toObject(),
             (QJsonObject{{u"value"_s, u"0.00"_s}, {u"currency"_s, u"EUR"_s}}));
    const QJsonObject iban = account[u"alias"_s][0].toObject();
    QCOMPARE(iban[u"type"_s].toString(), u"IBAN"_s);
    const QString ibanText = iban[u"value"_s].toString();
    QVERIFY2(QRegularExpression(u"\\ANL\\d{2}BUNQ\\d{10}\\z"_s).match(ibanText).hasMatch(),
             qPrintable(ibanText));
    QCOMPARE(ibanRemainder(ibanText), 1);
    QCOMPARE(iban[u"name"_s].toString(), session.session.user[u"display_name"_s].toString());
    QVERIFY(all.json().contains(u"Pagination"_s));

    QCOMPARE(banks.status, 200);
    QCOMPARE(banks.responseItems(), items);
    const QStringList readPaths{user + u"/monetary-account/%1"_s.arg(accountId),
                                user + u"/monetary-account-bank/%1"_s.arg(accountId)};
    for (const QString &path : readPaths) {
        const RawReply one = fixture.get(session, path);
        QCOMPARE(one.status, 200);
        QCOMPARE(one.responseItems(), items);
        QVERIFY(!one.json().contains(u"Pagination"_s));
        QVERIFY(session.installation.serverKey.verify(
            one.body, one.header("X-Bunq-Server-Signature"_ba)));
    }
}

void TestSandboxMoney::otherUsersIdsNotFound_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path"); // {own}, {other}, {ownAccount}, {otherAccount}
    QTest::addColumn<QString>("expectedDescription");

    const QString userNotFound = u"User not found."_s;
    QTest::newRow("accounts of another user")
        << "GET"_ba << u"/v1/user/{other}/monetary-account"_s << userNotFound;
    QTest::newRow("account under another user's id")
        << "GET"_ba << u"/v1/user/{other}/monetary-account/{otherAccount}"_s << userNotFound;
    QTest::newRow("another user's account under own id")
        << "GET"_ba << u"/v1/user/{own}/monetary-account/{otherAccount}"_s
        << monetaryAccountNotFound;
    QTest::newRow("another user's bank account")
        << "GET"_ba << u"/v1/user/{own}/monetary-account-bank/{otherAccount}"_s
        << monetaryAccountNotFound;
    QTest::newRow("unused account id")
        << "GET"_ba << u"/v1/user/{own}/monetary-account/999999"_s << monetaryAccountNotFound;
    QTest::newRow("account id that is text")
        << "GET"_ba << u"/v1/user/{own}/monetary-account/main"_s << monetaryAccountNotFound;
    QTest::newRow("payments of another user's account")
        << "GET"_ba << u"/v1/user/{own}/monetary-account/{otherAccount}/payment"_s
        << monetaryAccountNotFound;
    QTest::newRow("request-inquiry on another user's account")
        << "POST"_ba << u"/v1/user/{own}/monetary-account/{otherAccount}/request-inquiry"_s
        << monetaryAccountNotFound;
    QTest::newRow("payment that is not on the account")
        << "GET"_ba << u"/v1/user/{own}/monetary-account/{ownAccount}/payment/999999"_s
        << u"Payment not found."_s;
}

void TestSandboxMoney::otherUsersIdsNotFound()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QString, expectedDescription);

    SandboxFixture &fixture = m_fixture;
    const OpenedSession own = fixture.openSession(m_clientKey);
    const OpenedSession other = fixture.openSession(m_clientKey);
    QVERIFY(!own.token().isEmpty());
    QVERIFY(!other.token().isEmpty());
    path.replace(u"{own}"_s, QString::number(own.userId))
        .replace(u"{other}"_s, QString::number(other.userId))
        .replace(u"{ownAccount}"_s, QString::number(fixture.firstAccountId(own)))
        .replace(u"{otherAccount}"_s, QString::number(fixture.firstAccountId(other)));

    const RawReply reply = fixture.send(method, own, path, sugarDaddyRequest(u"1.00"_s), false);

    QCOMPARE(reply.status, 404);
    QCOMPARE(reply.errorDescription(), expectedDescription);
}

void TestSandboxMoney::requestInquiryChecks_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<int>("expectedStatus");
    QTest::addColumn<QString>("expectedDescription");

    const QJsonObject valid = sugarDaddyRequest(u"10.00"_s);
    const auto without = [&](const QString &field) {
        QJsonObject body = valid;
        body.remove(field);
        return body;
    };
    const auto with = [&](const QString &field, const QJsonValue &value) {
        QJsonObject body = valid;
        body.insert(field, value);
        return body;
    };
    const auto amount = [&](const QJsonValue &value, const QJsonValue &currency) {
        QJsonObject amountObject{{u"value"_s, value}, {u"currency"_s, currency}};
        if (value.isUndefined())
            amountObject.remove(u"value"_s);
        if (currency.isUndefined())
            amountObject.remove(u"currency"_s);
        return with(u"amount_inquired"_s, amountObject);
    };
    const QString tooHigh =
        u"sugardaddy@bunq.com gives at most EUR 500.00 per request-inquiry. Ask for EUR 500.00 "
        u"or less, and send more requests for more money."_s;

    QTest::newRow("valid") << valid << 200 << QString();
    QTest::newRow("exactly 500.00") << amount(u"500.00"_s, u"EUR"_s) << 200 << QString();
    QTest::newRow("one cent") << amount(u"0.01"_s, u"EUR"_s) << 200 << QString();
    QTest::newRow("whole euros without decimals") << amount(u"25"_s, u"EUR"_s) << 200 << QString();
    QTest::newRow("without description") << without(u"description"_s) << 200 << QString();
    QTest::newRow("allow_bunqme true") << with(u"allow_bunqme"_s, true) << 200 << QString();
    QTest::newRow("email in other case")
        << with(u"counterparty_alias"_s,
                QJsonObject{{u"type"_s, u"EMAIL"_s}, {u"value"_s, u"SugarDaddy@bunq.com"_s}})
        << 200 << QString();
    QTest::newRow("500.01") << amount(u"500.01"_s, u"EUR"_s) << 400 << tooHigh;
    QTest::newRow("1000") << amount(u"1000"_s, u"EUR"_s) << 400 << tooHigh;
    QTest::newRow("missing allow_bunqme")
        << without(u"allow_bunqme"_s) << 400 << fieldMissing(u"allow_bunqme"_s);
    QTest::newRow("allow_bunqme as text")
        << with(u"allow_bunqme"_s, u"false"_s) << 400
        << u"The field \"allow_bunqme\" must be true or false."_s;
    QTest::newRow("missing amount_inquired")
        << without(u"amount_inquired"_s) << 400 << fieldMissing(u"amount_inquired"_s);
    QTest::newRow("amount_inquired as text")
        << with(u"amount_inquired"_s, u"10.00"_s) << 400
        << u"The field \"amount_inquired\" must be a JSON object."_s;
    QTest::newRow("missing value") << amount(QJsonValue::Undefined, u"EUR"_s) << 400
                                   << fieldMissing(u"amount_inquired.value"_s);
    QTest::newRow("value as number") << amount(10, u"EUR"_s) << 400
                                     << amountInvalid(u"amount_inquired.value"_s, u"10"_s);
    QTest::newRow("value as words") << amount(u"ten"_s, u"EUR"_s) << 400
                                    << amountInvalid(u"amount_inquired.value"_s, u"ten"_s);
    QTest::newRow("three decimals") << amount(u"10.001"_s, u"EUR"_s) << 400
                                    << amountInvalid(u"amount_inquired.value"_s, u"10.001"_s);
    QTest::newRow("negative") << amount(u"-5.00"_s, u"EUR"_s) << 400
                              << amountInvalid(u"amount_inquired.value"_s, u"-5.00"_s);
    QTest::newRow("zero") << amount(u"0.00"_s, u"EUR"_s) << 400
                          << u"The field \"amount_inquired.value\" must be more than 0.00."_s;
    QTest::newRow("missing currency") << amount(u"10.00"_s, QJsonValue::Undefined) << 400
                                      << fieldMissing(u"amount_inquired.currency"_s);
    QTest::newRow("dollars")
        << amount(u"10.00"_s, u"USD"_s) << 400
        << u"The field \"amount_inquired.currency\" must be \"EUR\", not \"USD\": the sandbox "
           u"only handles euros."_s;
    QTest::newRow("missing counterparty_alias")
        << without(u"counterparty_alias"_s) << 400 << fieldMissing(u"counterparty_alias"_s);
    QTest::newRow("another email")
        << with(u"counterparty_alias"_s,
                QJsonObject{{u"type"_s, u"EMAIL"_s}, {u"value"_s, u"friend@example.com"_s}})
        << 400 << counterpartyNotSugarDaddy;
    QTest::newRow("an IBAN")
        << with(u"counterparty_alias"_s, QJsonObject{{u"type"_s, u"IBAN"_s},
                                                     {u"value"_s, u"NL02ABNA0123456789"_s}})
        << 400 << counterpartyNotSugarDaddy;
    QTest::newRow("description as number")
        << with(u"description"_s, 5) << 400
        << u"The field \"description\" must be a string."_s;
}

void TestSandboxMoney::requestInquiryChecks()
{
    QFETCH(QJsonObject, body);
    QFETCH(int, expectedStatus);
    QFETCH(QString, expectedDescription);

    SandboxFixture &fixture = m_fixture;
    QString account;
    const OpenedSession session = openWithAccount(fixture, account);
    QVERIFY(!account.isEmpty());

    const RawReply reply =
        fixture.send("POST"_ba, session, account + u"/request-inquiry"_s, body, false);

    QCOMPARE(reply.status, expectedStatus);
    if (expectedStatus == 200) {
        const QJsonArray items = reply.responseItems();
        QCOMPARE(items.size(), 1);
        QCOMPARE(itemType(items.at(0)), u"Id"_s);
        QVERIFY(items.at(0)[u"Id"_s][u"id"_s].toInteger() > 0);
    } else {
        QCOMPARE(reply.errorDescription(), expectedDescription);
    }
}

void TestSandboxMoney::requestInquiryAcceptedAutomatically()
{
    SandboxFixture &fixture = m_fixture;
    QString account;
    const OpenedSession session = openWithAccount(fixture, account);
    QVERIFY(!account.isEmpty());
    const auto balance = [&] {
        return fixture.get(session, account).responseItems().at(0)[u"MonetaryAccountBank"_s]
                                                                 [u"balance"_s][u"value"_s]
            .toString();
    };

    QCOMPARE(fixture.send("POST"_ba, session, account + u"/request-inquiry"_s,
                          sugarDaddyRequest(u"500.00"_s), false)
                 .status,
             200);
    QCOMPARE(fixture.send("POST"_ba, session, account + u"/request-inquiry"_s,
                          sugarDaddyRequest(u"12.34"_s), false)
                 .status,
             200);
    const QString atOnce = balance();
    fixture.clock->advanceMilliseconds(499);
    const QString after499Ms = balance();
    fixture.clock->advanceMilliseconds(1);
    const QString after500Ms = balance();

    QCOMPARE(atOnce, u"0.00"_s);
    QCOMPARE(after499Ms, u"0.00"_s);
    QCOMPARE(after500Ms, u"512.34"_s);
}

void TestSandboxMoney::acceptedInquiryCreditsPayment()
{
    SandboxFixture &fixture = m_fixture;
    QString account;
    const OpenedSession session = openWithAccount(fixture, account);
    QVERIFY(!account.isEmpty());
    const QDateTime requested = fixture.clock->now();

    QCOMPARE(fixture.send("POST"_ba, session, account + u"/request-inquiry"_s,
                          sugarDaddyRequest(u"100.00"_s, u"Groceries"_s), false)
                 .status,
             200);
    const RawReply before = fixture.get(session, account + u"/payment"_s);
    fixture.clock->advance(1);
    const RawReply after = fixture.get(session, account + u"/payment"_s);

    QCOMPARE(before.status, 200);
    QCOMPARE(before.responseItems(), QJsonArray());
    QCOMPARE(after.status, 200);
    QCOMPARE(after.responseItems().size(), 1);
    const QJsonObject payment = after.responseItems().at(0)[u"Payment"_s].toObject();
    QCOMPARE(payment[u"amount"_s].toObject(),
             (QJsonObject{{u"value"_s, u"100.00"_s}, {u"currency"_s, u"EUR"_s}}));
    QCOMPARE(payment[u"description"_s].toString(), u"Groceries"_s);
    QCOMPARE(payment[u"type"_s].toString(), u"BUNQ"_s);
    QCOMPARE(payment[u"sub_type"_s].toString(), u"REQUEST"_s);
    QCOMPARE(payment[u"counterparty_alias"_s][u"display_name"_s].toString(), u"Sugar Daddy"_s);
    QCOMPARE(ibanRemainder(payment[u"counterparty_alias"_s][u"iban"_s].toString()), 1);
    QCOMPARE(payment[u"created"_s].toString(),
             requested.addMSecs(500).toString(u"yyyy-MM-dd hh:mm:ss.zzz000"_s));
    QCOMPARE(payment[u"balance_after_mutation"_s][u"value"_s].toString(), u"100.00"_s);

    const qint64 paymentId = payment[u"id"_s].toInteger();
    const RawReply one = fixture.get(session, account + u"/payment/%1"_s.arg(paymentId));
    QCOMPARE(one.status, 200);
    QCOMPARE(one.responseItems(), after.responseItems());
}

void TestSandboxMoney::paymentPagination()
{
    SandboxFixture &fixture = m_fixture;
    QString account;
    const OpenedSession session = openWithAccount(fixture, account);
    QVERIFY(!account.isEmpty());
    for (int i = 1; i <= 25; ++i) {
        const RawReply reply = fixture.send(
            "POST"_ba, session, account + u"/request-inquiry"_s,
            sugarDaddyRequest(u"%1.00"_s.arg(i), u"payment %1"_s.arg(i)), false);
        QCOMPARE(reply.status, 200);
    }
    fixture.clock->advance(1);
    const QString path = account + u"/payment"_s;
    const auto url = [&](const RawReply &reply, const QString &name) {
        return reply.json()[u"Pagination"_s][name].toString();
    };
    const auto idOf = [](const RawReply &reply, int index) {
        return reply.responseItems().at(index)[u"Payment"_s][u"id"_s].toInteger();
    };

    // Newest page: future_url for polling, no newer_url.
    const RawReply newest = fixture.get(session, path + u"?count=10"_s);
    QCOMPARE(newest.status, 200);
    QCOMPARE(descriptions(newest.responseItems()), numbered(25, 16));
    QCOMPARE(url(newest, u"future_url"_s),
             path + u"?count=10&newer_id=%1"_s.arg(idOf(newest, 0)));
    QVERIFY(newest.json()[u"Pagination"_s][u"newer_url"_s].isNull());
    QCOMPARE(url(newest, u"older_url"_s), path + u"?count=10&older_id=%1"_s.arg(idOf(newest, 9)));
    // The URLs arrive with their slashes escaped, as bunq writes them.
    QVERIFY(newest.body.contains(
        (u"\"older_url\":\""_s + QString(path).replace(u"/"_s, u"\\/"_s)).toLatin1()));

    // Two pages back through older_url.
    const RawReply middle = fixture.get(session, url(newest, u"older_url"_s));
    QCOMPARE(descriptions(middle.responseItems()), numbered(15, 6));
    QVERIFY(middle.json()[u"Pagination"_s][u"future_url"_s].isNull());
    QCOMPARE(url(middle, u"newer_url"_s), path + u"?count=10&newer_id=%1"_s.arg(idOf(middle, 0)));
    const RawReply oldest = fixture.get(session, url(middle, u"older_url"_s));
    QCOMPARE(descriptions(oldest.responseItems()), numbered(5, 1));
    QVERIFY(oldest.json()[u"Pagination"_s][u"older_url"_s].isNull());
    QVERIFY(oldest.json()[u"Pagination"_s][u"future_url"_s].isNull());

    // And forward again through newer_url, back to the newest page.
    const RawReply middleAgain = fixture.get(session, url(oldest, u"newer_url"_s));
    QCOMPARE(descriptions(middleAgain.responseItems()), numbered(15, 6));
    const RawReply newestAgain = fixture.get(session, url(middleAgain, u"newer_url"_s));
    QCOMPARE(descriptions(newestAgain.responseItems()), numbered(25, 16));
    QVERIFY(newestAgain.json()[u"Pagination"_s][u"newer_url"_s].isNull());
    QCOMPARE(url(newestAgain, u"future_url"_s), url(newest, u"future_url"_s));

    // Polling future_url finds nothing new until a new payment arrives.
    const RawReply nothingNew = fixture.get(session, url(newest, u"future_url"_s));
    QCOMPARE(nothingNew.responseItems(), QJsonArray());
    QCOMPARE(url(nothingNew, u"future_url"_s), url(newest, u"future_url"_s));
}

void TestSandboxMoney::paginationParameters_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("expectedStatus");
    QTest::addColumn<int>("expectedItems");
    QTest::addColumn<QString>("expectedDescription");

    const auto countInvalid = [](const QString &value) {
        return u"The count parameter must be a whole number from 1 to 200, not \"%1\"."_s.arg(
            value);
    };
    QTest::newRow("default count of 10") << QString() << 200 << 10 << QString();
    QTest::newRow("count 1") << u"?count=1"_s << 200 << 1 << QString();
    QTest::newRow("count 200, the maximum") << u"?count=200"_s << 200 << 12 << QString();
    QTest::newRow("count 201") << u"?count=201"_s << 400 << 0 << countInvalid(u"201"_s);
    QTest::newRow("count 0") << u"?count=0"_s << 400 << 0 << countInvalid(u"0"_s);
    QTest::newRow("count -1") << u"?count=-1"_s << 400 << 0 << countInvalid(u"-1"_s);
    QTest::newRow("count as words") << u"?count=ten"_s << 400 << 0 << countInvalid(u"ten"_s);
    QTest::newRow("older_id as words")
        << u"?older_id=last"_s << 400 << 0
        << u"The older_id parameter must be the id of an item from an earlier page, not "
           u"\"last\"."_s;
    QTest::newRow("both older_id and newer_id")
        << u"?older_id=5&newer_id=3"_s << 400 << 0
        << u"Use older_id or newer_id, not both in one request."_s;
    QTest::newRow("older than everything") << u"?older_id=1"_s << 200 << 0 << QString();
    QTest::newRow("unknown parameters are ignored") << u"?colour=blue"_s << 200 << 10 << QString();
}

void TestSandboxMoney::paginationParameters()
{
    QFETCH(QString, query);
    QFETCH(int, expectedStatus);
    QFETCH(int, expectedItems);
    QFETCH(QString, expectedDescription);

    SandboxFixture &fixture = m_fixture;
    QString account;
    const OpenedSession session = openWithAccount(fixture, account);
    QVERIFY(!account.isEmpty());
    for (int i = 1; i <= 12; ++i) {
        QCOMPARE(fixture.send("POST"_ba, session, account + u"/request-inquiry"_s,
                              sugarDaddyRequest(u"1.00"_s), false)
                     .status,
                 200);
    }
    fixture.clock->advance(1);

    const RawReply reply = fixture.get(session, account + u"/payment"_s + query);

    QCOMPARE(reply.status, expectedStatus);
    if (expectedStatus != 200) {
        QCOMPARE(reply.errorDescription(), expectedDescription);
        return;
    }
    QCOMPARE(reply.responseItems().size(), expectedItems);
    if (query.isEmpty()) {
        QVERIFY(reply.json()[u"Pagination"_s][u"older_url"_s].toString().contains(
            u"?count=10&older_id="_s));
    }
}

void TestSandboxMoney::emptyPaymentList()
{
    SandboxFixture &fixture = m_fixture;
    QString account;
    const OpenedSession session = openWithAccount(fixture, account);
    QVERIFY(!account.isEmpty());

    const RawReply reply = fixture.get(session, account + u"/payment"_s);

    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.responseItems(), QJsonArray());
    const QJsonObject pagination = reply.json()[u"Pagination"_s].toObject();
    QVERIFY(pagination[u"older_url"_s].isNull());
    QVERIFY(pagination[u"newer_url"_s].isNull());
    QCOMPARE(pagination[u"future_url"_s].toString(),
             account + u"/payment?count=10&newer_id=0"_s);
    // Response comes first in the body, Pagination after it.
    QVERIFY(reply.body.startsWith("{\"Response\":[],\"Pagination\":{"));
}

void TestSandboxMoney::paymentCreation_data()
{
    QTest::addColumn<QString>("signature"); // "valid", "absent", "empty", "wrong key", "other bytes"
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<int>("expectedStatus");
    QTest::addColumn<QString>("expectedDescription");
    QTest::addColumn<QString>("expectedBalance");

    const QJsonObject payBack = sugarDaddyPayment(u"10.00"_s);
    QTest::newRow("signed, enough money") << u"valid"_s << payBack << 200 << QString()
                                          << u"90.00"_s;
    QTest::newRow("the whole balance") << u"valid"_s << sugarDaddyPayment(u"100.00"_s) << 200
                                       << QString() << u"0.00"_s;
    QTest::newRow("missing signature")
        << u"absent"_s << payBack << 466 << signatureRequired << u"100.00"_s;
    QTest::newRow("empty signature")
        << u"empty"_s << payBack << 466 << signatureRequired << u"100.00"_s;
    QTest::newRow("signature by another key")
        << u"wrong key"_s << payBack << 400 << signatureInvalid << u"100.00"_s;
    QTest::newRow("signature over other bytes")
        << u"other bytes"_s << payBack << 400 << signatureInvalid << u"100.00"_s;
    QTest::newRow("more than the balance")
        << u"valid"_s << sugarDaddyPayment(u"100.01"_s) << 400
        << u"Insufficient funds: monetary account {account} has EUR 100.00, less than the EUR "
           u"100.01 of this payment. Request money from sugardaddy@bunq.com first."_s
        << u"100.00"_s;
    QJsonObject toFriend = payBack;
    toFriend.insert(u"counterparty_alias"_s, QJsonObject{{u"type"_s, u"EMAIL"_s},
                                                         {u"value"_s, u"friend@example.com"_s}});
    QTest::newRow("to another counterparty")
        << u"valid"_s << toFriend << 400 << counterpartyNotSugarDaddy << u"100.00"_s;
    QJsonObject withoutAmount = payBack;
    withoutAmount.remove(u"amount"_s);
    QTest::newRow("missing amount")
        << u"valid"_s << withoutAmount << 400 << fieldMissing(u"amount"_s) << u"100.00"_s;
}

void TestSandboxMoney::paymentCreation()
{
    QFETCH(QString, signature);
    QFETCH(QJsonObject, body);
    QFETCH(int, expectedStatus);
    QFETCH(QString, expectedDescription);
    QFETCH(QString, expectedBalance);

    SandboxFixture &fixture = m_fixture;
    QString account;
    const OpenedSession session = openWithAccount(fixture, account);
    QVERIFY(!account.isEmpty());
    fund(fixture, session, account, u"100.00"_s);
    const QByteArray bytes = compactJson(body);
    Headers headers = authHeader(session.token());
    if (signature == u"valid"_s)
        headers.append({"X-Bunq-Client-Signature"_ba, sign(m_clientKey, bytes)});
    else if (signature == u"empty"_s)
        headers.append({"X-Bunq-Client-Signature"_ba, QByteArray()});
    else if (signature == u"wrong key"_s)
        headers.append({"X-Bunq-Client-Signature"_ba, sign(m_otherKey, bytes)});
    else if (signature == u"other bytes"_s)
        headers.append({"X-Bunq-Client-Signature"_ba, sign(m_clientKey, bytes + ' ')});

    const RawReply reply =
        fixture.client->send("POST"_ba, account + u"/payment"_s, headers, bytes);

    QCOMPARE(reply.status, expectedStatus);
    QVERIFY(session.installation.serverKey.verify(reply.body,
                                                  reply.header("X-Bunq-Server-Signature"_ba)));
    if (expectedStatus != 200) {
        QCOMPARE(reply.errorDescription(),
                 QString(expectedDescription).replace(u"{account}"_s, account.section(u'/', -1)));
    }
    const RawReply accountReply = fixture.get(session, account);
    QCOMPARE(accountReply.responseItems().at(0)[u"MonetaryAccountBank"_s][u"balance"_s]
                                                                         [u"value"_s]
                 .toString(),
             expectedBalance);
    if (expectedStatus == 200) {
        const qint64 id = reply.responseItems().at(0)[u"Id"_s][u"id"_s].toInteger();
        const RawReply list = fixture.get(session, account + u"/payment"_s);
        const QJsonObject newest = list.responseItems().at(0)[u"Payment"_s].toObject();
        QCOMPARE(newest[u"id"_s].toInteger(), id);
        QCOMPARE(newest[u"amount"_s][u"value"_s].toString(),
                 u"-"_s + body[u"amount"_s][u"value"_s].toString());
        QCOMPARE(newest[u"sub_type"_s].toString(), u"PAYMENT"_s);
        QCOMPARE(newest[u"balance_after_mutation"_s][u"value"_s].toString(), expectedBalance);
    }
}

void TestSandboxMoney::requestResponseSignature_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("signature");
    QTest::addColumn<int>("expectedStatus");
    QTest::addColumn<QString>("expectedDescription");

    const QString notFound =
        u"Request response not found. The local sandbox has no other users, so nobody has sent "
        u"you a request to accept."_s;
    QTest::newRow("accept, unsigned") << u"ACCEPTED"_s << u"absent"_s << 466 << signatureRequired;
    QTest::newRow("accept, wrong signature")
        << u"ACCEPTED"_s << u"wrong key"_s << 400 << signatureInvalid;
    QTest::newRow("accept, signed") << u"ACCEPTED"_s << u"valid"_s << 404 << notFound;
    QTest::newRow("reject, unsigned") << u"REJECTED"_s << u"absent"_s << 404 << notFound;
    QTest::newRow("no status") << QString() << u"valid"_s << 400 << fieldMissing(u"status"_s);
}

void TestSandboxMoney::requestResponseSignature()
{
    QFETCH(QString, status);
    QFETCH(QString, signature);
    QFETCH(int, expectedStatus);
    QFETCH(QString, expectedDescription);

    SandboxFixture &fixture = m_fixture;
    QString account;
    const OpenedSession session = openWithAccount(fixture, account);
    QVERIFY(!account.isEmpty());
    const QByteArray body =
        status.isEmpty() ? "{}"_ba : compactJson({{u"status"_s, status}});
    Headers headers = authHeader(session.token());
    if (signature == u"valid"_s)
        headers.append({"X-Bunq-Client-Signature"_ba, sign(m_clientKey, body)});
    else if (signature == u"wrong key"_s)
        headers.append({"X-Bunq-Client-Signature"_ba, sign(m_otherKey, body)});

    const RawReply reply =
        fixture.client->send("PUT"_ba, account + u"/request-response/77"_s, headers, body);

    QCOMPARE(reply.status, expectedStatus);
    QCOMPARE(reply.errorDescription(), expectedDescription);
}

void TestSandboxMoney::signatureIgnoredElsewhere()
{
    SandboxFixture &fixture = m_fixture;
    QString account;
    const OpenedSession session = openWithAccount(fixture, account);
    QVERIFY(!account.isEmpty());
    const Headers garbage{{"X-Bunq-Client-Signature"_ba, "not a signature"_ba}};
    const QByteArray inquiry = compactJson(sugarDaddyRequest(u"1.00"_s));
    const Headers wrongKey{{"X-Bunq-Client-Signature"_ba, sign(m_otherKey, inquiry)}};

    QCOMPARE(fixture.get(session, account, garbage).status, 200);
    QCOMPARE(fixture.get(session, account + u"/payment"_s, garbage).status, 200);
    QCOMPARE(fixture.client
                 ->send("POST"_ba, account + u"/request-inquiry"_s,
                        authHeader(session.token()) + wrongKey, inquiry)
                 .status,
             200);
}

void TestSandboxMoney::dutchTexts_data()
{
    QTest::addColumn<QString>("path"); // relative to the account
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QString>("expectedDutch");

    QJsonObject withoutFlag = sugarDaddyRequest(u"1.00"_s);
    withoutFlag.remove(u"allow_bunqme"_s);
    QJsonObject toFriend = sugarDaddyRequest(u"1.00"_s);
    toFriend.insert(u"counterparty_alias"_s,
                    QJsonObject{{u"type"_s, u"EMAIL"_s}, {u"value"_s, u"a@example.com"_s}});

    QTest::newRow("field missing") << u"/request-inquiry"_s << withoutFlag
                                   << u"Het veld \"allow_bunqme\" ontbreekt in de body van het "
                                      u"verzoek."_s;
    QTest::newRow("more than 500")
        << u"/request-inquiry"_s << sugarDaddyRequest(u"600.00"_s)
        << u"sugardaddy@bunq.com geeft hoogstens EUR 500.00 per betaalverzoek. Vraag om EUR "
           u"500.00 of minder, en stuur meer verzoeken voor meer geld."_s;
    QTest::newRow("not sugardaddy")
        << u"/request-inquiry"_s << toFriend
        << u"De sandbox heeft geen andere gebruikers, dus counterparty_alias moet de geldbron van "
           u"de sandbox zijn: {\"type\":\"EMAIL\",\"value\":\"sugardaddy@bunq.com\"}."_s;
    QTest::newRow("count too high")
        << u"/payment?count=500"_s << QJsonObject()
        << u"De parameter count moet een geheel getal van 1 tot en met 200 zijn, niet \"500\"."_s;
    QTest::newRow("account not found")
        << u"/../999999"_s << QJsonObject() << u"Rekening niet gevonden."_s;
    QTest::newRow("payment unsigned")
        << u"/payment"_s << sugarDaddyPayment(u"1.00"_s)
        << u"Voor deze handeling is een handtekening van het verzoek vereist. Bekijk de urls voor "
           u"meer informatie."_s;
}

void TestSandboxMoney::dutchTexts()
{
    QFETCH(QString, path);
    QFETCH(QJsonObject, body);
    QFETCH(QString, expectedDutch);

    SandboxFixture &fixture = m_fixture;
    QString account;
    const OpenedSession session = openWithAccount(fixture, account);
    QVERIFY(!account.isEmpty());
    const Headers dutch{{"X-Bunq-Language"_ba, "nl_NL"_ba}};
    QString target = account + path;
    if (path.startsWith(u"/.."_s))
        target = account.section(u'/', 0, -2) + path.mid(3);

    const RawReply reply = body.isEmpty()
                               ? fixture.get(session, target, dutch)
                               : fixture.send("POST"_ba, session, target, body, false, dutch);

    QVERIFY(reply.status >= 400);
    QCOMPARE(reply.errorTranslated(), expectedDutch);
    QVERIFY(reply.errorDescription() != expectedDutch);
}

QTEST_GUILESS_MAIN(TestSandboxMoney)
#include "tst_sandbox_money.moc"
