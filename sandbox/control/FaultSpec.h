// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace studio::sandbox {

// The change a fault makes to a response. Each kind has a short name for --fault and the control
// interface, which faultKindName() returns.
enum class FaultKind
{
    Slow,                              // "slow": the response is written after a delay
    InternalError500,                  // "500": 500 "Encountered unhandled exception."
    InternalError500WithoutResponseId, // "500-no-response-id": the same without the response id
    Maintenance491,                    // "491": bunq's maintenance error
    DropConnection,                    // "drop": the connection is closed without a response
    TruncatedBody,                     // "truncate": half the body, then the connection closes
    MissingSignature,                  // "no-signature": X-Bunq-Server-Signature removed
    TamperedSignature,                 // "bad-signature": a signature that does not verify
    LowerCaseHeaders,                  // "lower-case-headers": every header name in lower case
    RateLimited429,                    // "429": 429 "Too many requests. …"
};

QString faultKindName(FaultKind kind);
std::optional<FaultKind> faultKindFromName(const QString &name);
// Every kind, in the order of the enum.
QList<FaultKind> allFaultKinds();

// The requests a fault applies to: a method (or any) and a path under /v1/.
//
// Text form: "*" for every request; "METHOD path" such as "POST session-server" or
// "GET user/*"; a path alone or "* path" for every method; "METHOD *" for every path. The path
// may start with "/v1/". In the path, "*" stands for one segment, and a "*" at the end also for
// any number of further segments, so "user/*" matches "user/7" and "user/7/monetary-account".
class EndpointPattern
{
public:
    // Matches every request.
    EndpointPattern() = default;

    static Result<EndpointPattern, QString> parse(const QString &text);

    // path is the request path as received, e.g. "/v1/user/7". A path outside /v1/ matches only
    // a pattern without a path.
    bool matches(const QByteArray &method, const QString &path) const;

    // The canonical text form, e.g. "POST session-server" or "*".
    QString toString() const;

private:
    QByteArray m_method;    // upper case; empty for any method
    QStringList m_segments; // empty for any path
};

// One fault to arm: what it does, to which requests and how often.
struct FaultSpec
{
    FaultKind kind = FaultKind::InternalError500;
    EndpointPattern endpoint;
    std::optional<int> count; // responses to change, or none for until cleared
    int delayMs = 0;          // Slow only

    // The maximum delay of a Slow fault. Clients usually time out well before it.
    static constexpr int maxDelayMs = 300000;
    static constexpr int maxCount = 1000000;

    // Parses the --fault syntax "kind[=delay_ms]:endpoint[:count]", e.g.
    // "500:POST session-server:2", "slow=1500:GET user/*" or "drop:*:1".
    static Result<FaultSpec, QString> parse(const QString &text);

    // Reads {"kind":…, "endpoint":…, "count":N or null, "delay_ms":…}. The error names the
    // field that is wrong.
    static Result<FaultSpec, QString> fromJson(const QJsonObject &object);

    // One line for logs and lists, e.g. "slow 1500 ms on GET user/*, 2 times".
    QString describe() const;
};

} // namespace studio::sandbox
