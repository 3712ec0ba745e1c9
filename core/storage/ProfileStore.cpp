// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/ProfileStore.h"

#include "storage/PrivateFile_p.h"
#include "storage/StorageLogging_p.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QUuid>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace studio::storage {

namespace {

const QString fileSuffix = u".json"_s;

// Profile files are a few kilobytes; anything far larger is not one of ours, and reading it
// whole would waste memory.
constexpr qint64 maximumFileSize = 1024 * 1024;

} // namespace

QString ProfileStore::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/profiles"_s;
}

ProfileStore::ProfileStore(const QString &directory)
    : m_directory(QDir::cleanPath(directory))
{
}

QString ProfileStore::filePath(const QString &id) const
{
    return m_directory + u'/' + id + fileSuffix;
}

ProfileList ProfileStore::list() const
{
    ProfileList result;
    const QDir directory(m_directory);
    if (!directory.exists())
        return result;

    const QFileInfoList files = directory.entryInfoList({u"*"_s + fileSuffix},
                                                        QDir::Files | QDir::Hidden, QDir::Name);
    for (const QFileInfo &file : files) {
        auto profile = readFile(file.filePath());
        if (profile) {
            result.profiles << std::move(profile).value();
        } else {
            qCWarning(lcStorage) << "Skipped unreadable profile file" << file.filePath();
            result.problems << ProfileFileProblem{file.filePath(), profile.error()};
        }
    }

    std::sort(result.profiles.begin(), result.profiles.end(),
              [](const Profile &a, const Profile &b) {
                  const int byName = a.name.localeAwareCompare(b.name);
                  return byName != 0 ? byName < 0 : a.id < b.id;
              });
    return result;
}

Result<Profile, QString> ProfileStore::load(const QString &id) const
{
    if (const auto problem = checkId(id))
        return Result<Profile, QString>::failure(*problem);
    return readFile(filePath(id));
}

Result<Profile, QString> ProfileStore::save(const Profile &profile)
{
    using R = Result<Profile, QString>;
    if (const auto problem = checkId(profile.id))
        return R::failure(*problem);
    if (const auto problem = checkName(profile.name))
        return R::failure(*problem);

    Profile saved = profile;
    saved.updatedAt = QDateTime::currentDateTimeUtc();
    if (!saved.createdAt.isValid())
        saved.createdAt = saved.updatedAt;

    if (const auto problem = ensurePrivateDirectory(m_directory))
        return R::failure(*problem);

    const QByteArray bytes = QJsonDocument(profileToJson(saved)).toJson(QJsonDocument::Indented);
    if (const auto problem = writePrivateFile(filePath(saved.id), bytes, m_beforeCommit))
        return R::failure(*problem);
    return R::success(saved);
}

Result<QString, QString> ProfileStore::remove(const QString &id)
{
    using R = Result<QString, QString>;
    if (const auto problem = checkId(id))
        return R::failure(*problem);

    const QString path = filePath(id);
    QFile file(path);
    if (!file.exists()) {
        return R::failure(tr("The profile file %1 does not exist. Reload the list of profiles.")
                              .arg(QDir::toNativeSeparators(path)));
    }
    if (!file.remove()) {
        return R::failure(tr("Cannot delete %1: %2. Check that the folder is writable.")
                              .arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    return R::success(path);
}

Result<Profile, QString> ProfileStore::rename(const QString &id, const QString &newName)
{
    using R = Result<Profile, QString>;
    if (const auto problem = checkName(newName))
        return R::failure(*problem);

    auto profile = load(id);
    if (!profile)
        return profile;

    Profile renamed = std::move(profile).value();
    renamed.name = newName.trimmed();
    return save(renamed);
}

Result<QString, QString> ProfileStore::duplicate(const QString &id, const QString &newName)
{
    using R = Result<QString, QString>;
    if (const auto problem = checkName(newName))
        return R::failure(*problem);

    auto original = load(id);
    if (!original)
        return R::failure(original.error());

    Profile copy = std::move(original).value();
    copy.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    copy.name = newName.trimmed();
    copy.createdAt = {};

    const auto saved = save(copy);
    if (!saved)
        return R::failure(saved.error());
    return R::success(copy.id);
}

void ProfileStore::setBeforeCommitHookForTesting(std::function<void()> hook)
{
    m_beforeCommit = std::move(hook);
}

Result<Profile, QString> ProfileStore::readFile(const QString &path) const
{
    using R = Result<Profile, QString>;
    const QString nativePath = QDir::toNativeSeparators(path);

    QFile file(path);
    if (!file.exists()) {
        return R::failure(tr("The profile file %1 does not exist. Reload the list of profiles.")
                              .arg(nativePath));
    }
    if (file.size() > maximumFileSize) {
        return R::failure(tr("%1 is larger than %2 bytes, so it is not a profile file. Move it "
                             "out of the profiles folder.")
                              .arg(nativePath)
                              .arg(maximumFileSize));
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return R::failure(tr("Cannot read %1: %2. Check the file's permissions.")
                              .arg(nativePath, file.errorString()));
    }

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        const QString reason = parseError.error != QJsonParseError::NoError
                                   ? parseError.errorString()
                                   : tr("no JSON object");
        return R::failure(tr("%1 is damaged (%2) and was skipped. Restore it from a backup, or "
                             "delete it and create the profile again.")
                              .arg(nativePath, reason));
    }

    auto profile = profileFromJson(document.object());
    if (!profile) {
        return R::failure(tr("%1 cannot be read: %2 Restore it from a backup, or delete it and "
                             "create the profile again.")
                              .arg(nativePath, profile.error()));
    }

    // The id in the file must match the file name. Otherwise saving would write to a file
    // other than the one read, and two files could claim one id.
    const QString expectedId = QFileInfo(path).completeBaseName();
    if (profile.value().id != expectedId) {
        return R::failure(tr("%1 contains the profile id %2, which does not match its file "
                             "name. Rename the file to %2.json or restore it from a backup.")
                              .arg(nativePath, profile.value().id));
    }
    return profile;
}

std::optional<QString> ProfileStore::checkId(const QString &id) const
{
    if (isValidProfileId(id))
        return std::nullopt;
    return tr("\"%1\" is not a profile id: ids are UUIDs such as "
              "0f8fad5b-d9cb-469f-a165-70867728950e. Pick the profile from the list.")
        .arg(id);
}

std::optional<QString> ProfileStore::checkName(const QString &name) const
{
    if (!name.trimmed().isEmpty())
        return std::nullopt;
    return tr("The profile name is empty. Enter a name.");
}

} // namespace studio::storage
