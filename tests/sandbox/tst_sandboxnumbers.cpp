// The sandbox's list of the organisation's own numbers (GET /telephony/config/numbers) over
// loopback HTTP: paging, filters, the scope it needs and another organisation.
#include "app/sandbox/sandboxserver.h"
#include "tests/sandbox/sandboxhttp.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>
#include <memory>

using namespace sandboxtest;
using seqring::sandbox::SandboxServer;

namespace
{

QStringList numbersOf(const HttpResult &result)
{
    QStringList numbers;
    for (const QJsonValue &item : result.json().value(QLatin1String("phoneNumbers")).toArray())
        numbers.append(item.toObject().value(QLatin1String("phoneNumber")).toString());
    return numbers;
}

QString nextLink(const HttpResult &result)
{
    static const QRegularExpression link(QStringLiteral("^<([^>]+)>; rel=\"next\"$"));
    return link.match(QString::fromLatin1(result.header("Link"))).captured(1);
}

} // namespace

// Lists the demo organisation's numbers by the page, filtered, and refuses what it must.
class TestSandboxNumbers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void pagesOfTheOrganisation();
    void filters_data();
    void filters();
    void refusals();

private:
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<HttpClient> m_http;
};

void TestSandboxNumbers::init()
{
    m_server = std::make_unique<SandboxServer>();
    QVERIFY(m_server->start());
    m_http = std::make_unique<HttpClient>(m_server->apiRoot(), m_server->demoToken());
}

void TestSandboxNumbers::cleanup()
{
    m_http.reset();
    m_server.reset();
}

void TestSandboxNumbers::pagesOfTheOrganisation()
{
    QStringList seen;
    QString url = QStringLiteral("/telephony/config/numbers?max=2");
    int pages = 0;
    while (!url.isEmpty() && pages < 10) {
        const HttpResult page = m_http->send("GET", url);
        QCOMPARE(page.status, 200);
        seen += numbersOf(page);
        url = nextLink(page);
        ++pages;
    }
    QCOMPARE(pages, 3);
    QCOMPARE(seen, (QStringList{QStringLiteral("+442071838750"), QStringLiteral("+442071838751"),
                                QStringLiteral("+442071838753"), QStringLiteral("+14085550100"),
                                QStringLiteral("+14085550101")}));
    // The number London - Reception rings first is the organisation's, the second is not.
    QVERIFY(!seen.contains(QStringLiteral("+442071838752")));

    const HttpResult all = m_http->send("GET", QStringLiteral("/telephony/config/numbers"));
    const QJsonObject first =
        all.json().value(QLatin1String("phoneNumbers")).toArray().first().toObject();
    QCOMPARE(first.value(QLatin1String("extension")).toString(), QStringLiteral("1000"));
    QCOMPARE(first.value(QLatin1String("location")).toObject().value(QLatin1String("name")),
             QJsonValue(QStringLiteral("London")));
    QVERIFY(!first.contains(QLatin1String("orgId")));
}

void TestSandboxNumbers::filters_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("count");
    QTest::newRow("San Jose")
        << QStringLiteral(
               "locationId="
               "Y2lzY29zcGFyazovL3VzL0xPQ0FUSU9OLzU1ODQ5ZWQ2LTlkYWYtNGRmMC05YzQ3LWMyZTBlMjYyMzc1OQ")
        << 2;
    QTest::newRow("part of a number") << QStringLiteral("phoneNumber=%2B4420718387") << 3;
    QTest::newRow("no such number") << QStringLiteral("phoneNumber=%2B999") << 0;
}

void TestSandboxNumbers::filters()
{
    QFETCH(QString, query);
    QFETCH(int, count);
    const HttpResult result =
        m_http->send("GET", QStringLiteral("/telephony/config/numbers?") + query);
    QCOMPARE(result.status, 200);
    QCOMPARE(numbersOf(result).size(), count);
}

void TestSandboxNumbers::refusals()
{
    m_http->setToken(m_server->noTelephonyToken());
    const HttpResult scope = m_http->send("GET", QStringLiteral("/telephony/config/numbers"));
    QCOMPARE(scope.status, 403);
    QVERIFY2(scope.message().contains(QLatin1String("spark-admin:telephony_config_read")),
             qPrintable(scope.message()));

    m_http->setToken(m_server->demoToken());
    const HttpResult other = m_http->send(
        "GET", QStringLiteral("/telephony/config/numbers?orgId=") + m_server->otherOrgId());
    QCOMPARE(other.status, 403);

    m_http->setToken(m_server->otherOrgToken());
    const HttpResult theirs = m_http->send("GET", QStringLiteral("/telephony/config/numbers"));
    QCOMPARE(numbersOf(theirs), QStringList{QStringLiteral("+33478000100")});

    const HttpResult post =
        m_http->send("POST", QStringLiteral("/telephony/config/numbers"), QByteArrayLiteral("{}"));
    QCOMPARE(post.status, 405);
}

QTEST_GUILESS_MAIN(TestSandboxNumbers)
#include "tst_sandboxnumbers.moc"
