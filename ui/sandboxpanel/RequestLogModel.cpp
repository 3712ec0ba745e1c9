// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandboxpanel/RequestLogModel.h"

#include "widgets/ViewHelpers.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace studio::ui {

RequestLogModel::RequestLogModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void RequestLogModel::appendEntries(const QJsonArray &entries)
{
    QList<Row> fresh;
    for (const QJsonValue &value : entries) {
        Row row = rowFromJson(value.toObject());
        if (row.sequence <= m_lastSequence)
            continue; // already shown, e.g. when two polls overlapped
        m_lastSequence = row.sequence;
        fresh.prepend(std::move(row));
    }
    if (fresh.isEmpty())
        return;

    beginInsertRows({}, 0, int(fresh.size()) - 1);
    m_rows = fresh + m_rows;
    endInsertRows();

    if (m_rows.size() > maxRows) {
        beginRemoveRows({}, maxRows, int(m_rows.size()) - 1);
        m_rows.resize(maxRows);
        endRemoveRows();
    }
}

void RequestLogModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

void RequestLogModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

int RequestLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RequestLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RequestLogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());

    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == ChecksColumn)
            return checksToolTip(row);
        if (index.column() == TimeColumn)
            //: Tooltip of a request's time; %1 is the time in UTC, %2 the caller's IP address.
            return tr("%1 UTC from %2")
                .arg(row.received.toUTC().toString(u"yyyy-MM-dd hh:mm:ss.zzz"_s),
                     row.remoteAddress);
        return displayData(row, index.column());
    case Qt::FontRole:
        return fontFor(row, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == StatusColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant RequestLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);

    switch (section) {
    case TimeColumn:
        //: Column header: when the local sandbox received a request.
        return tr("Time");
    case MethodColumn:
        //: Column header: the HTTP method of a request.
        return tr("Method");
    case PathColumn:
        //: Column header: the URL path of a request.
        return tr("Path");
    case StatusColumn:
        //: Column header: the HTTP status of the response.
        return tr("Status");
    case ChecksColumn:
        //: Column header: the checks the sandbox made and their verdicts.
        return tr("Checks");
    case FaultColumn:
        //: Column header: the fault injected into the response, if any.
        return tr("Fault");
    default:
        return {};
    }
}

RequestLogModel::Row RequestLogModel::rowFromJson(const QJsonObject &entry)
{
    Row row;
    row.sequence = entry.value(u"sequence"_s).toInteger();
    row.received = QDateTime::fromString(entry.value(u"received"_s).toString(), Qt::ISODateWithMs);
    row.remoteAddress = entry.value(u"remote_address"_s).toString();
    row.method = entry.value(u"method"_s).toString();
    row.path = entry.value(u"path"_s).toString();
    row.status = entry.value(u"status"_s).toInt();
    row.fault = entry.value(u"fault"_s).toString();
    for (const QJsonValue &check : entry.value(u"checks"_s).toArray()) {
        row.checks.append({check[u"name"_s].toString(), check[u"verdict"_s].toString(),
                           check[u"detail"_s].toString()});
    }
    return row;
}

// The sandbox names checks and verdicts in English ("signature", "passed"). Check names stay as
// sent, so they match its log lines. Verdicts are translated, and a signature check reads
// "valid" or "invalid", because the rest of the app uses those words for signatures.
QString RequestLogModel::verdictText(const Check &check)
{
    const bool isSignature = check.name == u"signature"_s;
    if (check.verdict == u"passed"_s) {
        if (isSignature)
            //: Verdict of a request signature check that passed.
            return tr("valid");
        //: Verdict of a check that passed.
        return tr("passed");
    }
    if (check.verdict == u"failed"_s) {
        if (isSignature)
            //: Verdict of a request signature check that failed.
            return tr("invalid");
        //: Verdict of a check that failed.
        return tr("failed");
    }
    if (check.verdict == u"skipped"_s)
        //: Verdict of a check the sandbox did not need to make.
        return tr("not checked");
    return check.verdict;
}

// Failed checks come first, so the narrow column shows why a request was rejected.
QString RequestLogModel::checksText(const Row &row)
{
    QStringList failed;
    QStringList others;
    for (const Check &check : row.checks) {
        QStringList &list = check.verdict == u"failed"_s ? failed : others;
        list.append(check.name + u": "_s + verdictText(check));
    }
    return (failed + others).join(u", "_s);
}

QString RequestLogModel::checksToolTip(const Row &row)
{
    QStringList lines;
    for (const Check &check : row.checks) {
        QString line = check.name + u": "_s + verdictText(check);
        if (!check.detail.isEmpty())
            line += u" — "_s + check.detail;
        lines.append(line);
    }
    if (lines.isEmpty())
        //: Tooltip of a request on which the sandbox recorded no checks.
        return tr("No checks recorded");
    return lines.join(u'\n');
}

QString RequestLogModel::detailsText(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return {};
    const Row &entry = m_rows.at(row);

    //: First line of a request's details; %1 method, %2 path, %3 status, %4 caller IP, %5 time.
    QString text =
        tr("%1 %2 → %3 from %4 at %5 UTC")
            .arg(entry.method, entry.path, QString::number(entry.status), entry.remoteAddress,
                 entry.received.toUTC().toString(u"yyyy-MM-dd hh:mm:ss.zzz"_s));
    text += u'\n' + checksToolTip(entry);
    if (!entry.fault.isEmpty())
        //: A line of a request's details; %1 describes what the injected fault did.
        text += u'\n' + tr("Fault: %1").arg(entry.fault);
    return text;
}

QVariant RequestLogModel::fontFor(const Row &row, int column)
{
    if (column == MethodColumn || column == PathColumn)
        return monospaceFont();
    // Errors and faults stand out from the usual 200s.
    if ((column == StatusColumn && row.status != 200) || column == FaultColumn) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    return {};
}

QVariant RequestLogModel::displayData(const Row &row, int column) const
{
    switch (column) {
    case TimeColumn:
        return row.received.toLocalTime().toString(u"hh:mm:ss"_s);
    case MethodColumn:
        return row.method;
    case PathColumn:
        return row.path;
    case StatusColumn:
        return row.status;
    case ChecksColumn:
        return checksText(row);
    case FaultColumn:
        return row.fault;
    default:
        return {};
    }
}

} // namespace studio::ui
