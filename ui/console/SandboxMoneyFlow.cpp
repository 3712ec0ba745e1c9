// SPDX-License-Identifier: GPL-3.0-or-later
#include "console/SandboxMoneyFlow.h"

#include <QTimer>

using namespace Qt::StringLiterals;

namespace studio::ui {

namespace {

QString callFailure(const api::ApiResult &result)
{
    return result.error ? result.error->summary() : QString();
}

} // namespace

SandboxMoneyFlow::SandboxMoneyFlow(QObject *parent)
    : QObject(parent)
    , m_acceptanceTimer(new QTimer(this))
{
    m_acceptanceTimer->setSingleShot(true);
    m_acceptanceTimer->setInterval(acceptanceWaitMs);
    connect(m_acceptanceTimer, &QTimer::timeout, this, &SandboxMoneyFlow::readBalance);
}

void SandboxMoneyFlow::start(qint64 userId, qint64 accountId, const QString &amount)
{
    if (isRunning())
        return;

    const auto normalised = console::SandboxMoney::normalisedAmount(amount);
    if (!normalised) {
        Q_EMIT failed(normalised.error());
        return;
    }
    if (userId <= 0) {
        Q_EMIT failed(tr("No session user: open a session first."));
        return;
    }

    m_userId = userId;
    m_accountId = accountId;
    m_amount = normalised.value();
    if (m_accountId > 0) {
        sendInquiry();
        return;
    }

    m_step = Step::FindAccount;
    Q_EMIT progress(tr("Looking up your bank account…"));
    api::ApiRequest request;
    request.path = u"/v1/user/%1/monetary-account-bank"_s.arg(m_userId);
    Q_EMIT callNeeded(request);
}

void SandboxMoneyFlow::onResult(const api::ApiResult &result)
{
    switch (m_step) {
    case Step::FindAccount: {
        if (!result.ok()) {
            fail(tr("Could not list your bank accounts: %1").arg(callFailure(result)));
            return;
        }
        const auto first = console::parseBalance(result);
        if (!first) {
            fail(tr("The account list has no account to put money on: %1").arg(first.error()));
            return;
        }
        m_accountId = first.value().accountId;
        sendInquiry();
        return;
    }
    case Step::RequestInquiry:
        if (!result.ok()) {
            fail(tr("sugardaddy@bunq.com did not accept the request: %1")
                     .arg(callFailure(result)));
            return;
        }
        m_step = Step::WaitForAcceptance;
        Q_EMIT progress(tr("Waiting for sugardaddy@bunq.com to pay…"));
        m_acceptanceTimer->start();
        return;
    case Step::ReadBalance: {
        if (!result.ok()) {
            fail(tr("The money was requested, but reading the balance failed: %1")
                     .arg(callFailure(result)));
            return;
        }
        const auto balance = console::parseBalance(result, m_accountId);
        m_step = Step::Idle;
        if (!balance) {
            Q_EMIT failed(tr("The money was requested, but the balance could not be read: %1")
                              .arg(balance.error()));
            return;
        }
        Q_EMIT succeeded(balance.value());
        return;
    }
    case Step::Idle:
    case Step::WaitForAcceptance:
        return;
    }
}

void SandboxMoneyFlow::cancel()
{
    if (!isRunning())
        return;
    m_acceptanceTimer->stop();
    fail(tr("Cancelled."));
}

void SandboxMoneyFlow::sendInquiry()
{
    const auto request = console::SandboxMoney::request(m_userId, m_accountId, m_amount);
    if (!request) {
        fail(request.error());
        return;
    }

    m_step = Step::RequestInquiry;
    //: %1 amount such as "500.00", %2 monetary account id.
    Q_EMIT progress(tr("Asking sugardaddy@bunq.com for EUR %1 for account %2…")
                        .arg(m_amount, QString::number(m_accountId)));
    Q_EMIT callNeeded(request.value());
}

void SandboxMoneyFlow::readBalance()
{
    m_step = Step::ReadBalance;
    Q_EMIT progress(tr("Reading the new balance…"));
    api::ApiRequest request;
    request.path = u"/v1/user/%1/monetary-account/%2"_s.arg(QString::number(m_userId),
                                                           QString::number(m_accountId));
    Q_EMIT callNeeded(request);
}

void SandboxMoneyFlow::fail(const QString &message)
{
    m_step = Step::Idle;
    Q_EMIT failed(message);
}

} // namespace studio::ui
