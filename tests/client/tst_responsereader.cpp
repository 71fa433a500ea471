// Reading answers, redacting them, the URL policy and the request builders: no network.
#include "app/client/apirequests.h"
#include "app/client/responsereader.h"
#include "models/urlpolicy.h"

#include <QTest>

using namespace seqring;

namespace
{

const QString kToken = QStringLiteral("TEST-token-not-real-0123456789");

HttpRequestSpec postSpec()
{
    RequestContext context;
    context.apiRoot = QStringLiteral("https://api.example.test/v1");
    context.workspaceId = QStringLiteral("WS1");
    context.orgId = QStringLiteral("ORG1");
    context.token = kToken;
    return ApiRequests::createCriteria(Criteria{}, context, QStringLiteral("SENT_TRACKING"));
}

HttpAnswer answer(int status, const QByteArray &body,
                  QList<QPair<QByteArray, QByteArray>> headers = {})
{
    HttpAnswer a;
    a.status = status;
    a.reasonPhrase = "Reason";
    a.headers = std::move(headers);
    a.body = body;
    return a;
}

} // namespace

// Tests ResponseReader, UrlPolicy and ApiRequests.
class TestResponseReader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void createdWithId();
    void noContentIsSuccess();
    void webexErrorBody();
    void topLevelErrorCodeAndStringCodes();
    void trackingIdPrecedence_data();
    void trackingIdPrecedence();
    void errorCodesOutOfRangeAreNoCodes();
    void retryAfterOn429();
    void malformedSuccessBody_data();
    void malformedSuccessBody();
    void htmlErrorPageKeepsStatus();
    void rawTextRedactsTokens();
    void detailsAreMadeOnlyWhenAsked();
    void errorTextCombinesEverything();
    void requestUrls_data();
    void requestUrls();
    void redirects_data();
    void redirects();
    void buildersUseTheCreateHeaders();
    void builderUrlsAndQueries();
};

void TestResponseReader::createdWithId()
{
    const ApiResult r = ResponseReader::read(
        postSpec(), answer(201, R"({"id": "NEW_ID", "trackingId": "BODY_T"})"));
    QVERIFY(r.ok);
    QCOMPARE(r.httpStatus, 201);
    QCOMPARE(r.createdId, QStringLiteral("NEW_ID"));
    QCOMPARE(r.trackingId, QStringLiteral("BODY_T"));
    QCOMPARE(r.error.kind, ApiError::Kind::None);
    QVERIFY(r.statusMeaning.contains(QLatin1String("201")));
    QVERIFY(r.summary().contains(QLatin1String("NEW_ID")));
    QCOMPARE(r.method, QByteArray("POST"));
}

void TestResponseReader::noContentIsSuccess()
{
    const ApiResult r = ResponseReader::read(postSpec(), answer(204, {}));
    QVERIFY(r.ok);
    QVERIFY(r.json.isNull());
    QVERIFY(r.statusMeaning.contains(QLatin1String("204")));
    QCOMPARE(r.trackingId, QStringLiteral("SENT_TRACKING"));
}

void TestResponseReader::webexErrorBody()
{
    const QByteArray body = R"({"message": "Invalid field", "errors": [
        {"description": "callsFrom is missing", "errorCode": 25008},
        {"description": "phoneNumbers too long", "errorCode": 25009}],
        "trackingId": "ROUTER_ABC"})";
    const ApiResult r = ResponseReader::read(postSpec(), answer(400, body));
    QVERIFY(!r.ok);
    QCOMPARE(r.error.kind, ApiError::Kind::Http);
    QCOMPARE(r.error.httpStatus, 400);
    QCOMPARE(r.error.serverMessage, QStringLiteral("Invalid field"));
    QCOMPARE(r.error.descriptions, QStringList({QStringLiteral("callsFrom is missing"),
                                                QStringLiteral("phoneNumbers too long")}));
    QCOMPARE(r.error.errorCodes, QList<qint64>({25008, 25009}));
    QVERIFY(!r.error.topLevelErrorCode);
    QCOMPARE(r.error.trackingId, QStringLiteral("ROUTER_ABC"));
    QCOMPARE(r.error.statusMeaning, r.statusMeaning);
    QCOMPARE(r.error.retryAfterSeconds, -1);
    QVERIFY(!r.error.ambiguous); // the job decides that, not the reader
}

void TestResponseReader::topLevelErrorCodeAndStringCodes()
{
    const ApiResult r =
        ResponseReader::read(postSpec(), answer(409, R"({"message": "Exists", "errorCode": 4003,
                        "errors": [{"description": "dup", "errorCode": "4004"}]})"));
    QCOMPARE(r.error.topLevelErrorCode.value_or(-1), 4003);
    QCOMPARE(r.error.errorCodes, QList<qint64>({4004}));
    const QString text = r.error.text();
    QVERIFY2(text.contains(QLatin1String("4003, 4004")), qPrintable(text));
}

// A fuzz finding: 1e300 as an errorCode was cast to qint64 (undefined). Codes that are no
// whole number a qint64 holds exactly are dropped; the message and descriptions stay.
void TestResponseReader::errorCodesOutOfRangeAreNoCodes()
{
    const ApiResult r =
        ResponseReader::read(postSpec(), answer(400, R"({"message": "Odd", "errorCode": 1e300,
                        "errors": [{"description": "big", "errorCode": -1e19},
                                   {"description": "half", "errorCode": 2.5},
                                   {"description": "fine", "errorCode": 25008}]})"));
    QVERIFY(!r.ok);
    QVERIFY(!r.error.topLevelErrorCode);
    QCOMPARE(r.error.errorCodes, QList<qint64>({25008}));
    QCOMPARE(r.error.descriptions.size(), 3);
    QVERIFY2(r.error.text().contains(QLatin1String("Odd")), qPrintable(r.error.text()));
}

void TestResponseReader::trackingIdPrecedence_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QString>("expected");
    QTest::newRow("body wins") << QByteArray(R"({"trackingId": "FROM_BODY"})")
                               << QByteArray("FROM_HEADER") << QStringLiteral("FROM_BODY");
    QTest::newRow("header next") << QByteArray(R"({"message": "x"})") << QByteArray("FROM_HEADER")
                                 << QStringLiteral("FROM_HEADER");
    QTest::newRow("sent last") << QByteArray() << QByteArray() << QStringLiteral("SENT_TRACKING");
}

void TestResponseReader::trackingIdPrecedence()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, header);
    QFETCH(QString, expected);
    QList<QPair<QByteArray, QByteArray>> headers;
    if (!header.isEmpty())
        headers.append({"TrackingId", header}); // any case
    const ApiResult r = ResponseReader::read(postSpec(), answer(500, body, headers));
    QCOMPARE(r.trackingId, expected);
    QCOMPARE(r.error.trackingId, expected);
    QVERIFY(r.error.text().contains(expected));
}

void TestResponseReader::retryAfterOn429()
{
    const ApiResult r = ResponseReader::read(postSpec(), answer(429, {}, {{"Retry-After", "12"}}));
    QCOMPARE(r.error.kind, ApiError::Kind::Http);
    QCOMPARE(r.error.retryAfterSeconds, 12);
    const ApiResult garbage =
        ResponseReader::read(postSpec(), answer(423, {}, {{"Retry-After", "rand(30),add(30)"}}));
    QCOMPARE(garbage.error.retryAfterSeconds, 5);
}

void TestResponseReader::malformedSuccessBody_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("truncated") << QByteArray(R"({"id": "abc)");
    QTest::newRow("html") << QByteArray("<html>hello</html>");
    QTest::newRow("array") << QByteArray("[1, 2]");
}

void TestResponseReader::malformedSuccessBody()
{
    QFETCH(QByteArray, body);
    const ApiResult r = ResponseReader::read(postSpec(), answer(200, body));
    QVERIFY(!r.ok);
    QCOMPARE(r.error.kind, ApiError::Kind::MalformedReply);
    QCOMPARE(r.error.httpStatus, 200);
    QVERIFY(r.error.problem.contains(QLatin1String("could not be read")));
    QCOMPARE(r.body, body);
}

void TestResponseReader::htmlErrorPageKeepsStatus()
{
    const ApiResult r = ResponseReader::read(postSpec(), answer(502, "<html>Bad gateway</html>"));
    QCOMPARE(r.error.kind, ApiError::Kind::Http);
    QCOMPARE(r.error.httpStatus, 502);
    QVERIFY(r.error.serverMessage.isEmpty());
    QVERIFY(r.error.rawResponse.text().contains(QLatin1String("<html>Bad gateway</html>")));
    QVERIFY(r.error.rawResponse.text().startsWith(QLatin1String("HTTP/1.1 502 Reason\n")));
}

void TestResponseReader::rawTextRedactsTokens()
{
    const QByteArray token = kToken.toUtf8();
    const HttpAnswer a = answer(
        401, R"({"message": "token )" + token + R"( expired", "hint": "Bearer abc.def-ghi"})",
        {{"Authorization", "Bearer " + token},
         {"WWW-Authenticate", "Bearer realm=x"},
         {"X-Echo", token}});
    const ApiResult r = ResponseReader::read(postSpec(), a);
    QVERIFY(!r.rawResponse.text().contains(kToken));
    QVERIFY(!r.error.rawResponse.text().contains(kToken));
    QVERIFY(!r.rawResponse.text().contains(QLatin1String("abc.def-ghi")));
    QVERIFY(r.rawResponse.text().contains(QLatin1String("Authorization: [redacted]")));
    QVERIFY(r.rawResponse.text().contains(QLatin1String("X-Echo: [redacted]")));
    QVERIFY(r.rawResponse.text().contains(QLatin1String("expired")));
    QCOMPARE(ResponseReader::bearerToken(postSpec()), token);
}

void TestResponseReader::detailsAreMadeOnlyWhenAsked()
{
    const QByteArray token = kToken.toUtf8();
    const HttpAnswer a =
        answer(400, R"({"message": "bad )" + token + R"(", "access_token": "AT-x"})",
               {{"Set-Cookie", "s=1"}, {"X-Echo", token}});
    const int before = AnswerDetails::renderCount();
    const ApiResult r = ResponseReader::read(postSpec(), a);
    const ApiResult failed =
        ResponseReader::failure(postSpec(), ApiError::Kind::Timeout, QStringLiteral("No answer."));
    const ApiResult copy = r; // results are copied into signals: still nothing made
    QCOMPARE(AnswerDetails::renderCount(), before);
    QVERIFY(!copy.rawResponse.isEmpty());
    QVERIFY(!copy.error.rawResponse.isEmpty());
    QVERIFY(failed.rawResponse.isEmpty());
    QCOMPARE(AnswerDetails::renderCount(), before);

    const QString shown = copy.error.rawResponse.text(); // the details view asks
    QCOMPARE(AnswerDetails::renderCount(), before + 1);
    QCOMPARE(shown, ResponseReader::rawText(a, token));
    QVERIFY(shown.startsWith(QLatin1String("HTTP/1.1 400 Reason\n")));
    QVERIFY(shown.contains(QLatin1String("Set-Cookie: [redacted]")));
    QVERIFY(shown.contains(QLatin1String("X-Echo: [redacted]")));
    QVERIFY(!shown.contains(kToken));
    QVERIFY(!shown.contains(QLatin1String("AT-x")));
    QCOMPARE(failed.rawResponse.text(), QString());
    QCOMPARE(AnswerDetails(QStringLiteral("as written")).text(), QStringLiteral("as written"));
}

void TestResponseReader::errorTextCombinesEverything()
{
    ApiResult r = ResponseReader::read(
        postSpec(), answer(503, R"({"message": "Down", "errors": [{"description": "Later"}],
                                     "trackingId": "T-9"})",
                           {{"Retry-After", "30"}}));
    r.error.ambiguous = true;
    r.error.ambiguityNote = QStringLiteral("Maybe created.");
    const QString text = r.error.text();
    for (const auto &part :
         {QStringLiteral("503"), QStringLiteral("Down"), QStringLiteral("Later"),
          QStringLiteral("T-9"), QStringLiteral("30 second"), QStringLiteral("Maybe created.")})
        QVERIFY2(text.contains(part), qPrintable(part + QStringLiteral(" in ") + text));
    QCOMPARE(r.summary(), text);
}

void TestResponseReader::requestUrls_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("https remote") << QStringLiteral("https://webexapis.com/v1/x") << true;
    QTest::newRow("http 127.0.0.1") << QStringLiteral("http://127.0.0.1:8080/v1") << true;
    QTest::newRow("http 127.1.2.3") << QStringLiteral("http://127.1.2.3/v1") << true;
    QTest::newRow("http ::1") << QStringLiteral("http://[::1]:9000/v1") << true;
    QTest::newRow("http localhost") << QStringLiteral("http://LocalHost:1/v1") << true;
    QTest::newRow("http remote") << QStringLiteral("http://webexapis.com/v1") << false;
    QTest::newRow("http lan") << QStringLiteral("http://192.168.1.5/v1") << false;
    QTest::newRow("http look-alike") << QStringLiteral("http://localhost.example.com/") << false;
    QTest::newRow("http 128.0.0.1") << QStringLiteral("http://128.0.0.1/") << false;
    QTest::newRow("ftp") << QStringLiteral("ftp://127.0.0.1/") << false;
    QTest::newRow("no host") << QStringLiteral("https:///v1") << false;
}

void TestResponseReader::requestUrls()
{
    QFETCH(QString, url);
    QFETCH(bool, allowed);
    const QString why = UrlPolicy::checkRequestUrl(QUrl(url));
    QCOMPARE(why.isEmpty(), allowed);
    if (!allowed && url.startsWith(QLatin1String("http:")))
        QVERIFY2(why.contains(QLatin1String("https")), qPrintable(why));
}

void TestResponseReader::redirects_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("same host path")
        << QStringLiteral("https://a.test/v1/x") << QStringLiteral("https://a.test/v2/x") << true;
    QTest::newRow("other host") << QStringLiteral("https://a.test/v1")
                                << QStringLiteral("https://b.test/v1") << false;
    QTest::newRow("downgrade") << QStringLiteral("https://a.test/v1")
                               << QStringLiteral("http://a.test/v1") << false;
    QTest::newRow("loopback to elsewhere") << QStringLiteral("http://127.0.0.1:5/v1")
                                           << QStringLiteral("http://example.invalid/") << false;
    QTest::newRow("loopback same") << QStringLiteral("http://127.0.0.1:5/v1")
                                   << QStringLiteral("http://127.0.0.1:5/v2") << true;
}

void TestResponseReader::redirects()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(bool, allowed);
    QCOMPARE(UrlPolicy::checkRedirect(QUrl(from), QUrl(to)).isEmpty(), allowed);
}

void TestResponseReader::buildersUseTheCreateHeaders()
{
    RequestContext context;
    context.apiRoot = QStringLiteral("https://api.example.test/v1/");
    context.workspaceId = QStringLiteral("WS/1");
    context.orgId = QStringLiteral("ORG+1=");
    context.token = kToken;
    const HttpRequestSpec create = ApiRequests::createCriteria(Criteria{}, context);
    const QList<HttpRequestSpec> specs = {
        ApiRequests::getSequentialRing(context),
        ApiRequests::getCriteria(context, QStringLiteral("C1")),
        ApiRequests::deleteCriteria(context, QStringLiteral("C1")),
        ApiRequests::putCriteria(context, QStringLiteral("C1"), "{}"),
        ApiRequests::listWorkspaces(context),
        ApiRequests::getWorkspace(context),
        ApiRequests::listLicenses(context),
        ApiRequests::listSchedules(context, QStringLiteral("LOC1"))};
    for (const HttpRequestSpec &spec : specs) {
        QCOMPARE(spec.header("Authorization"), create.header("Authorization"));
        QCOMPARE(spec.header("Accept"), create.header("Accept"));
        QVERIFY(spec.trackingId.startsWith(QLatin1String("SEQRING_")));
        QCOMPARE(spec.header("TrackingID"), spec.trackingId.toUtf8());
        QCOMPARE(spec.header("Content-Type").isEmpty(), spec.body.isEmpty());
        QCOMPARE(QUrlQuery(spec.url).queryItemValue(QStringLiteral("orgId"), QUrl::FullyDecoded),
                 context.orgId);
    }
    QVERIFY(specs.at(0).trackingId != specs.at(1).trackingId); // fresh per request
}

void TestResponseReader::builderUrlsAndQueries()
{
    RequestContext context;
    context.apiRoot = QStringLiteral("http://127.0.0.1:1234/v1");
    context.workspaceId = QStringLiteral("WS1");
    context.token = kToken;
    const QString ring = QStringLiteral("/v1/telephony/config/workspaces/WS1/sequentialRing");
    QCOMPARE(ApiRequests::getSequentialRing(context).url.path(), ring);
    QCOMPARE(ApiRequests::getSequentialRing(context).method, QByteArray("GET"));
    QCOMPARE(ApiRequests::deleteCriteria(context, QStringLiteral("C 1")).url.path(),
             ring + QStringLiteral("/criteria/C 1"));
    QCOMPARE(ApiRequests::deleteCriteria(context, QStringLiteral("C 1")).method,
             QByteArray("DELETE"));
    QCOMPARE(ApiRequests::getWorkspace(context).url.path(), QStringLiteral("/v1/workspaces/WS1"));
    QCOMPARE(ApiRequests::listLicenses(context).url.toString(),
             QStringLiteral("http://127.0.0.1:1234/v1/licenses"));
    const HttpRequestSpec page =
        ApiRequests::listPage(context, QStringLiteral("locations"), 200, 100);
    QCOMPARE(page.method, QByteArray("GET"));
    QCOMPARE(page.url.path(), QStringLiteral("/v1/locations"));
    QCOMPARE(QUrlQuery(page.url).queryItemValue(QStringLiteral("start")), QStringLiteral("200"));
    QCOMPARE(QUrlQuery(page.url).queryItemValue(QStringLiteral("max")), QStringLiteral("100"));
    QUrlQuery filters;
    filters.addQueryItem(QStringLiteral("name"), QStringLiteral("Office hours & more"));
    const QUrl schedules = ApiRequests::listSchedules(context, QStringLiteral("L1"), filters).url;
    QCOMPARE(schedules.path(), QStringLiteral("/v1/telephony/config/locations/L1/schedules"));
    QCOMPARE(QUrlQuery(schedules).queryItemValue(QStringLiteral("name"), QUrl::FullyDecoded),
             QStringLiteral("Office hours & more"));
    const HttpRequestSpec put = ApiRequests::putSequentialRing(context, "{\"enabled\":true}");
    QCOMPARE(put.method, QByteArray("PUT"));
    QCOMPARE(put.body, QByteArray("{\"enabled\":true}"));
    QCOMPARE(put.header("Content-Type"), QByteArray("application/json"));
}

QTEST_GUILESS_MAIN(TestResponseReader)
#include "tst_responsereader.moc"
