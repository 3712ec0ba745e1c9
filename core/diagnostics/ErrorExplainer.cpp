// SPDX-License-Identifier: GPL-3.0-or-later
#include "diagnostics/ErrorExplainer.h"

#include "diagnostics/ErrorTable.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace studio::diagnostics {

namespace {

enum class ServerKind
{
    Unknown,
    Production,
    Sandbox
};

// bunq's two API hosts, and loopback for the local sandbox. Other hosts, such as a proxy's,
// leave the environment unknown, and the key rows then do not match.
ServerKind serverKind(const QUrl &url)
{
    const QString host = url.host().toLower();
    if (host == u"api.bunq.com")
        return ServerKind::Production;
    if (host.endsWith(u".sandbox.bunq.com") || host == u"sandbox.public.api.bunq.com")
        return ServerKind::Sandbox;
    if (host == u"localhost" || QHostAddress(host).isLoopback())
        return ServerKind::Sandbox;
    return ServerKind::Unknown;
}

// The API key device-server and session-server send as "secret"; empty for other calls.
QString requestApiKey(const api::ApiExchange &exchange)
{
    const QJsonObject body = QJsonDocument::fromJson(exchange.requestBody).object();
    return body.value(u"secret"_s).toString().trimmed();
}

bool conditionHolds(EntryCondition condition, const api::ApiError &error,
                    const api::ApiExchange &exchange)
{
    switch (condition) {
    case EntryCondition::None:
        return true;
    case EntryCondition::SandboxKeyOnProduction: {
        const QString key = requestApiKey(exchange);
        return !key.isEmpty() && key.startsWith(u"sandbox_") &&
               serverKind(exchange.url) == ServerKind::Production;
    }
    case EntryCondition::ProductionKeyOnSandbox: {
        const QString key = requestApiKey(exchange);
        return !key.isEmpty() && !key.startsWith(u"sandbox_") &&
               serverKind(exchange.url) == ServerKind::Sandbox;
    }
    case EntryCondition::HasResponseId:
        return !error.responseId.isEmpty();
    case EntryCondition::NoResponseId:
        return error.responseId.isEmpty();
    }
    return false;
}

bool statusMatches(const ErrorTableEntry &entry, int status)
{
    if (entry.status == 0)
        return true;
    const int last = entry.lastStatus != 0 ? entry.lastStatus : entry.status;
    return status >= entry.status && status <= last;
}

bool textMatches(const ErrorTableEntry &entry, const QStringList &descriptions)
{
    if (entry.text && !descriptions.contains(QString::fromUtf8(entry.text)))
        return false;
    if (!entry.textPattern)
        return true;

    const QRegularExpression pattern(QString::fromUtf8(entry.textPattern));
    return std::any_of(descriptions.cbegin(), descriptions.cend(),
                       [&](const QString &text) { return pattern.match(text).hasMatch(); });
}

bool pathMatches(const ErrorTableEntry &entry, const QUrl &url)
{
    if (!entry.pathPattern)
        return true;
    const QRegularExpression pattern(QString::fromUtf8(entry.pathPattern));
    return pattern.match(url.path()).hasMatch();
}

bool entryMatches(const ErrorTableEntry &entry, const api::ApiError &error,
                  const api::ApiExchange &exchange)
{
    if (entry.kind && *entry.kind != error.kind)
        return false;

    const int status = error.httpStatus != 0 ? error.httpStatus : exchange.status;
    return statusMatches(entry, status) && textMatches(entry, error.descriptions) &&
           pathMatches(entry, exchange.url) && conditionHolds(entry.condition, error, exchange);
}

} // namespace

Explanation explainError(const api::ApiError &error, const api::ApiExchange &exchange)
{
    const std::span<const ErrorTableEntry> table = errorTable();
    const auto entry = std::find_if(table.begin(), table.end(), [&](const ErrorTableEntry &row) {
        return entryMatches(row, error, exchange);
    });
    if (entry == table.end())
        return {};

    Explanation explanation;
    explanation.id = QString::fromLatin1(entry->id);
    explanation.explanation = QCoreApplication::translate(errorTableContext, entry->explanation);
    explanation.nextStep = QCoreApplication::translate(errorTableContext, entry->nextStep);
    if (explanation.nextStep.contains(u"%1"))
        explanation.nextStep = explanation.nextStep.arg(QString::fromLatin1(error.responseId));
    return explanation;
}

} // namespace studio::diagnostics
