#pragma once

#include "app/bulk/syncrun.h"
#include "app/client/licensecatalog.h"

#include <QCoreApplication>
#include <optional>

namespace seqring
{

// A write of a sync whose answer is not known (lost, a 5xx, or sent by an earlier run that
// recorded no answer): the next read of the workspace checks it; it is never sent blindly.
struct UnclearWrite {
    SyncAction action;
    QStringList knownBefore;     // the workspace's criteria IDs when it was sent
    bool fromEarlierRun = false; // found in the journal of an earlier run
    int httpStatus = 0;          // of the answer that left it unclear; 0: none
    QString trackingId;
};

// One workspace on its way through a sync: what was read of it, its entry, its plan and the
// next action of it, the report's rows so far, and a write whose answer is not known. SyncRun
// reads and sends; this keeps the account of it.
struct SyncWorkspace {
    Q_DECLARE_TR_FUNCTIONS(SyncWorkspace)
public:
    SyncTarget target;
    RequestContext context;
    WorkspaceState base;    // its ID, name, location and license as the service has them
    WorkspaceState current; // as last read
    WorkspaceState desired;
    SyncPlan plan;
    qsizetype next = 0;      // the plan's next action
    QStringList knownBefore; // criteria IDs when the plan was made
    QList<SyncReportRow> rows;
    int reads = 0;
    std::optional<UnclearWrite> unclear;
    QString warning; // added to each row's message
    QString problem; // why it failed; empty while it has not
    bool fromJournal = false;
    bool matchedInJournal = false;

    // Ends it from `recorded`, a workspace an earlier run finished: its rows, marked so.
    void takeFinished(const SyncJournalEntry &recorded);
    // What the listing says of it (name, location, license: `license`, the location's name
    // `locationName`, else its entry's, else its ID), and, when `recorded` says a write of an
    // earlier run has no answer, that write as unclear, for the first read to check.
    void takeWorkspace(const QJsonObject &workspace, WorkspaceLicense license,
                       const QString &locationName, const SyncJournalEntry &recorded);
    // Whether its entry has a criteria with a schedule, to be found in its location's.
    bool needsSchedules() const;
    // Plans it from `current` to `desired` (SyncPlanner::plan), from the first action, and
    // notes the criteria IDs known before; false when the plan is refused (plan.refusal).
    bool makePlan(const QList<ScheduleRef> &schedules, bool allowDelete,
                  const QString &defaultRegion);
    // Adds the report row of `action`, with the status and tracking ID of `answer` if given.
    void addRow(const SyncAction &action, SyncResult result, const QString &message,
                const ApiResult *answer = nullptr);
    // Clears `unclear`, comparing it with `current` just read: when the write was carried
    // out (a new criteria alike, the criteria gone, changed as sent, or the settings as sent),
    // adds its row as done. Otherwise the plan made next sends it again only if still needed.
    void settleUnclear(const QString &defaultRegion);
    // Fails: `problem` (a sentence of its own when empty), a failed row for the action due
    // with what it leaves unsent (kept or skipped), or one row for the whole workspace when
    // no action was due; no action is due after it.
    void fail(const QString &problem, const ApiResult *answer = nullptr);
    // What the sync did to it, its rows with the warning added.
    SyncOutcome outcome() const;
};

} // namespace seqring
