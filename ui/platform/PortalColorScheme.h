// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "platform/ColorScheme.h"

#include <QDBusConnection>
#include <QObject>

class QDBusPendingCallWatcher;
class QDBusVariant;

namespace studio::ui {

// Reads the desktop's colour scheme from the freedesktop settings portal
// (org.freedesktop.portal.Settings, namespace org.freedesktop.appearance, key color-scheme) and
// reports it again whenever the portal announces a change.
class PortalColorScheme : public QObject
{
    Q_OBJECT

public:
    static constexpr int ReadTimeoutMs = 1000;

    explicit PortalColorScheme(const QDBusConnection &bus, QObject *parent = nullptr);

    // Sends one asynchronous Read and subscribes to SettingChanged. Without a connected bus it
    // only emits noPreference().
    void start();

Q_SIGNALS:
    // The portal states a preference for light or dark.
    void schemeChanged(studio::ui::ColorScheme scheme);
    // The portal states no preference, or sent no reply within ReadTimeoutMs, or replied with
    // an error, as when no portal runs.
    void noPreference();

private Q_SLOTS:
    // Connected by name, because QDBusConnection::connect() takes only a slot signature.
    void onSettingChanged(const QString &settingNamespace, const QString &key,
                          const QDBusVariant &value);

private:
    void onReadFinished(QDBusPendingCallWatcher *watcher);
    void reportScheme(const QVariant &value);

    QDBusConnection m_bus;
};

} // namespace studio::ui
