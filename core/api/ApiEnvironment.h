// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUrl>

namespace studio::api {

// The server that API calls go to: bunq's production or sandbox API, or the local sandbox.
class ApiEnvironment
{
public:
    enum class Kind { LocalSandbox, Sandbox, Production };

    ApiEnvironment() = default;

    static ApiEnvironment production();
    static ApiEnvironment sandbox();
    // baseUrl is the local sandbox's API root, for example http://127.0.0.1:41234/v1/
    static ApiEnvironment localSandbox(const QUrl &baseUrl);

    Kind kind() const { return m_kind; }
    // Always ends with "/v1/".
    QUrl baseUrl() const { return m_baseUrl; }
    // Resolves a path such as "user/12" or "/v1/user/12?count=5" against the base URL.
    QUrl urlFor(const QString &path) const;

    // Sandbox keys start with "sandbox_"; production keys have no prefix.
    bool expectsSandboxApiKey() const { return m_kind != Kind::Production; }
    // Returns an error message when the key's prefix does not fit this environment, or when the
    // key has characters or a length that no bunq key has. Returns an empty string otherwise.
    QString apiKeyMismatch(const QByteArray &apiKey) const;

    // Stable identifier for settings and files: "local-sandbox", "sandbox" or "production".
    QString id() const;
    // Translated name for people.
    QString displayName() const;

    friend bool operator==(const ApiEnvironment &, const ApiEnvironment &) = default;

private:
    ApiEnvironment(Kind kind, const QUrl &baseUrl);

    Kind m_kind = Kind::LocalSandbox;
    QUrl m_baseUrl;
};

} // namespace studio::api
