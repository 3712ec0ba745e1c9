// SPDX-License-Identifier: GPL-3.0-or-later
// Drives the onboarding wizard by objectName against a local sandbox on 127.0.0.1, through to
// a signed request from the main window. With STUDIO_SCREENSHOT_DIR set, every page is also
// saved there as a PNG.
#include "LocalSandbox.h"
#include "i18n/LanguageManager.h"
#include "main/MainWindow.h"
#include "main/RequestConsole.h"
#include "main/SessionPanel.h"
#include "onboarding/ResponseParsers.h"
#include "platform/ColorScheme.h"
#include "shell/AppShell.h"
#include "widgets/ExchangeView.h"
#include "widgets/SecretField.h"
#include "wizard/DevicePage.h"
#include "wizard/FlowController.h"
#include "wizard/OnboardingWizard.h"
#include "wizard/StepPage.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace studio;
using ui::OnboardingWizard;
using ui::StepPage;

namespace {

// Key generation and each call to the local sandbox usually finish within a second. The margin
// covers slow, shared CI machines.
constexpr int StepTimeoutMs = 20000;

// Well-formed for a sandbox, but no sandbox user has it.
const QString UnknownSandboxKey = u"sandbox_"_s + QString(56, u'0');
const QString ProductionLookingKey = QString(64, u'a');
const QString CredentialsIncorrect = u"User credentials are incorrect."_s;

template <typename T>
T *findNamed(const QObject *parent, const QString &name)
{
    return parent->findChild<T *>(name);
}

QString withoutMnemonic(QString text)
{
    return text.remove(u'&');
}

// STUDIO_LANGUAGE=nl or de runs the wizard in that language, for screenshots in each.
ui::Language interfaceLanguage()
{
    return ui::languageFromCode(qEnvironmentVariable("STUDIO_LANGUAGE"))
        .value_or(ui::Language::English);
}

} // namespace

class TestWizardE2E : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void onboardingOpensWorkingMainWindow();
    void nextWaitsForLocalSandbox();
    void apiKeyMismatchBlocksNext_data();
    void apiKeyMismatchBlocksNext();
    void deviceRetryKeepsInstallation();
    void cancelAsksOnceInstalled();
    void environmentChangeResetsSteps();
    void newKeyPairResetsInstallation();
    void newDescriptionResetsDevice();
    void permittedIpList_data();
    void permittedIpList();
    void ipv6AddressBlocksDeviceRun();

private:
    OnboardingWizard *wizard() const { return m_shell->wizard(); }
    QWizardPage *page(OnboardingWizard::PageId id) const { return wizard()->page(id); }
    StepPage *stepPage(OnboardingWizard::PageId id) const;
    QAbstractButton *nextButton() const { return wizard()->button(QWizard::NextButton); }

    void clickNext(OnboardingWizard::PageId expected);
    void clickBack(OnboardingWizard::PageId expected);
    void goToApiKeyPage(const QString &environmentRadio);
    void createSandboxUser();
    void waitForStep(OnboardingWizard::PageId id, StepPage::State expected);
    void saveScreenshot(QWidget *widget, const QString &name);

    QTemporaryDir m_settingsDir;
    std::unique_ptr<ui::ColorSchemeController> m_colorScheme;
    std::unique_ptr<ui::LanguageManager> m_languages;
    std::unique_ptr<sandbox::SandboxThread> m_sandbox;
    QUrl m_sandboxUrl;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ui::AppShell> m_shell;
};

void TestWizardE2E::initTestCase()
{
    // The shell saves window sizes through QSettings; they go to a temporary folder.
    QVERIFY(m_settingsDir.isValid());
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());

    // STUDIO_COLOR_SCHEME=dark or light draws every page in that scheme, for screenshots.
    const QString scheme = qEnvironmentVariable("STUDIO_COLOR_SCHEME");
    if (const auto preference = ui::colorSchemePreferenceFromName(scheme))
        m_colorScheme = std::make_unique<ui::ColorSchemeController>(*preference);

    m_languages = std::make_unique<ui::LanguageManager>();
    m_languages->applyForThisRun(interfaceLanguage());
}

void TestWizardE2E::init()
{
    QSettings().clear();
    m_sandbox = std::make_unique<sandbox::SandboxThread>();
    QSignalSpy started(m_sandbox.get(), &sandbox::SandboxThread::started);
    QSignalSpy failed(m_sandbox.get(), &sandbox::SandboxThread::failed);
    m_sandbox->start();
    QTRY_VERIFY_WITH_TIMEOUT(!started.isEmpty() || !failed.isEmpty(), StepTimeoutMs);
    QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
    m_sandboxUrl = started.first().first().toUrl();
    QCOMPARE(m_sandboxUrl.host(), u"127.0.0.1"_s);

    m_network = std::make_unique<QNetworkAccessManager>();
    m_shell = std::make_unique<ui::AppShell>(m_network.get());
    m_shell->setLanguageManager(m_languages.get());
    wizard()->setLocalSandboxUrl(m_sandboxUrl);
    m_shell->showWizard();
    QVERIFY(QTest::qWaitForWindowExposed(wizard()));
    QCOMPARE(wizard()->currentId(), int(OnboardingWizard::EnvironmentPageId));
}

void TestWizardE2E::cleanup()
{
    m_shell.reset();
    m_network.reset();
    m_sandbox.reset();
}

StepPage *TestWizardE2E::stepPage(OnboardingWizard::PageId id) const
{
    return qobject_cast<StepPage *>(page(id));
}

void TestWizardE2E::clickNext(OnboardingWizard::PageId expected)
{
    QTRY_VERIFY_WITH_TIMEOUT(nextButton()->isEnabled(), StepTimeoutMs);
    nextButton()->click();
    QCOMPARE(wizard()->currentId(), int(expected));
}

void TestWizardE2E::clickBack(OnboardingWizard::PageId expected)
{
    QAbstractButton *back = wizard()->button(QWizard::BackButton);
    QVERIFY(back->isEnabled());
    back->click();
    QCOMPARE(wizard()->currentId(), int(expected));
}

void TestWizardE2E::goToApiKeyPage(const QString &environmentRadio)
{
    auto *radio = findNamed<QRadioButton>(page(OnboardingWizard::EnvironmentPageId),
                                          environmentRadio);
    QVERIFY(radio);
    radio->click();
    QVERIFY(radio->isChecked());
    auto *description = findNamed<QLineEdit>(wizard(), u"deviceDescriptionEdit"_s);
    QVERIFY(description);
    QVERIFY(!description->text().isEmpty());
    // "localSandboxRadio" becomes "01-environment-localSandbox".
    saveScreenshot(wizard(), u"01-environment-"_s + environmentRadio.chopped(5));
    clickNext(OnboardingWizard::KeyPairPageId);
    if (QTest::currentTestFailed())
        return;

    QWizardPage *keyPage = page(OnboardingWizard::KeyPairPageId);
    auto *fingerprint = findNamed<QLabel>(keyPage, u"fingerprintLabel"_s);
    auto *publicKey = findNamed<QPlainTextEdit>(keyPage, u"publicKeyView"_s);
    QVERIFY(fingerprint);
    QVERIFY(publicKey);
    QTRY_VERIFY_WITH_TIMEOUT(keyPage->isComplete(), StepTimeoutMs);
    // 32 bytes as upper-case hex pairs joined by colons.
    QCOMPARE(fingerprint->text().size(), 32 * 3 - 1);
    QCOMPARE(fingerprint->text().count(u':'), 31);
    QVERIFY(publicKey->toPlainText().startsWith(u"-----BEGIN PUBLIC KEY-----"_s));
    QVERIFY(publicKey->isReadOnly());
    QVERIFY(!findNamed<QWidget>(keyPage, u"keyProgress"_s)->isVisible());
    saveScreenshot(wizard(), u"02-key-pair"_s);

    clickNext(OnboardingWizard::ApiKeyPageId);
}

void TestWizardE2E::createSandboxUser()
{
    QWizardPage *apiKeyPage = page(OnboardingWizard::ApiKeyPageId);
    auto *person = findNamed<QRadioButton>(apiKeyPage, u"personRadio"_s);
    auto *create = findNamed<QPushButton>(apiKeyPage, u"createUserButton"_s);
    auto *keyEdit = findNamed<QLineEdit>(apiKeyPage, u"apiKeyEdit"_s);
    auto *exchange = findNamed<ui::ExchangeView>(apiKeyPage, u"sandboxUserExchange"_s);
    QVERIFY(person);
    QVERIFY(create);
    QVERIFY(keyEdit);
    QVERIFY(exchange);
    QVERIFY(create->isVisible());

    person->click();
    QSignalSpy finished(wizard()->controller(), &ui::FlowController::stepFinished);
    QTest::mouseClick(create, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), StepTimeoutMs);

    QVERIFY2(keyEdit->text().startsWith(u"sandbox_"_s), qPrintable(exchange->errorText()));
    QCOMPARE(keyEdit->echoMode(), QLineEdit::Password);
    QVERIFY(exchange->summaryText().contains(u"sandbox-user-person"_s));
    QVERIFY(exchange->errorText().isEmpty());
    QVERIFY(apiKeyPage->isComplete());
}

void TestWizardE2E::waitForStep(OnboardingWizard::PageId id, StepPage::State expected)
{
    StepPage *step = stepPage(id);
    QVERIFY(step);
    QTRY_VERIFY_WITH_TIMEOUT(step->state() != StepPage::State::Running, StepTimeoutMs);
    auto *status = findNamed<QLabel>(step, u"statusLabel"_s);
    QVERIFY2(step->state() == expected, qPrintable(status->text()));
}

void TestWizardE2E::saveScreenshot(QWidget *widget, const QString &name)
{
    const QString directory = qEnvironmentVariable("STUDIO_SCREENSHOT_DIR");
    if (directory.isEmpty())
        return;

    QDir().mkpath(directory);
    // Layouts settle through posted events, and grab() paints what is laid out right now.
    QApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    const QString path = QDir(directory).filePath(name + u".png"_s);
    QVERIFY2(widget->grab().save(path), qPrintable(path));
}

void TestWizardE2E::onboardingOpensWorkingMainWindow()
{
    goToApiKeyPage(u"localSandboxRadio"_s);
    createSandboxUser();
    saveScreenshot(wizard(), u"03-api-key"_s);

    // Installation runs on entering the page.
    clickNext(OnboardingWizard::InstallationPageId);
    waitForStep(OnboardingWizard::InstallationPageId, StepPage::State::Succeeded);
    QWizardPage *installation = page(OnboardingWizard::InstallationPageId);
    auto *installationToken = findNamed<ui::SecretField>(installation, u"installationTokenField"_s);
    QVERIFY(installationToken);
    QVERIFY(!installationToken->secret().isEmpty());
    QVERIFY(!installationToken->displayedText().contains(
        QString::fromLatin1(installationToken->secret())));
    auto *serverKey = findNamed<QLabel>(installation, u"serverKeyFingerprintLabel"_s);
    QCOMPARE(serverKey->text().count(u':'), 31);
    saveScreenshot(wizard(), u"04-installation"_s);

    // The device page waits for the IP choice.
    clickNext(OnboardingWizard::DevicePageId);
    StepPage *device = stepPage(OnboardingWizard::DevicePageId);
    QCOMPARE(device->state(), StepPage::State::Idle);
    QVERIFY(!nextButton()->isEnabled());
    findNamed<QRadioButton>(device, u"thisIpRadio"_s)->click();
    QTest::mouseClick(findNamed<QPushButton>(device, u"runButton"_s), Qt::LeftButton);
    waitForStep(OnboardingWizard::DevicePageId, StepPage::State::Succeeded);
    const QString deviceId = findNamed<QLabel>(device, u"deviceIdLabel"_s)->text();
    QVERIFY(deviceId.toLongLong() > 0);
    QVERIFY(wizard()->controller()->context().permittedIps.isEmpty());
    saveScreenshot(wizard(), u"05-device"_s);

    // The session starts on entering the page.
    clickNext(OnboardingWizard::SessionPageId);
    waitForStep(OnboardingWizard::SessionPageId, StepPage::State::Succeeded);
    const onboarding::SessionContext context = wizard()->sessionContext();
    QVERIFY(context.hasSession());
    QVERIFY(!context.user.displayName.isEmpty());
    QWizardPage *session = page(OnboardingWizard::SessionPageId);
    QCOMPARE(findNamed<QLabel>(session, u"userNameLabel"_s)->text(), context.user.displayName);
    QCOMPARE(findNamed<QLabel>(session, u"userIdLabel"_s)->text(),
             QString::number(context.user.id));
    QVERIFY(findNamed<QLabel>(session, u"userKindLabel"_s)->text().contains(u"UserPerson"_s));
    QVERIFY(findNamed<QLabel>(session, u"expiryUtcLabel"_s)->text().endsWith(u"UTC"_s));
    QVERIFY(!findNamed<QLabel>(session, u"expiryLocalLabel"_s)->text().isEmpty());
    QCOMPARE(findNamed<ui::SecretField>(session, u"sessionTokenField"_s)->secret(),
             context.sessionToken);
    saveScreenshot(wizard(), u"06-session"_s);

    QSignalSpy sessionReady(wizard(), &OnboardingWizard::sessionReady);
    QSignalSpy mainWindowShown(m_shell.get(), &ui::AppShell::mainWindowShown);
    QAbstractButton *finish = wizard()->button(QWizard::FinishButton);
    QVERIFY(finish->isEnabled());
    finish->click();
    QCOMPARE(sessionReady.count(), 1);
    QCOMPARE(mainWindowShown.count(), 1);

    ui::MainWindow *window = m_shell->mainWindow();
    QVERIFY(window);
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QVERIFY(!wizard()->isVisible());

    ui::RequestConsole *console = window->console();
    auto *method = findNamed<QComboBox>(console, u"methodCombo"_s);
    auto *path = findNamed<QLineEdit>(console, u"pathEdit"_s);
    auto *send = findNamed<QPushButton>(console, u"sendButton"_s);
    QVERIFY(method);
    QVERIFY(path);
    QVERIFY(send);
    method->setCurrentIndex(method->findText(u"GET"_s));
    QCOMPARE(method->currentText(), u"GET"_s);
    path->clear();
    QTest::keyClicks(path, u"user"_s);

    QSignalSpy resultReady(console, &ui::RequestConsole::resultReady);
    QTest::mouseClick(send, Qt::LeftButton);
    QVERIFY(resultReady.wait(StepTimeoutMs));

    const api::ApiResult result = console->lastResult();
    QVERIFY2(result.ok(), qPrintable(result.error ? result.error->summary() : QString()));
    QCOMPARE(result.exchange.status, 200);
    QCOMPARE(result.exchange.serverSignature, api::SignatureVerdict::Valid);
    QVERIFY(!result.items.isEmpty());
    const auto user = onboarding::parseWrappedUser(result.items.first().toObject());
    QVERIFY2(user.ok(), qPrintable(user.ok() ? QString() : user.error()));
    QCOMPARE(user.value().id, context.user.id);
    QCOMPARE(user.value().displayName, context.user.displayName);

    auto *consoleExchange = findNamed<ui::ExchangeView>(console, u"consoleExchange"_s);
    QVERIFY(consoleExchange);
    QVERIFY(consoleExchange->summaryText().contains(u"200"_s));

    bool panelShowsUser = false;
    const auto labels = window->sessionPanel()->findChildren<QLabel *>();
    for (const QLabel *label : labels)
        panelShowsUser = panelShowsUser || label->text().contains(context.user.displayName);
    QVERIFY(panelShowsUser);
    saveScreenshot(window, u"07-main-window"_s);
}

void TestWizardE2E::nextWaitsForLocalSandbox()
{
    ui::AppShell shell(m_network.get());
    shell.showWizard();
    QVERIFY(QTest::qWaitForWindowExposed(shell.wizard()));
    QAbstractButton *next = shell.wizard()->button(QWizard::NextButton);
    auto *status = findNamed<QLabel>(shell.wizard(), u"localSandboxStatus"_s);
    QVERIFY(status);

    QVERIFY(findNamed<QRadioButton>(shell.wizard(), u"localSandboxRadio"_s)->isChecked());
    QVERIFY(!next->isEnabled());
    QVERIFY(status->text().contains(u"starting"_s));

    shell.wizard()->setLocalSandboxUrl(m_sandboxUrl);
    QVERIFY(next->isEnabled());
    QVERIFY(status->text().contains(m_sandboxUrl.toDisplayString()));
}

void TestWizardE2E::apiKeyMismatchBlocksNext_data()
{
    QTest::addColumn<QString>("environmentRadio");
    QTest::addColumn<QString>("apiKey");
    QTest::addColumn<bool>("blocked");
    QTest::addColumn<QString>("fix");

    const QString sandboxKey = u"sandbox_"_s + QString(56, u'3');
    QTest::newRow("production key in local sandbox")
        << u"localSandboxRadio"_s << ProductionLookingKey << true << u"\"sandbox_\""_s;
    QTest::newRow("sandbox key in production")
        << u"productionRadio"_s << sandboxKey << true << u"production key"_s;
    QTest::newRow("sandbox key in local sandbox")
        << u"localSandboxRadio"_s << sandboxKey << false << QString();
    QTest::newRow("production key in production")
        << u"productionRadio"_s << ProductionLookingKey << false << QString();
}

void TestWizardE2E::apiKeyMismatchBlocksNext()
{
    QFETCH(QString, environmentRadio);
    QFETCH(QString, apiKey);
    QFETCH(bool, blocked);
    QFETCH(QString, fix);

    goToApiKeyPage(environmentRadio);
    if (QTest::currentTestFailed())
        return;

    QWizardPage *apiKeyPage = page(OnboardingWizard::ApiKeyPageId);
    auto *keyEdit = findNamed<QLineEdit>(apiKeyPage, u"apiKeyEdit"_s);
    auto *problem = findNamed<QLabel>(apiKeyPage, u"apiKeyProblem"_s);
    QVERIFY(keyEdit);
    QVERIFY(problem);
    const bool sandbox = environmentRadio != u"productionRadio";
    QCOMPARE(findNamed<QWidget>(apiKeyPage, u"sandboxUserBox"_s)->isVisible(), sandbox);

    QSignalSpy stepStarted(wizard()->controller(), &ui::FlowController::stepStarted);
    QTest::keyClicks(keyEdit, apiKey);

    QCOMPARE(problem->isVisible(), blocked);
    QCOMPARE(nextButton()->isEnabled(), !blocked);
    if (!blocked)
        return;

    // The expected fix is worded in English.
    if (interfaceLanguage() == ui::Language::English)
        QVERIFY2(problem->text().contains(fix), qPrintable(problem->text()));
    saveScreenshot(wizard(), u"03-api-key-mismatch-"_s + environmentRadio.chopped(5));
    nextButton()->click();
    QCOMPARE(wizard()->currentId(), int(OnboardingWizard::ApiKeyPageId));
    QCOMPARE(stepStarted.count(), 0);
}

void TestWizardE2E::cancelAsksOnceInstalled()
{
    int questions = 0;
    bool answer = false;
    wizard()->setDiscardConfirmation([&] {
        ++questions;
        return answer;
    });
    goToApiKeyPage(u"localSandboxRadio"_s);
    QTest::keyClicks(findNamed<QLineEdit>(wizard(), u"apiKeyEdit"_s), UnknownSandboxKey);
    clickNext(OnboardingWizard::InstallationPageId);
    waitForStep(OnboardingWizard::InstallationPageId, StepPage::State::Succeeded);

    wizard()->button(QWizard::CancelButton)->click();
    QCOMPARE(questions, 1);
    QVERIFY(wizard()->isVisible());

    answer = true;
    wizard()->button(QWizard::CancelButton)->click();
    QCOMPARE(questions, 2);
    QVERIFY(!wizard()->isVisible());
}

void TestWizardE2E::deviceRetryKeepsInstallation()
{
    goToApiKeyPage(u"localSandboxRadio"_s);
    QTest::keyClicks(findNamed<QLineEdit>(wizard(), u"apiKeyEdit"_s), UnknownSandboxKey);

    clickNext(OnboardingWizard::InstallationPageId);
    waitForStep(OnboardingWizard::InstallationPageId, StepPage::State::Succeeded);
    ui::FlowController *controller = wizard()->controller();
    const QByteArray installationToken = controller->context().installationToken;
    QVERIFY(!installationToken.isEmpty());

    QSignalSpy stepStarted(controller, &ui::FlowController::stepStarted);
    QSignalSpy stepFinished(controller, &ui::FlowController::stepFinished);

    // The sandbox has no user with this key, so it returns bunq's 400 error.
    clickNext(OnboardingWizard::DevicePageId);
    StepPage *device = stepPage(OnboardingWizard::DevicePageId);
    auto *run = findNamed<QPushButton>(device, u"runButton"_s);
    QTest::mouseClick(run, Qt::LeftButton);
    waitForStep(OnboardingWizard::DevicePageId, StepPage::State::Failed);

    QCOMPARE(stepFinished.count(), 1);
    const auto outcome = stepFinished.first().first().value<onboarding::StepOutcome>();
    QVERIFY(outcome.result.error.has_value());
    QCOMPARE(outcome.result.error->httpStatus, 400);
    auto *status = findNamed<QLabel>(device, u"statusLabel"_s);
    QVERIFY2(status->text().contains(u"400"_s), qPrintable(status->text()));
    auto *exchange = findNamed<ui::ExchangeView>(device, u"exchangeView"_s);
    QVERIFY2(exchange->errorText().contains(CredentialsIncorrect),
             qPrintable(exchange->errorText()));
    QVERIFY(!findNamed<QLabel>(device, u"hintLabel"_s)->text().isEmpty());
    QCOMPARE(withoutMnemonic(run->text()), withoutMnemonic(StepPage::tr("&Retry")));
    QVERIFY(run->isEnabled());
    QVERIFY(!nextButton()->isEnabled());
    saveScreenshot(wizard(), u"05-device-failed"_s);

    // Fix the key two pages back. The installation stays as it is.
    clickBack(OnboardingWizard::InstallationPageId);
    clickBack(OnboardingWizard::ApiKeyPageId);
    createSandboxUser();
    clickNext(OnboardingWizard::InstallationPageId);
    QCOMPARE(stepPage(OnboardingWizard::InstallationPageId)->state(), StepPage::State::Succeeded);
    clickNext(OnboardingWizard::DevicePageId);
    QCOMPARE(device->state(), StepPage::State::Failed);

    QTest::mouseClick(run, Qt::LeftButton);
    waitForStep(OnboardingWizard::DevicePageId, StepPage::State::Succeeded);
    QVERIFY(exchange->errorText().isEmpty());
    QCOMPARE(controller->context().installationToken, installationToken);

    clickNext(OnboardingWizard::SessionPageId);
    waitForStep(OnboardingWizard::SessionPageId, StepPage::State::Succeeded);

    QList<onboarding::OnboardingStep> started;
    for (const QList<QVariant> &arguments : std::as_const(stepStarted))
        started << arguments.first().value<onboarding::OnboardingStep>();
    const QList<onboarding::OnboardingStep> expected = {
        onboarding::OnboardingStep::DeviceServer, onboarding::OnboardingStep::SandboxUser,
        onboarding::OnboardingStep::DeviceServer, onboarding::OnboardingStep::SessionServer};
    QCOMPARE(started, expected);
}

void TestWizardE2E::environmentChangeResetsSteps()
{
    goToApiKeyPage(u"localSandboxRadio"_s);
    createSandboxUser();
    clickNext(OnboardingWizard::InstallationPageId);
    waitForStep(OnboardingWizard::InstallationPageId, StepPage::State::Succeeded);
    const QString fingerprint = findNamed<QLabel>(wizard(), u"fingerprintLabel"_s)->text();

    clickBack(OnboardingWizard::ApiKeyPageId);
    clickBack(OnboardingWizard::KeyPairPageId);
    clickBack(OnboardingWizard::EnvironmentPageId);

    // Choosing bunq's sandbox only builds a new flow. No call leaves this machine before the
    // installation page, which this test does not enter.
    findNamed<QRadioButton>(wizard(), u"sandboxRadio"_s)->click();
    clickNext(OnboardingWizard::KeyPairPageId);
    QCOMPARE(findNamed<QLabel>(wizard(), u"fingerprintLabel"_s)->text(), fingerprint);
    clickNext(OnboardingWizard::ApiKeyPageId);

    ui::FlowController *controller = wizard()->controller();
    QCOMPARE(controller->environment().kind(), api::ApiEnvironment::Kind::Sandbox);
    QVERIFY(!controller->context().hasInstallation());
    QCOMPARE(stepPage(OnboardingWizard::InstallationPageId)->state(), StepPage::State::Idle);
    // The key came from the local sandbox, so bunq's sandbox would reject it.
    QVERIFY(findNamed<QLineEdit>(wizard(), u"apiKeyEdit"_s)->text().isEmpty());
    QVERIFY(!nextButton()->isEnabled());
}

void TestWizardE2E::newKeyPairResetsInstallation()
{
    goToApiKeyPage(u"localSandboxRadio"_s);
    createSandboxUser();
    clickNext(OnboardingWizard::InstallationPageId);
    waitForStep(OnboardingWizard::InstallationPageId, StepPage::State::Succeeded);
    auto *fingerprint = findNamed<QLabel>(wizard(), u"fingerprintLabel"_s);
    const QString oldFingerprint = fingerprint->text();

    clickBack(OnboardingWizard::ApiKeyPageId);
    clickBack(OnboardingWizard::KeyPairPageId);
    QCOMPARE(fingerprint->text(), oldFingerprint);
    QTest::mouseClick(findNamed<QPushButton>(wizard(), u"generateKeyButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(page(OnboardingWizard::KeyPairPageId)->isComplete(), StepTimeoutMs);
    QVERIFY(fingerprint->text() != oldFingerprint);
    QCOMPARE(stepPage(OnboardingWizard::InstallationPageId)->state(), StepPage::State::Idle);

    // The API key is kept, and the installation runs again under the new key.
    clickNext(OnboardingWizard::ApiKeyPageId);
    clickNext(OnboardingWizard::InstallationPageId);
    waitForStep(OnboardingWizard::InstallationPageId, StepPage::State::Succeeded);
    const onboarding::SessionContext context = wizard()->sessionContext();
    QCOMPARE(crypto::formatFingerprint(context.clientKey.publicKey().sha256Fingerprint()),
             fingerprint->text());
}

void TestWizardE2E::newDescriptionResetsDevice()
{
    goToApiKeyPage(u"localSandboxRadio"_s);
    createSandboxUser();
    clickNext(OnboardingWizard::InstallationPageId);
    waitForStep(OnboardingWizard::InstallationPageId, StepPage::State::Succeeded);
    clickNext(OnboardingWizard::DevicePageId);
    QTest::mouseClick(findNamed<QPushButton>(page(OnboardingWizard::DevicePageId), u"runButton"_s),
                      Qt::LeftButton);
    waitForStep(OnboardingWizard::DevicePageId, StepPage::State::Succeeded);

    clickBack(OnboardingWizard::InstallationPageId);
    clickBack(OnboardingWizard::ApiKeyPageId);
    clickBack(OnboardingWizard::KeyPairPageId);
    clickBack(OnboardingWizard::EnvironmentPageId);
    auto *description = findNamed<QLineEdit>(wizard(), u"deviceDescriptionEdit"_s);
    description->clear();
    QVERIFY(!nextButton()->isEnabled());
    QTest::keyClicks(description, u"studio test device"_s);

    clickNext(OnboardingWizard::KeyPairPageId);
    clickNext(OnboardingWizard::ApiKeyPageId);
    clickNext(OnboardingWizard::InstallationPageId);
    QCOMPARE(stepPage(OnboardingWizard::InstallationPageId)->state(), StepPage::State::Succeeded);
    clickNext(OnboardingWizard::DevicePageId);
    QCOMPARE(stepPage(OnboardingWizard::DevicePageId)->state(), StepPage::State::Idle);
    QVERIFY(findNamed<QLabel>(wizard(), u"deviceDescriptionLabel"_s)
                ->text()
                .contains(u"studio test device"_s));
}

void TestWizardE2E::permittedIpList_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QString>("problem");

    QTest::newRow("one address") << u"192.0.2.10"_s << QStringList{u"192.0.2.10"_s} << QString();
    QTest::newRow("commas and spaces")
        << u" 192.0.2.10,198.51.100.7  203.0.113.1 "_s
        << QStringList{u"192.0.2.10"_s, u"198.51.100.7"_s, u"203.0.113.1"_s} << QString();
    QTest::newRow("empty") << u" , "_s << QStringList() << u"at least one"_s;
    QTest::newRow("IPv6 address") << u"192.0.2.10, 2001:db8::1"_s << QStringList()
                                  << u"IPv6"_s;
    QTest::newRow("octet above 255") << u"192.0.2.300"_s << QStringList() << u"192.0.2.300"_s;
    QTest::newRow("leading zero") << u"010.0.0.1"_s << QStringList() << u"010.0.0.1"_s;
    QTest::newRow("zero octets allowed") << u"10.0.0.0"_s << QStringList{u"10.0.0.0"_s}
                                         << QString();
    QTest::newRow("three octets") << u"192.0.2"_s << QStringList() << u"not an IPv4"_s;
    QTest::newRow("host name") << u"example.com"_s << QStringList() << u"not an IPv4"_s;
    QTest::newRow("wildcard in list") << u"*"_s << QStringList() << u"wildcard"_s;
}

void TestWizardE2E::permittedIpList()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QFETCH(QString, problem);

    const Result<QStringList, QString> parsed = ui::parsePermittedIps(text);
    QCOMPARE(parsed.ok(), problem.isEmpty());
    if (parsed.ok())
        QCOMPARE(parsed.value(), expected);
    else
        QVERIFY2(parsed.error().contains(problem), qPrintable(parsed.error()));
}

void TestWizardE2E::ipv6AddressBlocksDeviceRun()
{
    QWizardPage *device = page(OnboardingWizard::DevicePageId);
    auto *ipList = findNamed<QLineEdit>(device, u"ipListEdit"_s);
    auto *run = findNamed<QPushButton>(device, u"runButton"_s);
    auto *ipProblem = findNamed<QLabel>(device, u"ipProblem"_s);
    QVERIFY(ipList);
    QVERIFY(run);
    QVERIFY(ipProblem);
    QVERIFY(run->isEnabled());

    QTest::keyClicks(ipList, u"2001:db8::1"_s);
    QVERIFY(findNamed<QRadioButton>(device, u"ipListRadio"_s)->isChecked());
    QVERIFY(ipProblem->text().contains(u"IPv4"_s));
    QVERIFY(!run->isEnabled());

    findNamed<QRadioButton>(device, u"wildcardRadio"_s)->click();
    QVERIFY(ipProblem->text().isEmpty());
    QVERIFY(run->isEnabled());
}

QTEST_MAIN(TestWizardE2E)
#include "tst_wizard_e2e.moc"
