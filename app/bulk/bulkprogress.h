#pragma once

#include "app/files/bulkoutcome.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace seqring
{

// Where a bulk run stands, for a progress bar: the counts so far, the pace and what is left.
struct BulkProgress {
    Q_DECLARE_TR_FUNCTIONS(BulkProgress)
public:
    int total = 0;
    int created = 0; // done: created, or would-create in a dry run
    int failed = 0;
    int skipped = 0;
    int remaining = 0;
    double perMinute = 0; // workspaces finished per minute of running (pauses left out)
    int etaSeconds = -1;  // until the last is finished at that pace; -1 while unknown

    // The progress of a run of `total` workspaces that has finished `outcomes` in
    // `runningMs` milliseconds of running (pauses left out); no pace before the first.
    static BulkProgress of(const QList<BulkOutcome> &outcomes, int total, qint64 runningMs);
    // Sets what is left, the pace and the time left from the counts, after `runningMs`
    // milliseconds of running (pauses left out); no pace before the first finished.
    void setRunning(qint64 runningMs);
    // The pace and the time left as far as known, each after " · " (empty before either
    // is): the window and the command line show the same words.
    QString paceText() const;
    // The bar a command line draws on a terminal, `width` marks between brackets, filled
    // for the finished share: "[#########---------------------]".
    QString bar(int width = 30) const { return barOf(total - remaining, total, width); }
    // The same bar for `done` of `total`: full when there is nothing to do (0), empty while
    // the total is not known yet (negative).
    static QString barOf(int done, int total, int width = 30);
};

} // namespace seqring
