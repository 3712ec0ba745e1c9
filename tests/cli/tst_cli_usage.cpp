// SPDX-License-Identifier: GPL-3.0-or-later
// bunq-session's command line: help, version, usage errors (exit 2) and file errors (exit 3),
// each with a message that names the value and the fix. None of these runs reaches a server.

#include "CliTestSupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace clitest;

namespace {

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// A loopback URL on which nothing is contacted: every row fails before sending.
const QString unusedBaseUrl = u"http://127.0.0.1:9/v1/"_s;

} // namespace

class TestCliUsage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void programHelp();
    void commandHelp_data();
    void commandHelp();
    void version();
    void usageErrors_data();
    void usageErrors();
    void usageErrorAsJson();
    void fileErrors_data();
    void fileErrors();
    void apiKeyOnCommandLineWarns();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
};

void TestCliUsage::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // Relative file names in the rows resolve in the temporary folder.
    QVERIFY(QDir::setCurrent(m_dir.path()));
    QVERIFY(writeFile(path(u"corrupt.conf"_s), "{ this is not JSON"));
    QVERIFY(writeFile(path(u"not-context.conf"_s), R"({"hello": "world"})"));
    QVERIFY(writeFile(path(u"empty.key"_s), "\n"));
    QVERIFY(writeFile(path(u"garbage.pem"_s), "-----BEGIN PRIVATE KEY-----\nnope\n"));
    QVERIFY(writeFile(path(u"exists.conf"_s), "{}"));
    QVERIFY(writeFile(path(u"api.key"_s), "sandbox_" + QByteArray(56, 'a') + '\n'));
    QVERIFY(writeFile(path(u"body.json"_s), "{\"broken\": "));
}

void TestCliUsage::programHelp()
{
    for (const QStringList &arguments :
         {QStringList{u"--help"_s}, QStringList{u"-h"_s}, QStringList{u"help"_s}}) {
        const RunResult result = runCli(arguments);
        QVERIFY2(result.exitCode == 0, result.describe());
        QVERIFY(result.standardOutput.startsWith("Usage: bunq-session <command> [options]"));
        for (const char *command : {"create-sandbox-user", "open", "check", "reopen", "close",
                                    "send", "import", "export"}) {
            QVERIFY2(result.standardOutput.contains(QByteArray(QByteArray("\n  ") + command)),
                     command);
        }
        QVERIFY(result.standardOutput.contains("Exit codes:"));
        QVERIFY(result.standardOutput.contains("  4  a server signature"));
    }
}

void TestCliUsage::commandHelp_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("open --help") << QStringList{u"open"_s, u"--help"_s}
                                 << QByteArray("--api-key-file <file>");
    QTest::newRow("help send") << QStringList{u"help"_s, u"send"_s} << QByteArray("--body <json>");
    QTest::newRow("check -h") << QStringList{u"check"_s, u"-h"_s} << QByteArray("--context <file>");
    QTest::newRow("help despite a bad option")
        << QStringList{u"close"_s, u"--bogus"_s, u"--help"_s} << QByteArray("--profile <name>");
}

void TestCliUsage::commandHelp()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, expected);

    const RunResult result = runCli(arguments);
    QVERIFY2(result.exitCode == 0, result.describe());
    const QByteArray command =
        arguments.first() == u"help"_s ? arguments.at(1).toUtf8() : arguments.first().toUtf8();
    // The synopsis follows the command name on its line, or on the next lines when too wide.
    const QByteArray usage = "Usage: bunq-session " + command;
    QVERIFY2(result.standardOutput.startsWith(QByteArray(usage + ' ')) ||
                 result.standardOutput.startsWith(QByteArray(usage + '\n')),
             result.standardOutput.constData());
    QVERIFY2(result.standardOutput.contains(expected), result.standardOutput.constData());
    QVERIFY(result.standardOutput.contains("Examples:"));
    QVERIFY(result.standardOutput.contains("Exit codes:"));
}

void TestCliUsage::version()
{
    const RunResult result = runCli({u"--version"_s});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.standardOutput, "bunq-session " STUDIO_VERSION "\n"_ba);
}

void TestCliUsage::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("named");

    QTest::newRow("no command") << QStringList{} << u"--help"_s;
    QTest::newRow("unknown command") << QStringList{u"opne"_s} << u"\"opne\""_s;
    QTest::newRow("option before command") << QStringList{u"--json"_s, u"check"_s} << u"--json"_s;
    QTest::newRow("unknown option")
        << QStringList{u"check"_s, u"--bogus"_s, u"--context"_s, u"x.conf"_s} << u"bogus"_s;
    QTest::newRow("missing option value")
        << QStringList{u"check"_s, u"--context"_s} << u"--context"_s;
    QTest::newRow("neither context nor profile") << QStringList{u"check"_s} << u"--context FILE"_s;
    QTest::newRow("context and profile")
        << QStringList{u"check"_s, u"--context"_s, u"a"_s, u"--profile"_s, u"b"_s} << u"not both"_s;
    QTest::newRow("unknown environment")
        << QStringList{u"create-sandbox-user"_s, u"--environment"_s, u"moon"_s} << u"\"moon\""_s;
    QTest::newRow("environment local without URL")
        << QStringList{u"create-sandbox-user"_s, u"--environment"_s, u"local"_s} << u"--base-url"_s;
    QTest::newRow("no environment")
        << QStringList{u"create-sandbox-user"_s} << u"--environment sandbox"_s;
    QTest::newRow("production sandbox user")
        << QStringList{u"create-sandbox-user"_s, u"--environment"_s, u"production"_s}
        << u"bunq app"_s;
    QTest::newRow("remote base URL")
        << QStringList{u"create-sandbox-user"_s, u"--base-url"_s, u"http://example.com/v1/"_s}
        << u"\"http://example.com/v1/\""_s;
    QTest::newRow("base URL without /v1/")
        << QStringList{u"create-sandbox-user"_s, u"--base-url"_s, u"http://127.0.0.1:9/"_s}
        << u"/v1/"_s;
    QTest::newRow("base URL and environment")
        << QStringList{u"create-sandbox-user"_s, u"--base-url"_s, unusedBaseUrl, u"--environment"_s,
                       u"sandbox"_s}
        << u"Leave out one"_s;
    QTest::newRow("timeout not a number") << QStringList{u"create-sandbox-user"_s, u"--base-url"_s,
                                                         unusedBaseUrl, u"--timeout"_s, u"soon"_s}
                                          << u"\"soon\""_s;
    QTest::newRow("proxy without port")
        << QStringList{u"create-sandbox-user"_s, u"--base-url"_s, unusedBaseUrl, u"--proxy"_s,
                       u"http://127.0.0.1"_s}
        << u"\"http://127.0.0.1\""_s;
    QTest::newRow("permitted IP not IPv4")
        << QStringList{u"open"_s,           u"--base-url"_s,     unusedBaseUrl,
                       u"--api-key-file"_s, u"api.key"_s,        u"--output-context"_s,
                       u"out.conf"_s,       u"--permitted-ip"_s, u"300.1.1.1"_s}
        << u"\"300.1.1.1\""_s;
    QTest::newRow("no API key") << QStringList{u"open"_s, u"--base-url"_s, unusedBaseUrl,
                                               u"--output-context"_s, u"out.conf"_s}
                                << u"--api-key-file"_s;
    QTest::newRow("open without destination")
        << QStringList{u"open"_s, u"--base-url"_s, unusedBaseUrl, u"--api-key-file"_s, u"api.key"_s}
        << u"--output-context FILE"_s;
    QTest::newRow("send: bad method")
        << QStringList{u"send"_s, u"FETCH"_s, u"user"_s, u"--context"_s, u"x.conf"_s}
        << u"\"FETCH\""_s;
    QTest::newRow("send: full URL")
        << QStringList{u"send"_s, u"GET"_s, u"https://api.bunq.com/v1/user"_s, u"--context"_s,
                       u"x.conf"_s}
        << u"https://api.bunq.com/v1/user"_s;
    QTest::newRow("send: missing path")
        << QStringList{u"send"_s, u"GET"_s, u"--context"_s, u"x.conf"_s} << u"METHOD PATH"_s;
    QTest::newRow("send: invalid JSON body")
        << QStringList{u"send"_s,  u"POST"_s,      u"user"_s,  u"--body"_s,
                       u"{nope"_s, u"--context"_s, u"x.conf"_s}
        << u"--body is not valid JSON"_s;
    QTest::newRow("send: body on GET")
        << QStringList{u"send"_s, u"GET"_s,       u"user"_s,  u"--body"_s,
                       u"{}"_s,   u"--context"_s, u"x.conf"_s}
        << u"GET"_s;
    QTest::newRow("import: extra argument")
        << QStringList{u"import"_s, u"a.conf"_s, u"b.conf"_s, u"--output-context"_s, u"c.conf"_s}
        << u"\"b.conf\""_s;
    QTest::newRow("export without output")
        << QStringList{u"export"_s, u"--context"_s, u"x.conf"_s} << u"--output FILE"_s;
}

void TestCliUsage::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, named);

    const RunResult result = runCli(arguments);
    QVERIFY2(result.exitCode == 2, result.describe());
    QVERIFY2(result.standardError.startsWith("bunq-session: error: "), result.describe());
    QVERIFY2(QString::fromUtf8(result.standardError).contains(named), result.describe());
    // Only --json puts output on standard output for a usage error.
    if (!arguments.contains(u"--json"_s))
        QVERIFY(result.standardOutput.isEmpty());
}

void TestCliUsage::usageErrorAsJson()
{
    const RunResult result = runCli({u"check"_s, u"--json"_s, u"--bogus"_s});
    QCOMPARE(result.exitCode, 2);
    const QJsonObject json = result.json();
    QCOMPARE(json.value(u"ok"_s), QJsonValue(false));
    QCOMPARE(json.value(u"exit_code"_s).toInt(), 2);
    QVERIFY(json.value(u"error"_s).toString().contains(u"bogus"_s));
}

void TestCliUsage::fileErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("named");

    const QString missing = path(u"missing.conf"_s);
    QTest::newRow("missing context file")
        << QStringList{u"check"_s, u"--context"_s, missing} << missing;
    QTest::newRow("corrupt context file")
        << QStringList{u"send"_s, u"GET"_s, u"user"_s, u"--context"_s, path(u"corrupt.conf"_s)}
        << path(u"corrupt.conf"_s) + u" is not valid JSON"_s;
    QTest::newRow("not a context file")
        << QStringList{u"reopen"_s, u"--context"_s, path(u"not-context.conf"_s)}
        << path(u"not-context.conf"_s);
    QTest::newRow("import of a missing file")
        << QStringList{u"import"_s, missing, u"--output-context"_s, path(u"out.conf"_s)} << missing;
    QTest::newRow("empty API key file")
        << QStringList{u"open"_s,           u"--base-url"_s,      unusedBaseUrl,
                       u"--api-key-file"_s, path(u"empty.key"_s), u"--output-context"_s,
                       path(u"out.conf"_s)}
        << path(u"empty.key"_s);
    QTest::newRow("invalid private key file") << QStringList{u"open"_s,
                                                             u"--base-url"_s,
                                                             unusedBaseUrl,
                                                             u"--api-key-file"_s,
                                                             path(u"api.key"_s),
                                                             u"--private-key-file"_s,
                                                             path(u"garbage.pem"_s),
                                                             u"--output-context"_s,
                                                             path(u"out.conf"_s)}
                                              << path(u"garbage.pem"_s);
    QTest::newRow("output exists") << QStringList{u"open"_s,
                                                  u"--base-url"_s,
                                                  unusedBaseUrl,
                                                  u"--api-key-file"_s,
                                                  path(u"api.key"_s),
                                                  u"--output-context"_s,
                                                  path(u"exists.conf"_s)}
                                   << path(u"exists.conf"_s) + u" exists already. Pass --force"_s;
    QTest::newRow("output folder missing")
        << QStringList{u"create-sandbox-user"_s, u"--base-url"_s, unusedBaseUrl,
                       u"--output-api-key-file"_s, path(u"no/such/folder/key.txt"_s)}
        << path(u"no/such/folder/key.txt"_s);
    QTest::newRow("invalid JSON body file")
        << QStringList{u"send"_s,      u"POST"_s, u"user"_s, u"--body-file"_s, path(u"body.json"_s),
                       u"--context"_s, missing}
        << path(u"body.json"_s);
}

void TestCliUsage::fileErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, named);

    const RunResult result = runCli(arguments);
    QVERIFY2(result.exitCode == 3, result.describe());
    QVERIFY2(QString::fromUtf8(result.standardError).contains(named), result.describe());
}

void TestCliUsage::apiKeyOnCommandLineWarns()
{
    // The key is valid, so the run gets as far as the output file, which exists.
    const QByteArray key = "sandbox_" + QByteArray(56, 'b');
    const RunResult result =
        runCli({u"open"_s, u"--base-url"_s, unusedBaseUrl, u"--api-key"_s, QString::fromLatin1(key),
                u"--output-context"_s, path(u"exists.conf"_s)});
    QCOMPARE(result.exitCode, 3);
    QVERIFY2(result.standardError.contains("process list"), result.describe());
    QVERIFY(!result.everything().contains(key));
}

QTEST_GUILESS_MAIN(TestCliUsage)
#include "tst_cli_usage.moc"
