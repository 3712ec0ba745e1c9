// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LocalSandbox.h"
#include "SandboxTestClient.h"

#include <QDateTime>

#include <memory>

// A LocalSandbox on a manual clock with a test client, and the steps that open a session, for
// the conformance tests of what comes after the session flow.
namespace sandboxtest {

// 2026-01-15 10:00:00 UTC, the moment every fixture's clock starts at.
QDateTime fixtureStartTime();

// One session opened through the fixture, with what later calls need.
struct OpenedSession
{
    QByteArray apiKey;
    studio::crypto::RsaKeyPair clientKey;
    InstallationInfo installation;
    SessionInfo session;
    qint64 userId = 0; // the id of the session's user object, which clients put in paths

    QByteArray token() const { return session.token; }
};

class SandboxFixture
{
public:
    std::shared_ptr<studio::sandbox::ManualClock> clock;
    std::unique_ptr<studio::sandbox::LocalSandbox> sandbox;
    std::unique_ptr<SandboxTestClient> client;

    // Starts a sandbox with options plus the manual clock. With the default spareServerKeys, no
    // spare keys are made and one shared server key signs for every installation, because
    // these tests open many installations and the key's identity does not matter to them. A
    // non-default spareServerKeys keeps the options' key policy. Fails the running test on
    // error; check QTest::currentTestFailed() afterwards.
    void start(studio::sandbox::SandboxOptions options = {});

    // Creates a sandbox user of kind ("person" or "company"), an installation with clientKey, a
    // device-server with permittedIps (left out when undefined) and a session.
    OpenedSession openSession(const studio::crypto::RsaKeyPair &clientKey,
                              const QString &kind = QStringLiteral("person"),
                              const QJsonValue &permittedIps = QJsonValue::Undefined);

    // Returns the id of the first monetary account that GET monetary-account lists.
    qint64 firstAccountId(const OpenedSession &session);

    // Sends a request with the session's token; a body is signed when sign is true.
    RawReply get(const OpenedSession &session, const QString &path, const Headers &extra = {});
    RawReply send(const QByteArray &method, const OpenedSession &session, const QString &path,
                  const QJsonObject &body, bool sign, const Headers &extra = {});

    // The path of one of the session user's accounts, e.g. "/v1/user/5/monetary-account/6".
    static QString accountPath(const OpenedSession &session, qint64 accountId);
};

// Returns the X-Bunq-Client-Authentication header for token.
Headers authHeader(const QByteArray &token);

// A request-inquiry body asking sugardaddy@bunq.com for value euros.
QJsonObject sugarDaddyRequest(const QString &value, const QString &description = {});
// A payment body sending value euros back to sugardaddy@bunq.com.
QJsonObject sugarDaddyPayment(const QString &value, const QString &description = {});

} // namespace sandboxtest
