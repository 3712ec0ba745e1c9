// SPDX-License-Identifier: GPL-3.0-or-later
#include "WidgetTestData.h"

#include "api/Redaction.h"
#include "crypto/RsaPublicKey.h"
#include "i18n/LanguageManager.h"
#include "widgets/ExchangeFormat.h"
#include "widgets/ExchangePanes.h"
#include "widgets/ExchangeView.h"
#include "widgets/HeaderTable.h"

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace studio;
using studio::ui::ExchangeView;

Q_DECLARE_METATYPE(studio::api::SignatureVerdict)

class TestExchangeView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void indentsJson_data();
    void indentsJson();
    void rejectsInvalidJson();

    void summaryNamesVerdict_data();
    void summaryNamesVerdict();
    void summaryWithoutResponse();
    void emptyViewSaysNoCall();

    void errorBoxShowsBunqText();
    void errorBoxCopiesResponseId();
    void errorBoxHiddenOnSuccess();

    void masksSecretsByDefault();
    void revealButtonShowsSecrets();
    void copyCopiesWhatIsShown();

    void indentsJsonResponseBody();
    void showsNonJsonBodyAsSent();
    void signingTabShowsBytesAndKeys();

private:
    static QString responseBodyText(const ExchangeView &view);
    static QString requestBodyText(const ExchangeView &view);

    ui::LanguageManager m_languages;
};

void TestExchangeView::initTestCase()
{
    // Byte counts take their English plural forms ("1 byte", "58 bytes") from the English
    // catalogue, as in the app.
    m_languages.applyForThisRun(ui::Language::English);
}

void TestExchangeView::indentsJson_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("flat object keeps key order")
        << R"({"b":1,"a":"x"})"_ba << "{\n  \"b\": 1,\n  \"a\": \"x\"\n}"_ba;
    QTest::newRow("nested array")
        << R"({"Response":[{"Id":{"id":1}}]})"_ba
        << "{\n  \"Response\": [\n    {\n      \"Id\": {\n        \"id\": 1\n      }\n    }\n  ]\n}"_ba;
    QTest::newRow("empty containers stay compact")
        << R"({"a":{},"b":[ ]})"_ba << "{\n  \"a\": {},\n  \"b\": []\n}"_ba;
    QTest::newRow("structural characters inside strings")
        << R"({"t":"a,b:{c}[d] \"q\""})"_ba << "{\n  \"t\": \"a,b:{c}[d] \\\"q\\\"\"\n}"_ba;
    QTest::newRow("escaped slash kept") << R"(["a\/b"])"_ba << "[\n  \"a\\/b\"\n]"_ba;
    QTest::newRow("existing whitespace replaced")
        << "{ \"a\" :\n\t1 }"_ba << "{\n  \"a\": 1\n}"_ba;
}

void TestExchangeView::indentsJson()
{
    QFETCH(QByteArray, json);
    QFETCH(QByteArray, expected);

    const auto indented = ui::indentJson(json);

    QVERIFY(indented.has_value());
    QCOMPARE(*indented, expected);
}

void TestExchangeView::rejectsInvalidJson()
{
    QVERIFY(!ui::indentJson("<html>Bad gateway</html>"_ba).has_value());
    QVERIFY(!ui::indentJson(R"({"a":)"_ba).has_value());
    QCOMPARE(ui::bodyForDisplay("plain text\nline 2"_ba), u"plain text\nline 2"_s);
}

void TestExchangeView::summaryNamesVerdict_data()
{
    QTest::addColumn<api::SignatureVerdict>("verdict");
    QTest::addColumn<QString>("expected");

    QTest::newRow("valid") << api::SignatureVerdict::Valid
                           << u"POST /v1/session-server → 200 OK · 42 ms · server signature valid"_s;
    QTest::newRow("invalid")
        << api::SignatureVerdict::Invalid
        << u"POST /v1/session-server → 200 OK · 42 ms · server signature invalid"_s;
    QTest::newRow("missing") << api::SignatureVerdict::Missing
                             << u"POST /v1/session-server → 200 OK · 42 ms · no server signature"_s;
    QTest::newRow("not checked")
        << api::SignatureVerdict::NotChecked
        << u"POST /v1/session-server → 200 OK · 42 ms · server signature not checked"_s;
}

void TestExchangeView::summaryNamesVerdict()
{
    QFETCH(api::SignatureVerdict, verdict);
    QFETCH(QString, expected);
    ExchangeView view;

    view.setResult(testdata::successResult(verdict));

    QCOMPARE(view.summaryText(), expected);
    QCOMPARE(view.findChild<QLabel *>(u"exchangeSummary"_s)->text(), expected);
}

void TestExchangeView::summaryWithoutResponse()
{
    api::ApiResult result;
    result.exchange.method = "GET"_ba;
    result.exchange.url = QUrl(u"http://127.0.0.1:41234/v1/user?count=5"_s);
    result.exchange.elapsedMs = 3;
    result.exchange.transportError = u"Connection refused"_s;
    result.error = api::ApiError{};
    result.error->kind = api::ApiError::Kind::Network;
    result.error->detail = u"Connection refused"_s;
    ExchangeView view;

    view.setResult(result);

    QCOMPARE(view.summaryText(), u"GET /v1/user?count=5 → no response (Connection refused) · 3 ms"_s);
    QVERIFY(view.errorText().contains(u"Connection refused"_s));
    QVERIFY(!view.errorText().contains(u"Signature check"_s));
}

void TestExchangeView::emptyViewSaysNoCall()
{
    ExchangeView view;
    view.setResult(testdata::successResult());

    view.clear();

    QCOMPARE(view.summaryText(), u"No call made yet."_s);
    QVERIFY(!view.findChild<QTabWidget *>(u"exchangeTabs"_s)->isEnabled());
    QVERIFY(view.errorText().isEmpty());
}

void TestExchangeView::errorBoxShowsBunqText()
{
    ExchangeView view;

    view.setResult(testdata::errorResult());

    auto *box = view.findChild<QWidget *>(u"exchangeError"_s);
    QVERIFY(box);
    QVERIFY(box->isVisibleTo(&view));
    const QString text = view.errorText();
    QVERIFY2(text.contains(u"User credentials are incorrect. Incorrect API key or IP address."_s),
             qPrintable(text));
    QVERIFY2(text.contains(u"400 Bad Request"_s), qPrintable(text));
    QVERIFY2(text.contains(QString::fromLatin1(testdata::responseId)), qPrintable(text));
    QVERIFY2(text.contains(u"server signature valid"_s), qPrintable(text));
    // Status and bunq's text come before the verdict, never replaced by it.
    QVERIFY(text.indexOf(u"400"_s) < text.indexOf(u"server signature valid"_s));
    QVERIFY(text.indexOf(u"User credentials"_s) < text.indexOf(u"server signature valid"_s));
    QCOMPARE(view.summaryText(),
             u"POST /v1/session-server → 400 Bad Request · 42 ms · server signature valid"_s);
}

void TestExchangeView::errorBoxCopiesResponseId()
{
    ExchangeView view;
    view.setResult(testdata::errorResult());
    // Shown, so the layout gives the button a size that a click can hit.
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QGuiApplication::clipboard()->clear();

    auto *responseIdText = view.findChild<QLineEdit *>(u"responseIdText"_s);
    QVERIFY(responseIdText);
    QCOMPARE(responseIdText->text(), QString::fromLatin1(testdata::responseId));
    QVERIFY(responseIdText->isReadOnly());

    QTest::mouseClick(view.findChild<QToolButton *>(u"copyResponseIdButton"_s), Qt::LeftButton);

    QCOMPARE(QGuiApplication::clipboard()->text(), QString::fromLatin1(testdata::responseId));
}

void TestExchangeView::errorBoxHiddenOnSuccess()
{
    ExchangeView view;
    view.setResult(testdata::errorResult());

    view.setResult(testdata::successResult());

    QVERIFY(!view.findChild<QWidget *>(u"exchangeError"_s)->isVisibleTo(&view));
    QVERIFY(view.errorText().isEmpty());
}

QString TestExchangeView::requestBodyText(const ExchangeView &view)
{
    return view.requestPane()->bodyView()->toPlainText();
}

QString TestExchangeView::responseBodyText(const ExchangeView &view)
{
    return view.responsePane()->bodyView()->toPlainText();
}

void TestExchangeView::masksSecretsByDefault()
{
    ExchangeView view;

    view.setResult(testdata::successResult());

    const QString installationToken = QString::fromUtf8(testdata::installationToken);
    const QString apiKey = QString::fromUtf8(testdata::apiKey);
    const QString sessionToken = QString::fromUtf8(testdata::sessionToken);

    QVERIFY(!view.secretsRevealed());
    QCOMPARE(view.requestPane()->headerTable()->displayedValue("X-Bunq-Client-Authentication"_ba),
             api::maskSecret(testdata::installationToken));
    QCOMPARE(view.requestPane()->headerTable()->displayedValue("User-Agent"_ba),
             u"bunq-session-studio/0.1.0"_s);
    QVERIFY(!requestBodyText(view).contains(apiKey));
    QVERIFY(requestBodyText(view).contains(api::maskSecret(testdata::apiKey)));
    QVERIFY(!responseBodyText(view).contains(sessionToken));
    QVERIFY(responseBodyText(view).contains(api::maskSecret(testdata::sessionToken)));
    QVERIFY(!view.signingPane()->signedBytesView()->toPlainText().contains(apiKey));
    QVERIFY(!view.signingPane()->plainText().contains(apiKey));
    QVERIFY(!view.requestPane()->plainText().contains(installationToken));
}

void TestExchangeView::revealButtonShowsSecrets()
{
    ExchangeView view;
    view.setResult(testdata::successResult());
    auto *reveal = view.findChild<QToolButton *>(u"revealSecretsButton"_s);
    QVERIFY(reveal);
    QVERIFY(reveal->isCheckable());

    QTest::mouseClick(reveal, Qt::LeftButton);

    QVERIFY(view.secretsRevealed());
    QCOMPARE(view.requestPane()->headerTable()->displayedValue("X-Bunq-Client-Authentication"_ba),
             QString::fromUtf8(testdata::installationToken));
    QVERIFY(requestBodyText(view).contains(QString::fromUtf8(testdata::apiKey)));
    QVERIFY(responseBodyText(view).contains(QString::fromUtf8(testdata::sessionToken)));
    QCOMPARE(view.signingPane()->signedBytesView()->toPlainText(),
             QString::fromUtf8(testdata::successResult().exchange.signedBytes));

    view.setSecretsRevealed(false);

    QVERIFY(!reveal->isChecked());
    QVERIFY(!requestBodyText(view).contains(QString::fromUtf8(testdata::apiKey)));
}

void TestExchangeView::copyCopiesWhatIsShown()
{
    ExchangeView view;
    view.setResult(testdata::successResult());
    auto *copyRequest = view.requestPane()->findChild<QToolButton *>(u"copyButton"_s);
    QVERIFY(copyRequest);
    QVERIFY(copyRequest->toolTip().contains(u"masked"_s));

    QTest::mouseClick(copyRequest, Qt::LeftButton);

    QString copied = QGuiApplication::clipboard()->text();
    QVERIFY(copied.contains(u"POST http://127.0.0.1:41234/v1/session-server"_s));
    QVERIFY(copied.contains(u"X-Bunq-Client-Authentication: "_s
                            + api::maskSecret(testdata::installationToken)));
    QVERIFY(!copied.contains(QString::fromUtf8(testdata::apiKey)));

    view.setSecretsRevealed(true);
    QTest::mouseClick(copyRequest, Qt::LeftButton);

    copied = QGuiApplication::clipboard()->text();
    QVERIFY(copied.contains(QString::fromUtf8(testdata::installationToken)));
    QVERIFY(copied.contains(QString::fromUtf8(testdata::apiKey)));
}

void TestExchangeView::indentsJsonResponseBody()
{
    ExchangeView view;
    view.setSecretsRevealed(true);

    view.setResult(testdata::successResult());

    const QString body = responseBodyText(view);
    QVERIFY2(body.startsWith(u"{\n  \"Response\": [\n    {\n"_s), qPrintable(body));
    // Key order as sent: Id before Token before UserPerson.
    QVERIFY(body.indexOf(u"\"Id\""_s) < body.indexOf(u"\"Token\""_s));
    QVERIFY(body.indexOf(u"\"Token\""_s) < body.indexOf(u"\"UserPerson\""_s));
}

void TestExchangeView::showsNonJsonBodyAsSent()
{
    api::ApiResult result = testdata::errorResult();
    result.exchange.status = 502;
    result.exchange.reasonPhrase = "Bad Gateway"_ba;
    result.exchange.responseBody = "<html>\n<body>Bad gateway</body>\n</html>"_ba;
    result.error->httpStatus = 502;
    result.error->descriptions.clear();
    result.error->detail = QString::fromUtf8(result.exchange.responseBody);
    ExchangeView view;

    view.setResult(result);

    QCOMPARE(responseBodyText(view), QString::fromUtf8(result.exchange.responseBody));
    QVERIFY(view.errorText().contains(u"502 Bad Gateway"_s));
    QVERIFY(view.errorText().contains(u"<body>Bad gateway</body>"_s));
}

void TestExchangeView::signingTabShowsBytesAndKeys()
{
    ExchangeView view;

    view.setResult(testdata::successResult(api::SignatureVerdict::Invalid));

    const QString signing = view.signingPane()->plainText();
    const qsizetype signedSize = testdata::successResult().exchange.signedBytes.size();
    QVERIFY2(signing.contains(u"%1 bytes: the request body exactly as sent."_s.arg(signedSize)),
             qPrintable(signing));
    QVERIFY(signing.contains(u"Signature: c2lnbmF0dXJl"_s));
    QVERIFY(signing.contains(u"Server signature: c2VydmVy"_s));
    QVERIFY(signing.contains(u"Verdict: server signature invalid"_s));

    // Fingerprints are formatted and broken into two lines of 16 pairs.
    const QString clientKey = crypto::formatFingerprint(testdata::clientFingerprint);
    QVERIFY(signing.contains(clientKey.left(47)));
    QVERIFY(signing.contains(clientKey.mid(48)));
    const QString serverKey = crypto::formatFingerprint(testdata::serverFingerprint);
    QVERIFY(signing.contains(serverKey.left(47)));
}

QTEST_MAIN(TestExchangeView)
#include "tst_widgets_exchangeview.moc"
