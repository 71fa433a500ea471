#pragma once

#include "models/criteria.h"
#include "models/sequentialringsettings.h"
#include "models/workspacestate.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace seqring
{

// A schedule of a workspace's location, as the location's schedules list names it.
struct ScheduleRef {
    QString name;
    ScheduleType type = ScheduleType::BusinessHours;
};

// One step of a sync of one workspace, or one thing reported about it.
struct SyncAction {
    enum class Kind {
        UpdateSettings, // PUT …/sequentialRing with `settings`
        CreateCriteria, // POST …/criteria with `criteria`
        UpdateCriteria, // PUT …/criteria/{criteriaId} with `criteria`
        DeleteCriteria, // DELETE …/criteria/{criteriaId}
        KeepCriteria,   // nothing sent: the criteria stays as it is though the file differs
        InSync,         // nothing to send: the workspace equals its entry
    };
    enum class Planned {
        Do,   // to be sent
        Kept, // not sent: it needs --allow-delete; the workspace will not match the file
    };
    Kind kind = Kind::InSync;
    QString criteriaId;              // the existing criteria's, for update, delete and keep
    Criteria criteria;               // what is sent; for delete and keep, the existing one
    SequentialRingSettings settings; // UpdateSettings: what is sent
    Planned planned = Planned::Do;
    QString message; // what changes or why it is kept, for the report
};

// The result of one sync's action, as the report says it.
enum class SyncResult { Done, WouldDo, Kept, Skipped, Failed };

// The report's words: update-settings, create-criteria, update-criteria, delete-criteria,
// keep-criteria, in-sync; done, would-do, kept, skipped, failed.
QString toWire(SyncAction::Kind kind);
QString toWire(SyncResult result);

// What to send to one workspace, in the order to send it.
struct SyncPlan {
    QList<SyncAction> actions; // empty only when refused
    bool willMatch = false;    // the workspace equals its entry once every Do action is done
    QString refusal;           // set: nothing may be sent to this workspace, and why

    bool isRefused() const { return !refusal.isEmpty(); }
    // The actions to send (Planned::Do).
    int writes() const;
};

// Plans the sync of one workspace from what was read against what the file says. Pure.
class SyncPlanner
{
    Q_DECLARE_TR_FUNCTIONS(SyncPlanner)
public:
    // `current` is the workspace as read (every criteria with its ID), `desired` its entry
    // in the file (criteria with or without IDs), `schedules` the schedules of the
    // workspace's location. Settings and criteria are compared after normalisation (numbers
    // in E.164, national ones in `defaultRegion`; with ANY_PHONE_NUMBER no numbers).
    //  - settings: one UpdateSettings when they differ;
    //  - a desired criteria whose ID is among the current ones: an UpdateCriteria when it
    //    differs; when it removes the schedule, which a PUT cannot (keys left out are kept),
    //    a DeleteCriteria and a CreateCriteria with allowDelete, else a KeepCriteria (Kept);
    //  - any other desired criteria: nothing when an unmatched current criteria has the same
    //    content; else an UpdateCriteria of an unmatched one with the same schedule and
    //    callsFrom; else a CreateCriteria;
    //  - a current criteria nothing matched: DeleteCriteria with allowDelete, else
    //    KeepCriteria (Kept).
    // Order, to avoid a moment where calls ring unexpectedly: (1) settings, unless they turn
    // sequential ring on; (2) do-not-ring criteria created or updated; (3) ring criteria
    // deleted; (4) ring criteria created or updated; (5) do-not-ring criteria deleted;
    // (6) the KeepCriteria reports; (7) settings that turn sequential ring on. Within a step,
    // the file's order (creates, updates) or the workspace's (deletes). Nothing to do is one
    // InSync. A desired criteria whose schedule (name and type) is not in `schedules`,
    // or a workspace whose license differs from its entry's, refuses the whole plan.
    static SyncPlan plan(const WorkspaceState &current, const WorkspaceState &desired,
                         const QList<ScheduleRef> &schedules, bool allowDelete,
                         const QString &defaultRegion = QStringLiteral("US"));
    // A short line for the plan: "+2 criteria, −1, 1 changed, settings changed", "in sync",
    // or the refusal.
    static QString summary(const SyncPlan &plan);
    // Template mode: what `target` is made equal to, the template's settings and criteria
    // (their IDs and unknown keys dropped) with the target's ID, name and location.
    static WorkspaceState desiredFromTemplate(const WorkspaceState &templateState,
                                              const WorkspaceState &target);
};

} // namespace seqring
