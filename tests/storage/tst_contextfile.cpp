// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/ContextFile.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace studio;
using studio::storage::SdkShape;

namespace {

const QString fileName = u"bunq.conf"_s;
const QByteArray apiKey = "sandbox_0123456789abcdef0123456789abcdef0123456789abcdef"_ba;
const QByteArray installationToken = "1111111111111111111111111111111111111111111111111111111111111111"_ba;
const QByteArray sessionToken = "2222222222222222222222222222222222222222222222222222222222222222"_ba;
const QString proxyUrl = u"http://127.0.0.1:3128"_s;

// Quotes text as a JSON string. PHP also escapes "/" as "\/".
QByteArray quoted(const QByteArray &text, bool escapeSlashes = false)
{
    QByteArray result = "\"";
    for (const char c : text) {
        if (c == '"' || c == '\\')
            result += '\\' + QByteArray(1, c);
        else if (c == '\n')
            result += "\\n";
        else if (c == '\r')
            result += "\\r";
        else if (c == '/' && escapeSlashes)
            result += "\\/";
        else
            result += c;
    }
    return result + '"';
}

// The PEM with its whole base64 on one line, as the Java SDK writes private keys.
QByteArray onBase64Line(const QByteArray &pem)
{
    QList<QByteArray> lines = pem.trimmed().split('\n');
    const QByteArray first = lines.takeFirst();
    const QByteArray last = lines.takeLast();
    return first + '\n' + lines.join() + '\n' + last + '\n';
}

QByteArray withEol(QByteArray text, const QByteArray &eol)
{
    return text.replace("\n", eol);
}

QDateTime localExpiry(int milliseconds)
{
    return QDateTime(QDate(2030, 5, 6), QTime(7, 8, 9, milliseconds)).toUTC();
}

} // namespace

class TestContextFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void readsEachSdkShape_data();
    void readsEachSdkShape();
    void exportReadsBackEqual_data();
    void exportReadsBackEqual();
    void exportLayout();
    void findingsForOddFiles_data();
    void findingsForOddFiles();
    void rejectsBrokenFiles_data();
    void rejectsBrokenFiles();

private:
    QByteArray pythonFile(const QByteArray &eol) const;
    QByteArray javaFile(const QByteArray &eol) const;
    QByteArray phpFile(const QByteArray &eol) const;
    QByteArray csharpFile(const QByteArray &eol) const;
    onboarding::SessionContext sampleContext(const QString &kind) const;
    QJsonObject exportedObject() const;

    crypto::RsaKeyPair m_client;
    crypto::RsaKeyPair m_server;
};

void TestContextFile::initTestCase()
{
    const auto client = crypto::RsaKeyPair::generate();
    const auto server = crypto::RsaKeyPair::generate();
    QVERIFY(client.ok());
    QVERIFY(server.ok());
    m_client = client.value();
    m_server = server.value();
}

// Python: json.dumps with indent 4 and sorted keys, PEMs without a trailing newline, proxy_url.
QByteArray TestContextFile::pythonFile(const QByteArray &eol) const
{
    const auto pem = [&eol](QByteArray text) { return quoted(withEol(text.chopped(1), eol)); };
    const QList<QByteArray> lines = {
        "{",
        "    \"api_key\": " + quoted(apiKey) + ",",
        "    \"environment_type\": \"SANDBOX\",",
        "    \"installation_context\": {",
        "        \"private_key_client\": " + pem(m_client.privateKeyPem()) + ",",
        "        \"public_key_client\": " + pem(m_client.publicKey().toPem()) + ",",
        "        \"public_key_server\": " + pem(m_server.publicKey().toPem()) + ",",
        "        \"token\": " + quoted(installationToken),
        "    },",
        "    \"proxy_url\": " + quoted(proxyUrl.toUtf8()) + ",",
        "    \"session_context\": {",
        "        \"expiry_time\": \"2030-05-06 07:08:09.123456\",",
        "        \"token\": " + quoted(sessionToken) + ",",
        "        \"user_id\": 1001,",
        "        \"user_person\": {",
        "            \"display_name\": \"Ada Python\",",
        "            \"id\": 1001,",
        "            \"session_timeout\": 604800",
        "        }",
        "    }",
        "}",
    };
    return lines.join(eol);
}

// Java: Gson with 2 spaces, private key base64 on one line with a trailing LF, proxy.
QByteArray TestContextFile::javaFile(const QByteArray &eol) const
{
    const auto pem = [&eol](const QByteArray &text) { return quoted(withEol(text, eol)); };
    const QList<QByteArray> lines = {
        "{",
        "  \"api_key\": " + quoted(apiKey) + ",",
        "  \"environment_type\": \"SANDBOX\",",
        "  \"installation_context\": {",
        "    \"token\": " + quoted(installationToken) + ",",
        "    \"private_key_client\": " + pem(onBase64Line(m_client.privateKeyPem())) + ",",
        "    \"public_key_client\": " + pem(m_client.publicKey().toPem()) + ",",
        "    \"public_key_server\": " + pem(m_server.publicKey().toPem()),
        "  },",
        "  \"session_context\": {",
        "    \"token\": " + quoted(sessionToken) + ",",
        "    \"expiry_time\": \"2030-05-06 07:08:09.000123\",",
        "    \"user_id\": 2002,",
        "    \"user_company\": {",
        "      \"id\": 2002,",
        "      \"display_name\": \"Java Company\",",
        "      \"session_timeout\": 3600",
        "    }",
        "  },",
        "  \"proxy\": " + quoted(proxyUrl.toUtf8()),
        "}",
    };
    return lines.join(eol) + eol;
}

// PHP: JSON_PRETTY_PRINT, camelCase user keys with the unused three null, "/" written as "\/",
// proxy_url always present.
QByteArray TestContextFile::phpFile(const QByteArray &eol) const
{
    const auto pem = [&eol](const QByteArray &text) { return quoted(withEol(text, eol), true); };
    const QList<QByteArray> lines = {
        "{",
        "    \"api_key\": " + quoted(apiKey) + ",",
        "    \"environment_type\": \"SANDBOX\",",
        "    \"installation_context\": {",
        "        \"token\": " + quoted(installationToken) + ",",
        "        \"private_key_client\": " + pem(m_client.privateKeyPem()) + ",",
        "        \"public_key_client\": " + pem(m_client.publicKey().toPem()) + ",",
        "        \"public_key_server\": " + pem(m_server.publicKey().toPem()),
        "    },",
        "    \"session_context\": {",
        "        \"token\": " + quoted(sessionToken) + ",",
        "        \"expiry_time\": \"2030-05-06 07:08:09.123456\",",
        "        \"user_id\": 3003,",
        "        \"userPerson\": {",
        "            \"id\": 3003,",
        "            \"display_name\": \"Php Person\",",
        "            \"session_timeout\": 1800",
        "        },",
        "        \"userCompany\": null,",
        "        \"userApiKey\": null,",
        "        \"userPaymentServiceProvider\": null",
        "    },",
        "    \"proxy_url\": null",
        "}",
    };
    return lines.join(eol);
}

// C#: Newtonsoft indented (2 spaces), snake_case user keys, proxy, here an OAuth UserApiKey.
QByteArray TestContextFile::csharpFile(const QByteArray &eol) const
{
    const auto pem = [&eol](const QByteArray &text) { return quoted(withEol(text, eol)); };
    const QList<QByteArray> lines = {
        "{",
        "  \"api_key\": " + quoted(apiKey) + ",",
        "  \"environment_type\": \"SANDBOX\",",
        "  \"installation_context\": {",
        "    \"token\": " + quoted(installationToken) + ",",
        "    \"private_key_client\": " + pem(m_client.privateKeyPem()) + ",",
        "    \"public_key_client\": " + pem(m_client.publicKey().toPem()) + ",",
        "    \"public_key_server\": " + pem(m_server.publicKey().toPem()),
        "  },",
        "  \"session_context\": {",
        "    \"token\": " + quoted(sessionToken) + ",",
        "    \"expiry_time\": \"2030-05-06 07:08:09.123456\",",
        "    \"user_id\": 4004,",
        "    \"user_api_key\": {",
        "      \"id\": 4004,",
        "      \"requested_by_user\": {",
        "        \"UserPerson\": { \"id\": 17, \"display_name\": \"Requester\", "
        "\"session_timeout\": 900 }",
        "      },",
        "      \"granted_by_user\": {",
        "        \"UserCompany\": { \"id\": 18, \"display_name\": \"Granting Company\" }",
        "      }",
        "    }",
        "  },",
        "  \"proxy\": " + quoted(proxyUrl.toUtf8()),
        "}",
    };
    return lines.join(eol);
}

void TestContextFile::readsEachSdkShape_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<SdkShape>("shape");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<qint64>("userId");
    QTest::addColumn<QString>("displayName");
    QTest::addColumn<qint64>("timeout");
    QTest::addColumn<QDateTime>("expiry");
    QTest::addColumn<QString>("proxy");

    for (const QByteArray &eol : {"\n"_ba, "\r\n"_ba}) {
        const char *suffix = eol == "\n" ? "LF" : "CRLF";
        QTest::addRow("Python %s", suffix)
            << pythonFile(eol) << SdkShape::Python << u"UserPerson"_s << qint64(1001)
            << u"Ada Python"_s << qint64(604800) << localExpiry(123) << proxyUrl;
        QTest::addRow("Java %s", suffix)
            << javaFile(eol) << SdkShape::Java << u"UserCompany"_s << qint64(2002)
            << u"Java Company"_s << qint64(3600) << localExpiry(0) << proxyUrl;
        QTest::addRow("PHP %s", suffix)
            << phpFile(eol) << SdkShape::Php << u"UserPerson"_s << qint64(3003)
            << u"Php Person"_s << qint64(1800) << localExpiry(123) << QString();
        QTest::addRow("C# %s", suffix)
            << csharpFile(eol) << SdkShape::CSharp << u"UserApiKey"_s << qint64(4004)
            << u"Granting Company"_s << qint64(900) << localExpiry(123) << proxyUrl;
    }
}

void TestContextFile::readsEachSdkShape()
{
    QFETCH(QByteArray, bytes);
    QFETCH(SdkShape, shape);
    QFETCH(QString, kind);
    QFETCH(qint64, userId);
    QFETCH(QString, displayName);
    QFETCH(qint64, timeout);
    QFETCH(QDateTime, expiry);
    QFETCH(QString, proxy);

    const auto result = storage::readContextFile(bytes, fileName);
    if (!result)
        QFAIL(qPrintable(result.error().message));
    const storage::ImportedContext &imported = result.value();
    const onboarding::SessionContext &context = imported.context;

    QCOMPARE(context.apiKey, apiKey);
    QCOMPARE(context.environment, api::ApiEnvironment::sandbox());
    QCOMPARE(context.clientKey.privateKeyPem(), m_client.privateKeyPem());
    QCOMPARE(context.serverPublicKey, m_server.publicKey());
    QCOMPARE(context.installationToken, installationToken);
    QCOMPARE(context.sessionToken, sessionToken);
    QCOMPARE(context.user.kind, kind);
    QCOMPARE(context.user.id, userId);
    QCOMPARE(context.user.displayName, displayName);
    QCOMPARE(context.sessionTimeoutSeconds, timeout);
    QCOMPARE(imported.untrustedExpiry, expiry);
    QCOMPARE(imported.untrustedExpiry.timeSpec(), Qt::UTC);
    QCOMPARE(imported.proxyUrl, proxy);
    QCOMPARE(imported.likelyShape, shape);
    QVERIFY(!imported.findings.isEmpty());
    QVERIFY(imported.findings.join(u'\n').contains(storage::sdkShapeName(shape)));
}

onboarding::SessionContext TestContextFile::sampleContext(const QString &kind) const
{
    onboarding::SessionContext context;
    context.environment = api::ApiEnvironment::sandbox();
    context.apiKey = apiKey;
    context.clientKey = m_client;
    context.installationToken = installationToken;
    context.serverPublicKey = m_server.publicKey();
    context.sessionToken = sessionToken;
    context.user = {5005, kind, u"Export User"_s};
    context.sessionTimeoutSeconds = 604800;
    context.sessionCreated = QDateTime(QDate(2030, 1, 2), QTime(3, 4, 5, 678), QTimeZone::utc());
    return context;
}

void TestContextFile::exportReadsBackEqual_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("UserPerson") << u"UserPerson"_s;
    QTest::newRow("UserCompany") << u"UserCompany"_s;
    QTest::newRow("UserApiKey") << u"UserApiKey"_s;
    QTest::newRow("UserPaymentServiceProvider") << u"UserPaymentServiceProvider"_s;
}

void TestContextFile::exportReadsBackEqual()
{
    QFETCH(QString, kind);
    const onboarding::SessionContext context = sampleContext(kind);

    const auto result = storage::readContextFile(storage::writeContextFile(context, proxyUrl),
                                                 fileName);
    if (!result)
        QFAIL(qPrintable(result.error().message));
    const storage::ImportedContext &imported = result.value();

    QCOMPARE(imported.context.apiKey, context.apiKey);
    QCOMPARE(imported.context.environment, context.environment);
    QCOMPARE(imported.context.clientKey.privateKeyPem(), context.clientKey.privateKeyPem());
    QCOMPARE(imported.context.serverPublicKey, context.serverPublicKey);
    QCOMPARE(imported.context.installationToken, context.installationToken);
    QCOMPARE(imported.context.sessionToken, context.sessionToken);
    QCOMPARE(imported.context.user.id, context.user.id);
    QCOMPARE(imported.context.user.kind, context.user.kind);
    QCOMPARE(imported.context.user.displayName, context.user.displayName);
    QCOMPARE(imported.context.sessionTimeoutSeconds, context.sessionTimeoutSeconds);
    QCOMPARE(imported.untrustedExpiry, context.expiry());
    QCOMPARE(imported.proxyUrl, proxyUrl);
    QCOMPARE(imported.likelyShape, SdkShape::Unknown);
    QVERIFY(!imported.findings.join(u'\n').contains(u"user objects"_s));
}

void TestContextFile::exportLayout()
{
    const QByteArray bytes = storage::writeContextFile(sampleContext(u"UserPerson"_s));
    QVERIFY(!bytes.contains('\r'));
    QVERIFY(bytes.endsWith("}\n"));
    QVERIFY(bytes.contains("\n    \"api_key\": "));
    QVERIFY(!bytes.contains("proxy"));

    const QJsonObject root = QJsonDocument::fromJson(bytes).object();
    const QJsonObject session = root.value(u"session_context"_s).toObject();
    QVERIFY(session.value(u"user_person"_s).isObject());
    QCOMPARE(session.value(u"userPerson"_s), session.value(u"user_person"_s));
    QCOMPARE(session.value(u"user_id"_s).toInteger(), 5005);
    const QRegularExpression expiryPattern(
        u"^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{6}$"_s);
    QVERIFY(expiryPattern.match(session.value(u"expiry_time"_s).toString()).hasMatch());

    const QJsonObject installation = root.value(u"installation_context"_s).toObject();
    for (const QString &key : {u"private_key_client"_s, u"public_key_client"_s,
                               u"public_key_server"_s}) {
        const QString pem = installation.value(key).toString();
        QVERIFY2(pem.endsWith(u'\n'), qPrintable(key));
        for (const QString &line : pem.split(u'\n'))
            QVERIFY2(line.size() <= 64, qPrintable(key));
    }
    QVERIFY(installation.value(u"private_key_client"_s).toString()
                .startsWith(u"-----BEGIN PRIVATE KEY-----\n"_s));
}

QJsonObject TestContextFile::exportedObject() const
{
    const QByteArray bytes = storage::writeContextFile(sampleContext(u"UserPerson"_s));
    return QJsonDocument::fromJson(bytes).object();
}

void TestContextFile::findingsForOddFiles_data()
{
    QTest::addColumn<QJsonObject>("root");
    QTest::addColumn<QString>("phrase");

    QJsonObject root = exportedObject();
    QJsonObject installation = root.value(u"installation_context"_s).toObject();
    installation.insert(u"public_key_client"_s, QString::fromUtf8(m_server.publicKey().toPem()));
    root.insert(u"installation_context"_s, installation);
    QTest::newRow("public key mismatch") << root << u"does not match"_s;

    root = exportedObject();
    QJsonObject session = root.value(u"session_context"_s).toObject();
    session.insert(u"user_company"_s,
                   QJsonObject{{u"id"_s, 6006}, {u"display_name"_s, u"Second"_s}});
    root.insert(u"session_context"_s, session);
    QTest::newRow("two user objects") << root << u"2 user objects"_s;

    root = exportedObject();
    session = root.value(u"session_context"_s).toObject();
    session.remove(u"user_person"_s);
    for (const QString &key : {u"userPerson"_s, u"userCompany"_s, u"userApiKey"_s,
                               u"userPaymentServiceProvider"_s})
        session.insert(key, QJsonValue::Null);
    root.insert(u"session_context"_s, session);
    QTest::newRow("all PHP user entries null") << root << u"are null"_s;

    root = exportedObject();
    session = root.value(u"session_context"_s).toObject();
    session.remove(u"user_person"_s);
    session.remove(u"userPerson"_s);
    root.insert(u"session_context"_s, session);
    QTest::newRow("no user object") << root << u"no user object"_s;

    root = exportedObject();
    root.remove(u"session_context"_s);
    QTest::newRow("no session_context") << root << u"no session_context"_s;
}

void TestContextFile::findingsForOddFiles()
{
    QFETCH(QJsonObject, root);
    QFETCH(QString, phrase);

    const auto result = storage::readContextFile(QJsonDocument(root).toJson(), fileName);
    if (!result)
        QFAIL(qPrintable(result.error().message));
    const QString findings = result.value().findings.join(u'\n');
    QVERIFY2(findings.contains(phrase), qPrintable(findings));
}

void TestContextFile::rejectsBrokenFiles_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("phrase");

    const QByteArray valid = storage::writeContextFile(sampleContext(u"UserPerson"_s));
    QTest::newRow("empty file") << QByteArray() << u"is empty"_s;
    QTest::newRow("truncated JSON") << valid.left(valid.size() / 2) << u"at offset"_s;
    QTest::newRow("JSON array") << "[1, 2, 3]"_ba << u"does not contain a JSON object"_s;
    QTest::newRow("foreign JSON object")
        << "{\"name\": \"my-app\", \"version\": \"1.0.0\"}"_ba
        << u"does not look like a bunq SDK context file"_s;

    QJsonObject root = exportedObject();
    root.remove(u"api_key"_s);
    QTest::newRow("missing api_key") << QJsonDocument(root).toJson() << u"api_key is missing"_s;

    root = exportedObject();
    QJsonObject installation = root.value(u"installation_context"_s).toObject();
    installation.remove(u"public_key_server"_s);
    root.insert(u"installation_context"_s, installation);
    QTest::newRow("missing public_key_server")
        << QJsonDocument(root).toJson() << u"public_key_server is missing"_s;

    root = exportedObject();
    installation = root.value(u"installation_context"_s).toObject();
    installation.insert(u"private_key_client"_s,
                        u"-----BEGIN PRIVATE KEY-----\nbm90IGEga2V5\n-----END PRIVATE KEY-----\n"_s);
    root.insert(u"installation_context"_s, installation);
    QTest::newRow("corrupt private key PEM")
        << QJsonDocument(root).toJson() << u"private_key_client in bunq.conf is not a valid"_s;

    root = exportedObject();
    root.insert(u"environment_type"_s, u"STAGING"_s);
    QTest::newRow("environment STAGING") << QJsonDocument(root).toJson() << u"\"STAGING\""_s;
}

void TestContextFile::rejectsBrokenFiles()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, phrase);

    const auto result = storage::readContextFile(bytes, fileName);
    QVERIFY(!result.ok());
    const storage::ContextFileError &error = result.error();
    QCOMPARE(error.fileName, fileName);
    QVERIFY2(error.message.contains(fileName), qPrintable(error.message));
    QVERIFY2(error.message.contains(phrase), qPrintable(error.message));
}

QTEST_GUILESS_MAIN(TestContextFile)
#include "tst_contextfile.moc"
