// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LocalSandbox.h"
#include "api/ApiClient.h"
#include "onboarding/OnboardingFlow.h"

#include <QNetworkAccessManager>

#include <memory>

// A local sandbox on 127.0.0.1 port 0 with a session opened through the app's own onboarding
// flow, for the console tests that need real HTTP.
class ConsoleSandboxSession
{
public:
    // Starts the sandbox and opens a session for a new sandbox person. Fails the running test
    // on error; check QTest::currentTestFailed() afterwards.
    void start(studio::sandbox::SandboxOptions options = {});

    // Sends the request with the session token and waits for its result.
    studio::api::ApiResult send(studio::api::ApiRequest request);
    studio::api::ApiResult send(const QByteArray &method, const QString &path,
                                const QByteArray &body = {});

    // The first monetary account of the session's user.
    qint64 firstAccountId();

    const studio::onboarding::SessionContext &context() const { return m_flow->context(); }
    studio::sandbox::LocalSandbox &sandbox() { return *m_sandbox; }
    studio::api::ApiClient &client() { return *m_client; }

private:
    std::unique_ptr<studio::sandbox::LocalSandbox> m_sandbox;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<studio::api::ApiClient> m_client;
    std::unique_ptr<studio::onboarding::OnboardingFlow> m_flow;
};
