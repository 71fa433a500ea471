// Location schedules: the reader (malformed events named and left out) and the wall-clock
// time in an IANA zone.
#include "models/locationschedule.h"
#include "tests/common/jsonliteral.h"

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
    void localClock_data();
    void localClock();
};

namespace
{

QJsonObject object(const char *json)
{
    return seqring::test::jsonObject(json);
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
        "startDate is missing");
    row("year out of range", R"({"name": "X", "startDate": "9999-01-01", "endDate": "9999-01-01",
            "allDayEnabled": true})",
        "startDate is \"9999-01-01\"");
    row("day of month the month lacks",
        R"({"name": "X", "startDate": "2026-01-01", "endDate": "2026-01-01", "allDayEnabled": true,
            "recurrence": {"recurForEver": true,
             "recurYearlyByDate": {"dayOfMonth": 30, "month": "FEBRUARY"}}})",
        "dayOfMonth is 30, expected a day that FEBRUARY has");
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
        "recurrence.recurYearlyByDate is {…}");
    row("neither for ever nor an end",
        R"({"name": "X", "startDate": "2026-01-01", "endDate": "2026-01-01", "allDayEnabled": true,
            "recurrence": {"recurWeekly": {"monday": true}}})",
        "recurrence.recurEndDate is missing");
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
                                  << QStringLiteral("has type \"weekends\";");
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
