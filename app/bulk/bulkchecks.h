#pragma once

#include "app/client/licensecatalog.h"
#include "app/client/schedulelistreader.h"
#include "models/criteria.h"
#include "models/sequentialringsettings.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace seqring
{

// The checks a bulk run makes of each workspace before its create, as pure functions of
// what was read: its license, the schedule in its location, a criteria alike.
class BulkChecks
{
    Q_DECLARE_TR_FUNCTIONS(BulkChecks)
public:
    // Empty when a workspace with `license` may have sequential ring, else why not; sets
    // `warning` when the license could not be read (the service decides then).
    static QString licenseProblem(WorkspaceLicense license, QString *warning);
    // Empty when its location's `schedules` hold `wanted` by name and, if a type is chosen,
    // by type; else a sentence saying what is missing.
    static QString scheduleProblem(const QList<ScheduleEntry> &schedules, const Schedule &wanted);
    // The ID of the first of `settings`' criteria alike `criteria` (the same schedule name
    // and calls-from); empty when none is.
    static QString alike(const SequentialRingSettings &settings, const Criteria &criteria);
};

} // namespace seqring
