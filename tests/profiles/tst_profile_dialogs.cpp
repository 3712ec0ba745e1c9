// SPDX-License-Identifier: GPL-3.0-or-later
// The profile dialogs on their own: passphrase rules, the export file's permissions, proxy
// validation, and the profile list model.
#include "profiles/ExportContextDialog.h"
#include "profiles/PassphraseDialog.h"
#include "profiles/ProfileListModel.h"
#include "profiles/ProxyDialog.h"

#include <QAbstractItemModelTester>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace studio;

class TestProfileDialogs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void passphraseCreateRules_data();
    void passphraseCreateRules();
    void passphraseUnlockKeepsDialogOpen();
    void ownerOnlyFileReplacesWiderFile();
    void ownerOnlyFileNamesUnwritableFile();
    void proxyDialogValidates_data();
    void proxyDialogValidates();
    void profileListModelRenames();
};

void TestProfileDialogs::passphraseCreateRules_data()
{
    QTest::addColumn<QString>("passphrase");
    QTest::addColumn<QString>("confirmation");
    QTest::addColumn<QString>("problem");

    QTest::newRow("accepted") << u"long enough"_s << u"long enough"_s << QString();
    QTest::newRow("too short") << u"short"_s << u"short"_s << u"too short"_s;
    QTest::newRow("different") << u"long enough"_s << u"long enougH"_s << u"differ"_s;
}

void TestProfileDialogs::passphraseCreateRules()
{
    QFETCH(QString, passphrase);
    QFETCH(QString, confirmation);
    QFETCH(QString, problem);

    ui::PassphraseDialog dialog(ui::PassphraseDialog::Mode::Create, u"/tmp/secrets.enc"_s);
    QSignalSpy entered(&dialog, &ui::PassphraseDialog::passphraseEntered);
    QTest::keyClicks(dialog.findChild<QLineEdit *>(u"passphraseEdit"_s), passphrase);
    QTest::keyClicks(dialog.findChild<QLineEdit *>(u"confirmPassphraseEdit"_s), confirmation);
    dialog.accept();

    QCOMPARE(entered.size(), problem.isEmpty() ? 1 : 0);
    if (problem.isEmpty()) {
        QCOMPARE(entered.first().first().toString(), passphrase);
        QVERIFY(dialog.errorText().isEmpty());
    } else {
        QVERIFY2(dialog.errorText().contains(problem), qPrintable(dialog.errorText()));
    }
}

void TestProfileDialogs::passphraseUnlockKeepsDialogOpen()
{
    ui::PassphraseDialog dialog(ui::PassphraseDialog::Mode::Unlock, u"/tmp/secrets.enc"_s);
    dialog.show();
    QVERIFY(!dialog.findChild<QLineEdit *>(u"confirmPassphraseEdit"_s)->isVisible());
    auto *edit = dialog.findChild<QLineEdit *>(u"passphraseEdit"_s);
    QSignalSpy entered(&dialog, &ui::PassphraseDialog::passphraseEntered);
    QTest::keyClicks(edit, u"anything"_s);
    QTest::keyClick(edit, Qt::Key_Return);
    QCOMPARE(entered.size(), 1);
    QVERIFY(dialog.isVisible());
    QVERIFY(!edit->isEnabled());

    dialog.showError(u"The passphrase is wrong."_s);
    QVERIFY(dialog.isVisible());
    QVERIFY(edit->isEnabled());
    QVERIFY(edit->text().isEmpty());
    QCOMPARE(dialog.errorText(), u"The passphrase is wrong."_s);

    dialog.finish();
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
}

void TestProfileDialogs::ownerOnlyFileReplacesWiderFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"bunq.conf"_s);
    QFile old(path);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("old");
    old.close();
    QVERIFY(old.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner
                               | QFileDevice::ReadGroup | QFileDevice::ReadOther));

    const std::optional<QString> problem = ui::writeOwnerOnlyFile(path, "{}"_ba);
    QVERIFY2(!problem, qPrintable(problem.value_or(QString())));

    QFile written(path);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QCOMPARE(written.readAll(), "{}"_ba);
    const QFileDevice::Permissions permissions = written.permissions();
    QVERIFY(permissions.testFlag(QFileDevice::ReadOwner));
    QVERIFY(permissions.testFlag(QFileDevice::WriteOwner));
    QVERIFY(!permissions.testFlag(QFileDevice::ReadGroup));
    QVERIFY(!permissions.testFlag(QFileDevice::ReadOther));
}

void TestProfileDialogs::ownerOnlyFileNamesUnwritableFile()
{
    const QString path = u"/nonexistent-folder/bunq.conf"_s;
    const std::optional<QString> problem = ui::writeOwnerOnlyFile(path, "{}"_ba);
    QVERIFY(problem);
    QVERIFY2(problem->contains(path), qPrintable(*problem));
}

void TestProfileDialogs::proxyDialogValidates_data()
{
    QTest::addColumn<QString>("environment");
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("accepted");

    QTest::newRow("none") << u"sandbox"_s << QString() << true;
    QTest::newRow("socks5") << u"sandbox"_s << u"socks5://127.0.0.1:1080"_s << true;
    QTest::newRow("http") << u"production"_s << u"http://127.0.0.1:3128"_s << true;
    QTest::newRow("no port") << u"sandbox"_s << u"http://127.0.0.1"_s << false;
    QTest::newRow("unknown scheme") << u"sandbox"_s << u"ftp://127.0.0.1:21"_s << false;
    QTest::newRow("remote proxy for plain http")
        << u"local"_s << u"http://192.0.2.1:3128"_s << false;
}

void TestProfileDialogs::proxyDialogValidates()
{
    QFETCH(QString, environment);
    QFETCH(QString, url);
    QFETCH(bool, accepted);

    const api::ApiEnvironment chosen = environment == u"local"
        ? api::ApiEnvironment::localSandbox(QUrl(u"http://127.0.0.1:40000/v1/"_s))
        : environment == u"production" ? api::ApiEnvironment::production()
                                       : api::ApiEnvironment::sandbox();
    ui::ProxyDialog dialog(chosen, QString());
    QTest::keyClicks(dialog.findChild<QLineEdit *>(u"proxyUrlEdit"_s), url);

    auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QCOMPARE(ok->isEnabled(), accepted);
    QCOMPARE(dialog.problemText().isEmpty(), accepted);
    QCOMPARE(dialog.proxyUrl(), url);
}

void TestProfileDialogs::profileListModelRenames()
{
    ui::ProfileListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

    storage::Profile first;
    first.id = u"a"_s;
    first.name = u"First"_s;
    first.environment = api::ApiEnvironment::sandbox();
    first.user.displayName = u"Zoë Bakker"_s;
    first.user.id = 7;
    storage::Profile second = first;
    second.id = u"b"_s;
    second.name = u"Second"_s;
    model.setProfiles({first, second});

    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.rowOf(u"b"_s), 1);
    QCOMPARE(model.data(model.index(0, ui::ProfileListModel::UserColumn)).toString(),
             u"Zoë Bakker (id 7)"_s);
    QVERIFY(model.flags(model.index(0, ui::ProfileListModel::NameColumn))
                .testFlag(Qt::ItemIsEditable));
    QVERIFY(!model.flags(model.index(0, ui::ProfileListModel::UserColumn))
                 .testFlag(Qt::ItemIsEditable));

    // An edit requests the rename, and the list changes only once the store renamed the profile.
    QSignalSpy rename(&model, &ui::ProfileListModel::renameRequested);
    model.setData(model.index(1, ui::ProfileListModel::NameColumn), u"  Renamed  "_s);
    QCOMPARE(rename.size(), 1);
    QCOMPARE(rename.first().at(0).toString(), u"b"_s);
    QCOMPARE(rename.first().at(1).toString(), u"Renamed"_s);
    QCOMPARE(model.profiles().at(1).name, u"Second"_s);

    model.setData(model.index(1, ui::ProfileListModel::NameColumn), u"   "_s);
    QCOMPARE(rename.size(), 1);
}

QTEST_MAIN(TestProfileDialogs)
#include "tst_profile_dialogs.moc"
