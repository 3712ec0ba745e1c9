// SPDX-License-Identifier: GPL-3.0-or-later
#include "SessionStorage.h"

#include "ConnectionOptions.h"
#include "ContextFileStorage.h"
#include "ProfileStorage.h"

using namespace Qt::StringLiterals;

namespace studio::cli {

SessionStorage::SessionStorage(QObject *parent)
    : QObject(parent)
{}

Result<SessionStorage *, CliError>
SessionStorage::fromSourceOptions(const QCommandLineParser &parser, const CliOptions &options,
                                  QObject *parent)
{
    using R = Result<SessionStorage *, CliError>;
    const bool hasContext = parser.isSet(options.context);
    const bool hasProfile = parser.isSet(options.profile);
    if (hasContext == hasProfile) {
        return R::failure(CliError::usage(
            hasContext ? tr("Give --context or --profile, not both.")
                       : tr("Name the session with --context FILE or --profile NAME.")));
    }

    std::optional<QUrl> baseUrl;
    if (parser.isSet(options.baseUrl)) {
        const auto parsed = parseBaseUrl(parser.value(options.baseUrl));
        if (!parsed)
            return R::failure(parsed.error());
        baseUrl = parsed.value();
    }

    SessionStorage *storage = nullptr;
    if (hasContext) {
        storage = new ContextFileStorage(parser.value(options.context), parent);
    } else {
        const auto profile =
            ProfileStorage::create(parser, options, parser.value(options.profile), parent);
        if (!profile)
            return R::failure(profile.error());
        storage = profile.value();
    }
    storage->m_baseUrlOverride = baseUrl;
    return R::success(storage);
}

Result<SessionStorage *, CliError>
SessionStorage::fromDestinationOptions(const QCommandLineParser &parser, const CliOptions &options,
                                       QObject *parent)
{
    using R = Result<SessionStorage *, CliError>;
    const bool hasContext = parser.isSet(options.outputContext);
    const bool hasProfile = parser.isSet(options.saveProfile);
    if (hasContext == hasProfile) {
        return R::failure(
            CliError::usage(hasContext ? tr("Give --output-context or --save-profile, not both.")
                                       : tr("Say where the session goes: --output-context FILE or "
                                            "--save-profile NAME.")));
    }

    SessionStorage *storage = nullptr;
    if (hasContext) {
        storage = new ContextFileStorage(parser.value(options.outputContext), parent);
    } else {
        const auto profile =
            ProfileStorage::create(parser, options, parser.value(options.saveProfile), parent);
        if (!profile)
            return R::failure(profile.error());
        storage = profile.value();
    }

    if (const auto problem = storage->checkNewDestination(parser.isSet(options.force))) {
        delete storage;
        return R::failure(*problem);
    }
    return R::success(storage);
}

void SessionStorage::load(LoadCallback done)
{
    loadStored([this, done](Result<StoredSession, CliError> result) {
        if (!result || !m_baseUrlOverride) {
            done(std::move(result));
            return;
        }
        StoredSession session = std::move(result).value();
        session.context.environment = api::ApiEnvironment::localSandbox(*m_baseUrlOverride);
        done(Result<StoredSession, CliError>::success(std::move(session)));
    });
}

} // namespace studio::cli
