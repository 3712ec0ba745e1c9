// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "StoredSessionCommand.h"

namespace studio::cli {

// "check": sends GET /v1/user to find out whether the stored session is alive.
class CheckCommand : public StoredSessionCommand
{
    Q_OBJECT

public:
    using StoredSessionCommand::StoredSessionCommand;

protected:
    void run() override;

private:
    void report(const StoredSession &session, const api::ApiResult &result);
};

} // namespace studio::cli
