// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiClient.h"
#include "console/SandboxMoney.h"

#include <QObject>

class QTimer;

namespace studio::ui {

// The steps behind "Get sandbox money": find the monetary account if none is known, send the
// request-inquiry to sugardaddy@bunq.com, give the sandbox a moment to accept it, and read the
// account's new balance. The flow only builds the calls. Its owner sends each call that
// callNeeded() emits and hands the result back to onResult().
class SandboxMoneyFlow : public QObject
{
    Q_OBJECT

public:
    // bunq's sandbox accepts the request-inquiry "within a second"; the balance is read after
    // this wait.
    static constexpr int acceptanceWaitMs = 1000;

    explicit SandboxMoneyFlow(QObject *parent = nullptr);

    // Starts with a known account, or with accountId 0 to use the user's first bank account.
    // Ignored while running. amount is euros as SandboxMoney::normalisedAmount() reads them.
    void start(qint64 userId, qint64 accountId, const QString &amount);
    // Hands over the result of the call last asked for.
    void onResult(const studio::api::ApiResult &result);
    // Stops the flow; it reports failed() with a "cancelled" message if it was running.
    void cancel();

    bool isRunning() const { return m_step != Step::Idle; }
    // True while the flow waits for its own timer rather than for a call.
    bool isWaitingForAcceptance() const { return m_step == Step::WaitForAcceptance; }

Q_SIGNALS:
    void callNeeded(const studio::api::ApiRequest &request);
    // A step began; text describes it in the current language.
    void progress(const QString &text);
    void succeeded(const studio::console::AccountBalance &balance);
    void failed(const QString &message);

private:
    enum class Step { Idle, FindAccount, RequestInquiry, WaitForAcceptance, ReadBalance };

    void sendInquiry();
    void readBalance();
    void fail(const QString &message);

    Step m_step = Step::Idle;
    qint64 m_userId = 0;
    qint64 m_accountId = 0;
    QString m_amount;
    QTimer *m_acceptanceTimer = nullptr;
};

} // namespace studio::ui
