// The client against the in-process sandbox over loopback HTTP: what each job reports for
// each answer (created, every documented status, a real refusal, malformed and oversized
// replies, GET, DELETE and PUT) and what the sandbox received. Retries, timeouts, dropped
// connections and cancel: tst_apiclientfaults.
#include "app/client/httpstatus.h"
#include "tests/common/apiclienttest.h"
#include "tests/common/jobwaiter.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace seqring;
using namespace seqring::test;

// Tests ApiClient, ApiJob and CreateCriteriaJob end to end: the answers.
class TestApiClient : public ApiClientTest
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { recordMessages(); }
    void init() { startSandbox(); }
    void cleanup() { stopSandbox(); }
    void cleanupTestCase() { verifyNoTokenLogged(); }

    void createSucceedsAndIsSentAsSpecified();
    void everyStatusOfTheTable_data();
    void everyStatusOfTheTable();
    void realRefusalFromTheSandbox();
    void malformedReply();
    void oversizedReply();
    void readAndDeleteWithTheGenericJobs();
    void changeWithPut();
};

void TestApiClient::createSucceedsAndIsSentAsSpecified()
{
    const HttpRequestSpec spec = createSpec();
    QVERIFY(!spec.body.isEmpty());
    ApiResult result;
    SEQRING_WAIT_RESULT(m_client->createCriteria(spec), result);
    QVERIFY2(result.ok, qPrintable(result.summary()));
    QCOMPARE(result.httpStatus, 201);
    QVERIFY(!result.createdId.isEmpty());
    QCOMPARE(result.statusMeaning, HttpStatus::meaning(201));
    QCOMPARE(result.json.object().value(QLatin1String("id")).toString(), result.createdId);
    QCOMPARE(result.trackingId, spec.trackingId); // echoed by the sandbox
    QCOMPARE(result.attempts, 1);
    QCOMPARE(result.error.kind, ApiError::Kind::None);
    QVERIFY(!result.rawResponse.text().contains(m_context.token));
    VERIFY_RECEIVED_AS_SENT(spec, 1);
    QCOMPARE(m_server->receivedRequests().first().header("Content-Type"),
             QByteArray("application/json"));
    // The sandbox now holds the criteria under that id.
    const QJsonArray stored =
        m_server->data()[QLatin1String("criteria")][m_context.workspaceId].toArray();
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.first()[QLatin1String("id")].toString(), result.createdId);
}

void TestApiClient::everyStatusOfTheTable_data()
{
    QTest::addColumn<int>("status");
    const QList<int> statuses = HttpStatus::documentedStatuses();
    for (int status : statuses)
        QTest::addRow("%d", status) << status;
}

void TestApiClient::everyStatusOfTheTable()
{
    QFETCH(int, status);
    m_client->setMaxRetries(0); // this row is about 429 itself, not its retry
    m_server->forceStatus(status);
    const HttpRequestSpec spec = createSpec();
    ApiResult result;
    SEQRING_WAIT_RESULT(m_client->createCriteria(spec), result);
    VERIFY_RECEIVED_AS_SENT(spec, 1);
    QCOMPARE(result.httpStatus, status);
    QCOMPARE(result.statusMeaning, HttpStatus::meaning(status));
    QCOMPARE(result.trackingId, spec.trackingId);
    if (status < 300) {
        QVERIFY2(result.ok, qPrintable(result.summary()));
        QCOMPARE(result.createdId.isEmpty(), status != 201);
        QVERIFY(result.summary().startsWith(HttpStatus::meaning(status)));
        return;
    }
    QVERIFY(!result.ok);
    const ApiError &error = result.error;
    QCOMPARE(error.kind, ApiError::Kind::Http);
    QCOMPARE(error.httpStatus, status);
    QCOMPARE(error.statusMeaning, HttpStatus::meaning(status));
    QCOMPARE(error.trackingId, spec.trackingId);
    QCOMPARE(error.ambiguous, status >= 500);
    QCOMPARE(error.text().contains(QLatin1String("may or may not have been created")),
             status >= 500);
    QVERIFY(error.text().contains(spec.trackingId));
    QVERIFY(!error.rawResponse.text().contains(m_context.token));
    QVERIFY(error.rawResponse.text().startsWith(QStringLiteral("HTTP/1.1 %1 ").arg(status)));
    if (status == 429) {
        QVERIFY(error.serverMessage.isEmpty()); // like Webex: no body
        return;
    }
    QVERIFY2(error.serverMessage.contains(QLatin1String("forced by the sandbox")),
             qPrintable(error.serverMessage));
    QVERIFY(!error.descriptions.isEmpty());
    QVERIFY(error.text().contains(error.serverMessage));
}

void TestApiClient::realRefusalFromTheSandbox()
{
    m_context.token = m_server->readOnlyToken();
    ApiResult result;
    SEQRING_WAIT_RESULT(m_client->createCriteria(createSpec()), result);
    QCOMPARE(result.error.kind, ApiError::Kind::Http);
    QCOMPARE(result.httpStatus, 403);
    QVERIFY(!result.error.serverMessage.isEmpty());
    QVERIFY(!result.error.ambiguous);
    QVERIFY(!result.error.rawResponse.text().contains(m_context.token));
}

void TestApiClient::malformedReply()
{
    m_server->sendMalformedReplies(1);
    ApiResult result;
    SEQRING_WAIT_RESULT(m_client->createCriteria(createSpec()), result);
    QCOMPARE(result.error.kind, ApiError::Kind::MalformedReply);
    QCOMPARE(result.httpStatus, 201);
    QVERIFY(result.error.problem.contains(QLatin1String("could not be read")));
    QVERIFY(result.createdId.isEmpty());
    QVERIFY(result.error.rawResponse.text().contains(QLatin1String("{\"id\": \"")));
}

void TestApiClient::oversizedReply()
{
    m_server->sendOversizedReplies(1);
    ApiResult result;
    SEQRING_WAIT_RESULT(m_client->send(ApiRequests::getSequentialRing(m_context)), result);
    QCOMPARE(result.error.kind, ApiError::Kind::ReplyTooLarge);
    QCOMPARE(result.httpStatus, 200);
    QVERIFY(result.error.problem.contains(QString::number(ApiClient::kMaxReplyBytes)));
    QVERIFY(result.body.isEmpty());
}

void TestApiClient::readAndDeleteWithTheGenericJobs()
{
    ApiResult created;
    SEQRING_WAIT_RESULT(m_client->createCriteria(createSpec()), created);
    QVERIFY(created.ok);

    ApiResult ring;
    SEQRING_WAIT_RESULT(m_client->send(ApiRequests::getSequentialRing(m_context)), ring);
    QVERIFY2(ring.ok, qPrintable(ring.summary()));
    QCOMPARE(ring.httpStatus, 200);
    const QJsonArray criteria = ring.json.object().value(QLatin1String("criteria")).toArray();
    QCOMPARE(criteria.size(), 1);
    QCOMPARE(criteria.first()[QLatin1String("id")].toString(), created.createdId);

    const HttpRequestSpec remove = ApiRequests::deleteCriteria(m_context, created.createdId);
    m_server->clearReceivedRequests();
    ApiResult deleted;
    SEQRING_WAIT_RESULT(m_client->send(remove), deleted);
    QVERIFY2(deleted.ok, qPrintable(deleted.summary()));
    QCOMPARE(deleted.httpStatus, 204);
    QCOMPARE(deleted.statusMeaning, HttpStatus::meaning(204));
    VERIFY_RECEIVED_AS_SENT(remove, 1);
    QVERIFY(m_server->receivedRequests().first().body.isEmpty());

    ApiResult workspaces;
    SEQRING_WAIT_RESULT(m_client->send(ApiRequests::listWorkspaces(m_context)), workspaces);
    QVERIFY(workspaces.ok);
    QVERIFY(!workspaces.json.object().value(QLatin1String("items")).toArray().isEmpty());
    ApiResult workspace;
    SEQRING_WAIT_RESULT(m_client->send(ApiRequests::getWorkspace(m_context)), workspace);
    QCOMPARE(workspace.json.object().value(QLatin1String("id")).toString(), m_context.workspaceId);
    ApiResult licenses;
    SEQRING_WAIT_RESULT(m_client->send(ApiRequests::listLicenses(m_context)), licenses);
    QVERIFY(licenses.ok);
    const QString locationId =
        workspace.json.object().value(QLatin1String("locationId")).toString();
    ApiResult schedules;
    SEQRING_WAIT_RESULT(m_client->send(ApiRequests::listSchedules(m_context, locationId)),
                        schedules);
    QVERIFY2(schedules.ok, qPrintable(schedules.summary()));
    QVERIFY(schedules.json.object().value(QLatin1String("schedules")).isArray());
}

void TestApiClient::changeWithPut()
{
    ApiResult created;
    SEQRING_WAIT_RESULT(m_client->createCriteria(createSpec()), created);
    QVERIFY(created.ok);
    Criteria changed;
    changed.callsFrom = CallsFrom::AnyPhoneNumber;
    changed.ringEnabled = false;
    const HttpRequestSpec put =
        ApiRequests::putCriteria(m_context, created.createdId, CriteriaJson::toJson(changed));
    m_server->clearReceivedRequests();
    ApiResult result;
    SEQRING_WAIT_RESULT(m_client->send(put), result);
    QVERIFY2(result.ok, qPrintable(result.summary()));
    QCOMPARE(result.httpStatus, 204);
    VERIFY_RECEIVED_AS_SENT(put, 1);
    const QJsonArray stored =
        m_server->data()[QLatin1String("criteria")][m_context.workspaceId].toArray();
    QCOMPARE(stored.first()[QLatin1String("ringEnabled")].toBool(true), false);
}

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_apiclient.moc"
