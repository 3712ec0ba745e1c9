// SPDX-License-Identifier: GPL-3.0-or-later
#include "main/RequestConsole.h"

#include "platform/KeyboardNavigation.h"
#include "platform/StatusColours.h"
#include "widgets/ExchangeView.h"
#include "widgets/ViewHelpers.h"

#include <QComboBox>
#include <QCompleter>
#include <QEvent>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QStringListModel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace studio::ui {

namespace {

bool methodTakesBody(const QString &method)
{
    return method == u"POST"_s || method == u"PUT"_s;
}

// A position in the body editor, from a byte offset into the UTF-8 text.
struct TextPosition
{
    int characterOffset = 0;
    int line = 1;
    int column = 1;
};

TextPosition textPositionAt(const QByteArray &utf8, qsizetype byteOffset)
{
    const QString before = QString::fromUtf8(utf8.left(byteOffset));
    const qsizetype lastNewline = before.lastIndexOf(u'\n');

    TextPosition position;
    position.characterOffset = static_cast<int>(before.size());
    position.line = static_cast<int>(before.count(u'\n')) + 1;
    position.column = static_cast<int>(before.size() - (lastNewline + 1)) + 1;
    return position;
}

} // namespace

RequestConsole::RequestConsole(QWidget *parent)
    : QWidget(parent)
    , m_bunqLocale(bunqLocaleFor(QLocale()))
    , m_method(new QComboBox(this))
    , m_path(new QLineEdit(this))
    , m_body(new QPlainTextEdit(this))
    , m_inputError(new QLabel(this))
    , m_send(new QPushButton(this))
    , m_cancel(new QPushButton(this))
    , m_busyBar(new QProgressBar(this))
    , m_busyLabel(new QLabel(this))
    , m_exchange(new ExchangeView(this))
    , m_pathCompletions(new QStringListModel(this))
{
    m_method->setObjectName(u"methodCombo"_s);
    m_method->addItems({u"GET"_s, u"POST"_s, u"PUT"_s, u"DELETE"_s});

    m_path->setObjectName(u"pathEdit"_s);
    m_path->setText(u"user"_s);
    m_path->setFont(monospaceFont());
    m_path->setClearButtonEnabled(true);
    auto *completer = new QCompleter(m_pathCompletions, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_path->setCompleter(completer);

    m_body->setObjectName(u"bodyEdit"_s);
    m_body->setFont(monospaceFont());
    m_body->setTabChangesFocus(true);
    m_body->setMinimumHeight(m_body->fontMetrics().lineSpacing() * 4);

    m_inputError->setObjectName(u"inputErrorLabel"_s);
    m_inputError->setTextFormat(Qt::PlainText);
    m_inputError->setWordWrap(true);
    m_inputError->setTextInteractionFlags(Qt::TextSelectableByMouse);
    setStatusColour(m_inputError, StatusColour::Error);
    m_inputError->hide();

    m_send->setObjectName(u"sendButton"_s);

    m_cancel->setObjectName(u"cancelButton"_s);
    m_cancel->hide();

    m_busyBar->setObjectName(u"busyIndicator"_s);
    m_busyBar->setRange(0, 0);
    m_busyBar->setMaximumWidth(120);
    m_busyBar->setTextVisible(false);
    m_busyBar->hide();
    m_busyLabel->setObjectName(u"busyLabel"_s);
    m_busyLabel->hide();

    m_exchange->setObjectName(u"consoleExchange"_s);

    auto *requestRow = new QHBoxLayout;
    requestRow->addWidget(m_method);
    requestRow->addWidget(m_path, 1);
    requestRow->addWidget(m_send);
    requestRow->addWidget(m_cancel);

    auto *busyRow = new QHBoxLayout;
    busyRow->addWidget(m_busyBar);
    busyRow->addWidget(m_busyLabel, 1);

    m_bodyCaption = new QLabel(this);
    m_bodyCaption->setBuddy(m_body);

    auto *editor = new QWidget(this);
    auto *editorLayout = new QVBoxLayout(editor);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->addLayout(requestRow);
    editorLayout->addWidget(m_bodyCaption);
    editorLayout->addWidget(m_body, 1);
    editorLayout->addWidget(m_inputError);
    editorLayout->addLayout(busyRow);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(u"consoleSplitter"_s);
    splitter->addWidget(editor);
    splitter->addWidget(m_exchange);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    // Focusing the console puts the cursor in the path, the field people change most.
    forwardFocus(this, m_path);
    // Tab follows the rows as they appear: method, path, Send and Cancel, then the body.
    setTabOrder(m_method, m_path);
    setTabOrder(m_path, m_send);
    setTabOrder(m_send, m_cancel);
    setTabOrder(m_cancel, m_body);

    // The keypad Enter key sends too, as users press either.
    auto *keypadSend = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Enter), this);
    keypadSend->setContext(Qt::WidgetWithChildrenShortcut);

    connect(m_method, &QComboBox::currentTextChanged, this, &RequestConsole::updateBodyEnabled);
    connect(m_send, &QPushButton::clicked, this, &RequestConsole::send);
    connect(keypadSend, &QShortcut::activated, this, &RequestConsole::send);
    connect(m_path, &QLineEdit::returnPressed, this, &RequestConsole::send);
    connect(m_cancel, &QPushButton::clicked, this, &RequestConsole::cancel);
    connect(m_path, &QLineEdit::textEdited, m_inputError, &QLabel::hide);
    connect(m_body, &QPlainTextEdit::textChanged, m_inputError, &QLabel::hide);

    retranslateUi();
    updatePathCompletions();
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
    m_method->setAccessibleName(tr("HTTP method"));
    m_path->setAccessibleName(tr("Path"));
    m_path->setToolTip(tr("Relative to the API base URL: \"user\", \"user/12\" or \"/v1/user\""));
    m_bodyCaption->setText(tr("&Body (POST and PUT)"));
    m_body->setAccessibleName(tr("Request body (JSON)"));
    //: Placeholder of the request body editor.
    m_body->setPlaceholderText(tr("JSON body, e.g. {\"description\": \"Test\"}"));

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

    if (m_inputErrorText)
        m_inputError->setText(m_inputErrorText());
    if (m_busyText)
        m_busyLabel->setText(m_busyText());
    updateBodyEnabled();
}

void RequestConsole::setContext(QNetworkAccessManager *network,
                                const onboarding::SessionContext &context)
{
    // An aborted call may report at once or later; either way its result belongs to the old
    // session, so it is dropped here.
    cancel();
    if (m_call) {
        disconnect(m_call, nullptr, this, nullptr);
        m_call = nullptr;
        setBusy(false);
    }
    delete m_client;

    m_context = context;
    m_client = new api::ApiClient(network, context.environment, this);
    m_client->setClientKey(context.clientKey);
    m_client->setServerKey(context.serverPublicKey);
    m_client->setLocale(m_bunqLocale);

    updatePathCompletions();
}

void RequestConsole::setBunqLocale(const QByteArray &bunqLocale)
{
    m_bunqLocale = bunqLocale;
    if (m_client)
        m_client->setLocale(bunqLocale);
}

void RequestConsole::send()
{
    if (isBusy())
        return;
    m_inputError->hide();

    if (!m_client) {
        showInputError([] { return tr("No session: finish the onboarding first."); });
        return;
    }

    const QString path = m_path->text().trimmed();
    if (path.isEmpty()) {
        showInputError([] {
            return tr("Enter a path, for example \"user\" or \"user/12/monetary-account\".");
        });
        m_path->setFocus();
        return;
    }

    api::ApiRequest request;
    request.method = m_method->currentText().toLatin1();
    request.path = path;
    request.authToken = m_context.sessionToken;
    if (methodTakesBody(m_method->currentText())) {
        request.body = m_body->toPlainText().toUtf8();
        if (!validateBody(request.body))
            return;
    }

    m_call = m_client->send(request);
    connect(m_call, &api::ApiCall::finished, this, &RequestConsole::onFinished);

    const QString method = m_method->currentText();
    setBusy(true, [method, path] {
        //: %1 method, %2 path, e.g. "Sending GET user…".
        return tr("Sending %1 %2…").arg(method, path);
    });
}

void RequestConsole::cancel()
{
    if (m_call)
        m_call->abort();
}

void RequestConsole::updateBodyEnabled()
{
    const bool takesBody = methodTakesBody(m_method->currentText());
    m_body->setEnabled(takesBody);
    m_body->setToolTip(takesBody ? QString()
                                 : tr("GET and DELETE requests are sent without a body."));
}

void RequestConsole::updatePathCompletions()
{
    QStringList paths{u"user"_s, u"device-server"_s, u"installation"_s};
    if (m_context.user.id != 0) {
        const QString user = u"user/"_s + QString::number(m_context.user.id);
        paths += {user, user + u"/monetary-account"_s, user + u"/monetary-account-bank"_s,
                  user + u"/card"_s, user + u"/notification-filter-url"_s};
    }
    if (m_context.sessionId != 0)
        paths += u"session/"_s + QString::number(m_context.sessionId);

    m_pathCompletions->setStringList(paths);
}

void RequestConsole::setBusy(bool busy, TextFunction description)
{
    m_busyText = std::move(description);
    m_send->setEnabled(!busy);
    m_cancel->setVisible(busy);
    m_busyBar->setVisible(busy);
    m_busyLabel->setVisible(busy);
    m_busyLabel->setText(m_busyText ? m_busyText() : QString());
    Q_EMIT busyChanged(busy);
}

void RequestConsole::showInputError(TextFunction message)
{
    m_inputErrorText = std::move(message);
    m_inputError->setText(m_inputErrorText());
    m_inputError->show();
}

bool RequestConsole::validateBody(const QByteArray &body)
{
    if (body.trimmed().isEmpty())
        return true;

    QJsonParseError parseError;
    QJsonDocument::fromJson(body, &parseError);
    if (parseError.error == QJsonParseError::NoError)
        return true;

    const TextPosition position = textPositionAt(body, parseError.offset);
    showInputError([position, parseError] {
        //: %1 line, %2 column, %3 byte offset, %4 the parser's message.
        return tr("The body is not valid JSON at line %1, column %2 (offset %3): %4. "
                  "Nothing was sent.")
            .arg(QString::number(position.line), QString::number(position.column),
                 QString::number(parseError.offset), parseError.errorString());
    });

    // Moving the cursor leaves the undo history as it was.
    QTextCursor cursor = m_body->textCursor();
    cursor.setPosition(qMin(position.characterOffset, m_body->document()->characterCount() - 1));
    m_body->setTextCursor(cursor);
    m_body->setFocus();
    return false;
}

void RequestConsole::onFinished(const api::ApiResult &result)
{
    m_call = nullptr;
    m_lastResult = result;
    m_exchange->setResult(result);
    // A console call is sent to see its response. A call that got none keeps the
    // Request tab, which shows what was attempted.
    if (result.exchange.status != 0)
        m_exchange->showResponseTab();
    setBusy(false);
    Q_EMIT resultReady(result);
}

} // namespace studio::ui
