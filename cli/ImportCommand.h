// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

namespace studio::cli {

// "import FILE": reads a context file of any official bunq SDK and saves the session as a
// profile, or as a context file that every SDK reads.
class ImportCommand : public Command
{
    Q_OBJECT

public:
    using Command::Command;

protected:
    void run() override;
};

} // namespace studio::cli
