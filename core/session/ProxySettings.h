// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiEnvironment.h"
#include "common/Result.h"

#include <QNetworkProxy>
#include <QString>

#include <optional>

namespace studio::session {

// Parses a proxy URL as people type it in a profile's settings. The forms are:
//   http://[user[:password]@]host:port     an HTTP proxy. https calls pass it with CONNECT, so
//                                          TLS stays end to end between this app and bunq.
//   socks5://[user[:password]@]host:port   a SOCKS5 proxy, with host names resolved here
//   socks5h://[user[:password]@]host:port  a SOCKS5 proxy that resolves host names itself
// Empty or blank text means no proxy (QNetworkProxy::NoProxy). User and password may be
// percent-encoded. The error names the value, with the password masked, and how to fix it.
Result<QNetworkProxy, QString> parseProxyUrl(const QString &text);

// Returns the proxy as a URL that parseProxyUrl() reads back, password included, for storing
// it; empty for no proxy and for the application's default proxy.
QString proxyUrl(const QNetworkProxy &proxy);

// Returns the text with the password of its user part replaced by "****", for views and logs.
// Text that is not a valid proxy URL is masked the same way, so a typo never reveals a password.
QString proxyUrlForDisplay(const QString &text);
QString proxyUrlForDisplay(const QNetworkProxy &proxy);

// Returns why calls to environment must not go through proxy, or nothing when they may. Plain
// http:// is allowed only for loopback addresses. A proxy on another host would carry those
// unencrypted calls across the network, tokens included, so it must be on loopback too.
std::optional<QString> proxyConflict(const QNetworkProxy &proxy,
                                     const api::ApiEnvironment &environment);

} // namespace studio::session
