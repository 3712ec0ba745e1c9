// SPDX-License-Identifier: GPL-3.0-or-later
#include "SecretStoreCalls.h"
#include "StorageTestData.h"
#include "storage/PassphraseSecretStore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace studio;
using namespace studio::storage;

namespace {

const QString passphrase = u"tr0ub4dor & three"_s;
const QString firstId = u"0b9d6f2e-4c1a-4f7e-8a3b-5d6c7e8f9a01"_s;
const QString secondId = u"1c0e7a3f-5d2b-4a8f-9b4c-6e7d8f9a0b12"_s;

// Offsets in the file layout (see SecretFileCipher.cpp).
constexpr qsizetype saltOffset = 20;
constexpr qsizetype saltSize = 16;
constexpr qsizetype checkOffset = 48;
constexpr qsizetype checkSize = 32;
constexpr qsizetype headerSize = 80;
constexpr qsizetype digestSize = 32;

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

// Replaces the trailing SHA-256, as an editor familiar with the layout would.
QByteArray withFreshChecksum(QByteArray content)
{
    content.chop(digestSize);
    return content + QCryptographicHash::hash(content, QCryptographicHash::Sha256);
}

} // namespace

class TestPassphraseSecretStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void roundTrip();
    void twoProfilesInOneFile();
    void overwriteReplacesSecrets();
    void removeKeepsOthers();
    void loadUnknownProfile();
    void wrongPassphraseChangesNothing();
    void flippedByteRejected_data();
    void flippedByteRejected();
    void editedContentRejected();
    void noPassphraseRejected();
    void ownerOnlyPermissions();
    void noPlaintextInFile();
    void newSaltAndNonceEachWrite();
    void checkPassphrase();
    void changePassphrase();
    void keyDerivationMatchesOpenssl();
    void operationsRunInOrder();
    void backendName();

private:
    PassphraseSecretStore &openStore(const QString &withPassphrase = passphrase);

    std::unique_ptr<QTemporaryDir> m_temporary;
    QString m_filePath;
    std::unique_ptr<PassphraseSecretStore> m_store;
};

void TestPassphraseSecretStore::init()
{
    m_temporary = std::make_unique<QTemporaryDir>();
    QVERIFY(m_temporary->isValid());
    m_filePath = m_temporary->filePath(u"app-data/secrets.enc"_s);
    m_store.reset();
}

PassphraseSecretStore &TestPassphraseSecretStore::openStore(const QString &withPassphrase)
{
    m_store = std::make_unique<PassphraseSecretStore>(m_filePath);
    m_store->setPassphrase(withPassphrase);
    return *m_store;
}

void TestPassphraseSecretStore::roundTrip()
{
    PassphraseSecretStore &store = openStore();
    QVERIFY(!store.fileExists());
    const ProfileSecrets secrets = testdata::sampleSecrets("one");

    const auto stored = testcalls::store(store, firstId, secrets);
    QVERIFY2(!stored, qPrintable(stored.value_or(QString())));
    QVERIFY(store.fileExists());

    // A new object, as after a restart of the app.
    PassphraseSecretStore &reopened = openStore();
    const auto loaded = testcalls::load(reopened, firstId);
    if (!loaded.ok())
        QFAIL(qPrintable(loaded.error()));
    QVERIFY(loaded.value() == secrets);
}

void TestPassphraseSecretStore::twoProfilesInOneFile()
{
    PassphraseSecretStore &store = openStore();
    const ProfileSecrets first = testdata::sampleSecrets("first");
    const ProfileSecrets second = testdata::sampleSecrets("second");
    QVERIFY(!testcalls::store(store, firstId, first));
    QVERIFY(!testcalls::store(store, secondId, second));

    const QStringList files = QDir(QFileInfo(m_filePath).absolutePath()).entryList(QDir::Files);
    QVERIFY2(files.contains(u"secrets.enc"_s), qPrintable(files.join(u", "_s)));

    const auto loadedFirst = testcalls::load(store, firstId);
    const auto loadedSecond = testcalls::load(store, secondId);
    QVERIFY(loadedFirst.ok());
    QVERIFY(loadedSecond.ok());
    QVERIFY(loadedFirst.value() == first);
    QVERIFY(loadedSecond.value() == second);
}

void TestPassphraseSecretStore::overwriteReplacesSecrets()
{
    PassphraseSecretStore &store = openStore();
    QVERIFY(!testcalls::store(store, firstId, testdata::sampleSecrets("old")));
    const ProfileSecrets renewed = testdata::sampleSecrets("renewed");
    QVERIFY(!testcalls::store(store, firstId, renewed));

    const auto loaded = testcalls::load(store, firstId);
    QVERIFY(loaded.ok());
    QVERIFY(loaded.value() == renewed);
}

void TestPassphraseSecretStore::removeKeepsOthers()
{
    PassphraseSecretStore &store = openStore();
    QVERIFY(!testcalls::store(store, firstId, testdata::sampleSecrets("first")));
    QVERIFY(!testcalls::store(store, secondId, testdata::sampleSecrets("second")));

    const auto removed = testcalls::remove(store, firstId);
    QVERIFY2(!removed, qPrintable(removed.value_or(QString())));
    QVERIFY(!testcalls::load(store, firstId).ok());
    QVERIFY(testcalls::load(store, secondId).ok());

    // Removing what is not there is not an error.
    QVERIFY(!testcalls::remove(store, firstId));
}

void TestPassphraseSecretStore::loadUnknownProfile()
{
    PassphraseSecretStore &store = openStore();
    const auto missingFile = testcalls::load(store, firstId);
    QVERIFY(!missingFile.ok());
    QVERIFY2(missingFile.error().contains(u"no secrets for this profile"_s),
             qPrintable(missingFile.error()));

    QVERIFY(!testcalls::store(store, secondId, testdata::sampleSecrets("second")));
    const auto missingEntry = testcalls::load(store, firstId);
    QVERIFY(!missingEntry.ok());
    QVERIFY2(missingEntry.error().contains(firstId), qPrintable(missingEntry.error()));
}

void TestPassphraseSecretStore::wrongPassphraseChangesNothing()
{
    QVERIFY(!testcalls::store(openStore(), firstId, testdata::sampleSecrets("kept")));
    const QByteArray before = readAll(m_filePath);

    PassphraseSecretStore &wrong = openStore(u"not the passphrase"_s);
    const auto loaded = testcalls::load(wrong, firstId);
    QVERIFY(!loaded.ok());
    QVERIFY2(loaded.error().contains(u"passphrase does not unlock"_s), qPrintable(loaded.error()));
    QVERIFY2(loaded.error().contains(QDir::toNativeSeparators(m_filePath)),
             qPrintable(loaded.error()));

    const auto stored = testcalls::store(wrong, secondId, testdata::sampleSecrets("new"));
    QVERIFY(stored);
    QVERIFY2(stored->contains(u"passphrase does not unlock"_s), qPrintable(*stored));
    const auto removed = testcalls::remove(wrong, firstId);
    QVERIFY(removed);
    QVERIFY2(removed->contains(u"passphrase does not unlock"_s), qPrintable(*removed));
    QVERIFY(wrong.hasPassphrase());
    QVERIFY(testcalls::remove(wrong, firstId));
    QVERIFY(testcalls::store(wrong, firstId, {}).has_value());

    QCOMPARE(readAll(m_filePath), before);
    QVERIFY(testcalls::load(openStore(), firstId).ok());
}

void TestPassphraseSecretStore::flippedByteRejected_data()
{
    QTest::addColumn<qsizetype>("offset");

    QTest::newRow("magic") << qsizetype(0);
    QTest::newRow("scrypt N") << qsizetype(11);
    QTest::newRow("salt") << saltOffset + 3;
    QTest::newRow("check value") << checkOffset;
    QTest::newRow("first ciphertext byte") << headerSize;
    QTest::newRow("last byte") << qsizetype(-1);
}

void TestPassphraseSecretStore::flippedByteRejected()
{
    QFETCH(qsizetype, offset);

    QVERIFY(!testcalls::store(openStore(), firstId, testdata::sampleSecrets("flip")));
    QByteArray content = readAll(m_filePath);
    const qsizetype position = offset < 0 ? content.size() + offset : offset;
    content[position] = char(content.at(position) ^ 0x01);
    writeAll(m_filePath, content);

    const auto loaded = testcalls::load(openStore(), firstId);
    QVERIFY(!loaded.ok());
    QVERIFY2(loaded.error().contains(QDir::toNativeSeparators(m_filePath)),
             qPrintable(loaded.error()));
    const bool namesTheProblem = loaded.error().contains(u"is damaged"_s)
                                 || loaded.error().contains(u"not a secrets file"_s);
    QVERIFY2(namesTheProblem, qPrintable(loaded.error()));

    // A store() must not replace the damaged file, which the user may still restore.
    QVERIFY(testcalls::store(*m_store, secondId, testdata::sampleSecrets("x")).has_value());
    QCOMPARE(readAll(m_filePath), content);
}

void TestPassphraseSecretStore::editedContentRejected()
{
    QVERIFY(!testcalls::store(openStore(), firstId, testdata::sampleSecrets("edit")));
    QByteArray content = readAll(m_filePath);
    content[headerSize + 5] = char(content.at(headerSize + 5) ^ 0x40);
    writeAll(m_filePath, withFreshChecksum(content));

    const auto loaded = testcalls::load(openStore(), firstId);
    QVERIFY(!loaded.ok());
    QVERIFY2(loaded.error().contains(u"fails its integrity check"_s), qPrintable(loaded.error()));
}

void TestPassphraseSecretStore::noPassphraseRejected()
{
    PassphraseSecretStore &store = openStore(QString());
    QVERIFY(!store.hasPassphrase());

    const auto stored = testcalls::store(store, firstId, testdata::sampleSecrets("none"));
    QVERIFY(stored);
    QVERIFY2(stored->contains(u"No passphrase is set"_s), qPrintable(*stored));
    QVERIFY(!store.fileExists());

    const auto loaded = testcalls::load(store, firstId);
    QVERIFY(!loaded.ok());
    QVERIFY2(loaded.error().contains(u"No passphrase is set"_s), qPrintable(loaded.error()));
}

void TestPassphraseSecretStore::ownerOnlyPermissions()
{
    PassphraseSecretStore &store = openStore();
    QVERIFY(!testcalls::store(store, firstId, testdata::sampleSecrets("perm")));
    QCOMPARE(testdata::modeOf(m_filePath), testdata::ownerOnlyFile);
    QCOMPARE(testdata::modeOf(QFileInfo(m_filePath).absolutePath()), testdata::ownerOnlyDirectory);

    // Rewrites keep the permissions even if someone widened them meanwhile.
    QVERIFY(QFile::setPermissions(m_filePath, QFile::ReadOwner | QFile::WriteOwner
                                                  | QFile::ReadGroup | QFile::ReadOther));
    QVERIFY(!testcalls::store(store, secondId, testdata::sampleSecrets("perm2")));
    QCOMPARE(testdata::modeOf(m_filePath), testdata::ownerOnlyFile);
}

void TestPassphraseSecretStore::noPlaintextInFile()
{
    const ProfileSecrets secrets = testdata::sampleSecrets("visible");
    QVERIFY(!testcalls::store(openStore(), firstId, secrets));

    const QByteArray content = readAll(m_filePath);
    QVERIFY(!content.contains(secrets.apiKey));
    QVERIFY(!content.contains(secrets.installationToken));
    QVERIFY(!content.contains(secrets.sessionToken));
    QVERIFY(!content.contains("PRIVATE KEY"));
    QVERIFY(!content.contains(firstId.toUtf8()));
    QVERIFY(!content.contains(passphrase.toUtf8()));
}

void TestPassphraseSecretStore::newSaltAndNonceEachWrite()
{
    PassphraseSecretStore &store = openStore();
    const ProfileSecrets secrets = testdata::sampleSecrets("same");
    QVERIFY(!testcalls::store(store, firstId, secrets));
    const QByteArray first = readAll(m_filePath);
    QVERIFY(!testcalls::store(store, firstId, secrets));
    const QByteArray second = readAll(m_filePath);

    QCOMPARE(first.size(), second.size());
    QVERIFY(first.mid(saltOffset, saltSize) != second.mid(saltOffset, saltSize));
    QVERIFY(first.mid(saltOffset + saltSize, 12) != second.mid(saltOffset + saltSize, 12));
    QVERIFY(first.mid(headerSize) != second.mid(headerSize));
}

void TestPassphraseSecretStore::checkPassphrase()
{
    PassphraseSecretStore &fresh = openStore();
    auto call = std::make_shared<testcalls::ErrorCall>();
    fresh.checkPassphrase([call](std::optional<QString> error) { call->record(error); });
    QVERIFY(!call->wait());
    QVERIFY2(!*call->value, "a missing file accepts any passphrase");

    QVERIFY(!testcalls::store(fresh, firstId, testdata::sampleSecrets("check")));

    PassphraseSecretStore &wrong = openStore(u"wrong"_s);
    call = std::make_shared<testcalls::ErrorCall>();
    wrong.checkPassphrase([call](std::optional<QString> error) { call->record(error); });
    QVERIFY(!call->wait());
    QVERIFY(call->value->has_value());
    QVERIFY2(call->value->value().contains(u"passphrase does not unlock"_s),
             qPrintable(call->value->value()));
}

void TestPassphraseSecretStore::changePassphrase()
{
    PassphraseSecretStore &store = openStore();
    const ProfileSecrets secrets = testdata::sampleSecrets("change");
    QVERIFY(!testcalls::store(store, firstId, secrets));

    const QString newPassphrase = u"a completely new passphrase"_s;
    auto call = std::make_shared<testcalls::ErrorCall>();
    store.changePassphrase(newPassphrase,
                           [call](std::optional<QString> error) { call->record(error); });
    QVERIFY(!call->wait());
    QVERIFY2(!*call->value, qPrintable(call->value->value_or(QString())));

    QVERIFY(!testcalls::load(openStore(passphrase), firstId).ok());
    const auto loaded = testcalls::load(openStore(newPassphrase), firstId);
    QVERIFY(loaded.ok());
    QVERIFY(loaded.value() == secrets);

    call = std::make_shared<testcalls::ErrorCall>();
    m_store->changePassphrase(QString(),
                              [call](std::optional<QString> error) { call->record(error); });
    QVERIFY(!call->wait());
    QVERIFY(call->value->has_value());
}

void TestPassphraseSecretStore::keyDerivationMatchesOpenssl()
{
    // The openssl program derives the same 64 bytes from the passphrase and the file's salt,
    // which shows that the file really uses scrypt with N = 2^15, r = 8, p = 1.
    const QString openssl = QStandardPaths::findExecutable(u"openssl"_s);
    QVERIFY2(!openssl.isEmpty(), "the openssl program is needed (Debian package openssl)");

    QVERIFY(!testcalls::store(openStore(), firstId, testdata::sampleSecrets("kdf")));
    const QByteArray content = readAll(m_filePath);
    QCOMPARE(content.left(8), "BSSSECRT"_ba);
    QCOMPARE(quint8(content.at(11)), quint8(15));

    QProcess process;
    process.start(openssl,
                  {u"kdf"_s, u"-keylen"_s, u"64"_s, u"-kdfopt"_s, u"pass:"_s + passphrase,
                   u"-kdfopt"_s,
                   u"hexsalt:"_s + QString::fromLatin1(content.mid(saltOffset, saltSize).toHex()),
                   u"-kdfopt"_s, u"n:32768"_s, u"-kdfopt"_s, u"r:8"_s, u"-kdfopt"_s, u"p:1"_s,
                   u"SCRYPT"_s});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 0);

    const QByteArray derived =
        QByteArray::fromHex(process.readAllStandardOutput().trimmed().replace(':', ""));
    QCOMPARE(derived.size(), 64);
    QVERIFY2(derived.mid(32) == content.mid(checkOffset, checkSize),
             "the stored check value is not the second half of scrypt's output");
}

void TestPassphraseSecretStore::operationsRunInOrder()
{
    PassphraseSecretStore &store = openStore();
    QStringList order;
    const ProfileSecrets first = testdata::sampleSecrets("1");
    const ProfileSecrets second = testdata::sampleSecrets("2");

    // Queued without waiting in between: each must see the file the previous one wrote.
    store.store(firstId, first, [&](std::optional<QString> error) {
        order << (error ? u"store first failed"_s : u"store first"_s);
    });
    store.store(secondId, second, [&](std::optional<QString> error) {
        order << (error ? u"store second failed"_s : u"store second"_s);
    });
    store.remove(firstId, [&](std::optional<QString> error) {
        order << (error ? u"remove first failed"_s : u"remove first"_s);
    });
    store.load(secondId, [&](Result<ProfileSecrets, QString> result) {
        order << (result.ok() && result.value() == second ? u"load second"_s
                                                           : u"load second failed"_s);
    });
    QVERIFY(order.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(order.size(), 4, testcalls::timeoutMilliseconds);
    QCOMPARE(order, QStringList({u"store first"_s, u"store second"_s, u"remove first"_s,
                                 u"load second"_s}));
    QVERIFY(!testcalls::load(store, firstId).ok());
}

void TestPassphraseSecretStore::backendName()
{
    QCOMPARE(openStore().backendName(), u"Passphrase file"_s);
}

QTEST_GUILESS_MAIN(TestPassphraseSecretStore)
#include "tst_passphrasesecretstore.moc"
