// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/AppShell.h"

#include "main/MainWindow.h"
#include "wizard/OnboardingWizard.h"

namespace studio::ui {

AppShell::AppShell(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_wizard(std::make_unique<OnboardingWizard>(network))
{
    connect(m_wizard.get(), &OnboardingWizard::sessionReady, this, &AppShell::openMainWindow);
}

AppShell::~AppShell() = default;

void AppShell::showWizard()
{
    m_wizard->show();
}

void AppShell::openMainWindow(const onboarding::SessionContext &context)
{
    m_mainWindow = std::make_unique<MainWindow>(m_network, context);
    m_mainWindow->show();
    Q_EMIT mainWindowShown(m_mainWindow.get());
}

} // namespace studio::ui
