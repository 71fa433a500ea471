#pragma once

#include "models/caller.h"
#include "models/calloutcome.h"
#include "models/criteria.h"
#include "models/eventoccurrences.h"
#include "models/locationschedule.h"
#include "models/sequentialringsettings.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace seqring
{

// A criteria the service has, with its ID.
struct ExistingCriteria {
    QString id;
    Criteria criteria;
};

// Everything one call is decided on.
struct CallScenario {
    SequentialRingSettings settings;
    QList<ExistingCriteria> criteria;  // in the order the service lists them
    QList<LocationSchedule> schedules; // the location's, with their events
    Caller caller;
    QDateTime localTime;   // wall clock at the location (see EventOccurrences)
    QString timeZone;      // the location's IANA zone, reported back only
    QString defaultRegion; // ISO 3166, for numbers read back not in E.164 (e.g. "GB")
};

// One criteria's lane of a week: where it is in effect.
struct CriteriaLane {
    QString criteriaId;
    std::optional<Schedule> schedule;
    bool ringEnabled = true;
    bool scheduleMissing = false; // names a schedule the location lacks: never in effect
    QList<WallInterval> bands;    // merged, clipped to the week, in order
    bool holidays = false;        // the bands come from a holidays schedule
};

struct WeekView {
    QDate monday;
    QList<CriteriaLane> lanes;    // one per criteria, in the order given
    QList<WallInterval> holidays; // when any holidays schedule of the location is in effect
    QStringList warnings;
};

// The rules of "what happens to a call", written once. They are the app's reading: Webex
// documents the fields and that criteria which do not ring take priority, not an algorithm
// (shared reference, "Schedules, time zones, and what decides a call").
//
// 1. When an event occurs: EventOccurrences (the app's reading of the schedule API).
// 2. A criteria without a schedule is in effect at all times. One with a schedule is in
//    effect while any event of the location's schedule of that name and type occurs. A
//    schedule the location does not have (or a criteria whose schedule has no type) puts the
//    criteria never in effect, with a warning.
// 3. A criteria matches a caller when it is in effect and: callsFrom is ANY_PHONE_NUMBER
//    (every caller, private and unavailable ones too: the app's reading); or it is
//    SELECT_PHONE_NUMBERS and the caller's number is one of phoneNumbers (both as E.164 after
//    libphonenumber; a listed number that does not parse matches nothing), or the caller is
//    private and anonymousCallersEnabled, or unavailable and unavailableCallersEnabled.
// 4. The verdict, the first that holds: sequential ring off -> SequentialRingOff; no number to
//    ring -> NoNumbers; no criteria matches -> NoMatchingCriteria; a matching criteria does
//    not ring -> DoNotRingCriteria, decided by the first such (Webex: "criteria with
//    ringEnabled false take priority"); else RingCriteria, decided by the first matching.
//    Only RingCriteria rings sequentially: this workspace first with its rings when
//    ringBaseLocationFirst, then each number in order with its rings and answer confirmation,
//    then voicemail when callsToVoicemail.
class CallRules
{
    Q_DECLARE_TR_FUNCTIONS(CallRules)
public:
    // Pure: the same scenario gives the same outcome. Each schedule is evaluated at most once.
    static CallOutcome decide(const CallScenario &scenario);
    // The week from `monday` 00:00 to the next Monday 00:00: per criteria, when it is in
    // effect (rule 2), whatever the caller. An unsaved criteria is one more entry.
    static WeekView weekBands(const QList<ExistingCriteria> &criteria,
                              const QList<LocationSchedule> &schedules, QDate monday);
    // The location's schedule a criteria names, or nullptr (rule 2).
    static const LocationSchedule *scheduleOf(const Criteria &criteria,
                                              const QList<LocationSchedule> &schedules);
    // Whether any event of `schedule` occurs at `local`.
    static bool inEffect(const LocationSchedule &schedule, const QDateTime &local);
    // Whether the criteria takes this caller, when in effect (rule 3).
    static bool takesCaller(const Criteria &criteria, const Caller &caller,
                            const QString &defaultRegion);
};

} // namespace seqring
