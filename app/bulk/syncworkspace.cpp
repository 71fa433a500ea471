#include "app/bulk/syncworkspace.h"

#include "app/client/apiresult.h"
#include "app/client/createdcheck.h"

#include <algorithm>

namespace seqring
{

void SyncWorkspace::takeFinished(const SyncJournalEntry &recorded)
{
    fromJournal = true;
    matchedInJournal = recorded.matched;
    if (base.displayName.isEmpty())
        base.displayName = recorded.displayName;
    for (SyncReportRow row : recorded.rows) {
        row.message =
            tr("%1 (in an earlier run, recorded in the journal; not touched).").arg(row.message);
        rows.append(row);
    }
}

void SyncWorkspace::takeWorkspace(const QJsonObject &workspace, WorkspaceLicense license,
                                  const QString &locationName, const SyncJournalEntry &recorded)
{
    base.displayName = workspace.value(QLatin1String("displayName")).toString();
    base.locationId = workspace.value(QLatin1String("locationId")).toString();
    base.locationName = locationName;
    if (base.locationName.isEmpty() && target.desired)
        base.locationName = target.desired->locationName;
    if (base.locationName.isEmpty())
        base.locationName = base.locationId;
    base.professional =
        license == WorkspaceLicense::Professional || license == WorkspaceLicense::Unknown;
    if (license == WorkspaceLicense::Unknown)
        warning = tr("Its license could not be read; the service decides.");
    if (recorded.state == SyncJournalEntry::State::InFlight) {
        // An earlier run sent a write and recorded no answer: the read checks it first.
        SyncAction action;
        action.kind = recorded.action;
        action.criteriaId = recorded.criteriaId;
        if (recorded.criteria)
            action.criteria = *recorded.criteria;
        unclear = UnclearWrite{action, recorded.knownBefore, true, 0, recorded.trackingId};
    }
}

bool SyncWorkspace::needsSchedules() const
{
    return std::any_of(
        desired.criteria.cbegin(), desired.criteria.cend(), [](const StoredCriteria &c) {
            return c.criteria.schedule && !c.criteria.schedule->name.trimmed().isEmpty();
        });
}

bool SyncWorkspace::makePlan(const QList<ScheduleRef> &schedules, bool allowDelete,
                             const QString &defaultRegion)
{
    plan = SyncPlanner::plan(current, desired, schedules, allowDelete, defaultRegion);
    next = 0;
    if (plan.isRefused())
        return false;
    knownBefore.clear();
    for (const StoredCriteria &c : current.criteria)
        knownBefore.append(c.id);
    return true;
}

void SyncWorkspace::addRow(const SyncAction &action, SyncResult result, const QString &message,
                           const ApiResult *answer)
{
    SyncReportRow row;
    row.workspaceId = base.id;
    row.displayName = base.displayName;
    row.action = action.kind;
    row.criteriaId = action.criteriaId;
    row.result = result;
    row.message = message;
    if (answer) {
        row.httpStatus = answer->httpStatus;
        row.trackingId = answer->trackingId;
    }
    rows.append(row);
}

void SyncWorkspace::settleUnclear(const QString &defaultRegion)
{
    if (!unclear)
        return;
    const UnclearWrite write = *std::exchange(unclear, std::nullopt);
    const SyncAction &action = write.action;
    const QList<StoredCriteria> &now = current.criteria;
    const auto withId = [&now](const QString &id) {
        return std::find_if(now.cbegin(), now.cend(),
                            [&id](const StoredCriteria &c) { return c.id == id; });
    };
    bool carriedOut = false;
    QString criteriaId = action.criteriaId;
    switch (action.kind) {
    case SyncAction::Kind::CreateCriteria:
        for (const StoredCriteria &c : now) {
            if (!write.knownBefore.contains(c.id) &&
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
        carriedOut = !write.fromEarlierRun && current.settings &&
                     sameRingSettings(normalizedRingSettings(*current.settings, defaultRegion),
                                      normalizedRingSettings(action.settings, defaultRegion));
        break;
    case SyncAction::Kind::KeepCriteria:
    case SyncAction::Kind::InSync:
        return;
    }
    if (!carriedOut)
        return;
    SyncAction done = action;
    done.criteriaId = criteriaId;
    addRow(done, SyncResult::Done,
           write.fromEarlierRun
               ? tr("Sent by an earlier run whose answer was not recorded; found done by reading "
                    "the workspace, not sent again.")
               : tr("The answer was lost; found done by reading the workspace, not sent again."));
    SyncReportRow &row = rows.last();
    row.httpStatus = write.fromEarlierRun ? 0 : write.httpStatus;
    row.trackingId = write.trackingId;
}

void SyncWorkspace::fail(const QString &why, const ApiResult *answer)
{
    problem = why.isEmpty() ? tr("It failed for a reason not given.") : why;
    const QList<SyncAction> &actions = plan.actions;
    if (next < actions.size()) {
        // The write that failed, then what it leaves unsent.
        addRow(actions.at(next), SyncResult::Failed, problem, answer);
        for (qsizetype i = next + 1; i < actions.size(); ++i) {
            const SyncAction &later = actions.at(i);
            if (later.kind == SyncAction::Kind::KeepCriteria ||
                later.planned == SyncAction::Planned::Kept)
                addRow(later, SyncResult::Kept, later.message);
            else if (later.kind != SyncAction::Kind::InSync)
                addRow(later, SyncResult::Skipped,
                       tr("Not sent: an earlier write to this workspace failed."));
        }
    } else {
        addRow(SyncAction(), SyncResult::Failed, problem, answer); // the workspace as a whole
    }
    next = actions.size();
}

SyncOutcome SyncWorkspace::outcome() const
{
    SyncOutcome outcome;
    outcome.workspaceId = base.id;
    outcome.displayName = base.displayName;
    outcome.plan = plan;
    outcome.rows = rows;
    outcome.failed = !problem.isEmpty();
    outcome.fromJournal = fromJournal;
    outcome.matched = fromJournal ? matchedInJournal : !outcome.failed && plan.willMatch;
    outcome.summary = outcome.failed ? problem
                      : fromJournal  ? tr("done in an earlier run")
                                     : SyncPlanner::summary(plan);
    if (!warning.isEmpty()) {
        for (SyncReportRow &row : outcome.rows)
            row.message += QLatin1Char(' ') + warning;
    }
    return outcome;
}

} // namespace seqring
