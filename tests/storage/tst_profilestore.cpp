// SPDX-License-Identifier: GPL-3.0-or-later
#include "StorageTestData.h"
#include "storage/ProfileStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace studio;
using namespace studio::storage;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(bytes), bytes.size());
}

Profile sampleProfile(const QString &name)
{
    return profileFromContext(testdata::sampleContext(), name);
}

// The base64 lines of a PEM, any of which would give the key away.
QList<QByteArray> pemBodyLines(const QByteArray &pem)
{
    QList<QByteArray> lines;
    for (const QByteArray &line : pem.split('\n')) {
        if (!line.isEmpty() && !line.startsWith("-----"))
            lines << line;
    }
    return lines;
}

} // namespace

class TestProfileStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void saveAndLoad();
    void listSortsByName();
    void listOfMissingDirectory();
    void renameKeepsTheRest();
    void duplicateGetsNewId();
    void removeDeletesFile();
    void corruptFileReported_data();
    void corruptFileReported();
    void fileWithForeignIdReported();
    void noSecretInFile();
    void ownerOnlyPermissions();
    void tightensExistingDirectory();
    void rejectsBadIds_data();
    void rejectsBadIds();
    void rejectsEmptyName();

private:
    std::unique_ptr<QTemporaryDir> m_temporary;
    QString m_directory;
};

void TestProfileStore::init()
{
    m_temporary = std::make_unique<QTemporaryDir>();
    QVERIFY(m_temporary->isValid());
    m_directory = m_temporary->filePath(u"profiles"_s);
}

void TestProfileStore::saveAndLoad()
{
    ProfileStore store(m_directory);
    Profile profile = sampleProfile(u"Personal"_s);
    profile.proxyUrl = u"socks5://me@127.0.0.1:1080"_s;
    profile.createdAt = {};

    const auto saved = store.save(profile);
    if (!saved.ok())
        QFAIL(qPrintable(saved.error()));
    QVERIFY(saved.value().createdAt.isValid());
    QVERIFY(saved.value().updatedAt.isValid());
    QVERIFY(QFileInfo::exists(store.filePath(profile.id)));

    const auto loaded = store.load(profile.id);
    if (!loaded.ok())
        QFAIL(qPrintable(loaded.error()));
    QCOMPARE(loaded.value().name, u"Personal"_s);
    QCOMPARE(loaded.value().proxyUrl, profile.proxyUrl);
    QCOMPARE(loaded.value().environment, profile.environment);
    QCOMPARE(loaded.value().sessionCreated, profile.sessionCreated);
    QCOMPARE(loaded.value().createdAt, saved.value().createdAt);
    QCOMPARE(loaded.value().updatedAt, saved.value().updatedAt);

    const auto missing = store.load(QUuid::createUuid().toString(QUuid::WithoutBraces));
    QVERIFY(!missing.ok());
    QVERIFY2(missing.error().contains(u"does not exist"_s), qPrintable(missing.error()));
}

void TestProfileStore::listSortsByName()
{
    ProfileStore store(m_directory);
    for (const QString &name : {u"charlie"_s, u"Alpha"_s, u"bravo"_s})
        QVERIFY(store.save(sampleProfile(name)).ok());

    const ProfileList list = store.list();
    QVERIFY(list.problems.isEmpty());
    QCOMPARE(list.profiles.size(), 3);
    QCOMPARE(list.profiles.at(0).name, u"Alpha"_s);
    QCOMPARE(list.profiles.at(1).name, u"bravo"_s);
    QCOMPARE(list.profiles.at(2).name, u"charlie"_s);
}

void TestProfileStore::listOfMissingDirectory()
{
    const ProfileStore store(m_temporary->filePath(u"does-not-exist"_s));
    const ProfileList list = store.list();
    QVERIFY(list.profiles.isEmpty());
    QVERIFY(list.problems.isEmpty());
}

void TestProfileStore::renameKeepsTheRest()
{
    ProfileStore store(m_directory);
    const Profile original = store.save(sampleProfile(u"Old name"_s)).value();

    const auto renamed = store.rename(original.id, u"  New name  "_s);
    if (!renamed.ok())
        QFAIL(qPrintable(renamed.error()));

    const Profile loaded = store.load(original.id).value();
    QCOMPARE(loaded.name, u"New name"_s);
    QCOMPARE(loaded.id, original.id);
    QCOMPARE(loaded.sessionId, original.sessionId);
    QCOMPARE(loaded.createdAt, original.createdAt);
    QVERIFY(loaded.updatedAt >= original.updatedAt);
    QCOMPARE(store.list().profiles.size(), 1);
}

void TestProfileStore::duplicateGetsNewId()
{
    ProfileStore store(m_directory);
    const Profile original = store.save(sampleProfile(u"Original"_s)).value();

    const auto copyId = store.duplicate(original.id, u"Copy"_s);
    if (!copyId.ok())
        QFAIL(qPrintable(copyId.error()));
    QVERIFY(copyId.value() != original.id);
    QVERIFY(isValidProfileId(copyId.value()));

    const Profile copy = store.load(copyId.value()).value();
    QCOMPARE(copy.name, u"Copy"_s);
    QCOMPARE(copy.sessionId, original.sessionId);
    QCOMPARE(copy.environment, original.environment);
    QCOMPARE(store.load(original.id).value().name, u"Original"_s);
    QCOMPARE(store.list().profiles.size(), 2);
}

void TestProfileStore::removeDeletesFile()
{
    ProfileStore store(m_directory);
    const Profile kept = store.save(sampleProfile(u"Kept"_s)).value();
    const Profile removed = store.save(sampleProfile(u"Removed"_s)).value();

    const auto result = store.remove(removed.id);
    if (!result.ok())
        QFAIL(qPrintable(result.error()));
    QCOMPARE(result.value(), store.filePath(removed.id));
    QVERIFY(!QFileInfo::exists(store.filePath(removed.id)));

    const ProfileList list = store.list();
    QCOMPARE(list.profiles.size(), 1);
    QCOMPARE(list.profiles.first().id, kept.id);

    const auto again = store.remove(removed.id);
    QVERIFY(!again.ok());
    QVERIFY2(again.error().contains(u"does not exist"_s), qPrintable(again.error()));
}

void TestProfileStore::corruptFileReported_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("expectedWords");

    QTest::newRow("truncated JSON") << "{\"version\": 1, \"id\": \"a"_ba << u"damaged"_s;
    QTest::newRow("empty") << QByteArray() << u"damaged"_s;
    QTest::newRow("array") << "[1, 2]"_ba << u"damaged"_s;
    QTest::newRow("no version") << "{\"name\": \"x\"}"_ba << u"version"_s;
}

void TestProfileStore::corruptFileReported()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, expectedWords);

    ProfileStore store(m_directory);
    const Profile good = store.save(sampleProfile(u"Good"_s)).value();
    const QString corruptId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString corruptPath = store.filePath(corruptId);
    writeAll(corruptPath, content);

    const ProfileList list = store.list();
    QCOMPARE(list.profiles.size(), 1);
    QCOMPARE(list.profiles.first().id, good.id);
    QCOMPARE(list.problems.size(), 1);
    QCOMPARE(list.problems.first().filePath, corruptPath);
    const QString message = list.problems.first().message;
    QVERIFY2(message.contains(QDir::toNativeSeparators(corruptPath)), qPrintable(message));
    QVERIFY2(message.contains(expectedWords), qPrintable(message));

    const auto loaded = store.load(corruptId);
    QVERIFY(!loaded.ok());
    QVERIFY2(loaded.error().contains(QDir::toNativeSeparators(corruptPath)),
             qPrintable(loaded.error()));

    // Reported, never deleted or rewritten.
    QVERIFY(QFileInfo::exists(corruptPath));
    QCOMPARE(readAll(corruptPath), content);
}

void TestProfileStore::fileWithForeignIdReported()
{
    ProfileStore store(m_directory);
    const Profile profile = store.save(sampleProfile(u"Moved"_s)).value();
    const QString otherId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QVERIFY(QFile::rename(store.filePath(profile.id), store.filePath(otherId)));

    const ProfileList list = store.list();
    QVERIFY(list.profiles.isEmpty());
    QCOMPARE(list.problems.size(), 1);
    QVERIFY2(list.problems.first().message.contains(u"does not match its file name"_s),
             qPrintable(list.problems.first().message));
}

void TestProfileStore::noSecretInFile()
{
    const onboarding::SessionContext context = testdata::sampleContext();
    const ProfileSecrets secrets = secretsFromContext(context);
    ProfileStore store(m_directory);
    const Profile profile = store.save(profileFromContext(context, u"Secretless"_s)).value();
    QVERIFY(store.duplicate(profile.id, u"Copy"_s).ok());
    QVERIFY(store.rename(profile.id, u"Renamed"_s).ok());

    const QStringList files = QDir(m_directory).entryList(QDir::Files | QDir::Hidden);
    QCOMPARE(files.size(), 2);
    for (const QString &name : files) {
        const QByteArray content = readAll(QDir(m_directory).filePath(name));
        QVERIFY(!content.isEmpty());
        QVERIFY2(!content.contains(secrets.apiKey), "API key found in the profile file");
        QVERIFY2(!content.contains(secrets.installationToken),
                 "installation token found in the profile file");
        QVERIFY2(!content.contains(secrets.sessionToken), "session token found in the profile file");
        QVERIFY2(!content.contains("PRIVATE KEY"), "a private key found in the profile file");
        for (const QByteArray &line : pemBodyLines(secrets.privateKeyPem))
            QVERIFY2(!content.contains(line), "private key bytes found in the profile file");

        // The public server key is expected, and shows that the check reads the right file.
        QVERIFY(content.contains(pemBodyLines(context.serverPublicKey.toPem()).first()));
    }
}

void TestProfileStore::ownerOnlyPermissions()
{
    ProfileStore store(m_directory);
    const Profile profile = store.save(sampleProfile(u"Private"_s)).value();
    QVERIFY(store.rename(profile.id, u"Still private"_s).ok());
    const QString copyId = store.duplicate(profile.id, u"Copy"_s).value();

    QCOMPARE(testdata::modeOf(m_directory), testdata::ownerOnlyDirectory);
    for (const QString &id : {profile.id, copyId}) {
        QCOMPARE(testdata::modeOf(store.filePath(id)), testdata::ownerOnlyFile);
    }
}

void TestProfileStore::tightensExistingDirectory()
{
    QVERIFY(QDir().mkpath(m_directory));
    QVERIFY(QFile::setPermissions(m_directory, QFile::ReadOwner | QFile::WriteOwner
                                                   | QFile::ExeOwner | QFile::ReadOther
                                                   | QFile::ExeOther | QFile::ReadGroup
                                                   | QFile::ExeGroup));
    ProfileStore store(m_directory);
    QVERIFY(store.save(sampleProfile(u"Tight"_s)).ok());
    QCOMPARE(testdata::modeOf(m_directory), testdata::ownerOnlyDirectory);
}

void TestProfileStore::rejectsBadIds_data()
{
    QTest::addColumn<QString>("id");

    QTest::newRow("empty") << QString();
    QTest::newRow("parent folder") << u"../profiles/x"_s;
    QTest::newRow("braces") << QUuid::createUuid().toString();
}

void TestProfileStore::rejectsBadIds()
{
    QFETCH(QString, id);

    ProfileStore store(m_directory);
    Profile profile = sampleProfile(u"Bad id"_s);
    profile.id = id;

    const auto saved = store.save(profile);
    QVERIFY(!saved.ok());
    QVERIFY2(saved.error().contains(u"not a profile id"_s), qPrintable(saved.error()));
    QVERIFY(!store.load(id).ok());
    QVERIFY(!store.remove(id).ok());
    QVERIFY(!store.rename(id, u"x"_s).ok());
    QVERIFY(!store.duplicate(id, u"x"_s).ok());
    QVERIFY(!QDir(m_directory).exists() || QDir(m_directory).isEmpty());
}

void TestProfileStore::rejectsEmptyName()
{
    ProfileStore store(m_directory);
    const Profile profile = store.save(sampleProfile(u"Named"_s)).value();

    for (const QString &name : {QString(), u"   "_s}) {
        const auto renamed = store.rename(profile.id, name);
        QVERIFY(!renamed.ok());
        QVERIFY2(renamed.error().contains(u"name is empty"_s), qPrintable(renamed.error()));
        QVERIFY(!store.duplicate(profile.id, name).ok());
    }
    QCOMPARE(store.load(profile.id).value().name, u"Named"_s);
}

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
