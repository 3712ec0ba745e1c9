// SPDX-License-Identifier: GPL-3.0-or-later
#include "LocalSandbox.h"
#include "i18n/LanguageManager.h"
#include "platform/DesktopIntegration.h"
#include "shell/AppShell.h"
#include "storage/ProfileStore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QNetworkAccessManager>
#include <QStandardPaths>

#include <cstdio>
#include <optional>

using namespace Qt::StringLiterals;
using studio::api::ApiEnvironment;

namespace {

// The choices made on the command line.
struct Options
{
    ApiEnvironment::Kind environmentKind = ApiEnvironment::Kind::LocalSandbox;
    QString contextFile; // empty when none was given
};

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

// Parses the command line: the environment to preselect and the context file to open. --lang
// switches the interface language at once. --help and --version exit here. An invalid option
// prints why and returns nothing.
std::optional<Options> parseCommandLine(const QApplication &app,
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
    parser.addPositionalArgument(
        u"file"_s,
        QApplication::translate("main", "A context file (bunq.conf) written by one of bunq's "
                                        "SDKs, to inspect and import."),
        u"[file]"_s);
    studio::ui::addDesktopOptions(parser);
    parser.process(app);
    if (!studio::ui::applyDesktopOptions(parser))
        return std::nullopt;

    Options options;
    const QStringList files = parser.positionalArguments();
    if (files.size() > 1) {
        const QString message =
            QApplication::translate("main", "Too many files: %1. Give one context file at "
                                            "most.\n")
                .arg(files.join(u", "_s));
        std::fputs(qPrintable(message), stderr);
        return std::nullopt;
    }
    if (!files.isEmpty())
        options.contextFile = files.first();

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
        return std::nullopt;
    }
    options.environmentKind = *kind;
    return options;
}

// Returns the local sandbox's options: its records are kept in the app's data folder, so the
// users, installations and devices behind local sandbox profiles outlive a restart. Sessions
// are not kept, so a profile's keeper opens a new one on its first call.
studio::sandbox::SandboxOptions localSandboxOptions()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(folder);
    studio::sandbox::SandboxOptions options;
    options.stateFile = QDir(folder).filePath(u"local-sandbox-state.json"_s);
    return options;
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

    const std::optional<Options> options = parseCommandLine(app, languages);
    if (!options)
        return 2;

    QNetworkAccessManager network;
    studio::ui::AppShell shell(&network);
    shell.setLanguageManager(&languages);
    shell.setEnvironmentKind(options->environmentKind);
    shell.setProfileStore(std::make_unique<studio::storage::ProfileStore>());
    // Dialogs close by hiding, which QApplication does not count as closing a window.
    QObject::connect(&shell, &studio::ui::AppShell::allWindowsClosed, &app, &QApplication::quit);

    // The local sandbox always starts, so choosing it on the first page needs no wait later.
    // It listens on loopback only.
    studio::sandbox::SandboxThread sandbox(localSandboxOptions());
    QObject::connect(&sandbox, &studio::sandbox::SandboxThread::started, &shell,
                     &studio::ui::AppShell::setLocalSandboxUrl);
    QObject::connect(&sandbox, &studio::sandbox::SandboxThread::failed, &shell,
                     &studio::ui::AppShell::setLocalSandboxError);
    // Its control interface, on another free loopback port, feeds the local sandbox panel.
    sandbox.enableControl(0);
    QObject::connect(&sandbox, &studio::sandbox::SandboxThread::started, &shell,
                     [&shell, &sandbox] { shell.setLocalSandboxControlUrl(sandbox.controlUrl()); });
    sandbox.start();

    shell.start(options->contextFile);
    return app.exec();
}
