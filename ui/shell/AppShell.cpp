// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/AppShell.h"

#include "main/MainWindow.h"
#include "platform/WindowStateStore.h"
#include "wizard/OnboardingWizard.h"

namespace studio::ui {

AppShell::AppShell(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_wizard(std::make_unique<OnboardingWizard>(network))
{
    connect(m_wizard.get(), &OnboardingWizard::sessionReady, this, &AppShell::openMainWindow);
    WindowStateStore::track(m_wizard.get());
}

AppShell::~AppShell() = default;

void AppShell::showWizard()
{
    m_wizard->show();
}

void AppShell::setLanguageManager(LanguageManager *manager)
{
    m_languages = manager;
    m_wizard->setLanguageManager(manager);
}

void AppShell::setLocalSandboxControlUrl(const QUrl &url)
{
    m_localSandboxControlUrl = url;
    if (m_mainWindow)
        m_mainWindow->showLocalSandboxPanel(url);
}

void AppShell::openMainWindow(const onboarding::SessionContext &context)
{
    m_mainWindow = std::make_unique<MainWindow>(m_network, context);
    // Before the window state is restored, so the panel's saved place applies to it.
    if (m_localSandboxControlUrl)
        m_mainWindow->showLocalSandboxPanel(*m_localSandboxControlUrl);
    if (m_languages)
        m_mainWindow->setLanguageManager(m_languages);
    WindowStateStore::track(m_mainWindow.get());
    m_mainWindow->show();
    Q_EMIT mainWindowShown(m_mainWindow.get());
}

} // namespace studio::ui
