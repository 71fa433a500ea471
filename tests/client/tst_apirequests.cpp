// ApiRequests and RequestText: URL, headers, body, the redacted preview and a shell-safe curl
// command.
#include "app/client/apirequests.h"
#include "tests/common/seedcriteria.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace seqring;

namespace
{

const QString kToken = QStringLiteral("tok-1234567890-secret-abcdef");

Criteria seed()
{
    return test::documentedSeed();
}

RequestContext context(const QString &workspace, const QString &org = {})
{
    RequestContext ctx;
    ctx.workspaceId = workspace;
    ctx.orgId = org;
    ctx.token = kToken;
    return ctx;
}

// Runs `command` in a POSIX shell where curl is a function printing its arguments.
QStringList shellWords(const QString &command, const QString &tokenVariable)
{
    QProcess shell;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("WEBEX_ACCESS_TOKEN"), tokenVariable);
    shell.setProcessEnvironment(env);
    const QString script =
        QStringLiteral("curl() { for a in \"$@\"; do printf '%s\\0' \"$a\"; done; }\n") + command +
        QLatin1Char('\n');
    shell.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), script});
    if (!shell.waitForFinished(10000))
        return {QStringLiteral("<shell did not finish>")};
    QStringList words = QString::fromUtf8(shell.readAllStandardOutput()).split(QChar(0));
    words.removeLast(); // after the last NUL
    return words;
}

} // namespace

class TestApiRequests : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void url_data();
    void url();
    void headersAndBody();
    void scheduleAndLocationReads();
    void trackingIdIsFreshPerRequest();
    void previewMasksToken();
    void curlIsShellSafe_data();
    void curlIsShellSafe();
};

void TestApiRequests::url_data()
{
    QTest::addColumn<QString>("root");
    QTest::addColumn<QString>("workspace");
    QTest::addColumn<QString>("org");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain")
        << "https://webexapis.com/v1"
        << "WS1"
        << ""
        << "https://webexapis.com/v1/telephony/config/workspaces/WS1/sequentialRing/criteria";
    QTest::newRow("trailing slash")
        << "https://webexapis.com/v1/"
        << "WS1"
        << ""
        << "https://webexapis.com/v1/telephony/config/workspaces/WS1/sequentialRing/criteria";
    QTest::newRow("base64 id is encoded") << "https://webexapis.com/v1"
                                          << "Y2l/zY+29="
                                          << ""
                                          << "https://webexapis.com/v1/telephony/config/workspaces/"
                                             "Y2l%2FzY%2B29%3D/sequentialRing/criteria";
    QTest::newRow("spaces and quotes") << "http://127.0.0.1:9/v1"
                                       << "a b'\"$x"
                                       << ""
                                       << "http://127.0.0.1:9/v1/telephony/config/workspaces/"
                                          "a%20b%27%22%24x/sequentialRing/criteria";
    QTest::newRow("org id") << "https://webexapis.com/v1"
                            << "WS1"
                            << "O+g/1="
                            << "https://webexapis.com/v1/telephony/config/workspaces/WS1/"
                               "sequentialRing/criteria?orgId=O%2Bg%2F1%3D";
    QTest::newRow("blank org id is left out")
        << "https://webexapis.com/v1"
        << "WS1"
        << "  "
        << "https://webexapis.com/v1/telephony/config/workspaces/WS1/sequentialRing/criteria";
}

void TestApiRequests::url()
{
    QFETCH(QString, root);
    QFETCH(QString, workspace);
    QFETCH(QString, org);
    QFETCH(QString, expected);
    RequestContext ctx = context(workspace, org);
    ctx.apiRoot = root;
    const HttpRequestSpec request = ApiRequests::createCriteria(seed(), ctx);
    QCOMPARE(request.url.toString(QUrl::FullyEncoded), expected);
    QCOMPARE(request.method, QByteArray("POST"));
}

void TestApiRequests::scheduleAndLocationReads()
{
    RequestContext ctx = context(QStringLiteral("WS1"), QStringLiteral("O1"));
    ctx.apiRoot = QStringLiteral("https://webexapis.com/v1");
    const HttpRequestSpec schedule = ApiRequests::scheduleDetail(
        ctx, QStringLiteral("L/1"), ScheduleType::Holidays, QStringLiteral("S+1="));
    QCOMPARE(schedule.method, QByteArray("GET"));
    QCOMPARE(schedule.url.toString(QUrl::FullyEncoded),
             QStringLiteral("https://webexapis.com/v1/telephony/config/locations/L%2F1/schedules/"
                            "holidays/S%2B1%3D?orgId=O1"));
    const HttpRequestSpec location = ApiRequests::location(ctx, QStringLiteral("L/1"));
    QCOMPARE(location.method, QByteArray("GET"));
    QCOMPARE(location.url.toString(QUrl::FullyEncoded),
             QStringLiteral("https://webexapis.com/v1/locations/L%2F1?orgId=O1"));
}

void TestApiRequests::headersAndBody()
{
    const HttpRequestSpec request = ApiRequests::createCriteria(
        seed(), context(QStringLiteral("WS1")), QStringLiteral("SEQRING_fixed"));
    QCOMPARE(request.header("authorization"), "Bearer " + kToken.toUtf8());
    QCOMPARE(request.header("Content-Type"), QByteArray("application/json"));
    QCOMPARE(request.header("TrackingID"), QByteArray("SEQRING_fixed"));
    QCOMPARE(request.trackingId, QStringLiteral("SEQRING_fixed"));
    QCOMPARE(request.body, CriteriaJson::toJson(seed()));
    QVERIFY(request.header("X-Missing").isEmpty());
}

void TestApiRequests::trackingIdIsFreshPerRequest()
{
    const HttpRequestSpec a = ApiRequests::createCriteria(seed(), context(QStringLiteral("WS1")));
    const HttpRequestSpec b = ApiRequests::createCriteria(seed(), context(QStringLiteral("WS1")));
    QVERIFY(a.trackingId.startsWith(QLatin1String("SEQRING_")));
    QCOMPARE(a.trackingId.size(), 8 + 36);
    QVERIFY(a.trackingId != b.trackingId);
}

void TestApiRequests::previewMasksToken()
{
    const HttpRequestSpec request =
        ApiRequests::createCriteria(seed(), context(QStringLiteral("WS1")));
    const QString hidden = RequestText::renderPreview(request, false);
    QVERIFY(!hidden.contains(kToken));
    QVERIFY(hidden.contains(QLatin1String("Authorization: Bearer tok-")));
    QVERIFY(hidden.startsWith(
        QLatin1String("POST https://webexapis.com/v1/telephony/config/workspaces/WS1/")));
    QVERIFY(hidden.endsWith(QString::fromUtf8(request.body)));
    const QString shown = RequestText::renderPreview(request, true);
    QVERIFY(shown.contains(QLatin1String("Authorization: Bearer ") + kToken));
    QVERIFY(!RequestText::maskToken(QStringLiteral("short")).contains(QLatin1String("short")));
    QVERIFY(!RequestText::maskToken({}).isEmpty());
}

void TestApiRequests::curlIsShellSafe_data()
{
    QTest::addColumn<QString>("workspace");
    QTest::addColumn<QString>("scheduleName");
    QTest::newRow("plain") << "WS1"
                           << "Business Vacation";
    QTest::newRow("quotes, spaces and dollars") << "It's \"my\" $HOME `id`"
                                                << "Night's $(rm -rf x) \"shift\"";
    QTest::newRow("backslashes and newline") << "a\\b"
                                             << "line one\nline 'two' \\ $PATH";
}

void TestApiRequests::curlIsShellSafe()
{
    if (QStandardPaths::findExecutable(QStringLiteral("sh")).isEmpty())
        QSKIP("no POSIX shell on this machine");
    QFETCH(QString, workspace);
    QFETCH(QString, scheduleName);
    Criteria criteria = seed();
    criteria.schedule->name = scheduleName;
    const HttpRequestSpec request =
        ApiRequests::createCriteria(criteria, context(workspace, QStringLiteral("O'1")));

    const QString withVariable = RequestText::toCurl(request, false);
    QVERIFY(!withVariable.contains(kToken));
    const QStringList words = shellWords(withVariable, QStringLiteral("from-env"));
    const QStringList expected = {QStringLiteral("--fail-with-body"),
                                  QStringLiteral("-X"),
                                  QStringLiteral("POST"),
                                  request.url.toString(QUrl::FullyEncoded),
                                  QStringLiteral("-H"),
                                  QStringLiteral("Authorization: Bearer from-env"),
                                  QStringLiteral("-H"),
                                  QStringLiteral("Content-Type: application/json"),
                                  QStringLiteral("-H"),
                                  QStringLiteral("Accept: application/json"),
                                  QStringLiteral("-H"),
                                  QStringLiteral("TrackingID: ") + request.trackingId,
                                  QStringLiteral("--data-binary"),
                                  QString::fromUtf8(request.body)};
    QCOMPARE(words, expected);

    const QStringList revealed = shellWords(RequestText::toCurl(request, true), {});
    QCOMPARE(revealed.at(5), QStringLiteral("Authorization: Bearer ") + kToken);
}

QTEST_GUILESS_MAIN(TestApiRequests)
#include "tst_apirequests.moc"
