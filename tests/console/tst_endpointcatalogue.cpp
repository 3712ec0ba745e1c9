// SPDX-License-Identifier: GPL-3.0-or-later
#include "console/CatalogueTexts.h"
#include "console/EndpointCatalogue.h"
#include "console/Placeholders.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace studio::console;

class TestEndpointCatalogue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builtInLoads();
    void builtInCoversRequestedEndpoints_data();
    void builtInCoversRequestedEndpoints();
    void bodyTemplatesAreJson();
    void textsMatchTranslationMarks();
    void matchingByPrefix_data();
    void matchingByPrefix();
    void matchingFiltersMethod();
    void findWithConcreteIds_data();
    void findWithConcreteIds();
    void fromJsonErrorsNameEntryAndField_data();
    void fromJsonErrorsNameEntryAndField();
    void translatedSummaryFallsBackToSource();
};

namespace {

QByteArray catalogueWith(const QJsonObject &entry)
{
    const QJsonObject valid{{u"id"_s, u"user-list"_s},
                            {u"group"_s, u"Users"_s},
                            {u"method"_s, u"GET"_s},
                            {u"path"_s, u"/v1/user"_s},
                            {u"summary"_s, u"List users."_s}};
    const QJsonObject root{{u"format"_s, u"bunq-session-studio-endpoints"_s},
                           {u"version"_s, 1},
                           {u"entries"_s, QJsonArray{valid, entry}}};
    return QJsonDocument(root).toJson();
}

QStringList ids(const QList<CatalogueEntry> &entries)
{
    QStringList list;
    for (const CatalogueEntry &entry : entries)
        list.append(entry.id);
    return list;
}

} // namespace

void TestEndpointCatalogue::builtInLoads()
{
    const EndpointCatalogue &catalogue = EndpointCatalogue::builtIn();
    QVERIFY(catalogue.entries().size() >= 30);
    QCOMPARE(&catalogue, &EndpointCatalogue::builtIn());
}

void TestEndpointCatalogue::builtInCoversRequestedEndpoints_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("id");

    QTest::newRow("users") << "GET"_ba << u"/v1/user"_s << u"user-list"_s;
    QTest::newRow("user") << "GET"_ba << u"/v1/user/{userId}"_s << u"user-read"_s;
    const QString account = u"/v1/user/{userId}/monetary-account/{monetaryAccountId}"_s;
    QTest::newRow("accounts") << "GET"_ba << u"/v1/user/{userId}/monetary-account"_s
                              << u"monetary-account-list"_s;
    QTest::newRow("account") << "GET"_ba << account << u"monetary-account-read"_s;
    QTest::newRow("bank account create")
        << "POST"_ba << u"/v1/user/{userId}/monetary-account-bank"_s
        << u"monetary-account-bank-create"_s;
    QTest::newRow("payments") << "GET"_ba << account + u"/payment"_s << u"payment-list"_s;
    QTest::newRow("payment") << "GET"_ba << account + u"/payment/{paymentId}"_s
                             << u"payment-read"_s;
    QTest::newRow("payment create") << "POST"_ba << account + u"/payment"_s << u"payment-create"_s;
    QTest::newRow("inquiries") << "GET"_ba << account + u"/request-inquiry"_s
                               << u"request-inquiry-list"_s;
    QTest::newRow("inquiry") << "GET"_ba << account + u"/request-inquiry/{requestInquiryId}"_s
                             << u"request-inquiry-read"_s;
    QTest::newRow("inquiry create")
        << "POST"_ba << account + u"/request-inquiry"_s << u"request-inquiry-create"_s;
    QTest::newRow("drafts") << "GET"_ba << account + u"/draft-payment"_s << u"draft-payment-list"_s;
    QTest::newRow("cards") << "GET"_ba << u"/v1/user/{userId}/card"_s << u"card-list"_s;
    QTest::newRow("events") << "GET"_ba << u"/v1/user/{userId}/event"_s << u"event-list"_s;
    QTest::newRow("attachment") << "GET"_ba << u"/v1/attachment-public/{attachmentId}"_s
                                << u"attachment-public-read"_s;
    QTest::newRow("devices") << "GET"_ba << u"/v1/device-server"_s << u"device-server-list"_s;
    QTest::newRow("server key") << "GET"_ba
                                << u"/v1/installation/{installationId}/server-public-key"_s
                                << u"installation-server-public-key"_s;
    QTest::newRow("session end") << "DELETE"_ba << u"/v1/session/{sessionId}"_s
                                 << u"session-delete"_s;
}

void TestEndpointCatalogue::builtInCoversRequestedEndpoints()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QString, id);

    const auto entry = EndpointCatalogue::builtIn().entry(id);
    QVERIFY(entry.has_value());
    QCOMPARE(entry->method, method);
    QCOMPARE(entry->pathTemplate, path);
}

void TestEndpointCatalogue::bodyTemplatesAreJson()
{
    for (const CatalogueEntry &entry : EndpointCatalogue::builtIn().entries()) {
        const bool carriesBody = entry.method == "POST" || entry.method == "PUT";
        QCOMPARE(!entry.bodyTemplate.isEmpty(), carriesBody);
        if (!carriesBody)
            continue;
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(entry.bodyTemplate, &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(entry.id));
        QVERIFY2(document.isObject(), qPrintable(entry.id));
    }

    const QJsonObject payment =
        QJsonDocument::fromJson(
            EndpointCatalogue::builtIn().entry(u"payment-create"_s)->bodyTemplate)
            .object();
    QCOMPARE(payment.value(u"amount"_s).toObject().value(u"currency"_s).toString(), u"EUR"_s);
    QCOMPARE(payment.value(u"counterparty_alias"_s).toObject().value(u"type"_s).toString(),
             u"EMAIL"_s);
    QVERIFY(payment.contains(u"description"_s));

    const QJsonObject inquiry =
        QJsonDocument::fromJson(
            EndpointCatalogue::builtIn().entry(u"request-inquiry-create"_s)->bodyTemplate)
            .object();
    QCOMPARE(inquiry.value(u"counterparty_alias"_s).toObject().value(u"value"_s).toString(),
             u"sugardaddy@bunq.com"_s);
    QCOMPARE(inquiry.value(u"allow_bunqme"_s), QJsonValue(false));
}

void TestEndpointCatalogue::textsMatchTranslationMarks()
{
    QSet<QString> inJson;
    for (const CatalogueEntry &entry : EndpointCatalogue::builtIn().entries()) {
        inJson.insert(entry.summary);
        inJson.insert(entry.group);
    }
    const QStringList marked = catalogueSourceTexts();
    const QSet<QString> inCode(marked.cbegin(), marked.cend());

    for (const QString &text : std::as_const(inJson)) {
        QVERIFY2(
            inCode.contains(text),
            qPrintable(u"catalogue.json text without QT_TRANSLATE_NOOP in CatalogueTexts.cpp: "_s +
                       text));
    }
    for (const QString &text : std::as_const(inCode)) {
        QVERIFY2(
            inJson.contains(text),
            qPrintable(u"CatalogueTexts.cpp marks a text catalogue.json does not use: "_s + text));
    }
    QCOMPARE(marked.size(), inCode.size());
}

void TestEndpointCatalogue::matchingByPrefix_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QStringList>("includes");
    QTest::addColumn<QStringList>("excludes");

    QTest::newRow("empty") << QString() << QStringList{u"user-list"_s, u"session-delete"_s}
                           << QStringList{};
    QTest::newRow("root") << u"/v"_s << QStringList{u"user-list"_s, u"card-list"_s}
                          << QStringList{};
    QTest::newRow("literal prefix") << u"/v1/us"_s << QStringList{u"user-list"_s, u"user-read"_s}
                                    << QStringList{u"device-server-list"_s};
    QTest::newRow("without v1") << u"user/12/mon"_s
                                << QStringList{u"monetary-account-list"_s,
                                               u"monetary-account-bank-create"_s}
                                << QStringList{u"user-read"_s, u"card-list"_s};
    QTest::newRow("concrete ids") << u"/v1/user/12/monetary-account/34/pay"_s
                                  << QStringList{u"payment-list"_s, u"payment-read"_s,
                                                 u"payment-create"_s}
                                  << QStringList{u"request-inquiry-list"_s,
                                                 u"monetary-account-read"_s};
    QTest::newRow("partial id") << u"/v1/user/1"_s << QStringList{u"user-read"_s, u"payment-list"_s}
                                << QStringList{u"user-list"_s};
    QTest::newRow("trailing slash")
        << u"/v1/device-server/"_s << QStringList{u"device-server-read"_s}
        << QStringList{u"device-server-list"_s};
    QTest::newRow("query ignored") << u"/v1/user/12/card?count=5"_s << QStringList{u"card-list"_s}
                                   << QStringList{u"event-list"_s};
    QTest::newRow("unknown") << u"/v1/nothing"_s << QStringList{} << QStringList{u"user-list"_s};
    QTest::newRow("template text")
        << u"/v1/user/{userId}/ev"_s << QStringList{u"event-list"_s, u"event-read"_s}
        << QStringList{u"card-list"_s};
}

void TestEndpointCatalogue::matchingByPrefix()
{
    QFETCH(QString, typed);
    QFETCH(QStringList, includes);
    QFETCH(QStringList, excludes);

    const QStringList found = ids(EndpointCatalogue::builtIn().matching(typed));
    for (const QString &id : std::as_const(includes))
        QVERIFY2(found.contains(id), qPrintable(id));
    for (const QString &id : std::as_const(excludes))
        QVERIFY2(!found.contains(id), qPrintable(id));
    if (typed == u"/v1/nothing"_s)
        QVERIFY(found.isEmpty());
}

void TestEndpointCatalogue::matchingFiltersMethod()
{
    const QStringList found =
        ids(EndpointCatalogue::builtIn().matching(u"/v1/user/1/monetary-account/2/"_s, "POST"));
    QVERIFY(found.contains(u"payment-create"_s));
    QVERIFY(found.contains(u"request-inquiry-create"_s));
    QVERIFY(!found.contains(u"payment-list"_s));
    for (const CatalogueEntry &entry :
         EndpointCatalogue::builtIn().matching(u"/v1/user/1/monetary-account/2/"_s, "POST")) {
        QCOMPARE(entry.method, "POST"_ba);
    }
}

void TestEndpointCatalogue::findWithConcreteIds_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("id");

    QTest::newRow("users") << "GET"_ba << u"/v1/user"_s << u"user-list"_s;
    QTest::newRow("user") << "GET"_ba << u"/v1/user/12"_s << u"user-read"_s;
    QTest::newRow("lower-case method") << "get"_ba << u"/v1/user/12"_s << u"user-read"_s;
    QTest::newRow("payment") << "GET"_ba << u"/v1/user/12/monetary-account/34/payment/56"_s
                             << u"payment-read"_s;
    QTest::newRow("payments with query")
        << "GET"_ba << u"/v1/user/12/monetary-account/34/payment?count=10&older_id=99"_s
        << u"payment-list"_s;
    QTest::newRow("create") << "POST"_ba << u"user/12/monetary-account/34/request-inquiry"_s
                            << u"request-inquiry-create"_s;
    QTest::newRow("bank account") << "GET"_ba << u"/v1/user/12/monetary-account-bank/34"_s
                                  << u"monetary-account-bank-read"_s;
    QTest::newRow("uuid") << "GET"_ba
                          << u"/v1/attachment-public/0b6c7a0e-31b2-4f55-9e2e-1a2b3c4d5e6f"_s
                          << u"attachment-public-read"_s;
    QTest::newRow("full url") << "GET"_ba << u"http://127.0.0.1:4000/v1/user/12#top"_s
                              << u"user-read"_s;
    QTest::newRow("session") << "DELETE"_ba << u"/v1/session/77"_s << u"session-delete"_s;
    QTest::newRow("wrong method") << "DELETE"_ba << u"/v1/user/12"_s << QString();
    QTest::newRow("too long") << "GET"_ba << u"/v1/user/12/x/y/z/w/v"_s << QString();
    QTest::newRow("empty id") << "GET"_ba << u"/v1/user/"_s << QString();
}

void TestEndpointCatalogue::findWithConcreteIds()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QString, id);

    const auto entry = EndpointCatalogue::builtIn().find(method, path);
    if (id.isEmpty()) {
        QVERIFY(!entry.has_value());
        return;
    }
    QVERIFY(entry.has_value());
    QCOMPARE(entry->id, id);
}

void TestEndpointCatalogue::fromJsonErrorsNameEntryAndField_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("mentions");

    const QJsonObject base{{u"id"_s, u"card-x"_s},
                           {u"group"_s, u"Cards"_s},
                           {u"method"_s, u"GET"_s},
                           {u"path"_s, u"/v1/user/{userId}/card"_s},
                           {u"summary"_s, u"List cards."_s}};
    auto with = [&base](const QString &key, const QJsonValue &value) {
        QJsonObject entry = base;
        if (value.isUndefined())
            entry.remove(key);
        else
            entry.insert(key, value);
        return catalogueWith(entry);
    };

    QTest::newRow("not json") << "{"_ba << QStringList{u"not valid JSON"_s};
    QTest::newRow("wrong format") << R"({"format":"x","version":1,"entries":[]})"_ba
                                  << QStringList{u"bunq-session-studio-endpoints"_s};
    QTest::newRow("bad method") << with(u"method"_s, u"FETCH"_s)
                                << QStringList{u"Entry 2"_s, u"card-x"_s, u"\"method\""_s,
                                               u"FETCH"_s};
    QTest::newRow("missing summary")
        << with(u"summary"_s, QJsonValue::Undefined) << QStringList{u"card-x"_s, u"\"summary\""_s};
    QTest::newRow("missing id") << with(u"id"_s, QJsonValue::Undefined)
                                << QStringList{u"Entry 2"_s, u"\"id\""_s};
    QTest::newRow("path without v1")
        << with(u"path"_s, u"/user"_s) << QStringList{u"card-x"_s, u"\"path\""_s, u"/v1/"_s};
    QTest::newRow("half placeholder")
        << with(u"path"_s, u"/v1/user/x{userId}"_s) << QStringList{u"\"path\""_s, u"x{userId}"_s};
    QTest::newRow("body on get") << with(u"body"_s, QJsonObject{{u"a"_s, 1}})
                                 << QStringList{u"card-x"_s, u"\"body\""_s, u"GET"_s};
    QTest::newRow("duplicate id") << with(u"id"_s, u"user-list"_s)
                                  << QStringList{u"Entry 2"_s, u"user-list"_s, u"earlier"_s};
    QTest::newRow("duplicate route")
        << with(u"path"_s, u"/v1/user"_s) << QStringList{u"card-x"_s, u"GET /v1/user"_s};
}

void TestEndpointCatalogue::fromJsonErrorsNameEntryAndField()
{
    QFETCH(QByteArray, json);
    QFETCH(QStringList, mentions);

    const auto catalogue = EndpointCatalogue::fromJson(json);
    QVERIFY(!catalogue.ok());
    for (const QString &text : std::as_const(mentions))
        QVERIFY2(catalogue.error().contains(text), qPrintable(catalogue.error()));
}

void TestEndpointCatalogue::translatedSummaryFallsBackToSource()
{
    const auto entry = EndpointCatalogue::builtIn().entry(u"user-list"_s);
    QVERIFY(entry.has_value());
    QCOMPARE(EndpointCatalogue::translatedSummary(*entry), entry->summary);
    QCOMPARE(EndpointCatalogue::translatedGroup(*entry), entry->group);
}

QTEST_GUILESS_MAIN(TestEndpointCatalogue)
#include "tst_endpointcatalogue.moc"
