// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/HeaderTable.h"

#include "widgets/ViewHelpers.h"

#include <QEvent>
#include <QHeaderView>

namespace studio::ui {

HeaderTable::HeaderTable(QWidget *parent)
    : QTableWidget(0, 2, parent)
{
    retranslateUi();
    setFont(monospaceFont());
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    verticalHeader()->hide();
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setWordWrap(false);
    // Elided at the end, so a cut value never looks like a masked one ("ab…cdef").
    setTextElideMode(Qt::ElideRight);
    setTabKeyNavigation(false);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setAlternatingRowColors(true);
}

void HeaderTable::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QTableWidget::changeEvent(event);
}

void HeaderTable::retranslateUi()
{
    //: Column title of an HTTP header table: the header's name.
    const QString name = tr("Header");
    //: Column title of an HTTP header table: the header's value.
    const QString value = tr("Value");
    setHorizontalHeaderLabels({name, value});
}

void HeaderTable::setHeaders(const api::HeaderList &headers)
{
    m_headers = headers;
    setRowCount(static_cast<int>(headers.size()));

    for (int row = 0; row < headers.size(); ++row) {
        const QString name = QString::fromLatin1(headers.at(row).first);
        const QString value = QString::fromUtf8(headers.at(row).second);

        auto *nameItem = new QTableWidgetItem(name);
        auto *valueItem = new QTableWidgetItem(value);
        valueItem->setToolTip(value);
        setItem(row, 0, nameItem);
        setItem(row, 1, valueItem);
    }
    resizeRowsToContents();
    updateGeometry();
}

int HeaderTable::fullHeight() const
{
    return heightForRows(rowCount());
}

int HeaderTable::heightForRows(int rows) const
{
    const int titles = horizontalHeader()->isHidden() ? 0 : horizontalHeader()->sizeHint().height();
    int height = titles + 2 * frameWidth();
    for (int row = 0; row < qMin(rows, rowCount()); ++row)
        height += rowHeight(row);
    return height;
}

QSize HeaderTable::sizeHint() const
{
    return {QTableWidget::sizeHint().width(), fullHeight()};
}

QSize HeaderTable::minimumSizeHint() const
{
    const int titles = horizontalHeader()->isHidden() ? 0 : horizontalHeader()->sizeHint().height();
    const int oneRow = verticalHeader()->defaultSectionSize();
    return {QTableWidget::minimumSizeHint().width(), titles + oneRow + 2 * frameWidth()};
}

QString HeaderTable::displayedValue(const QByteArray &name) const
{
    for (int row = 0; row < rowCount(); ++row) {
        if (item(row, 0)->text().compare(QString::fromLatin1(name), Qt::CaseInsensitive) == 0)
            return item(row, 1)->text();
    }
    return {};
}

} // namespace studio::ui
