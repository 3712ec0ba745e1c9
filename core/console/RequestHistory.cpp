// SPDX-License-Identifier: GPL-3.0-or-later
#include "console/RequestHistory.h"

#include "api/Redaction.h"
#include "console/Logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>
#include <QStringDecoder>

#include <functional>

using namespace Qt::StringLiterals;

namespace studio::console {

namespace {

// Translation context for the messages below. It is declared here, where lupdate finds it.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(studio::console::RequestHistory)
};

const QString formatName = u"bunq-session-studio-history"_s;
constexpr int formatVersion = 1;

constexpr QFile::Permissions ownerOnlyDirectory =
    QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner;
constexpr QFile::Permissions ownerOnlyFile = QFile::ReadOwner | QFile::WriteOwner;

bool isValidUtf8(const QByteArray &data)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString decoded = decoder.decode(data);
    return !decoder.hasError();
}

QJsonObject entryToJson(const HistoryEntry &entry)
{
    QJsonObject object{
        {u"sent_at"_s, entry.sentAt.toUTC().toString(Qt::ISODateWithMs)},
        {u"method"_s, QString::fromLatin1(entry.method)},
        {u"path"_s, entry.path},
        {u"status"_s, entry.status},
        {u"elapsed_ms"_s, entry.elapsedMs},
        {u"response_id"_s, QString::fromLatin1(entry.responseId)},
        {u"error"_s, entry.errorSummary},
    };
    // JSON strings hold text only, so other bodies (uploaded images, say) are kept as base64.
    if (isValidUtf8(entry.body))
        object.insert(u"body"_s, QString::fromUtf8(entry.body));
    else
        object.insert(u"body_base64"_s, QString::fromLatin1(entry.body.toBase64()));
    return object;
}

Result<HistoryEntry, QString> entryFromJson(const QJsonValue &value, qsizetype index)
{
    using EntryResult = Result<HistoryEntry, QString>;

    const QJsonObject object = value.toObject();
    HistoryEntry entry;
    entry.sentAt = QDateTime::fromString(object.value(u"sent_at"_s).toString(), Qt::ISODateWithMs);
    entry.method = object.value(u"method"_s).toString().toLatin1();
    entry.path = object.value(u"path"_s).toString();
    entry.status = object.value(u"status"_s).toInt();
    entry.elapsedMs = object.value(u"elapsed_ms"_s).toInteger();
    entry.responseId = object.value(u"response_id"_s).toString().toLatin1();
    entry.errorSummary = object.value(u"error"_s).toString();
    if (object.contains(u"body_base64"_s)) {
        const auto decoded =
            QByteArray::fromBase64Encoding(object.value(u"body_base64"_s).toString().toLatin1(),
                                           QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded) {
            return EntryResult::failure(
                Text::tr("entry %1 has an invalid body_base64").arg(index + 1));
        }
        entry.body = *decoded;
    } else {
        entry.body = object.value(u"body"_s).toString().toUtf8();
    }

    if (!value.isObject() || !entry.sentAt.isValid() || entry.method.isEmpty() ||
        entry.path.isEmpty()) {
        //: %1 is the position of the entry in the file.
        return EntryResult::failure(Text::tr("entry %1 lacks a valid sent_at, method "
                                             "or path")
                                        .arg(index + 1));
    }
    entry.sentAt = entry.sentAt.toUTC();
    return EntryResult::success(entry);
}

// "<file>.corrupt", or "<file>.corrupt-2" and so on when that name is taken.
QString freeCorruptPath(const QString &filePath)
{
    const QString base = filePath + u".corrupt"_s;
    QString candidate = base;
    for (int n = 2; QFileInfo::exists(candidate); ++n)
        candidate = base + u'-' + QString::number(n);
    return candidate;
}

// Replaces capture group `group` of every match with mask(captured text).
QString replaceCaptured(const QString &text, const QRegularExpression &pattern, int group,
                        const std::function<QString(const QString &)> &mask)
{
    QString result;
    qsizetype copiedUpTo = 0;
    auto matches = pattern.globalMatch(text);
    while (matches.hasNext()) {
        const QRegularExpressionMatch match = matches.next();
        result += QStringView(text).mid(copiedUpTo, match.capturedStart(group) - copiedUpTo);
        result += mask(match.captured(group));
        copiedUpTo = match.capturedEnd(group);
    }
    result += QStringView(text).mid(copiedUpTo);
    return result;
}

QString containedText(const HistoryEntry &entry)
{
    return QString::fromLatin1(entry.method) + u'\n' + entry.path + u'\n' +
           QString::fromUtf8(entry.body) + u'\n' + QString::number(entry.status) + u'\n' +
           QString::fromLatin1(entry.responseId) + u'\n' + entry.errorSummary;
}

} // namespace

RequestHistory::RequestHistory(const QString &filePath)
    : m_filePath(filePath)
{}

Result<qsizetype, QString> RequestHistory::load()
{
    using LoadResult = Result<qsizetype, QString>;

    m_entries.clear();
    m_corruptFilePath.clear();
    const QString nativePath = QDir::toNativeSeparators(m_filePath);

    QFile file(m_filePath);
    if (!file.exists())
        return LoadResult::success(0);
    if (!file.open(QIODevice::ReadOnly)) {
        //: %1 is the file, %2 the system's reason.
        return LoadResult::failure(
            QCoreApplication::translate("studio::console::RequestHistory",
                                        "The request history %1 cannot be opened: %2. Check the "
                                        "file's permissions; the console keeps no history until "
                                        "then.")
                .arg(nativePath, file.errorString()));
    }

    auto reportCorrupt = [this, &nativePath](const QString &problem) {
        m_entries.clear();
        m_corruptFilePath = freeCorruptPath(m_filePath);
        qCWarning(lcConsole) << "request history unreadable:" << problem;
        //: %1 is the file, %2 what is wrong with it, %3 the name it is kept under.
        return LoadResult::failure(
            QCoreApplication::translate(
                "studio::console::RequestHistory",
                "The request history %1 is not valid (%2). It was left unchanged; when the next "
                "request is saved it is kept as %3 and a new history starts.")
                .arg(nativePath, problem, QDir::toNativeSeparators(m_corruptFilePath)));
    };

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return reportCorrupt(
            QCoreApplication::translate("studio::console::RequestHistory",
                                        "not JSON: %1 at byte %2")
                .arg(parseError.errorString(), QString::number(parseError.offset)));
    }
    const QJsonObject root = document.object();
    if (root.value(u"format"_s).toString() != formatName ||
        root.value(u"version"_s).toInt() != formatVersion || !root.value(u"entries"_s).isArray()) {
        return reportCorrupt(QCoreApplication::translate(
                                 "studio::console::RequestHistory",
                                 "no \"format\": \"%1\", \"version\": %2 and \"entries\" list")
                                 .arg(formatName, QString::number(formatVersion)));
    }

    const QJsonArray entries = root.value(u"entries"_s).toArray();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        auto entry = entryFromJson(entries.at(i), i);
        if (!entry)
            return reportCorrupt(entry.error());
        m_entries.append(std::move(entry).value());
    }
    while (m_entries.size() > maximumEntries)
        m_entries.removeFirst();
    return LoadResult::success(m_entries.size());
}

std::optional<QString> RequestHistory::append(const HistoryEntry &entry)
{
    HistoryEntry stored = entry;
    stored.body = redactBody(entry.body);
    stored.sentAt = entry.sentAt.toUTC();
    m_entries.append(stored);
    while (m_entries.size() > maximumEntries)
        m_entries.removeFirst();
    return save();
}

std::optional<QString> RequestHistory::clear()
{
    m_entries.clear();
    return save();
}

QList<HistoryEntry> RequestHistory::search(QStringView text) const
{
    const QString needle = text.trimmed().toString();
    if (needle.isEmpty())
        return m_entries;

    QList<HistoryEntry> found;
    for (const HistoryEntry &entry : m_entries) {
        if (containedText(entry).contains(needle, Qt::CaseInsensitive))
            found.append(entry);
    }
    return found;
}

HistoryEntry RequestHistory::fromExchange(const api::ApiExchange &exchange,
                                          const std::optional<api::ApiError> &error)
{
    HistoryEntry entry;
    entry.sentAt = exchange.startedAt.toUTC();
    entry.method = exchange.method;
    entry.path = exchange.url.toString(QUrl::RemoveScheme | QUrl::RemoveAuthority |
                                       QUrl::RemoveFragment | QUrl::FullyEncoded);
    entry.body = redactBody(exchange.requestBody);
    entry.status = exchange.status;
    entry.elapsedMs = exchange.elapsedMs;
    entry.responseId = exchange.responseHeader("X-Bunq-Client-Response-Id");
    if (error) {
        entry.errorSummary = error->summary();
        if (entry.responseId.isEmpty())
            entry.responseId = error->responseId;
    }
    return entry;
}

QByteArray RequestHistory::redactBody(const QByteArray &body)
{
    static const QRegularExpression secretField(
        uR"re("([A-Za-z_]*(?:password|passphrase|secret|token|api_?key|private_key)[A-Za-z_]*)"(\s*:\s*)"((?:[^"\\]|\\.)*)")re"_s,
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression privateKeyPem(
        uR"re(-----BEGIN ([A-Z0-9 ]*)PRIVATE KEY-----.*?-----END \1PRIVATE KEY-----)re"_s,
        QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression sandboxApiKey(u"sandbox_[0-9a-fA-F]{20,}"_s);

    if (body.isEmpty())
        return body;

    // A body that is not UTF-8 (an uploaded image, say) is read as Latin-1, which maps each byte
    // to one character and back. So only the masked parts change, and their masks are ASCII.
    const bool utf8 = isValidUtf8(body);
    QString text = utf8 ? QString::fromUtf8(api::redactJsonBody(body)) : QString::fromLatin1(body);
    auto mask = [utf8](const QString &secret) {
        return utf8 ? api::maskSecret(secret.toUtf8()) : u"[removed]"_s;
    };

    text = replaceCaptured(text, secretField, 3, mask);
    text.replace(privateKeyPem, u"[private key removed]"_s);
    text = replaceCaptured(text, sandboxApiKey, 0, mask);
    return utf8 ? text.toUtf8() : text.toLatin1();
}

QString RequestHistory::defaultFilePath(const QString &profileId)
{
    QString safeId;
    for (const QChar c : profileId) {
        const bool allowed =
            (c.isLetterOrNumber() && c.unicode() < 0x80) || c == u'-' || c == u'_' || c == u'.';
        safeId += allowed ? c : u'_';
    }
    // "." and ".." would name folders, not files.
    if (safeId.isEmpty() || safeId == u"."_s || safeId == u".."_s)
        safeId = u"default"_s;

    const QString dataDirectory = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return dataDirectory + u"/history/"_s + safeId + u".json"_s;
}

std::optional<QString> RequestHistory::save()
{
    const QString nativePath = QDir::toNativeSeparators(m_filePath);

    // An unreadable file is moved aside, never overwritten, so nothing in it is lost.
    if (!m_corruptFilePath.isEmpty() && QFileInfo::exists(m_filePath) &&
        !QFileInfo::exists(m_corruptFilePath)) {
        if (!QFile::rename(m_filePath, m_corruptFilePath)) {
            //: %1 is the history file, %2 the name it should be moved to.
            return QCoreApplication::translate(
                       "studio::console::RequestHistory",
                       "The request was not saved in the history: the unreadable file %1 could "
                       "not be renamed to %2. Move or delete it by hand.")
                .arg(nativePath, QDir::toNativeSeparators(m_corruptFilePath));
        }
        qCInfo(lcConsole) << "kept the unreadable request history as" << m_corruptFilePath;
    }

    // A folder made here is narrowed to its owner, as mkpath() applies the umask. A folder that
    // already existed is left as its owner set it.
    const QString directory = QFileInfo(m_filePath).absolutePath();
    const bool directoryExisted = QFileInfo::exists(directory);
    if (!QDir().mkpath(directory)) {
        return QCoreApplication::translate(
                   "studio::console::RequestHistory",
                   "Cannot create the folder %1 for the request history. Check that its parent "
                   "folder is writable.")
            .arg(QDir::toNativeSeparators(directory));
    }
    if (!directoryExisted)
        QFile::setPermissions(directory, ownerOnlyDirectory);

    QJsonArray entries;
    for (const HistoryEntry &entry : std::as_const(m_entries))
        entries.append(entryToJson(entry));
    const QJsonObject root{
        {u"format"_s, formatName},
        {u"version"_s, formatVersion},
        {u"entries"_s, entries},
    };

    QSaveFile file(m_filePath);
    if (!file.open(QIODevice::WriteOnly)) {
        return QCoreApplication::translate(
                   "studio::console::RequestHistory",
                   "Cannot write the request history %1: %2. Check that the folder is writable "
                   "and the disk is not full.")
            .arg(nativePath, file.errorString());
    }
    if (!file.setPermissions(ownerOnlyFile)) {
        file.cancelWriting();
        return QCoreApplication::translate(
                   "studio::console::RequestHistory",
                   "Cannot restrict the request history %1 to its owner: %2.")
            .arg(nativePath, file.errorString());
    }
    file.write(QJsonDocument(root).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        return QCoreApplication::translate(
                   "studio::console::RequestHistory",
                   "Cannot write the request history %1: %2. Check that the disk is not full.")
            .arg(nativePath, file.errorString());
    }
    return std::nullopt;
}

} // namespace studio::console
