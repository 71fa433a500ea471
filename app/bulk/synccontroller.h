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
// plan), and a run whose journal is kept in the journal folder (a "sync" record first, "end"
// last). The results are one row per workspace, each with its plan's actions.
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

    SyncRun *current() const { return m_run.get(); }
    bool isBusy() const { return m_run && !m_run->isFinished(); }
    bool isDryRun() const { return m_dryRun; }
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

    ApiClient *m_client;
    QString m_folder;
    WorkspaceStateReader *m_reader;
    std::optional<WorkspaceState> m_template;
    QList<WorkspaceState> m_desired;
    bool m_reading = false;
    QString m_templateError;
    RequestContext m_base;
    bool m_dryRun = false;
    std::unique_ptr<BulkJournal> m_journal;
    std::unique_ptr<SyncRun> m_run;
    QList<SyncOutcome> m_outcomes;
};

} // namespace seqring
