#pragma once

#include "app/bulk/bulkprogress.h"

#include <QString>
#include <QTimer>

class QTextStream;

namespace seqring
{

class SyncRun;
struct SyncOutcome;

// The progress of `seqring-admin sync` on stderr, in the style of apply's: on a terminal one
// line redrawn in place (the bar, the workspaces done of all, the writes, the 429 wait counting
// down, the pace and the time left) with each failure printed above it; otherwise a line per
// workspace, a line per 429 wait, and a progress line each time another tenth is done.
class SyncProgress
{
public:
    // Follows `run` until it is destroyed. `terminal`: stderr is one (the live line).
    SyncProgress(SyncRun *run, QTextStream *err, bool terminal, bool dryRun);
    // Ends the live line on a terminal, so that what follows is printed below it.
    void finish();
    int writes() const { return m_writes; }

    // "12/40 · 10 match, 1 failed, 1 not matching · 23 writes done" (a dry run: would match,
    // would not match, writes to send).
    static QString counts(const BulkProgress &progress, int writes, bool dryRun);
    // The terminal's line: the bar, counts(), the wait while one holds (`waitSeconds` > 0),
    // the pace and the time left.
    static QString liveLine(const BulkProgress &progress, int writes, int waitSeconds, bool dryRun);
    // The plain progress line: "progress: " counts(), the pace and the time left.
    static QString progressLine(const BulkProgress &progress, int writes, bool dryRun);
    // A line per workspace: "[3/40] matches London - Reception: +1 criteria".
    static QString workspaceLine(const SyncOutcome &outcome, int done, int total, bool dryRun);
    // The writes `outcome` counts: its rows done (a dry run: would-do); none for a workspace
    // an earlier run finished.
    static int writesOf(const SyncOutcome &outcome, bool dryRun);
    // True when the `done`th workspace of `total` completes another tenth of them.
    static bool completesTenth(int done, int total);

private:
    void onWorkspace(const SyncOutcome &outcome, int done, int total);
    void onPaused(int seconds);
    void draw();

    SyncRun *m_run;
    QTextStream *m_err;
    bool m_terminal;
    bool m_dryRun;
    int m_writes = 0;
    int m_waitSeconds = 0;
    QTimer m_countdown; // a second of the wait; also the context of every connection
};

} // namespace seqring
