// SPDX-License-Identifier: GPL-3.0-or-later
#include "console/PaginationBar.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QSpinBox>

using namespace Qt::StringLiterals;

namespace studio::ui {

namespace {

// bunq accepts count from 1 to 200.
constexpr int MaxCount = 200;

} // namespace

PaginationBar::PaginationBar(QWidget *parent)
    : QWidget(parent)
    , m_caption(new QLabel(this))
    , m_olderButton(new QToolButton(this))
    , m_newerButton(new QToolButton(this))
    , m_futureButton(new QToolButton(this))
    , m_countCaption(new QLabel(this))
    , m_count(new QSpinBox(this))
{
    // Tool buttons are narrower than push buttons, which keeps the row within a narrow console.
    for (QToolButton *button : {m_olderButton, m_newerButton, m_futureButton}) {
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setFocusPolicy(Qt::StrongFocus);
    }
    m_olderButton->setObjectName(u"olderButton"_s);
    m_newerButton->setObjectName(u"newerButton"_s);
    m_futureButton->setObjectName(u"futureButton"_s);
    m_count->setObjectName(u"countSpin"_s);
    m_count->setRange(0, MaxCount);
    m_countCaption->setBuddy(m_count);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_caption);
    layout->addWidget(m_olderButton);
    layout->addWidget(m_newerButton);
    layout->addWidget(m_futureButton);
    layout->addSpacing(12);
    layout->addWidget(m_countCaption);
    layout->addWidget(m_count);
    layout->addStretch(1);

    connect(m_olderButton, &QToolButton::clicked, this,
            [this] { Q_EMIT followRequested(m_older); });
    connect(m_newerButton, &QToolButton::clicked, this,
            [this] { Q_EMIT followRequested(m_newer); });
    connect(m_futureButton, &QToolButton::clicked, this,
            [this] { Q_EMIT followRequested(m_future); });

    retranslateUi();
    clearLinks();
}

void PaginationBar::setLinks(const QString &olderUrl, const QString &newerUrl,
                             const QString &futureUrl)
{
    m_older = olderUrl;
    m_newer = newerUrl;
    m_future = futureUrl;
    m_olderButton->setEnabled(!olderUrl.isEmpty());
    m_newerButton->setEnabled(!newerUrl.isEmpty());
    m_futureButton->setEnabled(!futureUrl.isEmpty());
    m_olderButton->setToolTip(olderUrl);
    m_newerButton->setToolTip(newerUrl);
    m_futureButton->setToolTip(futureUrl);
}

int PaginationBar::count() const
{
    return m_count->value();
}

void PaginationBar::setCount(int count)
{
    m_count->setValue(count);
}

void PaginationBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void PaginationBar::retranslateUi()
{
    //: Caption before the Older, Newer and Future buttons of a list response.
    m_caption->setText(tr("Page:"));
    // No mnemonics: the console has more controls than free letters, and Tab reaches these.
    //: Follows the Pagination "older_url" of the last response.
    m_olderButton->setText(tr("Older"));
    //: Follows the Pagination "newer_url" of the last response.
    m_newerButton->setText(tr("Newer"));
    //: Follows the Pagination "future_url" of the last response.
    m_futureButton->setText(tr("Future"));
    m_olderButton->setAccessibleName(tr("Older page"));
    m_newerButton->setAccessibleName(tr("Newer page"));
    m_futureButton->setAccessibleName(tr("Future items"));
    //: Page size of list calls, sent as bunq's "count" query parameter.
    m_countCaption->setText(tr("Page si&ze:"));
    //: Shown in the count box when no count is sent, so bunq uses its default.
    m_count->setSpecialValueText(tr("default (10)"));
    m_count->setToolTip(tr("Items per page for GET calls, 1 to 200; sent as \"count\""));
}

} // namespace studio::ui
