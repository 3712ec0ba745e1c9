// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiExchange.h"

#include <QTableWidget>

namespace studio::ui {

// A read-only two-column table of HTTP headers (name, value) in a monospace font, in the order
// they were sent. Long values are cut at the end of the cell and shown whole in the tooltip.
// Its size hint is the height that shows every row, so layouts and splitters can give it that.
class HeaderTable : public QTableWidget
{
    Q_OBJECT

public:
    explicit HeaderTable(QWidget *parent = nullptr);

    void setHeaders(const studio::api::HeaderList &headers);
    studio::api::HeaderList headers() const { return m_headers; }

    // The value shown for a header, or a null string when it is absent; for tests.
    QString displayedValue(const QByteArray &name) const;

    // The height that shows the column titles and every row without a vertical scroll bar.
    int fullHeight() const;
    // The height that shows the column titles and the first rows whole.
    int heightForRows(int rows) const;
    QSize sizeHint() const override;
    // Room for the column titles and one row, so a short window can still fit the body below.
    QSize minimumSizeHint() const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    studio::api::HeaderList m_headers;
};

} // namespace studio::ui
