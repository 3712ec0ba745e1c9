// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "crypto/RsaKeyPair.h"

#include <QFuture>

namespace studio::crypto {

using KeyPairResult = Result<RsaKeyPair, QString>;

// Starts RSA key generation on the global thread pool, so the UI thread never waits for it.
// Receive the result through a QFutureWatcher owned by the receiver, so that it is dropped if
// the receiver dies. NOTE: QFuture::then(context, …) is no substitute on Qt 6.4.2: in debug
// builds it fails Q_ASSERT(context) when the context is destroyed before the future finishes.
QFuture<KeyPairResult> generateKeyPairAsync(int bits = 2048);

} // namespace studio::crypto
