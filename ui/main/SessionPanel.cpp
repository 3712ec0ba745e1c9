// SPDX-License-Identifier: GPL-3.0-or-later
#include "main/SessionPanel.h"

#include "crypto/RsaPublicKey.h"
#include "platform/StatusColours.h"
#include "widgets/SecretField.h"
#include "widgets/ViewHelpers.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QTimer>

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
{
    m_environmentBadge->setWordWrap(false);
    m_environmentBadge->setAlignment(Qt::AlignCenter);
    m_environmentBadge->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);

    m_installationToken->setObjectName(u"installationTokenField"_s);
    m_sessionToken->setObjectName(u"sessionTokenField"_s);

    // Captions above their values keep the panel narrow enough for a side dock.
    auto *form = new QFormLayout(this);
    form->setRowWrapPolicy(QFormLayout::WrapAllRows);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const auto addRow = [this, form](QWidget *field) {
        auto *label = new QLabel(this);
        QFont font = label->font();
        font.setBold(true);
        label->setFont(font);
        label->setBuddy(field);
        form->addRow(label, field);
        m_captions += label;
    };
    const QList<QWidget *> fields = {m_environmentBadge,  m_baseUrl,      m_user,
                                     m_device,            m_installationToken,
                                     m_sessionToken,      m_serverKey,    m_expiry};
    for (QWidget *field : fields)
        addRow(field);
    form->addRow(m_countdown);

    m_countdownTimer->setInterval(1000);
    connect(m_countdownTimer, &QTimer::timeout, this, &SessionPanel::updateCountdown);

    retranslateUi();
    setContext({});
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

    m_installationToken->setSecret(context.installationToken);
    m_sessionToken->setSecret(context.sessionToken);

    m_serverKey->setText(context.serverPublicKey.isNull()
                             ? tr("—")
                             : twoLineFingerprint(context.serverPublicKey.sha256Fingerprint()));

    const QDateTime expiry = context.expiry();
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
    const QDateTime expiry = m_context.expiry();
    if (!expiry.isValid()) {
        m_countdown->setText(tr("no session"));
        showCountdownStatus(m_countdown, StatusColour::Normal);
        return;
    }

    // NOTE: bunq extends a session that is used shortly before it ends. This countdown shows
    // the expiry computed when the session was opened and does not follow such extensions.
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
