#include "models/syncplan.h"

#include "models/criteriadiff.h"

#include <algorithm>

namespace seqring
{

namespace
{

// "Business Vacation (holidays), ANY_PHONE_NUMBER, do not ring", for the report.
QString describe(const Criteria &c)
{
    const QString schedule =
        c.schedule
            ? SyncPlanner::tr("schedule \"%1\" (%2)")
                  .arg(c.schedule->name, c.schedule->type ? toWire(*c.schedule->type) : QString())
            : SyncPlanner::tr("all hours, all days");
    return SyncPlanner::tr("%1, %2, %3")
        .arg(schedule, toWire(c.callsFrom),
             c.ringEnabled ? SyncPlanner::tr("ring") : SyncPlanner::tr("do not ring"));
}

bool scheduleExists(const Schedule &schedule, const QList<ScheduleRef> &schedules)
{
    return std::any_of(schedules.cbegin(), schedules.cend(), [&](const ScheduleRef &ref) {
        return ref.name == schedule.name && schedule.type && ref.type == *schedule.type;
    });
}

SyncAction action(SyncAction::Kind kind, const QString &id, const Criteria &criteria,
                  const QString &message, SyncAction::Planned planned = SyncAction::Planned::Do)
{
    SyncAction a;
    a.kind = kind;
    a.criteriaId = id;
    a.criteria = criteria;
    a.planned = planned;
    a.message = message;
    return a;
}

// The plan's steps by phase; see SyncPlanner::plan for the order.
struct Phases {
    QList<SyncAction> settingsFirst, doNotRingIn, ringOut, ringIn, doNotRingOut, kept, settingsLast;
    QList<SyncAction> all() const
    {
        return settingsFirst + doNotRingIn + ringOut + ringIn + doNotRingOut + kept + settingsLast;
    }
    void create(const Criteria &c, const QString &message)
    {
        (c.ringEnabled ? ringIn : doNotRingIn)
            .append(action(SyncAction::Kind::CreateCriteria, {}, c, message));
    }
    void update(const QString &id, const Criteria &c, const QString &message)
    {
        (c.ringEnabled ? ringIn : doNotRingIn)
            .append(action(SyncAction::Kind::UpdateCriteria, id, c, message));
    }
    void remove(const QString &id, const Criteria &c, const QString &message)
    {
        (c.ringEnabled ? ringOut : doNotRingOut)
            .append(action(SyncAction::Kind::DeleteCriteria, id, c, message));
    }
    void keep(const QString &id, const Criteria &c, const QString &message)
    {
        kept.append(
            action(SyncAction::Kind::KeepCriteria, id, c, message, SyncAction::Planned::Kept));
    }
};

} // namespace

QString toWire(SyncAction::Kind kind)
{
    switch (kind) {
    case SyncAction::Kind::UpdateSettings:
        return QStringLiteral("update-settings");
    case SyncAction::Kind::CreateCriteria:
        return QStringLiteral("create-criteria");
    case SyncAction::Kind::UpdateCriteria:
        return QStringLiteral("update-criteria");
    case SyncAction::Kind::DeleteCriteria:
        return QStringLiteral("delete-criteria");
    case SyncAction::Kind::KeepCriteria:
        return QStringLiteral("keep-criteria");
    case SyncAction::Kind::InSync:
        break;
    }
    return QStringLiteral("in-sync");
}

QString toWire(SyncResult result)
{
    switch (result) {
    case SyncResult::Done:
        return QStringLiteral("done");
    case SyncResult::WouldDo:
        return QStringLiteral("would-do");
    case SyncResult::Kept:
        return QStringLiteral("kept");
    case SyncResult::Skipped:
        return QStringLiteral("skipped");
    case SyncResult::Failed:
        break;
    }
    return QStringLiteral("failed");
}

int SyncPlan::writes() const
{
    return int(std::count_if(actions.cbegin(), actions.cend(), [](const SyncAction &a) {
        return a.planned == SyncAction::Planned::Do && a.kind != SyncAction::Kind::InSync;
    }));
}

SyncPlan SyncPlanner::plan(const WorkspaceState &current, const WorkspaceState &desired,
                           const QList<ScheduleRef> &schedules, bool allowDelete,
                           const QString &defaultRegion)
{
    SyncPlan plan;
    if (current.professional != desired.professional) {
        plan.refusal = desired.professional
                           ? tr("The workspace has no Webex Calling Professional license, so it "
                                "has no sequential ring; assign the license first.")
                           : tr("The file lists the workspace without the Professional license, "
                                "but it has the license now; its sequential ring is left as it "
                                "is. Export it again to include its settings.");
        return plan;
    }
    if (!desired.professional || !desired.settings) {
        plan.actions.append(action(SyncAction::Kind::InSync, {}, {}, {}));
        plan.willMatch = true;
        return plan;
    }
    QStringList missing;
    for (const StoredCriteria &stored : desired.criteria) {
        const auto &schedule = stored.criteria.schedule;
        if (schedule && !scheduleExists(*schedule, schedules))
            missing.append(
                tr("\"%1\" (%2)")
                    .arg(schedule->name, schedule->type ? toWire(*schedule->type) : tr("no type")));
    }
    if (!missing.isEmpty()) {
        missing.removeDuplicates();
        plan.refusal = tr("The location \"%1\" has no schedule %2. Create it there, or change the "
                          "criteria; nothing was sent to this workspace.")
                           .arg(desired.locationName, missing.join(QStringLiteral(", ")));
        return plan;
    }

    Phases phases;
    // Settings: first unless they turn sequential ring on, which waits for the criteria.
    const SequentialRingSettings want = normalizedRingSettings(*desired.settings, defaultRegion);
    const bool wasOn = current.settings && current.settings->enabled;
    if (!current.settings ||
        !sameRingSettings(normalizedRingSettings(*current.settings, defaultRegion), want)) {
        SyncAction a = action(SyncAction::Kind::UpdateSettings, {}, {}, {});
        a.settings = want;
        a.message = want.enabled == wasOn ? tr("ring settings changed")
                    : want.enabled        ? tr("turns sequential ring on")
                                          : tr("turns sequential ring off");
        (want.enabled && !wasOn ? phases.settingsLast : phases.settingsFirst).append(a);
    }

    QList<Criteria> have, need;
    for (const StoredCriteria &stored : current.criteria)
        have.append(CriteriaDiff::normalized(stored.criteria, defaultRegion));
    for (const StoredCriteria &stored : desired.criteria)
        need.append(CriteriaDiff::normalized(stored.criteria, defaultRegion));
    QList<qsizetype> match(need.size(), -1); // desired → current
    QList<bool> claimed(have.size(), false);
    const auto claim = [&](qsizetype i, const auto &fits) {
        for (qsizetype j = 0; match.at(i) < 0 && j < have.size(); ++j) {
            if (!claimed.at(j) && fits(j)) {
                match[i] = j;
                claimed[j] = true;
            }
        }
    };
    // By ID first, then by whole content (so a loose match cannot take an exact one's
    // criteria), then by schedule and callers.
    for (qsizetype i = 0; i < need.size(); ++i) {
        const QString &id = desired.criteria.at(i).id;
        if (!id.isEmpty())
            claim(i, [&](qsizetype j) { return current.criteria.at(j).id == id; });
    }
    for (qsizetype i = 0; i < need.size(); ++i)
        claim(i, [&](qsizetype j) { return have.at(j) == need.at(i); });
    for (qsizetype i = 0; i < need.size(); ++i)
        claim(i, [&](qsizetype j) {
            return have.at(j).schedule == need.at(i).schedule &&
                   have.at(j).callsFrom == need.at(i).callsFrom;
        });

    for (qsizetype i = 0; i < need.size(); ++i) {
        const Criteria &want = need.at(i);
        if (match.at(i) < 0) {
            phases.create(want, describe(want));
            continue;
        }
        const Criteria &had = have.at(match.at(i));
        const QString &id = current.criteria.at(match.at(i)).id;
        if (had == want)
            continue;
        if (had.schedule && !want.schedule) { // a PUT that leaves the keys out keeps them
            if (allowDelete) {
                phases.remove(id, had,
                              tr("replaced: an update cannot remove its schedule \"%1\"")
                                  .arg(had.schedule->name));
                phases.create(want, describe(want));
            } else {
                phases.keep(id, had,
                            tr("the file removes its schedule \"%1\", which takes a delete and a "
                               "create; deleting needs --allow-delete")
                                .arg(had.schedule->name));
            }
            continue;
        }
        phases.update(id, want, CriteriaDiff::lines(had, want).join(QStringLiteral("; ")));
    }
    for (qsizetype j = 0; j < have.size(); ++j) {
        if (claimed.at(j))
            continue;
        const QString &id = current.criteria.at(j).id;
        if (allowDelete)
            phases.remove(id, have.at(j), tr("not in the file: %1").arg(describe(have.at(j))));
        else
            phases.keep(id, have.at(j),
                        tr("not in the file (%1); deleting needs --allow-delete")
                            .arg(describe(have.at(j))));
    }

    plan.actions = phases.all();
    plan.willMatch = phases.kept.isEmpty();
    if (plan.actions.isEmpty())
        plan.actions.append(action(SyncAction::Kind::InSync, {}, {}, {}));
    return plan;
}

QString SyncPlanner::summary(const SyncPlan &plan)
{
    if (plan.isRefused())
        return plan.refusal;
    int created = 0, updated = 0, deleted = 0, kept = 0;
    bool settings = false;
    for (const SyncAction &a : plan.actions) {
        created += a.kind == SyncAction::Kind::CreateCriteria;
        updated += a.kind == SyncAction::Kind::UpdateCriteria;
        deleted += a.kind == SyncAction::Kind::DeleteCriteria;
        kept += a.kind == SyncAction::Kind::KeepCriteria;
        settings = settings || a.kind == SyncAction::Kind::UpdateSettings;
    }
    QStringList parts;
    if (created)
        parts.append(tr("+%1 criteria").arg(created));
    if (deleted)
        parts.append(tr("−%1").arg(deleted));
    if (updated)
        parts.append(tr("%1 changed").arg(updated));
    if (settings)
        parts.append(tr("settings changed"));
    if (kept)
        parts.append(tr("%1 kept").arg(kept));
    return parts.isEmpty() ? tr("in sync") : parts.join(QStringLiteral(", "));
}

WorkspaceState SyncPlanner::desiredFromTemplate(const WorkspaceState &templateState,
                                                const WorkspaceState &target)
{
    WorkspaceState desired;
    desired.id = target.id;
    desired.displayName = target.displayName;
    desired.locationId = target.locationId;
    desired.locationName = target.locationName;
    desired.professional = templateState.professional;
    desired.settings = templateState.settings;
    for (const StoredCriteria &stored : templateState.criteria)
        desired.criteria.append({QString(), stored.criteria, QJsonObject()});
    return desired;
}

} // namespace seqring
