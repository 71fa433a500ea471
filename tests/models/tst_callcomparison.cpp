// CallComparison: what saving the form's criteria would change about one call, in create
// mode (the form's criteria added after the service's) and in edit mode (in the edited
// criteria's place).
#include "models/callcomparison.h"

#include <QTest>

using namespace seqring;

class TestCallComparison : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void ifSaved_data();
    void ifSaved();
    void editReplacesInPlace();
};

namespace
{

// Office Hours: weekdays 09:00-17:00.
LocationSchedule officeHours()
{
    const LocationScheduleRead read = LocationScheduleJson::fromJson(QByteArray(
        R"({"id": "S1", "name": "Office Hours", "type": "businessHours", "events": [
            {"name": "Day", "startDate": "2026-01-05", "endDate": "2026-01-05",
             "startTime": "09:00", "endTime": "17:00", "recurrence": {"recurForEver": true,
             "recurWeekly": {"monday": true, "tuesday": true, "wednesday": true,
                             "thursday": true, "friday": true}}}]})"));
    if (!read.schedule)
        qFatal("bad test schedule");
    return *read.schedule;
}

Criteria duringOfficeHours(bool ring)
{
    Criteria criteria;
    criteria.schedule = Schedule{QStringLiteral("Office Hours"), ScheduleType::BusinessHours};
    criteria.ringEnabled = ring;
    return criteria;
}

// Sequential ring on, one number; the service has one criteria: Office Hours, rings.
CallScenario scenario(QTime at)
{
    CallScenario s;
    s.settings.enabled = true;
    s.settings.numbers = {{QStringLiteral("+442071838750"), 3, true}};
    s.criteria = {{QStringLiteral("C1"), duringOfficeHours(true)}};
    s.schedules = {officeHours()};
    s.caller = Caller::ofNumber(QStringLiteral("+14155550100"));
    s.localTime = LocalClock::wall(QDate(2026, 12, 8), at); // a Tuesday
    s.timeZone = QStringLiteral("Europe/London");
    s.defaultRegion = QStringLiteral("GB");
    return s;
}

} // namespace

void TestCallComparison::ifSaved_data()
{
    QTest::addColumn<QTime>("at");
    QTest::addColumn<Criteria>("form");
    QTest::addColumn<QString>("editedId");
    QTest::addColumn<QString>("expected"); // the start of the answer

    const QString same = QStringLiteral("Saving the form's criteria would not change this.");
    const QString notRing = QStringLiteral("If the form's criteria were saved: Does not ring "
                                           "sequentially: the criteria \"Office Hours\"");
    const QString rings = QStringLiteral("If the form's criteria were saved: Rings sequentially");
    QTest::newRow("create: a second ringing criteria changes nothing")
        << QTime(10, 0) << Criteria() << QString() << same;
    QTest::newRow("create: a do-not-ring criteria in office hours wins")
        << QTime(10, 0) << duringOfficeHours(false) << QString() << notRing;
    QTest::newRow("create: a do-not-ring criteria out of office hours is not in effect")
        << QTime(20, 0) << duringOfficeHours(false) << QString() << same;
    QTest::newRow("create: an all-hours criteria makes an evening call ring")
        << QTime(20, 0) << Criteria() << QString() << rings;
    QTest::newRow("edit: the criteria made do-not-ring")
        << QTime(10, 0) << duringOfficeHours(false) << QStringLiteral("C1") << notRing;
    QTest::newRow("edit: unchanged")
        << QTime(10, 0) << duringOfficeHours(true) << QStringLiteral("C1") << same;
}

void TestCallComparison::ifSaved()
{
    QFETCH(QTime, at);
    QFETCH(Criteria, form);
    QFETCH(QString, editedId);
    QFETCH(QString, expected);
    const CallScenario s = scenario(at);
    const QString answer = CallComparison::ifSaved(s, CallRules::decide(s), form, editedId);
    QVERIFY2(answer.startsWith(expected), qPrintable(answer));
}

void TestCallComparison::editReplacesInPlace()
{
    CallScenario s = scenario(QTime(10, 0));
    s.criteria.append({QStringLiteral("C2"), Criteria()});
    const CallScenario edited =
        CallComparison::withForm(s, duringOfficeHours(false), QStringLiteral("C1"));
    QCOMPARE(edited.criteria.size(), 2);
    QCOMPARE(edited.criteria.at(0).id, QStringLiteral("C1"));
    QCOMPARE(edited.criteria.at(0).criteria.ringEnabled, false);
    const CallScenario created = CallComparison::withForm(s, Criteria(), QString());
    QCOMPARE(created.criteria.size(), 3);
    QCOMPARE(created.criteria.last().id, CallComparison::formId());
}

QTEST_APPLESS_MAIN(TestCallComparison)
#include "tst_callcomparison.moc"
