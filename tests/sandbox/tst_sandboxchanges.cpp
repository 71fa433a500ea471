// Changing criteria and settings in the sandbox over loopback HTTP (PUT, DELETE), and the
// 405, 409, 415 and other-organisation answers.
#include "app/sandbox/sandboxserver.h"
#include "tests/common/sandboxfixture.h"
#include "tests/sandbox/sandboxhttp.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <memory>

using namespace sandboxtest;
using seqring::sandbox::SandboxServer;

// Changes and deletes criteria and settings over HTTP.
class TestSandboxChanges : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void methodNotAllowed_data();
    void methodNotAllowed();
    void conflict();
    void duplicateRuleSwitchedOff();
    void unsupportedMediaType_data();
    void unsupportedMediaType();
    void otherOrganisationIsNotFound();
    void putAndDelete();
    void putSettings();
    void putSettingsRejects_data();
    void putSettingsRejects();
    void putConflictAndReadOnly();
    void loadData();

private:
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<HttpClient> m_http;
};

void TestSandboxChanges::init()
{
    m_server = std::make_unique<SandboxServer>();
    QVERIFY(m_server->start());
    m_http = std::make_unique<HttpClient>(m_server->apiRoot(), m_server->demoToken());
}

void TestSandboxChanges::cleanup()
{
    m_http.reset();
    m_server.reset();
}

void TestSandboxChanges::methodNotAllowed_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("allow");
    QTest::newRow("GET criteria collection")
        << QByteArrayLiteral("GET") << criteriaPath(londonReception()) << QByteArrayLiteral("POST");
    QTest::newRow("PATCH criteria")
        << QByteArrayLiteral("PATCH")
        << criteriaPath(londonReception()) + QLatin1Char('/') + seededCriteria()
        << QByteArrayLiteral("GET, PUT, DELETE");
    QTest::newRow("DELETE settings")
        << QByteArrayLiteral("DELETE") << settingsPath(londonReception())
        << QByteArrayLiteral("GET, PUT");
    QTest::newRow("POST workspaces")
        << QByteArrayLiteral("POST") << QStringLiteral("/workspaces") << QByteArrayLiteral("GET");
}

void TestSandboxChanges::methodNotAllowed()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, allow);
    const HttpResult result = m_http->send(
        method, path, method == "GET" || method == "DELETE" ? QByteArray() : seedExample());
    QCOMPARE(result.status, 405);
    QCOMPARE(result.header("Allow"), allow);
    QVERIFY(result.message().contains(QString::fromLatin1(method)));
}

void TestSandboxChanges::conflict()
{
    QCOMPARE(m_http->send("POST", criteriaPath(londonReception()), seedExample()).status, 201);
    const HttpResult again = m_http->send("POST", criteriaPath(londonReception()), seedExample());
    QCOMPARE(again.status, 409);
    QVERIFY2(again.message().contains(QLatin1String("sandbox rule")), qPrintable(again.message()));
    QVERIFY(again.message().contains(QLatin1String("Business Vacation")));
    // The seeded criteria: all-numbers during London Business Hours.
    const QByteArray seededTwin =
        R"({"scheduleName":"London Business Hours","scheduleType":"businessHours","scheduleLevel":"GROUP","callsFrom":"ANY_PHONE_NUMBER","ringEnabled":false})";
    const HttpResult twin = m_http->send("POST", criteriaPath(londonReception()), seededTwin);
    QCOMPARE(twin.status, 409);
    QVERIFY(twin.message().contains(seededCriteria()));
    // Same schedule, other callsFrom: allowed.
    const QByteArray other =
        R"({"scheduleName":"London Business Hours","scheduleType":"businessHours","scheduleLevel":"GROUP","callsFrom":"SELECT_PHONE_NUMBERS","anonymousCallersEnabled":true,"ringEnabled":false})";
    QCOMPARE(m_http->send("POST", criteriaPath(londonReception()), other).status, 201);
}

void TestSandboxChanges::duplicateRuleSwitchedOff()
{
    QVERIFY(m_server->isDuplicateRuleEnabled());
    m_server->setDuplicateRuleEnabled(false);
    QVERIFY(!m_server->isDuplicateRuleEnabled());
    QStringList ids;
    for (int i = 0; i < 3; ++i) {
        const HttpResult created =
            m_http->send("POST", criteriaPath(londonBoardroom()), seedExample());
        QCOMPARE(created.status, 201);
        ids.append(created.json().value(QLatin1String("id")).toString());
    }
    ids.removeDuplicates();
    QCOMPARE(ids.size(), 3);
    // A twin of the seeded criteria is allowed too.
    const QByteArray seededTwin =
        R"({"scheduleName":"London Business Hours","scheduleType":"businessHours","scheduleLevel":"GROUP","callsFrom":"ANY_PHONE_NUMBER","ringEnabled":false})";
    QCOMPARE(m_http->send("POST", criteriaPath(londonReception()), seededTwin).status, 201);
    // Back on: the next alike is refused again.
    m_server->setDuplicateRuleEnabled(true);
    QCOMPARE(m_http->send("POST", criteriaPath(londonBoardroom()), seedExample()).status, 409);
}

void TestSandboxChanges::unsupportedMediaType_data()
{
    QTest::addColumn<QByteArray>("contentType");
    QTest::newRow("text/plain") << QByteArrayLiteral("text/plain");
    QTest::newRow("form") << QByteArrayLiteral("application/x-www-form-urlencoded");
}

void TestSandboxChanges::unsupportedMediaType()
{
    QFETCH(QByteArray, contentType);
    const HttpResult result =
        m_http->send("POST", criteriaPath(londonReception()), seedExample(),
                     {{QByteArrayLiteral("Content-Type"), contentType}}, false);
    QCOMPARE(result.status, 415);
    QVERIFY(result.message().contains(QString::fromLatin1(contentType)));
    const HttpResult put =
        m_http->send("PUT", settingsPath(londonReception()), R"({"enabled":false})",
                     {{QByteArrayLiteral("Content-Type"), contentType}}, false);
    QCOMPARE(put.status, 415);
}

void TestSandboxChanges::otherOrganisationIsNotFound()
{
    const QString query = QLatin1String("?orgId=") + m_server->otherOrgId();
    QCOMPARE(m_http->send("POST", criteriaPath(londonReception()) + query, seedExample()).status,
             404);
    QCOMPARE(m_http->send("GET", QStringLiteral("/workspaces/") + lyonAccueil()).status, 404);
    QCOMPARE(m_http->send("GET", criteriaPath(lyonAccueil()) + QLatin1Char('/') + seededCriteria())
                 .status,
             404);
    // The other organisation's administrator sees its own workspace, not ours.
    m_http->setToken(m_server->otherOrgToken());
    QCOMPARE(m_http->send("GET", QStringLiteral("/workspaces/") + londonReception()).status, 404);
    const HttpResult own = m_http->send("GET", QStringLiteral("/workspaces/") + lyonAccueil());
    QCOMPARE(own.status, 200);
    QCOMPARE(own.json().value(QLatin1String("displayName")).toString(),
             QStringLiteral("Lyon - Accueil"));
    QCOMPARE(m_http
                 ->send("POST", criteriaPath(lyonAccueil()),
                        R"({"callsFrom":"ANY_PHONE_NUMBER","ringEnabled":true})")
                 .status,
             201);
    // Listing another organisation's workspaces is refused.
    const HttpResult list =
        m_http->send("GET", QLatin1String("/workspaces?orgId=") + m_server->demoOrgId());
    QCOMPARE(list.status, 403);
    QVERIFY(list.message().contains(m_server->demoOrgId()));
}

void TestSandboxChanges::putAndDelete()
{
    const HttpResult created = m_http->send("POST", criteriaPath(londonBoardroom()), seedExample());
    QCOMPARE(created.status, 201);
    const QString path = criteriaPath(londonBoardroom()) + QLatin1Char('/') +
                         created.json().value(QLatin1String("id")).toString();

    const HttpResult put = m_http->send("PUT", path, R"({"ringEnabled":false})");
    QCOMPARE(put.status, 204);
    QVERIFY(put.body.isEmpty());
    QJsonObject got = m_http->send("GET", path).json();
    QCOMPARE(got.value(QLatin1String("ringEnabled")).toBool(), false);
    QCOMPARE(got.value(QLatin1String("phoneNumbers")).toArray().size(), 2);

    QCOMPARE(m_http->send("PUT", path, R"({"callsFrom":"ANY_PHONE_NUMBER"})").status, 204);
    got = m_http->send("GET", path).json();
    QCOMPARE(got.value(QLatin1String("callsFrom")).toString(), QStringLiteral("ANY_PHONE_NUMBER"));
    QVERIFY(got.value(QLatin1String("phoneNumbers")).toArray().isEmpty());
    QCOMPARE(got.value(QLatin1String("anonymousCallersEnabled")).toBool(), false);

    const HttpResult bad = m_http->send("PUT", path, R"({"scheduleName":"London Business Hours"})");
    QCOMPARE(bad.status, 400);
    QCOMPARE(m_http->send("PUT", path, R"({"phoneNumbers":["+15551234567"]})").status, 400);

    QCOMPARE(m_http->send("DELETE", path).status, 204);
    QCOMPARE(m_http->send("GET", path).status, 404);
    QVERIFY(m_http->send("GET", settingsPath(londonBoardroom()))
                .json()
                .value(QLatin1String("criteria"))
                .toArray()
                .isEmpty());
}

void TestSandboxChanges::putSettings()
{
    const QByteArray body =
        R"({"enabled":false,"baseLocationNumberOfRings":4,"phoneNumbers":[{"phoneNumber":"+14085550100","answerConfirmationRequiredEnabled":true,"numberOfRings":5}]})";
    QCOMPARE(m_http->send("PUT", settingsPath(londonBoardroom()), body).status, 204);
    const QJsonObject got = m_http->send("GET", settingsPath(londonBoardroom())).json();
    QCOMPARE(got.value(QLatin1String("enabled")).toBool(), false);
    QCOMPARE(got.value(QLatin1String("baseLocationNumberOfRings")).toString(), QStringLiteral("4"));
    const QJsonObject first = got.value(QLatin1String("phoneNumbers")).toArray().first().toObject();
    QCOMPARE(first.value(QLatin1String("phoneNumber")).toString(), QStringLiteral("+14085550100"));
    QCOMPARE(first.value(QLatin1String("numberOfRings")).toInt(), 5);

    const HttpResult bad =
        m_http->send("PUT", settingsPath(londonBoardroom()), R"({"baseLocationNumberOfRings":30})");
    QCOMPARE(bad.status, 400);
    QVERIFY(bad.message().contains(QLatin1String("baseLocationNumberOfRings")));
    QVERIFY(bad.message().contains(QLatin1String("30")));
}

void TestSandboxChanges::putSettingsRejects_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("named");
    const QByteArray six = R"({"phoneNumbers":[{"phoneNumber":"+14085550100"},)"
                           R"({"phoneNumber":"+14085550101"},{"phoneNumber":"+14085550102"},)"
                           R"({"phoneNumber":"+14085550103"},{"phoneNumber":"+14085550104"},)"
                           R"({"phoneNumber":"+14085550105"}]})";
    QTest::newRow("six numbers") << six << QStringLiteral("at most 5");
    QTest::newRow("not E.164") << QByteArray(R"({"phoneNumbers":[{"phoneNumber":"020 7183"}]})")
                               << QStringLiteral("phoneNumbers[0].phoneNumber");
    QTest::newRow("rings 1")
        << QByteArray(R"({"phoneNumbers":[{"phoneNumber":"+14085550100","numberOfRings":1}]})")
        << QStringLiteral("phoneNumbers[0].numberOfRings");
    QTest::newRow("rings 21") << QByteArray(R"({"baseLocationNumberOfRings":21})")
                              << QStringLiteral("21");
    QTest::newRow("rings as a string") << QByteArray(R"({"baseLocationNumberOfRings":"3"})")
                                       << QStringLiteral("baseLocationNumberOfRings");
}

void TestSandboxChanges::putSettingsRejects()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, named);
    const HttpResult bad = m_http->send("PUT", settingsPath(londonBoardroom()), body);
    QCOMPARE(bad.status, 400);
    QVERIFY2(bad.message().contains(named), qPrintable(bad.message()));
    QCOMPARE(m_http->send("GET", settingsPath(londonBoardroom()))
                 .json()
                 .value(QLatin1String("enabled"))
                 .toBool(),
             false);
}

void TestSandboxChanges::putConflictAndReadOnly()
{
    const HttpResult created = m_http->send("POST", criteriaPath(londonReception()), seedExample());
    QCOMPARE(created.status, 201);
    const QString path = criteriaPath(londonReception()) + QLatin1Char('/') +
                         created.json().value(QLatin1String("id")).toString();
    // Turning it into a twin of the seeded criteria (London Business Hours, any number).
    const HttpResult twin = m_http->send(
        "PUT", path,
        R"({"scheduleName":"London Business Hours","scheduleType":"businessHours","scheduleLevel":"GROUP","callsFrom":"ANY_PHONE_NUMBER"})");
    QCOMPARE(twin.status, 409);
    QVERIFY(twin.message().contains(seededCriteria()));
    QCOMPARE(m_http->send("GET", path).json().value(QLatin1String("scheduleName")).toString(),
             QStringLiteral("Business Vacation"));

    m_http->setToken(m_server->readOnlyToken());
    QCOMPARE(m_http->send("PUT", path, R"({"ringEnabled":false})").status, 403);
    QCOMPARE(m_http->send("PUT", settingsPath(londonReception()), R"({"enabled":false})").status,
             403);
    QCOMPARE(m_http->send("GET", path).json().value(QLatin1String("ringEnabled")).toBool(), true);
}

void TestSandboxChanges::loadData()
{
    QString error;
    QVERIFY(!m_server->loadData("[1, 2]", &error));
    QVERIFY(error.contains(QLatin1String("JSON object")));
    QVERIFY(!m_server->loadData(R"({"tokens": []})", &error));
    QVERIFY2(error.contains(QLatin1String("\"workspaces\"")), qPrintable(error));
    // A failed load keeps the data as it was.
    QCOMPARE(m_http->send("GET", QStringLiteral("/workspaces"))
                 .json()
                 .value(QLatin1String("items"))
                 .toArray()
                 .size(),
             6);

    QJsonObject data = m_server->data();
    QJsonArray workspaces = data.value(QLatin1String("workspaces")).toArray();
    workspaces.removeAt(0);
    data.insert(QLatin1String("workspaces"), workspaces);
    QVERIFY2(m_server->loadData(QJsonDocument(data).toJson(), &error), qPrintable(error));
    QCOMPARE(m_http->send("GET", QStringLiteral("/workspaces"))
                 .json()
                 .value(QLatin1String("items"))
                 .toArray()
                 .size(),
             5);
    QCOMPARE(m_http->send("GET", QLatin1String("/workspaces/") + londonReception()).status, 404);
}

QTEST_GUILESS_MAIN(TestSandboxChanges)
#include "tst_sandboxchanges.moc"
