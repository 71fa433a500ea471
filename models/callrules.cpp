#include "models/callrules.h"

#include "models/phonenumber.h"

#include <algorithm>

namespace seqring
{

namespace
{

QString missingWarning(const QString &id, const Schedule &schedule)
{
    return CallRules::tr("The criteria %1 names the schedule \"%2\" (%3), which this location "
                         "does not have: the criteria is never in effect.")
        .arg(id, schedule.name, schedule.type ? toWire(*schedule.type) : CallRules::tr("no type"));
}

// Sorted, overlapping or touching intervals joined.
QList<WallInterval> merged(QList<WallInterval> list)
{
    std::sort(list.begin(), list.end(),
              [](const WallInterval &a, const WallInterval &b) { return a.start < b.start; });
    QList<WallInterval> out;
    for (const WallInterval &interval : list) {
        if (!out.isEmpty() && interval.start <= out.last().end)
            out.last().end = qMax(out.last().end, interval.end);
        else
            out.append(interval);
    }
    return out;
}

// When `schedule` is in effect within [from, to), clipped and merged.
QList<WallInterval> scheduleBands(const LocationSchedule &schedule, const QDateTime &from,
                                  const QDateTime &to)
{
    QList<WallInterval> bands;
    for (const ScheduleEvent &event : schedule.events) {
        for (const WallInterval &occurrence : EventOccurrences::within(event, from, to))
            bands.append({qMax(occurrence.start, from), qMin(occurrence.end, to)});
    }
    return merged(bands);
}

} // namespace

const LocationSchedule *CallRules::scheduleOf(const Criteria &criteria,
                                              const QList<LocationSchedule> &schedules)
{
    if (!criteria.schedule || !criteria.schedule->type)
        return nullptr;
    for (const LocationSchedule &schedule : schedules) {
        if (schedule.name == criteria.schedule->name && schedule.type == *criteria.schedule->type)
            return &schedule;
    }
    return nullptr;
}

bool CallRules::inEffect(const LocationSchedule &schedule, const QDateTime &local)
{
    return std::any_of(
        schedule.events.cbegin(), schedule.events.cend(),
        [&local](const ScheduleEvent &event) { return EventOccurrences::occursAt(event, local); });
}

bool CallRules::takesCaller(const Criteria &criteria, const Caller &caller,
                            const QString &defaultRegion)
{
    if (criteria.callsFrom == CallsFrom::AnyPhoneNumber)
        return true;
    switch (caller.kind) {
    case Caller::Kind::Private:
        return criteria.anonymousCallersEnabled;
    case Caller::Kind::Unavailable:
        return criteria.unavailableCallersEnabled;
    case Caller::Kind::Number:
        break;
    }
    return !caller.number.isEmpty() &&
           std::any_of(criteria.phoneNumbers.cbegin(), criteria.phoneNumbers.cend(),
                       [&](const QString &listed) {
                           return PhoneNumbers::check(listed, defaultRegion).e164 == caller.number;
                       });
}

CallOutcome CallRules::decide(const CallScenario &scenario)
{
    CallOutcome outcome;
    outcome.timeZone = scenario.timeZone;
    outcome.localTime = LocalClock::wall(scenario.localTime.date(), scenario.localTime.time());
    outcome.defaultRegion = scenario.defaultRegion;

    // Rules 2 and 3 for every criteria, each schedule evaluated once.
    QList<std::optional<bool>> known(scenario.schedules.size());
    const ExistingCriteria *firstDoNotRing = nullptr;
    const ExistingCriteria *firstRing = nullptr;
    for (const ExistingCriteria &existing : scenario.criteria) {
        const Criteria &criteria = existing.criteria;
        const LocationSchedule *schedule = nullptr;
        if (criteria.schedule) {
            schedule = scheduleOf(criteria, scenario.schedules);
            if (!schedule) {
                outcome.warnings.append(missingWarning(existing.id, *criteria.schedule));
                continue;
            }
        }
        if (!takesCaller(criteria, scenario.caller, scenario.defaultRegion))
            continue;
        if (schedule) {
            std::optional<bool> &cached = known[schedule - scenario.schedules.constData()];
            if (!cached)
                cached = inEffect(*schedule, outcome.localTime);
            if (!*cached)
                continue;
        }
        outcome.matchingCriteriaIds.append(existing.id);
        const ExistingCriteria *&first = criteria.ringEnabled ? firstRing : firstDoNotRing;
        if (!first)
            first = &existing;
    }

    // Rule 4.
    const SequentialRingSettings &settings = scenario.settings;
    const ExistingCriteria *deciding = nullptr;
    if (!settings.enabled) {
        outcome.reason = CallReason::SequentialRingOff;
    } else if (settings.numbers.isEmpty()) {
        outcome.reason = CallReason::NoNumbers;
    } else if (!firstDoNotRing && !firstRing) {
        outcome.reason = CallReason::NoMatchingCriteria;
    } else if (firstDoNotRing) {
        outcome.reason = CallReason::DoNotRingCriteria;
        deciding = firstDoNotRing;
    } else {
        outcome.reason = CallReason::RingCriteria;
        deciding = firstRing;
    }
    if (deciding) {
        outcome.decidingCriteriaId = deciding->id;
        outcome.decidingSchedule = deciding->criteria.schedule;
    }
    outcome.ringsSequentially = outcome.reason == CallReason::RingCriteria;
    if (outcome.ringsSequentially) {
        if (settings.ringBaseLocationFirst)
            outcome.sequence.append({QString(), settings.baseLocationRings, false});
        for (const RingNumber &number : settings.numbers)
            outcome.sequence.append({number.phoneNumber, number.rings, number.answerConfirmation});
        outcome.thenVoicemail = settings.callsToVoicemail;
    }
    return outcome;
}

WeekView CallRules::weekBands(const QList<ExistingCriteria> &criteria,
                              const QList<LocationSchedule> &schedules, QDate monday)
{
    WeekView week;
    week.monday = monday;
    const QDateTime from = LocalClock::wall(monday, QTime(0, 0));
    const QDateTime to = LocalClock::wall(monday.addDays(7), QTime(0, 0));
    QList<WallInterval> holidays;
    for (const LocationSchedule &schedule : schedules) {
        if (schedule.type == ScheduleType::Holidays)
            holidays.append(scheduleBands(schedule, from, to));
    }
    week.holidays = merged(holidays);
    for (const ExistingCriteria &existing : criteria) {
        CriteriaLane lane;
        lane.criteriaId = existing.id;
        lane.schedule = existing.criteria.schedule;
        lane.ringEnabled = existing.criteria.ringEnabled;
        if (!lane.schedule) {
            lane.bands.append({from, to});
        } else if (const LocationSchedule *schedule = scheduleOf(existing.criteria, schedules)) {
            lane.bands = scheduleBands(*schedule, from, to);
            lane.holidays = schedule->type == ScheduleType::Holidays;
        } else {
            lane.scheduleMissing = true;
            week.warnings.append(missingWarning(existing.id, *lane.schedule));
        }
        week.lanes.append(lane);
    }
    return week;
}

} // namespace seqring
