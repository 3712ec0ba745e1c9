// SPDX-License-Identifier: GPL-3.0-or-later
#include "StorageTestData.h"
#include "storage/Profile.h"

#include <QJsonDocument>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace studio;
using namespace studio::storage;

class TestProfile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void profileFromContextCopiesMetadata();
    void secretsFromContextCopiesSecrets();
    void contextRoundTrip();
    void contextFromBrokenPem_data();
    void contextFromBrokenPem();
    void jsonRoundTrip_data();
    void jsonRoundTrip();
    void jsonRejectsBadMembers_data();
    void jsonRejectsBadMembers();
    void productionIgnoresStoredUrl();
    void validProfileIds_data();
    void validProfileIds();
    void wipeClearsSecrets();
};

void TestProfile::profileFromContextCopiesMetadata()
{
    const onboarding::SessionContext context = testdata::sampleContext();
    const Profile profile = profileFromContext(context, u"Work"_s);

    QVERIFY(isValidProfileId(profile.id));
    QCOMPARE(profile.name, u"Work"_s);
    QCOMPARE(profile.environment, context.environment);
    QCOMPARE(profile.user.id, context.user.id);
    QCOMPARE(profile.user.kind, context.user.kind);
    QCOMPARE(profile.user.displayName, context.user.displayName);
    QCOMPARE(profile.deviceDescription, context.deviceDescription);
    QCOMPARE(profile.deviceId, context.deviceId);
    QCOMPARE(profile.permittedIps, context.permittedIps);
    QCOMPARE(profile.installationId, context.installationId);
    QCOMPARE(profile.sessionId, context.sessionId);
    QCOMPARE(profile.sessionCreated, context.sessionCreated);
    QCOMPARE(profile.sessionCreated.timeSpec(), Qt::UTC);
    QCOMPARE(profile.sessionTimeoutSeconds, context.sessionTimeoutSeconds);
    QCOMPARE(profile.serverPublicKeyPem, context.serverPublicKey.toPem());
    QVERIFY(profile.proxyUrl.isEmpty());
    QVERIFY(profile.createdAt.isValid());
    QCOMPARE(profile.updatedAt, profile.createdAt);

    const Profile another = profileFromContext(context, u"Work"_s);
    QVERIFY(another.id != profile.id);
}

void TestProfile::secretsFromContextCopiesSecrets()
{
    const onboarding::SessionContext context = testdata::sampleContext();
    const ProfileSecrets secrets = secretsFromContext(context);

    QCOMPARE(secrets.apiKey, context.apiKey);
    QCOMPARE(secrets.privateKeyPem, context.clientKey.privateKeyPem());
    QCOMPARE(secrets.installationToken, context.installationToken);
    QCOMPARE(secrets.sessionToken, context.sessionToken);
}

void TestProfile::contextRoundTrip()
{
    const onboarding::SessionContext original = testdata::sampleContext();
    const Profile profile = profileFromContext(original, u"Round trip"_s);
    const auto rebuilt = contextFromProfile(profile, secretsFromContext(original));
    if (!rebuilt.ok())
        QFAIL(qPrintable(rebuilt.error()));

    const onboarding::SessionContext &context = rebuilt.value();
    QCOMPARE(context.environment, original.environment);
    QCOMPARE(context.apiKey, original.apiKey);
    QCOMPARE(context.clientKey.privateKeyPem(), original.clientKey.privateKeyPem());
    QCOMPARE(context.installationId, original.installationId);
    QCOMPARE(context.installationToken, original.installationToken);
    QCOMPARE(context.serverPublicKey, original.serverPublicKey);
    QCOMPARE(context.deviceId, original.deviceId);
    QCOMPARE(context.deviceDescription, original.deviceDescription);
    QCOMPARE(context.permittedIps, original.permittedIps);
    QCOMPARE(context.sessionId, original.sessionId);
    QCOMPARE(context.sessionToken, original.sessionToken);
    QCOMPARE(context.user.id, original.user.id);
    QCOMPARE(context.user.kind, original.user.kind);
    QCOMPARE(context.user.displayName, original.user.displayName);
    QCOMPARE(context.sessionTimeoutSeconds, original.sessionTimeoutSeconds);
    QCOMPARE(context.sessionCreated, original.sessionCreated);
    QCOMPARE(context.expiry(), original.expiry());
}

void TestProfile::contextFromBrokenPem_data()
{
    QTest::addColumn<bool>("brokenPrivateKey");
    QTest::addColumn<QString>("expectedWords");

    QTest::newRow("private key") << true << u"client private key"_s;
    QTest::newRow("server key") << false << u"server public key"_s;
}

void TestProfile::contextFromBrokenPem()
{
    QFETCH(bool, brokenPrivateKey);
    QFETCH(QString, expectedWords);

    const onboarding::SessionContext original = testdata::sampleContext();
    Profile profile = profileFromContext(original, u"Broken"_s);
    ProfileSecrets secrets = secretsFromContext(original);
    const QByteArray garbage = "-----BEGIN PRIVATE KEY-----\nnot base64 at all\n"_ba;
    if (brokenPrivateKey)
        secrets.privateKeyPem = garbage;
    else
        profile.serverPublicKeyPem = garbage;

    const auto rebuilt = contextFromProfile(profile, secrets);
    QVERIFY(!rebuilt.ok());
    QVERIFY2(rebuilt.error().contains(expectedWords), qPrintable(rebuilt.error()));
    QVERIFY2(rebuilt.error().contains(u"Broken"_s), qPrintable(rebuilt.error()));
}

void TestProfile::jsonRoundTrip_data()
{
    QTest::addColumn<api::ApiEnvironment>("environment");
    QTest::addColumn<QString>("proxyUrl");

    QTest::newRow("local sandbox, no proxy")
        << api::ApiEnvironment::localSandbox(QUrl(u"http://[::1]:8080/v1/"_s)) << QString();
    QTest::newRow("sandbox, socks proxy")
        << api::ApiEnvironment::sandbox() << u"socks5://user@127.0.0.1:1080"_s;
    QTest::newRow("production, http proxy")
        << api::ApiEnvironment::production() << u"http://127.0.0.1:3128"_s;
}

void TestProfile::jsonRoundTrip()
{
    QFETCH(api::ApiEnvironment, environment);
    QFETCH(QString, proxyUrl);

    onboarding::SessionContext context = testdata::sampleContext();
    context.environment = environment;
    Profile profile = profileFromContext(context, u"Ünïcode name ✓"_s);
    profile.proxyUrl = proxyUrl;

    // Through bytes, as on disk.
    const QByteArray bytes = QJsonDocument(profileToJson(profile)).toJson();
    const auto read = profileFromJson(QJsonDocument::fromJson(bytes).object());
    if (!read.ok())
        QFAIL(qPrintable(read.error()));

    const Profile &copy = read.value();
    QCOMPARE(copy.id, profile.id);
    QCOMPARE(copy.name, profile.name);
    QCOMPARE(copy.environment, profile.environment);
    QCOMPARE(copy.user.id, profile.user.id);
    QCOMPARE(copy.user.kind, profile.user.kind);
    QCOMPARE(copy.user.displayName, profile.user.displayName);
    QCOMPARE(copy.deviceDescription, profile.deviceDescription);
    QCOMPARE(copy.deviceId, profile.deviceId);
    QCOMPARE(copy.permittedIps, profile.permittedIps);
    QCOMPARE(copy.installationId, profile.installationId);
    QCOMPARE(copy.sessionId, profile.sessionId);
    QCOMPARE(copy.sessionCreated, profile.sessionCreated);
    QCOMPARE(copy.sessionTimeoutSeconds, profile.sessionTimeoutSeconds);
    QCOMPARE(copy.serverPublicKeyPem, profile.serverPublicKeyPem);
    QCOMPARE(copy.proxyUrl, profile.proxyUrl);
    QCOMPARE(copy.createdAt, profile.createdAt);
    QCOMPARE(copy.updatedAt, profile.updatedAt);
}

void TestProfile::jsonRejectsBadMembers_data()
{
    QTest::addColumn<QString>("member");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("expectedWords");

    QTest::newRow("no version") << u"version"_s << QJsonValue() << u"version"_s;
    QTest::newRow("newer version") << u"version"_s << QJsonValue(99) << u"Update the app"_s;
    QTest::newRow("id with braces")
        << u"id"_s << QJsonValue(QUuid::createUuid().toString()) << u"not a UUID"_s;
    QTest::newRow("id with path") << u"id"_s << QJsonValue(u"../../etc/passwd"_s)
                                  << u"not a UUID"_s;
    QTest::newRow("unknown environment")
        << u"environment"_s << QJsonValue(QJsonObject{{u"kind"_s, u"staging"_s}})
        << u"staging"_s;
    QTest::newRow("local sandbox without URL")
        << u"environment"_s << QJsonValue(QJsonObject{{u"kind"_s, u"local-sandbox"_s}})
        << u"baseUrl"_s;
    QTest::newRow("bad date") << u"createdAt"_s << QJsonValue(u"yesterday"_s) << u"yesterday"_s;
}

void TestProfile::jsonRejectsBadMembers()
{
    QFETCH(QString, member);
    QFETCH(QJsonValue, value);
    QFETCH(QString, expectedWords);

    QJsonObject object = profileToJson(profileFromContext(testdata::sampleContext(), u"x"_s));
    if (value.isNull())
        object.remove(member);
    else
        object.insert(member, value);

    const auto read = profileFromJson(object);
    QVERIFY(!read.ok());
    QVERIFY2(read.error().contains(expectedWords), qPrintable(read.error()));
}

void TestProfile::productionIgnoresStoredUrl()
{
    onboarding::SessionContext context = testdata::sampleContext();
    context.environment = api::ApiEnvironment::production();
    QJsonObject object = profileToJson(profileFromContext(context, u"Live"_s));
    object.insert(u"environment"_s,
                  QJsonObject{{u"kind"_s, u"production"_s},
                              {u"baseUrl"_s, u"http://127.0.0.1:9/v1/"_s}});

    const auto read = profileFromJson(object);
    QVERIFY(read.ok());
    QCOMPARE(read.value().environment, api::ApiEnvironment::production());
}

void TestProfile::validProfileIds_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("valid");

    const QUuid uuid = QUuid::createUuid();
    QTest::newRow("without braces") << uuid.toString(QUuid::WithoutBraces) << true;
    QTest::newRow("with braces") << uuid.toString() << false;
    QTest::newRow("upper case") << uuid.toString(QUuid::WithoutBraces).toUpper() << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("path") << u"../x"_s << false;
}

void TestProfile::validProfileIds()
{
    QFETCH(QString, id);
    QFETCH(bool, valid);
    QCOMPARE(isValidProfileId(id), valid);
}

void TestProfile::wipeClearsSecrets()
{
    ProfileSecrets secrets = testdata::sampleSecrets("w");
    QVERIFY(!secrets.isEmpty());
    secrets.wipe();
    QVERIFY(secrets.isEmpty());
}

QTEST_GUILESS_MAIN(TestProfile)
#include "tst_profile.moc"
