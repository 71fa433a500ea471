// Location schedules: the reader (malformed events named and left out), when an event occurs
// (every recurrence kind through libical), and the wall-clock time in an IANA zone.
#include "models/eventoccurrences.h"
#include "models/locationschedule.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace seqring;

class TestLocationSchedule : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsEveryKind();
    void malformedEventIsLeftOut_data();
    void malformedEventIsLeftOut();
    void wrongDocument_data();
    void wrongDocument();
    void occurs_data();
    void occurs();
    void within_data();
    void within();
    void localClock_data();
    void localClock();
};

namespace
{

QJsonObject object(const char *json)
{
    QJsonParseError error;
    const QJsonObject parsed = QJsonDocument::fromJson(QByteArray(json), &error).object();
    if (error.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s", json);
    return parsed;
}

// One schedule holding one event.
LocationScheduleRead readEvent(const QJsonObject &event)
{
    return LocationScheduleJson::fromJson(
        QJsonObject{{QStringLiteral("id"), QStringLiteral("S1")},
                    {QStringLiteral("name"), QStringLiteral("Office Hours")},
                    {QStringLiteral("type"), QStringLiteral("businessHours")},
                    {QStringLiteral("events"), QJsonArray{event}}});
}

QDateTime at(const char *text)
{
    const QDateTime parsed =
        QDateTime::fromString(QLatin1String(text), QStringLiteral("yyyy-MM-dd HH:mm"));
    return LocalClock::wall(parsed.date(), parsed.time());
}

} // namespace

void TestLocationSchedule::readsEveryKind()
{
    const LocationScheduleRead read = LocationScheduleJson::fromJson(QByteArray(R"({
        "id": "S1", "name": "Office Hours", "type": "businessHours", "events": [
        {"id": "E1", "name": "Weekdays", "startDate": "2026-01-05", "endDate": "2026-01-05",
         "startTime": "09:00", "endTime": "12:30", "allDayEnabled": false,
         "recurrence": {"recurForEver": true, "recurWeekly": {"monday": true, "friday": true,
          "sunday": false}}},
        {"name": "Christmas", "startDate": "2026-12-25", "endDate": "2026-12-25",
         "allDayEnabled": true,
         "recurrence": {"recurForEver": false, "recurEndDate": "2030-12-31",
          "recurYearlyByDate": {"dayOfMonth": 25, "month": "DECEMBER"}}},
        {"name": "Memorial Day", "startDate": "2026-05-25", "endDate": "2026-05-25",
         "allDayEnabled": true,
         "recurrence": {"recurForEver": true,
          "recurYearlyByDay": {"day": "MONDAY", "week": "LAST", "month": "MAY"}}},
        {"name": "Once", "startDate": "2026-07-01", "endDate": "2026-07-02",
         "startTime": "22:00", "endTime": "02:00", "recurrence": null}]})"));
    QVERIFY2(read.error.isEmpty(), qPrintable(read.error));
    QVERIFY2(read.warnings.isEmpty(), qPrintable(read.warnings.join(QLatin1Char('|'))));
    QVERIFY(read.schedule);
    const LocationSchedule &schedule = *read.schedule;
    QCOMPARE(schedule.name, QStringLiteral("Office Hours"));
    QCOMPARE(schedule.type, ScheduleType::BusinessHours);
    QCOMPARE(schedule.events.size(), 4);
    const Recurrence &weekly = schedule.events.at(0).recurrence;
    QCOMPARE(weekly.kind, Recurrence::Kind::Weekly);
    QCOMPARE(weekly.weekdays, (QList<Qt::DayOfWeek>{Qt::Monday, Qt::Friday}));
    QVERIFY(weekly.endDate.isNull());
    QCOMPARE(schedule.events.at(0).start(), at("2026-01-05 09:00"));
    QCOMPARE(schedule.events.at(0).end(), at("2026-01-05 12:30"));
    const Recurrence &byDate = schedule.events.at(1).recurrence;
    QCOMPARE(byDate.kind, Recurrence::Kind::YearlyByDate);
    QCOMPARE(byDate.month, 12);
    QCOMPARE(byDate.dayOfMonth, 25);
    QCOMPARE(byDate.endDate, QDate(2030, 12, 31));
    QCOMPARE(schedule.events.at(1).end(), at("2026-12-26 00:00")); // all day: to 24:00
    const Recurrence &byDay = schedule.events.at(2).recurrence;
    QCOMPARE(byDay.kind, Recurrence::Kind::YearlyByDay);
    QCOMPARE(byDay.week, Recurrence::kLastWeek);
    QCOMPARE(byDay.day, Qt::Monday);
    QCOMPARE(byDay.month, 5);
    QCOMPARE(schedule.events.at(3).recurrence.kind, Recurrence::Kind::None);
}

void TestLocationSchedule::malformedEventIsLeftOut_data()
{
    QTest::addColumn<QByteArray>("event");
    QTest::addColumn<QString>("warning"); // what the warning must say, besides the event's name
    const auto row = [](const char *name, const char *event, const char *warning) {
        QTest::newRow(name) << QByteArray(event) << QString::fromUtf8(warning);
    };
    row("unknown month",
        R"({"name": "X", "startDate": "2026-01-01", "endDate": "2026-01-01", "allDayEnabled": true,
            "recurrence": {"recurForEver": true,
             "recurYearlyByDate": {"dayOfMonth": 1, "month": "JANUARYX"}}})",
        "recurrence.recurYearlyByDate.month is \"JANUARYX\"");
    row("25:00",
        R"({"name": "X", "startDate": "2026-01-01", "endDate": "2026-01-01",
            "startTime": "25:00", "endTime": "26:00"})",
        "startTime is \"25:00\"");
    row("time without leading zero",
        R"({"name": "X", "startDate": "2026-01-01", "endDate": "2026-01-01",
            "startTime": "9:00", "endTime": "10:00"})",
        "startTime is \"9:00\"");
    row("end before start",
        R"({"name": "X", "startDate": "2026-01-02", "endDate": "2026-01-01",
            "startTime": "09:00", "endTime": "10:00"})",
        "endTime is \"10:00\", expected an end after the start");
    row("end equal to start",
        R"({"name": "X", "startDate": "2026-01-01", "endDate": "2026-01-01",
            "startTime": "09:00", "endTime": "09:00"})",
        "an end after the start");
    row("all day ending before it starts",
        R"({"name": "X", "startDate": "2026-01-03", "endDate": "2026-01-02", "allDayEnabled": true})",
        "endDate is \"2026-01-02\"");
    row("30 February", R"({"name": "X", "startDate": "2026-02-30", "endDate": "2026-03-01",
            "allDayEnabled": true})",
        "startDate is \"2026-02-30\"");
    row("date not padded", R"({"name": "X", "startDate": "2026-1-5", "endDate": "2026-01-05",
            "allDayEnabled": true})",
        "startDate is \"2026-1-5\"");
    row("date missing", R"({"name": "X", "endDate": "2026-01-05", "allDayEnabled": true})",
        "startDate is \"\"");
    row("year out of range", R"({"name": "X", "startDate": "9999-01-01", "endDate": "9999-01-01",
            "allDayEnabled": true})",
        "startDate is \"9999-01-01\"");
    row("day of month the month lacks",
        R"({"name": "X", "startDate": "2026-01-01", "endDate": "2026-01-01", "allDayEnabled": true,
            "recurrence": {"recurForEver": true,
             "recurYearlyByDate": {"dayOfMonth": 30, "month": "FEBRUARY"}}})",
        "dayOfMonth is \"30\", expected a day that FEBRUARY has");
    row("unknown week",
        R"({"name": "X", "startDate": "2026-01-01", "endDate": "2026-01-01", "allDayEnabled": true,
            "recurrence": {"recurForEver": true,
             "recurYearlyByDay": {"day": "MONDAY", "week": "FIFTH", "month": "MAY"}}})",
        "recurrence.recurYearlyByDay.week is \"FIFTH\"");
    row("unknown weekday",
        R"({"name": "X", "startDate": "2026-01-01", "endDate": "2026-01-01", "allDayEnabled": true,
            "recurrence": {"recurForEver": true,
             "recurYearlyByDay": {"day": "FUNDAY", "week": "LAST", "month": "MAY"}}})",
        "recurrence.recurYearlyByDay.day is \"FUNDAY\"");
    row("weekly without a day",
        R"({"name": "X", "startDate": "2026-01-01", "endDate": "2026-01-01", "allDayEnabled": true,
            "recurrence": {"recurForEver": true, "recurWeekly": {"monday": false}}})",
        "at least one weekday");
    row("two kinds",
        R"({"name": "X", "startDate": "2026-01-01", "endDate": "2026-01-01", "allDayEnabled": true,
            "recurrence": {"recurForEver": true, "recurWeekly": {"monday": true},
             "recurYearlyByDate": {"dayOfMonth": 1, "month": "JANUARY"}}})",
        "recurrence.recurYearlyByDate is \"{…}\"");
    row("neither for ever nor an end",
        R"({"name": "X", "startDate": "2026-01-01", "endDate": "2026-01-01", "allDayEnabled": true,
            "recurrence": {"recurWeekly": {"monday": true}}})",
        "recurrence.recurEndDate is \"\"");
    row("for ever and an end",
        R"({"name": "X", "startDate": "2026-01-01", "endDate": "2026-01-01", "allDayEnabled": true,
            "recurrence": {"recurForEver": true, "recurEndDate": "2027-01-01",
             "recurWeekly": {"monday": true}}})",
        "recurrence.recurEndDate is \"2027-01-01\"");
    row("recurrence ends before the start",
        R"({"name": "X", "startDate": "2026-01-01", "endDate": "2026-01-01", "allDayEnabled": true,
            "recurrence": {"recurEndDate": "2025-12-31", "recurWeekly": {"monday": true}}})",
        "on or after startDate");
    row("all day not a bool",
        R"({"name": "X", "startDate": "2026-01-01", "endDate": "2026-01-01", "allDayEnabled": "yes"})",
        "allDayEnabled is \"yes\"");
}

void TestLocationSchedule::malformedEventIsLeftOut()
{
    QFETCH(QByteArray, event);
    QFETCH(QString, warning);
    const QJsonObject good = object(R"({"name": "Good", "startDate": "2026-01-01",
        "endDate": "2026-01-01", "allDayEnabled": true})");
    const LocationScheduleRead read = LocationScheduleJson::fromJson(
        QJsonObject{{QStringLiteral("name"), QStringLiteral("Office Hours")},
                    {QStringLiteral("type"), QStringLiteral("businessHours")},
                    {QStringLiteral("events"), QJsonArray{good, object(event.constData())}}});
    QVERIFY(read.schedule);
    QCOMPARE(read.schedule->events.size(), 1); // the good one stays, the bad one is left out
    QCOMPARE(read.schedule->events.first().name, QStringLiteral("Good"));
    QCOMPARE(read.warnings.size(), 1);
    QVERIFY2(read.warnings.first().contains(QLatin1String("Event \"X\" of the schedule \"Office "
                                                          "Hours\"")),
             qPrintable(read.warnings.first()));
    QVERIFY2(read.warnings.first().contains(warning), qPrintable(read.warnings.first()));
    QVERIFY(read.warnings.first().endsWith(QLatin1String("the event is left out.")));
}

void TestLocationSchedule::wrongDocument_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");
    QTest::newRow("not JSON") << QByteArray("{") << QStringLiteral("not a JSON object");
    QTest::newRow("an array") << QByteArray("[]") << QStringLiteral("not a JSON object");
    QTest::newRow("no name") << QByteArray(R"({"type": "holidays", "events": []})")
                             << QStringLiteral("has no name");
    QTest::newRow("unknown type") << QByteArray(R"({"name": "A", "type": "weekends"})")
                                  << QStringLiteral("has type \"weekends\"");
    QTest::newRow("events not a list")
        << QByteArray(R"({"name": "A", "type": "holidays", "events": {}})")
        << QStringLiteral("are not a list");
}

void TestLocationSchedule::wrongDocument()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    const LocationScheduleRead read = LocationScheduleJson::fromJson(json);
    QVERIFY(!read.schedule);
    QVERIFY2(read.error.contains(error), qPrintable(read.error));
}

void TestLocationSchedule::occurs_data()
{
    QTest::addColumn<QByteArray>("event");
    QTest::addColumn<QString>("local");
    QTest::addColumn<bool>("occurs");
    const auto rows = [](const char *name, const char *event,
                         std::initializer_list<std::pair<const char *, bool>> times) {
        for (const auto &[time, occurs] : times)
            QTest::addRow("%s at %s", name, time)
                << QByteArray(event) << QString::fromLatin1(time) << occurs;
    };
    rows("once",
         R"({"name": "X", "startDate": "2026-07-01", "endDate": "2026-07-02",
             "startTime": "22:00", "endTime": "02:00"})",
         {{"2026-07-01 21:59", false},
          {"2026-07-01 22:00", true},
          {"2026-07-02 01:59", true},
          {"2026-07-02 02:00", false}, // the end is excluded
          {"2027-07-01 23:00", false}});
    rows("weekly Mon Fri",
         R"({"name": "X", "startDate": "2026-06-15", "endDate": "2026-06-15",
             "startTime": "09:00", "endTime": "12:30",
             "recurrence": {"recurForEver": true, "recurWeekly": {"monday": true, "friday": true}}})",
         {{"2026-06-08 10:00", false}, // a Monday before startDate
          {"2026-06-15 09:00", true},
          {"2026-06-16 10:00", false}, // Tuesday
          {"2026-06-19 12:29", true},  // Friday
          {"2026-06-19 12:30", false},
          {"2031-03-03 11:00", true}}); // a Monday years on
    rows("weekly from an unmarked day",
         R"({"name": "X", "startDate": "2026-06-13", "endDate": "2026-06-13",
             "startTime": "09:00", "endTime": "10:00",
             "recurrence": {"recurForEver": true, "recurWeekly": {"monday": true}}})",
         {{"2026-06-13 09:30", true}, // the first occurrence is startDate's
          {"2026-06-15 09:30", true},
          {"2026-06-20 09:30", false}});
    rows("weekly overnight",
         R"({"name": "X", "startDate": "2026-06-15", "endDate": "2026-06-16",
             "startTime": "22:00", "endTime": "06:00",
             "recurrence": {"recurForEver": true, "recurWeekly": {"monday": true}}})",
         {{"2026-06-23 05:59", true}, {"2026-06-23 06:00", false}, {"2026-06-22 21:59", false}});
    rows("recurEndDate is the last start day",
         R"({"name": "X", "startDate": "2026-03-02", "endDate": "2026-03-03",
             "startTime": "22:00", "endTime": "02:00",
             "recurrence": {"recurEndDate": "2026-03-16", "recurWeekly": {"monday": true}}})",
         {{"2026-03-16 22:00", true},
          {"2026-03-17 01:00", true}, // started on the last day, runs past it
          {"2026-03-23 22:30", false}});
    rows("yearly by date",
         R"({"name": "X", "startDate": "2026-12-25", "endDate": "2026-12-25", "allDayEnabled": true,
             "recurrence": {"recurForEver": true,
              "recurYearlyByDate": {"dayOfMonth": 25, "month": "DECEMBER"}}})",
         {{"2025-12-25 12:00", false},
          {"2026-12-25 00:00", true},
          {"2029-12-25 23:59", true},
          {"2029-12-26 00:00", false},
          {"2029-12-24 23:59", false}});
    rows("yearly from a later day of startDate's year",
         R"({"name": "X", "startDate": "2026-03-01", "endDate": "2026-03-01", "allDayEnabled": true,
             "recurrence": {"recurForEver": true,
              "recurYearlyByDate": {"dayOfMonth": 1, "month": "JANUARY"}}})",
         {{"2026-01-01 12:00", false}, {"2026-03-01 12:00", true}, {"2027-01-01 12:00", true}});
    rows("29 February",
         R"({"name": "X", "startDate": "2024-02-29", "endDate": "2024-02-29", "allDayEnabled": true,
             "recurrence": {"recurForEver": true,
              "recurYearlyByDate": {"dayOfMonth": 29, "month": "FEBRUARY"}}})",
         {{"2024-02-29 08:00", true},
          {"2027-02-28 08:00", false},
          {"2027-03-01 08:00", false},
          {"2028-02-29 08:00", true}});
    rows("year end",
         R"({"name": "X", "startDate": "2024-12-31", "endDate": "2025-01-01",
             "startTime": "23:00", "endTime": "02:00",
             "recurrence": {"recurForEver": true,
              "recurYearlyByDate": {"dayOfMonth": 31, "month": "DECEMBER"}}})",
         {{"2025-12-31 22:59", false},
          {"2025-12-31 23:00", true},
          {"2026-01-01 01:59", true},
          {"2026-01-01 02:00", false}});
    rows("LAST Monday of May",
         R"({"name": "X", "startDate": "2026-05-25", "endDate": "2026-05-25", "allDayEnabled": true,
             "recurrence": {"recurForEver": true,
              "recurYearlyByDay": {"day": "MONDAY", "week": "LAST", "month": "MAY"}}})",
         {{"2026-05-25 12:00", true}, {"2027-05-24 12:00", false}, {"2027-05-31 12:00", true}});
    rows("FOURTH Monday of May",
         R"({"name": "X", "startDate": "2026-05-25", "endDate": "2026-05-25", "allDayEnabled": true,
             "recurrence": {"recurForEver": true,
              "recurYearlyByDay": {"day": "MONDAY", "week": "FOURTH", "month": "MAY"}}})",
         {{"2027-05-24 12:00", true}, {"2027-05-31 12:00", false}});
    rows("FIRST Monday of September until 2027",
         R"({"name": "X", "startDate": "2026-09-07", "endDate": "2026-09-07", "allDayEnabled": true,
             "recurrence": {"recurEndDate": "2027-12-31",
              "recurYearlyByDay": {"day": "MONDAY", "week": "FIRST", "month": "SEPTEMBER"}}})",
         {{"2026-09-07 12:00", true},
          {"2027-09-06 12:00", true},
          {"2027-09-13 12:00", false},
          {"2028-09-04 12:00", false}}); // after recurEndDate
    rows("all day over three days",
         R"({"name": "X", "startDate": "2026-04-03", "endDate": "2026-04-05", "allDayEnabled": true,
             "startTime": "10:00", "endTime": "11:00"})",
         {{"2026-04-02 23:59", false},
          {"2026-04-03 00:00", true},
          {"2026-04-04 12:00", true},
          {"2026-04-05 23:59", true},
          {"2026-04-06 00:00", false}});
    rows("three days each year",
         R"({"name": "X", "startDate": "2026-04-03", "endDate": "2026-04-05", "allDayEnabled": true,
             "recurrence": {"recurForEver": true,
              "recurYearlyByDate": {"dayOfMonth": 3, "month": "APRIL"}}})",
         {{"2030-04-05 23:59", true}, {"2030-04-06 00:00", false}, {"2030-04-02 23:59", false}});
}

void TestLocationSchedule::occurs()
{
    QFETCH(QByteArray, event);
    QFETCH(QString, local);
    QFETCH(bool, occurs);
    const LocationScheduleRead read = readEvent(object(event.constData()));
    QVERIFY2(read.warnings.isEmpty(), qPrintable(read.warnings.join(QLatin1Char('|'))));
    QCOMPARE(read.schedule->events.size(), 1);
    QCOMPARE(EventOccurrences::occursAt(read.schedule->events.first(), at(local.toLatin1())),
             occurs);
}

void TestLocationSchedule::within_data()
{
    QTest::addColumn<QByteArray>("event");
    QTest::addColumn<QStringList>("starts"); // of the occurrences overlapping 2026-12-21 week
    QTest::newRow("weekdays")
        << QByteArray(R"({"name": "X", "startDate": "2026-01-05", "endDate": "2026-01-05",
             "startTime": "09:00", "endTime": "17:00", "recurrence": {"recurForEver": true,
             "recurWeekly": {"monday": true, "wednesday": true, "sunday": true}}})")
        << QStringList{QStringLiteral("2026-12-21 09:00"), QStringLiteral("2026-12-23 09:00"),
                       QStringLiteral("2026-12-27 09:00")};
    QTest::newRow("overlapping the week's start")
        << QByteArray(R"({"name": "X", "startDate": "2026-12-20", "endDate": "2026-12-21",
             "startTime": "20:00", "endTime": "08:00"})")
        << QStringList{QStringLiteral("2026-12-20 20:00")};
    QTest::newRow("yearly")
        << QByteArray(R"({"name": "X", "startDate": "2020-12-24", "endDate": "2020-12-26",
             "allDayEnabled": true, "recurrence": {"recurForEver": true,
             "recurYearlyByDate": {"dayOfMonth": 24, "month": "DECEMBER"}}})")
        << QStringList{QStringLiteral("2026-12-24 00:00")};
    QTest::newRow("ended") << QByteArray(R"({"name": "X", "startDate": "2026-01-05",
             "endDate": "2026-01-05", "startTime": "09:00", "endTime": "17:00", "recurrence":
             {"recurEndDate": "2026-12-20", "recurWeekly": {"monday": true}}})")
                           << QStringList();
}

void TestLocationSchedule::within()
{
    QFETCH(QByteArray, event);
    QFETCH(QStringList, starts);
    const LocationScheduleRead read = readEvent(object(event.constData()));
    QCOMPARE(read.schedule->events.size(), 1);
    const ScheduleEvent &first = read.schedule->events.first();
    const qint64 length = first.start().secsTo(first.end());
    QStringList found;
    for (const WallInterval &interval :
         EventOccurrences::within(first, at("2026-12-21 00:00"), at("2026-12-28 00:00"))) {
        found.append(interval.start.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        QCOMPARE(interval.start.secsTo(interval.end), length);
    }
    QCOMPARE(found, starts);
}

void TestLocationSchedule::localClock_data()
{
    QTest::addColumn<QString>("utc");
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QString>("local"); // empty: an error
    const auto row = [](const char *utc, const char *zone, const char *local) {
        QTest::addRow("%s %s", utc, zone)
            << QString::fromLatin1(utc) << QString::fromLatin1(zone) << QString::fromLatin1(local);
    };
    row("2026-01-15 15:00", "America/Chicago", "2026-01-15 09:00");
    row("2026-01-15 15:00", "Europe/London", "2026-01-15 15:00");
    row("2026-07-15 15:00", "Europe/London", "2026-07-15 16:00");
    row("2026-03-08 07:59", "America/Chicago", "2026-03-08 01:59"); // DST starts at 02:00
    row("2026-03-08 08:00", "America/Chicago", "2026-03-08 03:00");
    row("2026-03-29 00:59", "Europe/London", "2026-03-29 00:59");
    row("2026-03-29 01:00", "Europe/London", "2026-03-29 02:00");
    row("2026-01-01 05:30", "America/Chicago", "2025-12-31 23:30"); // the year before
    row("2026-01-15 15:00", "Mars/Olympus_Mons", "");
    row("2026-01-15 15:00", "", "");
}

void TestLocationSchedule::localClock()
{
    QFETCH(QString, utc);
    QFETCH(QString, zone);
    QFETCH(QString, local);
    const QDateTime instant =
        QDateTime::fromString(utc, QStringLiteral("yyyy-MM-dd HH:mm"))
            .date()
            .startOfDay(Qt::UTC)
            .addSecs(QTime(0, 0).secsTo(QTime::fromString(utc.right(5), QStringLiteral("HH:mm"))));
    const LocalClockTime time = LocalClock::at(instant, zone);
    if (local.isEmpty()) {
        QVERIFY(!time.local.isValid());
        QVERIFY2(time.error.contains(QLatin1Char('"') + zone + QLatin1Char('"')),
                 qPrintable(time.error));
        return;
    }
    QVERIFY2(time.error.isEmpty(), qPrintable(time.error));
    QCOMPARE(time.local.toString(QStringLiteral("yyyy-MM-dd HH:mm")), local);
}

QTEST_GUILESS_MAIN(TestLocationSchedule)
#include "tst_locationschedule.moc"
