// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportCommand.h"

#include "ConnectionOptions.h"
#include "ContextFileStorage.h"
#include "LocalFiles.h"
#include "SessionReport.h"

#include <QDir>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace studio::cli {

void ImportCommand::run()
{
    const auto arguments = positionalArguments(1, u"import FILE [options]"_s);
    if (!arguments)
        return fail(arguments.error());
    const QString file = arguments.value().constFirst();

    std::optional<QUrl> baseUrl;
    if (m_parser.isSet(m_options.baseUrl)) {
        const auto parsed = parseBaseUrl(m_parser.value(m_options.baseUrl));
        if (!parsed)
            return fail(parsed.error());
        baseUrl = parsed.value();
    }

    const auto bytes = readLocalFile(file);
    if (!bytes)
        return fail(bytes.error());
    auto parsed = ContextFileStorage::parse(bytes.value(), QDir::toNativeSeparators(file));
    if (!parsed)
        return fail(parsed.error());
    StoredSession session = std::move(parsed).value();
    if (baseUrl)
        session.context.environment = api::ApiEnvironment::localSandbox(*baseUrl);

    for (const QString &finding : std::as_const(session.findings))
        output().progress(finding);

    const auto destination = SessionStorage::fromDestinationOptions(m_parser, m_options, this);
    if (!destination)
        return fail(destination.error());

    SessionStorage *target = destination.value();
    target->save(session, [this, session, target, file](std::optional<CliError> problem) {
        if (problem)
            return fail(*problem);

        QJsonObject json = sessionJson(session, output());
        json.insert(u"imported_from"_s, QDir::toNativeSeparators(file));
        json.insert(u"saved_to"_s, target->description());
        json.insert(u"findings"_s, QJsonArray::fromStringList(session.findings));
        QStringList lines{tr("Imported %1 into the %2.")
                              .arg(QDir::toNativeSeparators(file), target->description())};
        lines << sessionLines(session, output());
        succeed(json, lines);
    });
}

} // namespace studio::cli
