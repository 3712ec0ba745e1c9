// SPDX-License-Identifier: GPL-3.0-or-later
#include "Output.h"

#include "api/Redaction.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace studio::cli {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(studio::cli::Output)
};

void write(std::FILE *stream, const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

void writeLine(std::FILE *stream, const QString &line)
{
    write(stream, line.toUtf8() + '\n');
}

} // namespace

Output::Output(bool json, bool showSecrets, bool quiet)
    : m_json(json)
    , m_showSecrets(showSecrets)
    , m_quiet(quiet)
{}

void Output::progress(const QString &line) const
{
    if (!m_quiet)
        writeLine(stderr, line);
}

void Output::warning(const QString &message) const
{
    //: Prefix of warnings; %1 is the warning.
    writeLine(stderr, Text::tr("bunq-session: warning: %1").arg(message));
}

QString Output::secret(const QByteArray &value) const
{
    return m_showSecrets ? QString::fromUtf8(value) : api::maskSecret(value);
}

void Output::result(QJsonObject json, const QStringList &lines, bool ok) const
{
    if (m_json) {
        json.insert(u"ok"_s, ok);
        write(stdout, QJsonDocument(json).toJson(QJsonDocument::Indented));
        return;
    }
    for (const QString &line : lines)
        writeLine(stdout, line);
}

void Output::raw(const QByteArray &bytes) const
{
    write(stdout, bytes);
}

void Output::failure(const CliError &error) const
{
    printError(error.message);
    if (!m_json)
        return;

    QJsonObject json = error.details;
    json.insert(u"ok"_s, false);
    json.insert(u"exit_code"_s, int(error.code));
    json.insert(u"error"_s, error.message);
    write(stdout, QJsonDocument(json).toJson(QJsonDocument::Indented));
}

void printError(const QString &message)
{
    //: Prefix of error messages; %1 is the message.
    writeLine(stderr, Text::tr("bunq-session: error: %1").arg(message));
}

} // namespace studio::cli
