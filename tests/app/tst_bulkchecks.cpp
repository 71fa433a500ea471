// BulkChecks: what a bulk run decides of a workspace from what it read, as data tables.
#include "app/bulk/bulkchecks.h"

#include <QTest>

using namespace seqring;

class TestBulkChecks : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void license_data();
    void license();
    void schedule_data();
    void schedule();
    void alike_data();
    void alike();
};

void TestBulkChecks::license_data()
{
    QTest::addColumn<WorkspaceLicense>("license");
    QTest::addColumn<bool>("refused");
    QTest::addColumn<bool>("warned");
    QTest::newRow("professional") << WorkspaceLicense::Professional << false << false;
    QTest::newRow("unknown: the service decides") << WorkspaceLicense::Unknown << false << true;
    QTest::newRow("workspaces license") << WorkspaceLicense::BasicWorkspace << true << false;
    QTest::newRow("not on Webex Calling") << WorkspaceLicense::NotWebexCalling << true << false;
}

void TestBulkChecks::license()
{
    QFETCH(WorkspaceLicense, license);
    QFETCH(bool, refused);
    QFETCH(bool, warned);
    QString warning;
    const QString problem = BulkChecks::licenseProblem(license, &warning);
    QCOMPARE(!problem.isEmpty(), refused);
    QCOMPARE(!warning.isEmpty(), warned);
    if (refused)
        QVERIFY2(problem.contains(QLatin1String("Professional")), qPrintable(problem));
}

void TestBulkChecks::schedule_data()
{
    const QList<ScheduleEntry> location{
        {QStringLiteral("Office Hours"), ScheduleType::BusinessHours},
        {QStringLiteral("Holidays"), ScheduleType::Holidays}};
    QTest::addColumn<QList<ScheduleEntry>>("schedules");
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("type"); // -1: any type
    QTest::addColumn<QString>("problem");
    QTest::newRow("by name and type") << location << QStringLiteral("Office Hours")
                                      << int(ScheduleType::BusinessHours) << QString();
    QTest::newRow("by name, any type") << location << QStringLiteral("Holidays") << -1 << QString();
    QTest::newRow("spaces around the name")
        << location << QStringLiteral(" Holidays ") << int(ScheduleType::Holidays) << QString();
    QTest::newRow("the name, another type")
        << location << QStringLiteral("Holidays") << int(ScheduleType::BusinessHours)
        << QStringLiteral("Its location has a schedule \"Holidays\", but not of the chosen type.");
    QTest::newRow("missing") << location << QStringLiteral("Night") << -1
                             << QStringLiteral("Its location has no schedule \"Night\".");
    QTest::newRow("a location without schedules")
        << QList<ScheduleEntry>() << QStringLiteral("Night") << -1
        << QStringLiteral("Its location has no schedule \"Night\".");
}

void TestBulkChecks::schedule()
{
    QFETCH(QList<ScheduleEntry>, schedules);
    QFETCH(QString, name);
    QFETCH(int, type);
    QFETCH(QString, problem);
    Schedule wanted;
    wanted.name = name;
    if (type >= 0)
        wanted.type = ScheduleType(type);
    QCOMPARE(BulkChecks::scheduleProblem(schedules, wanted), problem);
}

void TestBulkChecks::alike_data()
{
    SequentialRingSettings settings;
    settings.criteria = {{QStringLiteral("C1"), QStringLiteral("Office Hours"), false, true},
                         {QStringLiteral("C2"), QString(), true, true},
                         {QStringLiteral("C3"), QStringLiteral("Office Hours "), true, false}};
    QTest::addColumn<SequentialRingSettings>("settings");
    QTest::addColumn<QString>("schedule"); // empty: all hours
    QTest::addColumn<bool>("anyNumber");
    QTest::addColumn<QString>("alike");
    QTest::newRow("all hours, any number") << settings << QString() << true << QStringLiteral("C2");
    QTest::newRow("schedule, chosen numbers")
        << settings << QStringLiteral("Office Hours") << false << QStringLiteral("C1");
    QTest::newRow("schedule, any number (trimmed)")
        << settings << QStringLiteral("Office Hours") << true << QStringLiteral("C3");
    QTest::newRow("all hours, chosen numbers: none") << settings << QString() << false << QString();
    QTest::newRow("no criteria") << SequentialRingSettings() << QString() << true << QString();
}

void TestBulkChecks::alike()
{
    QFETCH(SequentialRingSettings, settings);
    QFETCH(QString, schedule);
    QFETCH(bool, anyNumber);
    QFETCH(QString, alike);
    Criteria criteria;
    criteria.callsFrom = anyNumber ? CallsFrom::AnyPhoneNumber : CallsFrom::SelectPhoneNumbers;
    if (!schedule.isEmpty()) {
        criteria.schedule = Schedule();
        criteria.schedule->name = schedule;
    }
    QCOMPARE(BulkChecks::alike(settings, criteria), alike);
}

QTEST_GUILESS_MAIN(TestBulkChecks)
#include "tst_bulkchecks.moc"
