// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Runs one SecretStore operation and waits for its callback with QTest::qWaitFor. Each call
// also checks the callback contract: never inside the call, exactly once. A broken contract or
// a timeout comes back as an error starting with "TEST:".

#include "storage/SecretStore.h"

#include <QTest>

#include <memory>

namespace studio::storage::testcalls {

// Long enough for two scrypt derivations on a slow, busy machine; only bounds a hang.
constexpr int timeoutMilliseconds = 60000;

template <typename Value>
struct Call
{
    bool starting = true;
    int calls = 0;
    bool calledDuringStart = false;
    std::optional<Value> value;

    void record(Value result)
    {
        calledDuringStart = calledDuringStart || starting;
        ++calls;
        value = std::move(result);
    }

    // Waits for the first callback, then lets the event loop run once more so that a second
    // call would be counted. Returns a problem, or nothing when the contract held.
    std::optional<QString> wait()
    {
        starting = false;
        const bool done = QTest::qWaitFor([this] { return calls > 0; }, timeoutMilliseconds);
        QTest::qWait(1);
        if (!done)
            return QStringLiteral("TEST: the callback was not called");
        if (calledDuringStart)
            return QStringLiteral("TEST: the callback ran inside the call");
        if (calls != 1)
            return QStringLiteral("TEST: the callback ran %1 times").arg(calls);
        return std::nullopt;
    }
};

using ErrorCall = Call<std::optional<QString>>;

inline std::optional<QString> store(SecretStore &secretStore, const QString &profileId,
                                    const ProfileSecrets &secrets)
{
    auto call = std::make_shared<ErrorCall>();
    secretStore.store(profileId, secrets,
                      [call](std::optional<QString> error) { call->record(error); });
    if (const auto problem = call->wait())
        return problem;
    return *call->value;
}

inline std::optional<QString> remove(SecretStore &secretStore, const QString &profileId)
{
    auto call = std::make_shared<ErrorCall>();
    secretStore.remove(profileId, [call](std::optional<QString> error) { call->record(error); });
    if (const auto problem = call->wait())
        return problem;
    return *call->value;
}

inline Result<ProfileSecrets, QString> load(SecretStore &secretStore, const QString &profileId)
{
    using R = Result<ProfileSecrets, QString>;
    auto call = std::make_shared<Call<R>>();
    secretStore.load(profileId, [call](R result) { call->record(std::move(result)); });
    if (const auto problem = call->wait())
        return R::failure(*problem);
    return *call->value;
}

} // namespace studio::storage::testcalls
