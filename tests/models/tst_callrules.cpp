// CallRules::decide, the rules of what happens to a call, and what it answers: the five
// verdicts, do-not-ring priority, callers, number formats, time zones, the sentence, the
// --json object, the caller field and the week view's bands.
#include "models/callrules.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace seqring;

class TestCallRules : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void verdicts_data();
    void verdicts();
    void timeZones_data();
    void timeZones();
    void sentences_data();
    void sentences();
    void json();
    void jsonWithoutADecidingCriteria();
    void callerField_data();
    void callerField();
    void weekBands();
    void twentyCriteriaOfFiftyEvents();
};

namespace
{

LocationSchedule schedule(const char *json)
{
    const LocationScheduleRead read = LocationScheduleJson::fromJson(QByteArray(json));
    if (!read.schedule || !read.warnings.isEmpty())
        qFatal("bad test schedule: %s", json);
    return *read.schedule;
}

// Office Hours: weekdays 09:00-12:30 and 13:30-17:00. Business Vacation: 24 to 26 December
// 2026, all day.
QList<LocationSchedule> schedules()
{
    return {schedule(R"({"id": "S1", "name": "Office Hours", "type": "businessHours", "events": [
                {"name": "Morning", "startDate": "2026-01-05", "endDate": "2026-01-05",
                 "startTime": "09:00", "endTime": "12:30", "recurrence": {"recurForEver": true,
                 "recurWeekly": {"monday": true, "tuesday": true, "wednesday": true,
                                 "thursday": true, "friday": true}}},
                {"name": "Afternoon", "startDate": "2026-01-05", "endDate": "2026-01-05",
                 "startTime": "13:30", "endTime": "17:00", "recurrence": {"recurForEver": true,
                 "recurWeekly": {"monday": true, "tuesday": true, "wednesday": true,
                                 "thursday": true, "friday": true}}}]})"),
            schedule(R"({"id": "S2", "name": "Business Vacation", "type": "holidays", "events": [
                {"name": "Christmas", "startDate": "2026-12-24", "endDate": "2026-12-26",
                 "allDayEnabled": true}]})")};
}

Schedule named(const char *name, ScheduleType type)
{
    return Schedule{QString::fromLatin1(name), type, ScheduleLevel::Group};
}

// The criteria the tables name, by ID.
ExistingCriteria criteria(const QString &id)
{
    Criteria c;
    const QStringList parts = id.split(QLatin1Char('-'));
    const QString schedulePart = parts.value(0);
    if (schedulePart == QLatin1String("office"))
        c.schedule = named("Office Hours", ScheduleType::BusinessHours);
    else if (schedulePart == QLatin1String("vacation"))
        c.schedule = named("Business Vacation", ScheduleType::Holidays);
    else if (schedulePart == QLatin1String("missing"))
        c.schedule = named("Summer Hours", ScheduleType::BusinessHours);
    else if (schedulePart == QLatin1String("wrongtype")) // the name exists as businessHours
        c.schedule = named("Office Hours", ScheduleType::Holidays);
    c.ringEnabled = !parts.contains(QLatin1String("dnr"));
    if (parts.contains(QLatin1String("select"))) {
        c.callsFrom = CallsFrom::SelectPhoneNumbers;
        c.phoneNumbers = {QStringLiteral("+447700900123"), QStringLiteral("+442071838750")};
        c.anonymousCallersEnabled = parts.contains(QLatin1String("anon"));
        c.unavailableCallersEnabled = parts.contains(QLatin1String("unav"));
    }
    if (parts.contains(QLatin1String("national"))) // read back not in E.164
        c.phoneNumbers = {QStringLiteral("020 7183 8750")};
    return {id, c};
}

SequentialRingSettings settings(bool enabled, bool withNumbers)
{
    SequentialRingSettings s;
    s.enabled = enabled;
    s.ringBaseLocationFirst = true;
    s.baseLocationRings = 3;
    s.callsToVoicemail = true;
    if (withNumbers)
        s.numbers = {RingNumber{QStringLiteral("+442071838750"), 4, true},
                     RingNumber{QStringLiteral("+442071839751"), 2, false}};
    return s;
}

QDateTime at(const QString &text)
{
    const QDateTime parsed = QDateTime::fromString(text, QStringLiteral("yyyy-MM-dd HH:mm"));
    return LocalClock::wall(parsed.date(), parsed.time());
}

CallScenario scenario(const QStringList &ids, const QString &caller, const QString &local)
{
    CallScenario s;
    s.settings = settings(true, true);
    for (const QString &id : ids)
        s.criteria.append(criteria(id));
    s.schedules = schedules();
    s.defaultRegion = QStringLiteral("GB");
    const Parsed<Caller> parsed = CallerParser::parse(caller, s.defaultRegion);
    if (!parsed.ok())
        qFatal("bad test caller: %s", qPrintable(parsed.error));
    s.caller = *parsed.value;
    s.localTime = at(local);
    s.timeZone = QStringLiteral("Europe/London");
    return s;
}

const QString kAny = QStringLiteral("+14155550100"); // a caller no criteria lists
const QString kListed = QStringLiteral("+442071838750");

} // namespace

void TestCallRules::verdicts_data()
{
    QTest::addColumn<QStringList>("criteria"); // IDs, see criteria()
    QTest::addColumn<QString>("caller");
    QTest::addColumn<QString>("local");
    QTest::addColumn<QString>("settings"); // on, off or no numbers
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("deciding");
    QTest::addColumn<QStringList>("matching");
    QTest::addColumn<int>("warnings");
    const QString monday = QStringLiteral("2026-12-21 10:00");
    const QString lunch = QStringLiteral("2026-12-21 13:00");
    const QString christmasEve = QStringLiteral("2026-12-24 10:00"); // a Thursday
    const auto row = [](const char *name, const QStringList &ids, const QString &caller,
                        const QString &local, const char *settings, const char *reason,
                        const char *deciding, const QStringList &matching, int warnings = 0) {
        QTest::newRow(name) << ids << caller << local << QString::fromLatin1(settings)
                            << QString::fromLatin1(reason) << QString::fromLatin1(deciding)
                            << matching << warnings;
    };
    const QString office = QStringLiteral("office");
    const QString all = QStringLiteral("all");
    const QString vacationDnr = QStringLiteral("vacation-dnr");
    row("off, matching still listed", {office}, kAny, monday, "off", "sequential-ring-off", "",
        {office});
    row("on without numbers", {office}, kAny, monday, "no numbers", "no-numbers", "", {office});
    row("no criteria at all", {}, kAny, monday, "on", "no-matching-criteria", "", {});
    row("outside office hours", {office}, kAny, lunch, "on", "no-matching-criteria", "", {});
    row("office hours ring", {office}, kAny, monday, "on", "ring-criteria", "office", {office});
    row("all hours ring", {all}, kAny, lunch, "on", "ring-criteria", "all", {all});
    row("first ring criteria in the service's order decides", {all, office}, kAny, monday, "on",
        "ring-criteria", "all", {all, office});
    row("holiday do-not-ring takes priority", {office, vacationDnr}, kAny, christmasEve, "on",
        "do-not-ring-criteria", "vacation-dnr", {office, vacationDnr});
    row("do-not-ring only on the holiday", {office, vacationDnr}, kAny, monday, "on",
        "ring-criteria", "office", {office});
    row("do-not-ring with sequential ring off", {vacationDnr}, kAny, christmasEve, "off",
        "sequential-ring-off", "", {vacationDnr});
    row("first of two do-not-ring decides", {QStringLiteral("all-dnr"), vacationDnr}, kAny,
        christmasEve, "on", "do-not-ring-criteria", "all-dnr",
        {QStringLiteral("all-dnr"), vacationDnr});
    row("missing schedule: never in effect, a warning", {QStringLiteral("missing")}, kAny, monday,
        "on", "no-matching-criteria", "", {}, 1);
    row("schedule of that name but another type is missing", {QStringLiteral("wrongtype")}, kAny,
        monday, "on", "no-matching-criteria", "", {}, 1);
    row("missing schedule beside one in effect", {QStringLiteral("missing"), office}, kAny, monday,
        "on", "ring-criteria", "office", {office}, 1);
    const QString select = QStringLiteral("all-select");
    row("listed number", {select}, kListed, monday, "on", "ring-criteria", "all-select", {select});
    row("number typed nationally", {select}, QStringLiteral("020 7183 8750"), monday, "on",
        "ring-criteria", "all-select", {select});
    row("number with brackets and dashes", {select}, QStringLiteral("+44 (20) 7183-8750"), monday,
        "on", "ring-criteria", "all-select", {select});
    row("number with 00", {select}, QStringLiteral("00442071838750"), monday, "on", "ring-criteria",
        "all-select", {select});
    row("listed number read back nationally", {QStringLiteral("all-select-national")}, kListed,
        monday, "on", "ring-criteria", "all-select-national",
        {QStringLiteral("all-select-national")});
    row("unlisted number", {select}, kAny, monday, "on", "no-matching-criteria", "", {});
    row("private without the flag", {select}, QStringLiteral("private"), monday, "on",
        "no-matching-criteria", "", {});
    row("private with the flag", {QStringLiteral("all-select-anon")}, QStringLiteral("private"),
        monday, "on", "ring-criteria", "all-select-anon", {QStringLiteral("all-select-anon")});
    row("unavailable without the flag", {QStringLiteral("all-select-anon")},
        QStringLiteral("unavailable"), monday, "on", "no-matching-criteria", "", {});
    row("unavailable with the flag", {QStringLiteral("all-select-unav")},
        QStringLiteral("unavailable"), monday, "on", "ring-criteria", "all-select-unav",
        {QStringLiteral("all-select-unav")});
    row("private caller, any number", {all}, QStringLiteral("private"), monday, "on",
        "ring-criteria", "all", {all});
    row("unavailable caller, any number", {all}, QStringLiteral("unavailable"), monday, "on",
        "ring-criteria", "all", {all});
    row("selected numbers in effect only in office hours", {QStringLiteral("office-select")},
        kListed, lunch, "on", "no-matching-criteria", "", {});
}

void TestCallRules::verdicts()
{
    QFETCH(QStringList, criteria);
    QFETCH(QString, caller);
    QFETCH(QString, local);
    QFETCH(QString, settings);
    QFETCH(QString, reason);
    QFETCH(QString, deciding);
    QFETCH(QStringList, matching);
    QFETCH(int, warnings);
    CallScenario s = scenario(criteria, caller, local);
    s.settings =
        ::settings(settings != QLatin1String("off"), settings != QLatin1String("no numbers"));
    const CallOutcome outcome = CallRules::decide(s);
    QCOMPARE(toWire(outcome.reason), reason);
    QCOMPARE(outcome.decidingCriteriaId, deciding);
    QCOMPARE(outcome.matchingCriteriaIds, matching);
    QCOMPARE(outcome.warnings.size(), warnings);
    QCOMPARE(outcome.ringsSequentially, reason == QLatin1String("ring-criteria"));
    QCOMPARE(outcome.sequence.isEmpty(), !outcome.ringsSequentially);
    QVERIFY(outcome.sentence().startsWith(outcome.ringsSequentially
                                              ? QLatin1String("Rings sequentially")
                                              : QLatin1String("Does not ring sequentially")));
    if (warnings)
        QVERIFY2(outcome.warnings.first().contains(QLatin1String("never in effect")),
                 qPrintable(outcome.warnings.first()));
}

void TestCallRules::timeZones_data()
{
    QTest::addColumn<QString>("utc");
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("local");
    // 16:30 UTC on a Monday: office hours in London, lunch in Chicago (10:30 there is in).
    QTest::newRow("London, in office hours")
        << QStringLiteral("2026-12-21 16:30") << QStringLiteral("Europe/London")
        << QStringLiteral("ring-criteria") << QStringLiteral("2026-12-21T16:30");
    QTest::newRow("Chicago, in office hours")
        << QStringLiteral("2026-12-21 16:30") << QStringLiteral("America/Chicago")
        << QStringLiteral("ring-criteria") << QStringLiteral("2026-12-21T10:30");
    QTest::newRow("London, evening")
        << QStringLiteral("2026-12-21 17:30") << QStringLiteral("Europe/London")
        << QStringLiteral("no-matching-criteria") << QStringLiteral("2026-12-21T17:30");
    QTest::newRow("Chicago, lunch")
        << QStringLiteral("2026-12-21 19:00") << QStringLiteral("America/Chicago")
        << QStringLiteral("no-matching-criteria") << QStringLiteral("2026-12-21T13:00");
    QTest::newRow("Chicago, Christmas Eve already")
        << QStringLiteral("2026-12-24 05:59") << QStringLiteral("America/Chicago")
        << QStringLiteral("no-matching-criteria") << QStringLiteral("2026-12-23T23:59");
}

void TestCallRules::timeZones()
{
    QFETCH(QString, utc);
    QFETCH(QString, zone);
    QFETCH(QString, reason);
    QFETCH(QString, local);
    QDateTime instant = QDateTime::fromString(utc, QStringLiteral("yyyy-MM-dd HH:mm"));
    instant.setTimeSpec(Qt::UTC);
    const LocalClockTime clock = LocalClock::at(instant, zone);
    QVERIFY2(clock.error.isEmpty(), qPrintable(clock.error));
    CallScenario s = scenario({QStringLiteral("office")}, kAny, QStringLiteral("2026-01-01 00:00"));
    s.localTime = clock.local;
    s.timeZone = zone;
    const CallOutcome outcome = CallRules::decide(s);
    QCOMPARE(toWire(outcome.reason), reason);
    QCOMPARE(outcome.toJson().value(QLatin1String("at")).toString(), local);
    QCOMPARE(outcome.toJson().value(QLatin1String("timeZone")).toString(), zone);
}

void TestCallRules::sentences_data()
{
    QTest::addColumn<QStringList>("criteria");
    QTest::addColumn<QString>("local");
    QTest::addColumn<bool>("baseFirst");
    QTest::addColumn<QString>("sentence");
    QTest::newRow("ring, workspace first")
        << QStringList{QStringLiteral("office")} << QStringLiteral("2026-12-21 10:00") << true
        << QStringLiteral("Rings sequentially: the criteria \"Office Hours\" (business hours) "
                          "matches this caller and rings. This workspace 3 rings, then +44 20 7183 "
                          "8750 4 rings with answer confirmation, then +44 20 7183 9751 2 rings, "
                          "then voicemail.");
    QTest::newRow("ring, numbers only")
        << QStringList{QStringLiteral("all")} << QStringLiteral("2026-12-21 10:00") << false
        << QStringLiteral("Rings sequentially: the criteria for all hours matches this caller "
                          "and rings. +44 20 7183 8750 4 rings with answer confirmation, then +44 "
                          "20 7183 9751 2 rings, then voicemail.");
    QTest::newRow("do not ring")
        << QStringList{QStringLiteral("office"), QStringLiteral("vacation-dnr")}
        << QStringLiteral("2026-12-24 10:00") << true
        << QStringLiteral("Does not ring sequentially: the criteria \"Business Vacation\" "
                          "(holidays) matches this caller and does not ring; criteria which do "
                          "not ring take priority.");
    QTest::newRow("no matching criteria")
        << QStringList{QStringLiteral("office")} << QStringLiteral("2026-12-21 13:00") << true
        << QStringLiteral("Does not ring sequentially: no criteria matches this caller at this "
                          "time.");
}

void TestCallRules::sentences()
{
    QFETCH(QStringList, criteria);
    QFETCH(QString, local);
    QFETCH(bool, baseFirst);
    QFETCH(QString, sentence);
    CallScenario s = scenario(criteria, kAny, local);
    s.settings.ringBaseLocationFirst = baseFirst;
    QCOMPARE(CallRules::decide(s).sentence(), sentence);
}

void TestCallRules::json()
{
    const CallOutcome outcome =
        CallRules::decide(scenario({QStringLiteral("all"), QStringLiteral("office")}, kAny,
                                   QStringLiteral("2026-12-21 10:05")));
    const QJsonObject json = outcome.toJson();
    QStringList keys = json.keys();
    keys.sort();
    QCOMPARE(keys, (QStringList{QStringLiteral("at"), QStringLiteral("decidingCriteriaId"),
                                QStringLiteral("matchingCriteriaIds"), QStringLiteral("reason"),
                                QStringLiteral("ringsSequentially"), QStringLiteral("sequence"),
                                QStringLiteral("timeZone")}));
    const QJsonObject expected = QJsonDocument::fromJson(R"({
        "ringsSequentially": true, "reason": "ring-criteria", "decidingCriteriaId": "all",
        "matchingCriteriaIds": ["all", "office"], "timeZone": "Europe/London",
        "at": "2026-12-21T10:05", "sequence": [
          {"phoneNumber": null, "numberOfRings": 3, "answerConfirmationRequiredEnabled": false},
          {"phoneNumber": "+442071838750", "numberOfRings": 4,
           "answerConfirmationRequiredEnabled": true},
          {"phoneNumber": "+442071839751", "numberOfRings": 2,
           "answerConfirmationRequiredEnabled": false}]})")
                                     .object();
    QCOMPARE(json, expected);
}

void TestCallRules::jsonWithoutADecidingCriteria()
{
    CallScenario s = scenario({QStringLiteral("office")}, kAny, QStringLiteral("2026-12-21 10:00"));
    s.settings.enabled = false;
    const QJsonObject json = CallRules::decide(s).toJson();
    QVERIFY(json.value(QLatin1String("decidingCriteriaId")).isNull());
    QCOMPARE(json.value(QLatin1String("reason")).toString(), QStringLiteral("sequential-ring-off"));
    QCOMPARE(json.value(QLatin1String("ringsSequentially")), QJsonValue(false));
    QCOMPARE(json.value(QLatin1String("sequence")).toArray().size(), 0);
    QCOMPARE(json.value(QLatin1String("matchingCriteriaIds")).toArray(),
             QJsonArray{QStringLiteral("office")});
}

void TestCallRules::callerField_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected"); // E.164, private, unavailable, or error: <part>
    QTest::newRow("private") << QStringLiteral("private") << QStringLiteral("private");
    QTest::newRow("Private, spaced") << QStringLiteral(" Private ") << QStringLiteral("private");
    QTest::newRow("unavailable") << QStringLiteral("UNAVAILABLE") << QStringLiteral("unavailable");
    QTest::newRow("national") << QStringLiteral("020 7183 8750") << kListed;
    QTest::newRow("brackets") << QStringLiteral("+44 (20) 7183-8750") << kListed;
    QTest::newRow("00") << QStringLiteral("00442071838750") << kListed;
    QTest::newRow("letters") << QStringLiteral("anonymous")
                             << QStringLiteral("error: \"anonymous\" contains letters");
    QTest::newRow("too short") << QStringLiteral("+44 20 71") << QStringLiteral("error: Caller");
    QTest::newRow("empty") << QString()
                           << QStringLiteral("error: Caller: The phone number is empty");
}

void TestCallRules::callerField()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const Parsed<Caller> caller = CallerParser::parse(text, QStringLiteral("GB"));
    if (expected.startsWith(QLatin1String("error: "))) {
        QVERIFY(!caller.ok());
        QVERIFY2(caller.error.contains(expected.mid(7)), qPrintable(caller.error));
        QVERIFY2(caller.error.contains(QLatin1String("private or unavailable")),
                 qPrintable(caller.error));
        return;
    }
    QVERIFY2(caller.ok(), qPrintable(caller.error));
    switch (caller.value->kind) {
    case Caller::Kind::Private:
        QCOMPARE(QStringLiteral("private"), expected);
        break;
    case Caller::Kind::Unavailable:
        QCOMPARE(QStringLiteral("unavailable"), expected);
        break;
    case Caller::Kind::Number:
        QCOMPARE(caller.value->number, expected);
        break;
    }
}

void TestCallRules::weekBands()
{
    QList<ExistingCriteria> list;
    for (const char *id : {"office", "vacation-dnr", "all", "missing"})
        list.append(criteria(QString::fromLatin1(id)));
    const WeekView week = CallRules::weekBands(list, schedules(), QDate(2026, 12, 21));
    QCOMPARE(week.lanes.size(), 4);
    const auto show = [](const QList<WallInterval> &bands) {
        QStringList shown;
        for (const WallInterval &band : bands)
            shown.append(band.start.toString(QStringLiteral("ddd HH:mm")) + QLatin1Char('-') +
                         band.end.toString(QStringLiteral("ddd HH:mm")));
        return shown.join(QLatin1Char(' '));
    };
    QString office;
    for (const char *day : {"Mon", "Tue", "Wed", "Thu", "Fri"})
        office +=
            QString::fromLatin1("%1 09:00-%1 12:30 %1 13:30-%1 17:00 ").arg(QLatin1String(day));
    QCOMPARE(show(week.lanes.at(0).bands), office.trimmed());
    QVERIFY(!week.lanes.at(0).holidays);
    QCOMPARE(show(week.lanes.at(1).bands), QStringLiteral("Thu 00:00-Sun 00:00"));
    QVERIFY(week.lanes.at(1).holidays && !week.lanes.at(1).ringEnabled);
    QCOMPARE(show(week.lanes.at(2).bands), QStringLiteral("Mon 00:00-Mon 00:00"));
    QCOMPARE(week.lanes.at(2).bands.first().end, at(QStringLiteral("2026-12-28 00:00")));
    QVERIFY(week.lanes.at(3).scheduleMissing && week.lanes.at(3).bands.isEmpty());
    QCOMPARE(week.warnings.size(), 1);
    QCOMPARE(show(week.holidays), QStringLiteral("Thu 00:00-Sun 00:00"));
    // Clipped to the week: the holiday a week later is not in it.
    const WeekView next = CallRules::weekBands(list, schedules(), QDate(2026, 12, 28));
    QVERIFY(next.holidays.isEmpty() && next.lanes.at(1).bands.isEmpty());
}

// The issue's benchmark target: 20 criteria over schedules of 50 events, under 1 ms a call.
void TestCallRules::twentyCriteriaOfFiftyEvents()
{
    CallScenario s = scenario({}, kAny, QStringLiteral("2026-12-21 10:00"));
    s.schedules.clear();
    for (int i = 0; i < 20; ++i) {
        LocationSchedule sched;
        sched.name = QStringLiteral("Schedule %1").arg(i);
        sched.type = i % 2 ? ScheduleType::Holidays : ScheduleType::BusinessHours;
        for (int e = 0; e < 50; ++e) {
            ScheduleEvent event;
            event.name = QStringLiteral("Event %1").arg(e);
            event.startDate = QDate(2020, 1, 6).addDays(e);
            event.endDate = event.startDate;
            event.startTime = QTime(18 + e % 5, 0);
            event.endTime = QTime(23, 0);
            event.recurrence.kind = Recurrence::Kind(1 + e % 3);
            event.recurrence.weekdays = {Qt::DayOfWeek(1 + e % 7)};
            event.recurrence.month = 1 + e % 12;
            event.recurrence.dayOfMonth = 1 + e % 28;
            event.recurrence.day = Qt::DayOfWeek(1 + e % 7);
            event.recurrence.week = e % 5 ? e % 5 : Recurrence::kLastWeek;
            sched.events.append(event);
        }
        s.schedules.append(sched);
        Criteria c;
        c.schedule = Schedule{sched.name, sched.type, ScheduleLevel::Group};
        s.criteria.append({QString::number(i), c});
    }
    // Mornings: every event passed over cheaply. Evenings: the events whose month and weekday
    // fit go to libical, and some criteria are in effect.
    for (const char *from : {"2026-12-21 10:00", "2026-12-21 19:30", "2027-05-31 20:00"}) {
        QElapsedTimer timer;
        timer.start();
        constexpr int kCalls = 50;
        int ringing = 0;
        for (int minute = 0; minute < kCalls; ++minute) {
            s.localTime = at(QLatin1String(from)).addSecs(minute * 60);
            ringing += CallRules::decide(s).ringsSequentially ? 1 : 0;
        }
        if (QLatin1String(from).endsWith(QLatin1String("10:00")))
            QCOMPARE(ringing, 0);
        qInfo("one call from %s, 20 criteria x 50 events: %.3f ms (%d of %d ring)", from,
              double(timer.nsecsElapsed()) / 1e6 / kCalls, ringing, kCalls);
    }
}

QTEST_GUILESS_MAIN(TestCallRules)
#include "tst_callrules.moc"
