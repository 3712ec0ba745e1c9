// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/PrivateFile_p.h"

#include "storage/StorageLogging_p.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace studio::storage {

Q_LOGGING_CATEGORY(lcStorage, "studio.core.storage")

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(studio::storage::PrivateFile)
};

constexpr QFile::Permissions ownerOnlyDirectory =
    QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner;
constexpr QFile::Permissions ownerOnlyFile = QFile::ReadOwner | QFile::WriteOwner;

// The mode bits, without the "User" flags that QFileInfo adds for the current user.
QFile::Permissions modeOf(const QString &path)
{
    return QFileInfo(path).permissions()
           & ~(QFile::ReadUser | QFile::WriteUser | QFile::ExeUser);
}

} // namespace

std::optional<QString> ensurePrivateDirectory(const QString &directory)
{
    if (!QDir().mkpath(directory)) {
        return Text::tr("Cannot create the folder %1. Check that its parent folder exists and "
                        "is writable.")
            .arg(QDir::toNativeSeparators(directory));
    }

    // mkpath() applies the umask, so a new folder is often readable by everyone; an existing
    // one may have been widened by hand.
    if (modeOf(directory) != ownerOnlyDirectory
        && !QFile::setPermissions(directory, ownerOnlyDirectory)) {
        return Text::tr("Cannot restrict the folder %1 to its owner. Check that you own it.")
            .arg(QDir::toNativeSeparators(directory));
    }
    return std::nullopt;
}

std::optional<QString> writePrivateFile(const QString &path, const QByteArray &bytes,
                                        const BeforeCommitHook &beforeCommit)
{
    const QString nativePath = QDir::toNativeSeparators(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Text::tr("Cannot write %1: %2. Check that the folder is writable and the disk "
                        "is not full.")
            .arg(nativePath, file.errorString());
    }

    // Restricting the temporary file before the first byte means the secret-free but private
    // content is never readable by others, not even for a moment.
    if (!file.setPermissions(ownerOnlyFile)) {
        file.cancelWriting();
        return Text::tr("Cannot restrict %1 to its owner: %2.").arg(nativePath, file.errorString());
    }

    if (file.write(bytes) != bytes.size() || !file.flush()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return Text::tr("Cannot write %1: %2. Check that the disk is not full; the previous "
                        "file is unchanged.")
            .arg(nativePath, reason);
    }

    if (beforeCommit)
        beforeCommit();

    if (!file.commit()) {
        return Text::tr("Cannot replace %1: %2. The previous file is unchanged.")
            .arg(nativePath, file.errorString());
    }
    qCDebug(lcStorage) << "Wrote" << bytes.size() << "bytes to" << path;
    return std::nullopt;
}

} // namespace studio::storage
