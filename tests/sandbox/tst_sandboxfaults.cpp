// The sandbox's fault injection over loopback HTTP: rate limit, forced statuses, latency,
// dropped connections, malformed and oversized replies.
#include "app/sandbox/sandboxserver.h"
#include "tests/common/sandboxfixture.h"
#include "tests/sandbox/sandboxhttp.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>
#include <QTimer>
#include <memory>

using namespace sandboxtest;
using seqring::sandbox::SandboxServer;

// Switches each injected fault on and checks what a client sees.
class TestSandboxFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void rateLimit();
    void rateLimitIsPerToken();
    void generatedWorkspaces();
    void forcedStatus_data();
    void forcedStatus();
    void forcedStatusCountsDown();
    void faultsComeBeforeRouting();
    void latency();
    void clientLeavesDuringLatency();
    void serverGoesAwayDuringLatency();
    void drop();
    void malformed();
    void oversized();
    void clearFaults();

private:
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<HttpClient> m_http;
};

void TestSandboxFaults::init()
{
    m_server = std::make_unique<SandboxServer>();
    QVERIFY(m_server->start());
    m_http = std::make_unique<HttpClient>(m_server->apiRoot(), m_server->demoToken());
}

void TestSandboxFaults::cleanup()
{
    m_http.reset();
    m_server.reset();
}

void TestSandboxFaults::rateLimit()
{
    m_server->setRateLimit(2, 60, 7);
    QCOMPARE(m_http->send("GET", QStringLiteral("/people/me")).status, 200);
    QCOMPARE(m_http->send("GET", QStringLiteral("/licenses")).status, 200);
    const HttpResult limited = m_http->send("POST", criteriaPath(londonBoardroom()), seedExample());
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.header("Retry-After"), QByteArrayLiteral("7"));
    QVERIFY(limited.body.isEmpty());
    QVERIFY(m_server->data()
                .value(QLatin1String("criteria"))
                .toObject()
                .value(londonBoardroom())
                .toArray()
                .isEmpty());
    QCOMPARE(m_server->receivedRequests().size(), 3);

    // A short window frees up again (waits on the event loop, not a blind sleep).
    m_server->setRateLimit(1, 1, 1);
    QCOMPARE(m_http->send("GET", QStringLiteral("/people/me")).status, 200);
    QCOMPARE(m_http->send("GET", QStringLiteral("/people/me")).status, 429);
    // QTRY_* evaluates its expression once more at the end: remember the answer instead.
    int status = 0;
    QTRY_VERIFY_WITH_TIMEOUT(
        status == 200 || (status = m_http->send("GET", QStringLiteral("/people/me")).status) == 200,
        3000);
}

void TestSandboxFaults::rateLimitIsPerToken()
{
    m_server->setRateLimit(1, 60, 5);
    QCOMPARE(m_http->send("GET", QStringLiteral("/people/me")).status, 200);
    QCOMPARE(m_http->send("GET", QStringLiteral("/people/me")).status, 429);
    // Another token has a window of its own.
    HttpClient other(m_server->apiRoot(), m_server->readOnlyToken());
    QCOMPARE(other.send("GET", QStringLiteral("/people/me")).status, 200);
    QCOMPARE(other.send("GET", QStringLiteral("/people/me")).status, 429);
}

void TestSandboxFaults::generatedWorkspaces()
{
    QVERIFY(m_server->generateWorkspaces(20));
    QVERIFY(m_server->generateWorkspaces(1)); // numbering goes on
    const HttpResult list =
        m_http->send("GET", QStringLiteral("/workspaces?displayName=Bulk%20Workspace&max=100"));
    QCOMPARE(list.status, 200);
    const QJsonArray items = list.json().value(QLatin1String("items")).toArray();
    QCOMPARE(items.size(), 21);
    QCOMPARE(items.last()[QLatin1String("displayName")].toString(),
             QStringLiteral("Bulk Workspace 021"));
    QSet<QString> locations;
    int professional = 0;
    for (const QJsonValue &item : items) {
        locations.insert(item[QLatin1String("locationId")].toString());
        const QString id = item[QLatin1String("id")].toString();
        // Only a Professional workspace takes a criteria.
        const QByteArray anyNumber = R"({"callsFrom": "ANY_PHONE_NUMBER", "ringEnabled": true})";
        professional += m_http->send("POST", criteriaPath(id), anyNumber).status == 201 ? 1 : 0;
    }
    QCOMPARE(locations.size(), 2); // London and San Jose
    QCOMPARE(professional, 19);    // 18 of the first 20, and the 21st
}

void TestSandboxFaults::forcedStatus_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::addColumn<bool>("errorBody");
    QTest::newRow("503") << 503 << QByteArray() << true;
    QTest::newRow("503 with Retry-After") << 503 << QByteArrayLiteral("4") << true;
    QTest::newRow("423 with Retry-After") << 423 << QByteArrayLiteral("3") << true;
    QTest::newRow("429 with garbage Retry-After")
        << 429 << QByteArrayLiteral("rand(30),add(30)") << false;
    QTest::newRow("500") << 500 << QByteArray() << true;
    QTest::newRow("502") << 502 << QByteArray() << true;
    QTest::newRow("504") << 504 << QByteArray() << true;
    QTest::newRow("410") << 410 << QByteArray() << true;
    QTest::newRow("428") << 428 << QByteArray() << true;
    QTest::newRow("201") << 201 << QByteArray() << false;
    QTest::newRow("202") << 202 << QByteArray() << false;
    QTest::newRow("204") << 204 << QByteArray() << false;
}

void TestSandboxFaults::forcedStatus()
{
    QFETCH(int, status);
    QFETCH(QByteArray, retryAfter);
    QFETCH(bool, errorBody);
    m_server->forceStatus(status, 1, retryAfter);
    const QList<QPair<QByteArray, QByteArray>> tracking{
        {QByteArrayLiteral("TrackingID"), QByteArrayLiteral("FORCED_1")}};
    const HttpResult result =
        m_http->send("POST", criteriaPath(londonBoardroom()), seedExample(), tracking);
    QCOMPARE(result.status, status);
    QCOMPARE(result.header("Retry-After"), retryAfter);
    if (errorBody) {
        QVERIFY(!result.message().isEmpty());
        QCOMPARE(result.json().value(QLatin1String("trackingId")).toString(),
                 QStringLiteral("FORCED_1"));
        QVERIFY(result.json()
                    .value(QLatin1String("errors"))
                    .toArray()
                    .first()
                    .toObject()
                    .contains(QLatin1String("errorCode")));
    } else if (status == 201) {
        QVERIFY(
            result.json().value(QLatin1String("id")).toString().startsWith(QLatin1String("Y2lz")));
    } else if (status != 202) {
        QVERIFY(result.body.isEmpty());
    }
    // Forced answers change nothing.
    QVERIFY(m_server->data()
                .value(QLatin1String("criteria"))
                .toObject()
                .value(londonBoardroom())
                .toArray()
                .isEmpty());
    QCOMPARE(m_http->send("POST", criteriaPath(londonBoardroom()), seedExample()).status, 201);
}

void TestSandboxFaults::forcedStatusCountsDown()
{
    m_server->forceStatus(503, 2);
    QCOMPARE(m_http->send("GET", QStringLiteral("/people/me")).status, 503);
    QCOMPARE(m_http->send("GET", QStringLiteral("/people/me")).status, 503);
    QCOMPARE(m_http->send("GET", QStringLiteral("/people/me")).status, 200);
}

void TestSandboxFaults::faultsComeBeforeRouting()
{
    m_server->forceStatus(503, 2);
    m_http->setToken(QString());
    QCOMPARE(m_http->send("GET", QStringLiteral("/no/such/path")).status, 503);
    QCOMPARE(m_http->send("GET", QStringLiteral("/people/me")).status, 503); // before the 401
    QCOMPARE(m_http->send("GET", QStringLiteral("/people/me")).status, 401);
}

void TestSandboxFaults::latency()
{
    m_server->setLatency(300);
    // The server must stay responsive while it waits: a timer in the same thread still fires.
    bool timerFired = false;
    QTimer::singleShot(50, this, [&timerFired] { timerFired = true; });
    const HttpResult result = m_http->send("GET", QStringLiteral("/people/me"));
    QCOMPARE(result.status, 200);
    QVERIFY2(result.elapsedMs >= 290, qPrintable(QString::number(result.elapsedMs)));
    QVERIFY(timerFired);
    m_server->setLatency(0);
    QVERIFY(m_http->send("GET", QStringLiteral("/people/me")).elapsedMs < 290);
}

void TestSandboxFaults::clientLeavesDuringLatency()
{
    m_server->setLatency(300);
    QNetworkReply *reply =
        m_http->nam().get(QNetworkRequest(QUrl(m_server->apiRoot() + QLatin1String("/people/me"))));
    QTRY_COMPARE(m_server->receivedRequests().size(), 1);
    reply->abort();
    reply->deleteLater();
    // The delayed answer finds its connection gone; the server carries on.
    HttpClient fresh(m_server->apiRoot(), m_server->demoToken());
    const HttpResult next = fresh.send("GET", QStringLiteral("/people/me"));
    QCOMPARE(next.status, 200);
    QVERIFY(next.elapsedMs >= 290);
}

void TestSandboxFaults::serverGoesAwayDuringLatency()
{
    m_server->setLatency(5000);
    QNetworkReply *reply =
        m_http->nam().get(QNetworkRequest(QUrl(m_server->apiRoot() + QLatin1String("/people/me"))));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QTRY_COMPARE(m_server->receivedRequests().size(), 1);
    m_server.reset(); // pending answers are dropped with the server, not written later
    QVERIFY(finished.wait(5000));
    QVERIFY(reply->error() != QNetworkReply::NoError);
    reply->deleteLater();
}

void TestSandboxFaults::drop()
{
    // QNetworkAccessManager itself reconnects and resends (even a POST) once when a connection
    // closes before any answer; drop more than that so the client sees the error.
    m_server->dropConnections(5);
    const HttpResult dropped = m_http->send("POST", criteriaPath(londonBoardroom()), seedExample());
    QVERIFY(dropped.finished);
    QCOMPARE(dropped.status, 0);
    QVERIFY2(dropped.error == QNetworkReply::RemoteHostClosedError,
             qPrintable(QString::number(dropped.error)));
    QVERIFY(dropped.body.isEmpty());
    QVERIFY(!m_server->receivedRequests().isEmpty()); // recorded, though unanswered
    QCOMPARE(m_server->receivedRequests().first().body, seedExample());
    QVERIFY(m_server->data()
                .value(QLatin1String("criteria"))
                .toObject()
                .value(londonBoardroom())
                .toArray()
                .isEmpty());
    m_server->clearFaults();
    QCOMPARE(m_http->send("POST", criteriaPath(londonBoardroom()), seedExample()).status, 201);
}

void TestSandboxFaults::malformed()
{
    m_server->sendMalformedReplies(1);
    const HttpResult result = m_http->send("POST", criteriaPath(londonBoardroom()), seedExample());
    QCOMPARE(result.status, 201);
    QVERIFY(result.header("Content-Type").startsWith("application/json"));
    QJsonParseError error;
    QJsonDocument::fromJson(result.body, &error);
    QVERIFY(error.error != QJsonParseError::NoError);
    QCOMPARE(m_http->send("GET", QStringLiteral("/people/me"))
                 .json()
                 .value(QLatin1String("displayName"))
                 .toString(),
             QStringLiteral("Alex Admin"));
}

void TestSandboxFaults::oversized()
{
    m_server->sendOversizedReplies(1);
    const HttpResult result = m_http->send("GET", QStringLiteral("/workspaces"));
    QCOMPARE(result.status, 200);
    QVERIFY(result.body.size() > 1024 * 1024);
    QCOMPARE(result.header("Content-Length").toLongLong(), result.body.size());
    QVERIFY(!result.json().value(QLatin1String("id")).toString().isEmpty());
    QVERIFY(m_http->send("GET", QStringLiteral("/workspaces")).body.size() < 64 * 1024);
}

void TestSandboxFaults::clearFaults()
{
    m_server->forceStatus(500, 5);
    m_server->dropConnections(5);
    m_server->setRateLimit(1, 60);
    m_server->clearFaults();
    for (int i = 0; i < 3; ++i)
        QCOMPARE(m_http->send("GET", QStringLiteral("/people/me")).status, 200);
}

QTEST_GUILESS_MAIN(TestSandboxFaults)
#include "tst_sandboxfaults.moc"
