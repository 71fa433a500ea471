#pragma once

#include "models/locationschedule.h"

#include <QDateTime>
#include <QList>

namespace seqring
{

// A stretch of wall-clock time at a location, start included, end excluded.
struct WallInterval {
    QDateTime start;
    QDateTime end;

    friend bool operator==(const WallInterval &a, const WallInterval &b)
    {
        return a.start == b.start && a.end == b.end;
    }
};

// When a schedule event occurs. The rule (the app's reading of the schedule API, which does
// not document it): the first occurrence runs from ScheduleEvent::start() to end(), end
// excluded, whatever the recurrence. A recurrence starts further occurrences at the same
// start time on each day its rule gives after that (RFC 5545 RRULE semantics with DTSTART as
// the first instance, expanded by libical's recurrence iterator): never before startDate, so
// a yearly rule's day earlier in startDate's year is not an occurrence, and never after
// recurEndDate, the last day a start may fall on. Every occurrence lasts as long as the
// first. Times are wall-clock times at the location: only the date() and time() of a
// QDateTime are read, its zone is ignored, and durations are counted on the wall clock (an
// occurrence over a DST change keeps its wall-clock hours).
class EventOccurrences
{
public:
    // Whether an occurrence of `event` covers the wall-clock time `local`; never for an
    // invalid date or time.
    static bool occursAt(const ScheduleEvent &event, const QDateTime &local);
    // The occurrences overlapping [from, to), whole (not clipped), in start order; at most
    // kMaxListed; none for an invalid date or time.
    static QList<WallInterval> within(const ScheduleEvent &event, const QDateTime &from,
                                      const QDateTime &to);
    static constexpr int kMaxListed = 1000;
};

} // namespace seqring
