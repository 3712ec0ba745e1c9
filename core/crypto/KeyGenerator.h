// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "crypto/RsaKeyPair.h"

#include <QFuture>

namespace studio::crypto {

using KeyPairResult = Result<RsaKeyPair, QString>;

// Starts RSA key generation on the global thread pool, so the UI thread never waits for it.
// Receive the result with QFuture::then(context, …) so that it is dropped if the context dies.
QFuture<KeyPairResult> generateKeyPairAsync(int bits = 2048);

} // namespace studio::crypto
