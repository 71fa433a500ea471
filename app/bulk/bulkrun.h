#pragma once

#include "app/bulk/bulkprogress.h"
#include "app/bulk/runcontrol.h"
#include "app/client/createdcheck.h"
#include "app/client/httprequest.h"
#include "app/files/bulkjournal.h"
#include "app/files/bulkoutcome.h"
#include "app/files/bulkrunrecord.h"
#include "app/files/targetsfile.h"
#include "models/criteria.h"
#include "models/webexid.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <functional>
#include <memory>
#include <utility>

namespace seqring
{

class ApiClient;
class LicenseCatalog;
class ScheduleListCache;
class RequestGate;
class WorkspaceResolver;

// Applies one criteria to many workspaces: for each, the checks of a dry run (it exists,
// is Professional, the schedule exists in its location with the chosen type, it has no
// criteria alike, its sequential ring is on), then the create, with every request through
// one RequestGate. A create that fails ambiguously is never sent again blindly: the
// workspace's criteria are read first. With a journal, each create is recorded before it is
// sent and after its answer, and a journal of an earlier run is resumed. Pause holds every
// workspace before its next request; Cancel sends nothing new: requests in flight finish and
// are recorded, the workspaces not reached end failed with "not sent".
class BulkRun : public QObject
{
    Q_OBJECT
public:
    BulkRun(ApiClient *client, const BulkOptions &options, QObject *parent = nullptr);
    ~BulkRun() override;

    // The journal to write (open), and what an earlier run recorded in it.
    // `recorded` is keyed by what each ID identifies (WebexId::key): a targets file may
    // write an ID in another form than the journal of an earlier run.
    void setJournal(BulkJournal *journal, const QHash<QString, JournalEntry> &recorded)
    {
        m_journal = journal;
        m_recorded.clear();
        for (auto it = recorded.cbegin(); it != recorded.cend(); ++it)
            m_recorded.insert(WebexId::key(it.key()), it.value());
    }
    void start(const Criteria &criteria, const RequestContext &base,
               const QList<BulkTarget> &targets);

    // No workspace starts and none sends its next request until resume(); those in flight
    // finish their request.
    void pause();
    void resume();
    // Sends nothing new: each workspace ends when its request in flight has finished (an
    // ambiguous create is still checked, so that its result is known); the rest end failed,
    // not sent. finished() follows once nothing is in flight.
    void cancel();
    bool isPausedByUser() const { return m_control.isHeld(); }
    bool isCancelled() const { return m_control.isCancelled(); }
    BulkProgress progress() const
    {
        return BulkProgress::of(m_outcomes, int(m_targets.size()), m_control.runningMs());
    }

    const QList<BulkOutcome> &outcomes() const { return m_outcomes; }
    RequestGate *gate() const { return m_gate; }
    bool isFinished() const { return m_finished; }

Q_SIGNALS:
    // A 429: every request waits `seconds`.
    void paused(int seconds);
    void workspaceFinished(const seqring::BulkOutcome &outcome, int done, int total);
    void progressChanged(const seqring::BulkProgress &progress);
    // pause(), resume() or cancel() took effect.
    void stateChanged();
    void finished();

private:
    // One workspace on its way through the run.
    struct Work {
        BulkTarget target;
        RequestContext context;
        QString locationId;
        QStringList knownBefore; // criteria IDs listed before the create
        QString warning;
        int creates = 0;
        bool wasInFlight = false; // the journal had a create without an answer
        JournalEntry recorded;
    };
    using WorkPtr = std::shared_ptr<Work>;

    void startNext();
    WorkPtr takeNext(); // the next target as a Work, counted active
    // True when `work` may send its next request now; else `step` waits for resume(), or the
    // workspace ends (cancelled) and false is returned.
    bool proceed(const WorkPtr &work, std::function<void()> step);
    // True when the gate did not send `result`'s request because of cancel(): the workspace
    // has ended as those not reached.
    bool endIfNotSent(const WorkPtr &work, const ApiResult &result);
    static QString cancelledText()
    {
        return tr("Not sent: the run was cancelled before this workspace's turn.");
    }
    void resolve(const WorkPtr &work);
    void onWorkspace(const WorkPtr &work, const QJsonObject &workspace);
    void checkSchedule(const WorkPtr &work);
    void readCriteria(const WorkPtr &work);
    void decide(const WorkPtr &work, const QList<QString> &ids, const QString &duplicateId,
                bool ringOn);
    void sendCreate(const WorkPtr &work);
    void onCreateAnswer(const WorkPtr &work, const ApiResult &result);
    // The message of a create found by reading after its answer could not be read.
    static QString foundCreatedText(const ApiResult &result);
    void finish(const WorkPtr &work, BulkOutcome::Result result, const QString &message,
                const ApiResult *answer = nullptr, bool unresolved = false);
    // Journals `line` (a JournalFormat line about `work`); `durable` runs once it is on disk
    // (the workspace fails instead when it cannot be). Any failure stops the run from
    // starting more.
    void record(const WorkPtr &work, QJsonObject line, std::function<void()> durable = {});

    ApiClient *m_client;
    BulkOptions m_options;
    RequestGate *m_gate;
    LicenseCatalog *m_licenses;
    ScheduleListCache *m_schedules;
    std::unique_ptr<WorkspaceResolver> m_resolver;
    BulkJournal *m_journal = nullptr;
    QHash<QString, JournalEntry> m_recorded; // by WebexId::key of the workspace ID
    Criteria m_criteria;
    RequestContext m_base;
    QList<BulkTarget> m_targets;
    QList<BulkOutcome> m_outcomes;
    qsizetype m_next = 0;
    int m_active = 0;
    bool m_stopped = false; // the journal failed: nothing new starts
    bool m_finished = false;
    RunControl m_control; // Pause and Cancel, and the time running
};

} // namespace seqring
