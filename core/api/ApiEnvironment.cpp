// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/ApiEnvironment.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace studio::api {

namespace {

const QByteArray sandboxKeyPrefix = "sandbox_"_ba;

QUrl withTrailingSlash(QUrl url)
{
    if (!url.path().endsWith(u'/'))
        url.setPath(url.path() + u'/');
    return url;
}

} // namespace

ApiEnvironment::ApiEnvironment(Kind kind, const QUrl &baseUrl)
    : m_kind(kind)
    , m_baseUrl(withTrailingSlash(baseUrl))
{
}

ApiEnvironment ApiEnvironment::production()
{
    return ApiEnvironment(Kind::Production, QUrl(u"https://api.bunq.com/v1/"_s));
}

ApiEnvironment ApiEnvironment::sandbox()
{
    return ApiEnvironment(Kind::Sandbox, QUrl(u"https://public-api.sandbox.bunq.com/v1/"_s));
}

ApiEnvironment ApiEnvironment::localSandbox(const QUrl &baseUrl)
{
    return ApiEnvironment(Kind::LocalSandbox, baseUrl);
}

QUrl ApiEnvironment::urlFor(const QString &path) const
{
    // "/v1/user" and "user" both mean the same resource; the console and bunq's pagination URLs
    // use the first form, the onboarding steps the second.
    QString relative = path.trimmed();
    if (relative.startsWith(u"/v1/"))
        relative = relative.mid(4);
    else if (relative.startsWith(u'/'))
        relative = relative.mid(1);
    return m_baseUrl.resolved(QUrl(relative));
}

QString ApiEnvironment::apiKeyMismatch(const QByteArray &apiKey) const
{
    const QByteArray key = apiKey.trimmed();
    if (key.isEmpty())
        return {};

    const bool looksLikeSandboxKey = key.startsWith(sandboxKeyPrefix);
    if (expectsSandboxApiKey() && !looksLikeSandboxKey) {
        return QCoreApplication::translate(
            "studio::api::ApiEnvironment",
            "This key has no \"sandbox_\" prefix, so it looks like a production key. Sandbox "
            "environments accept only sandbox keys: paste a key that starts with \"sandbox_\" "
            "or create a sandbox user.");
    }
    if (!expectsSandboxApiKey() && looksLikeSandboxKey) {
        return QCoreApplication::translate(
            "studio::api::ApiEnvironment",
            "This key starts with \"sandbox_\", so it only works in bunq's sandbox. Choose a "
            "sandbox environment, or paste a production key.");
    }
    return {};
}

QString ApiEnvironment::id() const
{
    switch (m_kind) {
    case Kind::LocalSandbox:
        return u"local-sandbox"_s;
    case Kind::Sandbox:
        return u"sandbox"_s;
    case Kind::Production:
        return u"production"_s;
    }
    return {};
}

QString ApiEnvironment::displayName() const
{
    switch (m_kind) {
    case Kind::LocalSandbox:
        return QCoreApplication::translate("studio::api::ApiEnvironment", "Local sandbox");
    case Kind::Sandbox:
        return QCoreApplication::translate("studio::api::ApiEnvironment", "bunq sandbox");
    case Kind::Production:
        return QCoreApplication::translate("studio::api::ApiEnvironment", "bunq production");
    }
    return {};
}

} // namespace studio::api
