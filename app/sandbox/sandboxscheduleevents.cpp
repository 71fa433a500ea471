#include "app/sandbox/sandboxscheduleevents.h"

#include "app/sandbox/sandboxdata.h"

namespace seqring::sandbox
{

namespace
{

QJsonObject weekdays(bool on)
{
    QJsonObject days;
    for (const char *day : {"sunday", "saturday"})
        days.insert(QLatin1String(day), false);
    for (const char *day : {"monday", "tuesday", "wednesday", "thursday", "friday"})
        days.insert(QLatin1String(day), on);
    return days;
}

} // namespace

QJsonArray SandboxScheduleEvents::officeHours()
{
    return {QJsonObject{{QLatin1String("id"), SandboxData::newId(QStringLiteral("EVENT"))},
                        {QLatin1String("name"), QLatin1String("Office hours")},
                        {QLatin1String("startDate"), QLatin1String("2026-01-05")},
                        {QLatin1String("endDate"), QLatin1String("2026-01-05")},
                        {QLatin1String("startTime"), QLatin1String("09:00")},
                        {QLatin1String("endTime"), QLatin1String("17:00")},
                        {QLatin1String("allDayEnabled"), false},
                        {QLatin1String("recurrence"),
                         QJsonObject{{QLatin1String("recurForEver"), true},
                                     {QLatin1String("recurWeekly"), weekdays(true)}}}}};
}

QJsonArray SandboxScheduleEvents::christmas()
{
    QJsonArray events;
    for (int day : {25, 26}) {
        const QString date = QStringLiteral("2026-12-%1").arg(day);
        events.append(QJsonObject{
            {QLatin1String("id"), SandboxData::newId(QStringLiteral("EVENT"))},
            {QLatin1String("name"),
             day == 25 ? QLatin1String("Christmas Day") : QLatin1String("Boxing Day")},
            {QLatin1String("startDate"), date},
            {QLatin1String("endDate"), date},
            {QLatin1String("allDayEnabled"), true},
            {QLatin1String("recurrence"),
             QJsonObject{{QLatin1String("recurForEver"), true},
                         {QLatin1String("recurYearlyByDate"),
                          QJsonObject{{QLatin1String("dayOfMonth"), day},
                                      {QLatin1String("month"), QLatin1String("DECEMBER")}}}}}});
    }
    return events;
}

QJsonArray SandboxScheduleEvents::completed(QJsonArray schedules, const QList<QJsonObject> &places)
{
    for (const QJsonObject &place : places) {
        const QString locationId = place.value(QLatin1String("id")).toString();
        bool has[2] = {false, false}; // businessHours, holidays
        for (int i = 0; i < schedules.size(); ++i) {
            QJsonObject schedule = schedules.at(i).toObject();
            if (schedule.value(QLatin1String("locationId")).toString() != locationId)
                continue;
            const bool holidays =
                schedule.value(QLatin1String("type")).toString() == QLatin1String("holidays");
            has[holidays ? 1 : 0] = true;
            if (schedule.value(QLatin1String("events")).toArray().isEmpty()) {
                schedule.insert(QLatin1String("events"), holidays ? christmas() : officeHours());
                schedules.replace(i, schedule);
            }
        }
        const QString name = place.value(QLatin1String("name")).toString();
        for (int kind = 0; kind < 2; ++kind) {
            if (has[kind])
                continue;
            schedules.append(QJsonObject{
                {QLatin1String("id"), SandboxData::newId(QStringLiteral("SCHEDULE"))},
                {QLatin1String("name"), QString(name + (kind == 0 ? QLatin1String(" Business Hours")
                                                                  : QLatin1String(" Holidays")))},
                {QLatin1String("type"),
                 kind == 0 ? QLatin1String("businessHours") : QLatin1String("holidays")},
                {QLatin1String("locationId"), locationId},
                {QLatin1String("events"), kind == 0 ? officeHours() : christmas()}});
        }
    }
    return schedules;
}

} // namespace seqring::sandbox
