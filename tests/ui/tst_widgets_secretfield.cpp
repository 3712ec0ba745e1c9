// SPDX-License-Identifier: GPL-3.0-or-later
#include "WidgetTestData.h"

#include "api/Redaction.h"
#include "widgets/SecretField.h"

#include <QApplication>
#include <QClipboard>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace studio;
using studio::ui::SecretField;

class TestSecretField : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void masksByDefault_data();
    void masksByDefault();
    void revealButtonShowsAndHides();
    void setRevealedChecksButton();
    void copyPutsFullSecretOnClipboard();
    void emptySecretShowsPlaceholder();
    void namesControlsForAccessibility();

private:
    struct Parts
    {
        QLineEdit *text;
        QToolButton *reveal;
        QToolButton *copy;
    };
    static Parts partsOf(SecretField &field);
};

TestSecretField::Parts TestSecretField::partsOf(SecretField &field)
{
    return {field.findChild<QLineEdit *>(u"secretText"_s),
            field.findChild<QToolButton *>(u"revealButton"_s),
            field.findChild<QToolButton *>(u"copyButton"_s)};
}

void TestSecretField::masksByDefault_data()
{
    QTest::addColumn<QByteArray>("secret");

    QTest::newRow("sandbox API key") << testdata::apiKey;
    QTest::newRow("session token") << testdata::sessionToken;
    QTest::newRow("short secret") << "abc123"_ba;
}

void TestSecretField::masksByDefault()
{
    QFETCH(QByteArray, secret);
    SecretField field;

    field.setSecret(secret);

    const Parts parts = partsOf(field);
    QVERIFY(parts.text);
    QCOMPARE(parts.text->text(), api::maskSecret(secret));
    QCOMPARE(field.displayedText(), api::maskSecret(secret));
    QVERIFY(!field.displayedText().contains(QString::fromUtf8(secret)));
    QVERIFY(!field.isRevealed());
    QVERIFY(parts.text->isReadOnly());
}

void TestSecretField::revealButtonShowsAndHides()
{
    SecretField field;
    field.setSecret(testdata::apiKey);
    const Parts parts = partsOf(field);
    QVERIFY(parts.reveal);
    QVERIFY(parts.reveal->isCheckable());
    QCOMPARE(parts.reveal->toolTip(), u"Reveal"_s);

    QTest::mouseClick(parts.reveal, Qt::LeftButton);

    QVERIFY(field.isRevealed());
    QCOMPARE(field.displayedText(), QString::fromUtf8(testdata::apiKey));
    QCOMPARE(parts.reveal->toolTip(), u"Hide"_s);

    QTest::mouseClick(parts.reveal, Qt::LeftButton);

    QVERIFY(!field.isRevealed());
    QCOMPARE(field.displayedText(), api::maskSecret(testdata::apiKey));
}

void TestSecretField::setRevealedChecksButton()
{
    SecretField field;
    field.setSecret(testdata::sessionToken);

    field.setRevealed(true);

    QVERIFY(partsOf(field).reveal->isChecked());
    QCOMPARE(field.displayedText(), QString::fromUtf8(testdata::sessionToken));

    field.setSecret(testdata::installationToken);

    QCOMPARE(field.displayedText(), QString::fromUtf8(testdata::installationToken));
}

void TestSecretField::copyPutsFullSecretOnClipboard()
{
    SecretField field;
    field.setSecret(testdata::sessionToken);
    QGuiApplication::clipboard()->clear();
    QSignalSpy copied(&field, &SecretField::copied);

    QTest::mouseClick(partsOf(field).copy, Qt::LeftButton);

    QCOMPARE(copied.count(), 1);
    QCOMPARE(QGuiApplication::clipboard()->text(), QString::fromUtf8(testdata::sessionToken));
    QVERIFY(!field.isRevealed());
    QCOMPARE(field.displayedText(), api::maskSecret(testdata::sessionToken));
}

void TestSecretField::emptySecretShowsPlaceholder()
{
    SecretField field;
    field.setSecret(testdata::sessionToken);

    field.setSecret({});

    const Parts parts = partsOf(field);
    QCOMPARE(field.displayedText(), QString());
    QCOMPARE(parts.text->placeholderText(), u"—"_s);
    QVERIFY(!parts.reveal->isEnabled());
    QVERIFY(!parts.copy->isEnabled());
}

void TestSecretField::namesControlsForAccessibility()
{
    SecretField field;
    field.setSecret(testdata::sessionToken);

    field.setSecretName(u"session token"_s);

    const Parts parts = partsOf(field);
    QCOMPARE(parts.text->accessibleName(), u"session token"_s);
    QCOMPARE(parts.reveal->accessibleName(), u"Reveal session token"_s);
    QCOMPARE(parts.copy->accessibleName(), u"Copy session token"_s);

    field.setRevealed(true);

    QCOMPARE(parts.reveal->accessibleName(), u"Hide session token"_s);
}

QTEST_MAIN(TestSecretField)
#include "tst_widgets_secretfield.moc"
