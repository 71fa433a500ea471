// CallScenarioReader against the sandbox: a whole read, the schedules alone, and every way a
// read can fail (missing scope, 404, 500, garbage, timeout), each ending in one answer.
#include "app/client/apiclient.h"
#include "app/client/apijob.h"
#include "app/client/callscenarioreader.h"
#include "models/callrules.h"
#include "tests/common/lookupfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>

using namespace seqring;
using namespace sandboxtest;

// Reads what a call test needs of a workspace.
class TestCallScenarioReader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void readsLondonReception();
    void readsTheSchedulesAlone();
    void missingScopeOnTheScheduleReadIsNamed();
    void missingScopeOnTheScheduleListIsNamed();
    void malformedEventIsNamedAndLeftOut();
    void serverErrorEndsTheRead_data();
    void serverErrorEndsTheRead();
    void removedScheduleIsAWarning();
    void garbageEndsTheRead();
    void timeoutEndsTheRead();
    void unknownWorkspaceEndsTheRead();
    void replacedReadFinishesOnce();
    void senderCarriesTheRequests();

private:
    // Reads and waits for the one answer.
    CallScenarioData readOnce(const QString &workspaceId);
    QString schedulePath(const QString &type, int index) const;

    test::LookupFixture m_fx;
};

void TestCallScenarioReader::init()
{
    QVERIFY(m_fx.start());
}

void TestCallScenarioReader::cleanup()
{
    m_fx.stop();
}

CallScenarioData TestCallScenarioReader::readOnce(const QString &workspaceId)
{
    CallScenarioReader reader(m_fx.client.get());
    QSignalSpy finished(&reader, &CallScenarioReader::finished);
    reader.read(m_fx.context({}, workspaceId));
    if (!reader.isBusy() || !finished.wait(10000))
        return {};
    QTest::qWait(50); // nothing more comes
    if (finished.size() != 1 || reader.isBusy())
        return {};
    return finished.first().at(0).value<CallScenarioData>();
}

// The path of the London schedule at `index` of the demo data's schedules.
QString TestCallScenarioReader::schedulePath(const QString &type, int index) const
{
    const QJsonObject schedule =
        m_fx.server->data().value(QLatin1String("schedules")).toArray().at(index).toObject();
    return QLatin1String("/v1/telephony/config/locations/") + londonLocation() +
           QLatin1String("/schedules/") + type + QLatin1Char('/') +
           schedule.value(QLatin1String("id")).toString();
}

void TestCallScenarioReader::readsLondonReception()
{
    const CallScenarioData data = readOnce(londonReception());
    QVERIFY2(data.error.isEmpty(), qPrintable(data.error));
    QVERIFY2(data.warnings.isEmpty(), qPrintable(data.warnings.join(QLatin1Char('|'))));
    QCOMPARE(data.workspaceId, londonReception());
    QCOMPARE(data.workspaceName, QStringLiteral("London - Reception"));
    QCOMPARE(data.locationId, londonLocation());
    QCOMPARE(data.locationName, QStringLiteral("London"));
    QCOMPARE(data.timeZone, QStringLiteral("Europe/London"));
    QVERIFY(data.settings.enabled);
    QCOMPARE(data.criteria.size(), 1);
    QCOMPARE(data.criteria.first().id, seededCriteria());
    QCOMPARE(data.criteria.first().criteria.schedule->name,
             QStringLiteral("London Business Hours"));
    QCOMPARE(data.schedules.size(), 2);
    QCOMPARE(data.schedules.at(0).name, QStringLiteral("London Business Hours"));
    QCOMPARE(data.schedules.at(0).events.size(), 1);
    QCOMPARE(data.schedules.at(1).name, QStringLiteral("Business Vacation"));
    QCOMPARE(data.schedules.at(1).type, ScheduleType::Holidays);
    QCOMPARE(data.schedules.at(1).events.size(), 4);
    QCOMPARE(m_fx.received(QStringLiteral("/criteria/") + seededCriteria()).size(), 1);

    // What the data decides: Christmas Day is a holiday, and a Friday in office hours.
    const QDateTime christmas = LocalClock::wall(QDate(2026, 12, 25), QTime(10, 0));
    QVERIFY(CallRules::inEffect(data.schedules.at(1), christmas));
    QVERIFY(CallRules::inEffect(data.schedules.at(0), christmas));
    QVERIFY(!CallRules::inEffect(data.schedules.at(1),
                                 LocalClock::wall(QDate(2026, 12, 24), QTime(10, 0))));
    CallScenario scenario;
    scenario.settings = data.settings;
    scenario.criteria = data.criteria;
    scenario.schedules = data.schedules;
    scenario.caller = {Caller::Kind::Private, {}};
    scenario.localTime = christmas;
    const CallOutcome outcome = CallRules::decide(scenario);
    QCOMPARE(outcome.reason, CallReason::RingCriteria);
    QCOMPARE(outcome.decidingCriteriaId, seededCriteria());
}

void TestCallScenarioReader::readsTheSchedulesAlone()
{
    CallScenarioReader reader(m_fx.client.get());
    QSignalSpy finished(&reader, &CallScenarioReader::finished);
    reader.readSchedules(m_fx.context(), sanJoseLocation());
    QVERIFY(finished.wait(10000));
    const auto data = finished.first().at(0).value<CallScenarioData>();
    QVERIFY2(data.error.isEmpty(), qPrintable(data.error));
    QCOMPARE(data.timeZone, QStringLiteral("America/Los_Angeles"));
    QCOMPARE(data.locationName, QStringLiteral("San Jose"));
    QStringList names;
    for (const LocationSchedule &schedule : data.schedules)
        names.append(schedule.name);
    QCOMPARE(names, (QStringList{QStringLiteral("San Jose Office Hours"),
                                 QStringLiteral("US Federal Holidays"),
                                 QStringLiteral("San Jose Lunch Break")}));
    QVERIFY(data.workspaceId.isEmpty() && data.criteria.isEmpty());
    QVERIFY(m_fx.received(QStringLiteral("/sequentialRing")).isEmpty());
}

void TestCallScenarioReader::missingScopeOnTheScheduleReadIsNamed()
{
    m_fx.server->setFaultPath(schedulePath(QStringLiteral("holidays"), 1));
    m_fx.server->forceStatus(403);
    const CallScenarioData data = readOnce(londonReception());
    QVERIFY2(data.error.contains(QLatin1String("(403)")), qPrintable(data.error));
    QVERIFY(data.error.contains(QLatin1String("spark-admin:telephony_config_read")));
    QVERIFY(data.error.contains(QLatin1String("Business Vacation")));
    QVERIFY(data.schedules.isEmpty() && data.criteria.isEmpty());
}

void TestCallScenarioReader::missingScopeOnTheScheduleListIsNamed()
{
    CallScenarioReader reader(m_fx.client.get());
    QSignalSpy finished(&reader, &CallScenarioReader::finished);
    reader.read(m_fx.context(m_fx.server->noTelephonyToken(), londonReception()));
    QVERIFY(finished.wait(10000));
    const QString error = finished.first().at(0).value<CallScenarioData>().error;
    QVERIFY2(error.contains(QLatin1String("spark-admin:telephony_config_read")), qPrintable(error));
}

void TestCallScenarioReader::malformedEventIsNamedAndLeftOut()
{
    QJsonObject doc = m_fx.server->data();
    QJsonArray schedules = doc.value(QLatin1String("schedules")).toArray();
    QJsonObject vacation = schedules.at(1).toObject();
    QJsonArray events = vacation.value(QLatin1String("events")).toArray();
    events.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("Late party")},
                              {QStringLiteral("startDate"), QStringLiteral("2026-12-31")},
                              {QStringLiteral("endDate"), QStringLiteral("2026-12-31")},
                              {QStringLiteral("startTime"), QStringLiteral("25:00")},
                              {QStringLiteral("endTime"), QStringLiteral("26:00")}});
    vacation.insert(QLatin1String("events"), events);
    schedules.replace(1, vacation);
    doc.insert(QLatin1String("schedules"), schedules);
    QVERIFY(m_fx.server->loadData(QJsonDocument(doc).toJson()));

    const CallScenarioData data = readOnce(londonReception());
    QVERIFY2(data.error.isEmpty(), qPrintable(data.error));
    QCOMPARE(data.warnings.size(), 1);
    const QString warning = data.warnings.first();
    QVERIFY2(warning.contains(QLatin1String("Business Vacation")), qPrintable(warning));
    QVERIFY2(warning.contains(QLatin1String("Late party")), qPrintable(warning));
    QVERIFY2(warning.contains(QLatin1String("25:00")), qPrintable(warning));
    QCOMPARE(data.schedules.at(1).events.size(), 4); // the other four are read
}

void TestCallScenarioReader::serverErrorEndsTheRead_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("named");
    const QString ring = QLatin1String("/v1") + settingsPath(londonReception());
    QTest::newRow("workspace") << QStringLiteral("/v1/workspaces/") + londonReception()
                               << QStringLiteral("the workspace");
    QTest::newRow("settings") << ring << QStringLiteral("the sequential ring settings");
    QTest::newRow("criteria") << ring + QLatin1String("/criteria/") + seededCriteria()
                              << QStringLiteral("the criteria");
    QTest::newRow("location") << QStringLiteral("/v1/locations/") + londonLocation()
                              << QStringLiteral("the location");
    QTest::newRow("schedule list") << QStringLiteral("/v1/telephony/config/locations/") +
                                          londonLocation() + QLatin1String("/schedules")
                                   << QStringLiteral("the location's schedules");
    QTest::newRow("schedule") << QString() << QStringLiteral("London Business Hours");
}

void TestCallScenarioReader::serverErrorEndsTheRead()
{
    QFETCH(QString, path);
    QFETCH(QString, named);
    m_fx.server->setFaultPath(path.isEmpty() ? schedulePath(QStringLiteral("businessHours"), 0)
                                             : path);
    m_fx.server->forceStatus(500, 20);
    const CallScenarioData data = readOnce(londonReception());
    QVERIFY2(data.error.contains(named), qPrintable(data.error));
    QVERIFY2(data.error.contains(QLatin1String("500")), qPrintable(data.error));
}

void TestCallScenarioReader::removedScheduleIsAWarning()
{
    m_fx.server->setFaultPath(schedulePath(QStringLiteral("holidays"), 1));
    m_fx.server->forceStatus(404);
    const CallScenarioData data = readOnce(londonReception());
    QVERIFY2(data.error.isEmpty(), qPrintable(data.error));
    QCOMPARE(data.schedules.size(), 1);
    QCOMPARE(data.warnings.size(), 1);
    QVERIFY(data.warnings.first().contains(QLatin1String("Business Vacation")));
}

void TestCallScenarioReader::garbageEndsTheRead()
{
    m_fx.server->sendMalformedReplies(1);
    const CallScenarioData data = readOnce(londonReception());
    QVERIFY2(data.error.contains(QLatin1String("the workspace")), qPrintable(data.error));
}

void TestCallScenarioReader::timeoutEndsTheRead()
{
    m_fx.client->setTransferTimeout(200);
    m_fx.server->setLatency(2000);
    const CallScenarioData data = readOnce(londonReception());
    QVERIFY2(!data.error.isEmpty(), "a read that times out ends with an error");
}

void TestCallScenarioReader::unknownWorkspaceEndsTheRead()
{
    const CallScenarioData data = readOnce(QStringLiteral("no-such-workspace"));
    QVERIFY2(data.error.contains(QLatin1String("404")), qPrintable(data.error));
}

void TestCallScenarioReader::replacedReadFinishesOnce()
{
    CallScenarioReader reader(m_fx.client.get());
    QSignalSpy finished(&reader, &CallScenarioReader::finished);
    reader.read(m_fx.context({}, londonReception()));
    reader.read(m_fx.context({}, londonBoardroom()));
    QVERIFY(finished.wait(10000));
    QTest::qWait(100);
    QCOMPARE(finished.size(), 1);
    const auto data = finished.first().at(0).value<CallScenarioData>();
    QCOMPARE(data.workspaceName, QStringLiteral("London - Boardroom"));
    QVERIFY(data.criteria.isEmpty());

    reader.read(m_fx.context({}, londonReception()));
    reader.cancel();
    QVERIFY(!reader.isBusy());
    QTest::qWait(200);
    QCOMPARE(finished.size(), 1);
}

void TestCallScenarioReader::senderCarriesTheRequests()
{
    int sent = 0;
    ApiClient *client = m_fx.client.get();
    CallScenarioReader reader(client);
    reader.setSender([&sent, client](const HttpRequestSpec &spec, QObject *receiver,
                                     std::function<void(const ApiResult &)> done) {
        ++sent;
        ApiJob *job = client->send(spec);
        QObject::connect(job, &ApiJob::finished, receiver, done);
    });
    QSignalSpy finished(&reader, &CallScenarioReader::finished);
    reader.read(m_fx.context({}, londonReception()));
    QVERIFY(finished.wait(10000));
    const auto data = finished.first().at(0).value<CallScenarioData>();
    QVERIFY2(data.error.isEmpty(), qPrintable(data.error));
    // workspace, settings, criteria, location, schedule list, two schedules
    QCOMPARE(sent, 7);
    QCOMPARE(m_fx.server->receivedRequests().size(), 7);
}

QTEST_GUILESS_MAIN(TestCallScenarioReader)
#include "tst_callscenarioreader.moc"
