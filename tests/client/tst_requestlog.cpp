// The session log: nothing unredacted given out (redacted when asked for), the last 500
// exchanges, bodies cut at 64 KiB, and its HAR 1.2 export, against the sandbox over loopback.
#include "app/client/apiclient.h"
#include "app/client/apirequests.h"
#include "app/client/harwriter.h"
#include "app/client/redaction.h"
#include "app/client/requestlog.h"
#include "app/client/responsereader.h"
#include "app/sandbox/sandboxserver.h"
#include "tests/common/harcheck.h"
#include "tests/common/jobwaiter.h"
#include "tests/common/sandboxfixture.h"

#include <QTemporaryDir>
#include <QTest>

using namespace seqring;

namespace
{

HttpRequestSpec specWithToken(const QByteArray &token, const QUrl &url = {})
{
    HttpRequestSpec spec;
    spec.method = "POST";
    spec.url = url.isEmpty() ? QUrl(QStringLiteral("https://webexapis.com/v1/x")) : url;
    spec.headers = {{"Authorization", "Bearer " + token}, {"Content-Type", "application/json"}};
    return spec;
}

QString everything(const RequestLogEntry &entry)
{
    QString text = entry.method + entry.url + entry.requestBody + entry.responseBody + entry.error;
    for (const auto &list : {entry.requestHeaders, entry.responseHeaders}) {
        for (const auto &pair : list)
            text += pair.first + pair.second;
    }
    return text;
}

} // namespace

// Tests what the session log keeps and what it never keeps.
class TestRequestLog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void redactionRemovesSecrets_data();
    void redactionRemovesSecrets();
    void redactionKeepsTheRest();
    void secretQueryItemsAreRedacted();
    void exchangesWithTheSandboxAreKeptRedacted();
    void keepsTheLast500();
    void bodiesAreCutAt64KiB();
    void bodiesAroundTheCutAreRedacted_data();
    void bodiesAroundTheCutAreRedacted();
    void failuresWithoutAnAnswerAreKept();
};

void TestRequestLog::redactionRemovesSecrets_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("secret");
    QTest::newRow("access token in JSON")
        << R"({"access_token": "AT-spot-me-1", "expires_in": 1209599})"
        << "AT-spot-me-1";
    QTest::newRow("refresh token in JSON")
        << R"({"refresh_token":"RT-spot-me-2","token_type":"Bearer"})"
        << "RT-spot-me-2";
    QTest::newRow("client secret with an escaped quote") << R"({"client_secret": "CS-\"spot\"-3"})"
                                                         << "spot";
    QTest::newRow("code verifier, other case") << R"({"Code_Verifier": "VERIFIER-4"})"
                                               << "VERIFIER-4";
    QTest::newRow("form body of a token request")
        << "grant_type=authorization_code&code=CODE-5&code_verifier=VER-5&client_secret=CS-5"
        << "-5";
    QTest::newRow("callback query") << "http://127.0.0.1:4711/callback?code=CODE-6&state=s"
                                    << "CODE-6";
    QTest::newRow("bearer header text") << "Authorization: Bearer abc.def-ghi_7"
                                        << "abc.def-ghi_7";
    QTest::newRow("basic credentials") << "Authorization: Basic dXNlcjpzZWNyZXQ="
                                       << "dXNlcjpz";
    QTest::newRow("upper case key") << R"({"PASSWORD": "PW-spot-9"})"
                                    << "PW-spot-9";
    QTest::newRow("cookie line after others") << "Accept: */*\nCookie: session=CK-10\n"
                                              << "CK-10";
}

void TestRequestLog::redactionRemovesSecrets()
{
    QFETCH(QString, text);
    QFETCH(QString, secret);
    // The quick test that lets most text skip the patterns must not let these skip them.
    QVERIFY(Redaction::mayHoldSecret(text));
    const QString redacted = Redaction::text(text);
    QVERIFY2(!redacted.contains(secret), qPrintable(redacted));
    QVERIFY2(redacted.contains(Redaction::marker()), qPrintable(redacted));
}

void TestRequestLog::redactionKeepsTheRest()
{
    const QString body = QStringLiteral(
        R"({"scheduleName": "code", "errorCode": 4003, "codec": "x", "trackingId": "T1"} codec=1)");
    QCOMPARE(Redaction::text(body), body);
    // A create's body and the usual headers hold none of the words the patterns need.
    for (const char *plain : {R"({"callsFrom": "ANY_PHONE_NUMBER", "ringEnabled": true})",
                              "application/json; charset=utf-8", "SEQRING_f6c3692c-dcb1-4da6"})
        QVERIFY2(!Redaction::mayHoldSecret(QString::fromLatin1(plain)), plain);
    const QByteArray token = "TEST-own-token-8";
    QCOMPARE(Redaction::text(QStringLiteral("echo TEST-own-token-8 back"), token),
             QStringLiteral("echo [redacted] back"));
    QVERIFY(Redaction::isSecretHeader("authorization"));
    QVERIFY(Redaction::isSecretHeader("Set-Cookie"));
    QVERIFY(!Redaction::isSecretHeader("TrackingID"));
}

void TestRequestLog::secretQueryItemsAreRedacted()
{
    const QUrl url(QStringLiteral("https://example.test/cb?state=S1&code=C-9&max=10"));
    const QString redacted = Redaction::url(url).toString();
    QVERIFY2(!redacted.contains(QLatin1String("C-9")), qPrintable(redacted));
    QVERIFY(redacted.contains(QLatin1String("state=S1")));
    QVERIFY(redacted.contains(QLatin1String("max=10")));
}

void TestRequestLog::exchangesWithTheSandboxAreKeptRedacted()
{
    sandbox::SandboxServer server;
    QString error;
    QVERIFY2(server.start(0, &error), qPrintable(error));
    RequestContext context;
    context.apiRoot = server.apiRoot();
    context.orgId = server.demoOrgId();
    context.token = server.demoToken();
    context.workspaceId = sandboxtest::londonBoardroom();
    ApiClient client;
    ApiResult result;
    SEQRING_WAIT_RESULT(client.send(ApiRequests::getSequentialRing(context)), result);
    QVERIFY2(result.ok, qPrintable(result.summary()));
    Criteria criteria;
    criteria.callsFrom = CallsFrom::AnyPhoneNumber;
    SEQRING_WAIT_RESULT(client.createCriteria(ApiRequests::createCriteria(criteria, context)),
                        result);
    QVERIFY2(result.ok, qPrintable(result.summary()));

    const auto &entries = client.requestLog()->entries();
    QCOMPARE(entries.size(), size_t(2));
    QCOMPARE(entries.at(0).method, QStringLiteral("GET"));
    QCOMPARE(entries.at(0).status, 200);
    QCOMPARE(entries.at(1).method, QStringLiteral("POST"));
    QCOMPARE(entries.at(1).status, 201);
    QVERIFY(entries.at(1).requestBody.contains(QLatin1String("ANY_PHONE_NUMBER")));
    QVERIFY(entries.at(1).responseBody.contains(result.createdId));
    QVERIFY(!entries.at(0).responseHeaders.isEmpty());
    for (const RequestLogEntry &entry : entries) {
        QVERIFY(!everything(entry).contains(server.demoToken()));
        QVERIFY(entry.requestHeaders.contains(
            qMakePair(QStringLiteral("Authorization"), Redaction::marker())));
    }

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("session.har"));
    QCOMPARE(HarWriter::write(path, *client.requestLog()), QString());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray har = file.readAll();
    int count = 0;
    const QStringList problems = test::harProblems(har, &count);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    QCOMPARE(count, 2);
    QVERIFY(!har.contains(server.demoToken().toUtf8()));
    QVERIFY(har.contains("\"postData\""));
    QCOMPARE(
        HarWriter::write(dir.filePath(QStringLiteral("missing/session.har")), *client.requestLog())
            .contains(QLatin1String("missing")),
        true);
}

void TestRequestLog::keepsTheLast500()
{
    RequestLog log;
    ApiResult result;
    result.httpStatus = 200;
    for (int i = 0; i < RequestLog::kCapacity + 5; ++i) {
        const QUrl url(QStringLiteral("https://webexapis.com/v1/x?i=%1").arg(i));
        log.record(specWithToken("TEST-token-500", url), result, QDateTime::currentDateTimeUtc(),
                   1);
    }
    QCOMPARE(log.entries().size(), size_t(RequestLog::kCapacity));
    QVERIFY(log.entries().front().url.endsWith(QLatin1String("i=5")));
    QVERIFY(log.entries().back().url.endsWith(QLatin1String("i=504")));
}

void TestRequestLog::bodiesAreCutAt64KiB()
{
    const QByteArray token = "TEST-token-cut";
    HttpAnswer answer;
    answer.status = 200;
    // A token endpoint's answer, padded beyond the cut; the secret sits past the cut too.
    answer.body = R"({"access_token": "AT-spot-me-cut", "padding": ")" +
                  QByteArray(200 * 1024, 'p') + R"(", "refresh_token": "RT-spot-me-cut"})";
    HttpRequestSpec spec = specWithToken(token);
    spec.body = "grant_type=refresh_token&refresh_token=RT-spot-me-cut&client_secret=CS-cut";
    const ApiResult result = ResponseReader::read(spec, answer);
    RequestLog log;
    log.record(spec, result, QDateTime::currentDateTimeUtc(), 3);
    const std::deque<RequestLogEntry> entries = log.entries();
    const RequestLogEntry &entry = entries.front();
    QCOMPARE(entry.responseBodyBytes, qint64(answer.body.size()));
    QVERIFY(entry.responseBody.size() < RequestLog::kMaxBodyBytes + 100);
    QVERIFY(entry.responseBody.contains(QLatin1String("cut at 65536")));
    for (const char *secret : {"AT-spot-me-cut", "RT-spot-me-cut", "CS-cut", "TEST-token-cut"})
        QVERIFY2(!everything(entry).contains(QLatin1String(secret)), secret);
}

void TestRequestLog::bodiesAroundTheCutAreRedacted_data()
{
    // Bodies up to the cut are kept as they came and redacted when asked for; longer ones
    // are redacted and cut when recorded. The secret ends the body, across the cut or not.
    QTest::addColumn<int>("size");
    QTest::newRow("well below") << 100;
    QTest::newRow("just below") << RequestLog::kMaxBodyBytes - 1;
    QTest::newRow("at the cut") << RequestLog::kMaxBodyBytes;
    QTest::newRow("one beyond") << RequestLog::kMaxBodyBytes + 1;
    QTest::newRow("well beyond") << RequestLog::kMaxBodyBytes + 5000;
    QTest::newRow("twice the cut") << 2 * RequestLog::kMaxBodyBytes;
}

void TestRequestLog::bodiesAroundTheCutAreRedacted()
{
    QFETCH(int, size);
    const QByteArray token = "TEST-token-edge";
    const QByteArray tail = R"(", "refresh_token": "RT-edge-secret", "t": "TEST-token-edge"})";
    const QByteArray head = R"({"padding": ")";
    const QByteArray body =
        head + QByteArray(std::max(0, size - int(head.size() + tail.size())), 'p') + tail;
    HttpRequestSpec spec = specWithToken(token);
    spec.body = "refresh_token=RT-edge-secret&client_secret=CS-edge";
    HttpAnswer answer;
    answer.status = 200;
    answer.body = body;
    RequestLog log;
    log.record(spec, ResponseReader::read(spec, answer), QDateTime::currentDateTimeUtc(), 2);
    QCOMPARE(log.size(), size_t(1));
    if (size >= 2 * RequestLog::kMaxBodyBytes)
        QVERIFY(RequestLog::keptBody(body, token).contains(QLatin1String("cut at 65536")));
    for (int take = 0; take < 2; ++take) { // each time asked, the same redacted entry
        const std::deque<RequestLogEntry> entries = log.entries();
        QCOMPARE(entries.size(), size_t(1));
        const RequestLogEntry &entry = entries.front();
        QCOMPARE(entry.responseBodyBytes, qint64(body.size()));
        QVERIFY(entry.responseBody.size() < RequestLog::kMaxBodyBytes + 100);
        QCOMPARE(entry.responseBody, RequestLog::keptBody(body, token)); // as if kept at once
        for (const char *secret : {"RT-edge-secret", "CS-edge", "TEST-token-edge"})
            QVERIFY2(!everything(entry).contains(QLatin1String(secret)), secret);
    }
    const QByteArray har = HarWriter::toHar(log).toJson();
    for (const char *secret : {"RT-edge-secret", "CS-edge", "TEST-token-edge"})
        QVERIFY2(!har.contains(secret), secret);
}

void TestRequestLog::failuresWithoutAnAnswerAreKept()
{
    RequestLog log;
    const HttpRequestSpec spec = specWithToken("TEST-token-fail");
    log.record(spec,
               ResponseReader::failure(spec, ApiError::Kind::Timeout,
                                       QStringLiteral("No answer in time.")),
               QDateTime::currentDateTimeUtc(), 30000);
    QCOMPARE(log.entries().front().status, 0);
    QCOMPARE(log.entries().front().error, QStringLiteral("No answer in time."));
    const QStringList problems = test::harProblems(HarWriter::toHar(log).toJson());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestRequestLog)
#include "tst_requestlog.moc"
