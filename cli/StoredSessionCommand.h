// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"
#include "SessionStorage.h"

#include <functional>

namespace studio::cli {

// Base of the commands that work on a stored session (--context FILE or --profile NAME):
// check, reopen, close and send.
class StoredSessionCommand : public Command
{
    Q_OBJECT

public:
    using Command::Command;

protected:
    using LoadedCallback = std::function<void(StoredSession session, api::ApiClient *client)>;

    // Loads the session and calls loaded with it and a client that signs with its key and
    // checks responses with its server key. Without withClient the client is null. On failure
    // it reports the error and finishes instead.
    void loadSession(LoadedCallback loaded, bool withClient = true);

    // Saves the session back where it came from and calls saved; on failure reports the error.
    void saveSession(const StoredSession &session, std::function<void()> saved);

    // Returns whether the session contains a session token, and fails with SessionNotAlive
    // when it does not.
    bool requireSession(const StoredSession &session);

    // Sends one request and calls done with the result, from the event loop.
    void send(api::ApiClient *client, const api::ApiRequest &request,
              std::function<void(const api::ApiResult &)> done);

    SessionStorage *storage() const { return m_storage; }

private:
    SessionStorage *m_storage = nullptr;
};

} // namespace studio::cli
