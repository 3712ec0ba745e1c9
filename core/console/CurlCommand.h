// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiExchange.h"

#include <QString>

namespace studio::console {

// A POSIX shell command that sends the exchange's request again with curl: the same method,
// URL, every header the client set (X-Bunq-Client-Signature included) and the body byte for
// byte. A body of printable UTF-8 text is passed as one single-quoted --data-binary argument.
// A body with control characters (CR, LF, tab, …) or bytes that are not UTF-8 is written with
// printf octal escapes and piped in (--data-binary @-), so that no newline or byte changes on
// the way. The authentication token is masked with api::maskSecret unless revealSecrets. A
// masked command gets 401 from the server but is safe to paste into a ticket.
QString curlCommand(const api::ApiExchange &exchange, bool revealSecrets);

// Quotes text for a POSIX shell: 'text' with every ' written as '\''.
QString shellQuoted(const QString &text);

} // namespace studio::console
