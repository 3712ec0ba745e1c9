// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiClient.h"
#include "i18n/Language.h"
#include "onboarding/SessionContext.h"

#include <QPointer>
#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QStringListModel;

namespace studio::ui {

class ExchangeView;

// Sends one signed request at a time with the session token: method, path and an optional JSON
// body, with the exchange of the last call shown below. A body that is not valid JSON is
// rejected inline, with the position of the problem, before anything is sent.
class RequestConsole : public QWidget
{
    Q_OBJECT

public:
    explicit RequestConsole(QWidget *parent = nullptr);

    // Builds the client for this session. The network manager is owned by the caller and must
    // outlive the console. A call still running for an earlier session is cancelled.
    void setContext(QNetworkAccessManager *network,
                    const studio::onboarding::SessionContext &context);

    // bunq locale for X-Bunq-Language and X-Bunq-Region ("en_US", "nl_NL" or "de_DE"). The
    // default follows the interface language, and every language change sets it again.
    void setBunqLocale(const QByteArray &bunqLocale);
    QByteArray bunqLocale() const { return m_bunqLocale; }

    // Checks the path and body and starts the call; problems are shown next to their field.
    void send();
    // Cancels the running call; its result then reports a network error.
    void cancel();

    bool isBusy() const { return !m_call.isNull(); }
    studio::api::ApiResult lastResult() const { return m_lastResult; }
    ExchangeView *exchangeView() const { return m_exchange; }

Q_SIGNALS:
    void busyChanged(bool busy);
    void resultReady(const studio::api::ApiResult &result);

protected:
    void changeEvent(QEvent *event) override;

private:
    // Builds a message in the current language, so it can be built again after a switch.
    using TextFunction = std::function<QString()>;

    void retranslateUi();
    void updateBodyEnabled();
    void updatePathCompletions();
    void setBusy(bool busy, TextFunction description = {});
    void showInputError(TextFunction message);
    bool validateBody(const QByteArray &body);
    void onFinished(const studio::api::ApiResult &result);

    studio::onboarding::SessionContext m_context;
    QByteArray m_bunqLocale;
    studio::api::ApiClient *m_client = nullptr;
    QPointer<studio::api::ApiCall> m_call;
    studio::api::ApiResult m_lastResult;

    TextFunction m_inputErrorText;
    TextFunction m_busyText;

    QComboBox *m_method = nullptr;
    QLineEdit *m_path = nullptr;
    QLabel *m_bodyCaption = nullptr;
    QPlainTextEdit *m_body = nullptr;
    QLabel *m_inputError = nullptr;
    QPushButton *m_send = nullptr;
    QPushButton *m_cancel = nullptr;
    QProgressBar *m_busyBar = nullptr;
    QLabel *m_busyLabel = nullptr;
    ExchangeView *m_exchange = nullptr;
    QStringListModel *m_pathCompletions = nullptr;
};

} // namespace studio::ui
