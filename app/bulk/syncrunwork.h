#pragma once

// SyncRun's own: one workspace on its way through the sync, shared by its source files.
#include "app/bulk/syncrun.h"

#include <optional>

namespace seqring
{

// One workspace on its way through the sync.
struct SyncRun::Work {
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
    // A write whose answer is not known (lost, or an earlier run's): the next read checks it.
    std::optional<SyncAction> unclear;
    QStringList unclearKnownBefore;
    bool unclearFromEarlierRun = false;
    int unclearStatus = 0;
    QString unclearTrackingId;
    QString warning;
    QString problem; // why it failed; empty while it has not
    bool fromJournal = false;
    bool matchedInJournal = false;
};

} // namespace seqring
