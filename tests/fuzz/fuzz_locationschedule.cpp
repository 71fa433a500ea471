// libFuzzer target: the location schedule reader (GET …/schedules/{type}/{id}), and the rules
// run on what it accepts: when each event occurs, its occurrences in a week, and one call at
// a few times. Nothing may crash or run on, whatever the events' dates and recurrences.
#include "models/callrules.h"
#include "models/eventoccurrences.h"
#include "models/locationschedule.h"
#include "tests/fuzz/fuzzinput.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace seqring;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = fuzz::bytesOf(data, size);
    const LocationScheduleRead read = LocationScheduleJson::fromJson(bytes);
    fuzz::require(read.schedule.has_value() != !read.error.isEmpty(),
                  "a schedule or an error, not both");
    if (!read.schedule)
        return 0;
    const qsizetype listed =
        QJsonDocument::fromJson(bytes).object().value(QLatin1String("events")).toArray().size();
    fuzz::require(read.schedule->events.size() + read.warnings.size() == listed,
                  "every event is kept or named in a warning");

    const QDateTime times[] = {LocalClock::wall(QDate(2026, 12, 24), QTime(10, 0)),
                               LocalClock::wall(QDate(2027, 1, 1), QTime(0, 30)),
                               LocalClock::wall(QDate(2028, 2, 29), QTime(23, 59))};
    const QDateTime weekStart = LocalClock::wall(QDate(2026, 12, 21), QTime(0, 0));
    const QDateTime weekEnd = weekStart.addDays(7);
    for (const ScheduleEvent &event : read.schedule->events) {
        fuzz::require(event.start() < event.end(), "an event ends after it starts");
        for (const QDateTime &time : times)
            EventOccurrences::occursAt(event, time);
        const QList<WallInterval> week = EventOccurrences::within(event, weekStart, weekEnd);
        fuzz::require(week.size() <= EventOccurrences::kMaxListed, "occurrences are bounded");
        for (const WallInterval &occurrence : week) {
            fuzz::require(occurrence.start < weekEnd && occurrence.end > weekStart,
                          "listed occurrences overlap the week");
            fuzz::require(EventOccurrences::occursAt(event, occurrence.start),
                          "an occurrence occurs at its start");
        }
    }

    CallScenario scenario;
    scenario.settings.enabled = true;
    scenario.settings.numbers = {RingNumber{QStringLiteral("+442071838750"), 3, false}};
    Criteria criteria;
    criteria.schedule = Schedule{read.schedule->name, read.schedule->type, ScheduleLevel::Group};
    criteria.ringEnabled = false;
    scenario.criteria = {ExistingCriteria{QStringLiteral("C1"), criteria}};
    scenario.schedules = {*read.schedule};
    scenario.caller = Caller::ofNumber(QStringLiteral("+442071838750"));
    for (const QDateTime &time : times) {
        scenario.localTime = time;
        const CallOutcome outcome = CallRules::decide(scenario);
        const bool inEffect = CallRules::inEffect(*read.schedule, time);
        fuzz::require((outcome.reason == CallReason::DoNotRingCriteria) == inEffect,
                      "the criteria decides exactly while its schedule is in effect");
        fuzz::require(!outcome.sentence().isEmpty(), "a sentence");
    }
    CallRules::weekBands(scenario.criteria, scenario.schedules, QDate(2026, 12, 21));
    return 0;
}
