// When schedule events occur: every recurrence kind through libical, LAST where the fourth
// differs, a year end, 29 February, recurEndDate as the last start day, an all-day event over
// three days, and the occurrences listed for a week.
#include "models/eventoccurrences.h"
#include "models/locationschedule.h"
#include "tests/common/jsonliteral.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace seqring;

class TestEventOccurrences : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void occurs_data();
    void occurs();
    void within_data();
    void within();
    void invalidTimeNeverOccurs();
};

namespace
{

QJsonObject object(const char *json)
{
    return seqring::test::jsonObject(json);
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

void TestEventOccurrences::occurs_data()
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

void TestEventOccurrences::occurs()
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

void TestEventOccurrences::within_data()
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

void TestEventOccurrences::within()
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

void TestEventOccurrences::invalidTimeNeverOccurs()
{
    const LocationScheduleRead read = readEvent(object(R"({"name": "X", "startDate": "2026-01-05",
        "endDate": "2026-01-05", "allDayEnabled": true, "recurrence": {"recurForEver": true,
        "recurWeekly": {"monday": true}}})"));
    const ScheduleEvent &event = read.schedule->events.first();
    QVERIFY(!EventOccurrences::occursAt(event, QDateTime()));
    QVERIFY(EventOccurrences::within(event, QDateTime(), at("2026-01-20 00:00")).isEmpty());
}

QTEST_GUILESS_MAIN(TestEventOccurrences)
#include "tst_eventoccurrences.moc"
