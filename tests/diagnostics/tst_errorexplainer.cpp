// SPDX-License-Identifier: GPL-3.0-or-later
// Checks the table of bunq's errors and the lookup that picks a row for a failed call, with
// errors built here as ApiClient reports them.
#include "diagnostics/ErrorExplainer.h"
#include "diagnostics/ErrorTable.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;
using namespace studio;
using Kind = api::ApiError::Kind;

Q_DECLARE_METATYPE(studio::api::ApiError::Kind)

namespace {

const QString credentials = u"User credentials are incorrect. Incorrect API key or IP address."_s;
const QByteArray sandboxKey = "sandbox_" + QByteArray(56, 'a');
const QByteArray productionKey = QByteArray(64, 'b');

// Replaces every text of the table's context, to show that lookups translate.
class MarkingTranslator : public QTranslator
{
public:
    QString translate(const char *context, const char *sourceText, const char *, int) const override
    {
        if (qstrcmp(context, diagnostics::errorTableContext) != 0)
            return {};
        return u"[translated] "_s + QString::fromUtf8(sourceText);
    }

    bool isEmpty() const override { return false; }
};

api::ApiError httpError(int status, const QString &description, const QByteArray &responseId)
{
    api::ApiError error;
    error.kind = status == 429 ? Kind::RateLimit : Kind::Http;
    error.httpStatus = status;
    if (!description.isEmpty())
        error.descriptions << description;
    error.responseId = responseId;
    return error;
}

api::ApiExchange exchangeFor(const QString &url, const QByteArray &body = {})
{
    api::ApiExchange exchange;
    exchange.method = "POST";
    exchange.url = QUrl(url);
    exchange.requestBody = body;
    return exchange;
}

QByteArray secretBody(const QByteArray &key)
{
    return R"({"secret":")" + key + R"("})";
}

// One failed call and the row that must explain it.
struct LookupCase
{
    const char *name;
    Kind kind;
    int status;
    QString description;
    QString url;
    QByteArray requestBody;
    QByteArray responseId;
    QString expectedId;
};

QList<LookupCase> lookupCases()
{
    const QString local = u"http://127.0.0.1:41234/v1/"_s;
    const QString production = u"https://api.bunq.com/v1/"_s;
    const QString sandbox = u"https://public-api.sandbox.bunq.com/v1/"_s;
    const QByteArray id = "6a1c9f1e-1111-2222-3333-444455556666";

    QList<LookupCase> cases;
    auto row = [&cases](const char *name, Kind kind, int status, const QString &description,
                        const QString &url, const QByteArray &body, const QByteArray &responseId,
                        const QString &expectedId) {
        cases.append({name, kind, status, description, url, body, responseId, expectedId});
    };

    row("sandbox key on production", Kind::Http, 400, credentials, production + u"device-server"_s,
        secretBody(sandboxKey), id, u"wrong-environment-sandbox-key"_s);
    row("production key on local sandbox", Kind::Http, 400, credentials, local + u"device-server"_s,
        secretBody(productionKey), id, u"wrong-environment-production-key"_s);
    row("production key on bunq sandbox", Kind::Http, 400, credentials,
        sandbox + u"session-server"_s, secretBody(productionKey), id,
        u"wrong-environment-production-key"_s);
    row("production key on production", Kind::Http, 400, credentials,
        production + u"device-server"_s, secretBody(productionKey), id, u"api-key-rejected"_s);
    row("unknown sandbox key on device", Kind::Http, 400, credentials, local + u"device-server"_s,
        secretBody(sandboxKey), id, u"api-key-rejected"_s);
    row("session from another IP", Kind::Http, 400, credentials, local + u"session-server"_s,
        secretBody(sandboxKey), id, u"ip-not-permitted"_s);
    row("call from another IP", Kind::Http, 400, credentials, local + u"user"_s, {}, id,
        u"ip-not-permitted"_s);
    row("second session", Kind::Http, 400, u"Authentication token already has a user session."_s,
        local + u"session-server"_s, secretBody(sandboxKey), id, u"session-already-open"_s);
    row("session refused 401", Kind::Http, 401, u"Insufficient authorisation."_s,
        local + u"session-server"_s, secretBody(sandboxKey), id, u"revoked-key"_s);
    row("session refused 403", Kind::Http, 403, u"Insufficient authentication."_s,
        local + u"session-server"_s, secretBody(sandboxKey), id, u"revoked-key"_s);
    row("dead session 401", Kind::Http, 401, u"Insufficient authorisation."_s, local + u"user"_s,
        {}, id, u"session-expired"_s);
    row("dead session 403", Kind::Http, 403, u"Insufficient authentication."_s,
        local + u"user/5/monetary-account"_s, {}, id, u"session-expired"_s);
    row("dead session 500", Kind::Http, 500, u"Insufficient authorisation."_s, local + u"user"_s,
        {}, id, u"session-expired"_s);
    row("signature required", Kind::Http, 466,
        u"For this operation a request signature is required. Check the urls for more "
        u"information."_s,
        local + u"session-server"_s, secretBody(sandboxKey), id, u"signature-missing"_s);
    row("signature invalid 400", Kind::Http, 400, u"The request signature is invalid."_s,
        local + u"session-server"_s, secretBody(sandboxKey), id, u"signature-invalid"_s);
    row("signature invalid 401", Kind::Http, 401, u"The request signature is invalid."_s,
        local + u"device-server"_s, secretBody(sandboxKey), id, u"signature-invalid"_s);
    row("rate limit", Kind::RateLimit, 429,
        u"Too many requests. You can do a maximum of 3 calls per 3 seconds to this endpoint."_s,
        local + u"user"_s, {}, id, u"rate-limit"_s);
    row("retired sandbox-user", Kind::Http, 404, u"Route not found."_s, local + u"sandbox-user"_s,
        {}, id, u"sandbox-user-retired"_s);
    row("unknown route", Kind::Http, 404, u"Route not found."_s, local + u"usr"_s, {}, id,
        u"route-not-found"_s);
    row("sandbox-user-person exists", Kind::Http, 404, u"Route not found."_s,
        local + u"sandbox-user-persons"_s, {}, id, u"route-not-found"_s);
    row("wrong method", Kind::Http, 405,
        u"Method not allowed. This endpoint accepts GET, not POST."_s, local + u"user"_s, {}, id,
        u"method-not-allowed"_s);
    row("object not found", Kind::Http, 404, u"User not found."_s, local + u"user/99"_s, {}, id,
        u"not-found"_s);
    row("maintenance", Kind::Http, 491, u"bunq is in maintenance. Please try again later."_s,
        local + u"user"_s, {}, id, u"maintenance"_s);
    row("internal error", Kind::Http, 500, u"Encountered unhandled exception."_s, local + u"user"_s,
        {}, id, u"internal-error"_s);
    row("internal error without id", Kind::Http, 500, u"Encountered unhandled exception."_s,
        local + u"user"_s, {}, {}, u"internal-error-without-response-id"_s);
    row("bad gateway", Kind::Http, 502, {}, production + u"user"_s, {}, {},
        u"server-unavailable"_s);
    row("field missing", Kind::Http, 400,
        u"The field \"secret\" is missing from the request body."_s, local + u"device-server"_s,
        "{}", id, u"bad-request"_s);
    row("network", Kind::Network, 0, {}, local + u"user"_s, {}, {}, u"network"_s);
    row("timeout", Kind::Timeout, 0, {}, local + u"user"_s, {}, {}, u"timeout"_s);
    row("tls", Kind::Tls, 0, {}, production + u"user"_s, {}, {}, u"tls"_s);
    row("not an envelope", Kind::Envelope, 200, {}, local + u"user"_s, {}, id,
        u"unexpected-response"_s);
    row("server signature", Kind::Signature, 200, {}, local + u"user"_s, {}, id,
        u"server-signature"_s);
    row("step missing", Kind::Usage, 0, {}, local + u"device-server"_s, {}, {}, u"step-missing"_s);
    row("other status", Kind::Http, 409, u"Conflict."_s, local + u"user"_s, {}, id,
        u"http-error"_s);
    return cases;
}

} // namespace

class TestErrorExplainer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tableRowsAreComplete();
    void everyRowIsReachable();
    void lookup_data();
    void lookup();
    void internalErrorQuotesResponseId();
    void lookupTranslates();
};

void TestErrorExplainer::tableRowsAreComplete()
{
    QSet<QString> ids;
    for (const diagnostics::ErrorTableEntry &entry : diagnostics::errorTable()) {
        const QString id = QString::fromLatin1(entry.id);
        QVERIFY2(!id.isEmpty(), "a row has no id");
        QVERIFY2(!ids.contains(id), qPrintable(u"duplicate id "_s + id));
        ids.insert(id);

        QVERIFY2(entry.explanation && qstrlen(entry.explanation) > 0, qPrintable(id));
        QVERIFY2(entry.nextStep && qstrlen(entry.nextStep) > 0, qPrintable(id));

        for (const char *pattern : {entry.textPattern, entry.pathPattern}) {
            if (!pattern)
                continue;
            const QRegularExpression expression(QString::fromUtf8(pattern));
            QVERIFY2(expression.isValid(), qPrintable(id + u": "_s + expression.errorString()));
        }

        // Only a row that requires a response id may quote it.
        const bool quotesResponseId = QByteArray(entry.nextStep).contains("%1");
        if (quotesResponseId)
            QCOMPARE(entry.condition, diagnostics::EntryCondition::HasResponseId);
    }

    // The last row catches everything, so every failure gets an explanation.
    const diagnostics::ErrorTableEntry &last = diagnostics::errorTable().back();
    QVERIFY(!last.kind.has_value());
    QCOMPARE(last.status, 0);
    QVERIFY(!last.text && !last.textPattern && !last.pathPattern);
    QCOMPARE(last.condition, diagnostics::EntryCondition::None);
}

void TestErrorExplainer::everyRowIsReachable()
{
    // A row that no lookup case reaches is shadowed by an earlier one, or has no test.
    QSet<QString> reached;
    for (const LookupCase &lookupCase : lookupCases())
        reached.insert(lookupCase.expectedId);
    for (const diagnostics::ErrorTableEntry &entry : diagnostics::errorTable()) {
        const QString id = QString::fromLatin1(entry.id);
        QVERIFY2(reached.contains(id), qPrintable(u"no lookup case reaches "_s + id));
    }
}

void TestErrorExplainer::lookup_data()
{
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("description");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QByteArray>("requestBody");
    QTest::addColumn<QByteArray>("responseId");
    QTest::addColumn<QString>("expectedId");

    for (const LookupCase &c : lookupCases()) {
        QTest::newRow(c.name) << c.kind << c.status << c.description << c.url << c.requestBody
                              << c.responseId << c.expectedId;
    }
}

void TestErrorExplainer::lookup()
{
    QFETCH(Kind, kind);
    QFETCH(int, status);
    QFETCH(QString, description);
    QFETCH(QString, url);
    QFETCH(QByteArray, requestBody);
    QFETCH(QByteArray, responseId);
    QFETCH(QString, expectedId);

    api::ApiError error = httpError(status, description, responseId);
    error.kind = kind;
    const api::ApiExchange exchange = exchangeFor(url, requestBody);

    const diagnostics::Explanation explanation = diagnostics::explainError(error, exchange);
    QCOMPARE(explanation.id, expectedId);
    QVERIFY(!explanation.explanation.isEmpty());
    QVERIFY(!explanation.nextStep.isEmpty());
}

void TestErrorExplainer::internalErrorQuotesResponseId()
{
    const api::ApiError error =
        httpError(500, u"Encountered unhandled exception."_s, "0f0e0d0c-aaaa-bbbb");
    const diagnostics::Explanation explanation =
        diagnostics::explainError(error, exchangeFor(u"http://127.0.0.1:1/v1/user"_s));

    QCOMPARE(explanation.id, u"internal-error"_s);
    QVERIFY2(explanation.nextStep.contains(u"0f0e0d0c-aaaa-bbbb"_s),
             qPrintable(explanation.nextStep));
    QVERIFY(!explanation.nextStep.contains(u"%1"_s));
}

void TestErrorExplainer::lookupTranslates()
{
    const api::ApiError error = httpError(491, u"bunq is in maintenance."_s, "r");
    const api::ApiExchange exchange = exchangeFor(u"http://127.0.0.1:1/v1/user"_s);
    const diagnostics::Explanation english = diagnostics::explainError(error, exchange);
    QVERIFY(!english.explanation.startsWith(u"[translated]"_s));

    MarkingTranslator translator;
    QVERIFY(QCoreApplication::installTranslator(&translator));
    const diagnostics::Explanation translated = diagnostics::explainError(error, exchange);
    QCoreApplication::removeTranslator(&translator);

    QCOMPARE(translated.id, english.id);
    QCOMPARE(translated.explanation, u"[translated] "_s + english.explanation);
    QCOMPARE(translated.nextStep, u"[translated] "_s + english.nextStep);
}

QTEST_GUILESS_MAIN(TestErrorExplainer)
#include "tst_errorexplainer.moc"
