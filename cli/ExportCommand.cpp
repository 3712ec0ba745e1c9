// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportCommand.h"

#include "ContextFileStorage.h"
#include "LocalFiles.h"
#include "SessionReport.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace studio::cli {

void ExportCommand::run()
{
    if (const auto arguments = positionalArguments(0, u"export --output FILE [options]"_s);
        !arguments) {
        return fail(arguments.error());
    }
    if (!m_parser.isSet(m_options.output)) {
        return fail(CliError::usage(tr("Say where the context file goes with --output FILE.")));
    }
    const QString file = m_parser.value(m_options.output);
    if (const auto problem = checkOutputFile(file, m_parser.isSet(m_options.force)))
        return fail(*problem);

    loadSession(
        [this, file](StoredSession session, api::ApiClient *) {
            output().warning(tr("%1 grants full access to the bunq account of this session: it "
                                "contains the API key and the private key. Keep it to yourself and "
                                "delete it when it is no longer needed.")
                                 .arg(QDir::toNativeSeparators(file)));
            if (const auto problem =
                    writeOwnerOnlyFile(file, ContextFileStorage::serialise(session)))
                return fail(*problem);

            QJsonObject json = sessionJson(session, output());
            json.insert(u"exported_to"_s, QDir::toNativeSeparators(file));
            QStringList lines{tr("Exported the %1 to %2 (readable by you only).")
                                  .arg(storage()->description(), QDir::toNativeSeparators(file))};
            lines << sessionLines(session, output());
            succeed(json, lines);
        },
        /*withClient=*/false);
}

} // namespace studio::cli
