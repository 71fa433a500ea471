#pragma once

#include "app/bulk/bulkrun.h"
#include "app/bulk/runcontrol.h"
#include "app/client/httprequest.h"
#include "app/files/bulkjournal.h"
#include "app/files/syncjournal.h"
#include "app/files/targetsfile.h"
#include "models/syncplan.h"
#include "models/workspacestate.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <functional>
#include <memory>
#include <optional>
#include <utility>

namespace seqring
{

class ApiClient;
class LicenseCatalog;
class LocationCatalog;
class RequestGate;
class ScheduleListCache;
class WorkspaceResolver;
struct ApiResult;
struct SyncWorkspace;

// One workspace a sync makes equal to its entry: named by ID or exact name, with its entry
// (the desired state's), or without one in template mode.
struct SyncTarget {
    BulkTarget target;
    std::optional<WorkspaceState> desired;
};

// How a sync goes.
struct SyncOptions {
    int concurrency = BulkOptions::kDefaultConcurrency; // requests at once, reads included
    bool dryRun = false;                                // read and plan, send no write
    bool allowDelete = false;                           // criteria not in the entry are deleted
    int maxReads = 4; // reads of one workspace: each unclear write is followed by one
    QString defaultRegion = QStringLiteral("US"); // national numbers in the file
};

// What a sync did to one workspace.
struct SyncOutcome {
    QString workspaceId;
    QString displayName;
    SyncPlan plan;             // the last one made (empty when it failed before)
    QList<SyncReportRow> rows; // a row per action
    bool matched = false;      // equals its entry now (a dry run: would)
    bool failed = false;       // a read, the plan or a write failed
    QString summary;           // SyncPlanner::summary, or why it failed
    bool fromJournal = false;  // finished by an earlier run, not touched
};

// Makes many workspaces equal to their entries, every request through one RequestGate: for
// each workspace, its state read (WorkspaceStateReader), its location's schedules (once per
// location), the plan (SyncPlanner), then each write in the plan's order, journaled before it
// is sent and after its answer. A workspace stops at its first failed write. A write whose
// answer was lost (no answer, 5xx, a DELETE answered 404) is never sent again blindly: the
// workspace is read again and planned anew from what it holds, so a create carried out is
// found, not repeated. Resuming a journal: workspaces it records as finished are not touched;
// one with a write in flight is read first (the write checked), then planned anew. Pause,
// resume and cancel as BulkRun.
class SyncRun : public QObject
{
    Q_OBJECT
public:
    SyncRun(ApiClient *client, const SyncOptions &options, QObject *parent = nullptr);
    ~SyncRun() override;

    // The journal to write (open), and what an earlier run recorded in it.
    void setJournal(BulkJournal *journal, const QHash<QString, SyncJournalEntry> &recorded);
    // Template mode: every target without an entry is made equal to this (SyncPlanner::
    // desiredFromTemplate).
    void setTemplate(const WorkspaceState &templateState) { m_template = templateState; }
    void start(const RequestContext &base, const QList<SyncTarget> &targets);

    void pause();
    void resume();
    void cancel();
    bool isPausedByUser() const { return m_control.isHeld(); }
    bool isCancelled() const { return m_control.isCancelled(); }
    // created: workspaces that match (or would); skipped: done but not matching (criteria
    // kept); failed.
    BulkProgress progress() const;

    const QList<SyncOutcome> &outcomes() const { return m_outcomes; }
    RequestGate *gate() const { return m_gate; }
    bool isFinished() const { return m_finished; }

Q_SIGNALS:
    void paused(int seconds); // a 429: every request waits
    void workspaceFinished(const seqring::SyncOutcome &outcome, int done, int total);
    void progressChanged(const seqring::BulkProgress &progress);
    void stateChanged();
    void finished();

private:
    using WorkPtr = std::shared_ptr<SyncWorkspace>;

    void startNext();
    WorkPtr takeNext();
    bool proceed(const WorkPtr &work, std::function<void()> step);
    void resolve(const WorkPtr &work);
    void onWorkspace(const WorkPtr &work, const QJsonObject &workspace);
    void readState(const WorkPtr &work);
    void onState(const WorkPtr &work, const WorkspaceState &state);
    void readSchedules(const WorkPtr &work);
    void plan(const WorkPtr &work, const QList<ScheduleRef> &schedules);
    void sendNext(const WorkPtr &work);
    void onAnswer(const WorkPtr &work, const SyncAction &action, const ApiResult &result);
    void record(const WorkPtr &work, const QJsonObject &entry, std::function<void()> durable = {});
    // Ends the workspace: failed with `problem` (SyncWorkspace::fail), else as its plan says.
    void fail(const WorkPtr &work, const QString &problem, const ApiResult *answer = nullptr);
    void finish(const WorkPtr &work);
    static QString cancelledText();

    ApiClient *m_client;
    SyncOptions m_options;
    RequestGate *m_gate;
    LicenseCatalog *m_licenses;
    LocationCatalog *m_locations; // the names a refusal gives
    ScheduleListCache *m_schedules;
    std::unique_ptr<WorkspaceResolver> m_resolver;
    BulkJournal *m_journal = nullptr;
    QHash<QString, SyncJournalEntry> m_recorded;
    std::optional<WorkspaceState> m_template;
    RequestContext m_base;
    QList<SyncTarget> m_targets;
    QList<SyncOutcome> m_outcomes;
    qsizetype m_next = 0;
    int m_active = 0;
    bool m_stopped = false;
    bool m_finished = false;
    RunControl m_control; // Pause and Cancel, and the time running
};

} // namespace seqring
