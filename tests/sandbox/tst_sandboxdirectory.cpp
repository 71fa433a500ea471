// The sandbox's directory endpoints (workspaces, schedules, licenses, people/me), tracking IDs
// and the --state file, over loopback HTTP.
#include "app/sandbox/sandboxserver.h"
#include "tests/common/sandboxfixture.h"
#include "tests/sandbox/sandboxhttp.h"

#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace sandboxtest;
using seqring::sandbox::SandboxServer;

namespace
{

QStringList names(const QJsonArray &items, const char *key = "displayName")
{
    QStringList result;
    for (const QJsonValue &item : items)
        result.append(item.toObject().value(QLatin1String(key)).toString());
    return result;
}

QString nextLink(const HttpResult &result)
{
    static const QRegularExpression link(QStringLiteral("^<([^>]+)>; rel=\"next\"$"));
    return link.match(QString::fromLatin1(result.header("Link"))).captured(1);
}

} // namespace

// Reads workspaces, schedules, licenses and people/me over HTTP.
class TestSandboxDirectory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void workspacesSearch_data();
    void workspacesSearch();
    void workspacesPaging();
    void workspaceById();
    void schedules();
    void licenses();
    void locations();
    void peopleMe();
    void trackingId();
    void stateFile();

private:
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<HttpClient> m_http;
};

void TestSandboxDirectory::init()
{
    m_server = std::make_unique<SandboxServer>();
    QVERIFY(m_server->start());
    m_http = std::make_unique<HttpClient>(m_server->apiRoot(), m_server->demoToken());
}

void TestSandboxDirectory::cleanup()
{
    m_http.reset();
    m_server.reset();
}

void TestSandboxDirectory::workspacesSearch_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("expected");
    const QStringList london{QStringLiteral("London - Reception"),
                             QStringLiteral("London - Boardroom"),
                             QStringLiteral("London - Kitchen Phone")};
    const QStringList sanJose{QStringLiteral("San Jose - Lobby Phone"),
                              QStringLiteral("San Jose - Huddle 2"),
                              QStringLiteral("San Jose - Training Room")};
    QTest::newRow("all") << QString() << london + sanJose;
    QTest::newRow("displayName, any case") << QStringLiteral("displayName=lONDON") << london;
    QTest::newRow("displayName substring")
        << QStringLiteral("displayName=phone") << QStringList{london.at(2), sanJose.at(0)};
    QTest::newRow("displayName with a space")
        << QStringLiteral("displayName=huddle%202") << QStringList{sanJose.at(1)};
    QTest::newRow("locationId") << QLatin1String("locationId=") + sanJoseLocation() << sanJose;
    QTest::newRow("both") << QLatin1String("displayName=room&locationId=") + londonLocation()
                          << QStringList{london.at(1)};
    QTest::newRow("nothing") << QStringLiteral("displayName=Paris") << QStringList();
}

void TestSandboxDirectory::workspacesSearch()
{
    QFETCH(QString, query);
    QFETCH(QStringList, expected);
    const HttpResult result = m_http->send("GET", QLatin1String("/workspaces?") + query);
    QCOMPARE(result.status, 200);
    const QJsonArray items = result.json().value(QLatin1String("items")).toArray();
    QCOMPARE(names(items), expected);
    QVERIFY(result.header("Link").isEmpty());
    for (const QJsonValue &item : items) {
        const QJsonObject workspace = item.toObject();
        QCOMPARE(workspace.value(QLatin1String("orgId")).toString(), m_server->demoOrgId());
        QVERIFY(
            workspace.value(QLatin1String("calling")).toObject().contains(QLatin1String("type")));
    }
}

void TestSandboxDirectory::workspacesPaging()
{
    QStringList seen;
    QString url = QStringLiteral("/workspaces?max=2");
    QList<int> pageSizes;
    while (!url.isEmpty()) {
        const HttpResult page = m_http->send("GET", url);
        QCOMPARE(page.status, 200);
        const QJsonArray items = page.json().value(QLatin1String("items")).toArray();
        pageSizes.append(items.size());
        seen += names(items);
        url = nextLink(page);
        if (!url.isEmpty())
            QVERIFY2(url.startsWith(m_server->apiRoot() + QLatin1String("/workspaces?")),
                     qPrintable(url));
        QVERIFY(pageSizes.size() < 10);
    }
    QCOMPARE(pageSizes, (QList<int>{2, 2, 2}));
    QCOMPARE(QSet<QString>(seen.begin(), seen.end()).size(), 6);

    const HttpResult filtered =
        m_http->send("GET", QStringLiteral("/workspaces?displayName=london&max=1&start=1"));
    QCOMPARE(names(filtered.json().value(QLatin1String("items")).toArray()),
             QStringList{QStringLiteral("London - Boardroom")});
    const QString next = nextLink(filtered);
    QVERIFY(next.contains(QLatin1String("displayName=london")));
    QVERIFY(next.contains(QLatin1String("start=2")));
    QVERIFY(next.contains(QLatin1String("max=1")));

    const HttpResult bad = m_http->send("GET", QStringLiteral("/workspaces?max=zero"));
    QCOMPARE(bad.status, 400);
    QVERIFY(bad.message().contains(QLatin1String("\"max\"")));
    QVERIFY(bad.message().contains(QLatin1String("zero")));
}

void TestSandboxDirectory::workspaceById()
{
    const HttpResult result = m_http->send("GET", QLatin1String("/workspaces/") + londonKitchen());
    QCOMPARE(result.status, 200);
    const QJsonObject workspace = result.json();
    QCOMPARE(workspace.value(QLatin1String("id")).toString(), londonKitchen());
    QCOMPARE(workspace.value(QLatin1String("locationId")).toString(), londonLocation());
    const QJsonObject calling = workspace.value(QLatin1String("calling")).toObject();
    QCOMPARE(calling.value(QLatin1String("type")).toString(), QStringLiteral("webexCalling"));
    QCOMPARE(calling.value(QLatin1String("webexCalling"))
                 .toObject()
                 .value(QLatin1String("licenses"))
                 .toArray()
                 .size(),
             1);
}

void TestSandboxDirectory::schedules()
{
    const QString path = QLatin1String("/telephony/config/locations/") + londonLocation() +
                         QLatin1String("/schedules");
    const HttpResult result = m_http->send("GET", path);
    QCOMPARE(result.status, 200);
    const QJsonArray schedules = result.json().value(QLatin1String("schedules")).toArray();
    QCOMPARE(names(schedules, "name"), (QStringList{QStringLiteral("London Business Hours"),
                                                    QStringLiteral("Business Vacation")}));
    const QJsonObject vacation = schedules.at(1).toObject();
    QCOMPARE(vacation.value(QLatin1String("type")).toString(), QStringLiteral("holidays"));
    QCOMPARE(vacation.value(QLatin1String("locationName")).toString(), QStringLiteral("London"));
    QCOMPARE(vacation.value(QLatin1String("locationId")).toString(), londonLocation());
    QVERIFY(!vacation.value(QLatin1String("id")).toString().isEmpty());

    const HttpResult first = m_http->send("GET", path + QLatin1String("?max=1"));
    QCOMPARE(first.json().value(QLatin1String("schedules")).toArray().size(), 1);
    const HttpResult second = m_http->send("GET", nextLink(first));
    QCOMPARE(names(second.json().value(QLatin1String("schedules")).toArray(), "name"),
             QStringList{QStringLiteral("Business Vacation")});
    QVERIFY(second.header("Link").isEmpty());

    const HttpResult holidays = m_http->send("GET", path + QLatin1String("?type=holidays"));
    QCOMPARE(names(holidays.json().value(QLatin1String("schedules")).toArray(), "name"),
             QStringList{QStringLiteral("Business Vacation")});
    const HttpResult byName =
        m_http->send("GET", path + QLatin1String("?name=London%20Business%20Hours"));
    QCOMPARE(byName.json().value(QLatin1String("schedules")).toArray().size(), 1);

    QCOMPARE(
        m_http->send("GET", QStringLiteral("/telephony/config/locations/nowhere/schedules")).status,
        404);
    m_http->setToken(m_server->otherOrgToken());
    QCOMPARE(m_http->send("GET", path).status, 404);
}

void TestSandboxDirectory::licenses()
{
    const HttpResult result = m_http->send("GET", QStringLiteral("/licenses"));
    QCOMPARE(result.status, 200);
    const QStringList licenseNames =
        names(result.json().value(QLatin1String("items")).toArray(), "name");
    QVERIFY(licenseNames.contains(QLatin1String("Webex Calling - Professional")));
    QVERIFY(licenseNames.contains(QLatin1String("Webex Calling - Workspaces")));
    QCOMPARE(licenseNames.count(QLatin1String("Webex Calling - Professional")),
             1); // not the other org's
    const QJsonObject first =
        result.json().value(QLatin1String("items")).toArray().first().toObject();
    QVERIFY(first.value(QLatin1String("id"))
                .toString()
                .startsWith(QLatin1String("Y2lzY29zcGFyazovL3VzL0xJQ0VOU0")));
    QVERIFY(first.contains(QLatin1String("totalUnits")));
    const QString query = QLatin1String("/licenses?orgId=") + m_server->otherOrgId();
    QCOMPARE(m_http->send("GET", query).status, 403);
}

void TestSandboxDirectory::locations()
{
    const HttpResult all = m_http->send("GET", QStringLiteral("/locations"));
    QCOMPARE(all.status, 200);
    const QJsonArray items = all.json().value(QLatin1String("items")).toArray();
    QCOMPARE(names(items, "name"),
             (QStringList{QStringLiteral("London"), QStringLiteral("San Jose")})); // not Lyon
    const QJsonObject london = items.first().toObject();
    QCOMPARE(london.value(QLatin1String("id")).toString(), londonLocation());
    QCOMPARE(london.value(QLatin1String("orgId")).toString(), m_server->demoOrgId());
    QCOMPARE(london.value(QLatin1String("address")).toObject().value(QLatin1String("city")),
             QJsonValue(QStringLiteral("London")));

    const HttpResult first = m_http->send("GET", QStringLiteral("/locations?max=1"));
    QCOMPARE(names(first.json().value(QLatin1String("items")).toArray(), "name"),
             QStringList{QStringLiteral("London")});
    QCOMPARE(
        names(m_http->send("GET", nextLink(first)).json().value(QLatin1String("items")).toArray(),
              "name"),
        QStringList{QStringLiteral("San Jose")});
    QCOMPARE(names(m_http->send("GET", QStringLiteral("/locations?name=san"))
                       .json()
                       .value(QLatin1String("items"))
                       .toArray(),
                   "name"),
             QStringList{QStringLiteral("San Jose")});

    const HttpResult one = m_http->send("GET", QLatin1String("/locations/") + sanJoseLocation());
    QCOMPARE(one.status, 200);
    QCOMPARE(one.json().value(QLatin1String("name")).toString(), QStringLiteral("San Jose"));
    QCOMPARE(m_http->send("GET", QStringLiteral("/locations/nowhere")).status, 404);

    // Either read scope is enough: the token without telephony_config_read reads them too.
    m_http->setToken(m_server->noTelephonyToken());
    QCOMPARE(m_http->send("GET", QStringLiteral("/locations")).status, 200);
    const QString schedules = QLatin1String("/telephony/config/locations/") + londonLocation() +
                              QLatin1String("/schedules");
    const HttpResult refused = m_http->send("GET", schedules);
    QCOMPARE(refused.status, 403);
    QVERIFY(refused.message().contains(QLatin1String("spark-admin:telephony_config_read")));
    // Another organisation's location is not found.
    m_http->setToken(m_server->otherOrgToken());
    QCOMPARE(m_http->send("GET", QLatin1String("/locations/") + londonLocation()).status, 404);
    QCOMPARE(names(m_http->send("GET", QStringLiteral("/locations"))
                       .json()
                       .value(QLatin1String("items"))
                       .toArray(),
                   "name"),
             QStringList{QStringLiteral("Lyon")});
}

void TestSandboxDirectory::peopleMe()
{
    HttpResult me = m_http->send("GET", QStringLiteral("/people/me"));
    QCOMPARE(me.status, 200);
    QCOMPARE(me.json().value(QLatin1String("displayName")).toString(),
             QStringLiteral("Alex Admin"));
    QCOMPARE(me.json().value(QLatin1String("orgId")).toString(), m_server->demoOrgId());
    m_http->setToken(m_server->readOnlyToken());
    me = m_http->send("GET", QStringLiteral("/people/me"));
    QCOMPARE(me.json().value(QLatin1String("displayName")).toString(),
             QStringLiteral("Riley Reader"));
    m_http->setToken(QStringLiteral("sandbox-nobody"));
    QCOMPARE(m_http->send("GET", QStringLiteral("/people/me")).status, 401);
}

void TestSandboxDirectory::trackingId()
{
    const QList<QPair<QByteArray, QByteArray>> tracking{
        {QByteArrayLiteral("TrackingID"), QByteArrayLiteral("SEQRING_test-1234")}};
    const HttpResult error = m_http->send("POST", criteriaPath(londonReception()), "{}", tracking);
    QCOMPARE(error.status, 400);
    QCOMPARE(error.header("trackingid"), QByteArrayLiteral("SEQRING_test-1234"));
    QCOMPARE(error.json().value(QLatin1String("trackingId")).toString(),
             QStringLiteral("SEQRING_test-1234"));
    const HttpResult ok = m_http->send("GET", QStringLiteral("/people/me"), {}, tracking);
    QCOMPARE(ok.header("trackingid"), QByteArrayLiteral("SEQRING_test-1234"));

    const HttpResult generated = m_http->send("GET", QStringLiteral("/workspaces/unknown"));
    QCOMPARE(generated.status, 404);
    QVERIFY(QRegularExpression(QStringLiteral("^SANDBOX_[0-9a-f-]{36}$"))
                .match(generated.json().value(QLatin1String("trackingId")).toString())
                .hasMatch());
    QCOMPARE(generated.header("trackingid"),
             generated.json().value(QLatin1String("trackingId")).toString().toLatin1());
    QCOMPARE(m_server->receivedRequests().first().header("trackingid"),
             QByteArrayLiteral("SEQRING_test-1234"));
}

void TestSandboxDirectory::stateFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("state.json"));
    QString id;
    {
        SandboxServer first;
        QString error;
        QVERIFY2(first.useStateFile(path, &error), qPrintable(error));
        QVERIFY(QFile::exists(path)); // written from the demo data
        QVERIFY(first.start());
        HttpClient http(first.apiRoot(), first.demoToken());
        const HttpResult created =
            http.send("POST", criteriaPath(londonBoardroom()), seedExample());
        QCOMPARE(created.status, 201);
        id = created.json().value(QLatin1String("id")).toString();
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains(id.toLatin1()));
    file.close();

    SandboxServer second;
    QVERIFY(second.useStateFile(path));
    QVERIFY(second.start());
    HttpClient http(second.apiRoot(), second.demoToken());
    const HttpResult got =
        http.send("GET", criteriaPath(londonBoardroom()) + QLatin1Char('/') + id);
    QCOMPARE(got.status, 200);
    QCOMPARE(got.json().value(QLatin1String("scheduleName")).toString(),
             QStringLiteral("Business Vacation"));
    QCOMPARE(http.send("DELETE", criteriaPath(londonBoardroom()) + QLatin1Char('/') + id).status,
             204);

    SandboxServer third;
    QVERIFY(third.useStateFile(path));
    QVERIFY(third.data()
                .value(QLatin1String("criteria"))
                .toObject()
                .value(londonBoardroom())
                .toArray()
                .isEmpty());

    QString error;
    SandboxServer broken;
    QFile brokenFile(dir.filePath(QStringLiteral("broken.json")));
    QVERIFY(brokenFile.open(QIODevice::WriteOnly));
    brokenFile.write("{ not json");
    brokenFile.close();
    QVERIFY(!broken.useStateFile(brokenFile.fileName(), &error));
    QVERIFY(error.contains(QLatin1String("JSON")));
}

QTEST_GUILESS_MAIN(TestSandboxDirectory)
#include "tst_sandboxdirectory.moc"
