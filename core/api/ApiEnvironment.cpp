// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/ApiEnvironment.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace studio::api {

namespace {

const QByteArray sandboxKeyPrefix = "sandbox_"_ba;
constexpr qsizetype minimumKeyLength = 32;

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

    // bunq's keys are hex digits (64 in production, "sandbox_" plus 56 in the sandbox), so
    // other characters or a short key mean a copy-and-paste accident. The length check stays
    // loose in case bunq changes the length.
    const QByteArray body = looksLikeSandboxKey ? key.mid(sandboxKeyPrefix.size()) : key;
    const bool onlyKeyCharacters = std::all_of(body.cbegin(), body.cend(), [](char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    });
    if (!onlyKeyCharacters) {
        return QCoreApplication::translate(
            "studio::api::ApiEnvironment",
            "This key contains characters other than letters and digits, such as spaces or "
            "punctuation, so it was not copied whole. Copy the key again from where it was "
            "created.");
    }
    if (body.size() < minimumKeyLength) {
        //: %1 is the number of characters in the pasted key, %2 the minimum.
        return QCoreApplication::translate(
                   "studio::api::ApiEnvironment",
                   "This key has %1 characters after any \"sandbox_\" prefix, fewer than the "
                   "%2 of a bunq API key. Copy the whole key again.")
            .arg(body.size())
            .arg(minimumKeyLength);
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
        //: Environment name: the sandbox built into this app.
        return QCoreApplication::translate("studio::api::ApiEnvironment", "Local sandbox");
    case Kind::Sandbox:
        //: Environment name: bunq's public test server.
        return QCoreApplication::translate("studio::api::ApiEnvironment", "bunq sandbox");
    case Kind::Production:
        //: Environment name: bunq's live server with real accounts.
        return QCoreApplication::translate("studio::api::ApiEnvironment", "bunq production");
    }
    return {};
}

} // namespace studio::api
