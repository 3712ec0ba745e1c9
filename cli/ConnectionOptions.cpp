// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConnectionOptions.h"

#include <QCoreApplication>
#include <QHostAddress>

using namespace Qt::StringLiterals;

namespace studio::cli {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(studio::cli::ConnectionOptions)
};

bool isLoopbackHost(const QString &host)
{
    if (host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

constexpr int maxTimeoutSeconds = 3600;

} // namespace

Result<QUrl, CliError> parseBaseUrl(const QString &text)
{
    using R = Result<QUrl, CliError>;
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    const QString example = u"http://127.0.0.1:41234/v1/"_s;

    if (!url.isValid() || url.host().isEmpty() ||
        (url.scheme() != u"http"_s && url.scheme() != u"https"_s)) {
        return R::failure(CliError::usage(
            Text::tr("--base-url \"%1\" is not an http or https URL. Pass the URL that "
                     "bunq-local-sandbox prints, for example %2.")
                .arg(text, example)));
    }
    if (!isLoopbackHost(url.host())) {
        return R::failure(CliError::usage(
            Text::tr("--base-url \"%1\" is not on this computer. It is meant for a "
                     "bunq-local-sandbox on 127.0.0.1, ::1 or localhost; for bunq's servers "
                     "use --environment sandbox or --environment production.")
                .arg(text)));
    }

    QString path = url.path();
    if (!path.endsWith(u'/'))
        path += u'/';
    if (!path.endsWith(u"/v1/"_s) || url.hasQuery() || url.hasFragment()) {
        return R::failure(CliError::usage(
            Text::tr("--base-url \"%1\" must be the API root, ending in /v1/, for example %2.")
                .arg(text, example)));
    }

    QUrl normalised = url;
    normalised.setPath(path);
    return R::success(normalised);
}

Result<api::ApiEnvironment, CliError> environmentFromOptions(const QCommandLineParser &parser,
                                                             const CliOptions &options)
{
    using R = Result<api::ApiEnvironment, CliError>;
    const bool hasBaseUrl = parser.isSet(options.baseUrl);
    const QString name = parser.value(options.environment);

    if (!parser.isSet(options.environment) && !hasBaseUrl) {
        return R::failure(CliError::usage(
            Text::tr("Choose the server: --environment sandbox, --environment production, or "
                     "--base-url URL for a bunq-local-sandbox.")));
    }

    if (parser.isSet(options.environment) && name != u"local"_s) {
        if (name != u"sandbox"_s && name != u"production"_s) {
            return R::failure(CliError::usage(
                Text::tr("--environment \"%1\" is not known: use sandbox, production or local.")
                    .arg(name)));
        }
        if (hasBaseUrl) {
            return R::failure(CliError::usage(
                Text::tr("--base-url is for a local sandbox, but --environment is %1. Leave "
                         "out one of them.")
                    .arg(name)));
        }
        return R::success(name == u"sandbox"_s ? api::ApiEnvironment::sandbox()
                                               : api::ApiEnvironment::production());
    }

    if (!hasBaseUrl) {
        return R::failure(CliError::usage(
            Text::tr("--environment local needs --base-url with the URL that bunq-local-sandbox "
                     "prints, for example http://127.0.0.1:41234/v1/.")));
    }
    const auto baseUrl = parseBaseUrl(parser.value(options.baseUrl));
    if (!baseUrl)
        return R::failure(baseUrl.error());
    return R::success(api::ApiEnvironment::localSandbox(baseUrl.value()));
}

Result<QNetworkProxy, CliError> parseProxyUrl(const QString &text, const QString &where)
{
    using R = Result<QNetworkProxy, CliError>;
    const QUrl url(text.trimmed(), QUrl::StrictMode);

    QNetworkProxy::ProxyType type = QNetworkProxy::NoProxy;
    if (url.scheme() == u"http"_s)
        type = QNetworkProxy::HttpProxy;
    else if (url.scheme() == u"socks5"_s)
        type = QNetworkProxy::Socks5Proxy;

    const int port = url.port(-1);
    if (!url.isValid() || type == QNetworkProxy::NoProxy || url.host().isEmpty() || port <= 0) {
        // The URL may carry a password, so the message shows it without one.
        //: %1 names where the URL came from, such as "--proxy"; %2 is the URL.
        return R::failure(
            CliError::usage(Text::tr("The proxy %1 \"%2\" is not valid: write http://host:port or "
                                     "socks5://[user[:password]@]host:port, with the port.")
                                .arg(where, url.toDisplayString(QUrl::RemovePassword))));
    }

    QNetworkProxy proxy(type, url.host(), quint16(port), url.userName(), url.password());
    return R::success(proxy);
}

Result<int, CliError> timeoutFromOptions(const QCommandLineParser &parser,
                                         const CliOptions &options)
{
    using R = Result<int, CliError>;
    bool isNumber = false;
    const QString text = parser.value(options.timeout);
    const int seconds = text.toInt(&isNumber);
    if (!isNumber || seconds < 1 || seconds > maxTimeoutSeconds) {
        return R::failure(CliError::usage(
            Text::tr("--timeout \"%1\" is not valid: give a whole number of seconds from 1 to "
                     "%2.")
                .arg(text)
                .arg(maxTimeoutSeconds)));
    }
    return R::success(seconds * 1000);
}

} // namespace studio::cli
