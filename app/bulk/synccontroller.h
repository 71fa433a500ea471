#pragma once

#include "app/bulk/syncrun.h"
#include "app/client/httprequest.h"
#include "app/files/bulkjournal.h"
#include "models/workspacestate.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <memory>
#include <optional>

namespace seqring
{

class ApiClient;
class WorkspaceStateReader;

// The syncs of the Make them match window: what the targets are made equal to (a template
// read from a workspace, or the entries of a state file), a check (a dry run: each target's
// plan), a run whose journal is kept in the journal folder (a "sync" record first, with the
// entries and the targets; "end" last), and the resume of a sync whose journal did not end.
// The results are one row per workspace, each with its plan's actions.
class SyncController : public QObject
{
    Q_OBJECT
public:
    explicit SyncController(ApiClient *client, QObject *parent = nullptr);
    ~SyncController() override;

    // Where journals are kept; QStandardPaths::AppDataLocation unless set.
    void setJournalFolder(const QString &folder) { m_folder = folder; }
    QString journalFolder() const { return m_folder; }

    // Reads the workspace `base` names as the template; templateChanged() follows.
    void readTemplate(const RequestContext &context, const WorkspaceState &base);
    // The entries of a state file: each target is made equal to its own (no template).
    void setDesired(const QList<WorkspaceState> &entries);
    const std::optional<WorkspaceState> &templateState() const { return m_template; }
    const QList<WorkspaceState> &desired() const { return m_desired; }
    bool isReadingTemplate() const { return m_reading; }
    QString templateError() const { return m_templateError; }

    // Each returns false with a sentence in `error` when it cannot start.
    bool check(const RequestContext &base, const QList<BulkTarget> &targets,
               const SyncOptions &options, QString *error);
    bool run(const RequestContext &base, const QList<BulkTarget> &targets,
             const SyncOptions &options, QString *error);
    // Continues the sync of `journalPath`, which did not end, with `token` (for the API root
    // and organization it records), in the same journal: its targets made equal to what it
    // records (the template, or the entries; a command line journal of --desired: its state
    // file, read again), with its options. Workspaces it records as finished are not
    // touched; one whose write was in flight is read first, the write never sent blindly.
    bool resumeJournal(const QString &journalPath, const QString &token, QString *error);
    // Marks the sync of `journalPath` ended without resuming it (an "end" record).
    static bool discardJournal(const QString &journalPath, QString *error);
    // The newest journal in the folder whose sync did not end and that resumeJournal() can
    // continue; empty when there is none.
    QString unfinishedJournal() const;

    SyncRun *current() const { return m_run.get(); }
    bool isBusy() const { return m_run && !m_run->isFinished(); }
    bool isDryRun() const { return m_dryRun; }
    // The targets and options of the last check, run or resume.
    const QList<BulkTarget> &targets() const { return m_targets; }
    const SyncOptions &options() const { return m_options; }
    QString journalPath() const { return m_journal ? m_journal->path() : QString(); }
    const QList<SyncOutcome> &outcomes() const { return m_outcomes; }
    // The criteria the plans of the last check or run delete.
    int plannedDeletes() const;
    // The request `action` of `row`'s plan sends (or sent): exactly what the run sends.
    HttpRequestSpec requestFor(int row, const SyncAction &action) const;
    // The report CSV, a row per action. False with a sentence naming the file on failure.
    bool exportResults(const QString &path, QString *error) const;

Q_SIGNALS:
    void templateChanged();
    void runStarted(seqring::SyncRun *run);
    void outcomesReset();
    void outcomeAdded(int row);
    void runFinished();

private:
    bool begin(const RequestContext &base, const QList<BulkTarget> &targets,
               const SyncOptions &options, bool dryRun, QString *error);
    // What `contents` makes equal, read into the template or the desired entries, and its
    // targets. False with a sentence naming `path` when the journal does not say.
    bool takeRun(const QString &path, const SyncJournalContents &contents,
                 QList<BulkTarget> *targets, QString *error);
    // Starts the run of m_targets with m_options over m_template or m_desired, journaled in
    // m_journal (none for a check) where `recorded` says what an earlier run did.
    void launch(const QHash<QString, SyncJournalEntry> &recorded);

    ApiClient *m_client;
    QString m_folder;
    WorkspaceStateReader *m_reader;
    std::optional<WorkspaceState> m_template;
    QList<WorkspaceState> m_desired;
    bool m_reading = false;
    QString m_templateError;
    RequestContext m_base;
    QList<BulkTarget> m_targets;
    SyncOptions m_options;
    bool m_dryRun = false;
    std::unique_ptr<BulkJournal> m_journal;
    std::unique_ptr<SyncRun> m_run;
    QList<SyncOutcome> m_outcomes;
};

} // namespace seqring
