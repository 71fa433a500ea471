#pragma once

#include "bulkjournal.h"
#include "bulkoutcome.h"
#include "createdcheck.h"
#include "criteria.h"
#include "httprequest.h"
#include "targetsfile.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <memory>

namespace seqring
{

class ApiClient;
class LicenseCatalog;
class LocationSchedules;
class RequestGate;
class WorkspaceResolver;

// How a bulk run goes.
struct BulkOptions {
    static constexpr int kDefaultConcurrency = 4;
    static constexpr int kMaxConcurrency = 10;
    int concurrency = kDefaultConcurrency; // requests at once, look-ups included
    bool createOnDuplicate = false;        // false: skip a workspace that has one alike
    bool dryRun = false;                   // check everything, send no create
    int maxCreateAttempts = 3;             // creates found not carried out are sent again
};

// Applies one criteria to many workspaces: for each, the checks of a dry run (it exists,
// is Professional, the schedule exists in its location with the chosen type, it has no
// criteria alike, its sequential ring is on), then the create, with every request through
// one RequestGate. A create that fails ambiguously is never sent again blindly: the
// workspace's criteria are read first. With a journal, each create is recorded before it is
// sent and after its answer, and a journal of an earlier run is resumed.
class BulkRun : public QObject
{
    Q_OBJECT
public:
    BulkRun(ApiClient *client, const BulkOptions &options, QObject *parent = nullptr);
    ~BulkRun() override;

    // The journal to write (open), and what an earlier run recorded in it.
    void setJournal(BulkJournal *journal, const QHash<QString, JournalEntry> &recorded);
    void start(const Criteria &criteria, const RequestContext &base,
               const QList<BulkTarget> &targets);

    const QList<BulkOutcome> &outcomes() const { return m_outcomes; }
    RequestGate *gate() const { return m_gate; }
    bool isFinished() const { return m_finished; }

Q_SIGNALS:
    void paused(int seconds);
    void workspaceFinished(const seqring::BulkOutcome &outcome, int done, int total);
    void finished();

private:
    struct Work;
    using WorkPtr = std::shared_ptr<Work>;

    void startNext();
    void resolve(const WorkPtr &work);
    void onWorkspace(const WorkPtr &work, const QJsonObject &workspace);
    void checkSchedule(const WorkPtr &work);
    void readCriteria(const WorkPtr &work);
    void decide(const WorkPtr &work, const QList<QString> &ids, const QString &duplicateId,
                bool ringOn);
    void sendCreate(const WorkPtr &work);
    void onCreateAnswer(const WorkPtr &work, const ApiResult &result);
    // Reads the workspace's criteria (CreatedCheck, in one slot) to find the create.
    void
    checkCreated(const WorkPtr &work, const QStringList &knownBefore,
                 std::function<void(CreatedCheck::Outcome, const QString &, const QString &)> done);
    void finish(const WorkPtr &work, BulkOutcome::Result result, const QString &message,
                const ApiResult *answer = nullptr, bool unresolved = false);
    bool record(const WorkPtr &work, QJsonObject record);

    ApiClient *m_client;
    BulkOptions m_options;
    RequestGate *m_gate;
    LicenseCatalog *m_licenses;
    LocationSchedules *m_schedules;
    std::unique_ptr<WorkspaceResolver> m_resolver;
    BulkJournal *m_journal = nullptr;
    QHash<QString, JournalEntry> m_recorded;
    Criteria m_criteria;
    RequestContext m_base;
    QList<BulkTarget> m_targets;
    QList<BulkOutcome> m_outcomes;
    qsizetype m_next = 0;
    int m_active = 0;
    bool m_stopped = false; // the journal failed: nothing new starts
    bool m_finished = false;
};

} // namespace seqring
