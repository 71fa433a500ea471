// The client against the in-process sandbox over loopback HTTP when things go wrong on the
// way: 429 and Retry-After, timeouts of a POST and a GET, dropped connections and cancel,
// and what the sandbox received.
#include "app/client/httpstatus.h"
#include "tests/common/apiclienttest.h"
#include "tests/common/jobwaiter.h"

#include <QPointer>
#include <QSignalSpy>

using namespace seqring;
using namespace seqring::test;

// Tests ApiClient, ApiJob and CreateCriteriaJob end to end: retries and failures.
class TestApiClientFaults : public ApiClientTest
{
    Q_OBJECT
private Q_SLOTS:
    void rateLimitedThenSucceeds();
    void rateLimitStormGivesUpAfterThreeRetries();
    void garbageRetryAfterWaitsTheDefault();
    void timeoutOfAPostIsAmbiguous();
    void timeoutOfAGetIsNot();
    void droppedConnectionsOfAPost();
    void cancelWhileSending();
    void cancelWhileWaitingForARetry();

    // Set-up and tear-down, from ApiClientTest.
    void initTestCase() { recordMessages(); }
    void init() { startSandbox(); }
    void cleanup() { stopSandbox(); }
    void cleanupTestCase() { verifyNoTokenLogged(); }
};

void TestApiClientFaults::rateLimitedThenSucceeds()
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

void TestApiClientFaults::rateLimitStormGivesUpAfterThreeRetries()
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

void TestApiClientFaults::garbageRetryAfterWaitsTheDefault()
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

void TestApiClientFaults::timeoutOfAPostIsAmbiguous()
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

void TestApiClientFaults::timeoutOfAGetIsNot()
{
    m_server->setLatency(3000);
    m_client->setTransferTimeout(200);
    ApiResult result;
    SEQRING_WAIT_RESULT(m_client->send(ApiRequests::getSequentialRing(m_context)), result);
    QCOMPARE(result.error.kind, ApiError::Kind::Timeout);
    QVERIFY(!result.error.ambiguous);
}

void TestApiClientFaults::droppedConnectionsOfAPost()
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

void TestApiClientFaults::cancelWhileSending()
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

void TestApiClientFaults::cancelWhileWaitingForARetry()
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

QTEST_GUILESS_MAIN(TestApiClientFaults)
#include "tst_apiclientfaults.moc"
