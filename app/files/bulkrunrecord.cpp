#include "app/files/bulkrunrecord.h"

#include "app/files/journalformat.h"

#include <QHash>

namespace seqring
{

bool BulkRunRecord::read(const QString &path, BulkRunRecord *record, QString *error)
{
    QList<JournalLine> lines;
    if (!JournalFormat::read(path, &lines, error))
        return false;
    bool found = false;
    for (const JournalLine &line : std::as_const(lines)) {
        if (line.kind == JournalLine::Kind::End) {
            record->ended = true;
        } else if (line.kind == JournalLine::Kind::Retry ||
                   line.kind == JournalLine::Kind::Resume) {
            record->ended = false;
        } else if (line.kind == JournalLine::Kind::Run && !found) {
            found = true;
            *record = line.run;
        }
    }
    if (!found) {
        *error =
            tr("The journal %1 does not say which run it records (no \"run\" record).").arg(path);
        return false;
    }
    return true;
}

bool BulkRunRecord::report(const QString &path, QList<BulkOutcome> *outcomes, QString *error)
{
    QList<JournalLine> lines;
    if (!JournalFormat::read(path, &lines, error))
        return false;
    outcomes->clear();
    QHash<QString, qsizetype> rows;
    for (const JournalLine &line : std::as_const(lines)) {
        if (line.workspaceId.isEmpty())
            continue;
        if (!rows.contains(line.workspaceId)) {
            rows.insert(line.workspaceId, outcomes->size());
            BulkOutcome outcome;
            outcome.workspaceId = line.workspaceId;
            outcome.message = tr("A create was sent and its answer is not recorded (in flight).");
            outcomes->append(outcome);
        }
        BulkOutcome &outcome = (*outcomes)[rows.value(line.workspaceId)];
        outcome.displayName = line.displayName;
        if (line.kind == JournalLine::Kind::Answer) {
            outcome.httpStatus = line.httpStatus;
            outcome.trackingId = line.trackingId;
        } else if (line.kind == JournalLine::Kind::Result) {
            outcome.result = line.result == QLatin1String("created") ? BulkOutcome::Result::Created
                             : line.result == QLatin1String("skipped")
                                 ? BulkOutcome::Result::Skipped
                                 : BulkOutcome::Result::Failed;
            outcome.criteriaId = line.criteriaId;
            outcome.message = line.message;
        }
    }
    return true;
}

} // namespace seqring
