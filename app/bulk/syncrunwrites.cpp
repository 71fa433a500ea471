// SyncRun's writes: each journaled before it is sent and after its answer, the report's rows
// and the end of each workspace.
#include "app/bulk/syncrun.h"
#include "app/bulk/syncrunwork.h"
#include "app/client/apirequests.h"
#include "app/client/apiresult.h"
#include "app/client/requestgate.h"

namespace seqring
{

namespace
{
QString oneLine(QString text)
{
    return text.replace(QLatin1Char('\n'), QLatin1Char(' ')).simplified();
}
} // namespace

HttpRequestSpec SyncRun::requestFor(const SyncAction &action, const RequestContext &context)
{
    switch (action.kind) {
    case SyncAction::Kind::UpdateSettings:
        return ApiRequests::putSequentialRing(context, action.settings.toPutJson());
    case SyncAction::Kind::CreateCriteria:
        return ApiRequests::createCriteria(action.criteria, context);
    case SyncAction::Kind::UpdateCriteria:
        return ApiRequests::putCriteria(context, action.criteriaId,
                                        CriteriaJson::toJson(action.criteria));
    case SyncAction::Kind::DeleteCriteria:
        return ApiRequests::deleteCriteria(context, action.criteriaId);
    case SyncAction::Kind::KeepCriteria:
    case SyncAction::Kind::InSync:
        break;
    }
    return {};
}

void SyncRun::sendNext(const WorkPtr &work)
{
    const QList<SyncAction> &actions = work->plan.actions;
    // What sends nothing is reported as it comes, up to the next write.
    while (work->next < actions.size()) {
        const SyncAction &action = actions.at(work->next);
        if (action.kind == SyncAction::Kind::InSync) {
            if (work->rows.isEmpty()) // after a write checked by reading it says nothing new
                addRow(work, action, SyncResult::Done, tr("Nothing to send: it equals its entry."));
        } else if (action.kind == SyncAction::Kind::KeepCriteria ||
                   action.planned == SyncAction::Planned::Kept) {
            addRow(work, action, SyncResult::Kept, action.message);
        } else if (m_options.dryRun) {
            addRow(work, action, SyncResult::WouldDo, action.message);
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
    const HttpRequestSpec spec = requestFor(action, work->context);
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
    if (m_cancelled && result.error.kind == ApiError::Kind::Cancelled && !result.error.ambiguous) {
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
        addRow(work, done, SyncResult::Done, action.message, &result);
        ++work->next;
        sendNext(work);
        return;
    }
    if (unclear) {
        // Never sent again blindly: read the workspace, then plan anew from what it holds.
        work->unclear = action;
        work->unclearKnownBefore = work->knownBefore;
        work->unclearFromEarlierRun = false;
        work->unclearStatus = result.httpStatus;
        work->unclearTrackingId = result.trackingId;
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

void SyncRun::addRow(const WorkPtr &work, const SyncAction &action, SyncResult result,
                     const QString &message, const ApiResult *answer)
{
    SyncReportRow row;
    row.workspaceId = work->base.id;
    row.displayName = work->base.displayName;
    row.action = action.kind;
    row.criteriaId = action.criteriaId;
    row.result = result;
    row.message = message;
    if (answer) {
        row.httpStatus = answer->httpStatus;
        row.trackingId = answer->trackingId;
    }
    work->rows.append(row);
}

void SyncRun::fail(const WorkPtr &work, const QString &problem, const ApiResult *answer)
{
    work->problem = problem.isEmpty() ? tr("It failed for a reason not given.") : problem;
    const QList<SyncAction> &actions = work->plan.actions;
    if (work->next < actions.size()) {
        // The write that failed, then what it leaves unsent.
        addRow(work, actions.at(work->next), SyncResult::Failed, work->problem, answer);
        for (qsizetype i = work->next + 1; i < actions.size(); ++i) {
            const SyncAction &later = actions.at(i);
            if (later.kind == SyncAction::Kind::KeepCriteria ||
                later.planned == SyncAction::Planned::Kept)
                addRow(work, later, SyncResult::Kept, later.message);
            else if (later.kind != SyncAction::Kind::InSync)
                addRow(work, later, SyncResult::Skipped,
                       tr("Not sent: an earlier write to this workspace failed."));
        }
    } else {
        SyncAction whole; // the workspace as a whole: it could not be brought in sync
        addRow(work, whole, SyncResult::Failed, work->problem, answer);
    }
    work->next = actions.size();
    finish(work);
}

void SyncRun::finish(const WorkPtr &work)
{
    SyncOutcome outcome;
    outcome.workspaceId = work->base.id;
    outcome.displayName = work->base.displayName;
    outcome.plan = work->plan;
    outcome.rows = work->rows;
    outcome.failed = !work->problem.isEmpty();
    outcome.fromJournal = work->fromJournal;
    outcome.matched =
        work->fromJournal ? work->matchedInJournal : !outcome.failed && work->plan.willMatch;
    outcome.summary = outcome.failed      ? work->problem
                      : work->fromJournal ? tr("done in an earlier run")
                                          : SyncPlanner::summary(work->plan);
    if (!work->warning.isEmpty()) {
        for (SyncReportRow &row : outcome.rows)
            row.message += QLatin1Char(' ') + work->warning;
    }
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
