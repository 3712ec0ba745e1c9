// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"
#include "SessionOpener.h"
#include "SessionStorage.h"

namespace studio::cli {

// "open": a key pair, installation, device-server and session-server with an existing API
// key; the session goes to a context file or a profile.
class OpenCommand : public Command
{
    Q_OBJECT

public:
    using Command::Command;

protected:
    void run() override;
};

// A session that was opened and saved, with the duration of each step.
struct SavedSession
{
    StoredSession session;
    QJsonObject timingsMs;
};

// Opens a session with settings through client and saves it to destination, then calls done
// once. The helper objects belong to command. Shared by "open" and "create-sandbox-user".
void openAndSave(Command *command, api::ApiClient *client, const Output &output,
                 const OpenSettings &settings, SessionStorage *destination, const QString &proxyUrl,
                 std::function<void(Result<SavedSession, CliError>)> done);

// The --json object and text lines that report a session opened and saved by openAndSave().
QJsonObject savedSessionJson(const SavedSession &saved, const SessionStorage &destination,
                             const Output &output);
QStringList savedSessionLines(const SavedSession &saved, const SessionStorage &destination,
                              const Output &output);

} // namespace studio::cli
