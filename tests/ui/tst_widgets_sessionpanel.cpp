// SPDX-License-Identifier: GPL-3.0-or-later
#include "WidgetTestData.h"

#include "api/Redaction.h"
#include "main/SessionPanel.h"
#include "widgets/SecretField.h"

#include <QLabel>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace studio;
using studio::ui::SecretField;
using studio::ui::SessionPanel;

class TestSessionPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void showsMaskedTokens();
    void showsUserAndDevice();
    void showsServerKeyFingerprint();
    void showsExpiryInUtcAndLocalTime();
    void countdown_data();
    void countdown();
    void countdownTicksEverySecond();
    void withoutSessionShowsDashes();
    void badgeColourPerEnvironment();
    void formatsDurations_data();
    void formatsDurations();

private:
    QString labelText(const SessionPanel &panel, const QString &name) const;

    crypto::RsaKeyPair m_serverKey;
};

void TestSessionPanel::initTestCase()
{
    auto generated = crypto::RsaKeyPair::generate();
    QVERIFY(generated.ok());
    m_serverKey = generated.value();
}

QString TestSessionPanel::labelText(const SessionPanel &panel, const QString &name) const
{
    const auto *label = panel.findChild<QLabel *>(name);
    return label ? label->text() : u"<no label %1>"_s.arg(name);
}

void TestSessionPanel::showsMaskedTokens()
{
    SessionPanel panel;

    panel.setContext(testdata::sessionContext());

    auto *installation = panel.findChild<SecretField *>(u"installationTokenField"_s);
    auto *session = panel.findChild<SecretField *>(u"sessionTokenField"_s);
    QVERIFY(installation);
    QVERIFY(session);
    QCOMPARE(installation->displayedText(), api::maskSecret(testdata::installationToken));
    QCOMPARE(session->displayedText(), api::maskSecret(testdata::sessionToken));
    QCOMPARE(session->secret(), testdata::sessionToken);
}

void TestSessionPanel::showsUserAndDevice()
{
    SessionPanel panel;
    onboarding::SessionContext context = testdata::sessionContext();
    context.permittedIps = {u"*"_s};

    panel.setContext(context);

    const QString user = labelText(panel, u"userLabel"_s);
    QVERIFY2(user.contains(u"Alice Example"_s), qPrintable(user));
    QVERIFY(user.contains(u"UserPerson"_s));
    QVERIFY(user.contains(u"42"_s));
    const QString device = labelText(panel, u"deviceLabel"_s);
    QVERIFY2(device.contains(u"22"_s), qPrintable(device));
    QVERIFY(device.contains(u"Studio on testhost"_s));
    QVERIFY(device.contains(u"any IP (wildcard)"_s));
}

void TestSessionPanel::showsServerKeyFingerprint()
{
    SessionPanel panel;
    onboarding::SessionContext context = testdata::sessionContext();
    context.serverPublicKey = m_serverKey.publicKey();

    panel.setContext(context);

    const QString formatted = crypto::formatFingerprint(m_serverKey.publicKey().sha256Fingerprint());
    QString shown = labelText(panel, u"serverKeyLabel"_s);
    QCOMPARE(shown.remove(u'\n'), formatted);
}

void TestSessionPanel::showsExpiryInUtcAndLocalTime()
{
    SessionPanel panel;

    panel.setContext(testdata::sessionContext());

    const QString expiry = labelText(panel, u"expiryLabel"_s);
    QVERIFY2(expiry.contains(u"2024-05-01 11:00:00 UTC"_s), qPrintable(expiry));
    const QDateTime local = QDateTime(QDate(2024, 5, 1), QTime(11, 0), QTimeZone::utc()).toLocalTime();
    QVERIFY2(expiry.contains(local.toString(u"yyyy-MM-dd HH:mm:ss"_s)), qPrintable(expiry));
    QVERIFY(expiry.contains(u"local time"_s));
}

void TestSessionPanel::countdown_data()
{
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<QString>("expected");

    const QDateTime created(QDate(2024, 5, 1), QTime(10, 0), QTimeZone::utc());
    QTest::newRow("just opened") << created << u"expires in 1 h 0 min 0 s"_s;
    QTest::newRow("seconds left") << created.addSecs(3600 - 9) << u"expires in 9 s"_s;
    QTest::newRow("at expiry") << created.addSecs(3600) << u"expired 0 s ago"_s;
    QTest::newRow("expired") << created.addSecs(3600 + 302) << u"expired 5 min 2 s ago"_s;
}

void TestSessionPanel::countdown()
{
    QFETCH(QDateTime, now);
    QFETCH(QString, expected);
    SessionPanel panel;
    panel.setClock([now] { return now; });

    panel.setContext(testdata::sessionContext());

    QCOMPARE(panel.countdownText(), expected);
    QCOMPARE(labelText(panel, u"expiryCountdownLabel"_s), expected);
}

void TestSessionPanel::countdownTicksEverySecond()
{
    const QDateTime created(QDate(2024, 5, 1), QTime(10, 0), QTimeZone::utc());
    QDateTime now = created.addSecs(60);
    SessionPanel panel;
    panel.setClock([&now] { return now; });
    panel.setContext(testdata::sessionContext());
    QCOMPARE(panel.countdownText(), u"expires in 59 min 0 s"_s);

    now = now.addSecs(1);

    QTRY_COMPARE_WITH_TIMEOUT(panel.countdownText(), u"expires in 58 min 59 s"_s, 3000);
}

void TestSessionPanel::withoutSessionShowsDashes()
{
    SessionPanel panel;

    panel.setContext({});

    QCOMPARE(labelText(panel, u"userLabel"_s), u"—"_s);
    QCOMPARE(labelText(panel, u"deviceLabel"_s), u"—"_s);
    QCOMPARE(labelText(panel, u"serverKeyLabel"_s), u"—"_s);
    QCOMPARE(labelText(panel, u"expiryLabel"_s), u"—"_s);
    QCOMPARE(panel.countdownText(), u"no session"_s);
    QCOMPARE(panel.findChild<SecretField *>(u"sessionTokenField"_s)->displayedText(), QString());
}

void TestSessionPanel::badgeColourPerEnvironment()
{
    const QList<api::ApiEnvironment> environments = {
        testdata::localEnvironment(), api::ApiEnvironment::sandbox(),
        api::ApiEnvironment::production()};

    QStringList styleSheets;
    for (const api::ApiEnvironment &environment : environments) {
        SessionPanel panel;
        onboarding::SessionContext context = testdata::sessionContext();
        context.environment = environment;

        panel.setContext(context);

        const auto *badge = panel.findChild<QLabel *>(u"environmentBadge"_s);
        QVERIFY(badge);
        QCOMPARE(badge->text(), environment.displayName());
        QCOMPARE(badge->property("environmentId").toString(), environment.id());
        styleSheets += badge->styleSheet();
    }

    QCOMPARE(styleSheets.size(), 3);
    QVERIFY(styleSheets.at(0) != styleSheets.at(1));
    QVERIFY(styleSheets.at(1) != styleSheets.at(2));
    QVERIFY(styleSheets.at(0) != styleSheets.at(2));
}

void TestSessionPanel::formatsDurations_data()
{
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<QString>("expected");

    QTest::newRow("zero") << qint64(0) << u"0 s"_s;
    QTest::newRow("seconds only") << qint64(59) << u"59 s"_s;
    QTest::newRow("minutes") << qint64(61) << u"1 min 1 s"_s;
    QTest::newRow("hour keeps zero minutes") << qint64(3600) << u"1 h 0 min 0 s"_s;
    QTest::newRow("one week") << qint64(604800) << u"7 d 0 h 0 min 0 s"_s;
}

void TestSessionPanel::formatsDurations()
{
    QFETCH(qint64, seconds);
    QFETCH(QString, expected);

    QCOMPARE(ui::formatDuration(seconds), expected);
}

QTEST_MAIN(TestSessionPanel)
#include "tst_widgets_sessionpanel.moc"
