// SPDX-License-Identifier: GPL-3.0-or-later
#include "BunqJson.h"

#include <QJsonArray>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace studio::sandbox;

class TestSandboxJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void escaping_data();
    void escaping();
    void outputIsAsciiOnly();
    void timestampFormat_data();
    void timestampFormat();
};

void TestSandboxJson::escaping_data()
{
    QTest::addColumn<QJsonObject>("object");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("plain ASCII") << QJsonObject{{u"a"_s, u"b c"_s}} << R"({"a":"b c"})"_ba;
    QTest::newRow("slash") << QJsonObject{{u"url"_s, u"/v1/user"_s}}
                           << R"({"url":"\/v1\/user"})"_ba;
    QTest::newRow("slash in key") << QJsonObject{{u"a/b"_s, 1}} << R"({"a\/b":1})"_ba;
    QTest::newRow("e with diaeresis")
        << QJsonObject{{u"name"_s, u"Zoë"_s}} << R"({"name":"Zo\u00eb"})"_ba;
    QTest::newRow("euro sign") << QJsonObject{{u"c"_s, u"5 €"_s}} << R"({"c":"5 \u20ac"})"_ba;
    QTest::newRow("emoji as surrogate pair")
        << QJsonObject{{u"e"_s, u"😀"_s}} << R"({"e":"\ud83d\ude00"})"_ba;
    QTest::newRow("mixed run of non-ASCII")
        << QJsonObject{{u"m"_s, u"é€😀x"_s}} << R"({"m":"\u00e9\u20ac\ud83d\ude00x"})"_ba;
    QTest::newRow("newline in PEM")
        << QJsonObject{{u"k"_s, u"a/b\nc"_s}} << R"({"k":"a\/b\nc"})"_ba;
    QTest::newRow("quote and backslash")
        << QJsonObject{{u"q"_s, u"say \"hi\" \\"_s}} << R"({"q":"say \"hi\" \\"})"_ba;
    QTest::newRow("nested array and numbers")
        << QJsonObject{{u"Response"_s, QJsonArray{QJsonObject{{u"id"_s, 604800}}}}}
        << R"({"Response":[{"id":604800}]})"_ba;
    QTest::newRow("empty response")
        << QJsonObject{{u"Response"_s, QJsonArray{}}} << R"({"Response":[]})"_ba;
}

void TestSandboxJson::escaping()
{
    QFETCH(QJsonObject, object);
    QFETCH(QByteArray, expected);

    QCOMPARE(toBunqJson(object), expected);
}

void TestSandboxJson::outputIsAsciiOnly()
{
    const QJsonObject object{{u"names"_s, QJsonArray{u"Björn"_s, u"Grachtenhuis Café"_s, u"😀"_s}}};

    const QByteArray json = toBunqJson(object);

    for (const char byte : json)
        QVERIFY2(static_cast<unsigned char>(byte) < 0x80, json.constData());
}

void TestSandboxJson::timestampFormat_data()
{
    QTest::addColumn<QDateTime>("time");
    QTest::addColumn<QString>("expected");

    QTest::newRow("whole second") << QDateTime(QDate(2026, 1, 15), QTime(10, 0), Qt::UTC)
                                  << u"2026-01-15 10:00:00.000000"_s;
    QTest::newRow("milliseconds") << QDateTime(QDate(2026, 12, 4), QTime(9, 5, 7, 123), Qt::UTC)
                                  << u"2026-12-04 09:05:07.123000"_s;
    QTest::newRow("converted to UTC")
        << QDateTime(QDate(2026, 6, 1), QTime(14, 0), QTimeZone(2 * 3600))
        << u"2026-06-01 12:00:00.000000"_s;
}

void TestSandboxJson::timestampFormat()
{
    QFETCH(QDateTime, time);
    QFETCH(QString, expected);

    QCOMPARE(formatBunqTimestamp(time), expected);
}

QTEST_GUILESS_MAIN(TestSandboxJson)
#include "tst_sandbox_json.moc"
