#pragma once

#include "app/bulk/bulkrun.h"
#include "app/client/httprequest.h"
#include "app/files/bulkjournal.h"
#include "app/files/bulkoutcome.h"
#include "app/files/bulkrunrecord.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <memory>

namespace seqring
{

class ApiClient;

// The bulk window's runs: a check (a dry run: the verdicts), a run of one criteria over the
// chosen targets, Retry failed over those not created, and the resume of a run whose
// journal did not end. Every run (not a check) keeps its journal in the journal folder (the
// app's data folder), opened by a "run" record (BulkRunRecord) and closed by "end". The
// results table is one row per workspace; a retry replaces the rows it runs again.
class BulkController : public QObject
{
    Q_OBJECT
public:
    explicit BulkController(ApiClient *client, QObject *parent = nullptr);
    ~BulkController() override;

    // Where journals are kept; QStandardPaths::AppDataLocation unless set.
    void setJournalFolder(const QString &folder) { m_folder = folder; }
    QString journalFolder() const { return m_folder; }

    // Each returns false with a sentence in `error` when it cannot start.
    bool check(const Criteria &criteria, const RequestContext &base,
               const QList<BulkTarget> &targets, const BulkOptions &options, QString *error);
    bool run(const Criteria &criteria, const RequestContext &base, const QList<BulkTarget> &targets,
             const BulkOptions &options, QString *error);
    // Runs again, in the same journal, those of the last run that were not created or skipped.
    bool retryFailed(QString *error);
    // Continues the run of `journalPath` with `token` (for the API root it records).
    bool resumeJournal(const QString &journalPath, const QString &token, QString *error);
    // Marks the run of `journalPath` ended without resuming it (an "end" record).
    static bool discardJournal(const QString &journalPath, QString *error);
    // The newest journal in the folder whose run did not end; empty when there is none.
    QString unfinishedJournal() const;

    BulkRun *current() const { return m_run.get(); }
    bool isBusy() const { return m_run && !m_run->isFinished(); }
    bool isDryRun() const { return m_dryRun; }
    QString journalPath() const { return m_journal ? m_journal->path() : QString(); }
    const QList<BulkOutcome> &outcomes() const { return m_outcomes; }
    int failedCount() const;
    // The create that `row`'s workspace gets (or got): exactly what the run sends.
    HttpRequestSpec requestFor(int row) const;
    bool exportResults(const QString &path, QString *error) const;

Q_SIGNALS:
    void runStarted(seqring::BulkRun *run);
    void outcomesReset();
    void outcomeChanged(int row, bool added);
    void runFinished();

private:
    bool begin(const Criteria &criteria, const RequestContext &base,
               const QList<BulkTarget> &targets, const BulkOptions &options, bool dryRun,
               QString *error);
    bool openJournal(const QString &path, const QJsonObject &first, QString *error);
    // keepRows: a retry, whose outcomes replace the rows of the same workspaces.
    void startRun(const QList<BulkTarget> &targets, const QHash<QString, JournalEntry> &recorded,
                  bool withJournal, bool keepRows);
    void onOutcome(const BulkOutcome &outcome);
    static QString keyOf(const QString &workspaceId, const QString &displayName);

    ApiClient *m_client;
    QString m_folder;
    BulkRunRecord m_record; // the criteria, target and options of the last run or check
    RequestContext m_base;
    bool m_dryRun = false;
    std::unique_ptr<BulkJournal> m_journal;
    std::unique_ptr<BulkRun> m_run;
    QList<BulkOutcome> m_outcomes;
    QHash<QString, int> m_rows; // keyOf() -> row
};

} // namespace seqring
