// SPDX-License-Identifier: GPL-3.0-or-later
// bunq-session: the command-line companion of bunq Session Studio. It opens, checks, uses and
// closes bunq API sessions for scripts, support and benchmarks, with core's client and no
// widgets.

#include "CommandLine.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTimer>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);

    // The desktop app's names, so that the default profile folder is the app's.
    QCoreApplication::setApplicationName(u"bunq Session Studio"_s);
    QCoreApplication::setOrganizationName(u"bunq Session Studio"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(STUDIO_VERSION));

    // core's informational log lines would mix with the progress lines on standard error;
    // QT_LOGGING_RULES can turn them back on, because it overrides these rules.
    QLoggingCategory::setFilterRules(u"studio.*.debug=false\nstudio.*.info=false"_s);

    studio::cli::CommandLine commandLine;
    const auto parsed = commandLine.parse(QCoreApplication::arguments(), &app);
    if (const int *exitCode = std::get_if<int>(&parsed))
        return *exitCode;

    studio::cli::Command *command = std::get<studio::cli::Command *>(parsed);
    QObject::connect(command, &studio::cli::Command::finished, &app,
                     [](int exitCode) { QCoreApplication::exit(exitCode); });
    QTimer::singleShot(0, command, &studio::cli::Command::start);
    return QCoreApplication::exec();
}
