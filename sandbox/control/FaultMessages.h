// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ErrorMessages.h"

namespace studio::sandbox::faulterrors {

// The error bodies that replace a response when a status fault is injected. The Dutch texts
// are the sandbox's own translations, because bunq's are not documented.

// HTTP 500. The English text is the one bunq sends for an unexpected server failure.
ErrorMessage unhandledException();

// HTTP 491. bunq's wording is not documented, so this is a made-up text that names maintenance
// and what to do, as bunq's other errors do.
ErrorMessage maintenance();

// HTTP 429. The English text is bunq's rate-limit message with the GET limit. It names that
// limit for every method, because the fault is not tied to a real counter.
ErrorMessage tooManyRequests();

} // namespace studio::sandbox::faulterrors
