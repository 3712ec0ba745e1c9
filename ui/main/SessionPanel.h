// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "onboarding/SessionContext.h"
#include "session/SessionKeeper.h"

#include <QDateTime>
#include <QWidget>

#include <functional>
#include <optional>

class QCheckBox;
class QLabel;
class QPushButton;
class QTimer;
class QWidget;

namespace studio::ui {

class SecretField;

// The state of one session at a glance: profile, environment badge, user, device with its
// permitted IPs, proxy, tokens (masked), the server key fingerprint and the expiry in UTC and
// local time with a live countdown. Once setSessionState() was called it also offers Close
// Session, a new session and keep-alive, and explains a renewal that stopped with the way out.
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

    // The profile's name; empty hides the row.
    void setProfileName(const QString &name);
    // The proxy the profile's calls go through (empty: none) and an Edit button; hidden until
    // this is called.
    void setProxyUrl(const QString &proxyUrl);

    // The expiry as the session keeper estimates it, which follows bunq's extensions. An
    // invalid value goes back to the context's own expiry.
    void setExpiry(const QDateTime &expiry);

    // Shows the keeper's state and the session controls.
    void setSessionState(studio::session::SessionKeeper::State state);
    QString sessionStateText() const;
    void setKeepAlive(bool on);
    bool keepAlive() const;
    // Shows why renewal stopped and the way out: a new sandbox user in the local sandbox, a
    // new API key elsewhere. An empty explanation hides it.
    void setRenewalStopped(const QString &explanation);
    QString renewalStoppedText() const;
    // Shows a problem with the last session action, e.g. a failed DELETE; empty hides it.
    void setSessionProblem(const QString &problem);

Q_SIGNALS:
    void closeSessionRequested();
    void openSessionRequested();
    void keepAliveToggled(bool on);
    void editProxyRequested();
    // The way out of a stopped renewal: onboarding again with a new API key or sandbox user.
    void newCredentialsRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void createSessionControls();
    void retranslateUi();
    void showContext();
    void showSessionState();
    void updateEnvironmentBadge();
    void updateCountdown();
    QDateTime shownExpiry() const;

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
    QLabel *m_profileCaption = nullptr;
    QLabel *m_profileName = nullptr;
    QLabel *m_proxyCaption = nullptr;
    QWidget *m_proxyRow = nullptr;
    QLabel *m_proxy = nullptr;
    QPushButton *m_editProxy = nullptr;

    QDateTime m_keeperExpiry;
    std::optional<studio::session::SessionKeeper::State> m_state;
    QString m_proxyUrl;
    QString m_stopExplanation;
    QString m_sessionProblem;
    QWidget *m_sessionControls = nullptr;
    QLabel *m_stateLabel = nullptr;
    QCheckBox *m_keepAlive = nullptr;
    QPushButton *m_closeSession = nullptr;
    QPushButton *m_openSession = nullptr;
    QLabel *m_problemLabel = nullptr;
    QWidget *m_stoppedPanel = nullptr;
    QLabel *m_stoppedLabel = nullptr;
    QPushButton *m_newCredentials = nullptr;
};

// Returns "6 d 23 h 59 min 59 s"-style text for a positive duration in seconds, leaving out
// leading zero units.
QString formatDuration(qint64 seconds);

} // namespace studio::ui
