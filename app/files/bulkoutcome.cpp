#include "app/files/bulkoutcome.h"

#include "app/files/csvtable.h"

#include <QSaveFile>

namespace seqring
{

QString BulkOutcome::oneLine(QString text)
{
    return text.replace(QLatin1Char('\n'), QLatin1Char(' ')).simplified();
}

QString BulkOutcome::resultName(Result result)
{
    switch (result) {
    case Result::Created:
        return QStringLiteral("created");
    case Result::Skipped:
        return QStringLiteral("skipped");
    case Result::Failed:
        return QStringLiteral("failed");
    case Result::WouldCreate:
        return QStringLiteral("would-create");
    }
    return QStringLiteral("failed");
}

QStringList BulkOutcome::reportHeader()
{
    return {QStringLiteral("workspaceId"), QStringLiteral("displayName"),
            QStringLiteral("result"),      QStringLiteral("criteriaId"),
            QStringLiteral("httpStatus"),  QStringLiteral("trackingId"),
            QStringLiteral("message")};
}

QStringList BulkOutcome::reportRow() const
{
    return {workspaceId,
            displayName,
            resultName(result),
            criteriaId,
            httpStatus > 0 ? QString::number(httpStatus) : QString(),
            trackingId,
            message};
}

bool BulkOutcome::writeReport(const QString &path, const QList<BulkOutcome> &outcomes,
                              QString *error)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly)) {
        file.write(CsvTable::row(reportHeader()));
        for (const BulkOutcome &outcome : outcomes)
            file.write(CsvTable::row(outcome.reportRow()));
        if (file.commit())
            return true;
    }
    *error = tr("Cannot write the report %1: %2.").arg(path, file.errorString());
    return false;
}

} // namespace seqring
