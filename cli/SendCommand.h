// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "StoredSessionCommand.h"

namespace studio::cli {

// "send METHOD PATH": one signed call with the stored session; prints the response body once
// its server signature has verified.
class SendCommand : public StoredSessionCommand
{
    Q_OBJECT

public:
    using StoredSessionCommand::StoredSessionCommand;

protected:
    void run() override;

private:
    Result<QByteArray, CliError> readBody(const QByteArray &method) const;
    void report(const api::ApiResult &result);
};

} // namespace studio::cli
