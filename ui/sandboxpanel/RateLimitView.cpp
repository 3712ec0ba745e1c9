// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandboxpanel/RateLimitView.h"

#include "widgets/ViewHelpers.h"

#include <QEvent>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace studio::ui {

namespace {

enum Column
{
    CallerColumn,
    EndpointColumn,
    MethodColumn,
    CallsColumn,
    FreeColumn,
    ColumnCount
};

QTableWidgetItem *readOnlyItem(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    return item;
}

} // namespace

RateLimitView::RateLimitView(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_table(new QTableWidget(0, ColumnCount, this))
{
    m_summary->setObjectName(u"rateLimitSummary"_s);
    m_summary->setWordWrap(true);
    m_table->setObjectName(u"rateLimitTable"_s);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_table);

    retranslateUi();
    fill();
}

void RateLimitView::setSnapshot(const QJsonObject &snapshot)
{
    m_snapshot = snapshot;
    fill();
}

void RateLimitView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        fill();
    }
    QWidget::changeEvent(event);
}

void RateLimitView::retranslateUi()
{
    m_table->setHorizontalHeaderLabels({
        //: Column header: the IP address a rate limit counts for.
        tr("Caller IP"),
        //: Column header: the endpoint a rate limit counts for.
        tr("Endpoint"),
        //: Column header: the HTTP method a rate limit counts for.
        tr("Method"),
        //: Column header: calls made in the window against the limit.
        tr("Calls"),
        //: Column header: seconds until the next call is allowed.
        tr("Next call free in"),
    });
    m_table->setAccessibleName(tr("Rate-limit state of the local sandbox"));
}

void RateLimitView::fill()
{
    const QJsonArray limits = m_snapshot.value(u"rate_limits"_s).toArray();
    const QJsonValue enabled = m_snapshot.value(u"settings"_s)[u"rate_limits"_s];

    if (enabled.isBool() && !enabled.toBool())
        m_summary->setText(tr("Rate limits are off in this sandbox: every call is allowed."));
    else if (limits.isEmpty())
        m_summary->setText(tr("No calls inside a rate-limit window right now. bunq allows 3 GET, "
                              "5 POST and 2 PUT calls per 3 seconds per endpoint, and one "
                              "session-server call per 30 seconds."));
    else
        m_summary->setText(tr("Calls inside the current window, per caller IP, endpoint and "
                              "method."));

    m_table->setRowCount(int(limits.size()));
    for (int row = 0; row < limits.size(); ++row) {
        const QJsonObject limit = limits.at(row).toObject();
        const int calls = limit.value(u"calls_in_window"_s).toInt();
        const int maxCalls = limit.value(u"max_calls"_s).toInt();
        const double freeIn = limit.value(u"seconds_until_free"_s).toDouble();

        auto *endpoint = readOnlyItem(limit.value(u"endpoint"_s).toString());
        endpoint->setFont(monospaceFont());
        m_table->setItem(row, CallerColumn, readOnlyItem(limit.value(u"caller_ip"_s).toString()));
        m_table->setItem(row, EndpointColumn, endpoint);
        m_table->setItem(row, MethodColumn, readOnlyItem(limit.value(u"method"_s).toString()));
        //: Calls in a rate-limit window; %1 calls made, %2 the maximum, %3 the window in seconds.
        m_table->setItem(row, CallsColumn,
                         readOnlyItem(tr("%1 of %2 per %3 s")
                                          .arg(calls)
                                          .arg(maxCalls)
                                          .arg(limit.value(u"window_seconds"_s).toInt())));
        QString free;
        if (calls < maxCalls)
            //: The next call is allowed at once.
            free = tr("now");
        else
            //: Seconds until the next call is allowed; %1 is a number such as 2.5.
            free = tr("%1 s").arg(freeIn, 0, 'f', 1);
        m_table->setItem(row, FreeColumn, readOnlyItem(free));
    }
}

} // namespace studio::ui
