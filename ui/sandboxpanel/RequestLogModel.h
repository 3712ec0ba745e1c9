// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <QJsonArray>
#include <QList>
#include <QString>

namespace studio::ui {

// The requests the local sandbox received, newest first, as its control interface reports them
// (GET /log): time, method, path, status, the verdict of every check, and the fault applied.
class RequestLogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        TimeColumn,
        MethodColumn,
        PathColumn,
        StatusColumn,
        ChecksColumn,
        FaultColumn,
        ColumnCount
    };

    // Rows beyond this are dropped, oldest first, so a long session cannot grow without bound.
    static constexpr int maxRows = 1000;

    explicit RequestLogModel(QObject *parent = nullptr);

    // Adds entries given oldest first, as GET /log returns them; they appear at the top.
    void appendEntries(const QJsonArray &entries);
    void clear();
    // Tells views that the translated headers and verdicts changed with the interface language.
    void retranslate();

    // The highest sequence number seen, for the next GET /log?after=N. clear() keeps it, so
    // entries already shown are not fetched again.
    qint64 lastSequence() const { return m_lastSequence; }

    // Everything about one row in a few lines: the request, every check with its verdict and
    // detail, and the fault.
    QString detailsText(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Check
    {
        QString name;
        QString verdict;
        QString detail;
    };

    struct Row
    {
        qint64 sequence = 0;
        QDateTime received;
        QString remoteAddress;
        QString method;
        QString path;
        int status = 0;
        QList<Check> checks;
        QString fault;
    };

    static Row rowFromJson(const QJsonObject &entry);
    static QString verdictText(const Check &check);
    static QString checksText(const Row &row);
    static QString checksToolTip(const Row &row);
    static QVariant fontFor(const Row &row, int column);
    QVariant displayData(const Row &row, int column) const;

    QList<Row> m_rows; // newest first
    qint64 m_lastSequence = 0;
};

} // namespace studio::ui
