// SPDX-License-Identifier: GPL-3.0-or-later
#include "console/Pagination.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace studio;
using namespace studio::console;

class TestConsolePagination : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsLinks();
    void nullLinksAreEmpty();
    void noPaginationObject();
    void withCount_data();
    void withCount();
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

void TestConsolePagination::readsLinks()
{
    // The sandbox and bunq escape '/' as "\/".
    const PageLinks links = pageLinks(resultWith(
        R"({"Response":[],"Pagination":{"future_url":null,)"
        R"("newer_url":"\/v1\/user\/1\/monetary-account\/2\/payment?count=10&newer_id=130",)"
        R"("older_url":"\/v1\/user\/1\/monetary-account\/2\/payment?count=10&older_id=123"}})"_ba));

    QCOMPARE(links.olderUrl, u"/v1/user/1/monetary-account/2/payment?count=10&older_id=123"_s);
    QCOMPARE(links.newerUrl, u"/v1/user/1/monetary-account/2/payment?count=10&newer_id=130"_s);
    QCOMPARE(links.futureUrl, QString());
    QVERIFY(!links.isEmpty());
}

void TestConsolePagination::nullLinksAreEmpty()
{
    const PageLinks links = pageLinks(resultWith(
        R"({"Response":[],"Pagination":{"future_url":null,"newer_url":null,"older_url":null}})"_ba));
    QVERIFY(links.isEmpty());
}

void TestConsolePagination::noPaginationObject()
{
    QVERIFY(pageLinks(resultWith(R"({"Response":[{"Id":{"id":1}}]})"_ba)).isEmpty());
    QVERIFY(pageLinks(api::ApiResult{}).isEmpty());
}

void TestConsolePagination::withCount_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("expected");

    QTest::newRow("no query") << u"/v1/user/1/monetary-account"_s << 25
                              << u"/v1/user/1/monetary-account?count=25"_s;
    QTest::newRow("replaces in place")
        << u"/v1/x?count=10&older_id=123"_s << 50 << u"/v1/x?count=50&older_id=123"_s;
    QTest::newRow("appends") << u"/v1/x?older_id=123"_s << 5 << u"/v1/x?older_id=123&count=5"_s;
    QTest::newRow("above maximum") << u"/v1/x"_s << 1000 << u"/v1/x?count=200"_s;
    QTest::newRow("maximum") << u"/v1/x"_s << 200 << u"/v1/x?count=200"_s;
    QTest::newRow("minimum") << u"/v1/x"_s << 1 << u"/v1/x?count=1"_s;
    QTest::newRow("zero") << u"/v1/x"_s << 0 << u"/v1/x?count=1"_s;
    QTest::newRow("negative") << u"/v1/x"_s << -4 << u"/v1/x?count=1"_s;
    QTest::newRow("duplicate counts")
        << u"/v1/x?count=1&a=b&count=2"_s << 9 << u"/v1/x?count=9&a=b"_s;
    QTest::newRow("empty count") << u"/v1/x?count&a=%2F"_s << 9 << u"/v1/x?count=9&a=%2F"_s;
    QTest::newRow("similar name kept") << u"/v1/x?counter=3"_s << 9 << u"/v1/x?counter=3&count=9"_s;
    QTest::newRow("trailing question mark") << u"/v1/x?"_s << 9 << u"/v1/x?count=9"_s;
    QTest::newRow("fragment") << u"/v1/x?a=1#top"_s << 9 << u"/v1/x?a=1&count=9#top"_s;
}

void TestConsolePagination::withCount()
{
    QFETCH(QString, path);
    QFETCH(int, count);
    QFETCH(QString, expected);
    QCOMPARE(console::withCount(path, count), expected);
}

QTEST_GUILESS_MAIN(TestConsolePagination)
#include "tst_console_pagination.moc"
