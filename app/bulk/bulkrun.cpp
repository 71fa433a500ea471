#include "app/bulk/bulkrun.h"

#include "app/bulk/bulkchecks.h"
#include "app/bulk/workspaceresolver.h"
#include "app/client/apiclient.h"
#include "app/client/apirequests.h"
#include "app/client/httpstatus.h"
#include "app/client/licensecatalog.h"
#include "app/client/requestgate.h"
#include "app/client/schedulelistcache.h"
#include "app/client/sequentialringreader.h"
#include "app/files/journalformat.h"
#include "models/webexid.h"

#include <QJsonArray>

namespace seqring
{

BulkRun::BulkRun(ApiClient *client, const BulkOptions &options, QObject *parent)
    : QObject(parent), m_client(client), m_options(options),
      m_gate(new RequestGate(client, options.concurrency, this)),
      m_licenses(new LicenseCatalog(client, this)),
      m_schedules(new ScheduleListCache(client, m_gate, this)),
      m_resolver(std::make_unique<WorkspaceResolver>(m_gate))
{
    m_options.concurrency = qBound(1, options.concurrency, BulkOptions::kMaxConcurrency);
    connect(m_gate, &RequestGate::paused, this, &BulkRun::paused);
    // The licenses' pages like every request: a 429 pauses the run and is sent again.
    m_licenses->setSender(m_gate->sender());
}

BulkRun::~BulkRun() = default;

void BulkRun::start(const Criteria &criteria, const RequestContext &base,
                    const QList<BulkTarget> &targets)
{
    m_criteria = criteria;
    m_base = base;
    m_targets = targets;
    m_control.start();
    if (m_targets.isEmpty()) {
        m_finished = true;
        Q_EMIT finished();
        return;
    }
    // The workspaces by the page, beside the run (the journal answers the finished ones).
    QList<BulkTarget> toResolve;
    for (const BulkTarget &target : m_targets) {
        if (target.workspaceId.isEmpty() ||
            m_recorded.value(WebexId::key(target.workspaceId)).state !=
                JournalEntry::State::Finished)
            toResolve.append(target);
    }
    m_resolver->prepare(m_base, toResolve);
    // The licenses first, a page per slot: every workspace's check reads them.
    m_licenses->ensure(m_base, this, [this] { startNext(); });
}

void BulkRun::startNext()
{
    while (!m_stopped && !m_control.isHeld() && !m_control.isCancelled() &&
           m_active < m_options.concurrency && m_next < m_targets.size()) {
        resolve(takeNext());
    }
    if (m_active == 0 && (m_stopped || m_control.isCancelled() || m_next >= m_targets.size()) &&
        !m_finished) {
        m_finished = true;
        Q_EMIT finished();
    }
}

BulkRun::WorkPtr BulkRun::takeNext()
{
    auto work = std::make_shared<Work>();
    work->target = m_targets.at(m_next++);
    work->context = m_base;
    ++m_active;
    return work;
}

void BulkRun::resolve(const WorkPtr &work)
{
    const QString id = work->target.workspaceId;
    if (!id.isEmpty() &&
        m_recorded.value(WebexId::key(id)).state == JournalEntry::State::Finished) {
        work->context.workspaceId = id;
        work->recorded = m_recorded.value(WebexId::key(id));
        if (work->target.displayName.isEmpty())
            work->target.displayName = work->recorded.displayName;
        const bool skipped = work->recorded.result == QLatin1String("skipped");
        finish(work, skipped ? BulkOutcome::Result::Skipped : BulkOutcome::Result::Created,
               tr("Done in an earlier run (recorded in the journal); not sent again."));
        return;
    }
    m_resolver->resolve(
        m_base, work->target,
        [this, work](const QJsonObject &workspace, const QString &problem,
                     const ApiResult &answer) {
            if (workspace.isEmpty()) {
                if (!endIfNotSent(work, answer))
                    finish(work, BulkOutcome::Result::Failed, problem,
                           answer.httpStatus > 0 ? &answer : nullptr);
                return;
            }
            const bool byName = work->target.workspaceId.isEmpty();
            work->target.workspaceId = workspace.value(QLatin1String("id")).toString();
            work->context.workspaceId = work->target.workspaceId;
            if (byName && m_recorded.value(WebexId::key(work->target.workspaceId)).state ==
                              JournalEntry::State::Finished) {
                resolve(work); // reported from the journal, nothing sent
                return;
            }
            onWorkspace(work, workspace);
        });
}

void BulkRun::onWorkspace(const WorkPtr &work, const QJsonObject &workspace)
{
    work->target.displayName = workspace.value(QLatin1String("displayName")).toString();
    work->locationId = workspace.value(QLatin1String("locationId")).toString();
    const QString problem =
        BulkChecks::licenseProblem(m_licenses->stateOf(workspace), &work->warning);
    if (!problem.isEmpty()) {
        finish(work, BulkOutcome::Result::Failed, problem);
        return;
    }
    checkSchedule(work);
}

void BulkRun::checkSchedule(const WorkPtr &work)
{
    if (!proceed(work, [this, work] { checkSchedule(work); }))
        return;
    if (!m_criteria.schedule || m_criteria.schedule->name.trimmed().isEmpty()) {
        readCriteria(work); // all hours, all days: no schedule to find
        return;
    }
    m_schedules->get(
        work->context, work->locationId,
        [this, work](const QList<ScheduleEntry> &schedules, const QString &error) {
            const Schedule &wanted = *m_criteria.schedule;
            if (!error.isEmpty()) {
                const bool notSent = m_control.isCancelled() && error == RequestGate::notSentText();
                finish(work, BulkOutcome::Result::Failed,
                       notSent
                           ? cancelledText()
                           : tr("The schedules of its location could not be read: %1").arg(error));
                return;
            }
            const QString problem = BulkChecks::scheduleProblem(schedules, wanted);
            if (problem.isEmpty())
                readCriteria(work);
            else
                finish(work, BulkOutcome::Result::Failed, problem);
        });
}

void BulkRun::readCriteria(const WorkPtr &work)
{
    if (!proceed(work, [this, work] { readCriteria(work); }))
        return;
    m_gate->send(ApiRequests::getSequentialRing(work->context), this,
                 [this, work](const ApiResult &result) {
                     if (!result.ok) {
                         if (!endIfNotSent(work, result))
                             finish(work, BulkOutcome::Result::Failed,
                                    tr("Its sequential ring settings could not be read: %1")
                                        .arg(BulkOutcome::oneLine(result.error.text())),
                                    &result);
                         return;
                     }
                     const SequentialRingSettings settings =
                         SequentialRingSettings::fromJson(result.json.object());
                     QStringList ids;
                     for (const CriteriaSummary &summary : settings.criteria)
                         ids.append(summary.id);
                     decide(work, ids, BulkChecks::alike(settings, m_criteria), settings.enabled);
                 });
}

void BulkRun::decide(const WorkPtr &work, const QList<QString> &ids, const QString &duplicateId,
                     bool ringOn)
{
    if (!ringOn)
        work->warning = tr("Warning: its sequential ring is off; the criteria has no effect "
                           "until it is turned on.");
    const JournalEntry recorded = m_recorded.value(WebexId::key(work->target.workspaceId));
    if (recorded.state == JournalEntry::State::InFlight && !work->wasInFlight) {
        // An earlier run sent a create and recorded no answer: find out before anything else.
        work->wasInFlight = true;
        work->recorded = recorded;
        CreatedCheck::once(
            m_client, m_gate->sender(), work->context, m_criteria, recorded.knownBefore, this,
            [this, work, ids, duplicateId, ringOn](CreatedCheck::Outcome outcome, const QString &id,
                                                   const QString &message) {
                if (outcome == CreatedCheck::Outcome::Created) {
                    work->recorded.criteriaId = id;
                    finish(work, BulkOutcome::Result::Created,
                           tr("Created by an earlier run (found by reading its "
                              "criteria); not sent again."));
                } else if (outcome == CreatedCheck::Outcome::Failed) {
                    finish(work, BulkOutcome::Result::Failed, message, nullptr, true);
                } else {
                    decide(work, ids, duplicateId, ringOn);
                }
            });
        return;
    }
    work->knownBefore = ids;
    if (!duplicateId.isEmpty() && !m_options.createOnDuplicate) {
        work->recorded.criteriaId = duplicateId;
        finish(work, BulkOutcome::Result::Skipped,
               tr("It already has a criteria with this schedule and calls-from (ID %1).")
                   .arg(duplicateId));
        return;
    }
    if (m_options.dryRun) {
        finish(work, BulkOutcome::Result::WouldCreate, tr("Every check passed."));
        return;
    }
    sendCreate(work);
}

void BulkRun::sendCreate(const WorkPtr &work)
{
    if (!proceed(work, [this, work] { sendCreate(work); }))
        return;
    ++work->creates;
    const HttpRequestSpec spec = ApiRequests::createCriteria(m_criteria, work->context);
    // Sent once its "sending" line is durable (the other workspaces go on meanwhile), and
    // only if no pause or cancel came in between.
    record(work, JournalFormat::sending(work->target, spec.trackingId, work->knownBefore),
           [this, work, spec] {
               const auto send = [this, work, spec] {
                   m_gate->send(spec, this, [this, work](const ApiResult &result) {
                       onCreateAnswer(work, result);
                   });
               };
               if (proceed(work, send))
                   send();
           });
}

void BulkRun::onCreateAnswer(const WorkPtr &work, const ApiResult &result)
{
    if (endIfNotSent(work, result))
        return; // its "result" line says it was not sent; nothing was answered
    record(work, JournalFormat::answer(work->target, result.httpStatus, result.createdId,
                                       result.trackingId));
    if (result.ok) {
        work->recorded.criteriaId = result.createdId;
        finish(work, BulkOutcome::Result::Created, tr("Created."), &result);
        return;
    }
    if (!result.error.ambiguous) {
        finish(work, BulkOutcome::Result::Failed, BulkOutcome::oneLine(result.error.text()),
               &result);
        return;
    }
    // It may have been carried out: read the criteria before anything is sent again. The
    // reads go through the gate like every request of the run: a 429 pauses the run, and
    // after Cancel nothing is sent (the check fails; the journal keeps the create unresolved).
    CreatedCheck::once(
        m_client, m_gate->sender(), work->context, m_criteria, work->knownBefore, this,
        [this, work, result](CreatedCheck::Outcome outcome, const QString &id,
                             const QString &message) {
            if (outcome == CreatedCheck::Outcome::Created) {
                work->recorded.criteriaId = id;
                finish(work, BulkOutcome::Result::Created, foundCreatedText(result), &result);
            } else if (outcome == CreatedCheck::Outcome::NotCreated &&
                       work->creates < m_options.maxCreateAttempts) {
                sendCreate(work);
            } else {
                finish(work, BulkOutcome::Result::Failed,
                       BulkOutcome::oneLine(result.error.text()) + QLatin1Char(' ') + message,
                       &result, outcome == CreatedCheck::Outcome::Failed);
            }
        });
}

QString BulkRun::foundCreatedText(const ApiResult &result)
{
    // A 2xx came, and then an answer that could not be read: say which.
    if (HttpStatus::isSuccess(result.httpStatus))
        return tr("Created: %1 It was found by reading its criteria.")
            .arg(BulkOutcome::oneLine(result.error.problem));
    return tr("Created (the answer was lost; found by reading its criteria).");
}

void BulkRun::record(const WorkPtr &work, QJsonObject line, std::function<void()> durable)
{
    if (!m_journal) {
        if (durable)
            durable();
        return;
    }
    m_journal->post(std::move(line), this, [this, work, durable](bool ok, const QString &error) {
        if (!ok)
            m_stopped = true; // without a journal a later run could not resume safely
        if (ok && durable)
            durable();
        else if (durable) // the workspace waited for this record: it ends here
            finish(work, BulkOutcome::Result::Failed, error);
    });
}

void BulkRun::finish(const WorkPtr &work, BulkOutcome::Result result, const QString &message,
                     const ApiResult *answer, bool unresolved)
{
    BulkOutcome outcome;
    outcome.workspaceId = work->target.workspaceId;
    outcome.displayName = work->target.displayName;
    outcome.result = result;
    outcome.criteriaId = work->recorded.criteriaId;
    outcome.message =
        work->warning.isEmpty() ? message : message + QLatin1Char(' ') + work->warning;
    if (answer) {
        outcome.httpStatus = answer->httpStatus;
        outcome.trackingId = answer->trackingId;
    }
    if (m_journal && !outcome.workspaceId.isEmpty() && result != BulkOutcome::Result::WouldCreate &&
        !m_stopped) {
        // Durable later; a failure stops what has not started.
        record(work, JournalFormat::result(work->target, BulkOutcome::resultName(result),
                                           outcome.criteriaId, outcome.message, unresolved));
    }
    m_outcomes.append(outcome);
    --m_active;
    Q_EMIT workspaceFinished(outcome, int(m_outcomes.size()), int(m_targets.size()));
    Q_EMIT progressChanged(progress());
    startNext();
}

bool BulkRun::proceed(const WorkPtr &work, std::function<void()> step)
{
    return m_control.proceed(std::move(step), [this, work] {
        finish(work, BulkOutcome::Result::Failed, cancelledText());
    });
}

void BulkRun::pause()
{
    if (!m_finished && m_control.pause())
        Q_EMIT stateChanged();
}

void BulkRun::resume()
{
    if (m_control.resumeWith([this] { Q_EMIT stateChanged(); }))
        startNext();
}

void BulkRun::cancel()
{
    // The workspaces held before their next request and those never reached end now, each
    // active until its finish() (finished() last).
    const auto nextEnd = [this]() -> RunControl::Step {
        if (m_next >= m_targets.size())
            return {};
        const WorkPtr work = takeNext();
        return [this, work] { finish(work, BulkOutcome::Result::Failed, cancelledText()); };
    };
    int ended = 0;
    if (m_finished || !m_control.cancelWith([this] { Q_EMIT stateChanged(); }, nextEnd, &ended))
        return;
    // The requests waiting for a slot or waiting out a 429 are not sent: their workspaces
    // end when the gate's answers come (from the event loop).
    m_gate->cancel();
    if (ended == 0)
        startNext(); // ends the run when nothing is in flight
}

bool BulkRun::endIfNotSent(const WorkPtr &work, const ApiResult &result)
{
    if (!m_control.isCancelled() || result.error.kind != ApiError::Kind::Cancelled ||
        result.error.ambiguous)
        return false;
    finish(work, BulkOutcome::Result::Failed, cancelledText());
    return true;
}

} // namespace seqring
