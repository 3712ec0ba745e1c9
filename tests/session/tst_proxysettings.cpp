// SPDX-License-Identifier: GPL-3.0-or-later
// Proxy URLs: what parses into which QNetworkProxy, and the error for each kind of mistake,
// which names the value with its password masked and the fix. Also the round trip back to a
// URL, masking for display, and the rule that plain http:// never goes through a proxy on
// another host.

#include "session/ProxySettings.h"

#include <QTest>

using namespace Qt::StringLiterals;
using studio::api::ApiEnvironment;
using studio::session::parseProxyUrl;
using studio::session::proxyConflict;
using studio::session::proxyUrl;
using studio::session::proxyUrlForDisplay;

class TestProxySettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesValidUrls_data();
    void parsesValidUrls();
    void rejectsInvalidUrls_data();
    void rejectsInvalidUrls();
    void roundTrips_data();
    void roundTrips();
    void masksPasswordForDisplay_data();
    void masksPasswordForDisplay();
    void plainHttpStaysOnLoopback_data();
    void plainHttpStaysOnLoopback();
};

void TestProxySettings::parsesValidUrls_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QNetworkProxy::ProxyType>("type");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<bool>("proxyResolvesNames");

    using P = QNetworkProxy;
    QTest::newRow("empty") << QString() << P::NoProxy << QString() << 0 << QString() << QString()
                           << false;
    QTest::newRow("blank") << u"  \t "_s << P::NoProxy << QString() << 0 << QString() << QString()
                           << false;
    QTest::newRow("http") << u"http://proxy.example:3128"_s << P::HttpProxy << u"proxy.example"_s
                          << 3128 << QString() << QString() << true;
    QTest::newRow("http with spaces around and a slash")
        << u" http://proxy.example:3128/ "_s << P::HttpProxy << u"proxy.example"_s << 3128
        << QString() << QString() << true;
    QTest::newRow("upper-case scheme")
        << u"HTTP://Proxy.Example:8080"_s << P::HttpProxy << u"proxy.example"_s << 8080 << QString()
        << QString() << true;
    QTest::newRow("user and percent-encoded password")
        << u"http://alice:s%40cret%3A1@10.0.0.5:8080"_s << P::HttpProxy << u"10.0.0.5"_s << 8080
        << u"alice"_s << u"s@cret:1"_s << true;
    QTest::newRow("user without password")
        << u"http://alice@proxy.example:8080"_s << P::HttpProxy << u"proxy.example"_s << 8080
        << u"alice"_s << QString() << true;
    QTest::newRow("socks5 resolves here")
        << u"socks5://127.0.0.1:1080"_s << P::Socks5Proxy << u"127.0.0.1"_s << 1080 << QString()
        << QString() << false;
    QTest::newRow("socks5h resolves at the proxy")
        << u"socks5h://bob:pw@[::1]:1080"_s << P::Socks5Proxy << u"::1"_s << 1080 << u"bob"_s
        << u"pw"_s << true;
}

void TestProxySettings::parsesValidUrls()
{
    QFETCH(QString, text);
    QFETCH(QNetworkProxy::ProxyType, type);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, user);
    QFETCH(QString, password);
    QFETCH(bool, proxyResolvesNames);

    const auto parsed = parseProxyUrl(text);
    if (!parsed)
        QFAIL(qPrintable(parsed.error()));
    const QNetworkProxy &proxy = parsed.value();
    QCOMPARE(proxy.type(), type);
    if (type == QNetworkProxy::NoProxy)
        return;
    QCOMPARE(proxy.hostName(), host);
    QCOMPARE(proxy.port(), port);
    QCOMPARE(proxy.user(), user);
    QCOMPARE(proxy.password(), password);
    QCOMPARE(proxy.capabilities().testFlag(QNetworkProxy::HostNameLookupCapability),
             proxyResolvesNames);
}

void TestProxySettings::rejectsInvalidUrls_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("mentions"); // texts the error must contain

    QTest::newRow("no scheme") << u"proxy.example:3128"_s
                               << QStringList{u"\"proxy.example:3128\""_s,
                                              u"http://proxy.example:3128"_s,
                                              u"socks5://proxy.example:3128"_s};
    QTest::newRow("no scheme, with password")
        << u"alice:secret@proxy.example:3128"_s
        << QStringList{u"alice:****@proxy.example:3128"_s, u"http://"_s};
    QTest::newRow("https") << u"https://proxy.example:443"_s
                           << QStringList{u"https://proxy.example:443"_s, u"Write http://"_s};
    QTest::newRow("socks4") << u"socks4://proxy.example:1080"_s
                            << QStringList{u"socks4://"_s, u"socks5://"_s};
    QTest::newRow("no port") << u"http://proxy.example"_s
                             << QStringList{u"no port"_s, u"http://proxy.example:3128"_s};
    QTest::newRow("port out of range")
        << u"http://proxy.example:70000"_s << QStringList{u"not a valid URL"_s};
    QTest::newRow("port zero") << u"http://proxy.example:0"_s << QStringList{u"no port"_s};
    QTest::newRow("no host") << u"http://:3128"_s << QStringList{u"http://:3128"_s};
    QTest::newRow("path") << u"http://proxy.example:3128/proxy.pac"_s
                          << QStringList{u"after host:port"_s};
    QTest::newRow("query") << u"http://proxy.example:3128?x=1"_s
                           << QStringList{u"after host:port"_s};
    QTest::newRow("password without user")
        << u"http://:secret@proxy.example:3128"_s
        << QStringList{u"no user name"_s, u"http://:****@proxy.example:3128"_s};
    QTest::newRow("space in host")
        << u"http://alice:secret@proxy example:3128"_s
        << QStringList{u"http://alice:****@proxy example:3128"_s, u"not a valid URL"_s};
}

void TestProxySettings::rejectsInvalidUrls()
{
    QFETCH(QString, text);
    QFETCH(QStringList, mentions);

    const auto parsed = parseProxyUrl(text);
    QVERIFY(!parsed);
    const QString &error = parsed.error();
    for (const QString &mention : std::as_const(mentions))
        QVERIFY2(error.contains(mention), qPrintable(error));
    QVERIFY2(!error.contains(u"secret"_s), qPrintable(error));
}

void TestProxySettings::roundTrips_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("stored");

    QTest::newRow("none") << QString() << QString();
    QTest::newRow("http") << u"http://proxy.example:3128"_s << u"http://proxy.example:3128"_s;
    QTest::newRow("credentials") << u"http://alice:s%40cret%3A1@proxy.example:3128/"_s
                                 << u"http://alice:s%40cret:1@proxy.example:3128"_s;
    QTest::newRow("socks5") << u"socks5://127.0.0.1:1080"_s << u"socks5://127.0.0.1:1080"_s;
    QTest::newRow("socks5h, IPv6") << u"socks5h://[::1]:1080"_s << u"socks5h://[::1]:1080"_s;
}

void TestProxySettings::roundTrips()
{
    QFETCH(QString, text);
    QFETCH(QString, stored);

    const auto parsed = parseProxyUrl(text);
    QVERIFY(parsed);
    QCOMPARE(proxyUrl(parsed.value()), stored);
    const auto again = parseProxyUrl(stored);
    QVERIFY(again);
    QCOMPARE(again.value(), parsed.value());
}

void TestProxySettings::masksPasswordForDisplay_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("shown");

    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("no credentials")
        << u"http://proxy.example:3128"_s << u"http://proxy.example:3128"_s;
    QTest::newRow("user only") << u"http://alice@proxy.example:3128"_s
                               << u"http://alice@proxy.example:3128"_s;
    QTest::newRow("password") << u"http://alice:secret@proxy.example:3128"_s
                              << u"http://alice:****@proxy.example:3128"_s;
    QTest::newRow("password with @ / and :")
        << u"socks5://bob:p@s/s:w@10.0.0.1:1080"_s << u"socks5://bob:****@10.0.0.1:1080"_s;
    QTest::newRow("no scheme") << u"bob:secret@proxy:1"_s << u"bob:****@proxy:1"_s;
}

void TestProxySettings::masksPasswordForDisplay()
{
    QFETCH(QString, text);
    QFETCH(QString, shown);

    QCOMPARE(proxyUrlForDisplay(text), shown);
    const auto parsed = parseProxyUrl(text);
    if (parsed)
        QVERIFY(!proxyUrlForDisplay(parsed.value()).contains(u"secret"_s));
}

void TestProxySettings::plainHttpStaysOnLoopback_data()
{
    QTest::addColumn<QString>("baseUrl");
    QTest::addColumn<QString>("proxy");
    QTest::addColumn<bool>("refused");

    const QString local = u"http://127.0.0.1:41234/v1/"_s;
    QTest::newRow("local sandbox, no proxy") << local << QString() << false;
    QTest::newRow("local sandbox, proxy on 127.0.0.1")
        << local << u"http://127.0.0.1:3128"_s << false;
    QTest::newRow("local sandbox, proxy on localhost")
        << local << u"socks5://localhost:1080"_s << false;
    QTest::newRow("local sandbox, proxy on ::1") << local << u"socks5h://[::1]:1080"_s << false;
    QTest::newRow("local sandbox, HTTP proxy elsewhere")
        << local << u"http://alice:secret@192.0.2.7:3128"_s << true;
    QTest::newRow("local sandbox, SOCKS5 proxy elsewhere")
        << local << u"socks5://proxy.example:1080"_s << true;
    QTest::newRow("https API, proxy elsewhere")
        << u"https://public-api.sandbox.bunq.com/v1/"_s << u"http://192.0.2.7:3128"_s << false;
}

void TestProxySettings::plainHttpStaysOnLoopback()
{
    QFETCH(QString, baseUrl);
    QFETCH(QString, proxy);
    QFETCH(bool, refused);

    const QUrl url(baseUrl);
    const ApiEnvironment environment =
        url.scheme() == u"http"_s ? ApiEnvironment::localSandbox(url) : ApiEnvironment::sandbox();
    const auto parsed = parseProxyUrl(proxy);
    QVERIFY(parsed);

    const auto conflict = proxyConflict(parsed.value(), environment);
    QCOMPARE(conflict.has_value(), refused);
    if (conflict) {
        QVERIFY2(conflict->contains(u"plain http://"_s), qPrintable(*conflict));
        QVERIFY2(conflict->contains(proxyUrlForDisplay(proxy)), qPrintable(*conflict));
        QVERIFY2(!conflict->contains(u"secret"_s), qPrintable(*conflict));
    }
}

QTEST_GUILESS_MAIN(TestProxySettings)
#include "tst_proxysettings.moc"
