// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "wizard/StepPage.h"

#include <QStringList>

class QGroupBox;
class QLineEdit;
class QRadioButton;

namespace studio::ui {

// Parses a comma- or space-separated list of IPv4 addresses. The error names the first entry
// that is not one; IPv6 gets its own message because bunq accepts IPv4 only.
Result<QStringList, QString> parsePermittedIps(const QString &text);

// POST /v1/device-server: registers this device for the API key and chooses the IP addresses
// it may be used from. The choice is made before running, so this page does not run on entry.
class DevicePage : public StepPage
{
    Q_OBJECT

public:
    explicit DevicePage(FlowController *controller, QWidget *parent = nullptr);

    void initializePage() override;

protected:
    void retranslateUi() override;
    bool prepareRun() override;
    void showResult(const onboarding::SessionContext &context) override;
    void clearResult() override;
    void stateChanged() override;

private:
    void addIpChoices();
    void showDescription();
    void validateIps();
    QStringList permittedIps() const;

    QLabel *m_descriptionLabel = nullptr;
    QGroupBox *m_ipBox = nullptr;
    QRadioButton *m_thisIpRadio = nullptr;
    QLabel *m_thisIpExplanation = nullptr;
    QRadioButton *m_ipListRadio = nullptr;
    QLabel *m_ipListExplanation = nullptr;
    QRadioButton *m_wildcardRadio = nullptr;
    QLabel *m_wildcardExplanation = nullptr;
    QLineEdit *m_ipListEdit = nullptr;
    QLabel *m_ipProblem = nullptr;
    QLabel *m_deviceIdCaption = nullptr;
    QLabel *m_deviceId = nullptr;
    QLabel *m_sentIpsCaption = nullptr;
    QLabel *m_sentIps = nullptr;
};

} // namespace studio::ui
