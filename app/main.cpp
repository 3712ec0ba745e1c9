// SPDX-License-Identifier: GPL-3.0-or-later
#include "LocalSandbox.h"
#include "i18n/LanguageManager.h"
#include "platform/DesktopIntegration.h"
#include "shell/AppShell.h"
#include "wizard/OnboardingWizard.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QNetworkAccessManager>

#include <cstdio>
#include <optional>

using namespace Qt::StringLiterals;
using studio::api::ApiEnvironment;

namespace {

std::optional<ApiEnvironment::Kind> environmentKindFromName(const QString &name)
{
    if (name == u"local")
        return ApiEnvironment::Kind::LocalSandbox;
    if (name == u"sandbox")
        return ApiEnvironment::Kind::Sandbox;
    if (name == u"production")
        return ApiEnvironment::Kind::Production;
    return std::nullopt;
}

// Parses the command line and returns the environment to preselect. --lang switches the
// interface language at once. --help and --version exit here. An invalid option prints why and
// returns nothing.
std::optional<ApiEnvironment::Kind> parseCommandLine(const QApplication &app,
                                                     studio::ui::LanguageManager &languages)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "Opens a bunq API session step by step and shows every request on the wire."));
    parser.addHelpOption();
    parser.addVersionOption();

    const QCommandLineOption environmentOption(
        u"environment"_s,
        QApplication::translate("main", "Preselects the environment on the first page: local "
                                        "(the built-in sandbox, the default), sandbox or "
                                        "production."),
        u"name"_s, u"local"_s);
    parser.addOption(environmentOption);
    const QCommandLineOption languageOption(
        u"lang"_s,
        QApplication::translate("main", "Sets the interface language for this run: en "
                                        "(English), nl (Dutch) or de (German). Without it, the "
                                        "language chosen in the app applies, else the system's."),
        u"code"_s);
    parser.addOption(languageOption);
    studio::ui::addDesktopOptions(parser);
    parser.process(app);
    if (!studio::ui::applyDesktopOptions(parser))
        return std::nullopt;

    if (parser.isSet(languageOption)) {
        const QString code = parser.value(languageOption);
        const std::optional<studio::ui::Language> language = studio::ui::languageFromCode(code);
        if (!language) {
            const QString message =
                QApplication::translate("main", "Invalid --lang \"%1\": use en, nl or de.\n")
                    .arg(code);
            std::fputs(qPrintable(message), stderr);
            return std::nullopt;
        }
        languages.applyForThisRun(*language);
    }

    const QString name = parser.value(environmentOption);
    const std::optional<ApiEnvironment::Kind> kind = environmentKindFromName(name);
    if (!kind) {
        const QString message =
            QApplication::translate("main", "Invalid --environment \"%1\": use local, sandbox "
                                            "or production.\n")
                .arg(name);
        std::fputs(qPrintable(message), stderr);
    }
    return kind;
}

} // namespace

int main(int argc, char *argv[])
{
    studio::ui::prepareApplication(argc, argv);
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"bunq Session Studio"_s);
    QApplication::setOrganizationName(u"bunq Session Studio"_s);
    QApplication::setApplicationVersion(QStringLiteral(STUDIO_VERSION));
    studio::ui::setUpDesktopIntegration();

    // The saved or the system's language applies first, so --help is translated too.
    studio::ui::LanguageManager languages;
    languages.applySavedChoice();

    const std::optional<ApiEnvironment::Kind> environmentKind = parseCommandLine(app, languages);
    if (!environmentKind)
        return 2;

    QNetworkAccessManager network;
    studio::ui::AppShell shell(&network);
    shell.setLanguageManager(&languages);
    studio::ui::OnboardingWizard *wizard = shell.wizard();
    wizard->setEnvironmentKind(*environmentKind);
    QObject::connect(wizard, &QWizard::rejected, &app, &QApplication::quit);

    // The local sandbox always starts, so choosing it on the first page needs no wait later.
    // It listens on loopback only.
    studio::sandbox::SandboxThread sandbox;
    QObject::connect(&sandbox, &studio::sandbox::SandboxThread::started, wizard,
                     &studio::ui::OnboardingWizard::setLocalSandboxUrl);
    QObject::connect(&sandbox, &studio::sandbox::SandboxThread::failed, wizard,
                     &studio::ui::OnboardingWizard::setLocalSandboxError);
    // Its control interface, on another free loopback port, feeds the local sandbox panel.
    sandbox.enableControl(0);
    QObject::connect(&sandbox, &studio::sandbox::SandboxThread::started, &shell,
                     [&shell, &sandbox] { shell.setLocalSandboxControlUrl(sandbox.controlUrl()); });
    sandbox.start();

    shell.showWizard();
    return app.exec();
}
