// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/KeyGenerator.h"

#include <QtConcurrent/QtConcurrentRun>

namespace studio::crypto {

QFuture<KeyPairResult> generateKeyPairAsync(int bits)
{
    return QtConcurrent::run([bits] { return RsaKeyPair::generate(bits); });
}

} // namespace studio::crypto
