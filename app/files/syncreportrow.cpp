// SyncReportRow: a sync's report, a row per action, as CSV (the columns of `sync --report`
// and of Make them match's Export results…).
#include "app/files/csvtable.h"
#include "app/files/syncjournal.h"

#include <QSaveFile>

namespace seqring
{

QStringList SyncReportRow::reportHeader()
{
    return {QStringLiteral("workspaceId"), QStringLiteral("displayName"),
            QStringLiteral("action"),      QStringLiteral("criteriaId"),
            QStringLiteral("result"),      QStringLiteral("httpStatus"),
            QStringLiteral("trackingId"),  QStringLiteral("message")};
}

QStringList SyncReportRow::reportRow() const
{
    return {workspaceId, displayName,    toWire(action),
            criteriaId,  toWire(result), httpStatus > 0 ? QString::number(httpStatus) : QString(),
            trackingId,  message};
}

bool SyncReportRow::writeReport(const QString &path, const QList<SyncReportRow> &rows,
                                QString *error)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly)) {
        file.write(CsvTable::row(reportHeader()));
        for (const SyncReportRow &row : rows)
            file.write(CsvTable::row(row.reportRow()));
        if (file.commit())
            return true;
    }
    *error = SyncJournal::tr("Cannot write the report %1: %2.").arg(path, file.errorString());
    return false;
}

} // namespace seqring
