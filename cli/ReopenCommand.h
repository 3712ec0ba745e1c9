// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "StoredSessionCommand.h"

namespace studio::cli {

// "reopen": opens a new session-server on the stored installation and device and saves it.
// A stored session that is still alive is ended first, because bunq rejects a second session
// on an installation that has a live one ("Authentication token already has a user session.").
class ReopenCommand : public StoredSessionCommand
{
    Q_OBJECT

public:
    using StoredSessionCommand::StoredSessionCommand;

protected:
    void run() override;

private:
    void endOldSession(StoredSession session, api::ApiClient *client);
    void openSession(StoredSession session, api::ApiClient *client, bool endedOldSession);
    // Saves the session without the old one, which has ended, and then reports error.
    void failAfterEndingOldSession(StoredSession session, CliError error);
};

} // namespace studio::cli
