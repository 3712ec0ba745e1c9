// SPDX-License-Identifier: GPL-3.0-or-later

// Stores, loads and removes secrets through KeychainSecretStore in a real secret service: the
// throwaway GNOME Keyring that run-keychain-test.sh starts on a private session bus. Each step
// is also checked by asking the daemon directly over D-Bus (Secret Service API), so the test
// fails if QtKeychain used anything but the daemon.

#include "SecretStoreCalls.h"
#include "StorageTestData.h"
#include "storage/KeychainSecretStore.h"
#include "storage/SecretStoreChoice.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusMetaType>
#include <QDBusObjectPath>
#include <QDBusReply>
#include <QDir>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace studio;
using namespace studio::storage;

using StringMap = QMap<QString, QString>;

namespace {

const QString secretsService = u"org.freedesktop.secrets"_s;
const QString testServiceName = u"bunq Session Studio test"_s;

QString newProfileId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

class TestKeychainSecretStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void probeFindsDaemon();
    void roundTrip();
    void twoProfilesApart();
    void overwriteReplacesSecrets();
    void loadMissingEntry();
    void removeMissingEntry();
    void choiceTakesSecretService();

private:
    // Item paths the daemon holds for profileId, found without QtKeychain.
    QList<QDBusObjectPath> itemsInDaemon(const QString &profileId, const QString &service);
};

void TestKeychainSecretStore::initTestCase()
{
    // Refuse to touch a keyring other than the throwaway one.
    const QString keyrings = qEnvironmentVariable("STUDIO_TEST_PRIVATE_KEYRING");
    QVERIFY2(!keyrings.isEmpty() && QDir(keyrings).exists(u"login.keyring"_s),
             "run this test through run-keychain-test.sh (ctest does), which starts a "
             "throwaway GNOME Keyring on a private D-Bus session bus");

    QDBusConnection bus = QDBusConnection::sessionBus();
    QVERIFY2(bus.isConnected(), qPrintable(bus.lastError().message()));
    QVERIFY2(bus.interface()->isServiceRegistered(secretsService).value(),
             "gnome-keyring-daemon does not own org.freedesktop.secrets on the private bus");
    qDBusRegisterMetaType<StringMap>();
    qDBusRegisterMetaType<QList<QDBusObjectPath>>();
}

QList<QDBusObjectPath> TestKeychainSecretStore::itemsInDaemon(const QString &profileId,
                                                              const QString &service)
{
    // QtKeychain's libsecret backend stores the key as "user" and the service as "server".
    QDBusMessage call = QDBusMessage::createMethodCall(
        secretsService, u"/org/freedesktop/secrets"_s, u"org.freedesktop.Secret.Service"_s,
        u"SearchItems"_s);
    call << QVariant::fromValue(StringMap{{u"user"_s, profileId}, {u"server"_s, service}});
    const QDBusMessage reply = QDBusConnection::sessionBus().call(call);
    if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().size() != 2) {
        qWarning("SearchItems failed: %s", qPrintable(reply.errorMessage()));
        return {};
    }

    QList<QDBusObjectPath> items;
    for (const QVariant &argument : reply.arguments()) {
        const auto paths =
            qdbus_cast<QList<QDBusObjectPath>>(argument.value<QDBusArgument>());
        items += paths;
    }
    return items;
}

void TestKeychainSecretStore::probeFindsDaemon()
{
    bool called = false;
    bool available = false;
    QString reason;
    KeychainSecretStore::probe(
        [&](bool isAvailable, const QString &why) {
            called = true;
            available = isAvailable;
            reason = why;
        },
        std::chrono::seconds(30), testServiceName);
    QVERIFY(!called);
    QTRY_VERIFY_WITH_TIMEOUT(called, 40000);
    QVERIFY2(available, qPrintable(reason));
    QVERIFY(reason.isEmpty());
    QVERIFY(itemsInDaemon(u"availability-probe"_s, testServiceName).isEmpty());
}

void TestKeychainSecretStore::roundTrip()
{
    KeychainSecretStore store(testServiceName);
    const QString profileId = newProfileId();
    const ProfileSecrets secrets = testdata::sampleSecrets("keyring");
    QVERIFY(itemsInDaemon(profileId, testServiceName).isEmpty());

    const auto stored = testcalls::store(store, profileId, secrets);
    QVERIFY2(!stored, qPrintable(stored.value_or(QString())));
    QCOMPARE(itemsInDaemon(profileId, testServiceName).size(), 1);

    KeychainSecretStore another(testServiceName);
    const auto loaded = testcalls::load(another, profileId);
    if (!loaded.ok())
        QFAIL(qPrintable(loaded.error()));
    QVERIFY(loaded.value() == secrets);

    const auto removed = testcalls::remove(store, profileId);
    QVERIFY2(!removed, qPrintable(removed.value_or(QString())));
    QVERIFY(itemsInDaemon(profileId, testServiceName).isEmpty());
    QVERIFY(!testcalls::load(store, profileId).ok());
}

void TestKeychainSecretStore::twoProfilesApart()
{
    KeychainSecretStore store(testServiceName);
    const QString firstId = newProfileId();
    const QString secondId = newProfileId();
    const ProfileSecrets first = testdata::sampleSecrets("first");
    const ProfileSecrets second = testdata::sampleSecrets("second");
    QVERIFY(!testcalls::store(store, firstId, first));
    QVERIFY(!testcalls::store(store, secondId, second));

    QVERIFY(testcalls::load(store, firstId).value() == first);
    QVERIFY(testcalls::load(store, secondId).value() == second);

    QVERIFY(!testcalls::remove(store, firstId));
    QVERIFY(!testcalls::load(store, firstId).ok());
    QVERIFY(testcalls::load(store, secondId).value() == second);
    QVERIFY(!testcalls::remove(store, secondId));
}

void TestKeychainSecretStore::overwriteReplacesSecrets()
{
    KeychainSecretStore store(testServiceName);
    const QString profileId = newProfileId();
    QVERIFY(!testcalls::store(store, profileId, testdata::sampleSecrets("old")));
    const ProfileSecrets renewed = testdata::sampleSecrets("renewed");
    QVERIFY(!testcalls::store(store, profileId, renewed));

    QCOMPARE(itemsInDaemon(profileId, testServiceName).size(), 1);
    QVERIFY(testcalls::load(store, profileId).value() == renewed);
    QVERIFY(!testcalls::remove(store, profileId));
}

void TestKeychainSecretStore::loadMissingEntry()
{
    KeychainSecretStore store(testServiceName);
    const QString profileId = newProfileId();
    const auto loaded = testcalls::load(store, profileId);
    QVERIFY(!loaded.ok());
    QVERIFY2(loaded.error().contains(u"has no secrets for this profile"_s),
             qPrintable(loaded.error()));
    QVERIFY2(loaded.error().contains(profileId), qPrintable(loaded.error()));
}

void TestKeychainSecretStore::removeMissingEntry()
{
    KeychainSecretStore store(testServiceName);
    const auto removed = testcalls::remove(store, newProfileId());
    QVERIFY2(!removed, qPrintable(removed.value_or(QString())));
}

void TestKeychainSecretStore::choiceTakesSecretService()
{
    QTemporaryDir directory;
    QVERIFY(directory.isValid());

    std::optional<SecretStoreChoice> choice;
    chooseSecretStore(
        SecretBackendPreference::Automatic,
        [&](SecretStoreChoice chosen) { choice = std::move(chosen); },
        directory.filePath(u"secrets.enc"_s));
    QVERIFY(!choice);
    QTRY_VERIFY_WITH_TIMEOUT(choice.has_value(), 40000);
    QCOMPARE(choice->backend, SecretBackend::SecretService);
    QVERIFY2(choice->secretServiceProblem.isEmpty(), qPrintable(choice->secretServiceProblem));
    QVERIFY(choice->store);
    QVERIFY(!choice->passphraseStore());
    QCOMPARE(choice->store->backendName(), u"Secret service"_s);
}

QTEST_GUILESS_MAIN(TestKeychainSecretStore)
#include "tst_keychainsecretstore.moc"
