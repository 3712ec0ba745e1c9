// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliOptions.h"
#include "Command.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QList>

#include <functional>
#include <variant>

namespace studio::cli {

// The command table of bunq-session and its parsing: "bunq-session <command> [options]",
// --help for the program and for each command, --version.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(studio::cli::CommandLine)

public:
    CommandLine();

    // Parses the arguments (the first is the program). Returns the command to start, or the
    // exit code when nothing is left to do: 0 after --help or --version, 2 for a usage error,
    // whose message has been printed.
    std::variant<Command *, int> parse(const QStringList &arguments, QObject *parent);

private:
    using Factory =
        std::function<Command *(const QCommandLineParser &, const CliOptions &, QObject *)>;

    struct Spec
    {
        QString name;
        QString summary;      // one line in the command list
        QStringList synopsis; // usage lines after "bunq-session <name> "
        QString description;  // paragraph in the command's --help
        QList<const QCommandLineOption *> options;
        QList<QPair<QString, QString>> arguments; // positional name and description
        QStringList examples;
        Factory create;
    };

    void addCommands();
    const Spec *find(const QString &name) const;
    QString programHelp() const;
    QString commandHelp(const Spec &spec);
    void setUpParser(const Spec &spec);
    int usageError(const QString &message, const QStringList &arguments) const;

    CliOptions m_options;
    QCommandLineOption m_help;
    QCommandLineParser m_parser;
    QList<Spec> m_specs;
};

// The exit codes as a paragraph of --help.
QString exitCodeHelp();

} // namespace studio::cli
