// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/ApiEnvironment.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace studio::api;

class TestApiEnvironment : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void resolvesPaths_data();
    void resolvesPaths();
    void flagsKeyOfOtherEnvironment_data();
    void flagsKeyOfOtherEnvironment();
};

void TestApiEnvironment::resolvesPaths_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("expected");

    QTest::newRow("relative") << u"user/1"_s << u"http://127.0.0.1:8/v1/user/1"_s;
    QTest::newRow("with /v1 prefix") << u"/v1/user/1"_s << u"http://127.0.0.1:8/v1/user/1"_s;
    QTest::newRow("leading slash") << u"/user"_s << u"http://127.0.0.1:8/v1/user"_s;
    QTest::newRow("query kept") << u"/v1/user/1/payment?count=5&older_id=3"_s
                                << u"http://127.0.0.1:8/v1/user/1/payment?count=5&older_id=3"_s;
}

void TestApiEnvironment::resolvesPaths()
{
    QFETCH(QString, path);
    QFETCH(QString, expected);

    // The base URL lacks its trailing slash on purpose: the environment adds it.
    const auto environment = ApiEnvironment::localSandbox(QUrl(u"http://127.0.0.1:8/v1"_s));

    QCOMPARE(environment.urlFor(path).toString(), expected);
}

void TestApiEnvironment::flagsKeyOfOtherEnvironment_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<bool>("flagged");

    const auto local = int(ApiEnvironment::Kind::LocalSandbox);
    const auto sandbox = int(ApiEnvironment::Kind::Sandbox);
    const auto production = int(ApiEnvironment::Kind::Production);
    const QByteArray sandboxKey = "sandbox_" + QByteArray(56, 'a');
    const QByteArray productionKey(64, 'f');
    QTest::newRow("sandbox key in sandbox") << sandbox << sandboxKey << false;
    QTest::newRow("sandbox key in local sandbox") << local << sandboxKey << false;
    QTest::newRow("production key in sandbox") << sandbox << productionKey << true;
    QTest::newRow("production key in local sandbox") << local << productionKey << true;
    QTest::newRow("sandbox key in production") << production << sandboxKey << true;
    QTest::newRow("production key in production") << production << productionKey << false;
    QTest::newRow("empty key is not judged") << sandbox << QByteArray() << false;
    QTest::newRow("space inside key") << local << "sandbox_not a key" + QByteArray(40, 'a') << true;
    QTest::newRow("punctuation in key") << production << "!" + QByteArray(63, 'f') << true;
    QTest::newRow("one character key") << production << "x"_ba << true;
    QTest::newRow("short sandbox key") << local << "sandbox_abc"_ba << true;
    QTest::newRow("surrounding spaces ignored") << local << "  " + sandboxKey + " \n" << false;
}

void TestApiEnvironment::flagsKeyOfOtherEnvironment()
{
    QFETCH(int, kind);
    QFETCH(QByteArray, key);
    QFETCH(bool, flagged);

    ApiEnvironment environment;
    switch (ApiEnvironment::Kind(kind)) {
    case ApiEnvironment::Kind::LocalSandbox:
        environment = ApiEnvironment::localSandbox(QUrl(u"http://127.0.0.1:8/v1/"_s));
        break;
    case ApiEnvironment::Kind::Sandbox:
        environment = ApiEnvironment::sandbox();
        break;
    case ApiEnvironment::Kind::Production:
        environment = ApiEnvironment::production();
        break;
    }

    QCOMPARE(!environment.apiKeyMismatch(key).isEmpty(), flagged);
}

QTEST_GUILESS_MAIN(TestApiEnvironment)
#include "tst_apienvironment.moc"
