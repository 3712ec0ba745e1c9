// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the "Copy as cURL" commands through a POSIX shell: once with curl replaced by a shell
// function that records what it was given, and once with the real curl program against the
// local sandbox, which checks the body signature.
#include "ConsoleSandboxSession.h"
#include "RequestLog.h"
#include "api/Redaction.h"
#include "console/CurlCommand.h"
#include "console/SandboxMoney.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace studio;
using namespace studio::console;

class TestCurlCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void passesBodyByteForByte_data();
    void passesBodyByteForByte();
    void passesMethodUrlAndHeaders();
    void masksTokenUnlessRevealed();
    void getHasNoBody();
    void bodyWithoutContentTypeGetsNone();
    void largeBodySwitchesOffExpect();

    void sandboxAcceptsSignedPayment_data();
    void sandboxAcceptsSignedPayment();

private:
    struct ShellRun
    {
        int exitCode = -1;
        QByteArray output;
        QByteArray errors;
    };
    struct Recorded
    {
        QByteArray method;
        QByteArray url;
        QList<QByteArray> headers;
        QByteArray body;
        bool hasBody = false;
    };

    // Runs command with shell ("sh" is dash on Debian) and waits while the event loop runs, so
    // that an in-process sandbox can respond.
    static ShellRun runShell(const QString &shell, const QString &command);
    Recorded runWithFakeCurl(const QString &shell, const QString &command);
    static api::ApiExchange sampleExchange(const QByteArray &body);

    QTemporaryDir m_dir;
    QString m_curl;
};

namespace {

// Stands in for curl and writes each option's value to a file in $OUT.
const QString fakeCurl = uR"sh(
curl() {
  : > "$OUT/headers"
  while [ $# -gt 0 ]; do
    case "$1" in
      --request) shift; printf '%s' "$1" > "$OUT/method" ;;
      --header) shift; printf '%s\n' "$1" >> "$OUT/headers" ;;
      --data-binary) shift
        if [ "$1" = "@-" ]; then cat > "$OUT/body"; else printf '%s' "$1" > "$OUT/body"; fi ;;
      -*) printf 'unexpected option %s\n' "$1" >&2; return 2 ;;
      *) printf '%s' "$1" > "$OUT/url" ;;
    esac
    shift
  done
}
)sh"_s;

const QByteArray sessionToken = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

} // namespace

void TestCurlCommand::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_curl = QStandardPaths::findExecutable(u"curl"_s);
}

TestCurlCommand::ShellRun TestCurlCommand::runShell(const QString &shell, const QString &command)
{
    QProcess process;
    process.start(shell, {u"-c"_s, command});
    QSignalSpy finished(&process, &QProcess::finished);
    ShellRun run;
    if (!process.waitForStarted(10000) || !finished.wait(30000)) {
        process.kill();
        process.waitForFinished();
        run.errors = "the shell did not finish";
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.output = process.readAllStandardOutput();
    run.errors = process.readAllStandardError();
    return run;
}

TestCurlCommand::Recorded TestCurlCommand::runWithFakeCurl(const QString &shell,
                                                           const QString &command)
{
    const QString out = m_dir.path();
    for (const QString &name : {u"method"_s, u"url"_s, u"headers"_s, u"body"_s})
        QFile::remove(out + u'/' + name);

    const QString script = u"OUT="_s + shellQuoted(out) + u'\n' + fakeCurl + command;
    const ShellRun run = runShell(shell, script);
    Recorded recorded;
    if (run.exitCode != 0) {
        qWarning("shell failed: %s", run.errors.constData());
        return recorded;
    }

    auto read = [&out](const QString &name) {
        QFile file(out + u'/' + name);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    };
    recorded.method = read(u"method"_s);
    recorded.url = read(u"url"_s);
    recorded.headers = read(u"headers"_s).split('\n');
    recorded.headers.removeAll(QByteArray());
    recorded.hasBody = QFile::exists(out + u"/body"_s);
    recorded.body = read(u"body"_s);
    return recorded;
}

api::ApiExchange TestCurlCommand::sampleExchange(const QByteArray &body)
{
    api::ApiExchange exchange;
    exchange.method = "POST";
    exchange.url = QUrl(u"http://127.0.0.1:41234/v1/user/1/monetary-account/2/payment"_s);
    exchange.requestHeaders = {
        {"Cache-Control", "no-cache"},
        {"User-Agent", "bunq-session-studio/0.1.0"},
        {"X-Bunq-Geolocation", "0 0 0 0 000"},
        {"Content-Type", "application/json"},
        {"X-Bunq-Client-Authentication", sessionToken},
        {"X-Bunq-Client-Signature", "c2lnbmF0dXJl+/=="},
    };
    exchange.requestBody = body;
    return exchange;
}

void TestCurlCommand::passesBodyByteForByte_data()
{
    QTest::addColumn<QString>("shell");
    QTest::addColumn<QByteArray>("body");

    const QList<std::pair<const char *, QByteArray>> bodies = {
        {"compact json", R"({"amount":{"value":"1.00","currency":"EUR"},"description":"x"})"_ba},
        {"quotes and dollars", R"({"description":"it's $HOME `id` $(id) \"q\" ! \\ %s %%"})"_ba},
        {"non-ascii", "{\"description\":\"Caf\xc3\xa9 \xe2\x98\x95 \xf0\x9f\x92\xb6\"}"_ba},
        {"crlf and trailing newline", "{\r\n  \"a\": 1,\r\n\t\"b\": \"\xc3\xa9\"\r\n}\n"_ba},
        {"only newline", "\n"_ba},
        {"invalid utf-8", "{\"a\":\"\xff\xfe\xc3\"}"_ba},
        {"nul byte", QByteArray("a\0b", 3)},
        {"c1 control", "x\xc2\x85y"_ba},
        {"leading dash", "-n\tx"_ba},
        {"backslash escapes in printf form", "\\n\\\\ %d '\n"_ba},
        {"digit after escape", "\n123"_ba},
        {"empty", QByteArray()},
    };
    for (const QString &shell : {u"sh"_s, u"bash"_s}) {
        for (const auto &[name, body] : bodies)
            QTest::addRow("%s %s", qPrintable(shell), name) << shell << body;
    }
}

void TestCurlCommand::passesBodyByteForByte()
{
    QFETCH(QString, shell);
    QFETCH(QByteArray, body);

    const QString command = curlCommand(sampleExchange(body), true);
    const Recorded recorded = runWithFakeCurl(shell, command);
    QVERIFY(recorded.hasBody);
    QCOMPARE(recorded.body, body);
    QCOMPARE(recorded.method, "POST"_ba);
}

void TestCurlCommand::passesMethodUrlAndHeaders()
{
    api::ApiExchange exchange = sampleExchange("{}");
    exchange.method = "PUT";
    exchange.url = QUrl(u"http://127.0.0.1:41234/v1/user/1?count=5&older_id=3"_s);
    exchange.requestHeaders.append({"X-Empty"_ba, QByteArray()});

    const Recorded recorded = runWithFakeCurl(u"sh"_s, curlCommand(exchange, true));
    QCOMPARE(recorded.method, "PUT"_ba);
    QCOMPARE(recorded.url, "http://127.0.0.1:41234/v1/user/1?count=5&older_id=3"_ba);
    const QList<QByteArray> expected = {
        "Cache-Control: no-cache",
        "User-Agent: bunq-session-studio/0.1.0",
        "X-Bunq-Geolocation: 0 0 0 0 000",
        "Content-Type: application/json",
        "X-Bunq-Client-Authentication: " + sessionToken,
        "X-Bunq-Client-Signature: c2lnbmF0dXJl+/==",
        // curl's syntax for a header sent with an empty value.
        "X-Empty;",
    };
    QCOMPARE(recorded.headers, expected);
    QCOMPARE(recorded.body, "{}"_ba);
}

void TestCurlCommand::masksTokenUnlessRevealed()
{
    const api::ApiExchange exchange = sampleExchange("{}");

    const QString masked = curlCommand(exchange, false);
    QVERIFY(!masked.contains(QString::fromLatin1(sessionToken)));
    QVERIFY(masked.contains(api::maskSecret(sessionToken)));
    // The signature is no secret: it only vouches for this body.
    QVERIFY(masked.contains(u"c2lnbmF0dXJl+/=="_s));

    QVERIFY(curlCommand(exchange, true).contains(QString::fromLatin1(sessionToken)));
}

void TestCurlCommand::getHasNoBody()
{
    api::ApiExchange exchange = sampleExchange({});
    exchange.method = "GET";
    exchange.requestHeaders.removeIf(
        [](const auto &header) { return header.first == "Content-Type"; });

    const QString command = curlCommand(exchange, true);
    QVERIFY(!command.contains(u"--data-binary"_s));
    QVERIFY(!command.contains(u"--request"_s));
    QVERIFY(command.startsWith(u"curl 'http://127.0.0.1:41234/v1/"_s));

    const Recorded recorded = runWithFakeCurl(u"sh"_s, command);
    QVERIFY(!recorded.hasBody);
    QCOMPARE(recorded.method, QByteArray());

    exchange.method = "DELETE";
    const Recorded deleted = runWithFakeCurl(u"sh"_s, curlCommand(exchange, true));
    QCOMPARE(deleted.method, "DELETE"_ba);
    QVERIFY(!deleted.hasBody);
}

void TestCurlCommand::bodyWithoutContentTypeGetsNone()
{
    api::ApiExchange exchange = sampleExchange("{}");
    exchange.requestHeaders.removeIf(
        [](const auto &header) { return header.first == "Content-Type"; });

    const Recorded recorded = runWithFakeCurl(u"sh"_s, curlCommand(exchange, true));
    // "Content-Type:" makes curl leave out its default form type.
    QVERIFY(recorded.headers.contains("Content-Type:"));
}

void TestCurlCommand::largeBodySwitchesOffExpect()
{
    const QByteArray large = "{\"description\":\"" + QByteArray(2000, 'x') + "\"}";
    const Recorded recorded = runWithFakeCurl(u"sh"_s, curlCommand(sampleExchange(large), true));
    QVERIFY(recorded.headers.contains("Expect:"));
    QCOMPARE(recorded.body, large);

    const Recorded small = runWithFakeCurl(u"sh"_s, curlCommand(sampleExchange("{}"), true));
    QVERIFY(!small.headers.contains("Expect:"));
}

void TestCurlCommand::sandboxAcceptsSignedPayment_data()
{
    QTest::addColumn<QByteArray>("body");

    QTest::newRow("compact non-ascii")
        << "{\"amount\":{\"value\":\"1.00\",\"currency\":\"EUR\"},\"counterparty_alias\":{\"type\":"
           "\"EMAIL\",\"value\":\"sugardaddy@bunq.com\",\"name\":\"Sugar Daddy\"},\"description\":"
           "\"Caf\xc3\xa9 \xe2\x98\x95 it's $5 \\\"100%\\\" \\\\o/\"}"_ba;
    QTest::newRow("crlf, tab and trailing newline")
        << "{\r\n\t\"amount\": {\"value\": \"2.50\", \"currency\": \"EUR\"},\r\n"
           "\t\"counterparty_alias\": {\"type\": \"EMAIL\", \"value\": \"sugardaddy@bunq.com\"},"
           "\r\n\t\"description\": \"Caf\xc3\xa9 \xe2\x98\x95\"\r\n}\n"_ba;
}

void TestCurlCommand::sandboxAcceptsSignedPayment()
{
    QFETCH(QByteArray, body);
    if (m_curl.isEmpty())
        QSKIP("The curl program is not installed.");

    sandbox::SandboxOptions options;
    // Seven POSTs go to one endpoint here, more than its limit of five per 3 s.
    options.rateLimits = false;
    options.requestInquiryAcceptDelayMs = 0;
    ConsoleSandboxSession session;
    session.start(options);
    if (QTest::currentTestFailed())
        return;

    const qint64 userId = session.context().user.id;
    const qint64 accountId = session.firstAccountId();
    QVERIFY(accountId > 0);
    const auto money = SandboxMoney::request(userId, accountId, u"100"_s);
    QVERIFY(money.ok());
    QVERIFY(session.send(money.value()).ok());

    // The app's own client signs and sends the payment first.
    const QString path = u"/v1/user/%1/monetary-account/%2/payment"_s.arg(userId).arg(accountId);
    const api::ApiResult sent = session.send("POST", path, body);
    QVERIFY2(sent.ok(), qPrintable(sent.error ? sent.error->summary() : QString()));
    QVERIFY(!sent.exchange.signature.isEmpty());
    QCOMPARE(sent.exchange.requestBody, body);

    // Replayed by curl, the same bytes and signature are accepted again.
    const QString appended = u" --silent --show-error --write-out '\\n%{http_code}'"_s;
    const ShellRun replayed = runShell(u"sh"_s, curlCommand(sent.exchange, true) + appended);
    QCOMPARE(replayed.exitCode, 0);
    QVERIFY2(replayed.output.endsWith("\n200"), replayed.output.constData());
    QVERIFY2(replayed.output.startsWith("{\"Response\":[{\"Id\":"), replayed.output.constData());

    const QList<sandbox::RequestLogEntry> log = session.sandbox().requestLog().entriesAfter(0);
    const sandbox::RequestLogEntry &last = log.constLast();
    QCOMPARE(last.path, path);
    QCOMPARE(last.status, 200);
    bool signaturePassed = false;
    for (const sandbox::RequestCheck &check : last.checks)
        signaturePassed =
            signaturePassed || (check.name == u"signature"_s && check.verdict == u"passed"_s);
    QVERIFY(signaturePassed);

    // The masked command carries no usable token.
    const ShellRun masked = runShell(u"sh"_s, curlCommand(sent.exchange, false) + appended);
    QCOMPARE(masked.exitCode, 0);
    QVERIFY2(masked.output.endsWith("\n401"), masked.output.constData());

    // One byte more in the body and the signature no longer fits.
    api::ApiExchange tampered = sent.exchange;
    tampered.requestBody.insert(tampered.requestBody.indexOf("Caf"), ' ');
    const ShellRun rejected = runShell(u"sh"_s, curlCommand(tampered, true) + appended);
    QVERIFY2(rejected.output.endsWith("\n400"), rejected.output.constData());
    QVERIFY2(rejected.output.contains("The request signature is invalid."),
             rejected.output.constData());
}

QTEST_GUILESS_MAIN(TestCurlCommand)
#include "tst_curlcommand.moc"
