// SPDX-License-Identifier: GPL-3.0-or-later
#include "onboarding/ResponseParsers.h"

#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace studio::onboarding;

namespace {

QJsonArray items(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object().value(u"Response"_s).toArray();
}

const QByteArray idAndToken =
    R"({"Id":{"id":7}},{"Token":{"id":7,"created":"2026-12-04 19:47:30.123456","updated":"2026-12-04 19:47:30.123456","token":"abc123"}})";

} // namespace

class TestResponseParsers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsSandboxUser();
    void readsInstallation();
    void rejectsInstallationOutOfOrder();
    void readsSessionUserKinds_data();
    void readsSessionUserKinds();
    void rejectsSessionWithoutTimeout_data();
    void rejectsSessionWithoutTimeout();
    void parsesTimestamps_data();
    void parsesTimestamps();
};

void TestResponseParsers::readsSandboxUser()
{
    const auto key = parseSandboxUserReply(items(R"({"Response":[{"ApiKey":{"api_key":"sandbox_x"}}]})"));

    QVERIFY(key.ok());
    QCOMPARE(key.value(), "sandbox_x");
    QVERIFY(!parseSandboxUserReply(items(R"({"Response":[{"Id":{"id":1}}]})")).ok());
}

void TestResponseParsers::readsInstallation()
{
    const auto reply = parseInstallationReply(items(
        R"({"Response":[{"Id":{"id":3}},{"Token":{"id":4,"token":"t0k"}},{"ServerPublicKey":{"server_public_key":"-----BEGIN PUBLIC KEY-----\nAA==\n-----END PUBLIC KEY-----\n"}}]})"));

    QVERIFY(reply.ok());
    QCOMPARE(reply.value().id, 3);
    QCOMPARE(reply.value().token, "t0k");
    QVERIFY(reply.value().serverPublicKeyPem.startsWith("-----BEGIN PUBLIC KEY-----\n"));
}

void TestResponseParsers::rejectsInstallationOutOfOrder()
{
    const auto reply = parseInstallationReply(items(
        R"({"Response":[{"Token":{"id":4,"token":"t0k"}},{"Id":{"id":3}},{"ServerPublicKey":{"server_public_key":"x"}}]})"));

    QVERIFY(!reply.ok());
    QVERIFY2(reply.error().contains(u"\"Id\""_s), qPrintable(reply.error()));
}

void TestResponseParsers::readsSessionUserKinds_data()
{
    QTest::addColumn<QByteArray>("user");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<qint64>("id");
    QTest::addColumn<QString>("name");
    QTest::addColumn<qint64>("timeout");

    QTest::newRow("UserPerson")
        << R"({"UserPerson":{"id":11,"display_name":"Ada Example","session_timeout":604800}})"_ba
        << u"UserPerson"_s << qint64(11) << u"Ada Example"_s << qint64(604800);
    QTest::newRow("UserCompany")
        << R"({"UserCompany":{"id":12,"name":"Example B.V.","session_timeout":3600}})"_ba
        << u"UserCompany"_s << qint64(12) << u"Example B.V."_s << qint64(3600);
    QTest::newRow("UserPaymentServiceProvider")
        << R"({"UserPaymentServiceProvider":{"id":13,"public_nick_name":"PSP","session_timeout":7776000}})"_ba
        << u"UserPaymentServiceProvider"_s << qint64(13) << u"PSP"_s << qint64(7776000);
    QTest::newRow("UserApiKey takes timeout from requested_by_user")
        << R"({"UserApiKey":{"id":14,"requested_by_user":{"UserPerson":{"id":20,"display_name":"Requester","session_timeout":1800}},"granted_by_user":{"UserCompany":{"id":21,"display_name":"Granter Ltd"}}}})"_ba
        << u"UserApiKey"_s << qint64(14) << u"Granter Ltd"_s << qint64(1800);
}

void TestResponseParsers::readsSessionUserKinds()
{
    QFETCH(QByteArray, user);
    QFETCH(QString, kind);
    QFETCH(qint64, id);
    QFETCH(QString, name);
    QFETCH(qint64, timeout);

    const auto reply = parseSessionReply(items("{\"Response\":[" + idAndToken + ',' + user + "]}"));

    QVERIFY2(reply.ok(), qPrintable(reply.ok() ? QString() : reply.error()));
    QCOMPARE(reply.value().user.kind, kind);
    QCOMPARE(reply.value().user.id, id);
    QCOMPARE(reply.value().user.displayName, name);
    QCOMPARE(reply.value().sessionTimeoutSeconds, timeout);
    QCOMPARE(reply.value().token, "abc123");
    QCOMPARE(reply.value().created,
             QDateTime(QDate(2026, 12, 4), QTime(19, 47, 30, 123), QTimeZone::utc()));
}

void TestResponseParsers::rejectsSessionWithoutTimeout_data()
{
    QTest::addColumn<QByteArray>("user");
    QTest::addColumn<QString>("expectedError");

    QTest::newRow("no timeout") << R"({"UserPerson":{"id":11}})"_ba << u"session_timeout"_s;
    QTest::newRow("UserApiKey without requester")
        << R"({"UserApiKey":{"id":14}})"_ba << u"requested_by_user"_s;
    QTest::newRow("unknown user kind")
        << R"({"UserLight":{"id":1,"session_timeout":5}})"_ba << u"UserLight"_s;
    QTest::newRow("no id") << R"({"UserPerson":{"session_timeout":5}})"_ba << u"id"_s;
}

void TestResponseParsers::rejectsSessionWithoutTimeout()
{
    QFETCH(QByteArray, user);
    QFETCH(QString, expectedError);

    const auto reply = parseSessionReply(items("{\"Response\":[" + idAndToken + ',' + user + "]}"));

    QVERIFY(!reply.ok());
    QVERIFY2(reply.error().contains(expectedError), qPrintable(reply.error()));
}

void TestResponseParsers::parsesTimestamps_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("expected");

    const QDate day(2026, 12, 4);
    QTest::newRow("microseconds")
        << u"2026-12-04 01:02:03.456789"_s << QDateTime(day, QTime(1, 2, 3, 456), QTimeZone::utc());
    QTest::newRow("no fraction")
        << u"2026-12-04 01:02:03"_s << QDateTime(day, QTime(1, 2, 3), QTimeZone::utc());
    QTest::newRow("one digit fraction")
        << u"2026-12-04 01:02:03.5"_s << QDateTime(day, QTime(1, 2, 3, 500), QTimeZone::utc());
    QTest::newRow("garbage") << u"yesterday"_s << QDateTime();
    QTest::newRow("bad fraction") << u"2026-12-04 01:02:03.abc"_s << QDateTime();
}

void TestResponseParsers::parsesTimestamps()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, expected);

    QCOMPARE(parseBunqTimestamp(text), expected);
}

QTEST_GUILESS_MAIN(TestResponseParsers)
#include "tst_responseparsers.moc"
