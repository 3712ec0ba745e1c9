// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliError.h"
#include "CliOptions.h"
#include "common/Result.h"
#include "onboarding/SessionContext.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QObject>
#include <QUrl>

#include <functional>
#include <optional>

namespace studio::cli {

// A session as kept between runs of bunq-session.
struct StoredSession
{
    onboarding::SessionContext context;

    // UTC; invalid when unknown. A context file's expiry_time is local time without a zone,
    // so expiryFromServer is false for it: treat it as a hint, not a fact.
    QDateTime expiry;
    bool expiryFromServer = false;

    QString proxyUrl; // empty: no proxy

    // Sentences about what a context file contained and lacked, from readContextFile().
    QStringList findings;
};

// The place a session is kept: a bunq SDK context file or a profile. Loading and saving
// report through callbacks from the event loop, because a profile's secrets come from an
// asynchronous secret store.
class SessionStorage : public QObject
{
    Q_OBJECT

public:
    using LoadCallback = std::function<void(Result<StoredSession, CliError>)>;
    using SaveCallback = std::function<void(std::optional<CliError>)>;

    // The storage named by --context FILE or --profile NAME; exactly one must be given.
    static Result<SessionStorage *, CliError>
    fromSourceOptions(const QCommandLineParser &parser, const CliOptions &options, QObject *parent);
    // The storage named by --output-context FILE or --save-profile NAME; exactly one must be
    // given. Checks that it can take a new session (see checkNewDestination).
    static Result<SessionStorage *, CliError>
    fromDestinationOptions(const QCommandLineParser &parser, const CliOptions &options,
                           QObject *parent);

    // For messages: "context file FILE" or "profile "NAME"".
    virtual QString description() const = 0;

    // Loads the session. A --base-url given on the command line replaces the stored server.
    void load(LoadCallback done);
    virtual void save(const StoredSession &session, SaveCallback done) = 0;

protected:
    explicit SessionStorage(QObject *parent);

    virtual void loadStored(LoadCallback done) = 0;
    // Checks that a new session may go here: nothing is there yet, or --force was given.
    virtual std::optional<CliError> checkNewDestination(bool force) const = 0;

private:
    std::optional<QUrl> m_baseUrlOverride;
};

} // namespace studio::cli
