// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

namespace studio::cli {

// "create-sandbox-user": requests a new person or company and its API key from a sandbox. With
// --output-context or --save-profile it also opens a session with that key.
class CreateSandboxUserCommand : public Command
{
    Q_OBJECT

public:
    using Command::Command;

protected:
    void run() override;
};

} // namespace studio::cli
