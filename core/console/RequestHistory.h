// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiError.h"
#include "api/ApiExchange.h"
#include "common/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace studio::console {

// One request the console sent, without secrets: no headers, and the body with tokens, API keys,
// passwords and private keys masked.
struct HistoryEntry
{
    QDateTime sentAt; // UTC
    QByteArray method;
    QString path; // path and query as sent, e.g. "/v1/user/12/monetary-account?count=10"
    QByteArray body;
    int status = 0; // 0 when no HTTP response arrived
    qint64 elapsedMs = 0;
    QByteArray responseId; // X-Bunq-Client-Response-Id
    QString errorSummary;  // ApiError::summary(), empty on success

    friend bool operator==(const HistoryEntry &, const HistoryEntry &) = default;
};

// The console's request history of one profile, saved as JSON after every append. The file is
// written through QSaveFile with owner-only permissions and keeps the newest maximumEntries.
class RequestHistory
{
public:
    static constexpr int maximumEntries = 500;

    explicit RequestHistory(const QString &filePath);

    QString filePath() const { return m_filePath; }

    // Reads the file and returns the number of entries read. A missing file is an empty
    // history. A file that cannot be read or parsed is reported and left untouched; the next
    // append first renames it to corruptFilePath() and then starts a new file.
    Result<qsizetype, QString> load();

    // Where an unreadable history file is kept, e.g. "<file>.corrupt"; empty when load() found
    // nothing wrong.
    QString corruptFilePath() const { return m_corruptFilePath; }

    // Adds the entry (its body masked once more), drops the oldest beyond maximumEntries and
    // saves at once. Returns an error message when saving failed; the entry stays in memory.
    std::optional<QString> append(const HistoryEntry &entry);

    // Removes every entry and saves the empty history.
    std::optional<QString> clear();

    // Oldest first.
    QList<HistoryEntry> entries() const { return m_entries; }

    // Entries whose method, path, body, status, response id or error contain text, ignoring
    // case; oldest first. Empty text matches every entry.
    QList<HistoryEntry> search(QStringView text) const;

    static HistoryEntry fromExchange(const api::ApiExchange &exchange,
                                     const std::optional<api::ApiError> &error);

    // Masks secrets in a request body: api::redactJsonBody, then the values of password,
    // passphrase, client_secret, access_token and similar fields, PEM private key blocks and
    // sandbox API keys anywhere in the text.
    static QByteArray redactBody(const QByteArray &body);

    // <AppDataLocation>/history/<profileId>.json; characters other than letters, digits, '-',
    // '_' and '.' in profileId become '_'.
    static QString defaultFilePath(const QString &profileId);

private:
    std::optional<QString> save();

    QString m_filePath;
    QString m_corruptFilePath;
    QList<HistoryEntry> m_entries;
};

} // namespace studio::console
