// SPDX-License-Identifier: GPL-3.0-or-later

// Without a D-Bus session bus there is no secret service: the probe must report that, the store's
// operations must fail with a message, and the automatic choice must fall back to the
// passphrase file. CTest points DBUS_SESSION_BUS_ADDRESS at a socket that does not exist.

#include "SecretStoreCalls.h"
#include "StorageTestData.h"
#include "storage/KeychainSecretStore.h"
#include "storage/SecretStoreChoice.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace studio;
using namespace studio::storage;

namespace {

const QString profileId = u"2d1f8b4a-6e3c-4b9d-8c5e-7f8091a2b3c4"_s;
const QString testServiceName = u"bunq Session Studio test"_s;

} // namespace

class TestKeychainProbeNoBus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void probeReportsUnavailable();
    void operationsFailWithMessage();
    void automaticChoiceFallsBack();
    void existingPassphraseFileWins();
    void preferencesAreFollowed();
};

void TestKeychainProbeNoBus::initTestCase()
{
    const QByteArray address = qgetenv("DBUS_SESSION_BUS_ADDRESS");
    QVERIFY2(address.startsWith("unix:path=/nonexistent"),
             "run through ctest, which points DBUS_SESSION_BUS_ADDRESS at a missing socket");
}

void TestKeychainProbeNoBus::probeReportsUnavailable()
{
    bool called = false;
    bool available = true;
    QString reason;
    KeychainSecretStore::probe(
        [&](bool isAvailable, const QString &why) {
            called = true;
            available = isAvailable;
            reason = why;
        },
        std::chrono::seconds(10), testServiceName);
    QVERIFY(!called);
    QTRY_VERIFY_WITH_TIMEOUT(called, 20000);
    QVERIFY(!available);
    QVERIFY(!reason.isEmpty());
    qInfo("probe reason: %s", qPrintable(reason));
}

void TestKeychainProbeNoBus::operationsFailWithMessage()
{
    KeychainSecretStore store(testServiceName);

    const auto stored = testcalls::store(store, profileId, testdata::sampleSecrets("nobus"));
    QVERIFY(stored.has_value());
    QVERIFY2(!stored->startsWith(u"TEST:"_s), qPrintable(*stored));

    const auto loaded = testcalls::load(store, profileId);
    QVERIFY(!loaded.ok());
    QVERIFY2(!loaded.error().startsWith(u"TEST:"_s), qPrintable(loaded.error()));

    const auto removed = testcalls::remove(store, profileId);
    QVERIFY(removed.has_value());
    QVERIFY2(!removed->startsWith(u"TEST:"_s), qPrintable(*removed));
}

void TestKeychainProbeNoBus::automaticChoiceFallsBack()
{
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    const QString filePath = directory.filePath(u"secrets.enc"_s);

    std::optional<SecretStoreChoice> choice;
    chooseSecretStore(
        SecretBackendPreference::Automatic,
        [&](SecretStoreChoice chosen) { choice = std::move(chosen); }, filePath,
        std::chrono::seconds(10));
    QVERIFY(!choice);
    QTRY_VERIFY_WITH_TIMEOUT(choice.has_value(), 20000);
    QCOMPARE(choice->backend, SecretBackend::PassphraseFile);
    QVERIFY(!choice->secretServiceProblem.isEmpty());
    QVERIFY(choice->passphraseStore());
    QCOMPARE(choice->passphraseStore()->filePath(), filePath);
    QCOMPARE(choice->store->backendName(), u"Passphrase file"_s);
}

void TestKeychainProbeNoBus::existingPassphraseFileWins()
{
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    const QString filePath = directory.filePath(u"secrets.enc"_s);
    QFile file(filePath);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();

    std::optional<SecretStoreChoice> choice;
    chooseSecretStore(SecretBackendPreference::Automatic,
                      [&](SecretStoreChoice chosen) { choice = std::move(chosen); }, filePath);
    QVERIFY(!choice);
    QTRY_VERIFY(choice.has_value());
    QCOMPARE(choice->backend, SecretBackend::PassphraseFile);
    QVERIFY(choice->secretServiceProblem.isEmpty());
}

void TestKeychainProbeNoBus::preferencesAreFollowed()
{
    std::optional<SecretStoreChoice> choice;
    chooseSecretStore(SecretBackendPreference::SecretService,
                      [&](SecretStoreChoice chosen) { choice = std::move(chosen); });
    QVERIFY(!choice);
    QTRY_VERIFY(choice.has_value());
    QCOMPARE(choice->backend, SecretBackend::SecretService);
    QVERIFY(!choice->passphraseStore());

    choice.reset();
    chooseSecretStore(SecretBackendPreference::PassphraseFile,
                      [&](SecretStoreChoice chosen) { choice = std::move(chosen); },
                      u"/nonexistent/secrets.enc"_s);
    QVERIFY(!choice);
    QTRY_VERIFY(choice.has_value());
    QCOMPARE(choice->backend, SecretBackend::PassphraseFile);
    QCOMPARE(choice->passphraseStore()->filePath(), u"/nonexistent/secrets.enc"_s);
}

QTEST_GUILESS_MAIN(TestKeychainProbeNoBus)
#include "tst_keychainprobe_nobus.moc"
