// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerKeyPool.h"

#include "Logging.h"
#include "crypto/KeyGenerator.h"

#include <QFutureWatcher>

namespace studio::sandbox {

namespace {

constexpr int serverKeyBits = 2048;

} // namespace

ServerKeyPool::ServerKeyPool(ServerKeyPolicy policy, int spareKeys, QObject *parent)
    : QObject(parent)
    , m_policy(policy)
    , m_spareKeys(qMax(0, spareKeys))
{}

void ServerKeyPool::prepare()
{
    if (m_policy == ServerKeyPolicy::PerInstallation)
        topUp();
}

Result<crypto::RsaKeyPair, QString> ServerKeyPool::take()
{
    using KeyResult = Result<crypto::RsaKeyPair, QString>;

    if (m_policy == ServerKeyPolicy::Shared) {
        if (m_sharedKey.isNull()) {
            auto generated = crypto::RsaKeyPair::generate(serverKeyBits);
            if (!generated)
                return generated;
            m_sharedKey = std::move(generated).value();
        }
        return KeyResult::success(m_sharedKey);
    }

    if (!m_ready.isEmpty()) {
        const crypto::RsaKeyPair key = m_ready.takeFirst();
        topUp();
        return KeyResult::success(key);
    }

    topUp();
    return crypto::RsaKeyPair::generate(serverKeyBits);
}

void ServerKeyPool::topUp()
{
    while (m_ready.size() + m_pending < m_spareKeys) {
        ++m_pending;
        // A watcher owned by the pool rather than QFuture::then(this, …): Qt 6.4 asserts when
        // the context of then() is deleted before the future finishes, which happens whenever
        // a sandbox stops while a key is still being generated.
        auto *watcher = new QFutureWatcher<crypto::KeyPairResult>(this);
        connect(watcher, &QFutureWatcher<crypto::KeyPairResult>::finished, this, [this, watcher] {
            --m_pending;
            const crypto::KeyPairResult result = watcher->result();
            if (result)
                m_ready.append(result.value());
            else
                qCWarning(lcSandbox) << "Generating a spare server key failed:" << result.error();
            watcher->deleteLater();
        });
        watcher->setFuture(crypto::generateKeyPairAsync(serverKeyBits));
    }
}

} // namespace studio::sandbox
