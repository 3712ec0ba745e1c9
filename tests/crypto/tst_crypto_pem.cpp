// SPDX-License-Identifier: GPL-3.0-or-later
// The PEM reader and writer on plain bytes, independent of any key format.

#include "crypto/Pem.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace studio::crypto;

namespace {

// The error of a failed result, or nothing. QVERIFY2 builds its message even when the check
// passes, and error() must not be called on a successful result.
template <typename T, typename E> QString errorText(const studio::Result<T, E> &result)
{
    return result.ok() ? QString() : result.error();
}

QByteArray patternedBytes(qsizetype size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i)
        bytes[i] = static_cast<char>((i * 7 + 3) % 256);
    return bytes;
}

// 00 01 02 03 in base64 is "AAECAw==".
const QByteArray kKnownDer = QByteArray::fromHex("00010203");

} // namespace

class TestPem : public QObject
{
    Q_OBJECT

private slots:
    void encodeLineLayout_data();
    void encodeLineLayout();
    void encodeKnownAnswer();
    void roundTrip_data();
    void roundTrip();
    void decodeAcceptsLayouts_data();
    void decodeAcceptsLayouts();
    void decodeKeepsLabel_data();
    void decodeKeepsLabel();
    void decodeErrors_data();
    void decodeErrors();
};

void TestPem::encodeLineLayout_data()
{
    QTest::addColumn<qsizetype>("derSize");

    QTest::newRow("empty DER") << qsizetype(0);
    QTest::newRow("one byte") << qsizetype(1);
    QTest::newRow("one byte short of a line") << qsizetype(47);
    QTest::newRow("exactly one line") << qsizetype(48);
    QTest::newRow("one byte over a line") << qsizetype(49);
    QTest::newRow("exactly two lines") << qsizetype(96);
    QTest::newRow("RSA-2048 SPKI size") << qsizetype(294);
    QTest::newRow("1000 bytes") << qsizetype(1000);
}

void TestPem::encodeLineLayout()
{
    QFETCH(qsizetype, derSize);
    const QByteArray der = patternedBytes(derSize);

    const QByteArray pem = encodePem("TEST DATA", der);

    QVERIFY(!pem.contains('\r'));
    QVERIFY(pem.endsWith("-----END TEST DATA-----\n"));
    QVERIFY(pem.startsWith("-----BEGIN TEST DATA-----\n"));

    QList<QByteArray> lines = pem.chopped(1).split('\n');
    lines.removeFirst();
    lines.removeLast();

    const qsizetype expectedLines = (der.toBase64().size() + 63) / 64;
    QCOMPARE(lines.size(), expectedLines);
    for (qsizetype i = 0; i + 1 < lines.size(); ++i)
        QCOMPARE(lines.at(i).size(), 64);
    if (!lines.isEmpty()) {
        QVERIFY(!lines.last().isEmpty());
        QVERIFY(lines.last().size() <= 64);
    }
    QCOMPARE(lines.join(), der.toBase64());
}

void TestPem::encodeKnownAnswer()
{
    QCOMPARE(encodePem("TEST", kKnownDer),
             "-----BEGIN TEST-----\nAAECAw==\n-----END TEST-----\n"_ba);
    QCOMPARE(encodePem("TEST", QByteArray()), "-----BEGIN TEST-----\n-----END TEST-----\n"_ba);
}

void TestPem::roundTrip_data()
{
    QTest::addColumn<QByteArray>("der");

    QTest::newRow("one byte") << patternedBytes(1);
    QTest::newRow("two bytes") << patternedBytes(2);
    QTest::newRow("exactly one line") << patternedBytes(48);
    QTest::newRow("one byte over a line") << patternedBytes(49);
    QTest::newRow("1000 bytes") << patternedBytes(1000);
}

void TestPem::roundTrip()
{
    QFETCH(QByteArray, der);

    const auto block = decodePem(encodePem("PUBLIC KEY", der));
    QVERIFY2(block.ok(), qPrintable(errorText(block)));
    QCOMPARE(block.value().label, "PUBLIC KEY"_ba);
    QCOMPARE(block.value().der, der);
}

void TestPem::decodeAcceptsLayouts_data()
{
    QTest::addColumn<QByteArray>("pem");

    const QByteArray der = patternedBytes(200);
    const QByteArray base64 = der.toBase64();
    const QByteArray pem = encodePem("TEST", der);

    QTest::newRow("LF") << pem;
    QTest::newRow("CRLF") << QByteArray(pem).replace("\n", "\r\n");
    QTest::newRow("no trailing newline") << pem.chopped(1);
    QTest::newRow("CRLF without trailing newline")
        << QByteArray(pem).replace("\n", "\r\n").chopped(2);
    QTest::newRow("base64 on one line")
        << QByteArray("-----BEGIN TEST-----\n" + base64 + "\n-----END TEST-----\n");
    QTest::newRow("everything on one line")
        << QByteArray("-----BEGIN TEST-----" + base64 + "-----END TEST-----");
    QTest::newRow("spaces and tabs inside base64")
        << QByteArray("-----BEGIN TEST-----\n" + base64.left(10) + " \t " + base64.mid(10, 90) +
                      "\t\n   " + base64.mid(100) + "\n-----END TEST-----\n");
    QTest::newRow("blank lines around base64")
        << QByteArray("-----BEGIN TEST-----\n\n" + base64 + "\n\n\n-----END TEST-----\n");
    QTest::newRow("leading and trailing whitespace") << QByteArray("\r\n\t  " + pem + "   \n\n");
    QTest::newRow("explanatory text before block") << QByteArray("Subject: test\n" + pem);
    QTest::newRow("second block ignored") << QByteArray(pem + encodePem("TEST", "other"));
}

void TestPem::decodeAcceptsLayouts()
{
    QFETCH(QByteArray, pem);

    const auto block = decodePem(pem);
    QVERIFY2(block.ok(), qPrintable(errorText(block)));
    QCOMPARE(block.value().label, "TEST"_ba);
    QCOMPARE(block.value().der, patternedBytes(200));
}

void TestPem::decodeKeepsLabel_data()
{
    QTest::addColumn<QByteArray>("label");

    QTest::newRow("one word") << "CERTIFICATE"_ba;
    QTest::newRow("two words") << "PUBLIC KEY"_ba;
    QTest::newRow("three words") << "RSA PRIVATE KEY"_ba;
    QTest::newRow("digits") << "X509 CRL"_ba;
}

void TestPem::decodeKeepsLabel()
{
    QFETCH(QByteArray, label);

    const auto block =
        decodePem("-----BEGIN " + label + "-----\nAAECAw==\n-----END " + label + "-----\n");
    QVERIFY2(block.ok(), qPrintable(errorText(block)));
    QCOMPARE(block.value().label, label);
    QCOMPARE(block.value().der, kKnownDer);
}

void TestPem::decodeErrors_data()
{
    QTest::addColumn<QByteArray>("pem");
    QTest::addColumn<QString>("expectedError");

    const auto block = [](const QByteArray &base64) {
        return QByteArray("-----BEGIN TEST-----\n" + base64 + "\n-----END TEST-----\n");
    };
    const QString invalidBase64 = u"The PEM base64 text is invalid"_s;

    QTest::newRow("empty text") << QByteArray() << u"No PEM block found"_s;
    QTest::newRow("base64 without markers") << "AAECAw==\n"_ba << u"No PEM block found"_s;
    QTest::newRow("BEGIN line without dashes")
        << "-----BEGIN TEST\nAAECAw==\n-----END TEST-----\n"_ba
        << u"The PEM BEGIN line is incomplete"_s;
    QTest::newRow("empty label") << "-----BEGIN -----\nAAECAw==\n-----END -----\n"_ba
                                 << u"The PEM BEGIN line is incomplete"_s;
    QTest::newRow("END line missing")
        << "-----BEGIN TEST-----\nAAECAw==\n"_ba
        << u"The PEM block 'BEGIN TEST' has no '-----END TEST-----' line."_s;
    QTest::newRow("END line without dashes") << "-----BEGIN TEST-----\nAAECAw==\n-----END TEST\n"_ba
                                             << u"The PEM END line is incomplete"_s;
    QTest::newRow("mismatched labels")
        << "-----BEGIN TEST-----\nAAECAw==\n-----END OTHER-----\n"_ba
        << u"The PEM block starts with 'BEGIN TEST' but ends with 'END OTHER'."_s;
    QTest::newRow("empty body") << "-----BEGIN TEST-----\n-----END TEST-----\n"_ba
                                << u"The PEM block 'BEGIN TEST' contains no base64 data."_s;
    QTest::newRow("invalid character") << block("AAEC*w==") << invalidBase64;
    QTest::newRow("base64url character") << block("AAEC-w==") << invalidBase64;
    QTest::newRow("missing padding") << block("AAECAw") << invalidBase64;
    QTest::newRow("padding in the middle") << block("AA==AAECAw==") << invalidBase64;
    QTest::newRow("non-zero unused bits") << block("AAECAx==") << invalidBase64;
    QTest::newRow("legacy encryption headers")
        << block("Proc-Type: 4,ENCRYPTED\nDEK-Info: AES-256-CBC,00112233445566778899AABBCCDDEEFF\n"
                 "\nAAECAw==")
        << u"contains header lines such as 'Proc-Type:'"_s;
}

void TestPem::decodeErrors()
{
    QFETCH(QByteArray, pem);
    QFETCH(QString, expectedError);

    const auto block = decodePem(pem);
    QVERIFY(!block.ok());
    QVERIFY2(block.error().contains(expectedError), qPrintable(block.error()));
}

QTEST_GUILESS_MAIN(TestPem)
#include "tst_crypto_pem.moc"
