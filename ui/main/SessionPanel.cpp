// SPDX-License-Identifier: GPL-3.0-or-later
#include "main/SessionPanel.h"

#include "crypto/RsaPublicKey.h"
#include "platform/StatusColours.h"
#include "session/ProxySettings.h"
#include "widgets/SecretField.h"
#include "widgets/ViewHelpers.h"

#include <QCheckBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace studio::ui {

namespace {

constexpr auto dateTimeFormat = "yyyy-MM-dd HH:mm:ss";

// Below this many seconds left the countdown turns amber, so the user renews in time.
constexpr qint64 expiryWarningSeconds = 5 * 60;

QLabel *createValueLabel(const QString &objectName, QWidget *parent, bool monospace = false)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    if (monospace)
        label->setFont(monospaceFont());
    return label;
}

// Returns the badge's background colour: green for the offline local sandbox, amber for bunq's
// sandbox and red for production, where calls touch real money.
QColor badgeColour(api::ApiEnvironment::Kind kind)
{
    switch (kind) {
    case api::ApiEnvironment::Kind::LocalSandbox:
        return QColor(0x1b, 0x6e, 0x3a);
    case api::ApiEnvironment::Kind::Sandbox:
        return QColor(0xa3, 0x4d, 0x00);
    case api::ApiEnvironment::Kind::Production:
        break;
    }
    return QColor(0xb0, 0x1c, 0x1c);
}

// Colours the countdown for the status, in bold unless all is well.
void showCountdownStatus(QLabel *countdown, StatusColour status)
{
    setStatusColour(countdown, status);
    QFont font = countdown->font();
    font.setBold(status != StatusColour::Normal);
    countdown->setFont(font);
}

QString permittedIpsText(const QStringList &ips)
{
    if (ips.isEmpty())
        //: Device permitted-IP setting: bound to the address the call came from.
        return SessionPanel::tr("this IP only");
    if (ips.contains(u"*"_s))
        //: Device permitted-IP setting: usable from any address.
        return SessionPanel::tr("any IP (wildcard)");
    return ips.join(u", "_s);
}

} // namespace

QString formatDuration(qint64 seconds)
{
    const qint64 days = seconds / 86400;
    const qint64 hours = seconds % 86400 / 3600;
    const qint64 minutes = seconds % 3600 / 60;
    const qint64 rest = seconds % 60;

    QStringList parts;
    if (days > 0)
        //: Abbreviated unit of a countdown; %1 is a number of days.
        parts += SessionPanel::tr("%1 d").arg(days);
    if (days > 0 || hours > 0)
        //: Abbreviated unit of a countdown; %1 is a number of hours.
        parts += SessionPanel::tr("%1 h").arg(hours);
    if (days > 0 || hours > 0 || minutes > 0)
        //: Abbreviated unit of a countdown; %1 is a number of minutes.
        parts += SessionPanel::tr("%1 min").arg(minutes);
    //: Abbreviated unit of a countdown; %1 is a number of seconds.
    parts += SessionPanel::tr("%1 s").arg(rest);
    return parts.join(u' ');
}

SessionPanel::SessionPanel(QWidget *parent)
    : QWidget(parent)
    , m_currentUtc([] { return QDateTime::currentDateTimeUtc(); })
    , m_countdownTimer(new QTimer(this))
    , m_environmentBadge(createValueLabel(u"environmentBadge"_s, this))
    , m_baseUrl(createValueLabel(u"baseUrlLabel"_s, this, true))
    , m_user(createValueLabel(u"userLabel"_s, this))
    , m_device(createValueLabel(u"deviceLabel"_s, this))
    , m_installationToken(new SecretField(this))
    , m_sessionToken(new SecretField(this))
    , m_serverKey(createValueLabel(u"serverKeyLabel"_s, this, true))
    , m_expiry(createValueLabel(u"expiryLabel"_s, this))
    , m_countdown(createValueLabel(u"expiryCountdownLabel"_s, this))
    , m_profileCaption(new QLabel(this))
    , m_profileName(createValueLabel(u"profileNameLabel"_s, this))
    , m_proxyCaption(new QLabel(this))
    , m_proxyRow(new QWidget(this))
    , m_proxy(createValueLabel(u"proxyLabel"_s, this))
    , m_editProxy(new QPushButton(this))
{
    m_environmentBadge->setWordWrap(false);
    m_environmentBadge->setAlignment(Qt::AlignCenter);
    m_environmentBadge->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);

    m_installationToken->setObjectName(u"installationTokenField"_s);
    m_sessionToken->setObjectName(u"sessionTokenField"_s);

    m_editProxy->setObjectName(u"editProxyButton"_s);
    auto *proxyLayout = new QHBoxLayout(m_proxyRow);
    proxyLayout->setContentsMargins(0, 0, 0, 0);
    proxyLayout->addWidget(m_proxy, 1);
    proxyLayout->addWidget(m_editProxy);

    // Captions above their values keep the panel narrow enough for a side dock.
    auto *form = new QFormLayout(this);
    form->setRowWrapPolicy(QFormLayout::WrapAllRows);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const auto boldCaption = [](QLabel *label) {
        QFont font = label->font();
        font.setBold(true);
        label->setFont(font);
    };
    const auto addRow = [this, form, boldCaption](QWidget *field) {
        auto *label = new QLabel(this);
        boldCaption(label);
        label->setBuddy(field);
        form->addRow(label, field);
        m_captions += label;
    };

    boldCaption(m_profileCaption);
    form->addRow(m_profileCaption, m_profileName);
    const QList<QWidget *> fields = {m_environmentBadge, m_baseUrl, m_user, m_device};
    for (QWidget *field : fields)
        addRow(field);
    // The proxy is next to the device's permitted IPs, because it changes the source address
    // of the calls.
    boldCaption(m_proxyCaption);
    m_proxyCaption->setBuddy(m_editProxy);
    form->addRow(m_proxyCaption, m_proxyRow);
    const QList<QWidget *> secretFields = {m_installationToken, m_sessionToken, m_serverKey,
                                           m_expiry};
    for (QWidget *field : secretFields)
        addRow(field);
    form->addRow(m_countdown);
    createSessionControls();
    form->addRow(m_sessionControls);

    m_profileCaption->setVisible(false);
    m_profileName->setVisible(false);
    m_proxyCaption->setVisible(false);
    m_proxyRow->setVisible(false);
    connect(m_editProxy, &QPushButton::clicked, this, &SessionPanel::editProxyRequested);

    m_countdownTimer->setInterval(1000);
    connect(m_countdownTimer, &QTimer::timeout, this, &SessionPanel::updateCountdown);

    retranslateUi();
    setContext({});
}

void SessionPanel::createSessionControls()
{
    m_sessionControls = new QWidget(this);
    m_sessionControls->setObjectName(u"sessionControls"_s);
    m_stateLabel = createValueLabel(u"sessionStateLabel"_s, m_sessionControls);
    m_keepAlive = new QCheckBox(m_sessionControls);
    m_keepAlive->setObjectName(u"keepAliveCheck"_s);
    m_closeSession = new QPushButton(m_sessionControls);
    m_closeSession->setObjectName(u"closeSessionButton"_s);
    m_openSession = new QPushButton(m_sessionControls);
    m_openSession->setObjectName(u"openSessionButton"_s);
    m_problemLabel = createValueLabel(u"sessionProblemLabel"_s, m_sessionControls);
    setStatusColour(m_problemLabel, StatusColour::Error);

    m_stoppedPanel = new QWidget(m_sessionControls);
    m_stoppedPanel->setObjectName(u"renewalStoppedPanel"_s);
    m_stoppedPanel->setAutoFillBackground(true);
    setErrorPanelColours(m_stoppedPanel);
    m_stoppedLabel = createValueLabel(u"renewalStoppedLabel"_s, m_stoppedPanel);
    m_newCredentials = new QPushButton(m_stoppedPanel);
    m_newCredentials->setObjectName(u"newCredentialsButton"_s);
    auto *stoppedLayout = new QVBoxLayout(m_stoppedPanel);
    stoppedLayout->addWidget(m_stoppedLabel);
    stoppedLayout->addWidget(m_newCredentials, 0, Qt::AlignLeft);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_closeSession);
    buttons->addWidget(m_openSession);
    buttons->addStretch();

    auto *layout = new QVBoxLayout(m_sessionControls);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addWidget(m_stateLabel);
    layout->addWidget(m_keepAlive);
    layout->addLayout(buttons);
    layout->addWidget(m_problemLabel);
    layout->addWidget(m_stoppedPanel);

    m_sessionControls->setVisible(false);
    m_problemLabel->setVisible(false);
    m_stoppedPanel->setVisible(false);

    connect(m_keepAlive, &QCheckBox::toggled, this, &SessionPanel::keepAliveToggled);
    connect(m_closeSession, &QPushButton::clicked, this, &SessionPanel::closeSessionRequested);
    connect(m_openSession, &QPushButton::clicked, this, &SessionPanel::openSessionRequested);
    connect(m_newCredentials, &QPushButton::clicked, this,
            &SessionPanel::newCredentialsRequested);
}

void SessionPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        showContext();
    }
    QWidget::changeEvent(event);
}

void SessionPanel::retranslateUi()
{
    const QStringList captions = {
        tr("Environment"),
        //: The API base URL calls go to.
        tr("API base URL"),
        //: The bunq user the session belongs to.
        tr("User"),
        //: The bunq device-server the API key is bound to.
        tr("Device"),
        tr("&Installation token"),
        tr("&Session token"),
        tr("Server public key (SHA-256)"),
        //: When the session ends unless it is used or renewed.
        tr("Session expires"),
    };
    for (qsizetype row = 0; row < m_captions.size(); ++row)
        m_captions.at(row)->setText(captions.at(row));

    m_installationToken->setSecretName(tr("installation token"));
    m_sessionToken->setSecretName(tr("session token"));

    //: The saved profile this session belongs to.
    m_profileCaption->setText(tr("Profile"));
    //: The proxy the profile's calls go through.
    m_proxyCaption->setText(tr("Proxy"));
    m_editProxy->setText(tr("E&dit Proxy…"));
    //: Sends GET /v1/user shortly before the session would expire.
    m_keepAlive->setText(tr("&Keep the session alive while the app is open"));
    m_keepAlive->setToolTip(tr("Shortly before the session would end, GET /v1/user is sent, "
                               "and bunq extends a session that is used in its last 30 "
                               "seconds."));
    m_closeSession->setText(tr("C&lose Session"));
    m_closeSession->setToolTip(tr("Ends the session at bunq with DELETE /v1/session. The "
                                  "installation and device stay, so a new session opens "
                                  "without onboarding."));
    m_openSession->setText(tr("St&art New Session"));
    m_openSession->setToolTip(tr("Opens a new session with POST /v1/session-server on the "
                                 "installation token."));
}

void SessionPanel::setProfileName(const QString &name)
{
    m_profileName->setText(name);
    m_profileCaption->setVisible(!name.isEmpty());
    m_profileName->setVisible(!name.isEmpty());
}

void SessionPanel::setProxyUrl(const QString &proxyUrl)
{
    m_proxyUrl = proxyUrl;
    m_proxyCaption->setVisible(true);
    m_proxyRow->setVisible(true);
    showContext();
}

void SessionPanel::setExpiry(const QDateTime &expiry)
{
    m_keeperExpiry = expiry;
    showContext();
}

void SessionPanel::setSessionState(session::SessionKeeper::State state)
{
    m_state = state;
    m_sessionControls->setVisible(true);
    showSessionState();
}

QString SessionPanel::sessionStateText() const
{
    return m_stateLabel->text();
}

void SessionPanel::setKeepAlive(bool on)
{
    const QSignalBlocker blocker(m_keepAlive);
    m_keepAlive->setChecked(on);
}

bool SessionPanel::keepAlive() const
{
    return m_keepAlive->isChecked();
}

void SessionPanel::setRenewalStopped(const QString &explanation)
{
    m_stopExplanation = explanation;
    showSessionState();
}

QString SessionPanel::renewalStoppedText() const
{
    return m_stoppedPanel->isHidden() ? QString() : m_stoppedLabel->text();
}

void SessionPanel::setSessionProblem(const QString &problem)
{
    m_sessionProblem = problem;
    m_problemLabel->setText(problem);
    m_problemLabel->setVisible(!problem.isEmpty());
}

void SessionPanel::showSessionState()
{
    using State = session::SessionKeeper::State;
    if (!m_state)
        return;

    QString text;
    StatusColour colour = StatusColour::Normal;
    switch (*m_state) {
    case State::Alive:
        text = tr("Session open.");
        colour = StatusColour::Success;
        break;
    case State::Expired:
        text = tr("No usable session: the next call opens a new one first.");
        colour = StatusColour::Warning;
        break;
    case State::Renewing:
        text = tr("Opening a new session…");
        break;
    case State::Stopped:
        text = tr("Renewal stopped: bunq refused a new session.");
        colour = StatusColour::Error;
        break;
    case State::Closed:
        text = tr("Session closed. Calls fail until a new session is started.");
        colour = StatusColour::Warning;
        break;
    }
    m_stateLabel->setText(text);
    setStatusColour(m_stateLabel, colour);

    // Only a session the keeper still counts on can be closed.
    const bool usable = *m_state == State::Alive || *m_state == State::Expired;
    m_closeSession->setEnabled(usable && m_context.hasSession());
    m_openSession->setEnabled(*m_state != State::Renewing);

    const bool stopped = *m_state == State::Stopped && !m_stopExplanation.isEmpty();
    m_stoppedLabel->setText(m_stopExplanation);
    m_stoppedPanel->setVisible(stopped);
    const bool local = m_context.environment.kind() == api::ApiEnvironment::Kind::LocalSandbox;
    m_newCredentials->setText(local ? tr("New Sandbox Use&r…") : tr("En&ter a New API Key…"));
    m_newCredentials->setToolTip(
        local ? tr("Runs the onboarding again with a new user of the local sandbox, and keeps "
                   "the result in this profile.")
              : tr("Runs the onboarding again with a new API key, and keeps the result in this "
                   "profile."));
}

void SessionPanel::setContext(const onboarding::SessionContext &context)
{
    m_context = context;
    showContext();
}

void SessionPanel::showContext()
{
    const onboarding::SessionContext &context = m_context;
    updateEnvironmentBadge();
    m_baseUrl->setText(context.environment.baseUrl().toDisplayString());

    if (context.user.id != 0) {
        //: %1 user name, %2 user kind such as UserPerson, %3 user id.
        m_user->setText(tr("%1\n%2 · id %3")
                            .arg(context.user.displayName, context.user.kind,
                                 QString::number(context.user.id)));
    } else {
        //: Shown where a value does not exist yet.
        m_user->setText(tr("—"));
    }

    if (context.hasDevice()) {
        //: %1 device id, %2 device description, %3 permitted IPs such as "this IP only".
        m_device->setText(tr("id %1 · %2\npermitted: %3")
                              .arg(QString::number(context.deviceId), context.deviceDescription,
                                   permittedIpsText(context.permittedIps)));
    } else {
        m_device->setText(tr("—"));
    }

    m_proxy->setText(m_proxyUrl.isEmpty() ? tr("none: direct connection")
                                          : session::proxyUrlForDisplay(m_proxyUrl));

    m_installationToken->setSecret(context.installationToken);
    m_sessionToken->setSecret(context.sessionToken);

    m_serverKey->setText(context.serverPublicKey.isNull()
                             ? tr("—")
                             : twoLineFingerprint(context.serverPublicKey.sha256Fingerprint()));

    const QDateTime expiry = shownExpiry();
    if (expiry.isValid()) {
        const QString utc = expiry.toUTC().toString(QString::fromLatin1(dateTimeFormat));
        const QDateTime local = expiry.toLocalTime();
        const QString localText = local.toString(QString::fromLatin1(dateTimeFormat)) + u' '
            + local.timeZoneAbbreviation();
        //: %1 expiry in UTC, %2 the same moment in local time with its time zone.
        m_expiry->setText(tr("%1 UTC\n%2 (local time)").arg(utc, localText));
        m_countdownTimer->start();
    } else {
        m_expiry->setText(tr("—"));
        m_countdownTimer->stop();
    }
    updateCountdown();
    showSessionState();
}

QDateTime SessionPanel::shownExpiry() const
{
    if (!m_context.hasSession())
        return {};
    return m_keeperExpiry.isValid() ? m_keeperExpiry : m_context.expiry();
}

void SessionPanel::setClock(std::function<QDateTime()> currentUtc)
{
    m_currentUtc = std::move(currentUtc);
    updateCountdown();
}

QString SessionPanel::countdownText() const
{
    return m_countdown->text();
}

void SessionPanel::updateEnvironmentBadge()
{
    const api::ApiEnvironment &environment = m_context.environment;
    m_environmentBadge->setText(environment.displayName());
    m_environmentBadge->setProperty("environmentId", environment.id());

    const QColor background = badgeColour(environment.kind());
    m_environmentBadge->setStyleSheet(
        u"QLabel { background-color: %1; color: white; font-weight: bold;"
        " border-radius: 4px; padding: 3px 10px; }"_s.arg(background.name()));

    if (environment.kind() == api::ApiEnvironment::Kind::Production)
        m_environmentBadge->setToolTip(tr("Production: calls act on real accounts and money."));
    else
        m_environmentBadge->setToolTip({});
}

void SessionPanel::updateCountdown()
{
    const QDateTime expiry = shownExpiry();
    if (!expiry.isValid()) {
        // A session read from a context file has a token but no creation time from the server.
        m_countdown->setText(m_context.hasSession() ? tr("expiry unknown: the server did not "
                                                         "tell when this session started")
                                                    : tr("no session"));
        showCountdownStatus(m_countdown, StatusColour::Normal);
        return;
    }

    // bunq extends a session that is used shortly before it ends. Without a keeper this shows
    // the expiry computed when the session was opened. With a keeper it shows the keeper's
    // estimate, which follows the extensions of the calls the keeper sent.
    const qint64 remaining = m_currentUtc().secsTo(expiry);
    if (remaining > 0) {
        //: %1 is a duration such as "6 d 23 h 59 min 59 s".
        m_countdown->setText(tr("expires in %1").arg(formatDuration(remaining)));
    } else {
        //: %1 is a duration such as "3 min 2 s".
        m_countdown->setText(tr("expired %1 ago").arg(formatDuration(-remaining)));
    }

    if (remaining <= 0)
        showCountdownStatus(m_countdown, StatusColour::Error);
    else if (remaining <= expiryWarningSeconds)
        showCountdownStatus(m_countdown, StatusColour::Warning);
    else
        showCountdownStatus(m_countdown, StatusColour::Normal);
}

} // namespace studio::ui
