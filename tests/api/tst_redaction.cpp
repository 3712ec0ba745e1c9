// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/Redaction.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace studio::api;

class TestRedaction : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void masksSecret_data();
    void masksSecret();
    void masksAuthenticationHeaderOnly();
    void masksSecretJsonFields();
};

void TestRedaction::masksSecret_data()
{
    QTest::addColumn<QByteArray>("secret");
    QTest::addColumn<QString>("expected");

    QTest::newRow("empty") << QByteArray() << QString();
    QTest::newRow("short value masked whole") << "abc123"_ba << u"••••••••"_s;
    QTest::newRow("sandbox key keeps its prefix")
        << "sandbox_3f00000000000000000000000000000000000000000000000000c1a9"_ba
        << u"sandbox_3f…c1a9"_s;
    QTest::newRow("token") << "0123456789abcdef0123456789abcdef"_ba << u"01…cdef"_s;
}

void TestRedaction::masksSecret()
{
    QFETCH(QByteArray, secret);
    QFETCH(QString, expected);

    QCOMPARE(maskSecret(secret), expected);
}

void TestRedaction::masksAuthenticationHeaderOnly()
{
    const HeaderList headers = {{"X-Bunq-Client-Authentication", "0123456789abcdef0123456789"},
                                {"X-Bunq-Language", "en_US"}};

    const HeaderList redacted = redactHeaders(headers);

    QCOMPARE(redacted.at(0).second, u"01…6789"_s.toUtf8());
    QCOMPARE(redacted.at(1).second, "en_US");
}

void TestRedaction::masksSecretJsonFields()
{
    const QByteArray body =
        R"({"description":"laptop","secret":"sandbox_aa00000000000000000000000000000000000000000000000000bbbb","Token":{"token":"ffff0000ffff0000ffff0000ffff1234"}})";

    const QByteArray redacted = redactJsonBody(body);

    QCOMPARE(redacted,
             u"{\"description\":\"laptop\",\"secret\":\"sandbox_aa…bbbb\",\"Token\":{\"token\":\"ff…1234\"}}"_s
                 .toUtf8());
}

QTEST_GUILESS_MAIN(TestRedaction)
#include "tst_redaction.moc"
