// SPDX-License-Identifier: GPL-3.0-or-later
// The JSON tree parser, its item model and the body preparation behind the response view:
// key order, nesting, arrays, paths, escapes, masking and indentation.
#include "ResponseTestData.h"

#include "api/Redaction.h"
#include "widgets/ExchangeFormat.h"
#include "widgets/JsonTree.h"
#include "widgets/JsonTreeModel.h"
#include "widgets/PreparedBody.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace studio;
using ui::JsonParseError;
using ui::JsonTree;
using ui::JsonTreeModel;

Q_DECLARE_METATYPE(studio::ui::JsonParseError::Kind)

class TestJsonTree : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void acceptsValidJson_data();
    void acceptsValidJson();
    void rejectsInvalidJson_data();
    void rejectsInvalidJson();

    void keepsKeyOrderAndDuplicates();
    void nestsObjectsAndArrays();
    void decodesEscapes();
    void pathsUseJqSyntax();
    void countsNodesPerDepth();
    void cancelStopsParse();

    void modelPassesTester();
    void modelShowsKeyValueType();
    void modelTopLevelArrayAndScalar();
    void modelCopiesValues();

    void indentValidJsonMatchesIndentJson();
    void preparedBodyMasksSecrets();
    void preparedBodyRevealsSecrets();
    void preparedBodyKeepsBinaryBytes();
    void preparedBodyOfTextNamesError();
};

void TestJsonTree::acceptsValidJson_data()
{
    QTest::addColumn<QByteArray>("json");

    QTest::newRow("object") << R"({"a":1})"_ba;
    QTest::newRow("empty object") << "{}"_ba;
    QTest::newRow("empty array with spaces") << "[ ]"_ba;
    QTest::newRow("top-level string") << R"("text")"_ba;
    QTest::newRow("top-level number") << "-12.5e+3"_ba;
    QTest::newRow("literals") << "[true,false,null]"_ba;
    QTest::newRow("whitespace around") << " \r\n\t{ \"a\" : [ 1 , 2 ] } \n"_ba;
    QTest::newRow("escapes") << R"(["\"\\\/\b\f\n\r\t\u00e9\ud83d\ude00"])"_ba;
    QTest::newRow("zero and fractions") << "[0,0.5,-0,1E9,2e-3]"_ba;
    QTest::newRow("deep nesting") << QByteArray(5000, '[') + QByteArray(5000, ']');
}

void TestJsonTree::acceptsValidJson()
{
    QFETCH(QByteArray, json);

    const auto parsed = JsonTree::parse(json);

    QVERIFY2(parsed.ok(), parsed.ok() ? "" : qPrintable(u"failed at byte %1"_s.arg(parsed.error().offset)));
    QVERIFY(parsed.value().nodeCount() >= 1);
}

void TestJsonTree::rejectsInvalidJson_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<JsonParseError::Kind>("kind");
    QTest::addColumn<qsizetype>("offset");

    QTest::newRow("html") << "<html>"_ba << JsonParseError::Kind::UnexpectedCharacter << qsizetype(0);
    QTest::newRow("empty") << QByteArray() << JsonParseError::Kind::UnexpectedEnd << qsizetype(0);
    QTest::newRow("cut off") << R"({"a":)"_ba << JsonParseError::Kind::UnexpectedEnd << qsizetype(5);
    QTest::newRow("trailing comma")
        << "[1,]"_ba << JsonParseError::Kind::UnexpectedCharacter << qsizetype(3);
    QTest::newRow("missing colon")
        << R"({"a" 1})"_ba << JsonParseError::Kind::UnexpectedCharacter << qsizetype(5);
    QTest::newRow("unquoted key")
        << "{a:1}"_ba << JsonParseError::Kind::UnexpectedCharacter << qsizetype(1);
    QTest::newRow("leading zero") << "[01]"_ba << JsonParseError::Kind::UnexpectedCharacter << qsizetype(2);
    QTest::newRow("bare minus") << "[-]"_ba << JsonParseError::Kind::InvalidNumber << qsizetype(2);
    QTest::newRow("bad escape") << R"(["\x"])"_ba << JsonParseError::Kind::InvalidString << qsizetype(3);
    QTest::newRow("short unicode escape")
        << R"(["\u12"])"_ba << JsonParseError::Kind::InvalidString << qsizetype(3);
    QTest::newRow("raw newline in string")
        << "[\"a\nb\"]"_ba << JsonParseError::Kind::InvalidString << qsizetype(3);
    QTest::newRow("two values") << "{} {}"_ba << JsonParseError::Kind::TrailingCharacters << qsizetype(3);
    QTest::newRow("misspelt literal")
        << "[nul]"_ba << JsonParseError::Kind::UnexpectedCharacter << qsizetype(4);
    QTest::newRow("wrong bracket")
        << "[1}"_ba << JsonParseError::Kind::UnexpectedCharacter << qsizetype(2);
}

void TestJsonTree::rejectsInvalidJson()
{
    QFETCH(QByteArray, json);
    QFETCH(JsonParseError::Kind, kind);
    QFETCH(qsizetype, offset);

    const auto parsed = JsonTree::parse(json);

    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().kind, kind);
    QCOMPARE(parsed.error().offset, offset);
}

void TestJsonTree::keepsKeyOrderAndDuplicates()
{
    const auto parsed = JsonTree::parse(R"({"b":1,"a":2,"b":3})"_ba);
    QVERIFY(parsed.ok());
    const JsonTree &tree = parsed.value();

    QCOMPARE(tree.node(0).childCount, 3);
    QCOMPARE(tree.key(tree.child(0, 0)), u"b"_s);
    QCOMPARE(tree.key(tree.child(0, 1)), u"a"_s);
    QCOMPARE(tree.key(tree.child(0, 2)), u"b"_s);
    QCOMPARE(tree.scalarText(tree.child(0, 2)), u"3"_s);
}

void TestJsonTree::nestsObjectsAndArrays()
{
    const auto parsed =
        JsonTree::parse(R"({"Response":[{"Id":{"id":1}},{"Token":{"token":"t"}}],"n":null})"_ba);
    QVERIFY(parsed.ok());
    const JsonTree &tree = parsed.value();

    const qint32 response = tree.child(0, 0);
    QCOMPARE(tree.node(response).type, JsonTree::Type::Array);
    QCOMPARE(tree.node(response).childCount, 2);
    QCOMPARE(tree.node(response).parent, 0);
    QCOMPARE(tree.node(response).depth, quint16(1));

    const qint32 second = tree.child(response, 1);
    QCOMPARE(tree.node(second).row, 1);
    QCOMPARE(tree.node(second).keyBegin, qsizetype(-1));
    const qint32 token = tree.child(tree.child(second, 0), 0);
    QCOMPARE(tree.key(token), u"token"_s);
    QCOMPARE(tree.scalarText(token), u"t"_s);
    QCOMPARE(tree.node(token).depth, quint16(4));
    QCOMPARE(tree.valueJson(tree.child(second, 0)), R"({"token":"t"})"_ba);

    const qint32 nullNode = tree.child(0, 1);
    QCOMPARE(tree.node(nullNode).type, JsonTree::Type::Null);
    QCOMPARE(tree.scalarText(nullNode), u"null"_s);
}

void TestJsonTree::decodesEscapes()
{
    const auto parsed = JsonTree::parse(R"({"k\"ey":"a\/b\n\u00e9\ud83d\ude00 caf\u00E9"})"_ba);
    QVERIFY(parsed.ok());
    const JsonTree &tree = parsed.value();

    const qint32 member = tree.child(0, 0);
    QCOMPARE(tree.key(member), u"k\"ey"_s);
    QCOMPARE(tree.scalarText(member), u"a/b\né😀 café"_s);
    QCOMPARE(ui::quotedJsonString(u"a\"b\\c\n\u0001"_s), u"\"a\\\"b\\\\c\\n\\u0001\""_s);
}

void TestJsonTree::pathsUseJqSyntax()
{
    const auto parsed = JsonTree::parse(
        R"({"Response":[{"Payment":{"id":5,"amount":{"value":"1.00"}}}],"odd key":{"x-y":1}})"_ba);
    QVERIFY(parsed.ok());
    const JsonTree &tree = parsed.value();

    const qint32 payment = tree.child(tree.child(tree.child(0, 0), 0), 0);
    QCOMPARE(tree.path(0), u"."_s);
    QCOMPARE(tree.path(payment), u".Response[0].Payment"_s);
    QCOMPARE(tree.path(tree.child(tree.child(payment, 1), 0)), u".Response[0].Payment.amount.value"_s);
    const qint32 odd = tree.child(0, 1);
    QCOMPARE(tree.path(odd), u".[\"odd key\"]"_s);
    QCOMPARE(tree.path(tree.child(odd, 0)), u".[\"odd key\"][\"x-y\"]"_s);

    const auto array = JsonTree::parse("[[1],2]"_ba);
    QVERIFY(array.ok());
    QCOMPARE(array.value().path(array.value().child(array.value().child(0, 0), 0)), u".[0][0]"_s);
}

void TestJsonTree::countsNodesPerDepth()
{
    const auto parsed = JsonTree::parse(R"({"a":[1,2,{"b":3}],"c":4})"_ba);
    QVERIFY(parsed.ok());

    QCOMPARE(parsed.value().nodesPerDepth(), (QList<qint32>{1, 2, 3, 1}));
}

void TestJsonTree::cancelStopsParse()
{
    const QByteArray json = testdata::paymentList(2 * 1024 * 1024);

    const auto parsed = JsonTree::parse(json, [] { return true; });

    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().kind, JsonParseError::Kind::Cancelled);
}

void TestJsonTree::modelPassesTester()
{
    const auto parsed = JsonTree::parse(testdata::paymentList(4000));
    QVERIFY(parsed.ok());
    JsonTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

    model.setTree(std::make_shared<const JsonTree>(parsed.value()));
    model.setTree(nullptr);
    model.setTree(std::make_shared<const JsonTree>(JsonTree::parse("[1,[2,[3]]]"_ba).value()));
}

void TestJsonTree::modelShowsKeyValueType()
{
    JsonTreeModel model;
    model.setTree(std::make_shared<const JsonTree>(
        JsonTree::parse(R"({"Payment":{"id":5,"description":"Coffee","paid":true,"tags":[]}})"_ba)
            .value()));

    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.columnCount(), 3);
    const QModelIndex payment = model.index(0, JsonTreeModel::KeyColumn);
    QCOMPARE(payment.data().toString(), u"Payment"_s);
    QCOMPARE(model.index(0, JsonTreeModel::ValueColumn).data().toString(), u"{4}"_s);
    QCOMPARE(model.index(0, JsonTreeModel::TypeColumn).data().toString(), u"object"_s);
    QCOMPARE(model.rowCount(payment), 4);

    const auto cell = [&](int row, int column) {
        return model.index(row, column, payment).data().toString();
    };
    QCOMPARE(cell(0, 0), u"id"_s);
    QCOMPARE(cell(0, 1), u"5"_s);
    QCOMPARE(cell(0, 2), u"number"_s);
    QCOMPARE(cell(1, 1), u"Coffee"_s);
    QCOMPARE(cell(1, 2), u"string"_s);
    QCOMPARE(cell(2, 1), u"true"_s);
    QCOMPARE(cell(2, 2), u"boolean"_s);
    QCOMPARE(cell(3, 1), u"[0]"_s);
    QVERIFY(!model.hasChildren(model.index(3, 0, payment)));

    const QModelIndex description = model.index(1, 0, payment);
    QCOMPARE(model.parent(description), payment);
    QCOMPARE(model.indexOfNode(JsonTreeModel::nodeOf(description)), description);
}

void TestJsonTree::modelTopLevelArrayAndScalar()
{
    JsonTreeModel model;

    model.setTree(std::make_shared<const JsonTree>(JsonTree::parse("[10,[20]]"_ba).value()));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, 0).data().toString(), u"[0]"_s);
    QCOMPARE(model.index(1, 1).data().toString(), u"[1]"_s);
    QCOMPARE(model.index(0, 0, model.index(1, 0)).data().toString(), u"[0]"_s);

    model.setTree(std::make_shared<const JsonTree>(JsonTree::parse(R"("alone")"_ba).value()));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, 0).data().toString(), u"(value)"_s);
    QCOMPARE(model.index(0, 1).data().toString(), u"alone"_s);
}

void TestJsonTree::modelCopiesValues()
{
    JsonTreeModel model;
    model.setTree(std::make_shared<const JsonTree>(
        JsonTree::parse(R"({"a":{"b":[1,"x\"y"]},"long":")"_ba + QByteArray(3000, 'z') + "\"}")
            .value()));
    const QModelIndex a = model.index(0, 0);
    const QModelIndex b = model.index(0, 0, a);
    const QModelIndex quoted = model.index(1, 0, b);

    QCOMPARE(quoted.data(JsonTreeModel::CopyValueRole).toString(), u"x\"y"_s);
    QCOMPARE(quoted.data(JsonTreeModel::PathRole).toString(), u".a.b[1]"_s);
    QCOMPARE(b.data(JsonTreeModel::CopyValueRole).toString(), u"[\n  1,\n  \"x\\\"y\"\n]"_s);

    // A long string is cut in the value column but copied whole.
    const QModelIndex longValue = model.index(1, JsonTreeModel::ValueColumn);
    QVERIFY(longValue.data().toString().size() < 600);
    QVERIFY(longValue.data().toString().endsWith(u'…'));
    QCOMPARE(longValue.data(JsonTreeModel::CopyValueRole).toString(), QString(3000, u'z'));
}

void TestJsonTree::indentValidJsonMatchesIndentJson()
{
    const QList<QByteArray> samples = {
        R"({"b":1,"a":"x"})"_ba,
        R"({"a":{},"b":[ ],"c":[{"d":"e,f:{g}"}]})"_ba,
        "{ \"a\" :\n\t1 }"_ba,
        testdata::paymentList(20000),
    };
    for (const QByteArray &json : samples) {
        const auto expected = ui::indentJson(json);
        QVERIFY(expected.has_value());
        QCOMPARE(ui::indentValidJson(json), *expected);
    }
}

void TestJsonTree::preparedBodyMasksSecrets()
{
    const QByteArray body = R"({"Response":[{"Token":{"id":1,"token":")"_ba + testdata::sessionToken
        + R"("}}]})"_ba;

    const ui::PreparedBody prepared = ui::prepareBody(body, false);

    const QString masked = api::maskSecret(testdata::sessionToken);
    const QString token = QString::fromLatin1(testdata::sessionToken);
    QCOMPARE(prepared.kind, ui::PreparedBody::Kind::Json);
    QVERIFY(!prepared.raw->fullText().contains(token));
    QVERIFY(prepared.raw->fullText().contains(masked));
    QVERIFY(!prepared.formatted->fullText().contains(token));
    QVERIFY(prepared.formatted->fullText().contains(masked));
    QVERIFY(!prepared.shownBytes.contains(testdata::sessionToken));

    // The tree is built from the masked body, so its value and copy show the masked token.
    JsonTreeModel model;
    model.setTree(prepared.tree);
    const QModelIndex tokenObject = model.index(0, 0, model.index(0, 0, model.index(0, 0)));
    const QModelIndex tokenValue = model.index(1, JsonTreeModel::ValueColumn, tokenObject);
    QCOMPARE(model.index(1, 0, tokenObject).data().toString(), u"token"_s);
    QCOMPARE(tokenValue.data().toString(), masked);
    QCOMPARE(tokenValue.data(JsonTreeModel::CopyValueRole).toString(), masked);
}

void TestJsonTree::preparedBodyRevealsSecrets()
{
    const QByteArray body = R"({"token":")"_ba + testdata::sessionToken + "\"}";

    const ui::PreparedBody prepared = ui::prepareBody(body, true);

    QCOMPARE(prepared.shownBytes, body);
    QCOMPARE(prepared.raw->fullText(), QString::fromLatin1(body));
    QCOMPARE(prepared.tree->scalarText(1), QString::fromLatin1(testdata::sessionToken));
}

void TestJsonTree::preparedBodyKeepsBinaryBytes()
{
    // A PNG signature, then a token in a JSON-like fragment, then bytes that are not UTF-8.
    const QByteArray body = "\x89PNG\r\n\x1a\n{\"token\":\""_ba + testdata::sessionToken
        + "\"}\xff\xfe\x00\x01"_ba;

    const ui::PreparedBody prepared = ui::prepareBody(body, false);

    QCOMPARE(prepared.kind, ui::PreparedBody::Kind::Binary);
    QVERIFY(!prepared.tree);
    QVERIFY(prepared.shownBytes.startsWith("\x89PNG\r\n\x1a\n"_ba));
    QVERIFY(prepared.shownBytes.endsWith("\"}\xff\xfe\x00\x01"_ba));
    QVERIFY(!prepared.shownBytes.contains(testdata::sessionToken));
    QVERIFY(prepared.shownBytes.contains(api::maskSecret(testdata::sessionToken).toUtf8()));

    const ui::HexLines hex(prepared.shownBytes);
    QCOMPARE(hex.line(0), u"00000000  89 50 4e 47 0d 0a 1a 0a  7b 22 74 6f 6b 65 6e 22 |.PNG....{\"token\"|"_s);
    QCOMPARE(hex.lineLength(0), hex.line(0).size());
    const qsizetype lastLine = hex.lineCount() - 1;
    QVERIFY(hex.line(lastLine).endsWith(u"|"_s));
    QCOMPARE(hex.lineLength(lastLine), hex.line(lastLine).size());
}

void TestJsonTree::preparedBodyOfTextNamesError()
{
    const ui::PreparedBody prepared = ui::prepareBody("<html>\r\nBad gateway</html>"_ba, false);

    QCOMPARE(prepared.kind, ui::PreparedBody::Kind::Text);
    QVERIFY(prepared.jsonError.has_value());
    QCOMPARE(prepared.jsonError->offset, qsizetype(0));
    QCOMPARE(prepared.formatted->fullText(), u"<html>\r\nBad gateway</html>"_s);
    QCOMPARE(prepared.raw->lineCount(), qsizetype(2));
    QCOMPARE(prepared.raw->lineSlice(0, 0, 100), u"<html>"_s);
    QCOMPARE(prepared.raw->text({0, 3}, {1, 3}), u"ml>\r\nBad"_s);
}

QTEST_MAIN(TestJsonTree)
#include "tst_response_jsontree.moc"
