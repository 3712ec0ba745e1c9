// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "wizard/StepPage.h"

namespace studio::ui {

class SecretField;

// POST /v1/session-server: opens the session and shows who it belongs to and when it expires.
class SessionPage : public StepPage
{
    Q_OBJECT

public:
    explicit SessionPage(FlowController *controller, QWidget *parent = nullptr);

protected:
    void retranslateUi() override;
    void showResult(const onboarding::SessionContext &context) override;
    void clearResult() override;

private:
    QLabel *addResultLabel(const QString &objectName);

    QLabel *m_userName = nullptr;
    QLabel *m_userKind = nullptr;
    QLabel *m_userId = nullptr;
    SecretField *m_token = nullptr;
    QLabel *m_expiryUtc = nullptr;
    QLabel *m_expiryLocal = nullptr;
};

// The bunq user type ("UserPerson", …) in words for people.
QString userKindText(const QString &kind);

} // namespace studio::ui
