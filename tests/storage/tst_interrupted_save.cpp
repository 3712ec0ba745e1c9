// SPDX-License-Identifier: GPL-3.0-or-later

// Kills a process in the middle of a save and checks that the old file still reads back and
// the next save works. The process, storage_save_helper, stops after the new content is in the
// temporary file and before that file replaces the old one.

#include "StorageTestData.h"
#include "storage/PassphraseSecretStore.h"
#include "storage/ProfileStore.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace studio;
using namespace studio::storage;

namespace {

const QString passphrase = u"correct horse battery staple"_s;

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

} // namespace

class TestInterruptedSave : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void killedProfileSaveKeepsOldFile();
    void killedSecretsSaveKeepsOldFile();

private:
    // Starts the helper and waits until it stops before the commit.
    bool startHelperUntilReady(const QStringList &arguments,
                               const QProcessEnvironment &environment = {});
    void killHelper();

    std::unique_ptr<QTemporaryDir> m_temporary;
    std::unique_ptr<QProcess> m_helper;
};

void TestInterruptedSave::init()
{
    m_temporary = std::make_unique<QTemporaryDir>();
    QVERIFY(m_temporary->isValid());
}

void TestInterruptedSave::cleanup()
{
    if (m_helper && m_helper->state() != QProcess::NotRunning)
        killHelper();
    m_helper.reset();
}

bool TestInterruptedSave::startHelperUntilReady(const QStringList &arguments,
                                                const QProcessEnvironment &environment)
{
    m_helper = std::make_unique<QProcess>();
    m_helper->setProgram(QStringLiteral(STORAGE_SAVE_HELPER));
    m_helper->setArguments(arguments);
    m_helper->setProcessChannelMode(QProcess::SeparateChannels);
    if (!environment.isEmpty())
        m_helper->setProcessEnvironment(environment);
    m_helper->start();
    if (!m_helper->waitForStarted())
        return false;

    // The secrets store derives two keys before it writes, which takes a few seconds on a slow
    // machine; 60 s only bounds a hang.
    QByteArray output;
    while (!output.contains("ready\n")) {
        if (!m_helper->waitForReadyRead(60000)) {
            qWarning("storage_save_helper stopped without reaching the commit: %s",
                     m_helper->readAllStandardError().constData());
            return false;
        }
        output += m_helper->readAllStandardOutput();
    }
    return true;
}

void TestInterruptedSave::killHelper()
{
    // QProcess::kill() sends SIGKILL, which the process cannot catch or clean up after.
    m_helper->kill();
    QVERIFY(m_helper->waitForFinished());
    QCOMPARE(m_helper->exitStatus(), QProcess::CrashExit);
}

void TestInterruptedSave::killedProfileSaveKeepsOldFile()
{
    const QString directory = m_temporary->filePath(u"profiles"_s);
    ProfileStore store(directory);
    const Profile original =
        store.save(profileFromContext(testdata::sampleContext(), u"Before the crash"_s)).value();
    const QByteArray before = readAll(store.filePath(original.id));

    QVERIFY(startHelperUntilReady(
        {u"profile"_s, directory, original.id, u"Never committed"_s}));
    killHelper();

    QCOMPARE(readAll(store.filePath(original.id)), before);
    const auto loaded = store.load(original.id);
    if (!loaded.ok())
        QFAIL(qPrintable(loaded.error()));
    QCOMPARE(loaded.value().name, u"Before the crash"_s);

    // A leftover temporary file must neither show up as a broken profile nor block the next
    // save.
    const ProfileList list = store.list();
    QCOMPARE(list.profiles.size(), 1);
    QVERIFY(list.problems.isEmpty());

    const auto renamed = store.rename(original.id, u"After the crash"_s);
    if (!renamed.ok())
        QFAIL(qPrintable(renamed.error()));
    QCOMPARE(store.load(original.id).value().name, u"After the crash"_s);
    QCOMPARE(store.list().profiles.size(), 1);
}

void TestInterruptedSave::killedSecretsSaveKeepsOldFile()
{
    const QString filePath = m_temporary->filePath(u"data/secrets.enc"_s);
    const QString profileId = u"6a2f41a3-c54c-4c4e-9d7a-2c0b1a5e8f11"_s;
    const ProfileSecrets original = testdata::sampleSecrets("original");

    PassphraseSecretStore store(filePath);
    store.setPassphrase(passphrase);
    {
        QSignalSpy stored(&store, &QObject::objectNameChanged);
        std::optional<QString> error = u"not called"_s;
        store.store(profileId, original, [&](std::optional<QString> result) {
            error = result;
            store.setObjectName(u"stored"_s);
        });
        QVERIFY(stored.wait(60000));
        if (error)
            QFAIL(qPrintable(*error));
    }
    const QByteArray before = readAll(filePath);

    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"STUDIO_TEST_PASSPHRASE"_s, passphrase);
    QVERIFY(startHelperUntilReady({u"secrets"_s, filePath, profileId}, environment));
    killHelper();
    QCOMPARE(readAll(filePath), before);

    // The killed process left its lock file behind; the store must take it over, since the
    // process that held it is gone.
    bool loadedDone = false;
    store.load(profileId, [&](Result<ProfileSecrets, QString> result) {
        loadedDone = true;
        if (!result.ok())
            QFAIL(qPrintable(result.error()));
        QCOMPARE(result.value(), original);
    });
    QTRY_VERIFY_WITH_TIMEOUT(loadedDone, 60000);

    bool storedAgain = false;
    const ProfileSecrets replacement = testdata::sampleSecrets("after");
    store.store(profileId, replacement, [&](std::optional<QString> error) {
        storedAgain = true;
        if (error)
            QFAIL(qPrintable(*error));
    });
    QTRY_VERIFY_WITH_TIMEOUT(storedAgain, 60000);

    bool reloaded = false;
    store.load(profileId, [&](Result<ProfileSecrets, QString> result) {
        reloaded = true;
        QVERIFY(result.ok());
        QCOMPARE(result.value(), replacement);
    });
    QTRY_VERIFY_WITH_TIMEOUT(reloaded, 60000);
}

QTEST_GUILESS_MAIN(TestInterruptedSave)
#include "tst_interrupted_save.moc"
