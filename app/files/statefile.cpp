#include "app/files/statefile.h"

#include "app/files/csvtable.h"

namespace seqring
{

QString StateFile::formatName()
{
    return QStringLiteral("seqring-admin/state");
}

QByteArray StateFile::summaryHeader()
{
    return CsvTable::row({QStringLiteral("workspaceId"), QStringLiteral("displayName"),
                          QStringLiteral("location"), QStringLiteral("professional"),
                          QStringLiteral("enabled"), QStringLiteral("numbers"),
                          QStringLiteral("externalNumbers"), QStringLiteral("criteria"),
                          QStringLiteral("doNotRingCriteria")});
}

QByteArray StateFile::summaryRow(const WorkspaceSummary &summary)
{
    const auto flag = [](bool on) { return on ? QStringLiteral("true") : QStringLiteral("false"); };
    const bool pro = summary.professional;
    return CsvTable::row(
        {summary.workspaceId, summary.displayName, summary.location, flag(pro),
         pro ? flag(summary.enabled) : QString(),
         pro ? QString::number(summary.numbers) : QString(),
         pro && summary.externalNumbers ? QString::number(*summary.externalNumbers) : QString(),
         pro ? QString::number(summary.criteria) : QString(),
         pro ? QString::number(summary.doNotRingCriteria) : QString()});
}

} // namespace seqring
