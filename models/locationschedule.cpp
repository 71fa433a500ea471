#include "models/locationschedule.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <array>

namespace seqring
{

namespace
{

constexpr int kFirstYear = 1900;
constexpr int kLastYear = 2199;

// The wire's weekday and month names, in Qt's order (Monday = 1, January = 1).
constexpr std::array<const char *, 7> kWeekdayKeys{"monday", "tuesday",  "wednesday", "thursday",
                                                   "friday", "saturday", "sunday"};
constexpr std::array<const char *, 7> kWeekdayNames{"MONDAY", "TUESDAY",  "WEDNESDAY", "THURSDAY",
                                                    "FRIDAY", "SATURDAY", "SUNDAY"};
constexpr std::array<const char *, 12> kMonthNames{"JANUARY",   "FEBRUARY", "MARCH",    "APRIL",
                                                   "MAY",       "JUNE",     "JULY",     "AUGUST",
                                                   "SEPTEMBER", "OCTOBER",  "NOVEMBER", "DECEMBER"};
constexpr std::array<const char *, 4> kWeekNames{"FIRST", "SECOND", "THIRD", "FOURTH"};

template <size_t N> int indexOf(const std::array<const char *, N> &names, const QJsonValue &value)
{
    if (!value.isString())
        return -1;
    const QString text = value.toString();
    for (size_t i = 0; i < N; ++i) {
        if (text == QLatin1String(names[i]))
            return int(i);
    }
    return -1;
}

// A value as a warning shows it: a string in quotes, other values as JSON writes them.
QString shown(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return QLatin1Char('"') + value.toString().left(80) + QLatin1Char('"');
    case QJsonValue::Double:
        return QString::number(value.toDouble());
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Array:
        return QStringLiteral("[…]");
    case QJsonValue::Object:
        return QStringLiteral("{…}");
    case QJsonValue::Undefined:
        break;
    }
    return LocationScheduleJson::tr("missing");
}

// Reads one event; on a problem sets `problem` (key, value, what is expected) and returns false.
class EventReader
{
public:
    struct Problem {
        QString key;
        QJsonValue value;
        QString expected;
    };

    explicit EventReader(const QJsonObject &object) : m_object(object) {}

    std::optional<ScheduleEvent> read();
    Problem problem;

private:
    bool fail(const QString &key, const QJsonValue &value, const QString &expected)
    {
        problem = {key, value, expected};
        return false;
    }
    bool date(const QJsonObject &object, const QString &key, const QString &path, QDate *out);
    bool time(const QString &key, QTime *out);
    bool month(const QJsonObject &object, const QString &path, int *out);
    bool recurrence(Recurrence *out);

    const QJsonObject &m_object;
};

bool EventReader::date(const QJsonObject &object, const QString &key, const QString &path,
                       QDate *out)
{
    const QJsonValue value = object.value(key);
    const QString text = value.toString();
    const QDate parsed = QDate::fromString(text, QStringLiteral("yyyy-MM-dd"));
    if (text.size() != 10 || !parsed.isValid() || parsed.year() < kFirstYear ||
        parsed.year() > kLastYear)
        return fail(path, value,
                    LocationScheduleJson::tr("a date YYYY-MM-DD from %1 to %2")
                        .arg(kFirstYear)
                        .arg(kLastYear));
    *out = parsed;
    return true;
}

bool EventReader::time(const QString &key, QTime *out)
{
    const QJsonValue value = m_object.value(key);
    const QString text = value.toString();
    const QTime parsed = QTime::fromString(text, QStringLiteral("HH:mm"));
    if (text.size() != 5 || !parsed.isValid())
        return fail(key, value, LocationScheduleJson::tr("a time HH:MM from 00:00 to 23:59"));
    *out = parsed;
    return true;
}

bool EventReader::month(const QJsonObject &object, const QString &path, int *out)
{
    const int index = indexOf(kMonthNames, object.value(QLatin1String("month")));
    if (index < 0)
        return fail(path + QLatin1String(".month"), object.value(QLatin1String("month")),
                    LocationScheduleJson::tr("a month JANUARY to DECEMBER"));
    *out = index + 1;
    return true;
}

bool EventReader::recurrence(Recurrence *out)
{
    const QJsonValue value = m_object.value(QLatin1String("recurrence"));
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isObject())
        return fail(QStringLiteral("recurrence"), value, LocationScheduleJson::tr("an object"));
    const QJsonObject object = value.toObject();
    const QString kinds[] = {QStringLiteral("recurWeekly"), QStringLiteral("recurYearlyByDate"),
                             QStringLiteral("recurYearlyByDay")};
    int found = -1;
    for (int i = 0; i < 3; ++i) {
        const QJsonValue kind = object.value(kinds[i]);
        if (kind.isUndefined() || kind.isNull())
            continue;
        if (!kind.isObject() || found >= 0)
            return fail(QLatin1String("recurrence.") + kinds[i], kind,
                        LocationScheduleJson::tr("the one kind of recurrence, an object"));
        found = i;
    }
    if (found < 0) // no kind: occurs once, whatever the end keys say
        return true;
    const QString path = QLatin1String("recurrence.") + kinds[found];
    const QJsonObject rule = object.value(kinds[found]).toObject();
    const QJsonValue forEver = object.value(QLatin1String("recurForEver"));
    const QJsonValue endDate = object.value(QLatin1String("recurEndDate"));
    const bool hasEnd = !endDate.isUndefined() && !endDate.isNull();
    if (!forEver.isUndefined() && !forEver.isBool())
        return fail(QStringLiteral("recurrence.recurForEver"), forEver,
                    LocationScheduleJson::tr("true or false"));
    if (forEver.toBool() == hasEnd)
        return fail(QStringLiteral("recurrence.recurEndDate"), endDate,
                    LocationScheduleJson::tr("a date exactly when recurForEver is not true"));
    if (hasEnd && !date(object, QStringLiteral("recurEndDate"),
                        QStringLiteral("recurrence.recurEndDate"), &out->endDate))
        return false;
    switch (found) {
    case 0:
        out->kind = Recurrence::Kind::Weekly;
        for (int i = 0; i < 7; ++i) {
            const QJsonValue marked = rule.value(QLatin1String(kWeekdayKeys[size_t(i)]));
            if (!marked.isUndefined() && !marked.isBool())
                return fail(path + QLatin1Char('.') + QLatin1String(kWeekdayKeys[size_t(i)]),
                            marked, LocationScheduleJson::tr("true or false"));
            if (marked.toBool())
                out->weekdays.append(Qt::DayOfWeek(i + 1));
        }
        if (out->weekdays.isEmpty())
            return fail(path, rule, LocationScheduleJson::tr("at least one weekday marked true"));
        break;
    case 1: {
        out->kind = Recurrence::Kind::YearlyByDate;
        if (!month(rule, path, &out->month))
            return false;
        const QJsonValue day = rule.value(QLatin1String("dayOfMonth"));
        const double number = day.toDouble(-1);
        // 2000 is a leap year: 29 February is a day of February, met in leap years only.
        if (!day.isDouble() || number != int(number) || int(number) < 1 ||
            int(number) > QDate(2000, out->month, 1).daysInMonth())
            return fail(path + QLatin1String(".dayOfMonth"), day,
                        LocationScheduleJson::tr("a day that %1 has")
                            .arg(QLatin1String(kMonthNames[size_t(out->month - 1)])));
        out->dayOfMonth = int(number);
        break;
    }
    default: {
        out->kind = Recurrence::Kind::YearlyByDay;
        if (!month(rule, path, &out->month))
            return false;
        const int day = indexOf(kWeekdayNames, rule.value(QLatin1String("day")));
        if (day < 0)
            return fail(path + QLatin1String(".day"), rule.value(QLatin1String("day")),
                        LocationScheduleJson::tr("a weekday SUNDAY to SATURDAY"));
        out->day = Qt::DayOfWeek(day + 1);
        const QJsonValue week = rule.value(QLatin1String("week"));
        const int index = indexOf(kWeekNames, week);
        if (index < 0 && week != QJsonValue(QStringLiteral("LAST")))
            return fail(path + QLatin1String(".week"), week,
                        LocationScheduleJson::tr("FIRST, SECOND, THIRD, FOURTH or LAST"));
        out->week = index < 0 ? Recurrence::kLastWeek : index + 1;
        break;
    }
    }
    return true;
}

std::optional<ScheduleEvent> EventReader::read()
{
    ScheduleEvent event;
    event.id = m_object.value(QLatin1String("id")).toString();
    event.name = m_object.value(QLatin1String("name")).toString();
    const QJsonValue allDay = m_object.value(QLatin1String("allDayEnabled"));
    if (!allDay.isUndefined() && !allDay.isBool()) {
        fail(QStringLiteral("allDayEnabled"), allDay, LocationScheduleJson::tr("true or false"));
        return std::nullopt;
    }
    event.allDay = allDay.toBool();
    if (!date(m_object, QStringLiteral("startDate"), QStringLiteral("startDate"),
              &event.startDate) ||
        !date(m_object, QStringLiteral("endDate"), QStringLiteral("endDate"), &event.endDate))
        return std::nullopt;
    if (event.allDay) {
        event.startTime = event.endTime = QTime(0, 0);
    } else if (!time(QStringLiteral("startTime"), &event.startTime) ||
               !time(QStringLiteral("endTime"), &event.endTime)) {
        return std::nullopt;
    }
    if (event.end() <= event.start()) {
        fail(event.allDay ? QStringLiteral("endDate") : QStringLiteral("endTime"),
             event.allDay ? m_object.value(QLatin1String("endDate"))
                          : m_object.value(QLatin1String("endTime")),
             LocationScheduleJson::tr("an end after the start"));
        return std::nullopt;
    }
    if (!recurrence(&event.recurrence))
        return std::nullopt;
    if (event.recurrence.endDate.isValid() && event.recurrence.endDate < event.startDate) {
        fail(QStringLiteral("recurrence.recurEndDate"),
             m_object.value(QLatin1String("recurrence"))
                 .toObject()
                 .value(QLatin1String("recurEndDate")),
             LocationScheduleJson::tr("a date on or after startDate"));
        return std::nullopt;
    }
    return event;
}

} // namespace

QDateTime ScheduleEvent::start() const
{
    return LocalClock::wall(startDate, allDay ? QTime(0, 0) : startTime);
}

QDateTime ScheduleEvent::end() const
{
    return allDay ? LocalClock::wall(endDate.addDays(1), QTime(0, 0))
                  : LocalClock::wall(endDate, endTime);
}

LocationScheduleRead LocationScheduleJson::fromJson(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        LocationScheduleRead read;
        read.error = tr("The schedule is not a JSON object.");
        return read;
    }
    return fromJson(document.object());
}

LocationScheduleRead LocationScheduleJson::fromJson(const QJsonObject &object)
{
    LocationScheduleRead read;
    const QJsonValue name = object.value(QLatin1String("name"));
    const QJsonValue type = object.value(QLatin1String("type"));
    const QJsonValue events = object.value(QLatin1String("events"));
    const std::optional<ScheduleType> scheduleType = scheduleTypeFromWire(type.toString());
    if (!name.isString() || name.toString().isEmpty()) {
        read.error = tr("The schedule has no name (name is %1).").arg(shown(name));
        return read;
    }
    if (!type.isString() || !scheduleType) {
        read.error = tr("The schedule \"%1\" has type %2; expected businessHours or holidays.")
                         .arg(name.toString(), shown(type));
        return read;
    }
    if (!events.isUndefined() && !events.isNull() && !events.isArray()) {
        read.error = tr("The events of the schedule \"%1\" are not a list.").arg(name.toString());
        return read;
    }
    LocationSchedule schedule;
    schedule.id = object.value(QLatin1String("id")).toString();
    schedule.name = name.toString();
    schedule.type = *scheduleType;
    const QJsonArray list = events.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject item = list.at(i).toObject();
        const QString label = item.value(QLatin1String("name")).toString().isEmpty()
                                  ? tr("number %1").arg(i + 1)
                                  : QLatin1Char('"') +
                                        item.value(QLatin1String("name")).toString().left(80) +
                                        QLatin1Char('"');
        if (!list.at(i).isObject()) {
            read.warnings.append(
                tr("Event %1 of the schedule \"%2\" is not an object; it is left out.")
                    .arg(label, schedule.name));
            continue;
        }
        EventReader reader(item);
        if (const std::optional<ScheduleEvent> event = reader.read()) {
            schedule.events.append(*event);
            continue;
        }
        read.warnings.append(
            tr("Event %1 of the schedule \"%2\": %3 is %4, expected %5; the event is left "
               "out.")
                .arg(label, schedule.name, reader.problem.key, shown(reader.problem.value),
                     reader.problem.expected));
    }
    read.schedule = schedule;
    return read;
}

} // namespace seqring
