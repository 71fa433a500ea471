// BulkRun against the in-process sandbox over loopback: Pause holds every workspace before
// its next request, Resume finishes the run, Cancel sends nothing new and records what was
// in flight, and the progress counts, pace and 429 countdown it reports.
#include "app/bulk/bulkrun.h"
#include "app/client/apiclient.h"
#include "app/files/bulkjournal.h"
#include "app/sandbox/sandboxserver.h"
#include "tests/common/bulkdata.h"
#include "tests/common/bulkfaults.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <memory>

using namespace seqring;
using namespace seqring::test;

// Runs BulkRun over generated workspaces and checks what the sandbox received and stored.
class TestBulkRun : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void pauseHoldsResumeFinishes();
    void cancelSendsNothingNew();
    void cancelWhilePausedEndsHeldWorkspaces();
    void cancelDuringRateLimitPauseSendsNothingAfter();
    void cancelDuringCreatedCheckSendsNothingAfter();
    void cancelKeepsTheReasonOfAReadOnTheWire();
    void progressCountsAndPace();
    void rateLimitCountdown();
    void createSentOnceItsSendingIsDurable();

private:
    RequestContext context() const;
    QList<BulkTarget> targets(bool professionalOnly = true) const;
    int posts() const;
    std::unique_ptr<BulkRun> makeRun(int concurrency);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<sandbox::SandboxServer> m_server;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<BulkJournal> m_journal;
};

void TestBulkRun::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_server = std::make_unique<sandbox::SandboxServer>();
    QVERIFY(m_server->generateWorkspaces(20));
    QVERIFY(m_server->start());
    m_client = std::make_unique<ApiClient>();
    m_client->setRetryDelayScale(0.25);
    m_journal = std::make_unique<BulkJournal>();
    QString error;
    QVERIFY2(m_journal->open(m_dir->filePath(QStringLiteral("run.jsonl")), &error),
             qPrintable(error));
}

void TestBulkRun::cleanup()
{
    m_journal.reset();
    m_client.reset();
    m_server.reset();
}

RequestContext TestBulkRun::context() const
{
    RequestContext context;
    context.apiRoot = m_server->apiRoot();
    context.token = m_server->demoToken();
    return context;
}

QList<BulkTarget> TestBulkRun::targets(bool professionalOnly) const
{
    QList<BulkTarget> out;
    for (const QString &id : generatedWorkspaceIds(m_server->data(), professionalOnly))
        out.append(BulkTarget{id, QString(), 0});
    return out;
}

int TestBulkRun::posts() const
{
    int count = 0;
    for (const auto &request : m_server->receivedRequests())
        count += request.method == "POST" ? 1 : 0;
    return count;
}

std::unique_ptr<BulkRun> TestBulkRun::makeRun(int concurrency)
{
    BulkOptions options;
    options.concurrency = concurrency;
    auto run = std::make_unique<BulkRun>(m_client.get(), options);
    run->setJournal(m_journal.get(), {});
    return run;
}

void TestBulkRun::pauseHoldsResumeFinishes()
{
    m_server->setLatency(20);
    auto run = makeRun(2);
    QSignalSpy states(run.get(), &BulkRun::stateChanged);
    connect(run.get(), &BulkRun::workspaceFinished, this, [&run](const BulkOutcome &, int done) {
        if (done == 3)
            run->pause();
    });
    const QList<BulkTarget> all = targets();
    run->start(Criteria(), context(), all);
    QTRY_VERIFY(run->isPausedByUser());
    // What was in flight finishes; then nothing leaves for as long as the pause holds.
    QTest::qWait(150);
    const qsizetype received = m_server->receivedRequests().size();
    const qsizetype finished = run->outcomes().size();
    QTest::qWait(400);
    QCOMPARE(m_server->receivedRequests().size(), received);
    QCOMPARE(run->outcomes().size(), finished);
    QVERIFY(!run->isFinished());
    QVERIFY(run->progress().remaining > 0);

    run->resume();
    QTRY_VERIFY_WITH_TIMEOUT(run->isFinished(), 20000);
    QCOMPARE(states.count(), 2);
    QCOMPARE(run->outcomes().size(), all.size());
    const QJsonObject doc = m_server->data();
    for (const BulkTarget &target : all)
        QCOMPARE(criteriaCount(doc, target.workspaceId), 1);
    QCOMPARE(posts(), int(all.size()));
    QVERIFY(m_server->maxRequestsInFlight() <= 2);
}

void TestBulkRun::cancelSendsNothingNew()
{
    m_server->setLatency(30);
    auto run = makeRun(3);
    connect(run.get(), &BulkRun::workspaceFinished, this, [&run](const BulkOutcome &, int done) {
        if (done == 4)
            run->cancel();
    });
    const QList<BulkTarget> all = targets();
    run->start(Criteria(), context(), all);
    QTRY_VERIFY_WITH_TIMEOUT(run->isFinished(), 20000);
    QVERIFY(run->isCancelled());
    const qsizetype received = m_server->receivedRequests().size();
    QTest::qWait(300);
    QCOMPARE(m_server->receivedRequests().size(), received); // nothing after finished()

    // Every workspace has a result; exactly those created got a criteria, the others none.
    QCOMPARE(run->outcomes().size(), all.size());
    const QJsonObject doc = m_server->data();
    int created = 0;
    int notSent = 0;
    for (const BulkOutcome &outcome : run->outcomes()) {
        const bool made = outcome.result == BulkOutcome::Result::Created;
        created += made ? 1 : 0;
        QCOMPARE(criteriaCount(doc, outcome.workspaceId), made ? 1 : 0);
        if (!made) {
            QCOMPARE(outcome.result, BulkOutcome::Result::Failed);
            QVERIFY2(outcome.message.startsWith(QLatin1String("Not sent: the run was cancelled")),
                     qPrintable(outcome.message));
            ++notSent;
        }
    }
    QVERIFY(created >= 4);
    QVERIFY(notSent > 0);
    QCOMPARE(posts(), created);
    QCOMPARE(run->progress().remaining, 0);

    // The journal records each: the created finished, the rest open for a later run.
    QHash<QString, JournalEntry> recorded;
    QString error;
    QVERIFY(BulkJournal::load(m_journal->path(), &recorded, &error));
    int finishedInJournal = 0;
    for (const BulkTarget &target : all) {
        QVERIFY(recorded.contains(target.workspaceId));
        finishedInJournal +=
            recorded.value(target.workspaceId).state == JournalEntry::State::Finished ? 1 : 0;
        QVERIFY(recorded.value(target.workspaceId).state != JournalEntry::State::InFlight);
    }
    QCOMPARE(finishedInJournal, created);
}

void TestBulkRun::cancelWhilePausedEndsHeldWorkspaces()
{
    m_server->setLatency(20);
    auto run = makeRun(4);
    connect(run.get(), &BulkRun::workspaceFinished, this, [&run](const BulkOutcome &, int done) {
        if (done == 2)
            run->pause();
    });
    const QList<BulkTarget> all = targets();
    run->start(Criteria(), context(), all);
    QTRY_VERIFY(run->isPausedByUser());
    QTest::qWait(300); // the requests in flight at the pause are answered
    const int sent = posts();
    run->cancel();
    QTRY_VERIFY(run->isFinished());
    QVERIFY(!run->isPausedByUser());
    QCOMPARE(posts(), sent); // the held workspaces sent nothing more
    QCOMPARE(run->outcomes().size(), all.size());
    const BulkProgress progress = run->progress();
    QCOMPARE(progress.created, sent);
    QCOMPARE(progress.failed, int(all.size()) - sent);
}

void TestBulkRun::cancelDuringRateLimitPauseSendsNothingAfter()
{
    // 8 requests per 2 s, then 429 with Retry-After 2 (0.5 s at the test's scale): the
    // first pause comes while requests wait in the gate and 429'd ones wait to be sent again.
    m_server->setLatency(10);
    m_server->setRateLimit(8, 2, 2);
    QElapsedTimer clock;
    clock.start();
    QList<qint64> receivedAt;
    connect(m_server.get(), &sandbox::SandboxServer::requestReceived, this,
            [&](const sandbox::RecordedRequest &) { receivedAt.append(clock.elapsed()); });
    auto run = makeRun(4);
    qint64 pauseEndsAt = -1;
    connect(run.get(), &BulkRun::paused, this, [&](int) {
        if (pauseEndsAt >= 0)
            return;
        pauseEndsAt = clock.elapsed() + qint64(2000 * m_client->retryDelayScale());
        QTimer::singleShot(100, run.get(), &BulkRun::cancel); // within the pause
    });
    const QList<BulkTarget> all = targets();
    run->start(Criteria(), context(), all);
    QTRY_VERIFY_WITH_TIMEOUT(run->isFinished(), 20000);
    QVERIFY(run->isCancelled());
    QVERIFY(pauseEndsAt > 0);
    QTRY_VERIFY(clock.elapsed() > pauseEndsAt + 500); // past the pause, and more
    for (const qint64 at : std::as_const(receivedAt))
        QVERIFY2(at < pauseEndsAt, qPrintable(QStringLiteral("a request at %1 ms, after the "
                                                             "pause that ended at %2 ms")
                                                  .arg(at)
                                                  .arg(pauseEndsAt)));

    // Every workspace has a result: created ones have their criteria, the others none and
    // say they were not sent; the journal has none in flight.
    QCOMPARE(run->outcomes().size(), all.size());
    const QJsonObject doc = m_server->data();
    int notSent = 0;
    for (const BulkOutcome &outcome : run->outcomes()) {
        const bool made = outcome.result == BulkOutcome::Result::Created;
        QCOMPARE(criteriaCount(doc, outcome.workspaceId), made ? 1 : 0);
        if (!made) {
            QVERIFY2(outcome.message.startsWith(QLatin1String("Not sent: the run was cancelled")),
                     qPrintable(outcome.message));
            ++notSent;
        }
    }
    QVERIFY(notSent > 0);
    QHash<QString, JournalEntry> recorded;
    QString error;
    QVERIFY(BulkJournal::load(m_journal->path(), &recorded, &error));
    for (const JournalEntry &entry : std::as_const(recorded))
        QVERIFY(entry.state != JournalEntry::State::InFlight);
}

void TestBulkRun::cancelDuringCreatedCheckSendsNothingAfter()
{
    // The first create is carried out and its answer lost; the check that follows waits
    // out a 429 (Retry-After 4 s, 1 s at this scale) when Cancel comes. Nothing is sent
    // after Cancel, the check too: the workspace ends failed, and the journal keeps its
    // create in flight, for the next run to check.
    QString ring;
    test::loseFirstCreateThenRateLimitItsCheck(m_server.get(), this, &ring);
    auto run = makeRun(1); // one workspace at a time: the others wait while it is checked
    qsizetype receivedAtCancel = -1;
    connect(run.get(), &BulkRun::paused, this, [&](int) {
        receivedAtCancel = m_server->receivedRequests().size();
        run->cancel();
    });
    const QList<BulkTarget> all = targets();
    run->start(Criteria(), context(), all);
    QTRY_VERIFY_WITH_TIMEOUT(run->isFinished(), 20000);
    QVERIFY(run->isCancelled());
    QVERIFY(receivedAtCancel > 0);
    QTest::qWait(int(4000 * m_client->retryDelayScale()) + 300); // past the 429's wait
    QCOMPARE(m_server->receivedRequests().size(), receivedAtCancel);
    QCOMPARE(posts(), 1);
    bool reported = false;
    for (const BulkOutcome &outcome : run->outcomes()) {
        if (!ring.contains(outcome.workspaceId))
            continue;
        QCOMPARE(outcome.result, BulkOutcome::Result::Failed);
        QVERIFY2(outcome.message.contains(QLatin1String("could not be checked")),
                 qPrintable(outcome.message));
        reported = true;
    }
    QVERIFY(reported);
    QHash<QString, JournalEntry> recorded;
    QString error;
    QVERIFY(BulkJournal::load(m_journal->path(), &recorded, &error));
    int inFlight = 0;
    for (auto it = recorded.cbegin(); it != recorded.cend(); ++it) {
        if (it.value().state == JournalEntry::State::InFlight) {
            QVERIFY(ring.contains(it.key()));
            ++inFlight;
        }
    }
    QCOMPARE(inFlight, 1);
}

void TestBulkRun::cancelKeepsTheReasonOfAReadOnTheWire()
{
    // London's schedules are on the wire when Cancel comes, and answer 500: the workspaces
    // waiting for them fail with that reason, not as "not sent" (it was sent).
    const QString london = locationId(m_server->data(), QStringLiteral("London"));
    QVERIFY(!london.isEmpty());
    const QString schedules =
        QStringLiteral("/v1/telephony/config/locations/%1/schedules").arg(london);
    m_server->setLatency(200);
    m_server->setFaultPath(schedules);
    m_server->forceStatus(500);
    auto run = makeRun(4);
    connect(m_server.get(), &sandbox::SandboxServer::requestReceived, this,
            [&](const sandbox::RecordedRequest &request) {
                if (request.path == schedules)
                    QTimer::singleShot(0, run.get(), &BulkRun::cancel);
            });
    Criteria criteria;
    criteria.schedule = Schedule{QStringLiteral("London Business Hours"),
                                 ScheduleType::BusinessHours, ScheduleLevel::Group};
    run->start(criteria, context(), targets());
    QTRY_VERIFY_WITH_TIMEOUT(run->isFinished(), 20000);
    QVERIFY(run->isCancelled());
    int readFailed = 0;
    for (const BulkOutcome &outcome : run->outcomes()) {
        if (!outcome.message.contains(QLatin1String("schedules of its location")))
            continue;
        QCOMPARE(outcome.result, BulkOutcome::Result::Failed);
        QVERIFY2(outcome.message.contains(QLatin1String("500")), qPrintable(outcome.message));
        QVERIFY2(!outcome.message.contains(QLatin1String("Not sent")), qPrintable(outcome.message));
        ++readFailed;
    }
    QVERIFY(readFailed > 0);
}

void TestBulkRun::progressCountsAndPace()
{
    // Twenty generated: eighteen Professional, two with the basic license (fail).
    auto run = makeRun(4);
    QList<BulkProgress> seen;
    connect(run.get(), &BulkRun::progressChanged, this,
            [&seen](const BulkProgress &progress) { seen.append(progress); });
    run->start(Criteria(), context(), targets(false));
    QTRY_VERIFY_WITH_TIMEOUT(run->isFinished(), 20000);
    QCOMPARE(seen.size(), 20);
    for (int i = 0; i < seen.size(); ++i) {
        QCOMPARE(seen.at(i).created + seen.at(i).failed + seen.at(i).skipped, i + 1);
        QCOMPARE(seen.at(i).remaining, 20 - (i + 1));
        QVERIFY(seen.at(i).perMinute > 0);
        QVERIFY(seen.at(i).etaSeconds >= 0);
    }
    QCOMPARE(seen.last().created, 18);
    QCOMPARE(seen.last().failed, 2);
    QCOMPARE(seen.last().etaSeconds, 0);
    // The words the window and the command line show: the pace, and the time left while
    // any is left.
    const BulkProgress &first = seen.first();
    QCOMPARE(first.paceText(), QStringLiteral(" · %1 per minute · about %2 s left")
                                   .arg(QString::number(first.perMinute, 'f', 1))
                                   .arg(first.etaSeconds));
    QCOMPARE(
        seen.last().paceText(),
        QStringLiteral(" · %1 per minute").arg(QString::number(seen.last().perMinute, 'f', 1)));
    QCOMPARE(BulkProgress().paceText(), QString());

    // Again over the same list: those created are skipped as alike.
    auto again = makeRun(4);
    again->start(Criteria(), context(), targets(false));
    QTRY_VERIFY_WITH_TIMEOUT(again->isFinished(), 20000);
    QCOMPARE(again->progress().skipped, 18);
    QCOMPARE(again->progress().failed, 2);
    QCOMPARE(again->progress().created, 0);
}

void TestBulkRun::rateLimitCountdown()
{
    m_server->setFaultsOnCreatesOnly(true);
    m_server->forceStatus(429, 1, "2");
    auto run = makeRun(2);
    QSignalSpy paused(run.get(), &BulkRun::paused);
    run->start(Criteria(), context(), targets().mid(0, 3));
    QTRY_VERIFY_WITH_TIMEOUT(run->isFinished(), 20000);
    QCOMPARE(paused.count(), 1);
    QCOMPARE(paused.first().first().toInt(), 1); // Retry-After 2 s, scaled by 0.25: 0.5 s
    QCOMPARE(run->progress().created, 3);
}

void TestBulkRun::createSentOnceItsSendingIsDurable()
{
    // When the sandbox receives a create, its "sending" line is in the journal and fsynced
    // (the journal's Nth line is durable once durableRecords() reaches N).
    int checked = 0;
    QStringList problems;
    connect(m_server.get(), &sandbox::SandboxServer::requestReceived, this,
            [&](const sandbox::RecordedRequest &request) {
                if (request.method != "POST")
                    return;
                const QString tracking = QString::fromLatin1(request.header("TrackingID"));
                QFile file(m_journal->path());
                if (!file.open(QIODevice::ReadOnly)) {
                    problems.append(file.errorString());
                    return;
                }
                const QList<QByteArray> lines = file.readAll().split('\n');
                qsizetype at = -1;
                for (qsizetype i = 0; i < lines.size() && at < 0; ++i) {
                    const QJsonObject line = QJsonDocument::fromJson(lines.at(i)).object();
                    if (line.value(QLatin1String("event")) == QLatin1String("sending") &&
                        line.value(QLatin1String("trackingId")).toString() == tracking)
                        at = i;
                }
                if (at < 0 || m_journal->durableRecords() < at + 1)
                    problems.append(tracking);
                ++checked;
            });
    auto run = makeRun(4);
    run->start(Criteria(), context(), targets());
    QTRY_VERIFY_WITH_TIMEOUT(run->isFinished(), 20000);
    QCOMPARE(checked, 18);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char(' '))));
    // Every record of the run durable, with no more fsyncs than records.
    QString error;
    QVERIFY(m_journal->append(QJsonObject{{QLatin1String("event"), QLatin1String("end")}}, &error));
    QFile file(m_journal->path());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(m_journal->durableRecords(), int(file.readAll().count('\n')));
    QVERIFY(m_journal->syncs() >= 1 && m_journal->syncs() <= m_journal->durableRecords());
}

QTEST_GUILESS_MAIN(TestBulkRun)
#include "tst_bulkrun.moc"
