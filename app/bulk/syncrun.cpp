#include "app/bulk/syncrun.h"

#include "app/bulk/syncrunwork.h"
#include "app/bulk/workspaceresolver.h"
#include "app/client/apiclient.h"
#include "app/client/apirequests.h"
#include "app/client/createdcheck.h"
#include "app/client/licensecatalog.h"
#include "app/client/locationcatalog.h"
#include "app/client/requestgate.h"
#include "app/client/schedulelistcache.h"
#include "app/client/workspacestatereader.h"

#include <algorithm>

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
    m_clock.start();
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
    while (!m_stopped && !m_held && !m_cancelled && m_active < m_options.concurrency &&
           m_next < m_targets.size())
        resolve(takeNext());
    if (m_active == 0 && (m_stopped || m_cancelled || m_next >= m_targets.size()) && !m_finished) {
        m_finished = true;
        Q_EMIT finished();
    }
}

SyncRun::WorkPtr SyncRun::takeNext()
{
    auto work = std::make_shared<Work>();
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
        work->fromJournal = true;
        work->matchedInJournal = recorded.matched;
        if (work->base.displayName.isEmpty())
            work->base.displayName = recorded.displayName;
        for (SyncReportRow row : recorded.rows) {
            row.message = tr("%1 (in an earlier run, recorded in the journal; not touched).")
                              .arg(row.message);
            work->rows.append(row);
        }
        finish(work);
        return;
    }
    m_resolver->resolve(m_base, work->target.target,
                        [this, work](const QJsonObject &workspace, const QString &problem,
                                     const ApiResult &answer) {
                            if (workspace.isEmpty()) {
                                const bool notSent =
                                    m_cancelled && answer.error.kind == ApiError::Kind::Cancelled;
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
    WorkspaceState &base = work->base;
    base.displayName = workspace.value(QLatin1String("displayName")).toString();
    base.locationId = workspace.value(QLatin1String("locationId")).toString();
    base.locationName = m_locations->nameOf(base.locationId);
    if (base.locationName.isEmpty() && work->target.desired)
        base.locationName = work->target.desired->locationName;
    if (base.locationName.isEmpty())
        base.locationName = base.locationId;
    switch (m_licenses->stateOf(workspace)) {
    case WorkspaceLicense::Professional:
        base.professional = true;
        break;
    case WorkspaceLicense::Unknown:
        base.professional = true;
        work->warning = tr("Its license could not be read; the service decides.");
        break;
    case WorkspaceLicense::BasicWorkspace:
    case WorkspaceLicense::NotWebexCalling:
        base.professional = false;
        break;
    }
    const SyncJournalEntry recorded = m_recorded.value(base.id);
    if (recorded.state == SyncJournalEntry::State::InFlight) {
        // An earlier run sent a write and recorded no answer: the read checks it first.
        SyncAction action;
        action.kind = recorded.action;
        action.criteriaId = recorded.criteriaId;
        if (recorded.criteria)
            action.criteria = *recorded.criteria;
        work->unclear = action;
        work->unclearKnownBefore = recorded.knownBefore;
        work->unclearFromEarlierRun = true;
        work->unclearTrackingId = recorded.trackingId;
    }
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
                         m_cancelled
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
    settleUnclear(work);
    readSchedules(work);
}

void SyncRun::settleUnclear(const WorkPtr &work)
{
    if (!work->unclear)
        return;
    const SyncAction action = *std::exchange(work->unclear, std::nullopt);
    const QList<StoredCriteria> &now = work->current.criteria;
    const auto withId = [&now](const QString &id) {
        return std::find_if(now.cbegin(), now.cend(),
                            [&id](const StoredCriteria &c) { return c.id == id; });
    };
    bool carriedOut = false;
    QString criteriaId = action.criteriaId;
    switch (action.kind) {
    case SyncAction::Kind::CreateCriteria:
        for (const StoredCriteria &c : now) {
            if (!work->unclearKnownBefore.contains(c.id) &&
                CreatedCheck::sameCriteria(c.criteria, action.criteria)) {
                carriedOut = true;
                criteriaId = c.id;
                break;
            }
        }
        break;
    case SyncAction::Kind::DeleteCriteria:
        carriedOut = withId(action.criteriaId) == now.cend();
        break;
    case SyncAction::Kind::UpdateCriteria: {
        const auto found = withId(action.criteriaId);
        carriedOut =
            found != now.cend() && CreatedCheck::sameCriteria(found->criteria, action.criteria);
        break;
    }
    case SyncAction::Kind::UpdateSettings:
        carriedOut = !work->unclearFromEarlierRun && work->current.settings &&
                     sameRingSettings(
                         normalizedRingSettings(*work->current.settings, m_options.defaultRegion),
                         normalizedRingSettings(action.settings, m_options.defaultRegion));
        break;
    case SyncAction::Kind::KeepCriteria:
    case SyncAction::Kind::InSync:
        return;
    }
    if (!carriedOut)
        return; // planned anew from what was read: sent again only if still needed
    SyncAction done = action;
    done.criteriaId = criteriaId;
    SyncReportRow row;
    row.workspaceId = work->base.id;
    row.displayName = work->base.displayName;
    row.action = action.kind;
    row.criteriaId = criteriaId;
    row.result = SyncResult::Done;
    row.httpStatus = work->unclearFromEarlierRun ? 0 : work->unclearStatus;
    row.trackingId = work->unclearTrackingId;
    row.message = work->unclearFromEarlierRun
                      ? tr("Sent by an earlier run whose answer was not recorded; found done "
                           "by reading the workspace, not sent again.")
                      : tr("The answer was lost; found done by reading the workspace, not sent "
                           "again.");
    work->rows.append(row);
    work->unclearFromEarlierRun = false;
}

void SyncRun::readSchedules(const WorkPtr &work)
{
    const bool needed = std::any_of(work->desired.criteria.cbegin(), work->desired.criteria.cend(),
                                    [](const StoredCriteria &c) {
                                        return c.criteria.schedule &&
                                               !c.criteria.schedule->name.trimmed().isEmpty();
                                    });
    if (!needed) {
        plan(work, {}); // all hours, all days: no schedule to find
        return;
    }
    if (!proceed(work, [this, work] { readSchedules(work); }))
        return;
    m_schedules->get(work->context, work->base.locationId,
                     [this, work](const QList<ScheduleEntry> &schedules, const QString &error) {
                         if (!error.isEmpty()) {
                             const bool notSent =
                                 m_cancelled && error == RequestGate::notSentText();
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
    work->plan = SyncPlanner::plan(work->current, work->desired, schedules, m_options.allowDelete,
                                   m_options.defaultRegion);
    work->next = 0;
    if (work->plan.isRefused()) {
        fail(work, work->plan.refusal);
        return;
    }
    work->knownBefore.clear();
    for (const StoredCriteria &c : work->current.criteria)
        work->knownBefore.append(c.id);
    sendNext(work);
}

} // namespace seqring
