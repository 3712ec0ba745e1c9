// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/SessionPage.h"

#include "widgets/SecretField.h"

#include <QFormLayout>
#include <QLabel>

using namespace Qt::StringLiterals;

namespace studio::ui {

QString userKindText(const QString &kind)
{
    if (kind == u"UserPerson")
        return SessionPage::tr("Person");
    if (kind == u"UserCompany")
        return SessionPage::tr("Company");
    if (kind == u"UserApiKey")
        return SessionPage::tr("API key user (OAuth)");
    if (kind == u"UserPaymentServiceProvider")
        return SessionPage::tr("Payment service provider");
    return kind;
}

SessionPage::SessionPage(FlowController *controller, QWidget *parent)
    : StepPage(controller, onboarding::OnboardingStep::SessionServer, parent)
{
    setObjectName(u"sessionPage"_s);
    setTitle(tr("Session"));
    setSubTitle(tr("POST /v1/session-server opens a session with the API key and returns the "
                   "session token that authenticates every later call, and the user it belongs "
                   "to."));
    setRunText(tr("&Start session"));

    m_userName = addResultLabel(tr("User:"), u"userNameLabel"_s);
    //: the type of bunq user: person, company, ...
    m_userKind = addResultLabel(tr("Kind:"), u"userKindLabel"_s);
    m_userId = addResultLabel(tr("User id:"), u"userIdLabel"_s);

    m_token = new SecretField(this);
    m_token->setObjectName(u"sessionTokenField"_s);
    m_token->setAccessibleName(tr("Session token"));
    resultForm()->addRow(tr("Session token:"), m_token);

    m_expiryUtc = addResultLabel(tr("Expires (UTC):"), u"expiryUtcLabel"_s);
    m_expiryLocal = addResultLabel(tr("Expires (local time):"), u"expiryLocalLabel"_s);
}

QLabel *SessionPage::addResultLabel(const QString &label, const QString &objectName)
{
    auto *value = new QLabel(this);
    value->setObjectName(objectName);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    resultForm()->addRow(label, value);
    return value;
}

void SessionPage::showResult(const onboarding::SessionContext &context)
{
    m_userName->setText(context.user.displayName);
    m_userKind->setText(u"%1 (%2)"_s.arg(userKindText(context.user.kind), context.user.kind));
    m_userId->setText(QString::number(context.user.id));
    m_token->setSecret(context.sessionToken);

    const QDateTime expiry = context.expiry();
    if (!expiry.isValid()) {
        m_expiryUtc->setText(tr("unknown: the server sent no usable creation time or timeout"));
        m_expiryLocal->clear();
        return;
    }
    m_expiryUtc->setText(expiry.toUTC().toString(u"yyyy-MM-dd HH:mm:ss 'UTC'"_s));
    m_expiryLocal->setText(expiry.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss t"_s));
}

void SessionPage::clearResult()
{
    m_userName->clear();
    m_userKind->clear();
    m_userId->clear();
    m_token->setSecret({});
    m_expiryUtc->clear();
    m_expiryLocal->clear();
}

} // namespace studio::ui
