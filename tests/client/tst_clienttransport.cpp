// The client's transport rules against scripted loopback servers: redirects, refused
// connections, plain http to other hosts, streamed oversized replies, dropped connections.
#include "app/client/apiclient.h"
#include "app/client/apirequests.h"
#include "app/client/httpstatus.h"
#include "tests/client/fakehttpserver.h"
#include "tests/common/jobwaiter.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace seqring;
using seqring::test::FakeHttpServer;

namespace
{

const QString kToken = QStringLiteral("TEST-transport-token-0000");

RequestContext contextFor(const QString &apiRoot)
{
    RequestContext context;
    context.apiRoot = apiRoot;
    context.workspaceId = QStringLiteral("WS1");
    context.orgId = QStringLiteral("ORG1");
    context.token = kToken;
    return context;
}

HttpRequestSpec createSpec(const QString &apiRoot)
{
    Criteria criteria;
    criteria.callsFrom = CallsFrom::AnyPhoneNumber;
    return ApiRequests::createCriteria(criteria, contextFor(apiRoot));
}

QByteArray okJson(const QByteArray &json)
{
    return "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " +
           QByteArray::number(json.size()) + "\r\nConnection: close\r\n\r\n" + json;
}

} // namespace

// Tests what the jobs refuse and how they report transport failures.
class TestClientTransport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void redirectToAnotherHostIsRefused();
    void redirectWithinTheHostIsFollowed();
    void connectionRefusedOnAClosedPort();
    void plainHttpToAnotherHostIsRefusedBeforeSending_data();
    void plainHttpToAnotherHostIsRefusedBeforeSending();
    void streamedOversizedReplyIsAborted();
    void announcedOversizedReplyIsRefusedAtOnce();
    void droppedConnectionAfterSendingIsAmbiguousForPost();
    void droppedConnectionIsNotAmbiguousForGet();
    void destroyingTheClientAbortsRunningJobs();
};

void TestClientTransport::redirectToAnotherHostIsRefused()
{
    FakeHttpServer server([](const QByteArray &) -> QByteArray {
        return "HTTP/1.1 302 Found\r\nLocation: http://example.invalid/v1/stolen\r\n"
               "Content-Length: 0\r\nConnection: close\r\n\r\n";
    });
    QVERIFY(server.listen());
    ApiClient client;
    const HttpRequestSpec spec = ApiRequests::getSequentialRing(contextFor(server.root()));
    ApiResult result;
    SEQRING_WAIT_RESULT(client.send(spec), result);
    QVERIFY(!result.ok);
    QCOMPARE(result.error.kind, ApiError::Kind::RedirectRefused);
    QVERIFY2(result.error.problem.contains(QLatin1String("example.invalid")),
             qPrintable(result.error.problem));
    QVERIFY(result.error.problem.contains(QLatin1String("another host")));
    QCOMPARE(server.requests.size(), 1); // nothing followed it
    QVERIFY(!result.error.ambiguous);
    QCOMPARE(result.error.trackingId, spec.trackingId);
}

void TestClientTransport::redirectWithinTheHostIsFollowed()
{
    FakeHttpServer server([](const QByteArray &request) -> QByteArray {
        if (request.startsWith("GET /v1/licenses?"))
            return "HTTP/1.1 301 Moved\r\nLocation: /v1/licenses2\r\nContent-Length: 0\r\n"
                   "Connection: close\r\n\r\n";
        return okJson(R"({"items": []})");
    });
    QVERIFY(server.listen());
    ApiClient client;
    ApiResult result;
    SEQRING_WAIT_RESULT(client.send(ApiRequests::listLicenses(contextFor(server.root()))), result);
    QVERIFY2(result.ok, qPrintable(result.summary()));
    QCOMPARE(result.httpStatus, 200);
    QCOMPARE(server.requests.size(), 2);
    QVERIFY(server.requests.at(1).startsWith("GET /v1/licenses2 HTTP/1.1\r\n"));
}

void TestClientTransport::connectionRefusedOnAClosedPort()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();
    ApiClient client;
    ApiResult result;
    SEQRING_WAIT_RESULT(
        client.createCriteria(createSpec(QStringLiteral("http://127.0.0.1:%1/v1").arg(port))),
        result);
    QVERIFY(!result.ok);
    QCOMPARE(result.error.kind, ApiError::Kind::Network);
    QCOMPARE(result.error.problem,
             HttpStatus::networkErrorText(QNetworkReply::ConnectionRefusedError));
    QCOMPARE(result.httpStatus, 0);
    QVERIFY(!result.error.ambiguous); // never reached the server
    QVERIFY(!result.error.text().contains(QLatin1String("may or may not")));
}

void TestClientTransport::plainHttpToAnotherHostIsRefusedBeforeSending_data()
{
    QTest::addColumn<QString>("root");
    QTest::newRow("documentation address") << QStringLiteral("http://192.0.2.10/v1");
    QTest::newRow("real service over http") << QStringLiteral("http://webexapis.com/v1");
}

void TestClientTransport::plainHttpToAnotherHostIsRefusedBeforeSending()
{
    QFETCH(QString, root);
    ApiClient client;
    ApiJob *job = client.createCriteria(createSpec(root));
    QSignalSpy spy(job, &ApiJob::finished);
    QCOMPARE(spy.count(), 0); // never synchronously: callers connect after the call
    QVERIFY(spy.wait(2000));
    QCOMPARE(spy.count(), 1);
    const ApiResult result = spy.at(0).at(0).value<ApiResult>();
    QCOMPARE(result.error.kind, ApiError::Kind::InsecureUrl);
    QCOMPARE(result.attempts, 0);
    QVERIFY(result.error.text().contains(QLatin1String("Nothing was sent")));
    QVERIFY(result.error.text().contains(QLatin1String("https")));
    QVERIFY(!result.error.text().contains(kToken));
}

void TestClientTransport::streamedOversizedReplyIsAborted()
{
    // No Content-Length: only counting the bytes as they arrive can stop it.
    FakeHttpServer server([](const QByteArray &) -> QByteArray {
        return "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n"
               "{\"padding\": \"" +
               QByteArray(3 * 1024 * 1024, 'x') + "\"}";
    });
    QVERIFY(server.listen());
    ApiClient client;
    ApiResult result;
    SEQRING_WAIT_RESULT(client.send(ApiRequests::listWorkspaces(contextFor(server.root()))),
                        result);
    QCOMPARE(result.error.kind, ApiError::Kind::ReplyTooLarge);
    QVERIFY(result.error.problem.contains(QString::number(ApiClient::kMaxReplyBytes)));
    QCOMPARE(result.httpStatus, 200);
}

void TestClientTransport::announcedOversizedReplyIsRefusedAtOnce()
{
    // Content-Length alone is enough: the body is never waited for.
    FakeHttpServer server([](const QByteArray &) -> QByteArray {
        return "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
               "Content-Length: 5000000\r\n\r\n{\"items\": [";
    });
    QVERIFY(server.listen());
    ApiClient client;
    ApiResult result;
    SEQRING_WAIT_RESULT(client.send(ApiRequests::listWorkspaces(contextFor(server.root()))),
                        result);
    QCOMPARE(result.error.kind, ApiError::Kind::ReplyTooLarge);
    QVERIFY2(result.error.problem.contains(QLatin1String("5000000")),
             qPrintable(result.error.problem));
}

void TestClientTransport::droppedConnectionAfterSendingIsAmbiguousForPost()
{
    FakeHttpServer server([](const QByteArray &) { return QByteArray(); }); // close unanswered
    QVERIFY(server.listen());
    ApiClient client;
    const HttpRequestSpec spec = createSpec(server.root());
    ApiResult result;
    SEQRING_WAIT_RESULT(client.createCriteria(spec), result);
    QCOMPARE(result.error.kind, ApiError::Kind::Network);
    QCOMPARE(result.error.problem,
             HttpStatus::networkErrorText(QNetworkReply::RemoteHostClosedError));
    QVERIFY(result.error.ambiguous);
    QVERIFY(result.error.text().contains(QLatin1String("may or may not have been created")));
    QCOMPARE(result.attempts, 1); // we sent it once; Qt's HTTP layer may resend it itself
    // Qt's HTTP/1 layer (not this client) re-sends a request once when the connection
    // closes before any answer byte; the ambiguity note is what protects the admin.
    QVERIFY(server.requests.size() >= 1 && server.requests.size() <= 2);
    QVERIFY(server.requests.first().endsWith(spec.body));
}

void TestClientTransport::droppedConnectionIsNotAmbiguousForGet()
{
    FakeHttpServer server([](const QByteArray &) { return QByteArray(); });
    QVERIFY(server.listen());
    ApiClient client;
    ApiResult result;
    SEQRING_WAIT_RESULT(client.send(ApiRequests::getSequentialRing(contextFor(server.root()))),
                        result);
    QCOMPARE(result.error.kind, ApiError::Kind::Network);
    QVERIFY(!result.error.ambiguous);
}

void TestClientTransport::destroyingTheClientAbortsRunningJobs()
{
    FakeHttpServer server([](const QByteArray &) { return okJson("{}"); });
    QVERIFY(server.listen());
    auto *client = new ApiClient;
    QPointer<ApiJob> job = client->send(ApiRequests::listLicenses(contextFor(server.root())));
    QSignalSpy spy(job.data(), &ApiJob::finished);
    delete client;
    QVERIFY(job.isNull());
    QCOMPARE(spy.count(), 0);
}

QTEST_GUILESS_MAIN(TestClientTransport)
#include "tst_clienttransport.moc"
