// StateExport against the in-process sandbox: every workspace of the organisation read whole
// and handed on in the listing's order, through one gate (a 429 pauses all), a failure of one
// workspace, the targets of a file, cancel, and a listing that cannot be read.
#include "app/bulk/stateexport.h"
#include "app/client/apiclient.h"
#include "app/client/requestgate.h"
#include "app/sandbox/sandboxserver.h"
#include "tests/common/sandboxfixture.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>
#include <memory>

using namespace seqring;
using namespace sandboxtest;

// Exports the demo organisation with generated workspaces and checks what came out.
class TestStateExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void everyWorkspaceInListingOrder();
    void rateLimitPausesAll();
    void failureOfOneWorkspace();
    void targetsOfAFile();
    void cancelSendsNothingNew();
    void listingRefused();

private:
    // The export's signals, recorded.
    struct Record {
        QList<WorkspaceState> read;
        QStringList failed; // "name: error"
        QStringList finished;
    };
    std::unique_ptr<StateExport> makeExport(Record *record, int concurrency = 4);
    RequestContext context() const;
    QStringList demoWorkspaceIds() const;

    std::unique_ptr<sandbox::SandboxServer> m_server;
    std::unique_ptr<ApiClient> m_client;
};

void TestStateExport::init()
{
    m_server = std::make_unique<sandbox::SandboxServer>();
    QVERIFY(m_server->generateWorkspaces(230)); // three pages of workspaces
    QVERIFY(m_server->start());
    m_client = std::make_unique<ApiClient>();
    m_client->setRetryDelayScale(0.01);
}

void TestStateExport::cleanup()
{
    m_client.reset();
    m_server.reset();
}

RequestContext TestStateExport::context() const
{
    RequestContext c;
    c.apiRoot = m_server->apiRoot();
    c.token = m_server->demoToken();
    return c;
}

QStringList TestStateExport::demoWorkspaceIds() const
{
    QStringList ids;
    for (const QJsonValue &item : m_server->data().value(QLatin1String("workspaces")).toArray()) {
        if (item[QLatin1String("orgId")].toString() == m_server->demoOrgId())
            ids.append(item[QLatin1String("id")].toString());
    }
    return ids;
}

std::unique_ptr<StateExport> TestStateExport::makeExport(Record *record, int concurrency)
{
    auto run = std::make_unique<StateExport>(m_client.get(), concurrency);
    connect(run.get(), &StateExport::workspaceRead, this,
            [record](const WorkspaceState &state) { record->read.append(state); });
    connect(run.get(), &StateExport::workspaceFailed, this,
            [record](const QString &, const QString &name, const QString &error) {
                record->failed.append(name + QLatin1String(": ") + error);
            });
    connect(run.get(), &StateExport::finished, this,
            [record](const QString &error) { record->finished.append(error); });
    return run;
}

void TestStateExport::everyWorkspaceInListingOrder()
{
    Record record;
    auto run = makeExport(&record);
    run->start(context());
    QTRY_COMPARE_WITH_TIMEOUT(record.finished.size(), 1, 30000);
    QCOMPARE(record.finished.first(), QString());
    QVERIFY2(record.failed.isEmpty(), qPrintable(record.failed.join(QLatin1Char('\n'))));
    QStringList ids;
    for (const WorkspaceState &state : record.read)
        ids.append(state.id);
    QCOMPARE(ids, demoWorkspaceIds());
    QCOMPARE(run->progress().read, 236);
    QCOMPARE(run->progress().total(), 236);

    const WorkspaceState &reception = record.read.at(0);
    QCOMPARE(reception.displayName, QStringLiteral("London - Reception"));
    QCOMPARE(reception.locationName, QStringLiteral("London"));
    QVERIFY(reception.professional && reception.settings);
    QCOMPARE(reception.settings->numbers.size(), 2);
    QCOMPARE(reception.criteria.size(), 1);
    QCOMPARE(reception.criteria.first().id, seededCriteria());
    const WorkspaceState &kitchen = record.read.at(2);
    QCOMPARE(kitchen.id, londonKitchen());
    QVERIFY(!kitchen.professional && !kitchen.settings);
    // Nothing was asked of the workspaces the licenses say lack Professional.
    for (const auto &request : m_server->receivedRequests()) {
        QVERIFY(!request.path.contains(londonKitchen()));
        QVERIFY(!request.path.contains(sanJoseTraining()));
    }
    QVERIFY(run->organisationNumbers());
    QCOMPARE(run->organisationNumbers()->size(), 5);
    QVERIFY(run->organisationNumbers()->contains(QStringLiteral("+442071838750")));
    QVERIFY(m_server->maxRequestsInFlight() <= 4);
}

void TestStateExport::rateLimitPausesAll()
{
    m_server->setRateLimit(40, 1, 1);
    Record record;
    auto run = makeExport(&record, 6);
    QSignalSpy paused(run.get(), &StateExport::paused);
    run->start(context());
    QTRY_COMPARE_WITH_TIMEOUT(record.finished.size(), 1, 60000);
    QVERIFY(paused.size() >= 1);
    QVERIFY2(record.failed.isEmpty(), qPrintable(record.failed.join(QLatin1Char('\n'))));
    QCOMPARE(record.read.size(), 236);
}

void TestStateExport::failureOfOneWorkspace()
{
    m_server->setFaultPath(QLatin1String("/v1") + settingsPath(londonBoardroom()));
    m_server->forceStatus(500, 1);
    Record record;
    auto run = makeExport(&record);
    run->start(context());
    QTRY_COMPARE_WITH_TIMEOUT(record.finished.size(), 1, 30000);
    QCOMPARE(record.finished.first(), QString());
    QCOMPARE(record.failed.size(), 1);
    QVERIFY2(record.failed.first().startsWith(QLatin1String("London - Boardroom: ")) &&
                 record.failed.first().contains(QLatin1String("500")),
             qPrintable(record.failed.first()));
    QCOMPARE(record.read.size(), 235);
    QCOMPARE(run->progress().failed, 1);
}

void TestStateExport::targetsOfAFile()
{
    Record record;
    auto run = makeExport(&record, 2);
    run->start(context(), {BulkTarget{{}, QStringLiteral("London - Reception"), 1},
                           BulkTarget{londonKitchen(), {}, 2},
                           BulkTarget{{}, QStringLiteral("No Such Workspace"), 3},
                           BulkTarget{londonBoardroom(), {}, 4}});
    QTRY_COMPARE_WITH_TIMEOUT(record.finished.size(), 1, 30000);
    QCOMPARE(record.read.size(), 3);
    QCOMPARE(record.read.at(0).id, londonReception());
    QCOMPARE(record.read.at(0).criteria.size(), 1);
    QCOMPARE(record.read.at(1).displayName, QStringLiteral("London - Kitchen Phone"));
    QVERIFY(!record.read.at(1).professional);
    QCOMPARE(record.read.at(2).id, londonBoardroom());
    QCOMPARE(record.failed.size(), 1);
    QVERIFY2(record.failed.first().startsWith(QLatin1String("No Such Workspace: ")),
             qPrintable(record.failed.first()));
    // The workspaces were not listed: four targets are looked up one by one.
    int pages = 0;
    for (const auto &request : m_server->receivedRequests())
        pages += request.path == QLatin1String("/v1/workspaces") &&
                         request.query.hasQueryItem(QStringLiteral("start"))
                     ? 1
                     : 0;
    QCOMPARE(pages, 0);
}

void TestStateExport::cancelSendsNothingNew()
{
    m_server->setLatency(20);
    Record record;
    auto run = makeExport(&record);
    connect(run.get(), &StateExport::workspaceRead, this, [&run, &record] {
        if (record.read.size() == 10)
            run->cancel();
    });
    run->start(context());
    QTRY_COMPARE_WITH_TIMEOUT(record.finished.size(), 1, 30000);
    const qsizetype received = m_server->receivedRequests().size();
    QVERIFY(run->isCancelled());
    QVERIFY(record.read.size() >= 10 && record.read.size() <= 14);
    QVERIFY(run->gate()->inUse() == 0);
    QTest::qWait(300);
    QCOMPARE(m_server->receivedRequests().size(), received); // nothing new, nothing late
    QCOMPARE(record.finished.size(), 1);
    run->cancel();
    QCOMPARE(record.finished.size(), 1);
}

void TestStateExport::listingRefused()
{
    Record record;
    auto run = makeExport(&record);
    RequestContext refused = context();
    refused.token = QStringLiteral("not-a-token");
    run->start(refused);
    QTRY_COMPARE_WITH_TIMEOUT(record.finished.size(), 1, 30000);
    QVERIFY2(record.finished.first().contains(QLatin1String("401")),
             qPrintable(record.finished.first()));
    QVERIFY(record.read.isEmpty());
    QVERIFY(!run->organisationNumbers()); // not readable: unknown, not empty
}

QTEST_GUILESS_MAIN(TestStateExport)
#include "tst_stateexport.moc"
