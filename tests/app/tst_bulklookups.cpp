// The look-ups of a bulk run, counted by the in-process sandbox: a run of many targets reads
// the workspaces by the page (no look-up per workspace), the licenses once and each
// location's schedules once; a run of a few looks each one up; what the pages do not
// answer is looked up on its own.
#include "app/bulk/bulkrun.h"
#include "app/bulk/workspaceresolver.h"
#include "app/client/apiclient.h"
#include "app/client/requestgate.h"
#include "app/sandbox/sandboxserver.h"
#include "tests/common/bulkdata.h"
#include "tests/common/bulkfaults.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <memory>

using namespace seqring;

// Runs BulkRun in process and counts what the sandbox received, by kind of request.
class TestBulkLookups : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void manyTargetsReadByThePage();
    void fewTargetsLookedUpEach();
    void namesAnsweredFromEveryPage();
    void unknownIdLookedUpAfterThePages();
    void pagesStopWhenEveryTargetIsFound();
    void licensesRateLimitedPauseTheRun();
    void schedulesRateLimitedPauseTheRun();
    void createdCheckRateLimitedPausesTheRun();

private:
    // Requests received whose method and path match (`pattern` on the path).
    int count(const QByteArray &method, const QString &pattern) const;
    QList<BulkTarget> generatedTargets(bool byName) const;
    // Runs to the end; `pauses` gets the seconds of each pause the run announced.
    void run(const Criteria &criteria, const QList<BulkTarget> &targets,
             QList<int> *pauses = nullptr);
    int results(BulkOutcome::Result result) const;

    std::unique_ptr<sandbox::SandboxServer> m_server;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<BulkRun> m_run;
};

void TestBulkLookups::init()
{
    m_run.reset();
    m_server = std::make_unique<sandbox::SandboxServer>();
    QVERIFY(m_server->generateWorkspaces(250));
    QVERIFY(m_server->start());
    m_client = std::make_unique<ApiClient>();
}

int TestBulkLookups::count(const QByteArray &method, const QString &pattern) const
{
    const QRegularExpression re(QLatin1Char('^') + pattern + QLatin1Char('$'));
    int n = 0;
    for (const sandbox::RecordedRequest &request : m_server->receivedRequests())
        n += request.method == method && re.match(request.path).hasMatch() ? 1 : 0;
    return n;
}

QList<BulkTarget> TestBulkLookups::generatedTargets(bool byName) const
{
    QList<BulkTarget> targets;
    int line = 0;
    for (const QJsonValue &w : m_server->data().value(QLatin1String("workspaces")).toArray()) {
        const QString name = w[QLatin1String("displayName")].toString();
        if (!name.startsWith(QLatin1String("Bulk Workspace ")))
            continue;
        BulkTarget target;
        if (byName)
            target.displayName = name;
        else
            target.workspaceId = w[QLatin1String("id")].toString();
        target.line = ++line;
        targets.append(target);
    }
    return targets;
}

void TestBulkLookups::run(const Criteria &criteria, const QList<BulkTarget> &targets,
                          QList<int> *pauses)
{
    RequestContext context;
    context.apiRoot = m_server->apiRoot();
    context.token = m_server->demoToken();
    m_run = std::make_unique<BulkRun>(m_client.get(), BulkOptions());
    QSignalSpy finished(m_run.get(), &BulkRun::finished);
    if (pauses)
        connect(m_run.get(), &BulkRun::paused, this, [pauses](int wait) { pauses->append(wait); });
    m_server->clearReceivedRequests();
    m_run->start(criteria, context, targets);
    QVERIFY(finished.count() == 1 || finished.wait(60000));
    QCOMPARE(m_run->outcomes().size(), targets.size());
}

int TestBulkLookups::results(BulkOutcome::Result result) const
{
    int n = 0;
    for (const BulkOutcome &outcome : m_run->outcomes())
        n += outcome.result == result ? 1 : 0;
    return n;
}

void TestBulkLookups::manyTargetsReadByThePage()
{
    // 250 generated workspaces over the demo locations, and a schedule only London has.
    Criteria criteria;
    criteria.schedule = Schedule{QStringLiteral("London Business Hours"),
                                 ScheduleType::BusinessHours, ScheduleLevel::Group};
    const QList<BulkTarget> targets = generatedTargets(false);
    QCOMPARE(targets.size(), 250);
    run(criteria, targets);
    // 7 demo workspaces and 250 generated ones: three pages of 100.
    QCOMPARE(count("GET", QStringLiteral("/v1/workspaces")), 3);
    QCOMPARE(count("GET", QStringLiteral("/v1/workspaces/[^/]+")), 0);
    QCOMPARE(count("GET", QStringLiteral("/v1/licenses")), 1);
    // Each location with a Professional target read once; the London Professional ones
    // go on to a read of their criteria and a create.
    const QJsonObject data = m_server->data();
    QSet<QString> professional;
    for (const QJsonValue &license : data.value(QLatin1String("licenses")).toArray()) {
        if (license[QLatin1String("name")].toString() ==
            QLatin1String("Webex Calling - Professional"))
            professional.insert(license[QLatin1String("id")].toString());
    }
    const QString london = test::locationId(data, QStringLiteral("London"));
    QSet<QString> locations;
    int londonProfessional = 0;
    for (const QJsonValue &w : data.value(QLatin1String("workspaces")).toArray()) {
        if (!w[QLatin1String("displayName")].toString().startsWith(QLatin1String("Bulk ")))
            continue;
        const QString license =
            w[QLatin1String("calling")][QLatin1String("webexCalling")][QLatin1String("licenses")]
                .toArray()
                .first()
                .toString();
        if (!professional.contains(license))
            continue;
        locations.insert(w[QLatin1String("locationId")].toString());
        londonProfessional += w[QLatin1String("locationId")].toString() == london ? 1 : 0;
    }
    QVERIFY(locations.size() >= 2);
    QVERIFY(londonProfessional > 0);
    QCOMPARE(count("GET", QStringLiteral("/v1/telephony/config/locations/[^/]+/schedules")),
             int(locations.size()));
    const QString ring = QStringLiteral("/v1/telephony/config/workspaces/[^/]+/sequentialRing");
    QCOMPARE(count("GET", ring), londonProfessional);
    QCOMPARE(count("POST", ring + QStringLiteral("/criteria")), londonProfessional);
    QCOMPARE(results(BulkOutcome::Result::Created), londonProfessional);
    QCOMPARE(results(BulkOutcome::Result::Failed), 250 - londonProfessional);
    QVERIFY(m_run->gate()->maxInUse() <= BulkOptions::kDefaultConcurrency);
}

void TestBulkLookups::fewTargetsLookedUpEach()
{
    const QList<BulkTarget> targets =
        generatedTargets(false).mid(0, WorkspaceResolver::kMinTargetsToList - 1);
    run(Criteria(), targets);
    QCOMPARE(count("GET", QStringLiteral("/v1/workspaces")), 0);
    QCOMPARE(count("GET", QStringLiteral("/v1/workspaces/[^/]+")), targets.size());
    QCOMPARE(results(BulkOutcome::Result::Created), 9); // the tenth is the first basic one
}

void TestBulkLookups::namesAnsweredFromEveryPage()
{
    // Names wait for the last page (a later one could hold a second of the name); one
    // name no workspace has is reported from the pages, with no search of its own.
    QList<BulkTarget> targets = generatedTargets(true).mid(0, 20);
    BulkTarget unknown;
    unknown.displayName = QStringLiteral("Nowhere Workspace");
    unknown.line = 21;
    targets.append(unknown);
    run(Criteria(), targets);
    QCOMPARE(count("GET", QStringLiteral("/v1/workspaces")), 3);
    for (const sandbox::RecordedRequest &request : m_server->receivedRequests())
        QVERIFY(!request.query.hasQueryItem(QStringLiteral("displayName")));
    QCOMPARE(results(BulkOutcome::Result::Created), 18);
    int reported = 0;
    for (const BulkOutcome &outcome : m_run->outcomes()) {
        if (outcome.displayName == unknown.displayName) {
            QCOMPARE(outcome.result, BulkOutcome::Result::Failed);
            QVERIFY2(outcome.message.contains(QStringLiteral("\"Nowhere Workspace\" (line 21)")),
                     qPrintable(outcome.message));
            ++reported;
        }
    }
    QCOMPARE(reported, 1);
}

void TestBulkLookups::unknownIdLookedUpAfterThePages()
{
    QList<BulkTarget> targets = generatedTargets(false).mid(0, 12);
    BulkTarget unknown;
    unknown.workspaceId = QStringLiteral("Y2lzY29zcGFyazovL3VzL1BMQUNFUy9ub3doZXJl");
    unknown.line = 13;
    targets.append(unknown);
    run(Criteria(), targets);
    // After the first page only the unknown ID is left: one look-up costs less than the
    // next page, so the pages stop and the ID is asked for on its own: 404.
    QCOMPARE(count("GET", QStringLiteral("/v1/workspaces")), 1);
    QCOMPARE(count("GET", QStringLiteral("/v1/workspaces/[^/]+")), 1);
    bool reported = false;
    for (const BulkOutcome &outcome : m_run->outcomes()) {
        if (outcome.workspaceId == unknown.workspaceId)
            reported = outcome.result == BulkOutcome::Result::Failed && outcome.httpStatus == 404 &&
                       outcome.message.contains(QStringLiteral("No workspace has the ID"));
    }
    QVERIFY(reported);
}

void TestBulkLookups::pagesStopWhenEveryTargetIsFound()
{
    // The first 50 generated workspaces are all on the first page: no second page is read.
    run(Criteria(), generatedTargets(false).mid(0, 50));
    QCOMPARE(count("GET", QStringLiteral("/v1/workspaces")), 1);
    QCOMPARE(count("GET", QStringLiteral("/v1/workspaces/[^/]+")), 0);
    QCOMPARE(results(BulkOutcome::Result::Created), 45);
}

void TestBulkLookups::licensesRateLimitedPauseTheRun()
{
    // The license look-up at the start answers 429 (Retry-After 4 s, 1 s at this scale)
    // while the workspace pages are read beside it, each answered after 150 ms.
    m_client->setRetryDelayScale(0.25);
    m_server->setLatency(150);
    m_server->setFaultPath(QStringLiteral("/v1/licenses"));
    m_server->forceStatus(429, 1, "4");
    RequestContext context;
    context.apiRoot = m_server->apiRoot();
    context.token = m_server->demoToken();
    m_run = std::make_unique<BulkRun>(m_client.get(), BulkOptions());
    QSignalSpy finished(m_run.get(), &BulkRun::finished);
    QList<int> seconds;
    qsizetype early = -1; // received 100 ms into the pause: what was sent before it
    qsizetype later = -1; // received 700 ms into it
    connect(m_run.get(), &BulkRun::paused, this, [&](int wait) {
        seconds.append(wait);
        QTimer::singleShot(100, this, [&] { early = m_server->receivedRequests().size(); });
        QTimer::singleShot(700, this, [&] {
            later = m_server->receivedRequests().size();
            m_server->setLatency(0); // the rest of the run goes quickly
        });
    });
    m_server->clearReceivedRequests();
    m_run->start(Criteria(), context, generatedTargets(false));
    QVERIFY(finished.count() == 1 || finished.wait(60000));
    // The 429 paused every request of the run: a page answered during the pause did not
    // lead to the next one being sent.
    QCOMPARE(seconds, QList<int>{1});
    QVERIFY(early > 0);
    QCOMPARE(later, early);
    // The look-up was sent again after the pause, and its answer is used: every
    // Professional workspace is created, none has an unknown license.
    QCOMPARE(count("GET", QStringLiteral("/v1/licenses")), 2);
    QCOMPARE(results(BulkOutcome::Result::Created), 225);
    for (const BulkOutcome &outcome : m_run->outcomes())
        QVERIFY2(!outcome.message.contains(QLatin1String("license could not be read")),
                 qPrintable(outcome.message));
    QVERIFY(m_run->gate()->maxInUse() <= BulkOptions::kDefaultConcurrency);
}

void TestBulkLookups::schedulesRateLimitedPauseTheRun()
{
    // London's schedules answer 429 (Retry-After 4 s, 1 s at this scale): the whole run
    // pauses, as for any request of it, and the read is sent again after the pause.
    const QString london = test::locationId(m_server->data(), QStringLiteral("London"));
    QVERIFY(!london.isEmpty());
    const QString schedules =
        QStringLiteral("/v1/telephony/config/locations/%1/schedules").arg(london);
    m_client->setRetryDelayScale(0.25);
    m_server->setFaultPath(schedules);
    m_server->forceStatus(429, 1, "4");
    Criteria criteria;
    criteria.schedule = Schedule{QStringLiteral("London Business Hours"),
                                 ScheduleType::BusinessHours, ScheduleLevel::Group};
    // 40 workspaces, London's among them: the 429 also teaches the gate a pace, from the
    // requests answered in the second before it, and on a loaded machine that can be four a
    // second; 250 workspaces then took longer than the run's timeout (60 s), 40 well under it.
    QList<int> seconds;
    run(criteria, generatedTargets(false).mid(0, 40), &seconds);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(seconds, QList<int>{1});
    int londonReads = 0;
    for (const auto &request : m_server->receivedRequests())
        londonReads += request.method == "GET" && request.path == schedules;
    QCOMPARE(londonReads, 2); // the 429, and the read after the pause
    // Its answer is used: London's Professional workspaces are created, and no workspace
    // failed for want of its location's schedules.
    QVERIFY(results(BulkOutcome::Result::Created) > 0);
    for (const BulkOutcome &outcome : m_run->outcomes())
        QVERIFY2(!outcome.message.contains(QLatin1String("429")), qPrintable(outcome.message));
    QVERIFY(m_run->gate()->maxInUse() <= BulkOptions::kDefaultConcurrency);
}

void TestBulkLookups::createdCheckRateLimitedPausesTheRun()
{
    // The first create is carried out and its answer lost (the connection closes). The
    // check that follows meets a 429 on its read of that workspace's criteria (Retry-After
    // 4 s, 1 s at this scale): the whole run pauses, the read is sent again after the pause,
    // and the create is found there, not sent a second time.
    m_client->setRetryDelayScale(0.25);
    QString ring; // the sequential ring of the workspace whose answer is lost
    test::loseFirstCreateThenRateLimitItsCheck(m_server.get(), this, &ring);
    QList<int> seconds;
    run(Criteria(), generatedTargets(false).mid(0, 20), &seconds);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(!ring.isEmpty());
    QCOMPARE(seconds, QList<int>{1});
    int reads = 0;
    int creates = 0;
    for (const auto &request : m_server->receivedRequests()) {
        reads += request.method == "GET" && request.path == ring;
        creates += request.method == "POST" && request.path == ring + QLatin1String("/criteria");
    }
    QCOMPARE(reads, 3); // before the create, the check's 429, the check's read after it
    QCOMPARE(creates, 1);
    int found = 0;
    for (const BulkOutcome &outcome : m_run->outcomes()) {
        if (!ring.contains(outcome.workspaceId))
            continue;
        QCOMPARE(outcome.result, BulkOutcome::Result::Created);
        QVERIFY2(outcome.message.contains(QLatin1String("found by reading its criteria")),
                 qPrintable(outcome.message));
        ++found;
    }
    QCOMPARE(found, 1);
    QCOMPARE(results(BulkOutcome::Result::Created), 18); // the tenth and the twentieth are basic
    QVERIFY(m_run->gate()->maxInUse() <= BulkOptions::kDefaultConcurrency);
}

QTEST_GUILESS_MAIN(TestBulkLookups)
#include "tst_bulklookups.moc"
