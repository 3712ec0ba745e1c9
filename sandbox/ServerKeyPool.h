// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SandboxOptions.h"
#include "common/Result.h"
#include "crypto/RsaKeyPair.h"

#include <QList>
#include <QObject>

namespace studio::sandbox {

// Hands out the RSA-2048 key pairs that sign installations' responses. With PerInstallation it
// keeps a few spare keys, generated on the thread pool and topped up after each take(). With
// Shared it makes one key on first use and hands out that key every time.
class ServerKeyPool : public QObject
{
    Q_OBJECT

public:
    ServerKeyPool(ServerKeyPolicy policy, int spareKeys, QObject *parent = nullptr);

    // Starts generating the spare keys in the background.
    void prepare();

    // Returns a key at once when one is ready; otherwise generates one in the calling thread.
    Result<crypto::RsaKeyPair, QString> take();

private:
    void topUp();

    ServerKeyPolicy m_policy;
    int m_spareKeys;
    QList<crypto::RsaKeyPair> m_ready;
    int m_pending = 0;
    crypto::RsaKeyPair m_sharedKey;
};

} // namespace studio::sandbox
