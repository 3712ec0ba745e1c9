// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SessionStorage.h"

namespace studio::cli {

// A session kept in a bunq SDK context file (bunq.conf) that all four official SDKs read.
//
// The SDKs know only bunq's two servers, so a session on a bunq-local-sandbox is written as
// SANDBOX plus one extra top-level key, "local_sandbox_base_url", with the sandbox's API root.
// The SDKs ignore unknown keys; bunq-session reads it back so that later commands reach the
// same local sandbox instead of bunq's.
class ContextFileStorage : public SessionStorage
{
    Q_OBJECT

public:
    static const QString localSandboxKey;

    ContextFileStorage(const QString &path, QObject *parent);

    QString description() const override;
    void save(const StoredSession &session, SaveCallback done) override;

    // The bytes of a context file for the session, with the local sandbox key when needed.
    static QByteArray serialise(const StoredSession &session);
    // Reads a context file's bytes; fileName is used in messages.
    static Result<StoredSession, CliError> parse(const QByteArray &bytes, const QString &fileName);

protected:
    void loadStored(LoadCallback done) override;
    std::optional<CliError> checkNewDestination(bool force) const override;

private:
    QString m_path;
};

} // namespace studio::cli
