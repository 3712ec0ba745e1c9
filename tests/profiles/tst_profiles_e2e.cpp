// SPDX-License-Identifier: GPL-3.0-or-later
// Profiles end to end against a local sandbox on 127.0.0.1, through the same AppShell the app
// uses: onboarding into a profile, reopening it after a restart, rename, duplicate and delete,
// SDK context files in and out, and the session controls of the main window. Secrets go to a
// passphrase file in a temporary folder; the secret service has its own tests in tests/storage.
#include "LocalSandbox.h"
#include "ProfileTestSupport.h"
#include "main/MainWindow.h"
#include "main/RequestConsole.h"
#include "main/SessionPanel.h"
#include "onboarding/ResponseParsers.h"
#include "profiles/ContextFileDialog.h"
#include "profiles/ExportContextDialog.h"
#include "profiles/PassphraseDialog.h"
#include "profiles/PassphrasePrompt.h"
#include "profiles/ProfileListDialog.h"
#include "profiles/ProfileListModel.h"
#include "profiles/ProfileManager.h"
#include "profiles/ProxyDialog.h"
#include "profiles/SaveProfileDialog.h"
#include "session/SessionKeeper.h"
#include "shell/AppShell.h"
#include "storage/PassphraseSecretStore.h"
#include "storage/ProfileStore.h"
#include "storage/SecretStoreChoice.h"
#include "widgets/SecretField.h"
#include "wizard/FlowController.h"
#include "wizard/OnboardingWizard.h"
#include "wizard/StepPage.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDirIterator>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QRadioButton>
#include <QSaveFile>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <memory>

using namespace Qt::StringLiterals;
using namespace studio;
using testsupport::StepTimeoutMs;
using ui::OnboardingWizard;

namespace {

const QString Passphrase = u"correct horse battery staple"_s;

template <typename T>
T *findNamed(const QObject *parent, const QString &name)
{
    return parent ? parent->findChild<T *>(name) : nullptr;
}

// Every file under folder with its bytes, to show that nothing changed.
QMap<QString, QByteArray> snapshotFolder(const QString &folder)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(folder, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly))
            files.insert(file.fileName(), file.readAll());
    }
    return files;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

class TestProfilesE2E : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void onboardingBecomesProfileThatReopens();
    void listRenamesDuplicatesAndDeletes();
    void contextFileIsCheckedReopenedAndSaved();
    void brokenContextFileChangesNothing_data();
    void brokenContextFileChangesNothing();
    void exportWritesOwnerOnlyFileThatReimports();
    void sessionClosesAndReopensFromPanel();
    void stoppedRenewalOffersNewSandboxUser();

private:
    // A shell on the test's folders, as the app builds it after a start.
    void createShell(const QString &folder);
    ui::MainWindow *waitForMainWindow(int count);
    void answerPassphrase(const QString &passphrase);
    void confirmNewPassphrase();
    void runWizardToSession();
    void finishWizard();
    storage::Profile seedProfile(const QString &name);
    void sendGetUser(ui::MainWindow *window, const onboarding::SessionContext &expected);
    void waitForStep(OnboardingWizard::PageId id);
    void clickNext(OnboardingWizard::PageId expected);
    void shiftKeeperClock(ui::MainWindow *window);

    QString profileFolder(const QString &folder) const { return folder + u"/profiles"_s; }
    QString secretsFile(const QString &folder) const { return folder + u"/secrets.enc"_s; }

    QTemporaryDir m_settingsDir;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<sandbox::SandboxThread> m_sandbox;
    QUrl m_sandboxUrl;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ui::AppShell> m_shell;
};

void TestProfilesE2E::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
}

void TestProfilesE2E::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());

    // The keepers pace session-server themselves, so the sandbox's limits would only slow the
    // test down.
    sandbox::SandboxOptions options;
    options.rateLimits = false;
    m_sandbox = std::make_unique<sandbox::SandboxThread>(options);
    QSignalSpy started(m_sandbox.get(), &sandbox::SandboxThread::started);
    QSignalSpy failed(m_sandbox.get(), &sandbox::SandboxThread::failed);
    m_sandbox->start();
    QTRY_VERIFY_WITH_TIMEOUT(!started.isEmpty() || !failed.isEmpty(), StepTimeoutMs);
    QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
    m_sandboxUrl = started.first().first().toUrl();
    QCOMPARE(m_sandboxUrl.host(), u"127.0.0.1"_s);

    m_network = std::make_unique<QNetworkAccessManager>();
}

void TestProfilesE2E::cleanup()
{
    m_shell.reset();
    m_network.reset();
    m_sandbox.reset();
    m_dir.reset();
}

void TestProfilesE2E::createShell(const QString &folder)
{
    m_shell.reset();
    m_shell = std::make_unique<ui::AppShell>(m_network.get());
    m_shell->setProfileStore(std::make_unique<storage::ProfileStore>(profileFolder(folder)));

    storage::SecretStoreChoice choice;
    choice.store = std::make_unique<storage::PassphraseSecretStore>(secretsFile(folder));
    choice.backend = storage::SecretBackend::PassphraseFile;
    choice.secretServiceProblem = u"no secret service in this test"_s;
    m_shell->setSecretStore(std::move(choice));
    m_shell->setLocalSandboxUrl(m_sandboxUrl);
}

ui::MainWindow *TestProfilesE2E::waitForMainWindow(int count)
{
    [&] { QTRY_COMPARE_WITH_TIMEOUT(m_shell->mainWindows().size(), count, StepTimeoutMs); }();
    ui::MainWindow *window = m_shell->mainWindow();
    if (window)
        [&] { QVERIFY(QTest::qWaitForWindowExposed(window)); }();
    return window;
}

void TestProfilesE2E::answerPassphrase(const QString &passphrase)
{
    QTRY_VERIFY_WITH_TIMEOUT(m_shell->passphrasePrompt()->dialog(), StepTimeoutMs);
    ui::PassphraseDialog *dialog = m_shell->passphrasePrompt()->dialog();
    QCOMPARE(dialog->mode(), ui::PassphraseDialog::Mode::Unlock);
    auto *edit = findNamed<QLineEdit>(dialog, u"passphraseEdit"_s);
    QVERIFY(edit);
    QCOMPARE(edit->echoMode(), QLineEdit::Password);
    QTest::keyClicks(edit, passphrase);
    QTest::keyClick(edit, Qt::Key_Return);
}

void TestProfilesE2E::confirmNewPassphrase()
{
    QTRY_VERIFY_WITH_TIMEOUT(m_shell->passphrasePrompt()->dialog(), StepTimeoutMs);
    QPointer<ui::PassphraseDialog> dialog = m_shell->passphrasePrompt()->dialog();
    QCOMPARE(dialog->mode(), ui::PassphraseDialog::Mode::Create);
    auto *edit = findNamed<QLineEdit>(dialog, u"passphraseEdit"_s);
    auto *confirm = findNamed<QLineEdit>(dialog, u"confirmPassphraseEdit"_s);
    QVERIFY(edit);
    QVERIFY(confirm);
    QVERIFY(confirm->isVisible());
    QVERIFY(findNamed<QLabel>(dialog, u"passphraseReason"_s)->isVisible());

    // Two different passphrases stay in the dialog with the reason.
    QTest::keyClicks(edit, Passphrase);
    QTest::keyClicks(confirm, Passphrase + u"!"_s);
    QTest::keyClick(confirm, Qt::Key_Return);
    QVERIFY(dialog);
    QVERIFY2(dialog->errorText().contains(u"differ"_s), qPrintable(dialog->errorText()));
    QVERIFY(testsupport::saveScreenshot(dialog, u"passphrase-create-mismatch"_s));

    QTest::keyClicks(confirm, Passphrase);
    QTest::keyClick(confirm, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog, StepTimeoutMs);
}

void TestProfilesE2E::waitForStep(OnboardingWizard::PageId id)
{
    auto *step = qobject_cast<ui::StepPage *>(m_shell->wizard()->page(id));
    QVERIFY(step);
    QTRY_VERIFY_WITH_TIMEOUT(step->state() != ui::StepPage::State::Running, StepTimeoutMs);
    QVERIFY2(step->state() == ui::StepPage::State::Succeeded,
             qPrintable(findNamed<QLabel>(step, u"statusLabel"_s)->text()));
}

void TestProfilesE2E::clickNext(OnboardingWizard::PageId expected)
{
    QAbstractButton *next = m_shell->wizard()->button(QWizard::NextButton);
    QTRY_VERIFY_WITH_TIMEOUT(next->isEnabled(), StepTimeoutMs);
    next->click();
    QCOMPARE(m_shell->wizard()->currentId(), int(expected));
}

// Walks the wizard from the first page to an open session in the local sandbox.
void TestProfilesE2E::runWizardToSession()
{
    OnboardingWizard *wizard = m_shell->wizard();
    QVERIFY(QTest::qWaitForWindowExposed(wizard));
    findNamed<QRadioButton>(wizard, u"localSandboxRadio"_s)->click();
    clickNext(OnboardingWizard::KeyPairPageId);
    QTRY_VERIFY_WITH_TIMEOUT(wizard->page(OnboardingWizard::KeyPairPageId)->isComplete(),
                             StepTimeoutMs);
    clickNext(OnboardingWizard::ApiKeyPageId);

    QWizardPage *apiKeyPage = wizard->page(OnboardingWizard::ApiKeyPageId);
    findNamed<QRadioButton>(apiKeyPage, u"personRadio"_s)->click();
    QSignalSpy finished(wizard->controller(), &ui::FlowController::stepFinished);
    QTest::mouseClick(findNamed<QPushButton>(apiKeyPage, u"createUserButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), StepTimeoutMs);
    QVERIFY(findNamed<QLineEdit>(apiKeyPage, u"apiKeyEdit"_s)->text().startsWith(u"sandbox_"_s));

    clickNext(OnboardingWizard::InstallationPageId);
    waitForStep(OnboardingWizard::InstallationPageId);
    clickNext(OnboardingWizard::DevicePageId);
    QWizardPage *device = wizard->page(OnboardingWizard::DevicePageId);
    findNamed<QRadioButton>(device, u"thisIpRadio"_s)->click();
    QTest::mouseClick(findNamed<QPushButton>(device, u"runButton"_s), Qt::LeftButton);
    waitForStep(OnboardingWizard::DevicePageId);
    clickNext(OnboardingWizard::SessionPageId);
    waitForStep(OnboardingWizard::SessionPageId);
}

void TestProfilesE2E::finishWizard()
{
    QAbstractButton *finish = m_shell->wizard()->button(QWizard::FinishButton);
    QVERIFY(finish->isEnabled());
    finish->click();
}

// Onboards directly and stores the result as a profile with its secrets, as an earlier run of
// the app would have left it.
storage::Profile TestProfilesE2E::seedProfile(const QString &name)
{
    const auto context = testsupport::onboardDirectly(m_network.get(), m_sandboxUrl);
    if (!context.ok()) {
        QTest::qFail(qPrintable(context.error()), __FILE__, __LINE__);
        return {};
    }

    storage::ProfileStore store(profileFolder(m_dir->path()));
    const auto saved = store.save(storage::profileFromContext(context.value(), name));
    [&] { QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error())); }();
    if (!saved.ok())
        return {};

    storage::PassphraseSecretStore secrets(secretsFile(m_dir->path()));
    secrets.setPassphrase(Passphrase);
    std::optional<std::optional<QString>> stored;
    secrets.store(saved.value().id, storage::secretsFromContext(context.value()),
                  [&stored](std::optional<QString> error) { stored = error; });
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(stored.has_value(), StepTimeoutMs);
        QVERIFY2(!stored->has_value(), qPrintable(stored->value_or(QString())));
    }();
    return saved.value();
}

void TestProfilesE2E::sendGetUser(ui::MainWindow *window,
                                  const onboarding::SessionContext &expected)
{
    ui::RequestConsole *console = window->console();
    QSignalSpy resultReady(console, &ui::RequestConsole::resultReady);
    console->setRequest("GET", u"user"_s);
    console->send();
    QVERIFY(resultReady.wait(StepTimeoutMs));

    const api::ApiResult result = console->lastResult();
    QVERIFY2(result.ok(), qPrintable(result.error ? result.error->summary() : QString()));
    QCOMPARE(result.exchange.status, 200);
    QCOMPARE(result.exchange.serverSignature, api::SignatureVerdict::Valid);
    const auto user = onboarding::parseWrappedUser(result.items.first().toObject());
    QVERIFY(user.ok());
    QCOMPARE(user.value().id, expected.user.id);
}

// The keeper allows one session-server call per 30 s. Moving its clock on lets the test open
// a new session at once.
void TestProfilesE2E::shiftKeeperClock(ui::MainWindow *window)
{
    window->sessionKeeper()->setClock([] { return QDateTime::currentDateTimeUtc().addSecs(31); });
}

void TestProfilesE2E::onboardingBecomesProfileThatReopens()
{
    createShell(m_dir->path());
    m_shell->start();
    QVERIFY(!m_shell->profileList());
    runWizardToSession();
    const onboarding::SessionContext context = m_shell->wizard()->sessionContext();
    finishWizard();

    // The main window opens at once, and the profile name is requested over it.
    ui::MainWindow *window = waitForMainWindow(1);
    QVERIFY(window);
    QTRY_VERIFY_WITH_TIMEOUT(m_shell->saveProfileDialog(), StepTimeoutMs);
    QPointer<ui::SaveProfileDialog> save = m_shell->saveProfileDialog();
    QVERIFY(QTest::qWaitForWindowExposed(save));
    const QString expectedName = u"Local sandbox — "_s + context.user.displayName;
    QCOMPARE(save->name(), expectedName);
    QVERIFY(testsupport::saveScreenshot(save, u"save-profile"_s));
    QTest::mouseClick(findNamed<QPushButton>(save, u"saveButton"_s), Qt::LeftButton);

    // The first secret creates the passphrase file: passphrase and confirmation.
    confirmNewPassphrase();
    QTRY_VERIFY_WITH_TIMEOUT(!save, StepTimeoutMs);
    QVERIFY(!window->profileId().isEmpty());
    QCOMPARE(window->profileName(), expectedName);
    QVERIFY(QFile::exists(secretsFile(m_dir->path())));
    const QString profileId = window->profileId();
    QVERIFY(QFile::exists(profileFolder(m_dir->path()) + u"/"_s + profileId + u".json"_s));
    QVERIFY(window->windowTitle().contains(expectedName));
    QVERIFY(testsupport::saveScreenshot(window, u"main-window-profile"_s));

    // Restart: a new shell on the same folders lists the profile.
    createShell(m_dir->path());
    m_shell->start();
    ui::ProfileListDialog *list = m_shell->profileList();
    QVERIFY(list);
    QVERIFY(QTest::qWaitForWindowExposed(list));
    QVERIFY(!m_shell->wizard()->isVisible());
    QCOMPARE(list->model()->rowCount(), 1);
    QCOMPARE(list->model()->profiles().first().name, expectedName);
    QCOMPARE(list->selectedId(), profileId);
    QVERIFY(findNamed<QLabel>(list, u"permittedIpsLabel"_s)->text().contains(u"this IP only"_s));
    QVERIFY(findNamed<QLabel>(list, u"proxyLabel"_s)->text().contains(u"none"_s));
    QVERIFY(findNamed<QLabel>(list, u"secretBackendLabel"_s)->text().contains(u"Passphrase"_s));
    QVERIFY(testsupport::saveScreenshot(list, u"profile-list"_s));

    // Opening needs the secrets: a wrong passphrase is refused inside the dialog.
    QTest::mouseClick(findNamed<QPushButton>(list, u"openButton"_s), Qt::LeftButton);
    answerPassphrase(u"wrong passphrase"_s);
    QPointer<ui::PassphraseDialog> unlock = m_shell->passphrasePrompt()->dialog();
    QTRY_VERIFY_WITH_TIMEOUT(!unlock->errorText().isEmpty(), StepTimeoutMs);
    QVERIFY(unlock->isVisible());
    QVERIFY(m_shell->mainWindows().isEmpty());
    QVERIFY(testsupport::saveScreenshot(unlock, u"passphrase-unlock-wrong"_s));
    findNamed<QLineEdit>(unlock, u"passphraseEdit"_s)->clear();
    answerPassphrase(Passphrase);

    window = waitForMainWindow(1);
    QVERIFY(window);
    QCOMPARE(window->profileId(), profileId);
    QVERIFY(!list->isVisible());
    QCOMPARE(window->context().sessionToken, context.sessionToken);
    QCOMPARE(window->sessionPanel()->context().user.id, context.user.id);
    sendGetUser(window, context);
}

void TestProfilesE2E::listRenamesDuplicatesAndDeletes()
{
    const storage::Profile seeded = seedProfile(u"Seeded"_s);
    QVERIFY(!seeded.id.isEmpty());
    createShell(m_dir->path());
    m_shell->start();
    ui::ProfileListDialog *list = m_shell->profileList();
    QVERIFY(list);
    QVERIFY(QTest::qWaitForWindowExposed(list));
    ui::ProfileListModel *model = list->model();
    auto *view = findNamed<QTreeView>(list, u"profileView"_s);

    // Rename in place: F2 opens the editor, Return saves.
    view->setFocus();
    QTest::keyClick(view, Qt::Key_F2);
    auto *editor = view->findChild<QLineEdit *>();
    QVERIFY(editor);
    editor->selectAll();
    QTest::keyClicks(editor, u"Renamed"_s);
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(model->profiles().first().name, u"Renamed"_s);
    storage::ProfileStore store(profileFolder(m_dir->path()));
    QCOMPARE(store.load(seeded.id).value().name, u"Renamed"_s);

    // The proxy is edited per profile and shown next to the bound IPs, its password masked.
    QTest::mouseClick(findNamed<QPushButton>(list, u"editProxyButton"_s), Qt::LeftButton);
    QPointer<ui::ProxyDialog> proxyDialog = list->findChild<ui::ProxyDialog *>();
    QVERIFY(proxyDialog);
    auto *proxyEdit = findNamed<QLineEdit>(proxyDialog, u"proxyUrlEdit"_s);
    QTest::keyClicks(proxyEdit, u"socks5://"_s);
    QVERIFY(!proxyDialog->problemText().isEmpty());
    QTest::keyClicks(proxyEdit, u"user:secret@127.0.0.1:1080"_s);
    QVERIFY2(proxyDialog->problemText().isEmpty(), qPrintable(proxyDialog->problemText()));
    QVERIFY(testsupport::saveScreenshot(proxyDialog, u"proxy-dialog"_s));
    QTest::keyClick(proxyEdit, Qt::Key_Return);
    QTRY_VERIFY(!proxyDialog);
    QCOMPARE(store.load(seeded.id).value().proxyUrl, u"socks5://user:secret@127.0.0.1:1080"_s);
    const QString shownProxy = findNamed<QLabel>(list, u"proxyLabel"_s)->text();
    QVERIFY2(shownProxy.contains(u"127.0.0.1:1080"_s), qPrintable(shownProxy));
    QVERIFY2(!shownProxy.contains(u"secret"_s), qPrintable(shownProxy));

    // Duplicate copies the secrets too, so it needs the passphrase.
    QTest::mouseClick(findNamed<QPushButton>(list, u"duplicateButton"_s), Qt::LeftButton);
    answerPassphrase(Passphrase);
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 2, StepTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(!list->isBusy(), StepTimeoutMs);
    const QString copyId = list->selectedId();
    QVERIFY(copyId != seeded.id);
    QCOMPARE(store.load(copyId).value().name, u"Renamed (copy)"_s);
    QVERIFY(list->errorText().isEmpty());

    // Delete requests confirmation first, and Cancel keeps the profile.
    QTest::mouseClick(findNamed<QPushButton>(list, u"deleteButton"_s), Qt::LeftButton);
    QPointer<QMessageBox> confirmation = list->deleteConfirmation();
    QVERIFY(confirmation);
    QVERIFY(QTest::qWaitForWindowExposed(confirmation));
    QVERIFY(confirmation->text().contains(u"Renamed (copy)"_s));
    QVERIFY(testsupport::saveScreenshot(confirmation, u"delete-confirmation"_s));
    QTest::mouseClick(findNamed<QPushButton>(confirmation, u"cancelDeleteButton"_s),
                      Qt::LeftButton);
    QTRY_VERIFY(!confirmation);
    QCOMPARE(model->rowCount(), 2);

    QTest::mouseClick(findNamed<QPushButton>(list, u"deleteButton"_s), Qt::LeftButton);
    confirmation = list->deleteConfirmation();
    QVERIFY(confirmation);
    QTest::mouseClick(findNamed<QPushButton>(confirmation, u"confirmDeleteButton"_s),
                      Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 1, StepTimeoutMs);
    QCOMPARE(model->profiles().first().id, seeded.id);
    QVERIFY(!store.load(copyId).ok());

    // The copy's secrets are gone, the original's stay.
    storage::PassphraseSecretStore secrets(secretsFile(m_dir->path()));
    secrets.setPassphrase(Passphrase);
    std::optional<bool> copyFound;
    std::optional<bool> originalFound;
    secrets.load(copyId, [&](Result<storage::ProfileSecrets, QString> r) { copyFound = r.ok(); });
    secrets.load(seeded.id,
                 [&](Result<storage::ProfileSecrets, QString> r) { originalFound = r.ok(); });
    QTRY_VERIFY_WITH_TIMEOUT(copyFound.has_value() && originalFound.has_value(), StepTimeoutMs);
    QVERIFY(!*copyFound);
    QVERIFY(*originalFound);
}

void TestProfilesE2E::contextFileIsCheckedReopenedAndSaved()
{
    const auto onboarded = testsupport::onboardDirectly(m_network.get(), m_sandboxUrl);
    QVERIFY2(onboarded.ok(), qPrintable(onboarded.ok() ? QString() : onboarded.error()));
    const onboarding::SessionContext context = onboarded.value();
    const QString path = m_dir->filePath(u"bunq-sandbox.conf"_s);
    QVERIFY(writeFile(path, testsupport::pythonContextFile(context)));

    createShell(m_dir->path());
    m_shell->openContextFile(path);
    QPointer<ui::ContextFileDialog> dialog = m_shell->contextFileDialog();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QVERIFY(dialog->hasContext());
    QVERIFY(dialog->errorText().isEmpty());
    QVERIFY(!dialog->findings().isEmpty());
    QVERIFY2(findNamed<QLabel>(dialog, u"shapeLabel"_s)->text().contains(u"Python"_s),
             qPrintable(findNamed<QLabel>(dialog, u"shapeLabel"_s)->text()));
    QVERIFY(findNamed<QLabel>(dialog, u"findingsLabel"_s)->text().contains(dialog->findings().first()));
    QCOMPARE(dialog->sessionState(), ui::ContextFileDialog::SessionState::Unchecked);
    QVERIFY(testsupport::saveScreenshot(dialog, u"context-file-opened"_s));

    // The file names the SANDBOX environment, but this session belongs to the local sandbox.
    auto *target = findNamed<QComboBox>(dialog, u"targetCombo"_s);
    QCOMPARE(target->count(), 2);
    target->setCurrentIndex(1);
    QCOMPARE(dialog->context().environment.kind(), api::ApiEnvironment::Kind::LocalSandbox);

    // The session is alive, so GET /v1/user succeeds.
    QTest::mouseClick(findNamed<QPushButton>(dialog, u"checkSessionButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->sessionState() != ui::ContextFileDialog::SessionState::Busy,
                             StepTimeoutMs);
    QCOMPARE(dialog->sessionState(), ui::ContextFileDialog::SessionState::Alive);
    QVERIFY(dialog->sessionStatusText().contains(context.user.displayName));

    // Once the session is ended at the server, the check reports it, and Re-open opens a new one.
    QCOMPARE(testsupport::endSessionDirectly(m_network.get(), context), 200);
    QTest::mouseClick(findNamed<QPushButton>(dialog, u"checkSessionButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->sessionState() != ui::ContextFileDialog::SessionState::Busy,
                             StepTimeoutMs);
    QCOMPARE(dialog->sessionState(), ui::ContextFileDialog::SessionState::Ended);
    QVERIFY(dialog->sessionStatusText().contains(u"401"_s));
    QVERIFY(testsupport::saveScreenshot(dialog, u"context-file-ended"_s));

    QTest::mouseClick(findNamed<QPushButton>(dialog, u"reopenSessionButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->sessionState() != ui::ContextFileDialog::SessionState::Busy,
                             StepTimeoutMs);
    QVERIFY2(dialog->sessionState() == ui::ContextFileDialog::SessionState::Alive,
             qPrintable(dialog->sessionStatusText()));
    const onboarding::SessionContext reopened = dialog->context();
    QVERIFY(reopened.sessionToken != context.sessionToken);
    QVERIFY(reopened.expiry().isValid());
    QVERIFY(testsupport::saveScreenshot(dialog, u"context-file-reopened"_s));

    // Save as profile: the passphrase file is new, then the profile opens.
    auto *name = findNamed<QLineEdit>(dialog, u"profileNameEdit"_s);
    QVERIFY(name->text().contains(context.user.displayName));
    QTest::mouseClick(findNamed<QPushButton>(dialog, u"saveProfileButton"_s), Qt::LeftButton);
    confirmNewPassphrase();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog, StepTimeoutMs);
    ui::MainWindow *window = waitForMainWindow(1);
    QVERIFY(window);
    QVERIFY(!window->profileId().isEmpty());
    QCOMPARE(window->context().sessionToken, reopened.sessionToken);
    sendGetUser(window, context);
}

void TestProfilesE2E::brokenContextFileChangesNothing_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("problem");

    QTest::newRow("not JSON") << "api_key = sandbox_123"_ba << u"not valid JSON"_s;
    QTest::newRow("truncated") << "{\n    \"api_key\": \"sandbox_1234\",\n    \"installation_c"_ba
                               << u"not valid JSON"_s;
    QTest::newRow("foreign JSON") << "{\"name\": \"my-app\", \"version\": \"1.0.0\"}"_ba
                                  << u"does not look like"_s;
    QTest::newRow("empty") << QByteArray() << u"empty"_s;
}

void TestProfilesE2E::brokenContextFileChangesNothing()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, problem);

    const storage::Profile seeded = seedProfile(u"Kept"_s);
    QVERIFY(!seeded.id.isEmpty());
    const QMap<QString, QByteArray> before = snapshotFolder(m_dir->path());
    const QString path = m_dir->filePath(u"broken.conf"_s);
    QVERIFY(writeFile(path, bytes));

    createShell(m_dir->path());
    m_shell->start(path);
    ui::ContextFileDialog *dialog = m_shell->contextFileDialog();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QVERIFY(!dialog->hasContext());
    QVERIFY2(dialog->errorText().contains(path), qPrintable(dialog->errorText()));
    QVERIFY2(dialog->errorText().contains(problem), qPrintable(dialog->errorText()));
    QVERIFY(findNamed<QLabel>(dialog, u"unchangedNote"_s)->isVisible());
    QVERIFY(!findNamed<QGroupBox>(dialog, u"saveBox"_s)->isVisible());
    if (QByteArray(QTest::currentDataTag()) == "truncated")
        QVERIFY(testsupport::saveScreenshot(dialog, u"context-file-error"_s));

    // The profile list is there as before, and nothing on disk changed.
    QVERIFY(m_shell->profileList());
    QCOMPARE(m_shell->profileList()->model()->rowCount(), 1);
    QMap<QString, QByteArray> after = snapshotFolder(m_dir->path());
    after.remove(path);
    QCOMPARE(after, before);
}

void TestProfilesE2E::exportWritesOwnerOnlyFileThatReimports()
{
    const storage::Profile seeded = seedProfile(u"Exported"_s);
    QVERIFY(!seeded.id.isEmpty());
    createShell(m_dir->path());
    m_shell->start();
    ui::ProfileListDialog *list = m_shell->profileList();
    QVERIFY(list);

    QTest::mouseClick(findNamed<QPushButton>(list, u"exportButton"_s), Qt::LeftButton);
    answerPassphrase(Passphrase);
    QTRY_VERIFY_WITH_TIMEOUT(m_shell->exportDialog(), StepTimeoutMs);
    QPointer<ui::ExportContextDialog> dialog = m_shell->exportDialog();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QVERIFY2(dialog->warningText().contains(u"full access"_s), qPrintable(dialog->warningText()));
    QVERIFY(findNamed<QLabel>(dialog, u"exportWarning"_s)->isVisible());

    // Export stays disabled until the warning is confirmed.
    auto *buttons = dialog->findChild<QDialogButtonBox *>();
    QAbstractButton *exportButton = buttons->button(QDialogButtonBox::Save);
    QVERIFY(!exportButton->isEnabled());
    const QString path = m_dir->filePath(u"exported/bunq.conf"_s);
    QVERIFY(QDir().mkpath(m_dir->filePath(u"exported"_s)));
    dialog->setFileName(path);
    QTest::mouseClick(findNamed<QCheckBox>(dialog, u"understoodCheck"_s), Qt::LeftButton);
    QVERIFY(exportButton->isEnabled());
    QVERIFY(testsupport::saveScreenshot(dialog, u"export-warning"_s));
    QTest::mouseClick(exportButton, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog, StepTimeoutMs);

    QVERIFY(QFile::exists(path));
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup
        | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::WriteOther
        | QFileDevice::ExeOther | QFileDevice::ExeOwner;
    const QFileDevice::Permissions permissions = QFile::permissions(path);
    QVERIFY(permissions.testFlag(QFileDevice::ReadOwner));
    QVERIFY(permissions.testFlag(QFileDevice::WriteOwner));
    QCOMPARE(permissions & others, QFileDevice::Permissions());

    // A fresh store reads it back and opens it.
    QTemporaryDir fresh;
    QVERIFY(fresh.isValid());
    createShell(fresh.path());
    m_shell->start(path);
    QPointer<ui::ContextFileDialog> import = m_shell->contextFileDialog();
    QVERIFY(import);
    QVERIFY2(import->hasContext(), qPrintable(import->errorText()));
    findNamed<QComboBox>(import, u"targetCombo"_s)->setCurrentIndex(1);
    QTest::mouseClick(findNamed<QPushButton>(import, u"checkSessionButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(import->sessionState() != ui::ContextFileDialog::SessionState::Busy,
                             StepTimeoutMs);
    QCOMPARE(import->sessionState(), ui::ContextFileDialog::SessionState::Alive);
    QTest::mouseClick(findNamed<QPushButton>(import, u"saveProfileButton"_s), Qt::LeftButton);
    confirmNewPassphrase();
    ui::MainWindow *window = waitForMainWindow(1);
    QVERIFY(window);
    QCOMPARE(storage::ProfileStore(profileFolder(fresh.path())).list().profiles.size(), 1);
    onboarding::SessionContext expected;
    expected.user = seeded.user;
    sendGetUser(window, expected);
}

void TestProfilesE2E::sessionClosesAndReopensFromPanel()
{
    const storage::Profile seeded = seedProfile(u"Lifecycle"_s);
    QVERIFY(!seeded.id.isEmpty());
    createShell(m_dir->path());
    m_shell->start();
    m_shell->openProfile(seeded.id);
    answerPassphrase(Passphrase);
    ui::MainWindow *window = waitForMainWindow(1);
    QVERIFY(window);
    ui::SessionPanel *panel = window->sessionPanel();
    QVERIFY(findNamed<QWidget>(panel, u"sessionControls"_s)->isVisible());
    QVERIFY(panel->countdownText().startsWith(u"expires in"_s));
    QVERIFY(findNamed<QLabel>(panel, u"proxyLabel"_s)->text().contains(u"none"_s));
    QVERIFY(findNamed<QLabel>(panel, u"deviceLabel"_s)->text().contains(u"this IP only"_s));

    // Keep-alive is remembered per profile.
    QTest::mouseClick(findNamed<QCheckBox>(panel, u"keepAliveCheck"_s), Qt::LeftButton);
    QVERIFY(window->sessionKeeper()->keepAlive());
    QVERIFY(QSettings().value(u"profiles/%1/keepAlive"_s.arg(seeded.id)).toBool());

    // Close Session: DELETE /v1/session, and the profile is saved without the token.
    QTest::mouseClick(findNamed<QPushButton>(panel, u"closeSessionButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!window->context().hasSession(), StepTimeoutMs);
    QCOMPARE(window->sessionKeeper()->state(), session::SessionKeeper::State::Closed);
    QVERIFY(panel->sessionStateText().contains(u"closed"_s));
    QCOMPARE(panel->countdownText(), u"no session"_s);
    QVERIFY(testsupport::saveScreenshot(window, u"main-window-closed-session"_s));
    storage::ProfileStore store(profileFolder(m_dir->path()));
    QTRY_COMPARE_WITH_TIMEOUT(store.load(seeded.id).value().sessionId, qint64(0), StepTimeoutMs);

    // Open New Session: a new token, saved at once, and calls work again.
    shiftKeeperClock(window);
    QTest::mouseClick(findNamed<QPushButton>(panel, u"openSessionButton"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(window->sessionKeeper()->state(),
                              session::SessionKeeper::State::Alive, StepTimeoutMs);
    QVERIFY(window->context().hasSession());
    QTRY_VERIFY_WITH_TIMEOUT(store.load(seeded.id).value().sessionId != 0, StepTimeoutMs);
    onboarding::SessionContext expected;
    expected.user = seeded.user;
    sendGetUser(window, expected);
}

void TestProfilesE2E::stoppedRenewalOffersNewSandboxUser()
{
    const storage::Profile seeded = seedProfile(u"Reset"_s);
    QVERIFY(!seeded.id.isEmpty());
    createShell(m_dir->path());
    m_shell->start();
    m_shell->openProfile(seeded.id);
    answerPassphrase(Passphrase);
    ui::MainWindow *window = waitForMainWindow(1);
    QVERIFY(window);

    // A sandbox reset deletes the user. The call meets a dead session and the new session is
    // rejected, so renewal stops with an explanation and the way out.
    m_sandbox->reset();
    shiftKeeperClock(window);
    ui::RequestConsole *console = window->console();
    QSignalSpy resultReady(console, &ui::RequestConsole::resultReady);
    console->setRequest("GET", u"user"_s);
    console->send();
    QVERIFY(resultReady.wait(StepTimeoutMs));
    QTRY_COMPARE_WITH_TIMEOUT(window->sessionKeeper()->state(),
                              session::SessionKeeper::State::Stopped, StepTimeoutMs);
    ui::SessionPanel *panel = window->sessionPanel();
    QVERIFY(!panel->renewalStoppedText().isEmpty());
    auto *wayOut = findNamed<QPushButton>(panel, u"newCredentialsButton"_s);
    QVERIFY(wayOut->isVisible());
    QVERIFY(wayOut->text().remove(u'&').contains(u"Sandbox User"_s));
    QVERIFY(testsupport::saveScreenshot(window, u"main-window-renewal-stopped"_s));

    // The wizard runs again and its session replaces the one of this profile.
    QTest::mouseClick(wayOut, Qt::LeftButton);
    QVERIFY(m_shell->wizard()->isVisible());
    runWizardToSession();
    const onboarding::SessionContext renewed = m_shell->wizard()->sessionContext();
    finishWizard();
    QTRY_VERIFY_WITH_TIMEOUT(m_shell->windowOfProfile(seeded.id)
                                 && m_shell->windowOfProfile(seeded.id)->context().sessionToken
                                     == renewed.sessionToken,
                             StepTimeoutMs);
    window = m_shell->windowOfProfile(seeded.id);
    QCOMPARE(m_shell->mainWindows().size(), 1);
    QCOMPARE(window->profileName(), u"Reset"_s);
    QVERIFY(!m_shell->saveProfileDialog());
    storage::ProfileStore store(profileFolder(m_dir->path()));
    QCOMPARE(store.load(seeded.id).value().user.id, renewed.user.id);
    sendGetUser(window, renewed);
}

QTEST_MAIN(TestProfilesE2E)
#include "tst_profiles_e2e.moc"
