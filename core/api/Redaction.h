// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiExchange.h"

#include <QByteArray>
#include <QString>

namespace studio::api {

// Masks a secret for display: keeps a recognisable start and end, e.g. "sandbox_3f…c1a9".
// Short values are masked whole.
QString maskSecret(const QByteArray &secret);

// Returns true for headers whose values are secrets (the authentication token).
bool isSecretHeader(const QByteArray &name);

// Returns a copy of the headers with secret values masked.
HeaderList redactHeaders(const HeaderList &headers);

// Masks the values of JSON string fields that carry secrets ("secret", "token", "api_key",
// "private_key_client") inside a JSON body, keeping every other byte as it was.
QByteArray redactJsonBody(const QByteArray &body);

} // namespace studio::api
