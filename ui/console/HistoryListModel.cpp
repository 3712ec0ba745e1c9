// SPDX-License-Identifier: GPL-3.0-or-later
#include "console/HistoryListModel.h"

#include "platform/StatusColours.h"

#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace studio::ui {

namespace {

QString statusText(const console::HistoryEntry &entry)
{
    //: History row for a call that got no HTTP response (network error, timeout, cancelled).
    return entry.status == 0 ? HistoryListModel::tr("no response") : QString::number(entry.status);
}

QString rowText(const console::HistoryEntry &entry)
{
    const QString time = QLocale().toString(entry.sentAt.toLocalTime().time(), u"HH:mm:ss"_s);
    //: History row: %1 local time, %2 method, %3 path, %4 status, %5 milliseconds.
    return HistoryListModel::tr("%1  %2 %3  %4  %5 ms")
        .arg(time, QString::fromLatin1(entry.method), entry.path, statusText(entry),
             QString::number(entry.elapsedMs));
}

QString toolTipText(const console::HistoryEntry &entry)
{
    QStringList lines;
    lines += QLocale().toString(entry.sentAt.toLocalTime(), QLocale::LongFormat);
    lines += QString::fromLatin1(entry.method) + u' ' + entry.path;
    if (!entry.errorSummary.isEmpty())
        lines += entry.errorSummary;
    if (!entry.responseId.isEmpty())
        //: %1 is bunq's X-Bunq-Client-Response-Id.
        lines += HistoryListModel::tr("Response id: %1").arg(QString::fromLatin1(entry.responseId));
    if (!entry.body.isEmpty())
        lines += QString::fromUtf8(entry.body.left(400));
    return lines.join(u'\n');
}

} // namespace

void HistoryListModel::setEntries(const QList<console::HistoryEntry> &oldestFirst)
{
    beginResetModel();
    m_newestFirst = oldestFirst;
    std::reverse(m_newestFirst.begin(), m_newestFirst.end());
    endResetModel();
}

const console::HistoryEntry &HistoryListModel::entry(const QModelIndex &index) const
{
    return m_newestFirst.at(index.row());
}

int HistoryListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_newestFirst.size());
}

QVariant HistoryListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};

    const console::HistoryEntry &row = m_newestFirst.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return rowText(row);
    case Qt::ToolTipRole:
        return toolTipText(row);
    case Qt::AccessibleTextRole:
        if (row.errorSummary.isEmpty())
            return rowText(row);
        return QString(rowText(row) + u". "_s + row.errorSummary);
    case Qt::ForegroundRole:
        if (row.status != 200)
            return statusColour(StatusColour::Error, QGuiApplication::palette());
        return {};
    default:
        return {};
    }
}

void HistoryListModel::refresh()
{
    if (!m_newestFirst.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_newestFirst.size()) - 1));
}

} // namespace studio::ui
