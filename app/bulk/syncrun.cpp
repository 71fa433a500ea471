#include "app/bulk/syncrun.h"

#include "app/bulk/syncworkspace.h"
#include "app/bulk/workspaceresolver.h"
#include "app/client/apiclient.h"
#include "app/client/apirequests.h"
#include "app/client/apiresult.h"
#include "app/client/licensecatalog.h"
#include "app/client/locationcatalog.h"
#include "app/client/requestgate.h"
#include "app/client/schedulelistcache.h"
#include "app/client/workspacestatereader.h"

namespace seqring
{

namespace
{
QString oneLine(QString text)
{
    return text.replace(QLatin1Char('\n'), QLatin1Char(' ')).simplified();
}
} // namespace

SyncRun::SyncRun(ApiClient *client, const SyncOptions &options, QObject *parent)
    : QObject(parent), m_client(client), m_options(options),
      m_gate(new RequestGate(client, qBound(1, options.concurrency, BulkOptions::kMaxConcurrency),
                             this)),
      m_licenses(new LicenseCatalog(client, this)), m_locations(new LocationCatalog(client, this)),
      m_schedules(new ScheduleListCache(client, m_gate, this)),
      m_resolver(std::make_unique<WorkspaceResolver>(m_gate))
{
    m_options.concurrency = m_gate->limit();
    connect(m_gate, &RequestGate::paused, this, &SyncRun::paused);
    m_licenses->setSender(m_gate->sender());
    m_locations->setSender(m_gate->sender());
}

SyncRun::~SyncRun() = default;

void SyncRun::setJournal(BulkJournal *journal, const QHash<QString, SyncJournalEntry> &recorded)
{
    m_journal = journal;
    m_recorded = recorded;
}

void SyncRun::start(const RequestContext &base, const QList<SyncTarget> &targets)
{
    m_base = base;
    m_targets = targets;
    m_control.start();
    if (m_targets.isEmpty()) {
        m_finished = true;
        Q_EMIT finished();
        return;
    }
    QList<BulkTarget> toResolve;
    for (const SyncTarget &target : m_targets) {
        const QString id = target.target.workspaceId;
        if (id.isEmpty() || m_recorded.value(id).state != SyncJournalEntry::State::Finished)
            toResolve.append(target.target);
    }
    m_resolver->prepare(m_base, toResolve);
    // The licenses and the locations' names first, side by side: every workspace needs them.
    auto waiting = std::make_shared<int>(2);
    const auto ready = [this, waiting] {
        if (--*waiting == 0)
            startNext();
    };
    m_licenses->ensure(m_base, this, ready);
    m_locations->ensure(m_base, this, ready);
}

void SyncRun::startNext()
{
    while (!m_stopped && !m_control.isHeld() && !m_control.isCancelled() &&
           m_active < m_options.concurrency && m_next < m_targets.size())
        resolve(takeNext());
    if (m_active == 0 && (m_stopped || m_control.isCancelled() || m_next >= m_targets.size()) &&
        !m_finished) {
        m_finished = true;
        Q_EMIT finished();
    }
}

SyncRun::WorkPtr SyncRun::takeNext()
{
    auto work = std::make_shared<SyncWorkspace>();
    work->target = m_targets.at(m_next++);
    work->context = m_base;
    work->base.id = work->target.target.workspaceId;
    work->base.displayName = work->target.target.displayName;
    ++m_active;
    return work;
}

void SyncRun::resolve(const WorkPtr &work)
{
    const SyncJournalEntry recorded = m_recorded.value(work->base.id);
    if (!work->base.id.isEmpty() && recorded.state == SyncJournalEntry::State::Finished) {
        work->takeFinished(recorded);
        finish(work);
        return;
    }
    m_resolver->resolve(m_base, work->target.target,
                        [this, work](const QJsonObject &workspace, const QString &problem,
                                     const ApiResult &answer) {
                            if (workspace.isEmpty()) {
                                const bool notSent = m_control.isCancelled() &&
                                                     answer.error.kind == ApiError::Kind::Cancelled;
                                fail(work, notSent ? cancelledText() : problem,
                                     answer.httpStatus > 0 ? &answer : nullptr);
                                return;
                            }
                            const bool byName = work->base.id.isEmpty();
                            work->base.id = workspace.value(QLatin1String("id")).toString();
                            work->context.workspaceId = work->base.id;
                            if (byName && m_recorded.value(work->base.id).state ==
                                              SyncJournalEntry::State::Finished) {
                                resolve(work); // reported from the journal, nothing sent
                                return;
                            }
                            onWorkspace(work, workspace);
                        });
}

void SyncRun::onWorkspace(const WorkPtr &work, const QJsonObject &workspace)
{
    work->takeWorkspace(
        workspace, m_licenses->stateOf(workspace),
        m_locations->nameOf(workspace.value(QLatin1String("locationId")).toString()),
        m_recorded.value(work->base.id));
    readState(work);
}

void SyncRun::readState(const WorkPtr &work)
{
    if (!proceed(work, [this, work] { readState(work); }))
        return;
    if (++work->reads > m_options.maxReads) {
        fail(work, tr("Its writes kept going unanswered; it was read %1 times. Run the sync "
                      "again later.")
                       .arg(m_options.maxReads));
        return;
    }
    auto *reader = new WorkspaceStateReader(m_client, this);
    reader->setSender(m_gate->sender());
    reader->setDefaultRegion(m_options.defaultRegion);
    connect(reader, &WorkspaceStateReader::finished, this,
            [this, work, reader](const WorkspaceState &state, const QString &error) {
                reader->deleteLater();
                if (!error.isEmpty()) {
                    fail(work,
                         m_control.isCancelled()
                             ? cancelledText()
                             : tr("Its sequential ring could not be read: %1").arg(oneLine(error)));
                    return;
                }
                onState(work, state);
            });
    reader->read(work->context, work->base);
}

void SyncRun::onState(const WorkPtr &work, const WorkspaceState &state)
{
    work->current = state;
    work->desired =
        work->target.desired
            ? *work->target.desired
            : SyncPlanner::desiredFromTemplate(m_template.value_or(WorkspaceState()), state);
    work->settleUnclear(m_options.defaultRegion);
    readSchedules(work);
}

void SyncRun::readSchedules(const WorkPtr &work)
{
    if (!work->needsSchedules()) {
        plan(work, {}); // all hours, all days: no schedule to find
        return;
    }
    if (!proceed(work, [this, work] { readSchedules(work); }))
        return;
    m_schedules->get(work->context, work->base.locationId,
                     [this, work](const QList<ScheduleEntry> &schedules, const QString &error) {
                         if (!error.isEmpty()) {
                             const bool notSent =
                                 m_control.isCancelled() && error == RequestGate::notSentText();
                             fail(work, notSent ? cancelledText()
                                                : tr("The schedules of its location could not "
                                                     "be read: %1")
                                                      .arg(oneLine(error)));
                             return;
                         }
                         QList<ScheduleRef> refs;
                         for (const ScheduleEntry &entry : schedules)
                             refs.append({entry.name, entry.type});
                         plan(work, refs);
                     });
}

void SyncRun::plan(const WorkPtr &work, const QList<ScheduleRef> &schedules)
{
    if (work->makePlan(schedules, m_options.allowDelete, m_options.defaultRegion))
        sendNext(work);
    else
        fail(work, work->plan.refusal);
}

QString SyncRun::cancelledText()
{
    return tr("Not sent: the sync was cancelled before this workspace's turn.");
}

bool SyncRun::proceed(const WorkPtr &work, std::function<void()> step)
{
    return m_control.proceed(std::move(step), [this, work] { fail(work, cancelledText()); });
}

void SyncRun::pause()
{
    if (!m_finished && m_control.pause())
        Q_EMIT stateChanged();
}

void SyncRun::resume()
{
    if (m_control.resumeWith([this] { Q_EMIT stateChanged(); }))
        startNext();
}

void SyncRun::cancel()
{
    // The workspaces held before their next request and those never reached end now, each
    // active until its finish() (finished() last).
    const auto nextEnd = [this]() -> RunControl::Step {
        if (m_next >= m_targets.size())
            return {};
        const WorkPtr work = takeNext();
        return [this, work] { fail(work, cancelledText()); };
    };
    int ended = 0;
    if (m_finished || !m_control.cancelWith([this] { Q_EMIT stateChanged(); }, nextEnd, &ended))
        return;
    // What waits for a slot is not sent: its workspace ends when the gate's answer comes.
    m_gate->cancel();
    if (ended == 0)
        startNext(); // ends the run when nothing is in flight
}

BulkProgress SyncRun::progress() const
{
    BulkProgress progress;
    progress.total = int(m_targets.size());
    for (const SyncOutcome &outcome : m_outcomes) {
        if (outcome.failed)
            ++progress.failed;
        else if (outcome.matched)
            ++progress.created;
        else
            ++progress.skipped;
    }
    progress.setRunning(m_control.runningMs());
    return progress;
}

void SyncRun::sendNext(const WorkPtr &work)
{
    const QList<SyncAction> &actions = work->plan.actions;
    // What sends nothing is reported as it comes, up to the next write.
    while (work->next < actions.size()) {
        const SyncAction &action = actions.at(work->next);
        if (action.kind == SyncAction::Kind::InSync) {
            if (work->rows.isEmpty()) // after a write checked by reading it says nothing new
                work->addRow(action, SyncResult::Done, tr("Nothing to send: it equals its entry."));
        } else if (action.kind == SyncAction::Kind::KeepCriteria ||
                   action.planned == SyncAction::Planned::Kept) {
            work->addRow(action, SyncResult::Kept, action.message);
        } else if (m_options.dryRun) {
            work->addRow(action, SyncResult::WouldDo, action.message);
        } else {
            break;
        }
        ++work->next;
    }
    if (work->next >= actions.size()) {
        finish(work);
        return;
    }
    if (!proceed(work, [this, work] { sendNext(work); }))
        return;
    const SyncAction action = actions.at(work->next);
    const HttpRequestSpec spec = ApiRequests::syncAction(action, work->context);
    // Sent once its "sending" line is durable, and only if no pause or cancel came between.
    record(work,
           SyncJournal::sending(work->base.id, work->base.displayName, action, work->knownBefore,
                                spec.trackingId),
           [this, work, spec, action] {
               const auto send = [this, work, spec, action] {
                   m_gate->send(spec, this, [this, work, action](const ApiResult &result) {
                       onAnswer(work, action, result);
                   });
               };
               if (proceed(work, send))
                   send();
           });
}

void SyncRun::onAnswer(const WorkPtr &work, const SyncAction &action, const ApiResult &result)
{
    if (m_control.isCancelled() && result.error.kind == ApiError::Kind::Cancelled &&
        !result.error.ambiguous) {
        fail(work, cancelledText()); // not sent: its "sending" line stays unanswered
        return;
    }
    // Carried out or not, nobody knows: no answer, a 5xx, or a DELETE whose criteria is gone
    // (Qt sends a request again on its own when the connection closed unanswered).
    const bool unclear =
        !result.ok &&
        (result.error.ambiguous || result.httpStatus == 0 || result.httpStatus >= 500 ||
         (action.kind == SyncAction::Kind::DeleteCriteria && result.httpStatus == 404));
    record(work, SyncJournal::answer(work->base.id, action.kind, result.httpStatus,
                                     result.createdId, result.trackingId, unclear));
    if (result.ok) {
        SyncAction done = action;
        if (action.kind == SyncAction::Kind::CreateCriteria)
            done.criteriaId = result.createdId;
        work->addRow(done, SyncResult::Done, action.message, &result);
        ++work->next;
        sendNext(work);
        return;
    }
    if (unclear) {
        // Never sent again blindly: read the workspace, then plan anew from what it holds.
        work->unclear =
            UnclearWrite{action, work->knownBefore, false, result.httpStatus, result.trackingId};
        readState(work);
        return;
    }
    fail(work, oneLine(result.error.text()), &result);
}

void SyncRun::record(const WorkPtr &work, const QJsonObject &entry, std::function<void()> durable)
{
    if (!m_journal) {
        if (durable)
            durable();
        return;
    }
    m_journal->post(entry, this, [this, work, durable](bool ok, const QString &error) {
        if (!ok)
            m_stopped = true; // without a journal a later run could not resume safely
        if (ok && durable)
            durable();
        else if (durable) // the workspace waited for this record: it ends here
            fail(work, error);
    });
}

void SyncRun::fail(const WorkPtr &work, const QString &problem, const ApiResult *answer)
{
    work->fail(problem, answer);
    finish(work);
}

void SyncRun::finish(const WorkPtr &work)
{
    const SyncOutcome outcome = work->outcome();
    if (m_journal && !outcome.workspaceId.isEmpty() && !work->fromJournal && !m_stopped)
        record(work, SyncJournal::result(outcome.workspaceId, outcome.displayName, !outcome.failed,
                                         outcome.matched, outcome.rows));
    m_outcomes.append(outcome);
    --m_active;
    Q_EMIT workspaceFinished(outcome, int(m_outcomes.size()), int(m_targets.size()));
    Q_EMIT progressChanged(progress());
    startNext();
}
} // namespace seqring
