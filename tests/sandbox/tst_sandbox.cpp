// Creating criteria in the sandbox over loopback HTTP: success, 400, 401, 403 and 404; and
// the sandbox's request log.
#include "app/sandbox/sandboxserver.h"
#include "tests/common/bulkdata.h"
#include "tests/common/sandboxfixture.h"
#include "tests/sandbox/sandboxhttp.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QTest>
#include <memory>

using namespace sandboxtest;
using seqring::sandbox::SandboxServer;

namespace
{

// Records every message logged while it lives, as "category: text", with the seqring.sandbox
// debug lines turned on; puts the previous handler and the default rules back when it goes.
class LogCapture
{
    Q_DISABLE_COPY_MOVE(LogCapture)
public:
    LogCapture()
    {
        s_lines.clear();
        s_previous = qInstallMessageHandler(record);
        QLoggingCategory::setFilterRules(QStringLiteral("seqring.sandbox.debug=true"));
    }
    ~LogCapture()
    {
        QLoggingCategory::setFilterRules(QString());
        qInstallMessageHandler(s_previous);
    }
    QStringList lines() const { return s_lines; }

private:
    static void record(QtMsgType type, const QMessageLogContext &context, const QString &text)
    {
        const QString category = QString::fromLatin1(context.category ? context.category : "");
        s_lines.append(category + QLatin1String(": ") + text);
        if (category != QLatin1String("seqring.sandbox") && s_previous)
            s_previous(type, context, text);
    }
    static inline QStringList s_lines;
    static inline QtMessageHandler s_previous = nullptr;
};

} // namespace

// Creates criteria over HTTP, checks every refusal, and what the sandbox logs.
class TestSandbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void createGetAndList();
    void badRequest_data();
    void badRequest();
    void unauthorized_data();
    void unauthorized();
    void forbidden_data();
    void forbidden();
    void notFound_data();
    void notFound();
    void logsRequestsWithoutSecrets();

private:
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<HttpClient> m_http;
};

void TestSandbox::init()
{
    m_server = std::make_unique<SandboxServer>();
    QString error;
    QVERIFY2(m_server->start(0, &error), qPrintable(error));
    QVERIFY(m_server->port() != 0);
    m_http = std::make_unique<HttpClient>(m_server->apiRoot(), m_server->demoToken());
}

void TestSandbox::cleanup()
{
    m_http.reset();
    m_server.reset();
}

void TestSandbox::createGetAndList()
{
    QSignalSpy announced(m_server.get(), &SandboxServer::requestReceived);
    const HttpResult created = m_http->send("POST", criteriaPath(londonBoardroom()), seedExample());
    QCOMPARE(created.status, 201);
    QCOMPARE(announced.count(), 1);
    QCOMPARE(announced.first().first().value<seqring::sandbox::RecordedRequest>().body,
             seedExample());
    const QString id = created.json().value(QLatin1String("id")).toString();
    QVERIFY(QRegularExpression(QStringLiteral("^Y2lzY29zcGFyazovL3VzL0NSSVRFUklBL[A-Za-z0-9]+$"))
                .match(id)
                .hasMatch());
    QCOMPARE(
        QString::fromLatin1(QByteArray::fromBase64(id.toLatin1())).section(QLatin1Char('/'), 0, 3),
        QStringLiteral("ciscospark://us/CRITERIA"));

    const HttpResult got =
        m_http->send("GET", criteriaPath(londonBoardroom()) + QLatin1Char('/') + id);
    QCOMPARE(got.status, 200);
    QJsonObject expected = QJsonDocument::fromJson(seedExample()).object();
    expected.insert(QLatin1String("id"), id);
    QCOMPARE(got.json(), expected);

    const HttpResult settings = m_http->send("GET", settingsPath(londonBoardroom()));
    QCOMPARE(settings.status, 200);
    const QJsonArray criteria = settings.json().value(QLatin1String("criteria")).toArray();
    QCOMPARE(criteria.size(), 1);
    QCOMPARE(criteria.first().toObject(),
             (QJsonObject{{QLatin1String("id"), id},
                          {QLatin1String("scheduleName"), QStringLiteral("Business Vacation")},
                          {QLatin1String("source"), QStringLiteral("SPECIFIC_NUMBERS")},
                          {QLatin1String("ringEnabled"), true}}));
    QVERIFY(settings.json().value(QLatin1String("baseLocationNumberOfRings")).isString());
    QCOMPARE(settings.json().value(QLatin1String("phoneNumbers")).toArray().size(), 5);

    // What went over the wire, as the server recorded it.
    const auto received = m_server->receivedRequests();
    QCOMPARE(received.size(), 3);
    QCOMPARE(received.first().method, QByteArrayLiteral("POST"));
    QCOMPARE(received.first().path, QStringLiteral("/v1") + criteriaPath(londonBoardroom()));
    QCOMPARE(received.first().body, seedExample());
    QCOMPARE(received.first().header("authorization"),
             QByteArrayLiteral("Bearer sandbox-demo-admin-token"));
    QCOMPARE(received.first().header("content-type"), QByteArrayLiteral("application/json"));
}

void TestSandbox::badRequest_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QStringList>("mentions"); // the message names the field and the value

    const auto row = [](const char *name, const char *body, const QStringList &mentions) {
        QTest::newRow(name) << QByteArray(body) << mentions;
    };
    row("callsFrom missing", R"({"ringEnabled":true})", {QStringLiteral("\"callsFrom\"")});
    row("ringEnabled missing", R"({"callsFrom":"ANY_PHONE_NUMBER"})",
        {QStringLiteral("\"ringEnabled\"")});
    row("ringEnabled not a boolean", R"({"callsFrom":"ANY_PHONE_NUMBER","ringEnabled":"yes"})",
        {QStringLiteral("\"ringEnabled\""), QStringLiteral("\"yes\"")});
    row("phoneNumbers not a list",
        R"({"callsFrom":"SELECT_PHONE_NUMBERS","ringEnabled":true,"phoneNumbers":"+442071838750"})",
        {QStringLiteral("\"phoneNumbers\""), QStringLiteral("+442071838750")});
    row("scheduleName not a string",
        R"({"callsFrom":"ANY_PHONE_NUMBER","ringEnabled":true,"scheduleName":7,"scheduleType":"holidays","scheduleLevel":"GROUP"})",
        {QStringLiteral("\"scheduleName\""), QStringLiteral("7")});
    row("unknown callsFrom", R"({"callsFrom":"SOME_NUMBERS","ringEnabled":true})",
        {QStringLiteral("\"callsFrom\""), QStringLiteral("\"SOME_NUMBERS\"")});
    row("unknown scheduleType",
        R"({"callsFrom":"ANY_PHONE_NUMBER","ringEnabled":true,"scheduleName":"Business Vacation","scheduleType":"weekends","scheduleLevel":"GROUP"})",
        {QStringLiteral("\"scheduleType\""), QStringLiteral("\"weekends\"")});
    row("unknown scheduleLevel",
        R"({"callsFrom":"ANY_PHONE_NUMBER","ringEnabled":true,"scheduleName":"Business Vacation","scheduleType":"holidays","scheduleLevel":"LOCATION"})",
        {QStringLiteral("\"scheduleLevel\""), QStringLiteral("\"LOCATION\"")});
    row("unknown key", R"({"callsFrom":"ANY_PHONE_NUMBER","ringEnabled":true,"ringEnable":true})",
        {QStringLiteral("\"ringEnable\"")});
    row("phoneNumbers with ANY",
        R"({"callsFrom":"ANY_PHONE_NUMBER","ringEnabled":true,"phoneNumbers":["+442071838750"]})",
        {QStringLiteral("\"phoneNumbers\""), QStringLiteral("ANY_PHONE_NUMBER")});
    row("anonymousCallersEnabled with ANY",
        R"({"callsFrom":"ANY_PHONE_NUMBER","ringEnabled":true,"anonymousCallersEnabled":true})",
        {QStringLiteral("\"anonymousCallersEnabled\""), QStringLiteral("ANY_PHONE_NUMBER")});
    row("unavailableCallersEnabled with ANY",
        R"({"callsFrom":"ANY_PHONE_NUMBER","ringEnabled":true,"unavailableCallersEnabled":false})",
        {QStringLiteral("\"unavailableCallersEnabled\""), QStringLiteral("false")});
    row("only scheduleName",
        R"({"callsFrom":"ANY_PHONE_NUMBER","ringEnabled":true,"scheduleName":"Business Vacation"})",
        {QStringLiteral("\"scheduleType\""), QStringLiteral("1 of 3")});
    row("schedule of another location",
        R"({"callsFrom":"ANY_PHONE_NUMBER","ringEnabled":false,"scheduleName":"US Federal Holidays","scheduleType":"holidays","scheduleLevel":"GROUP"})",
        {QStringLiteral("\"scheduleName\""), QStringLiteral("\"US Federal Holidays\"")});
    row("scheduleType does not match",
        R"({"callsFrom":"ANY_PHONE_NUMBER","ringEnabled":true,"scheduleName":"Business Vacation","scheduleType":"businessHours","scheduleLevel":"GROUP"})",
        {QStringLiteral("\"businessHours\""), QStringLiteral("\"holidays\"")});
    row("SELECT without callers",
        R"({"callsFrom":"SELECT_PHONE_NUMBERS","ringEnabled":true,"anonymousCallersEnabled":false})",
        {QStringLiteral("SELECT_PHONE_NUMBERS"), QStringLiteral("\"phoneNumbers\"")});
    QStringList thirteen;
    for (int i = 0; i < 13; ++i)
        thirteen.append(QStringLiteral("\"+4420718387%1\"").arg(i + 10));
    const QByteArray tooMany =
        R"({"callsFrom":"SELECT_PHONE_NUMBERS","ringEnabled":true,"phoneNumbers":[)" +
        thirteen.join(QLatin1Char(',')).toUtf8() + "]}";
    QTest::newRow("13 numbers") << tooMany
                                << QStringList{QStringLiteral("13"), QStringLiteral("12")};
    row("number not E.164",
        R"({"callsFrom":"SELECT_PHONE_NUMBERS","ringEnabled":true,"phoneNumbers":["020 7183 8750"]})",
        {QStringLiteral("\"020 7183 8750\""), QStringLiteral("E.164")});
    row("number without plus",
        R"({"callsFrom":"SELECT_PHONE_NUMBERS","ringEnabled":true,"phoneNumbers":["442071838750"]})",
        {QStringLiteral("\"442071838750\"")});
    row("invalid JSON", R"({"callsFrom": )", {QStringLiteral("not valid JSON")});
    row("JSON array", R"([])", {QStringLiteral("JSON object")});
}

void TestSandbox::badRequest()
{
    QFETCH(QByteArray, body);
    QFETCH(QStringList, mentions);
    const HttpResult result = m_http->send("POST", criteriaPath(londonReception()), body);
    QCOMPARE(result.status, 400);
    const QJsonObject json = result.json();
    for (const QString &mention : mentions)
        QVERIFY2(result.message().contains(mention), qPrintable(result.message()));
    const QJsonObject detail = json.value(QLatin1String("errors")).toArray().first().toObject();
    QCOMPARE(detail.value(QLatin1String("description")).toString(), result.message());
    QVERIFY(detail.value(QLatin1String("errorCode")).toInt() > 0);
    QVERIFY(
        json.value(QLatin1String("trackingId")).toString().startsWith(QLatin1String("SANDBOX_")));
    // Nothing was created.
    QCOMPARE(seqring::test::criteriaCount(m_server->data(), londonReception()), 1);
}

void TestSandbox::unauthorized_data()
{
    QTest::addColumn<QByteArray>("authorization");
    QTest::newRow("no token") << QByteArray();
    QTest::newRow("unknown token") << QByteArrayLiteral("Bearer not-a-sandbox-token");
    QTest::newRow("not a bearer") << QByteArrayLiteral("Basic c2FuZGJveDpkZW1v");
}

void TestSandbox::unauthorized()
{
    QFETCH(QByteArray, authorization);
    m_http->setToken(QString());
    QList<QPair<QByteArray, QByteArray>> headers;
    if (!authorization.isEmpty())
        headers.append({QByteArrayLiteral("Authorization"), authorization});
    const HttpResult result =
        m_http->send("POST", criteriaPath(londonReception()), seedExample(), headers);
    QCOMPARE(result.status, 401);
    QVERIFY(result.message().contains(QLatin1String("access token")));
    QCOMPARE(m_http->send("GET", QStringLiteral("/workspaces"), {}, headers).status, 401);
}

void TestSandbox::forbidden_data()
{
    QTest::addColumn<bool>("readOnly");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("mention");
    QTest::newRow("read-only token creates")
        << true << QByteArrayLiteral("POST") << criteriaPath(londonReception())
        << QStringLiteral("spark-admin:workspaces_write");
    QTest::newRow("read-only token deletes")
        << true << QByteArrayLiteral("DELETE")
        << criteriaPath(londonReception()) + QLatin1Char('/') + seededCriteria()
        << QStringLiteral("spark-admin:workspaces_write");
    QTest::newRow("Workspaces license only")
        << false << QByteArrayLiteral("POST") << criteriaPath(londonKitchen())
        << QStringLiteral("Webex Calling Professional license");
    QTest::newRow("not on Webex Calling")
        << false << QByteArrayLiteral("POST") << criteriaPath(sanJoseTraining())
        << QStringLiteral("Webex Calling Professional license");
    QTest::newRow("settings of a basic workspace")
        << false << QByteArrayLiteral("GET") << settingsPath(londonKitchen())
        << QStringLiteral("London - Kitchen Phone");
}

void TestSandbox::forbidden()
{
    QFETCH(bool, readOnly);
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QString, mention);
    if (readOnly)
        m_http->setToken(m_server->readOnlyToken());
    const HttpResult result =
        m_http->send(method, path, method == "GET" ? QByteArray() : seedExample());
    QCOMPARE(result.status, 403);
    QVERIFY2(result.message().contains(mention), qPrintable(result.message()));
    if (readOnly) // a read-only administrator can still read
        QCOMPARE(m_http->send("GET", settingsPath(londonReception())).status, 200);
}

void TestSandbox::notFound_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    const QString unknownWorkspace = QStringLiteral("Y2lzY29zcGFyazovL3VzL1BMQUNFUy9ub3QtaGVyZQ");
    const QString unknownCriteria =
        criteriaPath(londonReception()) + QLatin1String("/Y2lzY29zcGFyazovL3VzL0NSSVRFUklBL25vbmU");
    QTest::newRow("create on unknown workspace")
        << QByteArrayLiteral("POST") << criteriaPath(unknownWorkspace);
    QTest::newRow("unknown workspace")
        << QByteArrayLiteral("GET") << QStringLiteral("/workspaces/") + unknownWorkspace;
    QTest::newRow("get unknown criteria") << QByteArrayLiteral("GET") << unknownCriteria;
    QTest::newRow("put unknown criteria") << QByteArrayLiteral("PUT") << unknownCriteria;
    QTest::newRow("delete unknown criteria") << QByteArrayLiteral("DELETE") << unknownCriteria;
    QTest::newRow("unknown path") << QByteArrayLiteral("GET")
                                  << QStringLiteral("/telephony/config/nothing");
}

void TestSandbox::notFound()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    const bool hasBody = method == "POST" || method == "PUT";
    const HttpResult result = m_http->send(method, path, hasBody ? seedExample() : QByteArray());
    QCOMPARE(result.status, 404);
    QVERIFY(!result.message().isEmpty());
    QVERIFY(result.json().value(QLatin1String("errors")).isArray());
}

// seqring.sandbox logs the listening line and one line per request (method, path, status,
// time), and never the token, the Authorization header, the query or the body.
void TestSandbox::logsRequestsWithoutSecrets()
{
    const LogCapture log;
    SandboxServer server;
    QString error;
    QVERIFY2(server.start(0, &error), qPrintable(error));
    const QString leak = QStringLiteral("LEAKCHECK-sandbox-token-7f3a");
    HttpClient http(server.apiRoot(), leak);
    QCOMPARE(http.send("GET", QStringLiteral("/workspaces?orgId=") + server.demoOrgId()).status,
             401);
    http.setToken(server.demoToken());
    QCOMPARE(http.send("POST", criteriaPath(londonBoardroom()), seedExample()).status, 201);

    const QStringList lines = log.lines();
    QVERIFY2(lines.contains(QLatin1String("seqring.sandbox: Listening on ") + server.apiRoot()),
             qPrintable(lines.join(QLatin1Char('\n'))));
    static const QRegularExpression requestLine(
        QStringLiteral("^seqring\\.sandbox: ([A-Z]+ .+) -> ([0-9]{3}) in [0-9]+ ms$"));
    QStringList requests;
    for (const QString &line : lines) {
        const auto match = requestLine.match(line);
        if (match.hasMatch())
            requests.append(match.captured(1) + QLatin1Char(' ') + match.captured(2));
    }
    QCOMPARE(requests, (QStringList{QStringLiteral("GET /v1/workspaces 401"),
                                    QStringLiteral("POST /v1") + criteriaPath(londonBoardroom()) +
                                        QStringLiteral(" 201")}));

    // Neither token, nothing of the headers, of the query (orgId) or of the body.
    const QStringList secrets{leak,
                              server.demoToken(),
                              QStringLiteral("Bearer"),
                              QStringLiteral("Authorization"),
                              server.demoOrgId(),
                              QStringLiteral("+442071838750")};
    for (const QString &line : lines) {
        for (const QString &secret : secrets)
            QVERIFY2(!line.contains(secret, Qt::CaseInsensitive), qPrintable(line));
    }
}

QTEST_GUILESS_MAIN(TestSandbox)
#include "tst_sandbox.moc"
