// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "onboarding/SessionContext.h"

#include <QDateTime>
#include <QWidget>

#include <functional>

class QLabel;
class QTimer;

namespace studio::ui {

class SecretField;

// The state of one session at a glance: environment badge, user, device, tokens (masked), the
// server key fingerprint and the expiry in UTC and local time with a live countdown.
class SessionPanel : public QWidget
{
    Q_OBJECT

public:
    explicit SessionPanel(QWidget *parent = nullptr);

    void setContext(const studio::onboarding::SessionContext &context);
    const studio::onboarding::SessionContext &context() const { return m_context; }

    // Replaces the clock that the countdown reads; tests use it to show a fixed moment.
    void setClock(std::function<QDateTime()> currentUtc);

    // The countdown as displayed, e.g. "expires in 6 d 23 h 59 min"; for tests.
    QString countdownText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showContext();
    void updateEnvironmentBadge();
    void updateCountdown();

    studio::onboarding::SessionContext m_context;
    std::function<QDateTime()> m_currentUtc;
    QTimer *m_countdownTimer = nullptr;

    // Captions in the order of the rows they label.
    QList<QLabel *> m_captions;
    QLabel *m_environmentBadge = nullptr;
    QLabel *m_baseUrl = nullptr;
    QLabel *m_user = nullptr;
    QLabel *m_device = nullptr;
    SecretField *m_installationToken = nullptr;
    SecretField *m_sessionToken = nullptr;
    QLabel *m_serverKey = nullptr;
    QLabel *m_expiry = nullptr;
    QLabel *m_countdown = nullptr;
};

// Returns "6 d 23 h 59 min 59 s"-style text for a positive duration in seconds, leaving out
// leading zero units.
QString formatDuration(qint64 seconds);

} // namespace studio::ui
