// SPDX-License-Identifier: GPL-3.0-or-later
#include "profiles/ContextFileDialog.h"

#include "platform/StatusColours.h"
#include "widgets/ExchangeView.h"
#include "widgets/SecretField.h"
#include "widgets/ViewHelpers.h"
#include "wizard/SessionPage.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace studio::ui {

namespace {

// Context files are a few kilobytes. Anything far larger is not one, and is not read whole.
constexpr qint64 maximumFileSize = 1024 * 1024;

constexpr auto dateTimeFormat = "yyyy-MM-dd HH:mm:ss";

// Items of the target combo box.
enum class Target { FileEnvironment, LocalSandbox };

QLabel *createValueLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

// Shows a value, or what is missing in the warning colour.
void showValue(QLabel *label, const QString &value, const QString &missing)
{
    label->setText(value.isEmpty() ? missing : value);
    setStatusColour(label, value.isEmpty() ? StatusColour::Warning : StatusColour::Normal);
}

bool isCredentialsRejected(const api::ApiError &error)
{
    return error.httpStatus == 400
        && error.descriptions.contains(
            u"User credentials are incorrect. Incorrect API key or IP address."_s);
}

bool isSessionAlreadyOpen(const api::ApiError &error)
{
    return error.httpStatus == 400
        && error.descriptions.contains(u"Authentication token already has a user session."_s);
}

} // namespace

ContextFileDialog::ContextFileDialog(QNetworkAccessManager *network, QWidget *parent)
    : QDialog(parent)
    , m_network(network)
    , m_check(new ImportedSessionCheck(network, this))
    , m_heading(createValueLabel(u"fileHeading"_s, this))
    , m_shape(createValueLabel(u"shapeLabel"_s, this))
    , m_errorPanel(createValueLabel(u"fileError"_s, this))
    , m_unchangedNote(createValueLabel(u"unchangedNote"_s, this))
    , m_openAnother(new QPushButton(this))
    , m_close(new QPushButton(this))
{
    setObjectName(u"contextFileDialog"_s);
    resize(780, 760);

    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.2);
    m_heading->setFont(headingFont);
    m_errorPanel->setMargin(8);
    m_errorPanel->setAutoFillBackground(true);
    setErrorPanelColours(m_errorPanel);

    buildContentsSection();
    buildSessionSection();
    buildSaveSection();

    m_openAnother->setObjectName(u"openAnotherButton"_s);
    m_close->setObjectName(u"closeButton"_s);
    // Return in the name field saves, so no button may be the default one.
    const QList<QPushButton *> pushButtons = findChildren<QPushButton *>();
    for (QPushButton *button : pushButtons)
        button->setAutoDefault(false);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_openAnother, QDialogButtonBox::ActionRole);
    buttons->addButton(m_close, QDialogButtonBox::RejectRole);
    connect(m_openAnother, &QPushButton::clicked, this, &ContextFileDialog::openAnotherRequested);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);

    // The sections scroll, so a short screen still reaches the buttons.
    auto *body = new QWidget;
    auto *bodyLayout = new QVBoxLayout(body);
    bodyLayout->setContentsMargins(0, 0, 0, 0);
    bodyLayout->addWidget(m_shape);
    bodyLayout->addWidget(m_errorPanel);
    bodyLayout->addWidget(m_unchangedNote);
    bodyLayout->addWidget(m_contentsBox);
    bodyLayout->addWidget(m_sessionBox);
    bodyLayout->addStretch();
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(body);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus);

    // Saving stays in view below the sections, however far the exchange view scrolls.
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_saveBox);
    layout->addWidget(buttons);

    connect(m_check, &ImportedSessionCheck::finished, this, &ContextFileDialog::onCheckFinished);

    retranslateUi();
    showContents();
}

void ContextFileDialog::buildContentsSection()
{
    m_contentsBox = new QGroupBox(this);
    m_contentsBox->setObjectName(u"contentsBox"_s);
    m_contentsForm = new QFormLayout(m_contentsBox);
    m_contentsForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_apiKey = new SecretField(this);
    m_apiKey->setObjectName(u"apiKeyField"_s);
    m_clientKey = createValueLabel(u"clientKeyLabel"_s, this);
    m_clientKey->setFont(monospaceFont());
    m_installationToken = new SecretField(this);
    m_installationToken->setObjectName(u"installationTokenField"_s);
    m_serverKey = createValueLabel(u"serverKeyLabel"_s, this);
    m_serverKey->setFont(monospaceFont());
    m_sessionToken = new SecretField(this);
    m_sessionToken->setObjectName(u"sessionTokenField"_s);
    m_user = createValueLabel(u"userLabel"_s, this);
    m_expiry = createValueLabel(u"fileExpiryLabel"_s, this);
    m_proxy = createValueLabel(u"proxyLabel"_s, this);
    m_missing = createValueLabel(u"missingLabel"_s, this);
    setStatusColour(m_missing, StatusColour::Warning);
    m_findings = createValueLabel(u"findingsLabel"_s, this);

    const QList<QWidget *> fields = {m_apiKey,       m_clientKey,    m_installationToken,
                                     m_serverKey,    m_sessionToken, m_user,
                                     m_expiry,       m_proxy,        m_missing,
                                     m_findings};
    for (QWidget *field : fields) {
        auto *caption = new QLabel(this);
        caption->setBuddy(field);
        m_contentsForm->addRow(caption, field);
        m_contentCaptions += caption;
    }
    m_findingsCaption = m_contentCaptions.last();
}

void ContextFileDialog::buildSessionSection()
{
    m_sessionBox = new QGroupBox(this);
    m_sessionBox->setObjectName(u"sessionBox"_s);
    m_targetCaption = new QLabel(this);
    m_target = new QComboBox(this);
    m_target->setObjectName(u"targetCombo"_s);
    m_targetCaption->setBuddy(m_target);
    m_sessionStatus = createValueLabel(u"sessionStatusLabel"_s, this);
    m_busy = new QProgressBar(this);
    m_busy->setObjectName(u"sessionProgress"_s);
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumHeight(8);
    m_busy->setVisible(false);
    m_checkButton = new QPushButton(this);
    m_checkButton->setObjectName(u"checkSessionButton"_s);
    m_reopenButton = new QPushButton(this);
    m_reopenButton->setObjectName(u"reopenSessionButton"_s);
    m_exchange = new ExchangeView(this);
    m_exchange->setObjectName(u"importExchange"_s);
    m_exchange->setVisible(false);

    auto *targetRow = new QHBoxLayout;
    targetRow->addWidget(m_targetCaption);
    targetRow->addWidget(m_target, 1);
    auto *buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_checkButton);
    buttonRow->addWidget(m_reopenButton);
    buttonRow->addStretch();

    auto *layout = new QVBoxLayout(m_sessionBox);
    layout->addLayout(targetRow);
    layout->addWidget(m_sessionStatus);
    layout->addWidget(m_busy);
    layout->addLayout(buttonRow);
    layout->addWidget(m_exchange);

    connect(m_target, &QComboBox::currentIndexChanged, this, &ContextFileDialog::applyTarget);
    connect(m_checkButton, &QPushButton::clicked, this, &ContextFileDialog::checkSession);
    connect(m_reopenButton, &QPushButton::clicked, this, &ContextFileDialog::reopenSession);
}

void ContextFileDialog::buildSaveSection()
{
    m_saveBox = new QGroupBox(this);
    m_saveBox->setObjectName(u"saveBox"_s);
    m_nameCaption = new QLabel(this);
    m_name = new QLineEdit(this);
    m_name->setObjectName(u"profileNameEdit"_s);
    m_name->setClearButtonEnabled(true);
    m_nameCaption->setBuddy(m_name);
    m_saveButton = new QPushButton(this);
    m_saveButton->setObjectName(u"saveProfileButton"_s);
    m_saveError = createValueLabel(u"saveError"_s, this);
    setStatusColour(m_saveError, StatusColour::Error);
    m_saveError->setVisible(false);

    auto *row = new QHBoxLayout;
    row->addWidget(m_nameCaption);
    row->addWidget(m_name, 1);
    row->addWidget(m_saveButton);
    auto *layout = new QVBoxLayout(m_saveBox);
    layout->addLayout(row);
    layout->addWidget(m_saveError);

    connect(m_name, &QLineEdit::textChanged, this, &ContextFileDialog::updateButtons);
    connect(m_name, &QLineEdit::textEdited, this, [this] { m_nameEdited = true; });
    connect(m_name, &QLineEdit::returnPressed, this, &ContextFileDialog::requestSave);
    connect(m_saveButton, &QPushButton::clicked, this, &ContextFileDialog::requestSave);
}

void ContextFileDialog::openFile(const QString &fileName)
{
    QFile file(fileName);
    const QString shownName = QFileInfo(fileName).absoluteFilePath();
    if (!file.open(QIODevice::ReadOnly)) {
        m_fileName = shownName;
        m_imported.reset();
        //: %1 file name, %2 the system's reason.
        m_error = storage::ContextFileError{
            shownName, tr("Opening %1 failed: %2").arg(shownName, file.errorString())};
        showContents();
        return;
    }
    if (file.size() > maximumFileSize) {
        m_fileName = shownName;
        m_imported.reset();
        //: %1 file name, %2 its size in bytes.
        m_error = storage::ContextFileError{
            shownName, tr("%1 has %2 bytes, far more than a bunq SDK context file, so it is "
                          "not one. Choose the bunq.conf file your SDK wrote.")
                           .arg(shownName)
                           .arg(file.size())};
        showContents();
        return;
    }
    showFile(file.readAll(), shownName);
}

void ContextFileDialog::showFile(const QByteArray &bytes, const QString &fileName)
{
    m_check->cancel();
    m_fileName = fileName;
    m_lastOutcome.reset();
    m_exchange->clear();
    m_exchange->setVisible(false);

    auto read = storage::readContextFile(bytes, fileName);
    if (!read) {
        m_imported.reset();
        m_error = read.error();
        showContents();
        return;
    }

    m_error.reset();
    m_imported = std::move(read).value();
    m_context = m_imported->context;
    m_state = m_context.hasSession() ? SessionState::Unchecked : SessionState::NoSession;
    m_nameEdited = false;
    m_name->setText(defaultProfileName());
    showContents();
}

void ContextFileDialog::setLocalSandboxUrl(const QUrl &baseUrl)
{
    m_localSandboxUrl = baseUrl;
    showContents();
}

void ContextFileDialog::setNetworkForProxy(NetworkForProxy networkForProxy)
{
    m_networkForProxy = std::move(networkForProxy);
}

QString ContextFileDialog::errorText() const
{
    return m_error ? m_error->message : QString();
}

QStringList ContextFileDialog::findings() const
{
    return m_imported ? m_imported->findings : QStringList();
}

QString ContextFileDialog::sessionStatusText() const
{
    return m_sessionStatus->text();
}

onboarding::SessionContext ContextFileDialog::context() const
{
    return m_context;
}

QString ContextFileDialog::proxyUrl() const
{
    return m_imported ? m_imported->proxyUrl : QString();
}

void ContextFileDialog::checkSession()
{
    if (!m_imported || !m_context.hasSession() || !prepareNetwork())
        return;
    m_state = SessionState::Busy;
    m_check->checkAlive(m_context);
    showSessionState();
}

void ContextFileDialog::reopenSession()
{
    if (!m_imported || !prepareNetwork())
        return;
    m_state = SessionState::Busy;
    m_check->reopen(m_context);
    showSessionState();
}

// Picks the network manager for the file's proxy, and shows the reason when none is usable.
bool ContextFileDialog::prepareNetwork()
{
    m_networkProblem.clear();
    QNetworkAccessManager *network = m_network;
    if (!proxyUrl().isEmpty() && m_networkForProxy) {
        const auto forProxy = m_networkForProxy(proxyUrl());
        if (!forProxy) {
            m_networkProblem = forProxy.error();
            m_state = SessionState::Failed;
            showSessionState();
            return false;
        }
        network = forProxy.value();
    }
    m_check->setNetwork(network);
    return true;
}

void ContextFileDialog::onCheckFinished(const ImportedSessionCheck::Outcome &outcome)
{
    m_lastOutcome = outcome;
    using Verdict = ImportedSessionCheck::Verdict;
    switch (outcome.verdict) {
    case Verdict::Alive:
    case Verdict::Opened:
        m_context = outcome.context;
        m_state = SessionState::Alive;
        break;
    case Verdict::Ended:
        m_state = SessionState::Ended;
        break;
    case Verdict::Failed:
        m_state = SessionState::Failed;
        break;
    }

    m_exchange->setResult(outcome.result);
    m_exchange->setVisible(true);
    // The user's name is now known, unless the user typed a name of their own.
    if (!m_nameEdited)
        m_name->setText(defaultProfileName());
    showContents();
}

void ContextFileDialog::applyTarget()
{
    if (!m_imported)
        return;

    const auto target = Target(m_target->currentData().toInt());
    const api::ApiEnvironment environment = target == Target::LocalSandbox
        ? api::ApiEnvironment::localSandbox(m_localSandboxUrl)
        : m_imported->context.environment;
    if (environment == m_context.environment)
        return;

    // A check against one server does not apply to another.
    m_check->cancel();
    m_context.environment = environment;
    m_lastOutcome.reset();
    m_exchange->clear();
    m_exchange->setVisible(false);
    m_state = m_context.hasSession() ? SessionState::Unchecked : SessionState::NoSession;
    if (!m_nameEdited)
        m_name->setText(defaultProfileName());
    showContents();
}

void ContextFileDialog::requestSave()
{
    const QString name = m_name->text().trimmed();
    if (!m_imported || name.isEmpty() || m_saving || m_check->isBusy())
        return;

    m_saving = true;
    m_saveError->setVisible(false);
    updateButtons();
    Q_EMIT saveRequested(m_context, proxyUrl(), name);
}

void ContextFileDialog::finishSaved()
{
    m_saving = false;
    accept();
}

void ContextFileDialog::showSaveError(const QString &message)
{
    m_saving = false;
    m_saveError->setText(message);
    m_saveError->setVisible(true);
    updateButtons();
}

QString ContextFileDialog::defaultProfileName() const
{
    const QString user = m_context.user.displayName;
    if (user.isEmpty())
        //: Default profile name; %1 environment, %2 file name.
        return tr("%1 — %2").arg(m_context.environment.displayName(),
                                 QFileInfo(m_fileName).fileName());
    //: Default profile name; %1 environment such as "bunq sandbox", %2 user name.
    return tr("%1 — %2").arg(m_context.environment.displayName(), user);
}

void ContextFileDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        showContents();
    }
    QDialog::changeEvent(event);
}

void ContextFileDialog::retranslateUi()
{
    setWindowTitle(tr("Open Context File"));

    const QStringList captions = {
        tr("API key:"),
        tr("Client key pair:"),
        tr("Installation token:"),
        //: SHA-256 fingerprint of bunq's server public key.
        tr("Server public key:"),
        tr("Session token:"),
        //: The bunq user the session belongs to.
        tr("User:"),
        //: expiry_time as written in the file.
        tr("Expiry in the file:"),
        tr("Proxy:"),
        //: Parts of a session context that the file does not contain.
        tr("Missing:"),
        //: Notes about the file: what was found, missing or odd.
        tr("Notes:"),
    };
    for (qsizetype row = 0; row < m_contentCaptions.size(); ++row)
        m_contentCaptions.at(row)->setText(captions.at(row));
    m_apiKey->setSecretName(tr("API key"));
    m_installationToken->setSecretName(tr("installation token"));
    m_sessionToken->setSecretName(tr("session token"));

    m_contentsBox->setTitle(tr("What the file contains"));
    m_sessionBox->setTitle(tr("Session"));
    //: Which server the imported context's calls go to.
    m_targetCaption->setText(tr("Send &calls to:"));
    m_checkButton->setText(tr("C&heck Session"));
    m_reopenButton->setText(tr("&Re-open Session"));
    m_saveBox->setTitle(tr("Keep as a profile"));
    m_nameCaption->setText(tr("Profile &name:"));
    m_saveButton->setText(tr("&Save as Profile"));
    m_openAnother->setText(tr("&Open Another File…"));
    m_close->setText(tr("Close"));
}

void ContextFileDialog::showContents()
{
    showHeading();
    const bool readable = m_imported.has_value();
    m_contentsBox->setVisible(readable);
    m_sessionBox->setVisible(readable);
    m_saveBox->setVisible(readable);
    m_shape->setVisible(readable);
    if (!readable) {
        updateButtons();
        return;
    }

    showFileValues();
    showMissingAndFindings();
    showTargets();
    showSessionState();
}

void ContextFileDialog::showHeading()
{
    const QString baseName = QFileInfo(m_fileName).fileName();
    if (m_fileName.isEmpty())
        m_heading->setText(tr("No file opened"));
    else if (m_imported)
        m_heading->setText(baseName);
    else
        //: %1 file name.
        m_heading->setText(tr("%1 cannot be used").arg(baseName));

    m_errorPanel->setVisible(m_error.has_value());
    m_unchangedNote->setVisible(m_error.has_value());
    if (m_error) {
        m_errorPanel->setText(m_error->message);
        m_unchangedNote->setText(tr("Nothing was imported, and your saved profiles are "
                                    "unchanged. Choose another file, or export the context "
                                    "again from the program that wrote it."));
    }
}

void ContextFileDialog::showFileValues()
{
    const storage::ImportedContext &imported = *m_imported;
    //: %1 full path of the file, %2 SDK name such as "Python".
    m_shape->setText(imported.likelyShape == storage::SdkShape::Unknown
                         ? tr("%1\nIts layout matches none of bunq's SDKs exactly.")
                               .arg(m_fileName)
                         : tr("%1\nMost likely written by bunq's %2 SDK.")
                               .arg(m_fileName, storage::sdkShapeName(imported.likelyShape)));

    const onboarding::SessionContext &context = m_context;
    m_apiKey->setSecret(context.apiKey);
    const QString clientKey = context.clientKey.isNull()
        ? QString()
        : twoLineFingerprint(context.clientKey.publicKey().sha256Fingerprint());
    showValue(m_clientKey, clientKey, tr("missing"));
    m_installationToken->setSecret(context.installationToken);
    const QString serverKey = context.serverPublicKey.isNull()
        ? QString()
        : twoLineFingerprint(context.serverPublicKey.sha256Fingerprint());
    showValue(m_serverKey, serverKey, tr("missing"));
    m_sessionToken->setSecret(context.sessionToken);

    QString user;
    if (!context.user.kind.isEmpty() || context.user.id != 0) {
        //: %1 user name, %2 user kind such as Person, %3 user id.
        user = tr("%1 (%2, id %3)")
                   .arg(context.user.displayName.isEmpty() ? tr("no name")
                                                           : context.user.displayName,
                        userKindText(context.user.kind), QString::number(context.user.id));
    }
    showValue(m_user, user, tr("missing"));

    QString expiry;
    if (imported.untrustedExpiry.isValid()) {
        const QDateTime local = imported.untrustedExpiry.toLocalTime();
        //: %1 the file's expiry as local time.
        expiry = tr("%1 (local time; not yet checked with the server)")
                     .arg(local.toString(QString::fromLatin1(dateTimeFormat)));
    }
    showValue(m_expiry, expiry, tr("missing"));
    m_proxy->setText(imported.proxyUrl.isEmpty() ? tr("none") : imported.proxyUrl);
}

void ContextFileDialog::showMissingAndFindings()
{
    const storage::ImportedContext &imported = *m_imported;
    const onboarding::SessionContext &context = m_context;
    QStringList missing;
    if (!context.hasSession())
        missing << tr("the session token, so a new session must be opened");
    if (context.user.id == 0)
        missing << tr("the user");
    if (!imported.untrustedExpiry.isValid())
        missing << tr("the expiry time");
    if (!context.hasDevice())
        //: The SDKs do not write the device-server id into their files.
        missing << tr("the device-server id, which bunq's SDKs do not save");
    m_missing->setText(missing.join(u"\n"_s));
    m_missing->setVisible(!missing.isEmpty());
    m_contentsForm->labelForField(m_missing)->setVisible(!missing.isEmpty());

    QStringList bullets;
    for (const QString &finding : imported.findings)
        bullets << u"• "_s + finding;
    m_findings->setText(bullets.join(u'\n'));
    m_findings->setVisible(!bullets.isEmpty());
    m_findingsCaption->setVisible(!bullets.isEmpty());
}

// Offers the file's environment, and the local sandbox for sandbox files.
void ContextFileDialog::showTargets()
{
    const storage::ImportedContext &imported = *m_imported;
    const QSignalBlocker blocker(m_target);
    m_target->clear();
    m_target->addItem(u"%1 (%2)"_s.arg(imported.context.environment.displayName(),
                                      imported.context.environment.baseUrl().host()),
                      int(Target::FileEnvironment));
    const bool sandboxFile =
        imported.context.environment.kind() == api::ApiEnvironment::Kind::Sandbox;
    if (sandboxFile && m_localSandboxUrl.isValid()) {
        //: %1 host and port of the local sandbox.
        m_target->addItem(
            tr("Local sandbox built into this app (%1)").arg(m_localSandboxUrl.authority()),
            int(Target::LocalSandbox));
    }

    const bool local = m_context.environment.kind() == api::ApiEnvironment::Kind::LocalSandbox;
    m_target->setCurrentIndex(local ? m_target->count() - 1 : 0);
    m_target->setEnabled(m_target->count() > 1);
}

void ContextFileDialog::showSessionState()
{
    using Verdict = ImportedSessionCheck::Verdict;
    const bool busy = m_state == SessionState::Busy;
    m_busy->setVisible(busy);

    QString text;
    StatusColour colour = StatusColour::Normal;
    const std::optional<api::ApiError> error =
        m_lastOutcome ? m_lastOutcome->result.error : std::nullopt;
    switch (m_state) {
    case SessionState::NoSession:
        text = tr("The file holds no session. Re-open Session opens one on the file's "
                  "installation.");
        break;
    case SessionState::Unchecked:
        text = tr("Not checked yet. The expiry time in the file comes from another program's "
                  "clock, so only the server can tell whether the session is alive: Check "
                  "Session sends GET /v1/user with the session token.");
        break;
    case SessionState::Busy:
        text = m_check->isBusy() ? tr("Asking the server…") : QString();
        break;
    case SessionState::Alive: {
        const bool opened = m_lastOutcome && m_lastOutcome->verdict == Verdict::Opened;
        const QDateTime expiry = m_context.expiry();
        if (opened && expiry.isValid()) {
            //: %1 user name, %2 expiry in UTC.
            text = tr("A new session is open for %1. It expires at %2 UTC unless it is used.")
                       .arg(m_context.user.displayName,
                            expiry.toUTC().toString(QString::fromLatin1(dateTimeFormat)));
        } else {
            //: %1 user name, %2 user id.
            text = tr("Alive: GET /v1/user succeeded for %1 (id %2).")
                       .arg(m_context.user.displayName, QString::number(m_context.user.id));
        }
        colour = StatusColour::Success;
        break;
    }
    case SessionState::Ended:
        //: %1 HTTP status such as 401.
        text = tr("Ended: the server rejected the session token with HTTP %1. Re-open Session "
                  "opens a new session on the file's installation.")
                   .arg(error ? error->httpStatus : 0);
        colour = StatusColour::Warning;
        break;
    case SessionState::Failed:
        colour = StatusColour::Error;
        if (!m_networkProblem.isEmpty()) {
            text = m_networkProblem;
        } else if (m_lastOutcome && !m_lastOutcome->problem.isEmpty()) {
            //: %1 what could not be read in the server's reply.
            text = tr("The server's reply could not be read: %1").arg(m_lastOutcome->problem);
        } else if (error && isCredentialsRejected(*error)) {
            text = tr("bunq rejected the API key or this computer's IP address. The key may be "
                      "revoked, the sandbox may have been reset, or the device does not permit "
                      "this IP. Run the onboarding again with a new API key.");
        } else if (error && isSessionAlreadyOpen(*error)) {
            text = tr("The installation still has a live session, so no second one was "
                      "opened. Check Session to use the one in the file.");
        } else if (error) {
            //: %1 one-line summary of the error.
            text = tr("The call failed: %1").arg(error->summary());
        }
        break;
    }
    m_sessionStatus->setText(text);
    setStatusColour(m_sessionStatus, colour);
    updateButtons();
}

void ContextFileDialog::updateButtons()
{
    const bool readable = m_imported.has_value();
    const bool busy = m_check->isBusy();
    m_checkButton->setEnabled(readable && !busy && m_context.hasSession());
    m_reopenButton->setEnabled(readable && !busy);
    m_target->setEnabled(readable && !busy && m_target->count() > 1);
    m_saveButton->setEnabled(readable && !busy && !m_saving
                             && !m_name->text().trimmed().isEmpty());
    m_name->setEnabled(!m_saving);
}

} // namespace studio::ui
