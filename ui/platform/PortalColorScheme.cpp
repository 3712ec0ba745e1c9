// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/PortalColorScheme.h"

#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusVariant>

using namespace Qt::StringLiterals;

namespace studio::ui {

namespace {

const QString PortalService = u"org.freedesktop.portal.Desktop"_s;
const QString PortalPath = u"/org/freedesktop/portal/desktop"_s;
const QString SettingsInterface = u"org.freedesktop.portal.Settings"_s;
const QString AppearanceNamespace = u"org.freedesktop.appearance"_s;
const QString ColorSchemeKey = u"color-scheme"_s;

} // namespace

PortalColorScheme::PortalColorScheme(const QDBusConnection &bus, QObject *parent)
    : QObject(parent)
    , m_bus(bus)
{
}

void PortalColorScheme::start()
{
    if (!m_bus.isConnected()) {
        qCDebug(lcDesktop) << "No D-Bus session bus; the colour scheme stays as it is.";
        Q_EMIT noPreference();
        return;
    }

    m_bus.connect(PortalService, PortalPath, SettingsInterface, u"SettingChanged"_s, this,
                  SLOT(onSettingChanged(QString, QString, QDBusVariant)));

    // Read() rather than ReadOne(): version 1 of the interface, as in Debian 12's
    // xdg-desktop-portal 1.16, has only Read(), which wraps the value in one more variant.
    QDBusMessage read =
        QDBusMessage::createMethodCall(PortalService, PortalPath, SettingsInterface, u"Read"_s);
    read << AppearanceNamespace << ColorSchemeKey;
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(read, ReadTimeoutMs), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            &PortalColorScheme::onReadFinished);
}

void PortalColorScheme::onReadFinished(QDBusPendingCallWatcher *watcher)
{
    watcher->deleteLater();

    const QDBusPendingReply<QDBusVariant> reply = *watcher;
    if (reply.isError()) {
        qCDebug(lcDesktop) << "The settings portal did not return a colour scheme:"
                           << reply.error().name() << reply.error().message();
        Q_EMIT noPreference();
        return;
    }

    reportScheme(QVariant::fromValue(reply.value()));
}

void PortalColorScheme::onSettingChanged(const QString &settingNamespace, const QString &key,
                                         const QDBusVariant &value)
{
    if (settingNamespace != AppearanceNamespace || key != ColorSchemeKey)
        return;

    reportScheme(QVariant::fromValue(value));
}

void PortalColorScheme::reportScheme(const QVariant &value)
{
    if (const auto scheme = colorSchemeFromPortalValue(value))
        Q_EMIT schemeChanged(*scheme);
    else
        Q_EMIT noPreference();
}

} // namespace studio::ui
