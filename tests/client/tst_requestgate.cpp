// RequestGate against the in-process sandbox: the bound on slots, and the pause after a 429
// that holds for every request of the run.
#include "app/client/apiclient.h"
#include "app/client/apirequests.h"
#include "app/client/requestgate.h"
#include "app/sandbox/sandboxserver.h"

#include <QElapsedTimer>
#include <QTest>
#include <algorithm>
#include <memory>

using namespace seqring;

// Sends through a RequestGate and checks what the sandbox received, and when.
class TestRequestGate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void boundHolds();
    void rateLimitPausesEveryone();
    void oneBurstOneAnnouncement();
    void pacesAtTheRateLearned();
    void aFewAdmittedTeachNoRate();
    void paceRecoversAfterAHarderFirstWindow();

private:
    RequestContext context() const;

    std::unique_ptr<sandbox::SandboxServer> m_server;
    std::unique_ptr<ApiClient> m_client;
};

void TestRequestGate::init()
{
    m_server = std::make_unique<sandbox::SandboxServer>();
    QVERIFY(m_server->start());
    m_client = std::make_unique<ApiClient>();
    m_client->setRetryDelayScale(0.25); // Retry-After 1 s waits 250 ms
}

RequestContext TestRequestGate::context() const
{
    RequestContext context;
    context.apiRoot = m_server->apiRoot();
    context.token = m_server->demoToken();
    return context;
}

void TestRequestGate::boundHolds()
{
    m_server->setLatency(20);
    RequestGate gate(m_client.get(), 3);
    int ok = 0;
    for (int i = 0; i < 12; ++i)
        gate.send(ApiRequests::listLicenses(context()), this,
                  [&ok](const ApiResult &result) { ok += result.ok ? 1 : 0; });
    QTRY_COMPARE(ok, 12);
    QCOMPARE(gate.maxInUse(), 3);
    QCOMPARE(m_server->maxRequestsInFlight(), 3);
    QCOMPARE(gate.inUse(), 0);
}

void TestRequestGate::rateLimitPausesEveryone()
{
    // The first request gets a 429 with Retry-After 1; the one beside it is answered. Until
    // the wait is over, no new request leaves, from any slot.
    m_server->forceStatus(429, 1, "1");
    QElapsedTimer clock;
    clock.start();
    QList<qint64> received;
    connect(m_server.get(), &sandbox::SandboxServer::requestReceived, this,
            [&received, &clock] { received.append(clock.elapsed()); });
    RequestGate gate(m_client.get(), 2);
    int paused = 0;
    connect(&gate, &RequestGate::paused, this, [&paused] { ++paused; });
    int ok = 0;
    for (int i = 0; i < 6; ++i)
        gate.send(ApiRequests::listLicenses(context()), this,
                  [&ok](const ApiResult &result) { ok += result.ok ? 1 : 0; });
    QTRY_COMPARE(ok, 6);
    QCOMPARE(paused, 1);
    QCOMPARE(received.size(), 7); // six, and the one retry: nothing lost, nothing extra
    // The first two went together; the third waited for the pause (250 ms, some slack).
    QVERIFY2(received.at(2) - received.at(1) >= 200,
             qPrintable(QStringLiteral("%1 ms").arg(received.at(2) - received.at(1))));
    QVERIFY(gate.maxInUse() <= 2);
}

void TestRequestGate::oneBurstOneAnnouncement()
{
    // Three requests on the wire meet a 429 each: each extends the wait a little, and the
    // wait is announced once, not three times (a command line prints a line for each).
    m_server->setLatency(20); // the three are in flight together
    m_server->forceStatus(429, 3, "1");
    RequestGate gate(m_client.get(), 3);
    QList<int> paused;
    connect(&gate, &RequestGate::paused, this, [&paused](int seconds) { paused.append(seconds); });
    int ok = 0;
    for (int i = 0; i < 3; ++i)
        gate.send(ApiRequests::listLicenses(context()), this,
                  [&ok](const ApiResult &result) { ok += result.ok ? 1 : 0; });
    QTRY_COMPARE(ok, 3);
    QCOMPARE(paused, QList<int>{1}); // Retry-After 1 s, scaled by 0.25: 250 ms
    // A wait that moves its end by a second or more is announced again.
    QTRY_VERIFY(!gate.isPaused());
    gate.pauseFor(100);  // begins: announced
    gate.pauseFor(150);  // 50 ms later: the same wait
    gate.pauseFor(1500); // 1.35 s later: announced
    QCOMPARE(paused, (QList<int>{1, 1, 2}));
}

void TestRequestGate::pacesAtTheRateLearned()
{
    // 10 a second (a sliding window, Retry-After 1): the first burst meets 429s (one for
    // each slot at most), and from then on the gate keeps about the rate, so hardly a later
    // request meets one. Without the pace every burst after a wait would meet one again:
    // four more in the five seconds of this run. (A slow rate, so that the 100 ms between
    // requests dwarfs the scheduling jitter of a loaded machine; at 20 a second two late
    // 429s came from jitter alone.)
    m_client->setRetryDelayScale(1.0); // the wait must cover the service's window
    m_server->setRateLimit(10, 1, 1);
    int received = 0;
    connect(m_server.get(), &sandbox::SandboxServer::requestReceived, this,
            [&received] { ++received; });
    RequestGate gate(m_client.get(), 4);
    QList<int> pausedAfter; // requests received when each pause began
    connect(&gate, &RequestGate::paused, this,
            [&pausedAfter, &received] { pausedAfter.append(received); });
    int ok = 0;
    for (int i = 0; i < 50; ++i)
        gate.send(ApiRequests::listLicenses(context()), this,
                  [&ok](const ApiResult &result) { ok += result.ok ? 1 : 0; });
    QTRY_COMPARE_WITH_TIMEOUT(ok, 50, 30000);
    QVERIFY(!pausedAfter.isEmpty());
    // A late 429 may come from jitter (the window is real time), and from the pace's rise
    // probing above the rate once or twice; without the pace there are four or more.
    const auto late =
        std::count_if(pausedAfter.begin(), pausedAfter.end(), [](int at) { return at > 14; });
    QVERIFY2(late <= 2, qPrintable(QString::number(late)));
    // 50, the first burst's 429s (one per slot at most) and the late pauses' (whose slots'
    // retries may all meet them): at most 62. Without the pace, nine late 429s and more.
    QVERIFY2(received <= 62, qPrintable(QString::number(received)));
    // The rate kept: about the 10 the window admits, and not a crawl (on a loaded machine
    // fewer than 10 may have been sent in the second before the 429, and it learns that).
    QVERIFY2(gate.pacedRate() > 5 && gate.pacedRate() < 12,
             qPrintable(QString::number(gate.pacedRate())));
}

void TestRequestGate::aFewAdmittedTeachNoRate()
{
    // A 429 after one request: no rate is learned from so little, the pause alone holds.
    m_server->forceStatus(429, 1, "1");
    RequestGate gate(m_client.get(), 2);
    int ok = 0;
    for (int i = 0; i < 6; ++i)
        gate.send(ApiRequests::listLicenses(context()), this,
                  [&ok](const ApiResult &result) { ok += result.ok ? 1 : 0; });
    QTRY_COMPARE(ok, 6);
    QCOMPARE(gate.pacedRate(), 0.0);
}

void TestRequestGate::paceRecoversAfterAHarderFirstWindow()
{
    // 20 a second, but the first window admits 5: the gate learns about 5 a second from it,
    // and then raises its pace while no 429 comes, back up towards the 20 the service
    // allows. (Without the rise it stays at the first lesson's 5 a second.)
    m_client->setRetryDelayScale(1.0);
    m_server->setRateLimit(20, 1, 1);
    m_server->setFirstWindowLimit(5);
    RequestGate gate(m_client.get(), 4);
    QList<double> rates; // the pace after each answer
    int ok = 0;
    for (int i = 0; i < 120; ++i)
        gate.send(ApiRequests::listLicenses(context()), this,
                  [&ok, &rates, &gate](const ApiResult &result) {
                      ok += result.ok ? 1 : 0;
                      rates.append(gate.pacedRate());
                  });
    QTRY_COMPARE_WITH_TIMEOUT(ok, 120, 60000);
    const auto learned = std::find_if(rates.begin(), rates.end(), [](double r) { return r > 0; });
    QVERIFY(learned != rates.end());
    QVERIFY2(*learned < 8, qPrintable(QString::number(*learned))); // the first lesson
    // Raised well above the first lesson, and never run away: a probe's 429 comes a window
    // late, so the rise is bounded by twice the rate answered in the last quarter window,
    // and the service answers at most its 20 in a quarter window (160 a second).
    QVERIFY2(gate.pacedRate() > 12, qPrintable(QString::number(gate.pacedRate())));
    const double highest = *std::max_element(rates.begin(), rates.end());
    QVERIFY2(highest <= 160, qPrintable(QString::number(highest)));
    // And what the probes cost: the first window's 429s and those of one probe, not a 429
    // every window (at most one per slot each time).
    const int refused = int(m_server->receivedRequests().size()) - 120;
    QVERIFY2(refused <= 16, qPrintable(QString::number(refused)));
}

QTEST_GUILESS_MAIN(TestRequestGate)
#include "tst_requestgate.moc"
