// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "storage/Profile.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

namespace studio::storage {

// A profile file that list() could not read. The file is left where it is.
struct ProfileFileProblem
{
    QString filePath;
    QString message; // translated, names the file and what to do
};

// The readable profiles of a folder, and the files that could not be read.
struct ProfileList
{
    QList<Profile> profiles; // sorted by name, then by id
    QList<ProfileFileProblem> problems;
};

// Keeps one JSON file per profile, named <id>.json, in a folder that only its owner may read.
// The files hold no secrets: those go to a SecretStore under the same id. Every method works
// synchronously on small files, so it may be called on the UI thread.
class ProfileStore
{
    Q_DECLARE_TR_FUNCTIONS(studio::storage::ProfileStore)

public:
    // The "profiles" folder in the app's data location, for example
    // ~/.local/share/<organization>/<application>/profiles on Linux.
    static QString defaultDirectory();

    explicit ProfileStore(const QString &directory = defaultDirectory());

    QString directory() const { return m_directory; }
    // The file that contains the profile with this id, whether or not it exists.
    QString filePath(const QString &id) const;

    // Reads every profile file. A missing folder gives an empty list. A file that cannot be
    // read is reported in problems and never changed or deleted.
    ProfileList list() const;

    Result<Profile, QString> load(const QString &id) const;

    // Writes the profile under its id, replacing an earlier version atomically. Sets updatedAt
    // to now (and createdAt too when it is unset) and returns the profile as written.
    Result<Profile, QString> save(const Profile &profile);

    // Deletes the profile's file and returns its path. The caller removes the secrets.
    Result<QString, QString> remove(const QString &id);

    // Changes the name and returns the profile as written.
    Result<Profile, QString> rename(const QString &id, const QString &newName);

    // Copies the profile under a new id and name and returns the new id. The caller copies the
    // secrets with the SecretStore.
    Result<QString, QString> duplicate(const QString &id, const QString &newName);

    // Test seam: called in save() after the new content is written to the temporary file and
    // before it replaces the profile file.
    void setBeforeCommitHookForTesting(std::function<void()> hook);

private:
    Result<Profile, QString> readFile(const QString &filePath) const;
    std::optional<QString> checkId(const QString &id) const;
    std::optional<QString> checkName(const QString &name) const;

    QString m_directory;
    std::function<void()> m_beforeCommit;
};

} // namespace studio::storage
