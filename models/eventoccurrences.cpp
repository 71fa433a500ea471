#include "models/eventoccurrences.h"

#include <libical/ical.h>

namespace seqring
{

namespace
{

constexpr qint64 kDay = 86400;
// Iterator steps one query may take: far more than a window of a few days can hold, and a
// bound, so that no rule can make a query run on.
constexpr int kMaxSteps = 5000;

// Wall-clock seconds on a continuous count (Julian day × 86400 + seconds of the day).
qint64 wallSeconds(QDate date, QTime time)
{
    return date.toJulianDay() * kDay + time.msecsSinceStartOfDay() / 1000;
}

qint64 wallSeconds(const QDateTime &dateTime)
{
    return wallSeconds(dateTime.date(), dateTime.time());
}

QDateTime fromWallSeconds(qint64 seconds)
{
    const qint64 day = seconds >= 0 ? seconds / kDay : -((-seconds + kDay - 1) / kDay);
    return LocalClock::wall(QDate::fromJulianDay(day),
                            QTime(0, 0).addSecs(int(seconds - day * kDay)));
}

icaltimetype icalTime(qint64 seconds)
{
    const QDateTime at = fromWallSeconds(seconds);
    icaltimetype time = icaltime_null_time(); // floating: no zone
    time.year = at.date().year();
    time.month = at.date().month();
    time.day = at.date().day();
    time.hour = at.time().hour();
    time.minute = at.time().minute();
    time.second = at.time().second();
    return time;
}

qint64 wallSeconds(const icaltimetype &time)
{
    return wallSeconds(QDate(time.year, time.month, time.day),
                       QTime(time.hour, time.minute, time.second));
}

// The event's recurrence as an RFC 5545 RRULE value.
QByteArray rrule(const Recurrence &recurrence)
{
    static const char *const days[] = {"MO", "TU", "WE", "TH", "FR", "SA", "SU"};
    QByteArray rule;
    switch (recurrence.kind) {
    case Recurrence::Kind::None:
        return QByteArray();
    case Recurrence::Kind::Weekly: {
        QByteArrayList list;
        for (const Qt::DayOfWeek day : recurrence.weekdays)
            list.append(days[day - 1]);
        rule = "FREQ=WEEKLY;BYDAY=" + list.join(',');
        break;
    }
    case Recurrence::Kind::YearlyByDate:
        rule = "FREQ=YEARLY;BYMONTH=" + QByteArray::number(recurrence.month) +
               ";BYMONTHDAY=" + QByteArray::number(recurrence.dayOfMonth);
        break;
    case Recurrence::Kind::YearlyByDay:
        rule = "FREQ=YEARLY;BYMONTH=" + QByteArray::number(recurrence.month) +
               ";BYDAY=" + QByteArray::number(recurrence.week) + days[recurrence.day - 1];
        break;
    }
    if (recurrence.endDate.isValid()) // the last day a start may fall on
        rule += ";UNTIL=" + recurrence.endDate.toString(QStringLiteral("yyyyMMdd")).toLatin1() +
                "T235959";
    return rule;
}

// Whether a day may hold a start by the rule's month and weekday: a necessary condition only,
// cheap, so that most events are passed over without an iterator. libical decides.
bool mayStart(const Recurrence &recurrence, QDate day)
{
    switch (recurrence.kind) {
    case Recurrence::Kind::None:
        return false;
    case Recurrence::Kind::Weekly:
        return recurrence.weekdays.contains(Qt::DayOfWeek(day.dayOfWeek()));
    case Recurrence::Kind::YearlyByDate:
        return day.month() == recurrence.month && day.day() == recurrence.dayOfMonth;
    case Recurrence::Kind::YearlyByDay:
        return day.month() == recurrence.month && day.dayOfWeek() == recurrence.day;
    }
    return false;
}

// Calls `found(start)` for each start of a recurring event in [lo, hi] (wall seconds), in
// order, until it returns false.
template <typename Found>
void eachStart(const ScheduleEvent &event, qint64 lo, qint64 hi, Found found)
{
    const qint64 first = wallSeconds(event.start());
    const QByteArray text = rrule(event.recurrence);
    icalrecurrencetype rule = icalrecurrencetype_from_string(text.constData());
    if (rule.freq == ICAL_NO_RECURRENCE)
        return;
    icalrecur_iterator *iterator = icalrecur_iterator_new(rule, icalTime(first));
    if (!iterator)
        return;
    if (lo > first)
        icalrecur_iterator_set_start(iterator, icalTime(lo)); // else from DTSTART
    for (int step = 0; step < kMaxSteps; ++step) {
        const icaltimetype next = icalrecur_iterator_next(iterator);
        if (icaltime_is_null_time(next))
            break;
        const qint64 start = wallSeconds(next);
        if (start > hi)
            break;
        if (start >= lo && start >= first && !found(start))
            break;
    }
    icalrecur_iterator_free(iterator);
}

} // namespace

bool EventOccurrences::occursAt(const ScheduleEvent &event, const QDateTime &local)
{
    if (!local.date().isValid() || !local.time().isValid())
        return false;
    const qint64 t = wallSeconds(local);
    const qint64 first = wallSeconds(event.start());
    const qint64 duration = wallSeconds(event.end()) - first;
    if (t < first)
        return false;
    if (t < first + duration)
        return true; // the first occurrence, recurring or not
    if (event.recurrence.kind == Recurrence::Kind::None)
        return false;
    // A start that covers t falls in [t - duration + 1, t].
    const qint64 lo = t - duration + 1;
    const qint64 startOfDay = first - (first / kDay) * kDay;
    const qint64 lastDay = event.recurrence.endDate.isValid()
                               ? qMin(t / kDay, event.recurrence.endDate.toJulianDay())
                               : t / kDay;
    bool candidate = lastDay - lo / kDay > 400; // a long occurrence: let libical decide
    for (qint64 day = qMax(lo / kDay, first / kDay); !candidate && day <= lastDay; ++day) {
        const qint64 start = day * kDay + startOfDay;
        candidate =
            start >= lo && start <= t && mayStart(event.recurrence, QDate::fromJulianDay(day));
    }
    if (!candidate)
        return false;
    bool covered = false;
    eachStart(event, lo, t, [&covered](qint64) {
        covered = true;
        return false;
    });
    return covered;
}

QList<WallInterval> EventOccurrences::within(const ScheduleEvent &event, const QDateTime &from,
                                             const QDateTime &to)
{
    QList<WallInterval> list;
    if (!from.date().isValid() || !from.time().isValid() || !to.date().isValid() ||
        !to.time().isValid())
        return list;
    const qint64 lo = wallSeconds(from);
    const qint64 hi = wallSeconds(to);
    const qint64 first = wallSeconds(event.start());
    const qint64 duration = wallSeconds(event.end()) - first;
    if (hi <= lo)
        return list;
    const auto add = [&list, duration](qint64 start) {
        list.append({fromWallSeconds(start), fromWallSeconds(start + duration)});
        return list.size() < kMaxListed;
    };
    if (first < hi && first + duration > lo)
        add(first);
    if (event.recurrence.kind != Recurrence::Kind::None)
        eachStart(event, qMax(lo - duration + 1, first + 1), hi - 1, add);
    return list;
}

} // namespace seqring
