// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "StoredSessionCommand.h"

namespace studio::cli {

// "close": ends the stored session with DELETE /v1/session/{id} and removes it from the
// context file or profile. The installation and API key stay, so "reopen" can start again.
class CloseCommand : public StoredSessionCommand
{
    Q_OBJECT

public:
    using StoredSessionCommand::StoredSessionCommand;

protected:
    void run() override;

private:
    void forgetSession(StoredSession session, bool wasAlive);
};

} // namespace studio::cli
