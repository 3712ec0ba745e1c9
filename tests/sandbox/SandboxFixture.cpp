// SPDX-License-Identifier: GPL-3.0-or-later
#include "SandboxFixture.h"

#include <QTest>

using namespace Qt::StringLiterals;
using studio::crypto::RsaKeyPair;
using studio::sandbox::LocalSandbox;
using studio::sandbox::ManualClock;
using studio::sandbox::SandboxOptions;
using studio::sandbox::ServerKeyPolicy;

namespace sandboxtest {

QDateTime fixtureStartTime()
{
    return QDateTime(QDate(2026, 1, 15), QTime(10, 0), Qt::UTC);
}

void SandboxFixture::start(SandboxOptions options)
{
    clock = std::make_shared<ManualClock>(fixtureStartTime());
    options.clock = clock;
    if (options.spareServerKeys == SandboxOptions().spareServerKeys) {
        options.spareServerKeys = 0;
        options.serverKeyPolicy = ServerKeyPolicy::Shared;
    }
    sandbox = std::make_unique<LocalSandbox>(options);
    QVERIFY2(sandbox->start(), qPrintable(sandbox->errorString()));
    client = std::make_unique<SandboxTestClient>(sandbox->baseUrl());
}

OpenedSession SandboxFixture::openSession(const RsaKeyPair &clientKey, const QString &kind,
                                          const QJsonValue &permittedIps)
{
    OpenedSession opened;
    opened.clientKey = clientKey;
    opened.apiKey = client->createSandboxUser(kind);
    if (opened.apiKey.isEmpty())
        return opened;
    opened.installation = client->install(clientKey);
    if (opened.installation.token.isEmpty())
        return opened;

    const RawReply device =
        client->registerDevice(opened.installation, clientKey, opened.apiKey, permittedIps);
    if (!QTest::qCompare(device.status, 200, "device.status", "200", __FILE__, __LINE__))
        return opened;
    const RawReply reply = client->requestSession(opened.installation, clientKey, opened.apiKey);
    if (!QTest::qCompare(reply.status, 200, "reply.status", "200", __FILE__, __LINE__))
        return opened;

    const QJsonArray items = reply.responseItems();
    opened.session.id = items.at(0)[u"Id"_s][u"id"_s].toInteger();
    opened.session.token = items.at(1)[u"Token"_s][u"token"_s].toString().toLatin1();
    opened.session.userType = itemType(items.at(2));
    opened.session.user = items.at(2)[opened.session.userType].toObject();
    opened.userId = opened.session.user.value(u"id"_s).toInteger();
    return opened;
}

qint64 SandboxFixture::firstAccountId(const OpenedSession &session)
{
    const RawReply reply =
        get(session, u"/v1/user/%1/monetary-account"_s.arg(session.userId));
    if (!QTest::qCompare(reply.status, 200, "reply.status", "200", __FILE__, __LINE__))
        return 0;
    return reply.responseItems().at(0)[u"MonetaryAccountBank"_s][u"id"_s].toInteger();
}

RawReply SandboxFixture::get(const OpenedSession &session, const QString &path,
                             const Headers &extra)
{
    return client->send("GET"_ba, path, authHeader(session.token()) + extra);
}

RawReply SandboxFixture::send(const QByteArray &method, const OpenedSession &session,
                              const QString &path, const QJsonObject &body, bool sign,
                              const Headers &extra)
{
    const QByteArray bytes = compactJson(body);
    Headers headers = authHeader(session.token());
    headers.append({"Content-Type"_ba, "application/json"_ba});
    if (sign) {
        headers.append({"X-Bunq-Client-Signature"_ba, sandboxtest::sign(session.clientKey, bytes)});
    }
    return client->send(method, path, headers + extra, bytes);
}

QString SandboxFixture::accountPath(const OpenedSession &session, qint64 accountId)
{
    return u"/v1/user/%1/monetary-account/%2"_s.arg(session.userId).arg(accountId);
}

Headers authHeader(const QByteArray &token)
{
    return {{"X-Bunq-Client-Authentication"_ba, token}};
}

QJsonObject sugarDaddyRequest(const QString &value, const QString &description)
{
    return {
        {u"amount_inquired"_s, QJsonObject{{u"value"_s, value}, {u"currency"_s, u"EUR"_s}}},
        {u"counterparty_alias"_s,
         QJsonObject{{u"type"_s, u"EMAIL"_s}, {u"value"_s, u"sugardaddy@bunq.com"_s}}},
        {u"description"_s, description.isEmpty() ? u"sandbox money"_s : description},
        {u"allow_bunqme"_s, false},
    };
}

QJsonObject sugarDaddyPayment(const QString &value, const QString &description)
{
    return {
        {u"amount"_s, QJsonObject{{u"value"_s, value}, {u"currency"_s, u"EUR"_s}}},
        {u"counterparty_alias"_s,
         QJsonObject{{u"type"_s, u"EMAIL"_s}, {u"value"_s, u"sugardaddy@bunq.com"_s}}},
        {u"description"_s, description.isEmpty() ? u"paying back"_s : description},
    };
}

} // namespace sandboxtest
