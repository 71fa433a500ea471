// The client against the in-process sandbox over loopback HTTP: what each job reports
// and what the sandbox received.
#include "apiclient.h"
#include "apirequests.h"
#include "httpstatus.h"
#include "jobwaiter.h"
#include "sandboxserver.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QPointer>
#include <QSignalSpy>
#include <QTest>
#include <memory>

using namespace seqring;
using seqring::sandbox::RecordedRequest;
using seqring::sandbox::SandboxServer;

// Tests ApiClient, ApiJob and CreateCriteriaJob end to end.
class TestApiClient : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void createSucceedsAndIsSentAsSpecified();
    void everyStatusOfTheTable_data();
    void everyStatusOfTheTable();
    void realRefusalFromTheSandbox();
    void rateLimitedThenSucceeds();
    void rateLimitStormGivesUpAfterThreeRetries();
    void garbageRetryAfterWaitsTheDefault();
    void timeoutOfAPostIsAmbiguous();
    void timeoutOfAGetIsNot();
    void droppedConnectionsOfAPost();
    void malformedReply();
    void oversizedReply();
    void cancelWhileSending();
    void cancelWhileWaitingForARetry();
    void readAndDeleteWithTheGenericJobs();
    void changeWithPut();

private:
    HttpRequestSpec createSpec() const;
    RequestContext m_context;
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<ApiClient> m_client;
};

// Every message logged while the tests run, to prove that no token is ever logged.
static QStringList s_messages;
static QtMessageHandler s_previousHandler = nullptr;

static void recordMessage(QtMsgType type, const QMessageLogContext &context, const QString &text)
{
    s_messages << text;
    if (s_previousHandler)
        s_previousHandler(type, context, text);
}

void TestApiClient::initTestCase()
{
    s_previousHandler = qInstallMessageHandler(recordMessage);
}

void TestApiClient::cleanupTestCase()
{
    qInstallMessageHandler(s_previousHandler);
    const SandboxServer server;
    for (const QString &message : std::as_const(s_messages)) {
        for (const QString &token :
             {server.demoToken(), server.readOnlyToken(), server.otherOrgToken()}) {
            QVERIFY2(!message.contains(token), qPrintable(message));
            QVERIFY2(!message.contains(QLatin1String("Authorization"), Qt::CaseInsensitive),
                     qPrintable(message));
        }
    }
}

// A professional workspace of the demo organisation without criteria, from the data.
static QString freeProfessionalWorkspace(const QJsonObject &data, const QString &orgId)
{
    QStringList professional;
    const QJsonArray licenses = data.value(QLatin1String("licenses")).toArray();
    for (const QJsonValue &license : licenses) {
        if (license[QLatin1String("name")].toString() ==
            QLatin1String("Webex Calling - Professional"))
            professional << license[QLatin1String("id")].toString();
    }
    const QJsonObject criteria = data.value(QLatin1String("criteria")).toObject();
    const QJsonArray workspaces = data.value(QLatin1String("workspaces")).toArray();
    for (const QJsonValue &workspace : workspaces) {
        const QString id = workspace[QLatin1String("id")].toString();
        const QJsonArray held = workspace[QLatin1String("calling")][QLatin1String("webexCalling")]
                                         [QLatin1String("licenses")]
                                             .toArray();
        if (workspace[QLatin1String("orgId")].toString() == orgId && !held.isEmpty() &&
            professional.contains(held.first().toString()) &&
            criteria.value(id).toArray().isEmpty())
            return id;
    }
    return {};
}

void TestApiClient::init()
{
    m_server = std::make_unique<SandboxServer>();
    QString error;
    QVERIFY2(m_server->start(0, &error), qPrintable(error));
    m_context.apiRoot = m_server->apiRoot();
    m_context.orgId = m_server->demoOrgId();
    m_context.token = m_server->demoToken();
    m_context.workspaceId = freeProfessionalWorkspace(m_server->data(), m_context.orgId);
    QVERIFY(!m_context.workspaceId.isEmpty());
    m_client = std::make_unique<ApiClient>();
    m_client->setRetryDelayScale(0.01); // Retry-After 1 s waits 10 ms
}

void TestApiClient::cleanup()
{
    m_client.reset();
    m_server.reset();
}

HttpRequestSpec TestApiClient::createSpec() const
{
    Criteria criteria;
    criteria.callsFrom = CallsFrom::AnyPhoneNumber;
    criteria.ringEnabled = true;
    return ApiRequests::createCriteria(criteria, m_context);
}

// Asserts that the sandbox received exactly `spec`, once per attempt.
#define VERIFY_RECEIVED_AS_SENT(spec, times)                                                       \
    do {                                                                                           \
        const QList<RecordedRequest> received_ = m_server->receivedRequests();                     \
        QCOMPARE(received_.size(), (times));                                                       \
        for (const RecordedRequest &r_ : received_) {                                              \
            QCOMPARE(r_.method, (spec).method);                                                    \
            QCOMPARE(r_.path, (spec).url.path());                                                  \
            QCOMPARE(r_.query.queryItemValue(QStringLiteral("orgId"), QUrl::FullyDecoded),         \
                     m_context.orgId);                                                             \
            QCOMPARE(r_.header("Authorization"), "Bearer " + m_context.token.toUtf8());            \
            QCOMPARE(r_.header("Content-Type"), (spec).header("Content-Type"));                    \
            QCOMPARE(r_.header("TrackingID"), (spec).trackingId.toUtf8());                         \
            QCOMPARE(r_.body, (spec).body);                                                        \
        }                                                                                          \
    } while (false)

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
    QVERIFY(!result.rawResponse.contains(m_context.token));
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
    QVERIFY(!error.rawResponse.contains(m_context.token));
    QVERIFY(error.rawResponse.startsWith(QStringLiteral("HTTP/1.1 %1 ").arg(status)));
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
    QVERIFY(!result.error.rawResponse.contains(m_context.token));
}

void TestApiClient::rateLimitedThenSucceeds()
{
    m_server->forceStatus(429, 2, "1");
    const HttpRequestSpec spec = createSpec();
    ApiJob *job = m_client->createCriteria(spec);
    QSignalSpy limited(job, &ApiJob::rateLimited);
    ApiResult result;
    SEQRING_WAIT_RESULT(job, result);
    QVERIFY2(result.ok, qPrintable(result.summary()));
    QCOMPARE(result.httpStatus, 201);
    QCOMPARE(result.attempts, 3);
    QCOMPARE(limited.count(), 2);
    QCOMPARE(limited.at(0), QVariantList({1, 1}));
    QCOMPARE(limited.at(1), QVariantList({2, 1}));
    VERIFY_RECEIVED_AS_SENT(spec, 3); // same body and headers, TrackingID included
}

void TestApiClient::rateLimitStormGivesUpAfterThreeRetries()
{
    m_server->forceStatus(429, 100, "2");
    const HttpRequestSpec spec = createSpec();
    ApiJob *job = m_client->createCriteria(spec);
    QSignalSpy limited(job, &ApiJob::rateLimited);
    ApiResult result;
    SEQRING_WAIT_RESULT(job, result);
    QCOMPARE(result.error.kind, ApiError::Kind::Http);
    QCOMPARE(result.httpStatus, 429);
    QCOMPARE(result.error.retryAfterSeconds, 2);
    QVERIFY(!result.error.ambiguous); // 429: not processed
    QCOMPARE(result.attempts, 4);
    QCOMPARE(limited.count(), 3);
    QCOMPARE(limited.at(2), QVariantList({3, 2}));
    VERIFY_RECEIVED_AS_SENT(spec, 4);
}

void TestApiClient::garbageRetryAfterWaitsTheDefault()
{
    m_server->forceStatus(429, 1, "rand(30),add(30)");
    ApiJob *job = m_client->createCriteria(createSpec());
    QSignalSpy limited(job, &ApiJob::rateLimited);
    ApiResult result;
    SEQRING_WAIT_RESULT(job, result);
    QVERIFY(result.ok);
    QCOMPARE(limited.count(), 1);
    QCOMPARE(limited.at(0), QVariantList({1, 5}));
}

void TestApiClient::timeoutOfAPostIsAmbiguous()
{
    m_server->setLatency(3000);
    m_client->setTransferTimeout(200);
    const HttpRequestSpec spec = createSpec();
    ApiResult result;
    SEQRING_WAIT_RESULT(m_client->createCriteria(spec), result);
    QCOMPARE(result.error.kind, ApiError::Kind::Timeout);
    QVERIFY(result.error.ambiguous);
    QVERIFY(result.error.text().contains(QLatin1String("may or may not have been created")));
    QCOMPARE(result.error.trackingId, spec.trackingId);
    QCOMPARE(result.attempts, 1);
    VERIFY_RECEIVED_AS_SENT(spec, 1); // not retried
}

void TestApiClient::timeoutOfAGetIsNot()
{
    m_server->setLatency(3000);
    m_client->setTransferTimeout(200);
    ApiResult result;
    SEQRING_WAIT_RESULT(m_client->send(ApiRequests::getSequentialRing(m_context)), result);
    QCOMPARE(result.error.kind, ApiError::Kind::Timeout);
    QVERIFY(!result.error.ambiguous);
}

void TestApiClient::droppedConnectionsOfAPost()
{
    m_server->dropConnections(10);
    const HttpRequestSpec spec = createSpec();
    ApiResult result;
    SEQRING_WAIT_RESULT(m_client->createCriteria(spec), result);
    QCOMPARE(result.error.kind, ApiError::Kind::Network);
    QCOMPARE(result.error.problem,
             HttpStatus::networkErrorText(QNetworkReply::RemoteHostClosedError));
    QVERIFY(result.error.ambiguous);
    QVERIFY(result.error.text().contains(QLatin1String("may or may not have been created")));
    QCOMPARE(result.attempts, 1);
    // Qt's HTTP layer re-sends once on a connection closed before any answer byte.
    const int received = int(m_server->receivedRequests().size());
    QVERIFY2(received >= 1 && received <= 2, qPrintable(QString::number(received)));
    VERIFY_RECEIVED_AS_SENT(spec, received);
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
    QVERIFY(result.error.rawResponse.contains(QLatin1String("{\"id\": \"")));
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

void TestApiClient::cancelWhileSending()
{
    m_server->setLatency(3000);
    QPointer<ApiJob> job = m_client->createCriteria(createSpec());
    QSignalSpy finished(job.data(), &ApiJob::finished);
    QTRY_COMPARE(m_server->receivedRequests().size(), 1);
    job->cancel();
    QCOMPARE(finished.count(), 1);
    job->cancel(); // a second cancel is harmless
    QTRY_VERIFY(job.isNull());
    QCOMPARE(finished.count(), 1);
    const ApiResult result = finished.at(0).at(0).value<ApiResult>();
    QCOMPARE(result.error.kind, ApiError::Kind::Cancelled);
    QCOMPARE(result.error.problem,
             HttpStatus::networkErrorText(QNetworkReply::OperationCanceledError));
    QVERIFY(result.error.ambiguous); // it had reached the server
}

void TestApiClient::cancelWhileWaitingForARetry()
{
    m_server->forceStatus(429, 1, "60");
    m_client->setRetryDelayScale(1.0); // a real minute: only cancel() can end it fast
    QPointer<ApiJob> job = m_client->createCriteria(createSpec());
    QSignalSpy finished(job.data(), &ApiJob::finished);
    QSignalSpy limited(job.data(), &ApiJob::rateLimited);
    QVERIFY(limited.wait(5000));
    QCOMPARE(limited.at(0), QVariantList({1, 60}));
    job->cancel();
    QCOMPARE(finished.count(), 1);
    QTRY_VERIFY(job.isNull());
    const ApiResult result = finished.at(0).at(0).value<ApiResult>();
    QCOMPARE(result.error.kind, ApiError::Kind::Cancelled);
    QVERIFY(!result.error.ambiguous); // the last answer was a 429: nothing was done
    QCOMPARE(m_server->receivedRequests().size(), 1);
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
