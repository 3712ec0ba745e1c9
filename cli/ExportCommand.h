// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "StoredSessionCommand.h"

namespace studio::cli {

// "export --output FILE": writes the stored session as a context file that all four official
// bunq SDKs read.
class ExportCommand : public StoredSessionCommand
{
    Q_OBJECT

public:
    using StoredSessionCommand::StoredSessionCommand;

protected:
    void run() override;
};

} // namespace studio::cli
