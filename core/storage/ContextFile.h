// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "onboarding/SessionContext.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace studio::storage {

// The official bunq SDK whose writer a context file's layout matches best.
enum class SdkShape { Unknown, Python, Java, Php, CSharp };

// Translated name of the SDK, for example "Python" or "C#".
QString sdkShapeName(SdkShape shape);

// Reason a context file could not be read. The message names the file too.
struct ContextFileError
{
    QString fileName;
    QString message;
};

// An API context read from a bunq SDK context file ("bunq.conf").
struct ImportedContext
{
    // installationId, deviceId and sessionId stay 0 and sessionCreated stays invalid, because
    // the SDKs do not save them.
    onboarding::SessionContext context;

    // expiry_time, read as local time on this computer and converted to UTC. Invalid when the
    // file has none. Untrusted: the SDKs write their own clock's local time without a zone, so
    // check the session against the server before relying on it.
    QDateTime untrustedExpiry;

    // proxy_url or proxy, empty when the file sets none.
    QString proxyUrl;

    // A guess from the file's layout (key spelling, proxy key, PEM wrapping, indentation).
    SdkShape likelyShape = SdkShape::Unknown;

    // Translated sentences for people: what the file contains and what is missing or odd.
    QStringList findings;
};

// Reads the context file of any of the four official SDKs (Python, Java, PHP, C#). fileName is
// used in messages only.
Result<ImportedContext, ContextFileError> readContextFile(const QByteArray &bytes,
                                                          const QString &fileName);

// Writes a context file that all four SDKs read: snake_case and camelCase user keys, PEMs with
// LF and a trailing LF, expiry_time in local time, indented with 4 spaces. Writes no
// session_context when the context has no session.
QByteArray writeContextFile(const onboarding::SessionContext &context,
                            const QString &proxyUrl = {});

} // namespace studio::storage
