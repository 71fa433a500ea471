// The sandbox's schedules with their events (GET …/schedules/{type}/{id}), the locations'
// time zones, and the schedules --generate-workspaces gives its locations, over loopback HTTP.
#include "app/sandbox/sandboxserver.h"
#include "tests/common/sandboxfixture.h"
#include "tests/sandbox/sandboxhttp.h"

#include <QJsonArray>
#include <QTest>
#include <memory>

using namespace sandboxtest;
using seqring::sandbox::SandboxServer;

// Reads location schedules with their events.
class TestSandboxSchedules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void scheduleWithEvents();
    void listLeavesEventsOut();
    void refusalsAndUnknowns_data();
    void refusalsAndUnknowns();
    void demoHasTwoTimeZonesAndItsHolidays();
    void generatedLocationsHaveEvents();

private:
    // The path of `location`'s schedule named `name`, read from the list.
    QString detailPath(const QString &location, const QString &name);

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<HttpClient> m_http;
};

void TestSandboxSchedules::init()
{
    m_server = std::make_unique<SandboxServer>();
    QVERIFY(m_server->start());
    m_http = std::make_unique<HttpClient>(m_server->apiRoot(), m_server->demoToken());
}

void TestSandboxSchedules::cleanup()
{
    m_http.reset();
    m_server.reset();
}

QString TestSandboxSchedules::detailPath(const QString &location, const QString &name)
{
    const QString list =
        QLatin1String("/telephony/config/locations/") + location + QLatin1String("/schedules");
    const QJsonArray schedules =
        m_http->send("GET", list).json().value(QLatin1String("schedules")).toArray();
    for (const QJsonValue &schedule : schedules) {
        if (schedule[QLatin1String("name")].toString() == name)
            return list + QLatin1Char('/') + schedule[QLatin1String("type")].toString() +
                   QLatin1Char('/') + schedule[QLatin1String("id")].toString();
    }
    return {};
}

void TestSandboxSchedules::scheduleWithEvents()
{
    const QString path = detailPath(londonLocation(), QStringLiteral("Business Vacation"));
    QVERIFY(!path.isEmpty());
    const HttpResult result = m_http->send("GET", path);
    QCOMPARE(result.status, 200);
    const QJsonObject schedule = result.json();
    QCOMPARE(schedule.keys(), (QStringList{QStringLiteral("events"), QStringLiteral("id"),
                                           QStringLiteral("name"), QStringLiteral("type")}));
    QCOMPARE(schedule.value(QLatin1String("type")).toString(), QStringLiteral("holidays"));
    const QJsonArray events = schedule.value(QLatin1String("events")).toArray();
    QCOMPARE(events.size(), 4);
    const QJsonObject christmas = events.at(0).toObject();
    QCOMPARE(christmas.value(QLatin1String("name")).toString(), QStringLiteral("Christmas Day"));
    QCOMPARE(christmas[QLatin1String("recurrence")][QLatin1String("recurYearlyByDate")]
                      [QLatin1String("dayOfMonth")]
                          .toInt(),
             25);
    QVERIFY(!christmas.value(QLatin1String("id")).toString().isEmpty());
    // The one-off office move spans three days.
    const QJsonObject move = events.at(3).toObject();
    QCOMPARE(move.value(QLatin1String("startDate")).toString(), QStringLiteral("2026-08-05"));
    QCOMPARE(move.value(QLatin1String("endDate")).toString(), QStringLiteral("2026-08-07"));
}

void TestSandboxSchedules::listLeavesEventsOut()
{
    const HttpResult list = m_http->send("GET", QLatin1String("/telephony/config/locations/") +
                                                    londonLocation() + QLatin1String("/schedules"));
    QCOMPARE(list.status, 200);
    const QJsonArray schedules = list.json().value(QLatin1String("schedules")).toArray();
    QCOMPARE(schedules.size(), 2);
    for (const QJsonValue &schedule : schedules)
        QVERIFY(!schedule.toObject().contains(QLatin1String("events")));
}

void TestSandboxSchedules::refusalsAndUnknowns_data()
{
    QTest::addColumn<QString>("token");  // demo, noTelephony, otherOrg
    QTest::addColumn<QString>("change"); // what to change in the path
    QTest::addColumn<int>("status");
    QTest::newRow("no telephony scope") << "noTelephony"
                                        << "" << 403;
    QTest::newRow("another organisation") << "otherOrg"
                                          << "" << 404;
    QTest::newRow("unknown schedule") << "demo"
                                      << "id" << 404;
    QTest::newRow("wrong type") << "demo"
                                << "type" << 404;
    QTest::newRow("no such type") << "demo"
                                  << "badType" << 400;
    QTest::newRow("unknown location") << "demo"
                                      << "location" << 404;
}

void TestSandboxSchedules::refusalsAndUnknowns()
{
    QFETCH(QString, token);
    QFETCH(QString, change);
    QFETCH(int, status);
    QString path = detailPath(londonLocation(), QStringLiteral("London Business Hours"));
    QVERIFY(!path.isEmpty());
    if (change == QLatin1String("id"))
        path += QLatin1String("X");
    else if (change == QLatin1String("type"))
        path.replace(QLatin1String("/businessHours/"), QLatin1String("/holidays/"));
    else if (change == QLatin1String("badType"))
        path.replace(QLatin1String("/businessHours/"), QLatin1String("/weekly/"));
    else if (change == QLatin1String("location"))
        path.replace(londonLocation(), QLatin1String("nowhere"));
    if (token == QLatin1String("noTelephony"))
        m_http->setToken(m_server->noTelephonyToken());
    else if (token == QLatin1String("otherOrg"))
        m_http->setToken(m_server->otherOrgToken());
    const HttpResult result = m_http->send("GET", path);
    QCOMPARE(result.status, status);
    if (status == 403)
        QVERIFY(result.message().contains(QLatin1String("spark-admin:telephony_config_read")));
}

void TestSandboxSchedules::demoHasTwoTimeZonesAndItsHolidays()
{
    const HttpResult london = m_http->send("GET", QLatin1String("/locations/") + londonLocation());
    QCOMPARE(london.json().value(QLatin1String("timeZone")).toString(),
             QStringLiteral("Europe/London"));
    const HttpResult sanJose =
        m_http->send("GET", QLatin1String("/locations/") + sanJoseLocation());
    QCOMPARE(sanJose.json().value(QLatin1String("timeZone")).toString(),
             QStringLiteral("America/Los_Angeles"));
    const QJsonArray federal =
        m_http->send("GET", detailPath(sanJoseLocation(), QStringLiteral("US Federal Holidays")))
            .json()
            .value(QLatin1String("events"))
            .toArray();
    QStringList weeks;
    for (const QJsonValue &event : federal) {
        const QJsonObject byDay =
            event[QLatin1String("recurrence")][QLatin1String("recurYearlyByDay")].toObject();
        if (!byDay.isEmpty())
            weeks.append(byDay.value(QLatin1String("week")).toString());
    }
    QCOMPARE(weeks, (QStringList{QStringLiteral("LAST"), QStringLiteral("FOURTH")}));
    const HttpResult lunch =
        m_http->send("GET", detailPath(sanJoseLocation(), QStringLiteral("San Jose Lunch Break")));
    QCOMPARE(lunch.status, 200);
    QCOMPARE(lunch.json().value(QLatin1String("events")).toArray().size(), 1);
}

void TestSandboxSchedules::generatedLocationsHaveEvents()
{
    QJsonObject doc = m_server->data();
    doc.insert(QLatin1String("schedules"), QJsonArray()); // locations without schedules
    QVERIFY(m_server->loadData(QJsonDocument(doc).toJson()));
    QVERIFY(m_server->generateWorkspaces(3));
    for (const QString &location : {londonLocation(), sanJoseLocation()}) {
        const QString list =
            QLatin1String("/telephony/config/locations/") + location + QLatin1String("/schedules");
        const QJsonArray schedules =
            m_http->send("GET", list).json().value(QLatin1String("schedules")).toArray();
        QCOMPARE(schedules.size(), 2);
        for (const QJsonValue &schedule : schedules) {
            const HttpResult detail = m_http->send(
                "GET", list + QLatin1Char('/') + schedule[QLatin1String("type")].toString() +
                           QLatin1Char('/') + schedule[QLatin1String("id")].toString());
            QCOMPARE(detail.status, 200);
            QVERIFY(!detail.json().value(QLatin1String("events")).toArray().isEmpty());
        }
    }
}

QTEST_GUILESS_MAIN(TestSandboxSchedules)
#include "tst_sandboxschedules.moc"
