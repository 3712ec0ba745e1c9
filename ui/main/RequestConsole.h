// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiClient.h"
#include "console/Placeholders.h"
#include "console/RequestHistory.h"
#include "console/SandboxMoney.h"
#include "i18n/Language.h"
#include "onboarding/SessionContext.h"
#include "session/SessionKeeper.h"

#include <QPointer>
#include <QWidget>

#include <functional>
#include <memory>

class QLabel;
class QNetworkAccessManager;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTemporaryDir;
class QTimer;
class QToolButton;
class QAction;

namespace studio::ui {

class ConsoleSender;
class EndpointEditor;
class ExchangeView;
class HistoryPanel;
class JsonEditor;
class PacingBar;
class PaginationBar;
class SandboxMoneyBar;
class SandboxMoneyFlow;

// Sends one signed request at a time with the session token and shows its exchange below.
// The path completes from the endpoint catalogue, and {placeholders} are filled from the session
// and from earlier responses. A body that is not valid JSON is rejected inline, with the
// position of the problem, before anything is sent. Calls are paced under bunq's rate limits,
// kept in a searchable history, can be copied as a curl command, and list responses can be
// paged with one click. In a sandbox, "Get sandbox money" sends a request-inquiry to
// sugardaddy@bunq.com.
class RequestConsole : public QWidget
{
    Q_OBJECT

public:
    explicit RequestConsole(QWidget *parent = nullptr);
    ~RequestConsole() override;

    // Builds the client for this session. The network manager is owned by the caller and must
    // outlive the console. A call still running or waiting for an earlier session is dropped
    // without a result.
    void setContext(QNetworkAccessManager *network,
                    const studio::onboarding::SessionContext &context);

    // Sends every later call through the keeper, which adds the session token and renews a dead
    // session, instead of through the console's own client. The keeper is owned by the caller,
    // which also sets its bunq locale; null goes back to the console's client.
    void setSessionKeeper(studio::session::SessionKeeper *keeper);

    // The file this profile's history is kept in, e.g. RequestHistory::defaultFilePath(id).
    // Reads it at once, and problems reading it are shown in the history panel. An empty path
    // keeps the history only while the console exists.
    void setHistoryFile(const QString &path);
    // The path given to setHistoryFile(), empty when the history is not kept.
    QString historyFile() const;
    const studio::console::RequestHistory &history() const { return *m_history; }

    // bunq locale for X-Bunq-Language and X-Bunq-Region ("en_US", "nl_NL" or "de_DE"). The
    // default follows the interface language, and every language change sets it again.
    void setBunqLocale(const QByteArray &bunqLocale);
    QByteArray bunqLocale() const { return m_bunqLocale; }

    // Puts a request into the editor: method, path (template or concrete) and body.
    void setRequest(const QByteArray &method, const QString &path, const QByteArray &body = {});

    // Checks the path, placeholders and body and starts the call; problems are shown next to
    // their field. A call over the rate limit waits with a countdown first.
    void send();
    // Cancels the running call, whose result then reports a network error, or drops a call
    // still waiting for the rate limit, which then reports no result.
    void cancel();

    // Sends the request of a history entry again, as it was sent.
    void resend(const studio::console::HistoryEntry &entry);
    // Sends GET to a Pagination link of the last response ("/v1/…?count=10&older_id=5").
    void followPage(const QString &url);
    // Asks sugardaddy@bunq.com for amount euros (at most 500) for the current monetary account,
    // or the first bank account, and then shows the account's new balance.
    void requestSandboxMoney(const QString &amount);

    // The curl command for the last call; the session token is masked unless revealToken.
    QString curlCommand(bool revealToken) const;

    bool isBusy() const;
    studio::api::ApiResult lastResult() const { return m_lastResult; }
    ExchangeView *exchangeView() const { return m_exchange; }
    studio::console::PlaceholderValues &placeholderValues() { return m_values; }

Q_SIGNALS:
    void busyChanged(bool busy);
    void resultReady(const studio::api::ApiResult &result);
    // The sandbox money steps finished with the account's balance.
    void sandboxMoneyReceived(const studio::console::AccountBalance &balance);
    // The rate-limit line changed, e.g. "GET user: 2 of 3 calls left (bunq allows 3 per 3 s)",
    // for a status bar.
    void budgetChanged(const QString &text);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // Builds a message in the current language, so it can be built again after a switch.
    using TextFunction = std::function<QString()>;
    // The part of the console that started the call in flight, which receives its result.
    enum class CallOrigin { Console, SandboxMoney };

    void configureWidgets();
    void createLayout();
    void connectSignals();
    void retranslateUi();
    void updateBodyEnabled();
    void updateBudget();
    void updateBusyState();
    void updateTransport();
    void showInputError(TextFunction message);
    void showBodyStatus();
    bool validateBody();
    void submit(const studio::api::ApiRequest &request, CallOrigin origin);
    void applyCatalogueBody(const QByteArray &bodyTemplate);
    void loadHistoryEntry(const studio::console::HistoryEntry &entry);
    void copyCurlCommand();
    void onWaitStarted(const QString &endpointKey, qint64 waitMs);
    void onSendingStarted(const studio::api::ApiRequest &request);
    void onFinished(const studio::api::ApiResult &result);
    void recordInHistory(const studio::api::ApiResult &result);

    studio::onboarding::SessionContext m_context;
    QByteArray m_bunqLocale;
    studio::api::ApiClient *m_client = nullptr;
    QPointer<studio::session::SessionKeeper> m_keeper;
    ConsoleSender *m_sender = nullptr;
    SandboxMoneyFlow *m_moneyFlow = nullptr;
    studio::console::PlaceholderValues m_values;
    QString m_historyFile;
    std::unique_ptr<QTemporaryDir> m_scratchHistoryFolder;
    std::unique_ptr<studio::console::RequestHistory> m_history;
    studio::api::ApiResult m_lastResult;
    studio::api::ApiRequest m_sentRequest;
    CallOrigin m_origin = CallOrigin::Console;
    bool m_wasBusy = false;
    QString m_budgetText;

    TextFunction m_inputErrorText;
    TextFunction m_busyText;
    TextFunction m_curlNoteText;

    EndpointEditor *m_endpoint = nullptr;
    QPushButton *m_send = nullptr;
    QPushButton *m_cancel = nullptr;
    QTabWidget *m_tabs = nullptr;
    JsonEditor *m_body = nullptr;
    QPushButton *m_format = nullptr;
    QLabel *m_bodyStatus = nullptr;
    HistoryPanel *m_historyPanel = nullptr;
    QLabel *m_inputError = nullptr;
    QProgressBar *m_busyBar = nullptr;
    QLabel *m_busyLabel = nullptr;
    PacingBar *m_pacing = nullptr;
    PaginationBar *m_pagination = nullptr;
    QToolButton *m_curlButton = nullptr;
    QAction *m_curlIncludeToken = nullptr;
    QLabel *m_curlNote = nullptr;
    SandboxMoneyBar *m_moneyBar = nullptr;
    ExchangeView *m_exchange = nullptr;
    QTimer *m_budgetRefresh = nullptr;
};

} // namespace studio::ui
