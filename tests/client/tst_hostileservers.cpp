// The client against hostile loopback servers: each case ends in its own clear error
// within the job's deadline, memory stays bounded and the event loop keeps turning.
#include "app/client/apiclient.h"
#include "app/client/apirequests.h"
#include "app/client/httpstatus.h"
#include "tests/client/hostileserver.h"
#include "tests/common/jobwaiter.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <algorithm>

using namespace seqring;
using seqring::test::HostileServer;
using Behaviour = HostileServer::Behaviour;

Q_DECLARE_METATYPE(seqring::test::HostileServer::Behaviour)

namespace
{

constexpr int kTransferTimeoutMs = 2500;
constexpr int kDeadlineMs = 4000;
constexpr qint64 kMaxRssGrowthKiB = 20 * 1024;

RequestContext contextFor(const QString &apiRoot)
{
    RequestContext context;
    context.apiRoot = apiRoot;
    context.workspaceId = QStringLiteral("WS1");
    context.orgId = QStringLiteral("ORG1");
    context.token = QStringLiteral("TEST-hostile-token-0000");
    return context;
}

// The resident set size of this process, from /proc/self/status (KiB; 0 if unknown).
qint64 residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

// Ticks every 20 ms while a job runs: the longest pause between ticks says whether the
// event loop stayed responsive, and each tick samples the resident set size.
class LoopWatch
{
public:
    LoopWatch() : m_startKiB(residentKiB()), m_peakKiB(m_startKiB)
    {
        m_clock.start();
        m_timer.setInterval(20);
        QObject::connect(&m_timer, &QTimer::timeout, [this] { tick(); });
        m_timer.start();
    }

    qint64 longestPauseMs() const { return m_longestPauseMs; }
    qint64 growthKiB()
    {
        tick();
        return m_peakKiB - m_startKiB;
    }

private:
    void tick()
    {
        m_longestPauseMs = std::max(m_longestPauseMs, m_clock.restart());
        m_peakKiB = std::max(m_peakKiB, residentKiB());
    }

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_startKiB;
    qint64 m_peakKiB;
    qint64 m_longestPauseMs = 0;
};

} // namespace

// Tests that no hostile server can hang a job, balloon memory or freeze the window.
class TestHostileServers : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void endsInItsError_data();
    void endsInItsError();
    void endlessBodyWhileTheWindowIsBusy();
};

void TestHostileServers::endsInItsError_data()
{
    QTest::addColumn<Behaviour>("behaviour");
    QTest::addColumn<QString>("scheme");
    QTest::addColumn<bool>("create"); // a POST create, else a GET
    QTest::addColumn<ApiError::Kind>("kind");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("problem"); // a part of the error's problem text
    QTest::addColumn<bool>("ambiguous");

    QTest::newRow("endless body") << Behaviour::EndlessBody << "http" << true
                                  << ApiError::Kind::ReplyTooLarge << 200
                                  << QString::number(ApiClient::kMaxReplyBytes) << true;
    QTest::newRow("one byte a second")
        << Behaviour::Trickle << "http" << true << ApiError::Kind::Timeout << 201
        << "did not finish its answer within 4 second" << true;
    QTest::newRow("Content-Length of 2 GB")
        << Behaviour::HugeLength << "http" << true << ApiError::Kind::ReplyTooLarge << 201
        << "2147483648" << true;
    QTest::newRow("JSON that is not UTF-8")
        << Behaviour::InvalidUtf8Json << "http" << true << ApiError::Kind::MalformedReply << 201
        << "could not be read" << true;
    QTest::newRow("redirect loop") << Behaviour::RedirectLoop << "http" << false
                                   << ApiError::Kind::Network << 0 << "redirect loop" << false;
    QTest::newRow("plaintext where TLS is expected")
        << Behaviour::PlaintextForTls << "https" << true << ApiError::Kind::Network << 0
        << HttpStatus::networkErrorText(QNetworkReply::SslHandshakeFailedError) << false;
    QTest::newRow("TLS where plaintext is expected")
        << Behaviour::TlsForPlaintext << "http" << false << ApiError::Kind::Network << 0
        << QString() << false;
    QTest::newRow("headers over 64 KiB")
        << Behaviour::HugeHeaders << "http" << true << ApiError::Kind::ReplyTooLarge << 200
        << "headers" << true;
}

void TestHostileServers::endsInItsError()
{
    QFETCH(Behaviour, behaviour);
    QFETCH(QString, scheme);
    QFETCH(bool, create);
    QFETCH(ApiError::Kind, kind);
    QFETCH(int, status);
    QFETCH(QString, problem);
    QFETCH(bool, ambiguous);

    HostileServer server(behaviour);
    QVERIFY(server.listen());
    ApiClient client;
    client.setTransferTimeout(kTransferTimeoutMs);
    client.setDeadline(kDeadlineMs);
    client.setMaxRetries(0);
    const RequestContext context = contextFor(server.root(scheme));
    Criteria criteria;
    criteria.callsFrom = CallsFrom::AnyPhoneNumber;

    LoopWatch watch;
    ApiJob *job = create ? client.createCriteria(ApiRequests::createCriteria(criteria, context))
                         : client.send(ApiRequests::getSequentialRing(context));
    ApiResult result;
    QString why;
    // The job's own deadline is the bound; the wait allows for the job's deletion.
    QVERIFY2(seqring::test::waitForResult(job, &result, &why, kDeadlineMs + 2000), qPrintable(why));

    QVERIFY(!result.ok);
    QVERIFY2(result.error.kind == kind, qPrintable(result.error.text()));
    QCOMPARE(result.httpStatus, status);
    QVERIFY2(result.error.problem.contains(problem), qPrintable(result.error.problem));
    QVERIFY(!result.error.problem.isEmpty());
    QCOMPARE(result.error.ambiguous, ambiguous);
    if (ambiguous)
        QVERIFY(result.error.text().contains(QLatin1String("may or may not have been created")));
    // Ended by the job's count of ten or earlier by Qt; Qt's HTTP layer re-sends a request
    // up to three times when a connection closes before an answer.
    if (behaviour == Behaviour::RedirectLoop)
        QVERIFY2(server.requests >= 2 && server.requests <= 3 * 11,
                 qPrintable(QString::number(server.requests)));
    if (behaviour == Behaviour::EndlessBody)
        QVERIFY(server.bytesSent > ApiClient::kMaxReplyBytes);

    const qint64 growth = watch.growthKiB();
    QVERIFY2(growth < kMaxRssGrowthKiB, qPrintable(QStringLiteral("grew by %1 KiB").arg(growth)));
    // A generous bound: a frozen loop would show a pause as long as the whole exchange.
    QVERIFY2(watch.longestPauseMs() < 1000,
             qPrintable(QStringLiteral("the event loop paused %1 ms").arg(watch.longestPauseMs())));
}

void TestHostileServers::endlessBodyWhileTheWindowIsBusy()
{
    // The server writes from its own thread while this (the window's) thread is busy for
    // a moment: only the bounded read buffer keeps Qt's HTTP thread from reading ahead.
    QThread thread;
    thread.start();
    auto *server = new HostileServer(Behaviour::EndlessBody);
    server->moveToThread(&thread);
    QString root;
    QMetaObject::invokeMethod(
        server, [server, &root] { root = server->listen() ? server->root() : QString(); },
        Qt::BlockingQueuedConnection);
    QVERIFY(!root.isEmpty());
    ApiClient client;
    client.setDeadline(kDeadlineMs);
    const qint64 before = residentKiB();
    ApiJob *job = client.send(ApiRequests::getSequentialRing(contextFor(root)));
    QTimer::singleShot(50, this, [] { QThread::msleep(1500); });
    ApiResult result;
    QString why;
    QVERIFY2(seqring::test::waitForResult(job, &result, &why, kDeadlineMs + 2000), qPrintable(why));
    const qint64 growth = residentKiB() - before;
    QMetaObject::invokeMethod(
        server, [server] { delete server; }, Qt::BlockingQueuedConnection);
    thread.quit();
    thread.wait();
    QCOMPARE(result.error.kind, ApiError::Kind::ReplyTooLarge);
    QVERIFY2(growth < kMaxRssGrowthKiB, qPrintable(QStringLiteral("grew by %1 KiB").arg(growth)));
}

QTEST_GUILESS_MAIN(TestHostileServers)
#include "tst_hostileservers.moc"
