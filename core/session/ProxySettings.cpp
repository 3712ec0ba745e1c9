// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/ProxySettings.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace studio::session {

namespace {

const QString maskedPassword = u"****"_s;

// QUrl's message quotes the whole input, password included, after its reason.
QString parserReason(const QUrl &url)
{
    const QString message = url.errorString();
    const qsizetype quote = message.indexOf(u"; source was"_s);
    return quote < 0 ? message : message.left(quote);
}

bool isLoopbackHost(const QString &host)
{
    if (host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QNetworkProxy::ProxyType proxyTypeFor(const QString &scheme)
{
    if (scheme == u"http"_s)
        return QNetworkProxy::HttpProxy;
    if (scheme == u"socks5"_s || scheme == u"socks5h"_s)
        return QNetworkProxy::Socks5Proxy;
    return QNetworkProxy::DefaultProxy; // means "not supported" here
}

QString unsupportedSchemeError(const QString &shown, const QString &scheme)
{
    if (scheme == u"https"_s) {
        //: %1 is the proxy URL as entered, with any password masked.
        return QCoreApplication::translate(
                   "studio::session::ProxySettings",
                   "The proxy \"%1\" starts with https://, but TLS to the proxy itself is not "
                   "supported. Write http:// instead: calls to bunq stay encrypted end to end "
                   "through an HTTP proxy.")
            .arg(shown);
    }
    //: %1 is the proxy URL as entered, with any password masked; %2 its scheme, such as socks4.
    return QCoreApplication::translate(
               "studio::session::ProxySettings",
               "The proxy \"%1\" starts with %2://, which is not supported. Use http:// for an "
               "HTTP proxy or socks5:// for a SOCKS5 proxy.")
        .arg(shown, scheme);
}

} // namespace

Result<QNetworkProxy, QString> parseProxyUrl(const QString &text)
{
    using ProxyResult = Result<QNetworkProxy, QString>;

    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return ProxyResult::success(QNetworkProxy(QNetworkProxy::NoProxy));
    const QString shown = proxyUrlForDisplay(trimmed);

    // Without "://", QUrl would read "proxy.example:3128" as the scheme "proxy.example".
    if (!trimmed.contains(u"://"_s)) {
        //: %1 is the proxy as entered, with any password masked.
        return ProxyResult::failure(
            QCoreApplication::translate(
                "studio::session::ProxySettings",
                "The proxy \"%1\" has no scheme. Write http://%1 for an HTTP proxy or "
                "socks5://%1 for a SOCKS5 proxy.")
                .arg(shown));
    }

    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid()) {
        //: %1 is the proxy URL as entered, with any password masked; %2 the parser's reason.
        return ProxyResult::failure(
            QCoreApplication::translate(
                "studio::session::ProxySettings",
                "The proxy \"%1\" is not a valid URL (%2). Write it as http://host:port or "
                "socks5://host:port.")
                .arg(shown, parserReason(url)));
    }

    const QString scheme = url.scheme().toLower();
    const QNetworkProxy::ProxyType type = proxyTypeFor(scheme);
    if (type == QNetworkProxy::DefaultProxy)
        return ProxyResult::failure(unsupportedSchemeError(shown, scheme));

    if (url.host().isEmpty()) {
        //: %1 is the proxy URL as entered, with any password masked; %2 its scheme.
        return ProxyResult::failure(
            QCoreApplication::translate(
                "studio::session::ProxySettings",
                "The proxy \"%1\" has no host name. Write it as %2://host:port.")
                .arg(shown, scheme));
    }
    const int port = url.port(-1);
    if (port < 1) {
        //: %1 is the proxy URL as entered, with any password masked; %2 its scheme, %3 its host.
        return ProxyResult::failure(
            QCoreApplication::translate(
                "studio::session::ProxySettings",
                "The proxy \"%1\" has no port. Add the port the proxy listens on, from 1 to "
                "65535, as in %2://%3:3128.")
                .arg(shown, scheme, url.host(QUrl::FullyEncoded)));
    }
    const bool hasPath = !url.path().isEmpty() && url.path() != u"/"_s;
    if (hasPath || url.hasQuery() || url.hasFragment()) {
        //: %1 is the proxy URL as entered, with any password masked.
        return ProxyResult::failure(
            QCoreApplication::translate(
                "studio::session::ProxySettings",
                "The proxy \"%1\" has something after host:port. A proxy URL ends with the port; "
                "remove the rest.")
                .arg(shown));
    }
    if (url.userName().isEmpty() && !url.password().isEmpty()) {
        //: %1 is the proxy URL as entered, with the password masked; %2 its scheme.
        return ProxyResult::failure(
            QCoreApplication::translate(
                "studio::session::ProxySettings",
                "The proxy \"%1\" has a password but no user name. Write it as "
                "%2://user:password@host:port.")
                .arg(shown, scheme));
    }

    QNetworkProxy proxy(type, url.host(), static_cast<quint16>(port),
                        url.userName(QUrl::FullyDecoded), url.password(QUrl::FullyDecoded));
    // socks5:// resolves host names on this computer, as curl does; socks5h:// lets the proxy
    // resolve them.
    if (scheme == u"socks5"_s)
        proxy.setCapabilities(proxy.capabilities() & ~QNetworkProxy::HostNameLookupCapability);
    return ProxyResult::success(proxy);
}

QString proxyUrl(const QNetworkProxy &proxy)
{
    QUrl url;
    switch (proxy.type()) {
    case QNetworkProxy::HttpProxy:
        url.setScheme(u"http"_s);
        break;
    case QNetworkProxy::Socks5Proxy:
        url.setScheme(proxy.capabilities().testFlag(QNetworkProxy::HostNameLookupCapability)
                          ? u"socks5h"_s
                          : u"socks5"_s);
        break;
    default:
        return {};
    }

    url.setHost(proxy.hostName());
    url.setPort(proxy.port());
    url.setUserName(proxy.user(), QUrl::DecodedMode);
    url.setPassword(proxy.password(), QUrl::DecodedMode);
    return url.toString(QUrl::FullyEncoded);
}

QString proxyUrlForDisplay(const QString &text)
{
    // Text-based rather than through QUrl, so that input QUrl rejects is masked too. The last
    // "@" ends the user part, because a password typed without percent-encoding may contain
    // "@", "/" or ":" itself.
    const qsizetype schemeEnd = text.indexOf(u"://"_s);
    const qsizetype userStart = schemeEnd < 0 ? 0 : schemeEnd + 3;
    const qsizetype at = text.lastIndexOf(u'@');
    if (at < userStart)
        return text;

    const qsizetype colon = text.indexOf(u':', userStart);
    if (colon < 0 || colon > at)
        return text;
    return text.left(colon + 1) + maskedPassword + text.mid(at);
}

QString proxyUrlForDisplay(const QNetworkProxy &proxy)
{
    return proxyUrlForDisplay(proxyUrl(proxy));
}

std::optional<QString> proxyConflict(const QNetworkProxy &proxy,
                                     const api::ApiEnvironment &environment)
{
    const QNetworkProxy effective =
        proxy.type() == QNetworkProxy::DefaultProxy ? QNetworkProxy::applicationProxy() : proxy;
    if (effective.type() == QNetworkProxy::NoProxy ||
        effective.type() == QNetworkProxy::DefaultProxy)
        return std::nullopt;
    if (environment.baseUrl().scheme() != u"http"_s || isLoopbackHost(effective.hostName()))
        return std::nullopt;

    //: %1 is the API base URL, %2 the proxy URL with any password masked.
    return QCoreApplication::translate(
               "studio::session::ProxySettings",
               "Nothing was sent: %1 is reached over plain http://, and the proxy %2 is not on "
               "this computer, so tokens and keys would cross the network unencrypted. Use no "
               "proxy for this profile, or a proxy on 127.0.0.1.")
        .arg(environment.baseUrl().toString(), proxyUrlForDisplay(effective));
}

} // namespace studio::session
