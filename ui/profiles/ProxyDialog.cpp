// SPDX-License-Identifier: GPL-3.0-or-later
#include "profiles/ProxyDialog.h"

#include "platform/StatusColours.h"
#include "session/ProxySettings.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace studio::ui {

ProxyDialog::ProxyDialog(const api::ApiEnvironment &environment, const QString &proxyUrl,
                         QWidget *parent)
    : QDialog(parent)
    , m_environment(environment)
    , m_intro(new QLabel(this))
    , m_caption(new QLabel(this))
    , m_url(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"proxyDialog"_s);
    setMinimumWidth(480);

    m_intro->setWordWrap(true);
    m_url->setObjectName(u"proxyUrlEdit"_s);
    m_url->setClearButtonEnabled(true);
    m_url->setText(proxyUrl);
    m_caption->setBuddy(m_url);
    m_problem->setObjectName(u"proxyProblem"_s);
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    setStatusColour(m_problem, StatusColour::Error);

    auto *row = new QHBoxLayout;
    row->addWidget(m_caption);
    row->addWidget(m_url, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(row);
    layout->addWidget(m_problem);
    layout->addStretch();
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_url, &QLineEdit::textChanged, this, &ProxyDialog::validate);

    retranslateUi();
    validate();
    m_url->setFocus();
}

QString ProxyDialog::proxyUrl() const
{
    return m_url->text().trimmed();
}

QString ProxyDialog::problemText() const
{
    return m_problem->text();
}

void ProxyDialog::validate()
{
    QString problem;
    const auto proxy = session::parseProxyUrl(m_url->text());
    if (!proxy)
        problem = proxy.error();
    else if (const auto conflict = session::proxyConflict(proxy.value(), m_environment))
        problem = *conflict;

    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

void ProxyDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        validate();
    }
    QDialog::changeEvent(event);
}

void ProxyDialog::retranslateUi()
{
    setWindowTitle(tr("Proxy for This Profile"));
    m_intro->setText(
        tr("Calls of this profile go through the proxy given here, for example "
           "http://127.0.0.1:3128 or socks5://user:password@127.0.0.1:1080. Leave it empty to "
           "connect directly. bunq binds a device to the IP addresses it sees, so a proxy can "
           "change which device registrations still work."));
    m_caption->setText(tr("Proxy &URL:"));
    //: Placeholder of the proxy field when it is empty.
    m_url->setPlaceholderText(tr("none: direct connection"));
}

} // namespace studio::ui
