#pragma once

#include "models/criteria.h"
#include "models/localclock.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTime>
#include <optional>

namespace seqring
{

// How an event repeats: one of the three kinds of a location schedule, or not at all.
struct Recurrence {
    enum class Kind { None, Weekly, YearlyByDate, YearlyByDay };
    static constexpr int kLastWeek = -1; // week LAST of recurYearlyByDay

    Kind kind = Kind::None;
    QDate endDate; // recurEndDate: the last day an occurrence may start; null: for ever
    QList<Qt::DayOfWeek> weekdays;  // Weekly: the marked days, Monday first
    int month = 0;                  // YearlyByDate, YearlyByDay: 1 to 12
    int dayOfMonth = 0;             // YearlyByDate: 1 to 31, a day the month has (29 for February)
    Qt::DayOfWeek day = Qt::Monday; // YearlyByDay
    int week = 0;                   // YearlyByDay: 1 to 4, or kLastWeek

    friend bool operator==(const Recurrence &a, const Recurrence &b)
    {
        return a.kind == b.kind && a.endDate == b.endDate && a.weekdays == b.weekdays &&
               a.month == b.month && a.dayOfMonth == b.dayOfMonth && a.day == b.day &&
               a.week == b.week;
    }
};

// One event of a location schedule, as read and checked: its first occurrence runs from
// start() to end() (end excluded), in wall-clock time at the location.
struct ScheduleEvent {
    QString id;
    QString name;
    QDate startDate;
    QDate endDate;
    QTime startTime; // 00:00 when all day
    QTime endTime;   // 00:00 when all day (read as 24:00 of endDate)
    bool allDay = false;
    Recurrence recurrence;

    // Wall-clock times at the location (LocalClock::wall).
    QDateTime start() const;
    QDateTime end() const;
};

// A location schedule with its events (GET …/schedules/{type}/{scheduleId}).
struct LocationSchedule {
    QString id;
    QString name;
    ScheduleType type = ScheduleType::BusinessHours;
    QList<ScheduleEvent> events;
};

// What the reader made of one schedule document.
struct LocationScheduleRead {
    std::optional<LocationSchedule> schedule; // unset when the document is wholly wrong
    QString error;                            // why it is wholly wrong
    QStringList warnings; // one per event left out, naming it, the key, the value
};

// Reader of the schedule answer. Untrusted input: never guesses. A malformed event (a bad
// date or time, an unknown month or weekday, an end not after its start, a recurrence that is
// not exactly one of the three kinds, a year outside 1900 to 2199) is left out with a warning;
// a document that is not an object, or lacks its name or a known type, is an error.
class LocationScheduleJson
{
    Q_DECLARE_TR_FUNCTIONS(LocationScheduleJson)
public:
    static LocationScheduleRead fromJson(const QByteArray &json);
    static LocationScheduleRead fromJson(const QJsonObject &object);
};

} // namespace seqring
