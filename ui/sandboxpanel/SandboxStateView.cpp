// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandboxpanel/SandboxStateView.h"

#include "api/Redaction.h"
#include "widgets/ViewHelpers.h"

#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QPushButton>
#include <QScrollBar>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace studio::ui {

namespace {

// Item data: a stable id such as "session:12" to restore the selection after a rebuild, and
// the full API key of a user row for copying.
constexpr int ItemIdRole = Qt::UserRole;
constexpr int ApiKeyRole = Qt::UserRole + 1;

QDateTime parseTime(const QJsonValue &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

QString utcText(const QJsonValue &value)
{
    const QDateTime time = parseTime(value);
    if (!time.isValid())
        return SandboxStateView::tr("unknown");
    //: A time in UTC; %1 is the date and time.
    return SandboxStateView::tr("%1 UTC").arg(time.toUTC().toString(u"yyyy-MM-dd hh:mm:ss"_s));
}

QString localText(const QJsonValue &value)
{
    const QDateTime time = parseTime(value);
    if (!time.isValid())
        return {};
    //: Tooltip with a time in the local time zone; %1 is the date and time.
    return SandboxStateView::tr("%1 local time")
        .arg(time.toLocalTime().toString(u"yyyy-MM-dd hh:mm:ss"_s));
}

// The parts of a snapshot that change without anything happening in the sandbox.
QJsonObject withoutVolatileParts(QJsonObject snapshot)
{
    snapshot.remove(u"now"_s);
    snapshot.remove(u"rate_limits"_s);
    return snapshot;
}

QString sessionStateText(const QString &state)
{
    if (state == u"live"_s)
        //: State of a sandbox session that can still be used.
        return SandboxStateView::tr("live");
    if (state == u"expired"_s)
        //: State of a sandbox session past its expiry.
        return SandboxStateView::tr("expired");
    if (state == u"ended"_s)
        //: State of a sandbox session ended with DELETE session.
        return SandboxStateView::tr("ended");
    return state;
}

} // namespace

SandboxStateView::SandboxStateView(QWidget *parent)
    : QWidget(parent)
    , m_revealKeys(new QCheckBox(this))
    , m_copyKey(new QPushButton(this))
    , m_tree(new QTreeWidget(this))
{
    m_revealKeys->setObjectName(u"revealApiKeysCheck"_s);
    m_copyKey->setObjectName(u"copyApiKeyButton"_s);
    m_copyKey->setEnabled(false);
    m_tree->setObjectName(u"sandboxStateTree"_s);
    m_tree->setColumnCount(2);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(true);

    auto *keyRow = new QHBoxLayout;
    keyRow->addWidget(m_revealKeys);
    keyRow->addStretch();
    keyRow->addWidget(m_copyKey);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(keyRow);
    layout->addWidget(m_tree);

    connect(m_revealKeys, &QCheckBox::toggled, this, &SandboxStateView::rebuild);
    connect(m_copyKey, &QPushButton::clicked, this, &SandboxStateView::copySelectedKey);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &SandboxStateView::updateCopyButton);

    retranslateUi();
    rebuild();
}

void SandboxStateView::setSnapshot(const QJsonObject &snapshot)
{
    const bool changed = withoutVolatileParts(snapshot) != withoutVolatileParts(m_snapshot);
    m_snapshot = snapshot;
    if (changed)
        rebuild();
}

bool SandboxStateView::keysRevealed() const
{
    return m_revealKeys->isChecked();
}

void SandboxStateView::setKeysRevealed(bool revealed)
{
    m_revealKeys->setChecked(revealed);
}

void SandboxStateView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        rebuild();
    }
    QWidget::changeEvent(event);
}

void SandboxStateView::retranslateUi()
{
    //: Check box that shows the sandbox's API keys in full instead of masked.
    m_revealKeys->setText(tr("Show API &keys"));
    //: Button that copies the selected user's full API key.
    m_copyKey->setText(tr("&Copy API key"));
    m_copyKey->setToolTip(tr("Copies the selected user's full API key, also while it is masked."));
    m_tree->setHeaderLabels({
        //: Column header in the sandbox state tree.
        tr("Item"),
        //: Column header in the sandbox state tree.
        tr("Details"),
    });
    m_tree->setAccessibleName(tr("What the local sandbox holds"));
}

void SandboxStateView::rebuild()
{
    const QTreeWidgetItem *current = m_tree->currentItem();
    const QString currentId = current ? current->data(0, ItemIdRole).toString() : QString();
    const int scrollPosition = m_tree->verticalScrollBar()->value();

    m_tree->clear();
    addUsers();
    addInstallations();
    addDevices();
    addSessions();
    addAccounts();
    m_tree->expandAll();

    if (!currentId.isEmpty()) {
        for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
            if ((*it)->data(0, ItemIdRole).toString() == currentId) {
                m_tree->setCurrentItem(*it);
                break;
            }
        }
    }
    m_tree->verticalScrollBar()->setValue(scrollPosition);
    updateCopyButton();
}

QTreeWidgetItem *SandboxStateView::addGroup(const QString &key, const QString &title, int count)
{
    //: A group in the sandbox state tree; %1 is its title, %2 how many items it has.
    auto *group = new QTreeWidgetItem(m_tree, {tr("%1 (%2)").arg(title).arg(count)});
    group->setData(0, ItemIdRole, key);
    QFont bold = group->font(0);
    bold.setBold(true);
    group->setFont(0, bold);
    group->setFirstColumnSpanned(true);
    if (count == 0) {
        //: Placeholder under an empty group in the sandbox state tree.
        auto *none = new QTreeWidgetItem(group, {tr("none yet")});
        none->setDisabled(true);
    }
    return group;
}

void SandboxStateView::addUsers()
{
    const QJsonArray users = m_snapshot.value(u"users"_s).toArray();
    QHash<QString, bool> keyBound;
    for (const QJsonValue &key : m_snapshot.value(u"api_keys"_s).toArray())
        keyBound.insert(key[u"api_key"_s].toString(), key[u"activated"_s].toBool());

    //: Group title in the sandbox state tree.
    QTreeWidgetItem *group = addGroup(u"users"_s, tr("Users and API keys"), int(users.size()));
    for (const QJsonValue &user : users) {
        const QString apiKey = user[u"api_key"_s].toString();
        QString details;
        if (apiKey.isEmpty()) {
            //: Details of a sandbox user; %1 is its kind such as UserPerson, %2 its id.
            details = tr("%1 %2, no API key of its own")
                          .arg(user[u"kind"_s].toString())
                          .arg(user[u"id"_s].toInteger());
        } else {
            //: Details of a sandbox user; %1 kind such as UserPerson, %2 id, %3 API key.
            details = tr("%1 %2, API key %3")
                          .arg(user[u"kind"_s].toString())
                          .arg(user[u"id"_s].toInteger())
                          .arg(shownKey(apiKey));
            if (!keyBound.value(apiKey, true))
                //: Added to a user's details while no device-server uses its API key.
                details += tr(", not bound to a device yet");
        }

        auto *item = new QTreeWidgetItem(group, {user[u"name"_s].toString(), details});
        item->setData(0, ItemIdRole, u"user:%1"_s.arg(user[u"id"_s].toInteger()));
        item->setData(0, ApiKeyRole, apiKey);
        item->setFont(1, apiKey.isEmpty() ? font() : monospaceFont());
        //: Tooltip of a sandbox user; %1 e-mail address, %2 creation time.
        item->setToolTip(
            0, tr("%1\ncreated %2").arg(user[u"email"_s].toString(), utcText(user[u"created"_s])));
    }
}

void SandboxStateView::addInstallations()
{
    const QJsonArray installations = m_snapshot.value(u"installations"_s).toArray();
    //: Group title in the sandbox state tree.
    QTreeWidgetItem *group =
        addGroup(u"installations"_s, tr("Installations"), int(installations.size()));
    for (const QJsonValue &installation : installations) {
        const qint64 id = installation[u"id"_s].toInteger();
        //: An installation in the sandbox state tree; %1 is its id.
        auto *item = new QTreeWidgetItem(
            group,
            {tr("Installation %1").arg(id),
             //: Details of an installation; %1 masked token, %2 creation time.
             tr("token %1, created %2")
                 .arg(installation[u"token"_s].toString(), utcText(installation[u"created"_s]))});
        item->setData(0, ItemIdRole, u"installation:%1"_s.arg(id));
        //: Tooltip of an installation; %1 and %2 are SHA-256 key fingerprints.
        item->setToolTip(1, tr("Client key %1\nServer key %2")
                                .arg(installation[u"client_key_fingerprint"_s].toString(),
                                     installation[u"server_key_fingerprint"_s].toString()));
    }
}

void SandboxStateView::addDevices()
{
    const QJsonArray devices = m_snapshot.value(u"devices"_s).toArray();
    //: Group title in the sandbox state tree; devices are bunq's device-servers.
    QTreeWidgetItem *group = addGroup(u"devices"_s, tr("Devices"), int(devices.size()));
    for (const QJsonValue &device : devices) {
        const qint64 id = device[u"id"_s].toInteger();
        QStringList ips;
        for (const QJsonValue &ip : device[u"permitted_ips"_s].toArray()) {
            if (ip.toString() == u"*"_s)
                //: The wildcard entry of a device's permitted IPs.
                ips.append(tr("any IP (*)"));
            else
                ips.append(ip.toString());
        }

        //: Details of a device; %1 id, %2 installation id, %3 the IP addresses it permits.
        const QString details = tr("device %1, installation %2, bound to %3")
                                    .arg(id)
                                    .arg(device[u"installation_id"_s].toInteger())
                                    .arg(ips.join(u", "_s));
        auto *item = new QTreeWidgetItem(group, {device[u"description"_s].toString(), details});
        item->setData(0, ItemIdRole, u"device:%1"_s.arg(id));
        item->setToolTip(1, details);
    }
}

void SandboxStateView::addSessions()
{
    const QJsonArray sessions = m_snapshot.value(u"sessions"_s).toArray();
    //: Group title in the sandbox state tree.
    QTreeWidgetItem *group = addGroup(u"sessions"_s, tr("Sessions"), int(sessions.size()));
    for (const QJsonValue &session : sessions) {
        const qint64 id = session[u"id"_s].toInteger();
        const QString state = session[u"state"_s].toString();
        //: A session in the sandbox state tree; %1 its id, %2 live, expired or ended.
        const QString title = tr("Session %1, %2").arg(id).arg(sessionStateText(state));
        //: Details of a session; %1 user id, %2 expiry time.
        const QString details = tr("user %1, expiry %2")
                                    .arg(session[u"user_id"_s].toInteger())
                                    .arg(utcText(session[u"expiry"_s]));
        auto *item = new QTreeWidgetItem(group, {title, details});
        item->setData(0, ItemIdRole, u"session:%1"_s.arg(id));
        item->setToolTip(1, localText(session[u"expiry"_s]));
        if (state != u"live"_s)
            item->setForeground(0, palette().brush(QPalette::Disabled, QPalette::Text));
    }
}

void SandboxStateView::addAccounts()
{
    const QJsonArray accounts = m_snapshot.value(u"monetary_accounts"_s).toArray();
    if (accounts.isEmpty())
        return;

    //: Group title in the sandbox state tree; bunq's term for bank accounts.
    QTreeWidgetItem *group = addGroup(u"accounts"_s, tr("Monetary accounts"), int(accounts.size()));
    for (const QJsonValue &account : accounts) {
        const qint64 id = account[u"id"_s].toInteger();
        const QJsonObject balance = account[u"balance"_s].toObject();
        //: Details of a monetary account; %1 id, %2 user id, %3 amount, %4 currency.
        const QString details =
            tr("account %1, user %2, balance %3 %4")
                .arg(id)
                .arg(account[u"user_id"_s].toInteger())
                .arg(balance[u"value"_s].toString(), balance[u"currency"_s].toString());
        auto *item = new QTreeWidgetItem(group, {account[u"iban"_s].toString(), details});
        item->setData(0, ItemIdRole, u"account:%1"_s.arg(id));
        item->setFont(0, monospaceFont());
    }
}

QString SandboxStateView::shownKey(const QString &apiKey) const
{
    return keysRevealed() ? apiKey : api::maskSecret(apiKey.toLatin1());
}

void SandboxStateView::updateCopyButton()
{
    const QTreeWidgetItem *current = m_tree->currentItem();
    m_copyKey->setEnabled(current && !current->data(0, ApiKeyRole).toString().isEmpty());
}

void SandboxStateView::copySelectedKey()
{
    const QTreeWidgetItem *current = m_tree->currentItem();
    if (current)
        copyToClipboard(current->data(0, ApiKeyRole).toString());
}

} // namespace studio::ui
