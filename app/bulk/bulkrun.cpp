#include "app/bulk/bulkrun.h"

#include "app/bulk/workspaceresolver.h"
#include "app/client/apiclient.h"
#include "app/client/apirequests.h"
#include "app/client/httpstatus.h"
#include "app/client/licensecatalog.h"
#include "app/client/requestgate.h"
#include "app/client/schedulelistcache.h"
#include "app/client/sequentialringreader.h"
#include "models/webexid.h"

#include <QJsonArray>

namespace seqring
{

// One workspace on its way through the run.
struct BulkRun::Work {
    BulkTarget target;
    RequestContext context;
    QString locationId;
    QStringList knownBefore; // criteria IDs listed before the create
    QString warning;
    int creates = 0;
    bool wasInFlight = false; // the journal had a create without an answer
    JournalEntry recorded;
};

namespace
{
QString oneLine(QString text)
{
    return text.replace(QLatin1Char('\n'), QLatin1Char(' ')).simplified();
}
} // namespace

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
    m_clock.start();
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
    while (!m_stopped && !m_held && !m_cancelled && m_active < m_options.concurrency &&
           m_next < m_targets.size()) {
        resolve(takeNext());
    }
    if (m_active == 0 && (m_stopped || m_cancelled || m_next >= m_targets.size()) && !m_finished) {
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
    switch (m_licenses->stateOf(workspace)) {
    case WorkspaceLicense::Professional:
        break;
    case WorkspaceLicense::Unknown:
        work->warning = tr("Its license could not be read; the service decides.");
        break;
    case WorkspaceLicense::BasicWorkspace:
    case WorkspaceLicense::NotWebexCalling:
        finish(work, BulkOutcome::Result::Failed,
               tr("It has no Webex Calling Professional license, which sequential ring needs."));
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
                const bool notSent = m_cancelled && error == RequestGate::notSentText();
                finish(work, BulkOutcome::Result::Failed,
                       notSent
                           ? cancelledText()
                           : tr("The schedules of its location could not be read: %1").arg(error));
                return;
            }
            bool sameName = false;
            for (const ScheduleEntry &entry : schedules) {
                if (entry.name != wanted.name.trimmed())
                    continue;
                sameName = true;
                if (!wanted.type || entry.type == *wanted.type) {
                    readCriteria(work);
                    return;
                }
            }
            finish(work, BulkOutcome::Result::Failed,
                   sameName ? tr("Its location has a schedule \"%1\", but not of the chosen type.")
                                  .arg(wanted.name)
                            : tr("Its location has no schedule \"%1\".").arg(wanted.name));
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
                                        .arg(oneLine(result.error.text())),
                                    &result);
                         return;
                     }
                     const SequentialRingSettings settings =
                         SequentialRingSettings::fromJson(result.json.object());
                     QStringList ids;
                     QString duplicateId;
                     const QString name =
                         m_criteria.schedule ? m_criteria.schedule->name.trimmed() : QString();
                     const bool any = m_criteria.callsFrom == CallsFrom::AnyPhoneNumber;
                     for (const CriteriaSummary &summary : settings.criteria) {
                         ids.append(summary.id);
                         if (duplicateId.isEmpty() && summary.scheduleName.trimmed() == name &&
                             summary.allNumbers == any)
                             duplicateId = summary.id;
                     }
                     decide(work, ids, duplicateId, settings.enabled);
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
        checkCreated(work, recorded.knownBefore,
                     [this, work, ids, duplicateId, ringOn](
                         CreatedCheck::Outcome outcome, const QString &id, const QString &message) {
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
    const QJsonObject sending{
        {QLatin1String("event"), QLatin1String("sending")},
        {QLatin1String("trackingId"), spec.trackingId},
        {QLatin1String("knownBefore"), QJsonArray::fromStringList(work->knownBefore)}};
    // Sent once its "sending" line is durable (the other workspaces go on meanwhile), and
    // only if no pause or cancel came in between.
    record(work, sending, [this, work, spec] {
        const auto send = [this, work, spec] {
            m_gate->send(spec, this,
                         [this, work](const ApiResult &result) { onCreateAnswer(work, result); });
        };
        if (proceed(work, send))
            send();
    });
}

void BulkRun::onCreateAnswer(const WorkPtr &work, const ApiResult &result)
{
    if (endIfNotSent(work, result))
        return; // its "result" line says it was not sent; nothing was answered
    const QJsonObject answer{{QLatin1String("event"), QLatin1String("answer")},
                             {QLatin1String("httpStatus"), result.httpStatus},
                             {QLatin1String("criteriaId"), result.createdId},
                             {QLatin1String("trackingId"), result.trackingId}};
    record(work, answer);
    if (result.ok) {
        work->recorded.criteriaId = result.createdId;
        finish(work, BulkOutcome::Result::Created, tr("Created."), &result);
        return;
    }
    if (!result.error.ambiguous) {
        finish(work, BulkOutcome::Result::Failed, oneLine(result.error.text()), &result);
        return;
    }
    // It may have been carried out: read the criteria before anything is sent again.
    checkCreated(work, work->knownBefore,
                 [this, work, result](CreatedCheck::Outcome outcome, const QString &id,
                                      const QString &message) {
                     if (outcome == CreatedCheck::Outcome::Created) {
                         work->recorded.criteriaId = id;
                         // A 2xx came, and then an answer that could not be read: say which.
                         const QString text =
                             HttpStatus::isSuccess(result.httpStatus)
                                 ? tr("Created: %1 It was found by reading its criteria.")
                                       .arg(oneLine(result.error.problem))
                                 : tr("Created (the answer was lost; found by reading its "
                                      "criteria).");
                         finish(work, BulkOutcome::Result::Created, text, &result);
                     } else if (outcome == CreatedCheck::Outcome::NotCreated &&
                                work->creates < m_options.maxCreateAttempts) {
                         sendCreate(work);
                     } else {
                         finish(work, BulkOutcome::Result::Failed,
                                oneLine(result.error.text()) + QLatin1Char(' ') + message, &result,
                                outcome == CreatedCheck::Outcome::Failed);
                     }
                 });
}

void BulkRun::checkCreated(
    const WorkPtr &work, const QStringList &knownBefore,
    std::function<void(CreatedCheck::Outcome, const QString &, const QString &)> done)
{
    // Its reads go through the gate like every request of the run: a 429 pauses the run,
    // and after Cancel nothing is sent (the check fails, and the journal keeps the create
    // unresolved for the next run to check).
    auto *check = new CreatedCheck(m_client, this);
    check->setSender(m_gate->sender());
    connect(
        check, &CreatedCheck::finished, this,
        [check, done](CreatedCheck::Outcome outcome, const QString &id, const QString &message) {
            check->deleteLater();
            done(outcome, id, message);
        });
    check->start(work->context, m_criteria, knownBefore);
}

void BulkRun::record(const WorkPtr &work, QJsonObject entry, std::function<void()> durable)
{
    if (!m_journal) {
        if (durable)
            durable();
        return;
    }
    entry.insert(QLatin1String("workspaceId"), work->target.workspaceId);
    entry.insert(QLatin1String("displayName"), work->target.displayName);
    m_journal->post(entry, this, [this, work, durable](bool ok, const QString &error) {
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
        QJsonObject entry{{QLatin1String("event"), QLatin1String("result")},
                          {QLatin1String("result"), BulkOutcome::resultName(result)},
                          {QLatin1String("criteriaId"), outcome.criteriaId},
                          {QLatin1String("message"), outcome.message}};
        if (unresolved)
            entry.insert(QLatin1String("unresolved"), true);
        record(work, entry); // durable later; a failure stops what has not started
    }
    m_outcomes.append(outcome);
    --m_active;
    Q_EMIT workspaceFinished(outcome, int(m_outcomes.size()), int(m_targets.size()));
    Q_EMIT progressChanged(progress());
    startNext();
}

} // namespace seqring
