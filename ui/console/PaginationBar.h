// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QToolButton;
class QSpinBox;

namespace studio::ui {

// Older, Newer and Future buttons that follow the Pagination URLs of the last list response,
// each enabled only when that response had the link, and the page size ("count") for list calls.
class PaginationBar : public QWidget
{
    Q_OBJECT

public:
    explicit PaginationBar(QWidget *parent = nullptr);

    // The links of the last response as bunq sent them (paths with query, e.g.
    // "/v1/user/1/monetary-account/2/payment?count=10&older_id=224"); empty for none.
    void setLinks(const QString &olderUrl, const QString &newerUrl, const QString &futureUrl);
    void clearLinks() { setLinks({}, {}, {}); }

    // The page size to ask for, 1 to 200, or 0 to leave bunq's default of 10.
    int count() const;
    void setCount(int count);

Q_SIGNALS:
    // The user clicked Older, Newer or Future; url is the link as bunq sent it.
    void followRequested(const QString &url);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QString m_older;
    QString m_newer;
    QString m_future;
    QLabel *m_caption = nullptr;
    QToolButton *m_olderButton = nullptr;
    QToolButton *m_newerButton = nullptr;
    QToolButton *m_futureButton = nullptr;
    QLabel *m_countCaption = nullptr;
    QSpinBox *m_count = nullptr;
};

} // namespace studio::ui
