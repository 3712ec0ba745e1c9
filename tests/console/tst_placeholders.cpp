// SPDX-License-Identifier: GPL-3.0-or-later
#include "console/Placeholders.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace studio;
using namespace studio::console;

class TestPlaceholders : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void namesInOrder_data();
    void namesInOrder();
    void setValueAndCandidates();
    void emptyValueClearsCurrent();
    void candidatesAreCapped();
    void fillsKnownValues();
    void reportsMissingValues();
    void encodesOddValues();
    void learnsFromSession();
    void learnsAccountsFromList();
    void keepsChosenValueOnList();
    void learnsIdsFromPath();
    void learnsCreatedId();
    void learnsFromFullUrl();
    void learnsPaymentsAndUserTypes();
    void learnsAttachmentUuid();
    void failedResultTeachesNothing();
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

void TestPlaceholders::namesInOrder_data()
{
    QTest::addColumn<QString>("pathTemplate");
    QTest::addColumn<QStringList>("names");

    QTest::newRow("none") << u"/v1/user"_s << QStringList{};
    QTest::newRow("one") << u"/v1/user/{userId}"_s << QStringList{u"userId"_s};
    QTest::newRow("three")
        << u"/v1/user/{userId}/monetary-account/{monetaryAccountId}/payment/{paymentId}"_s
        << QStringList{u"userId"_s, u"monetaryAccountId"_s, u"paymentId"_s};
    QTest::newRow("repeated") << u"/v1/a/{x}/b/{x}"_s << QStringList{u"x"_s};
    QTest::newRow("not a name") << u"/v1/a/{}/b/{1x}"_s << QStringList{};
}

void TestPlaceholders::namesInOrder()
{
    QFETCH(QString, pathTemplate);
    QFETCH(QStringList, names);
    QCOMPARE(placeholderNames(pathTemplate), names);
}

void TestPlaceholders::setValueAndCandidates()
{
    PlaceholderValues values;
    QCOMPARE(values.value(u"userId"_s), QString());

    values.set(u"userId"_s, u"12"_s);
    values.set(u"userId"_s, u"13"_s);
    values.set(u"userId"_s, u"12"_s);

    QCOMPARE(values.value(u"userId"_s), u"12"_s);
    QCOMPARE(values.candidates(u"userId"_s), (QStringList{u"12"_s, u"13"_s}));
    QCOMPARE(values.names(), QStringList{u"userId"_s});
}

void TestPlaceholders::emptyValueClearsCurrent()
{
    PlaceholderValues values;
    values.set(u"paymentId"_s, u"5"_s);
    values.set(u"paymentId"_s, QString());

    QCOMPARE(values.value(u"paymentId"_s), QString());
    QCOMPARE(values.candidates(u"paymentId"_s), QStringList{u"5"_s});
}

void TestPlaceholders::candidatesAreCapped()
{
    PlaceholderValues values;
    for (int i = 1; i <= PlaceholderValues::maximumCandidates + 10; ++i)
        values.set(u"eventId"_s, QString::number(i));

    const QStringList candidates = values.candidates(u"eventId"_s);
    QCOMPARE(candidates.size(), PlaceholderValues::maximumCandidates);
    QCOMPARE(candidates.constFirst(), QString::number(PlaceholderValues::maximumCandidates + 10));
}

void TestPlaceholders::fillsKnownValues()
{
    PlaceholderValues values;
    values.set(u"userId"_s, u"12"_s);
    values.set(u"monetaryAccountId"_s, u"34"_s);

    const FilledPath filled = fillPlaceholders(
        u"/v1/user/{userId}/monetary-account/{monetaryAccountId}/payment"_s, values);
    QCOMPARE(filled.path, u"/v1/user/12/monetary-account/34/payment"_s);
    QVERIFY(filled.missing.isEmpty());
    QVERIFY(filled.isComplete());
}

void TestPlaceholders::reportsMissingValues()
{
    PlaceholderValues values;
    values.set(u"userId"_s, u"12"_s);

    const FilledPath filled = fillPlaceholders(
        u"/v1/user/{userId}/monetary-account/{monetaryAccountId}/payment/{paymentId}"_s, values);
    QCOMPARE(filled.path,
             u"/v1/user/12/monetary-account/{monetaryAccountId}/payment/{paymentId}"_s);
    QCOMPARE(filled.missing, (QStringList{u"monetaryAccountId"_s, u"paymentId"_s}));
    QVERIFY(!filled.isComplete());
}

void TestPlaceholders::encodesOddValues()
{
    PlaceholderValues values;
    values.set(u"userId"_s, u"1/2?x"_s);

    QCOMPARE(fillPlaceholders(u"/v1/user/{userId}"_s, values).path, u"/v1/user/1%2F2%3Fx"_s);
}

void TestPlaceholders::learnsFromSession()
{
    onboarding::SessionContext context;
    context.user.id = 7;
    context.sessionId = 70;
    context.installationId = 71;
    context.deviceId = 72;

    PlaceholderValues values;
    values.learnFromSession(context);

    QCOMPARE(values.value(u"userId"_s), u"7"_s);
    QCOMPARE(values.value(u"sessionId"_s), u"70"_s);
    QCOMPARE(values.value(u"installationId"_s), u"71"_s);
    QCOMPARE(values.value(u"deviceServerId"_s), u"72"_s);
}

void TestPlaceholders::learnsAccountsFromList()
{
    PlaceholderValues values;
    values.learnFromResult(u"/v1/user/7/monetary-account"_s,
                           resultWith(R"({"Response":[{"MonetaryAccountBank":{"id":31}},
                                    {"MonetaryAccountSavings":{"id":30}}],
                       "Pagination":{"older_url":null}})"_ba));

    QCOMPARE(values.value(u"monetaryAccountId"_s), u"31"_s);
    QCOMPARE(values.candidates(u"monetaryAccountId"_s), (QStringList{u"31"_s, u"30"_s}));
    QCOMPARE(values.value(u"userId"_s), u"7"_s);
}

void TestPlaceholders::keepsChosenValueOnList()
{
    PlaceholderValues values;
    values.set(u"monetaryAccountId"_s, u"30"_s);
    values.learnFromResult(u"/v1/user/7/monetary-account-bank"_s,
                           resultWith(R"({"Response":[{"MonetaryAccountBank":{"id":31}}]})"_ba));

    QCOMPARE(values.value(u"monetaryAccountId"_s), u"30"_s);
    QCOMPARE(values.candidates(u"monetaryAccountId"_s), (QStringList{u"31"_s, u"30"_s}));
}

void TestPlaceholders::learnsIdsFromPath()
{
    PlaceholderValues values;
    values.set(u"monetaryAccountId"_s, u"30"_s);
    values.learnFromResult(u"/v1/user/7/monetary-account/31/payment/99?count=3"_s,
                           resultWith(R"({"Response":[{"Payment":{"id":99}}]})"_ba));

    QCOMPARE(values.value(u"userId"_s), u"7"_s);
    QCOMPARE(values.value(u"monetaryAccountId"_s), u"31"_s);
    QCOMPARE(values.value(u"paymentId"_s), u"99"_s);
}

void TestPlaceholders::learnsCreatedId()
{
    PlaceholderValues values;
    values.set(u"paymentId"_s, u"1"_s);
    values.learnFromResult(u"/v1/user/7/monetary-account/31/payment"_s,
                           resultWith(R"({"Response":[{"Id":{"id":123}}]})"_ba));
    QCOMPARE(values.value(u"paymentId"_s), u"123"_s);

    values.learnFromResult(u"/v1/user/7/monetary-account/31/request-inquiry"_s,
                           resultWith(R"({"Response":[{"Id":{"id":124}}]})"_ba));
    QCOMPARE(values.value(u"requestInquiryId"_s), u"124"_s);

    values.learnFromResult(u"/v1/user/7/monetary-account-bank"_s,
                           resultWith(R"({"Response":[{"Id":{"id":40}}]})"_ba));
    QCOMPARE(values.value(u"monetaryAccountId"_s), u"40"_s);
}

void TestPlaceholders::learnsFromFullUrl()
{
    PlaceholderValues values;
    values.learnFromResult(u"http://127.0.0.1:4000/v1/user/7/monetary-account/31/request-inquiry"_s,
                           resultWith(R"({"Response":[{"Id":{"id":125}}]})"_ba));

    QCOMPARE(values.value(u"userId"_s), u"7"_s);
    QCOMPARE(values.value(u"monetaryAccountId"_s), u"31"_s);
    QCOMPARE(values.value(u"requestInquiryId"_s), u"125"_s);
}

void TestPlaceholders::learnsPaymentsAndUserTypes()
{
    PlaceholderValues values;
    values.learnFromResult(u"/v1/user"_s,
                           resultWith(R"({"Response":[{"UserApiKey":{"id":501}}]})"_ba));
    QCOMPARE(values.value(u"userId"_s), u"501"_s);

    values.learnFromResult(u"/v1/user/501/card"_s,
                           resultWith(R"({"Response":[{"CardDebit":{"id":8}},
                                                      {"CardCredit":{"id":9}}]})"_ba));
    QCOMPARE(values.value(u"cardId"_s), u"8"_s);
    QCOMPARE(values.candidates(u"cardId"_s), (QStringList{u"8"_s, u"9"_s}));

    values.learnFromResult(u"/v1/user/501/event"_s,
                           resultWith(R"({"Response":[{"Event":{"id":77}}]})"_ba));
    QCOMPARE(values.value(u"eventId"_s), u"77"_s);
}

void TestPlaceholders::learnsAttachmentUuid()
{
    PlaceholderValues values;
    const QString uuid = u"0b6c7a0e-31b2-4f55-9e2e-1a2b3c4d5e6f"_s;
    values.learnFromResult(
        u"/v1/attachment-public"_s,
        resultWith(R"({"Response":[{"Uuid":{"uuid":")"_ba + uuid.toLatin1() + R"("}}]})"_ba));
    QCOMPARE(values.value(u"attachmentId"_s), uuid);
}

void TestPlaceholders::failedResultTeachesNothing()
{
    api::ApiResult failed;
    failed.exchange.status = 404;
    failed.exchange.responseBody =
        R"({"Error":[{"error_description":"User not found.","error_description_translated":"x"}]})"_ba;
    api::parseEnvelope(failed);
    QVERIFY(!failed.ok());

    PlaceholderValues values;
    values.learnFromResult(u"/v1/user/9"_s, failed);
    QVERIFY(values.names().isEmpty());
}

QTEST_GUILESS_MAIN(TestPlaceholders)
#include "tst_placeholders.moc"
