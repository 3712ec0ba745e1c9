// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDockWidget>
#include <QUrl>

#include <functional>

class QJsonObject;
class QLabel;
class QNetworkAccessManager;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTableView;
class QTimer;

namespace studio::ui {

class FaultsTab;
class RateLimitView;
class RequestLogModel;
class SandboxControlClient;
class SandboxStateView;

// The local sandbox panel of the main window, shown only while the session runs against the
// built-in sandbox. Its tabs show the sandbox's records, a live log of the requests it received
// with the verdict of each check, the rate-limit state and the fault switchboard, and a button
// resets the sandbox. It talks to the sandbox's control interface over HTTP on loopback and
// polls about once a second while the panel is visible.
class SandboxPanel : public QDockWidget
{
    Q_OBJECT

public:
    // Asks whether to reset and returns true to go ahead. Tests replace it to skip the dialog.
    using ResetConfirmation = std::function<bool(QWidget *parent)>;

    static constexpr int pollIntervalMs = 1000;

    // The network manager is owned by the caller and must outlive the panel.
    explicit SandboxPanel(QNetworkAccessManager *network, QWidget *parent = nullptr);

    // The control interface's root, e.g. http://127.0.0.1:41235/ ; empty shows that it is not
    // available.
    void setControlUrl(const QUrl &url);
    QUrl controlUrl() const;

    void setResetConfirmation(ResetConfirmation confirm);

    // Fetches the state, the new log entries and the faults now.
    void refresh();

    SandboxStateView *stateView() const { return m_stateView; }
    RequestLogModel *requestLog() const { return m_requestLog; }
    RateLimitView *rateLimitView() const { return m_rateLimitView; }
    FaultsTab *faultsTab() const { return m_faultsTab; }
    // The inline error about the control interface, empty when the last call worked.
    QString errorText() const;

Q_SIGNALS:
    // Emitted after a response of the control interface was shown.
    void stateRefreshed();
    void logRefreshed();
    void faultsRefreshed();
    void faultArmed();
    void resetDone();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    QWidget *createRequestsTab();
    void showRequestDetails(int row);
    void updatePolling();
    void poll();
    void fetchState();
    void fetchLog();
    void fetchFaults();
    void armFault(const QJsonObject &fault);
    void disarmFault(qint64 id);
    void clearFaults();
    void resetSandbox();
    void showError(const QString &message);

    SandboxControlClient *m_client = nullptr;
    QTimer *m_pollTimer = nullptr;
    ResetConfirmation m_confirmReset;

    QLabel *m_error = nullptr;
    QTabWidget *m_tabs = nullptr;
    SandboxStateView *m_stateView = nullptr;
    RequestLogModel *m_requestLog = nullptr;
    QTableView *m_requestsView = nullptr;
    QPlainTextEdit *m_requestDetails = nullptr;
    RateLimitView *m_rateLimitView = nullptr;
    FaultsTab *m_faultsTab = nullptr;
    QLabel *m_controlUrlLabel = nullptr;
    QPushButton *m_refresh = nullptr;
    QPushButton *m_reset = nullptr;

    bool m_stateRunning = false;
    bool m_logRunning = false;
    bool m_faultsRunning = false;
    int m_pollsSinceState = 0;
};

} // namespace studio::ui
