// SPDX-License-Identifier: GPL-3.0-or-later
#include "main/RequestConsole.h"

#include "console/ConsoleSender.h"
#include "console/CurlCommand.h"
#include "console/EndpointEditor.h"
#include "console/FittingScrollArea.h"
#include "console/HistoryPanel.h"
#include "console/JsonEditor.h"
#include "console/JsonText.h"
#include "console/PacingBar.h"
#include "console/Pagination.h"
#include "console/PaginationBar.h"
#include "console/SandboxMoneyBar.h"
#include "console/SandboxMoneyFlow.h"
#include "platform/KeyboardNavigation.h"
#include "platform/StatusColours.h"
#include "session/SessionKeeper.h"
#include "widgets/ExchangeView.h"
#include "widgets/ViewHelpers.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTemporaryDir>
#include <QTabWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace studio::ui {

namespace {

bool methodTakesBody(const QByteArray &method)
{
    return method == "POST" || method == "PUT";
}

// How often the budget line is read again while calls of the shown endpoint are counted.
constexpr int BudgetRefreshMs = 250;

// Room for the exchange's summary line, its tab bar and a few lines of a tab.
constexpr int ExchangeMinimumHeight = 160;

} // namespace

RequestConsole::RequestConsole(QWidget *parent)
    : QWidget(parent)
    , m_bunqLocale(bunqLocaleFor(QLocale()))
    , m_sender(new ConsoleSender(this))
    , m_moneyFlow(new SandboxMoneyFlow(this))
    , m_endpoint(new EndpointEditor)
    , m_send(new QPushButton)
    , m_cancel(new QPushButton)
    , m_tabs(new QTabWidget)
    , m_body(new JsonEditor)
    , m_format(new QPushButton)
    , m_bodyStatus(new QLabel)
    , m_historyPanel(new HistoryPanel)
    , m_inputError(new QLabel)
    , m_busyBar(new QProgressBar)
    , m_busyLabel(new QLabel)
    , m_pacing(new PacingBar)
    , m_pagination(new PaginationBar)
    , m_curlButton(new QToolButton)
    , m_curlIncludeToken(new QAction(this))
    , m_curlNote(new QLabel)
    , m_moneyBar(new SandboxMoneyBar)
    , m_exchange(new ExchangeView)
    , m_budgetRefresh(new QTimer(this))
{
    configureWidgets();
    setHistoryFile(QString());
    createLayout();
    connectSignals();
    retranslateUi();
    updateBudget();
    showBodyStatus();
}

RequestConsole::~RequestConsole()
{
    // The sender's handlers point into this console; nothing may report into a half-destroyed
    // object.
    m_sender->drop();
}

void RequestConsole::configureWidgets()
{
    m_endpoint->setObjectName(u"endpointEditor"_s);
    m_endpoint->setPlaceholderValues(&m_values);

    m_send->setObjectName(u"sendButton"_s);
    m_cancel->setObjectName(u"cancelButton"_s);
    m_cancel->hide();

    m_tabs->setObjectName(u"consoleTabs"_s);
    m_body->setObjectName(u"bodyEdit"_s);
    m_body->setMinimumHeight(m_body->fontMetrics().lineSpacing() * 4);
    m_format->setObjectName(u"formatButton"_s);
    m_bodyStatus->setObjectName(u"bodyStatusLabel"_s);
    m_bodyStatus->setTextFormat(Qt::PlainText);
    m_historyPanel->setObjectName(u"historyPanel"_s);

    m_inputError->setObjectName(u"inputErrorLabel"_s);
    m_inputError->setTextFormat(Qt::PlainText);
    m_inputError->setWordWrap(true);
    m_inputError->setTextInteractionFlags(Qt::TextSelectableByMouse);
    setStatusColour(m_inputError, StatusColour::Error);
    m_inputError->hide();

    m_busyBar->setObjectName(u"busyIndicator"_s);
    m_busyBar->setRange(0, 0);
    m_busyBar->setMaximumWidth(120);
    m_busyBar->setTextVisible(false);
    m_busyBar->hide();
    m_busyLabel->setObjectName(u"busyLabel"_s);
    m_busyLabel->hide();

    m_pacing->setObjectName(u"pacingBar"_s);
    m_pagination->setObjectName(u"paginationBar"_s);

    m_curlButton->setObjectName(u"curlButton"_s);
    m_curlButton->setPopupMode(QToolButton::MenuButtonPopup);
    m_curlButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_curlButton->setEnabled(false);
    m_curlIncludeToken->setObjectName(u"curlIncludeTokenAction"_s);
    m_curlIncludeToken->setCheckable(true);
    auto *curlMenu = new QMenu(m_curlButton);
    curlMenu->addAction(m_curlIncludeToken);
    m_curlButton->setMenu(curlMenu);
    m_curlButton->installEventFilter(this);
    m_curlNote->setObjectName(u"curlNote"_s);
    m_curlNote->setTextFormat(Qt::PlainText);
    m_curlNote->setWordWrap(true);
    m_curlNote->hide();

    m_moneyBar->setObjectName(u"sandboxMoneyBar"_s);
    m_moneyBar->hide();
    m_exchange->setObjectName(u"consoleExchange"_s);

    m_budgetRefresh->setInterval(BudgetRefreshMs);
}

void RequestConsole::createLayout()
{
    m_endpoint->addToRequestRow(m_send);
    m_endpoint->addToRequestRow(m_cancel);

    auto *bodyTab = new QWidget;
    auto *bodyLayout = new QVBoxLayout(bodyTab);
    bodyLayout->setContentsMargins(2, 2, 2, 2);
    bodyLayout->addWidget(m_body, 1);

    // The JSON verdict and Format sit beside the tabs, where they cost no extra row.
    auto *bodyTools = new QWidget;
    bodyTools->setObjectName(u"bodyTools"_s);
    auto *bodyToolsLayout = new QHBoxLayout(bodyTools);
    bodyToolsLayout->setContentsMargins(0, 0, 0, 2);
    bodyToolsLayout->addWidget(m_bodyStatus);
    bodyToolsLayout->addWidget(m_format);

    m_tabs->addTab(bodyTab, QString());
    m_tabs->addTab(m_historyPanel, QString());
    m_tabs->setCornerWidget(bodyTools, Qt::TopRightCorner);
    connect(m_tabs, &QTabWidget::currentChanged, bodyTools,
            [this, bodyTools](int index) { bodyTools->setVisible(index == 0); });

    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_busyBar);
    statusRow->addWidget(m_busyLabel);
    statusRow->addWidget(m_pacing, 1);

    auto *responseTools = new QHBoxLayout;
    responseTools->addWidget(m_pagination);
    responseTools->addStretch(1);
    responseTools->addWidget(m_curlButton);

    auto *editor = new QWidget;
    auto *editorLayout = new QVBoxLayout(editor);
    editorLayout->addWidget(m_endpoint);
    editorLayout->addWidget(m_tabs, 1);
    editorLayout->addWidget(m_inputError);
    editorLayout->addLayout(statusRow);
    editorLayout->addLayout(responseTools);
    editorLayout->addWidget(m_curlNote);
    editorLayout->addWidget(m_moneyBar);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(u"consoleSplitter"_s);
    // Rows that appear, such as an input error or the exchange's error box, must not make the
    // window grow. The request pane scrolls instead. The exchange view gets a fixed minimum,
    // which overrides the minimum of its layout, so below its layout's minimum it is squeezed.
    splitter->addWidget(new FittingScrollArea(editor, splitter));
    m_exchange->setMinimumHeight(ExchangeMinimumHeight);
    splitter->addWidget(m_exchange);
    // The request rows keep their preferred height and the response takes what is left.
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    // Focusing the console puts the cursor in the path, the field people change most.
    forwardFocus(this, m_endpoint->pathEdit());
    // Tab follows the rows as they appear: method, path, Send and Cancel, then the placeholders
    // (EndpointEditor puts them there), the tabs with Format and the body, and the rows below.
    setTabOrder(m_endpoint->methodCombo(), m_endpoint->pathEdit());
    setTabOrder(m_endpoint->pathEdit(), m_send);
    setTabOrder(m_send, m_cancel);
    setTabOrder(m_cancel, m_tabs);
    setTabOrder(m_tabs, m_format);
    setTabOrder(m_format, m_body);
}

void RequestConsole::connectSignals()
{
    // The keypad Enter key sends too, as users press either.
    auto *keypadSend = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Enter), this);
    keypadSend->setContext(Qt::WidgetWithChildrenShortcut);

    connect(m_send, &QPushButton::clicked, this, &RequestConsole::send);
    connect(keypadSend, &QShortcut::activated, this, &RequestConsole::send);
    connect(m_cancel, &QPushButton::clicked, this, &RequestConsole::cancel);
    connect(m_endpoint, &EndpointEditor::sendRequested, this, &RequestConsole::send);
    connect(m_endpoint, &EndpointEditor::requestChanged, this, [this] {
        m_inputError->hide();
        updateBodyEnabled();
        updateBudget();
    });
    connect(m_endpoint, &EndpointEditor::entryChosen, this,
            [this](const console::CatalogueEntry &entry) { applyCatalogueBody(entry.bodyTemplate); });

    connect(m_body, &QPlainTextEdit::textChanged, m_inputError, &QLabel::hide);
    connect(m_body, &JsonEditor::problemChanged, this, &RequestConsole::showBodyStatus);
    connect(m_body, &QPlainTextEdit::textChanged, this, &RequestConsole::showBodyStatus);
    connect(m_format, &QPushButton::clicked, m_body, &JsonEditor::formatJson);

    connect(m_historyPanel, &HistoryPanel::loadRequested, this, &RequestConsole::loadHistoryEntry);
    connect(m_historyPanel, &HistoryPanel::resendRequested, this, &RequestConsole::resend);

    connect(m_pagination, &PaginationBar::followRequested, this, &RequestConsole::followPage);
    connect(m_pacing, &PacingBar::cancelRequested, this, &RequestConsole::cancel);
    connect(m_curlButton, &QToolButton::clicked, this, &RequestConsole::copyCurlCommand);
    connect(m_moneyBar, &SandboxMoneyBar::moneyRequested, this,
            &RequestConsole::requestSandboxMoney);

    connect(m_sender, &ConsoleSender::waitStarted, this, &RequestConsole::onWaitStarted);
    connect(m_sender, &ConsoleSender::sendingStarted, this, &RequestConsole::onSendingStarted);
    connect(m_sender, &ConsoleSender::finished, this, &RequestConsole::onFinished);
    connect(m_sender, &ConsoleSender::waitCancelled, this, [this] {
        m_pacing->stopCountdown();
        if (m_origin == CallOrigin::SandboxMoney)
            m_moneyFlow->cancel();
        updateBusyState();
    });

    connect(m_moneyFlow, &SandboxMoneyFlow::callNeeded, this,
            [this](const api::ApiRequest &request) { submit(request, CallOrigin::SandboxMoney); });
    connect(m_moneyFlow, &SandboxMoneyFlow::progress, m_moneyBar, &SandboxMoneyBar::showProgress);
    connect(m_moneyFlow, &SandboxMoneyFlow::failed, this, [this](const QString &message) {
        m_moneyBar->showProblem(message);
        updateBusyState();
    });
    connect(m_moneyFlow, &SandboxMoneyFlow::succeeded, this,
            [this](const console::AccountBalance &balance) {
                m_moneyBar->showBalance(balance);
                updateBusyState();
                Q_EMIT sandboxMoneyReceived(balance);
            });

    connect(m_budgetRefresh, &QTimer::timeout, this, &RequestConsole::updateBudget);
}

// Down on "Copy as cURL" opens its menu, so the token option is reachable from the keyboard.
bool RequestConsole::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_curlButton && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Down) {
        m_curlButton->showMenu();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void RequestConsole::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        // Calls from now on ask bunq for texts in the new language.
        setBunqLocale(bunqLocaleFor(QLocale()));
    }
    QWidget::changeEvent(event);
}

void RequestConsole::retranslateUi()
{
    //: Tab with the JSON body editor.
    m_tabs->setTabText(0, tr("&Body"));
    //: Tab with the request history. Alt+H opens the Help menu, hence the "o".
    m_tabs->setTabText(1, tr("Hist&ory"));
    m_body->setAccessibleName(tr("Request body (JSON)"));
    //: Placeholder of the request body editor.
    m_body->setPlaceholderText(tr("JSON body for POST and PUT, e.g. {\"description\": \"Test\"}"));
    // Format goes by its shortcut rather than a mnemonic, because the window has no free letter
    // in "Format". setText() clears the shortcut, so it is set after the text.
    //: Button that re-indents the JSON body.
    m_format->setText(tr("Format"));
    m_format->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    //: %1 is the keyboard shortcut, e.g. "Ctrl+Shift+F".
    m_format->setToolTip(tr("Indent the JSON body; undo reverts it (%1)")
                             .arg(m_format->shortcut().toString(QKeySequence::NativeText)));

    // setText() replaces the shortcut with the text's mnemonic, so Ctrl+Return follows it.
    //: Button that sends the API request.
    m_send->setText(tr("Send"));
    m_send->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    //: %1 is the keyboard shortcut, e.g. "Ctrl+Return".
    m_send->setToolTip(tr("Send the request (%1)")
                           .arg(m_send->shortcut().toString(QKeySequence::NativeText)));
    //: Button that stops the running API request.
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Cancel the running request"));

    //: Copies a curl command line that repeats the last request.
    m_curlButton->setText(tr("Cop&y as cURL"));
    m_curlButton->setToolTip(tr("Copy a curl command that sends the last request again, "
                                "signature included. The arrow (or Down) chooses whether the "
                                "session token is included."));
    //: Menu item of "Copy as cURL"; unchecked, the token is masked in the command.
    m_curlIncludeToken->setText(tr("Include the session token"));

    if (m_inputErrorText)
        m_inputError->setText(m_inputErrorText());
    if (m_busyText)
        m_busyLabel->setText(m_busyText());
    if (m_curlNoteText)
        m_curlNote->setText(m_curlNoteText());
    updateBodyEnabled();
    showBodyStatus();
}

void RequestConsole::setContext(QNetworkAccessManager *network,
                                const onboarding::SessionContext &context)
{
    // A call of the old session may still report; its result belongs to that session, so it is
    // dropped here.
    m_sender->drop();
    m_moneyFlow->cancel();
    m_pacing->stopCountdown();
    delete m_client;

    m_context = context;
    m_client = new api::ApiClient(network, context.environment, this);
    m_client->setClientKey(context.clientKey);
    m_client->setServerKey(context.serverPublicKey);
    m_client->setLocale(m_bunqLocale);
    m_exchange->setVerificationKeys(context.clientKey.publicKey(), context.serverPublicKey);
    updateTransport();

    m_values.learnFromSession(context);
    m_endpoint->refreshPlaceholders();
    // bunq's production API gives no free money; only sandboxes have sugardaddy@bunq.com.
    m_moneyBar->setVisible(context.environment.kind() != api::ApiEnvironment::Kind::Production);
    updateBusyState();
}

void RequestConsole::setSessionKeeper(session::SessionKeeper *keeper)
{
    m_keeper = keeper;
    updateTransport();
}

void RequestConsole::updateTransport()
{
    if (m_keeper) {
        QPointer<session::SessionKeeper> keeper = m_keeper;
        m_sender->setTransport([keeper](const api::ApiRequest &request,
                                        ConsoleSender::ResultHandler done) {
            session::KeptCall *call = keeper->send(request);
            connect(call, &session::KeptCall::finished, call, done);
            QPointer<session::KeptCall> guarded(call);
            return ConsoleSender::Job{call, [guarded] {
                                          if (guarded)
                                              guarded->abort();
                                      }};
        });
        return;
    }

    if (!m_client) {
        m_sender->setTransport({});
        return;
    }
    QPointer<api::ApiClient> client = m_client;
    m_sender->setTransport([client](const api::ApiRequest &request,
                                    ConsoleSender::ResultHandler done) {
        api::ApiCall *call = client->send(request);
        connect(call, &api::ApiCall::finished, call, done);
        QPointer<api::ApiCall> guarded(call);
        return ConsoleSender::Job{call, [guarded] {
                                      if (guarded)
                                          guarded->abort();
                                  }};
    });
}

void RequestConsole::setHistoryFile(const QString &path)
{
    m_historyFile = path;
    m_historyPanel->setProblem(QString());

    if (path.isEmpty()) {
        // NOTE: RequestHistory saves on every append and has no memory-only mode, so without a
        // profile's file the entries go to a temporary folder that is removed with the console.
        if (!m_scratchHistoryFolder)
            m_scratchHistoryFolder = std::make_unique<QTemporaryDir>();
        m_history = std::make_unique<console::RequestHistory>(
            m_scratchHistoryFolder->filePath(u"history.json"_s));
    } else {
        m_history = std::make_unique<console::RequestHistory>(path);
        const auto loaded = m_history->load();
        if (!loaded)
            m_historyPanel->setProblem(loaded.error());
    }
    m_historyPanel->setHistory(m_history.get());
}

QString RequestConsole::historyFile() const
{
    return m_historyFile;
}

void RequestConsole::setBunqLocale(const QByteArray &bunqLocale)
{
    m_bunqLocale = bunqLocale;
    if (m_client)
        m_client->setLocale(bunqLocale);
}

void RequestConsole::setRequest(const QByteArray &method, const QString &path,
                                const QByteArray &body)
{
    m_endpoint->setRequest(method, path);
    if (!body.isEmpty() || methodTakesBody(method))
        m_body->replaceText(QString::fromUtf8(body));
}

void RequestConsole::send()
{
    if (isBusy())
        return;
    m_inputError->hide();

    if (!m_sender->hasTransport()) {
        showInputError([] { return tr("No session: finish the onboarding first."); });
        return;
    }

    if (m_endpoint->pathText().isEmpty()) {
        showInputError([] {
            return tr("Enter a path, for example \"user\" or \"user/12/monetary-account\".");
        });
        m_endpoint->pathEdit()->setFocus();
        return;
    }

    const console::FilledPath filled = m_endpoint->filledPath();
    if (!filled.isComplete()) {
        const QString names = u'{' + filled.missing.join(u"}, {"_s) + u'}';
        showInputError([names] {
            //: %1 lists the placeholders, e.g. "{paymentId}".
            return tr("Fill in %1 below the path before sending. Nothing was sent.").arg(names);
        });
        m_endpoint->focusFirstMissingPlaceholder();
        return;
    }

    api::ApiRequest request;
    request.method = m_endpoint->method();
    request.path = filled.path;
    if (request.method == "GET" && m_pagination->count() > 0)
        request.path = console::withCount(request.path, m_pagination->count());
    if (methodTakesBody(request.method)) {
        if (!validateBody())
            return;
        request.body = m_body->toPlainText().toUtf8();
    }

    submit(request, CallOrigin::Console);
}

void RequestConsole::cancel()
{
    if (m_moneyFlow->isWaitingForAcceptance())
        m_moneyFlow->cancel();
    m_sender->cancel();
}

void RequestConsole::resend(const console::HistoryEntry &entry)
{
    if (isBusy() || !m_sender->hasTransport())
        return;

    api::ApiRequest request;
    request.method = entry.method;
    request.path = entry.path;
    if (methodTakesBody(entry.method))
        request.body = entry.body;
    submit(request, CallOrigin::Console);
}

void RequestConsole::followPage(const QString &url)
{
    if (isBusy() || url.isEmpty() || !m_sender->hasTransport())
        return;

    api::ApiRequest request;
    request.path = m_pagination->count() > 0 ? console::withCount(url, m_pagination->count()) : url;
    submit(request, CallOrigin::Console);
}

void RequestConsole::requestSandboxMoney(const QString &amount)
{
    if (isBusy())
        return;
    if (!m_sender->hasTransport()) {
        m_moneyBar->showProblem(tr("No session: finish the onboarding first."));
        return;
    }

    // The account in the placeholder box is the one the person is looking at.
    const qint64 accountId = m_values.value(u"monetaryAccountId"_s).toLongLong();
    m_moneyFlow->start(m_context.user.id, accountId, amount);
    updateBusyState();
}

QString RequestConsole::curlCommand(bool revealToken) const
{
    if (m_lastResult.exchange.method.isEmpty())
        return {};
    return console::curlCommand(m_lastResult.exchange, revealToken);
}

bool RequestConsole::isBusy() const
{
    return m_sender->isBusy() || m_moneyFlow->isRunning();
}

void RequestConsole::submit(const api::ApiRequest &request, CallOrigin origin)
{
    api::ApiRequest withToken = request;
    // The keeper adds the token of the session it keeps alive.
    if (!m_keeper)
        withToken.authToken = m_context.sessionToken;

    m_origin = origin;
    m_sender->submit(withToken);
    updateBusyState();
}

void RequestConsole::updateBodyEnabled()
{
    const bool takesBody = methodTakesBody(m_endpoint->method());
    m_body->setEnabled(takesBody);
    m_format->setEnabled(takesBody);
    m_body->setToolTip(takesBody ? QString()
                                 : tr("GET and DELETE requests are sent without a body."));
}

void RequestConsole::updateBudget()
{
    const QByteArray method = m_endpoint->method();
    const QString path = m_endpoint->pathText();
    if (path.isEmpty()) {
        m_pacing->clearBudget();
        m_budgetRefresh->stop();
    } else {
        const console::Budget budget = m_sender->pacer().budget(method, path);
        m_pacing->setBudget(console::RateLimitPacer::endpointKey(method, path), budget);

        // The line counts down while calls are in the window and stops once the budget is full.
        if (budget.remaining < budget.capacity)
            m_budgetRefresh->start();
        else
            m_budgetRefresh->stop();
    }

    if (m_pacing->budgetText() != m_budgetText) {
        m_budgetText = m_pacing->budgetText();
        Q_EMIT budgetChanged(m_budgetText);
    }
}

void RequestConsole::updateBusyState()
{
    const bool busy = isBusy();
    const bool sending = m_sender->isSending();
    m_send->setEnabled(!busy);
    m_cancel->setVisible(busy);
    m_busyBar->setVisible(sending);
    m_busyLabel->setVisible(sending);
    m_moneyBar->setButtonEnabled(!busy);
    m_historyPanel->setActionsEnabled(!busy);
    m_pagination->setEnabled(!busy);
    if (!sending)
        m_busyText = {};
    m_busyLabel->setText(m_busyText ? m_busyText() : QString());

    if (busy != m_wasBusy) {
        m_wasBusy = busy;
        Q_EMIT busyChanged(busy);
    }
}

void RequestConsole::showInputError(TextFunction message)
{
    m_inputErrorText = std::move(message);
    m_inputError->setText(m_inputErrorText());
    m_inputError->show();
}

void RequestConsole::showBodyStatus()
{
    const auto &problem = m_body->problem();
    if (problem) {
        setStatusColour(m_bodyStatus, StatusColour::Error);
        //: JSON problem under the body editor; %1 line, %2 column, %3 the parser's message.
        m_bodyStatus->setText(tr("Line %1, column %2: %3")
                                  .arg(QString::number(problem->line),
                                       QString::number(problem->column), problem->message));
    } else if (m_body->toPlainText().trimmed().isEmpty()) {
        setStatusColour(m_bodyStatus, StatusColour::Normal);
        m_bodyStatus->setText(tr("No body"));
    } else {
        setStatusColour(m_bodyStatus, StatusColour::Success);
        m_bodyStatus->setText(tr("Valid JSON"));
    }
}

bool RequestConsole::validateBody()
{
    const auto &problem = m_body->problem();
    if (!problem)
        return true;

    const JsonProblem found = *problem;
    showInputError([found] {
        //: %1 line, %2 column, %3 byte offset, %4 the parser's message.
        return tr("The body is not valid JSON at line %1, column %2 (offset %3): %4. "
                  "Nothing was sent.")
            .arg(QString::number(found.line), QString::number(found.column),
                 QString::number(found.byteOffset), found.message);
    });

    // Moving the cursor leaves the undo history as it was.
    m_tabs->setCurrentIndex(0);
    m_body->moveCursorToProblem();
    m_body->setFocus();
    return false;
}

void RequestConsole::applyCatalogueBody(const QByteArray &bodyTemplate)
{
    if (bodyTemplate.isEmpty())
        return;
    m_body->replaceText(formatJsonText(QString::fromUtf8(bodyTemplate)));
    m_tabs->setCurrentIndex(0);
}

void RequestConsole::loadHistoryEntry(const console::HistoryEntry &entry)
{
    setRequest(entry.method, entry.path, entry.body);
    m_tabs->setCurrentIndex(0);
    m_endpoint->pathEdit()->setFocus();
}

void RequestConsole::copyCurlCommand()
{
    const bool reveal = m_curlIncludeToken->isChecked();
    const QString command = curlCommand(reveal);
    if (command.isEmpty())
        return;

    copyToClipboard(command);
    if (reveal) {
        m_curlNoteText = [] {
            return tr("Copied the curl command with the session token: treat it like a "
                      "password.");
        };
    } else {
        m_curlNoteText = [] {
            return tr("Copied the curl command with the session token masked. To run it, choose "
                      "\"Include the session token\" in the button's menu.");
        };
    }
    m_curlNote->setText(m_curlNoteText());
    m_curlNote->show();
}

void RequestConsole::onWaitStarted(const QString &endpointKey, qint64 waitMs)
{
    m_pacing->startCountdown(endpointKey, waitMs);
    updateBusyState();
}

void RequestConsole::onSendingStarted(const api::ApiRequest &request)
{
    m_pacing->stopCountdown();
    m_sentRequest = request;
    const QString method = QString::fromLatin1(request.method);
    const QString path = request.path;
    m_busyText = [method, path] {
        //: %1 method, %2 path, e.g. "Sending GET user…".
        return tr("Sending %1 %2…").arg(method, path);
    };
    updateBusyState();
    updateBudget();
}

void RequestConsole::onFinished(const api::ApiResult &result)
{
    m_lastResult = result;
    m_exchange->setResult(result);
    // A console call is sent to see its response. A call that got none keeps the
    // Request tab, which shows what was attempted.
    if (result.exchange.status != 0)
        m_exchange->showResponseTab();

    m_values.learnFromResult(m_sentRequest.path, result);
    m_endpoint->refreshPlaceholders();
    const console::PageLinks links = console::pageLinks(result);
    m_pagination->setLinks(links.olderUrl, links.newerUrl, links.futureUrl);
    m_curlButton->setEnabled(!result.exchange.method.isEmpty());
    m_curlNoteText = {};
    m_curlNote->hide();
    recordInHistory(result);

    // The sandbox money flow may ask for its next call right here, so the busy state is
    // updated after it had its turn.
    if (m_origin == CallOrigin::SandboxMoney)
        m_moneyFlow->onResult(result);
    updateBusyState();
    updateBudget();
    Q_EMIT resultReady(result);
}

void RequestConsole::recordInHistory(const api::ApiResult &result)
{
    const std::optional<QString> problem =
        m_history->append(console::RequestHistory::fromExchange(result.exchange, result.error));
    if (problem)
        m_historyPanel->setProblem(*problem);
    m_historyPanel->refresh();
}

} // namespace studio::ui
