#include "tests/bench/callbench.h"

#include "models/callrules.h"
#include "models/localclock.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>

namespace seqring::bench
{

namespace
{

constexpr int kEvents = 50;
constexpr int kCriteria = 20;
const char *const kMonths[] = {"JANUARY",   "FEBRUARY", "MARCH",    "APRIL",
                               "MAY",       "JUNE",     "JULY",     "AUGUST",
                               "SEPTEMBER", "OCTOBER",  "NOVEMBER", "DECEMBER"};

// A schedule of kEvents events: weekly slots for business hours; for holidays yearly dates,
// yearly days (the last Monday, the fourth Thursday…) and one-off spans.
LocationSchedule schedule(const QString &name, bool holidays)
{
    QJsonArray events;
    for (int i = 0; i < kEvents; ++i) {
        QJsonObject event{{QStringLiteral("name"), QStringLiteral("Event %1").arg(i)}};
        QJsonObject recurrence{{QStringLiteral("recurForEver"), true}};
        if (!holidays) {
            const int hour = 6 + i % 12;
            event.insert(QStringLiteral("startDate"), QStringLiteral("2026-01-05"));
            event.insert(QStringLiteral("endDate"), QStringLiteral("2026-01-05"));
            event.insert(QStringLiteral("startTime"),
                         QStringLiteral("%1:00").arg(hour, 2, 10, QLatin1Char('0')));
            event.insert(QStringLiteral("endTime"),
                         QStringLiteral("%1:30").arg(hour, 2, 10, QLatin1Char('0')));
            QJsonObject days;
            const char *names[] = {"sunday",   "monday", "tuesday", "wednesday",
                                   "thursday", "friday", "saturday"};
            for (int d = 0; d < 7; ++d)
                days.insert(QLatin1String(names[d]), (d + i) % 3 == 0);
            recurrence.insert(QStringLiteral("recurWeekly"), days);
        } else {
            const QDate first = QDate(2026, 1, 1).addDays(i * 7);
            event.insert(QStringLiteral("allDayEnabled"), true);
            event.insert(QStringLiteral("startDate"), first.toString(Qt::ISODate));
            event.insert(QStringLiteral("endDate"),
                         first.addDays(i % 3 == 2 ? 2 : 0).toString(Qt::ISODate));
            if (i % 3 == 0)
                recurrence.insert(QStringLiteral("recurYearlyByDate"),
                                  QJsonObject{{QStringLiteral("dayOfMonth"), first.day()},
                                              {QStringLiteral("month"),
                                               QLatin1String(kMonths[first.month() - 1])}});
            else if (i % 3 == 1)
                recurrence.insert(QStringLiteral("recurYearlyByDay"),
                                  QJsonObject{{QStringLiteral("day"), QStringLiteral("MONDAY")},
                                              {QStringLiteral("week"), QStringLiteral("LAST")},
                                              {QStringLiteral("month"),
                                               QLatin1String(kMonths[first.month() - 1])}});
            else
                recurrence = QJsonObject{{QStringLiteral("recurForEver"), false}}; // once
        }
        event.insert(QStringLiteral("recurrence"), recurrence);
        events.append(event);
    }
    const QJsonObject document{{QStringLiteral("id"), name},
                               {QStringLiteral("name"), name},
                               {QStringLiteral("type"), holidays ? QStringLiteral("holidays")
                                                                 : QStringLiteral("businessHours")},
                               {QStringLiteral("events"), events}};
    return LocationScheduleJson::fromJson(document).schedule.value_or(LocationSchedule());
}

CallScenario scenario()
{
    CallScenario s;
    s.settings.enabled = true;
    s.settings.numbers = {{QStringLiteral("+442071838750"), 3, true},
                          {QStringLiteral("+442071838752"), 2, false}};
    for (int i = 0; i < 4; ++i)
        s.schedules.append(schedule(QStringLiteral("Schedule %1").arg(i), i % 2 == 1));
    for (int i = 0; i < kCriteria; ++i) {
        Criteria c;
        if (i % 5 != 4)
            c.schedule = Schedule{QStringLiteral("Schedule %1").arg(i % 4),
                                  i % 2 == 1 ? ScheduleType::Holidays : ScheduleType::BusinessHours,
                                  ScheduleLevel::Group};
        c.callsFrom = i % 3 == 0 ? CallsFrom::AnyPhoneNumber : CallsFrom::SelectPhoneNumbers;
        for (int n = 0; n < 12 && c.callsFrom == CallsFrom::SelectPhoneNumbers; ++n)
            c.phoneNumbers.append(
                QStringLiteral("+4420794600%1").arg(i * 12 + n, 2, 10, QLatin1Char('0')));
        c.anonymousCallersEnabled = i % 4 == 1;
        c.ringEnabled = i % 7 != 6;
        s.criteria.append({QStringLiteral("C%1").arg(i), c});
    }
    s.caller = Caller::ofNumber(QStringLiteral("+442079460099"));
    s.timeZone = QStringLiteral("Europe/London");
    s.defaultRegion = QStringLiteral("GB");
    return s;
}

} // namespace

QList<Figure> CallBench::run() const
{
    Figure figure;
    figure.name = QStringLiteral("test one call, 20 criteria, schedules of 50 events");
    figure.unit = QStringLiteral("ms");
    figure.target = Figure::Target::MedianBelow;
    figure.limit = 1;
    CallScenario s = scenario();
    if (s.schedules.first().events.size() != kEvents || s.schedules.last().events.size() != kEvents)
        figure.problems.append(QStringLiteral("the bench's schedules did not read whole"));
    QList<double> perCall;
    int rang = 0; // used, so the decisions are not optimised away
    for (int r = 0; r < runs; ++r) {
        QElapsedTimer timer;
        timer.start();
        for (int c = 0; c < calls; ++c) {
            s.localTime = LocalClock::wall(QDate(2026, 1, 1).addDays((c * 37 + r) % 365),
                                           QTime((c * 5) % 24, (c * 13) % 60));
            rang += CallRules::decide(s).ringsSequentially ? 1 : 0;
        }
        perCall.append(double(timer.nsecsElapsed()) / 1e6 / calls);
    }
    if (rang == 0 || rang == runs * calls)
        figure.problems.append(QStringLiteral("every call had the same verdict: a poor sample"));
    figure.value = summarize(perCall);
    return {figure};
}

} // namespace seqring::bench
