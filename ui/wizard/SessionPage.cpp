// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/SessionPage.h"

#include "widgets/SecretField.h"

#include <QFormLayout>
#include <QLabel>

using namespace Qt::StringLiterals;

namespace studio::ui {

QString userKindText(const QString &kind)
{
    //: bunq user type UserPerson: a private person's account
    if (kind == u"UserPerson")
        return SessionPage::tr("Person");
    //: bunq user type UserCompany: a business account
    if (kind == u"UserCompany")
        return SessionPage::tr("Company");
    //: bunq user type UserApiKey: a user that another user granted access through OAuth
    if (kind == u"UserApiKey")
        return SessionPage::tr("API key user (OAuth)");
    //: bunq user type UserPaymentServiceProvider
    if (kind == u"UserPaymentServiceProvider")
        return SessionPage::tr("Payment service provider");
    return kind;
}

SessionPage::SessionPage(FlowController *controller, QWidget *parent)
    : StepPage(controller, onboarding::OnboardingStep::SessionServer, parent)
{
    setObjectName(u"sessionPage"_s);

    m_userName = addResultLabel(u"userNameLabel"_s);
    m_userKind = addResultLabel(u"userKindLabel"_s);
    m_userId = addResultLabel(u"userIdLabel"_s);

    m_token = new SecretField(this);
    m_token->setObjectName(u"sessionTokenField"_s);
    addResultRow(m_token);

    m_expiryUtc = addResultLabel(u"expiryUtcLabel"_s);
    m_expiryLocal = addResultLabel(u"expiryLocalLabel"_s);

    retranslateUi();
}

QLabel *SessionPage::addResultLabel(const QString &objectName)
{
    auto *value = new QLabel(this);
    value->setObjectName(objectName);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    addResultRow(value);
    return value;
}

void SessionPage::retranslateUi()
{
    setTitle(tr("Session"));
    setSubTitle(tr("POST /v1/session-server opens a session with the API key and returns the "
                   "session token that authenticates every later call, and the user it belongs "
                   "to."));
    setRunText(tr("&Start session"));

    // addResultRow() made every caption a QLabel.
    const auto setCaption = [this](QWidget *field, const QString &caption) {
        qobject_cast<QLabel *>(resultForm()->labelForField(field))->setText(caption);
    };
    setCaption(m_userName, tr("User:"));
    //: the type of bunq user: person, company, ...
    setCaption(m_userKind, tr("Kind:"));
    setCaption(m_userId, tr("User id:"));
    setCaption(m_token, tr("Session token:"));
    setCaption(m_expiryUtc, tr("Expires (UTC):"));
    setCaption(m_expiryLocal, tr("Expires (local time):"));

    m_token->setAccessibleName(tr("Session token"));
    m_token->setSecretName(tr("session token"));
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
