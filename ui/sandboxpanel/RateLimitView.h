// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QWidget>

class QLabel;
class QTableWidget;

namespace studio::ui {

// The "Rate limits" tab of the local sandbox panel: per caller IP, endpoint and method, the
// calls inside the current window against the limit, and when the next call is free again.
class RateLimitView : public QWidget
{
    Q_OBJECT

public:
    explicit RateLimitView(QWidget *parent = nullptr);

    // Reads "rate_limits" and "settings.rate_limits" of a GET /state snapshot.
    void setSnapshot(const QJsonObject &snapshot);

    QTableWidget *table() const { return m_table; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fill();

    QJsonObject m_snapshot;
    QLabel *m_summary = nullptr;
    QTableWidget *m_table = nullptr;
};

} // namespace studio::ui
