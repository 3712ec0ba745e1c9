// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliError.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace studio::cli {

// The output streams of bunq-session: results on standard output (text, or one JSON object with
// --json), and progress, warnings and errors on standard error. Secrets are masked unless --show-secrets.
class Output
{
public:
    Output() = default;
    Output(bool json, bool showSecrets, bool quiet);

    bool json() const { return m_json; }
    bool showsSecrets() const { return m_showSecrets; }

    // One progress line on standard error; nothing with --quiet.
    void progress(const QString &line) const;
    // A warning on standard error, even with --quiet.
    void warning(const QString &message) const;

    // The secret as it may be printed: masked like "sandbox_3f…c1a9" unless --show-secrets.
    QString secret(const QByteArray &value) const;

    // Prints a result: the lines as text, or the object with "ok" added as JSON. ok is false
    // for a result that ends with a non-zero exit code, such as a dead session.
    void result(QJsonObject json, const QStringList &lines, bool ok = true) const;
    // Prints bytes to standard output as they are.
    void raw(const QByteArray &bytes) const;
    // Prints the error on standard error, and with --json also as an object on standard output.
    void failure(const CliError &error) const;

private:
    bool m_json = false;
    bool m_showSecrets = false;
    bool m_quiet = false;
};

// Writes text to standard error with the program name in front, for errors found before any
// Output exists (while the command line is parsed).
void printError(const QString &message);

} // namespace studio::cli
