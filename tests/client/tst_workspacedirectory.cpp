// WorkspaceDirectory against the sandbox: paging, license states, stale replies, lookups.
#include "app/client/licensecatalog.h"
#include "app/client/locationcatalog.h"
#include "app/client/workspacedirectory.h"
#include "tests/common/lookupfixture.h"

#include <QSignalSpy>

using namespace seqring;
using namespace sandboxtest;

// Searches and looks up workspaces through the directory.
class TestWorkspaceDirectory : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void searchReadsEveryPage();
    void licenseStatesAndLocations();
    void catalogsReadOncePerSession();
    void olderReplyIsDropped();
    void lookupById();
    void unknownIdIsNotFound();
    void missingScopeIsNamed();
    void forbiddenNamesTheScope();
    void cancelStopsTheSearch();

private:
    QList<WorkspaceEntry> searchAll(const QString &text, const RequestContext &context);

    test::LookupFixture m_fx;
    LicenseCatalog *m_licenses = nullptr;
    LocationCatalog *m_locations = nullptr;
    WorkspaceDirectory *m_directory = nullptr;
};

void TestWorkspaceDirectory::init()
{
    QVERIFY(m_fx.start());
    m_licenses = new LicenseCatalog(m_fx.client.get());
    m_locations = new LocationCatalog(m_fx.client.get());
    m_directory = new WorkspaceDirectory(m_fx.client.get(), m_licenses, m_locations);
    m_directory->setPageSize(2);
}

void TestWorkspaceDirectory::cleanup()
{
    delete m_directory;
    delete m_licenses;
    delete m_locations;
    m_fx.stop();
}

QList<WorkspaceEntry> TestWorkspaceDirectory::searchAll(const QString &text,
                                                        const RequestContext &context)
{
    QSignalSpy finished(m_directory, &WorkspaceDirectory::searchFinished);
    const quint64 serial = m_directory->search(context, text);
    if (!finished.wait(10000))
        return {};
    if (finished.first().at(0).value<quint64>() != serial)
        return {};
    return finished.first().at(1).value<QList<WorkspaceEntry>>();
}

void TestWorkspaceDirectory::searchReadsEveryPage()
{
    const QList<WorkspaceEntry> all = searchAll(QString(), m_fx.context());
    QCOMPARE(all.size(), 6); // the demo organisation's; not Lyon
    const auto requests = m_fx.received(QStringLiteral("/v1/workspaces"));
    QCOMPARE(requests.size(), 4); // 2 + 2 + 2 + an empty page
    for (int i = 0; i < requests.size(); ++i) {
        QCOMPARE(requests.at(i).query.queryItemValue(QStringLiteral("max")), QStringLiteral("2"));
        QCOMPARE(requests.at(i).query.queryItemValue(QStringLiteral("start")),
                 QString::number(2 * i));
    }
    const QList<WorkspaceEntry> london = searchAll(QStringLiteral("london"), m_fx.context());
    QCOMPARE(london.size(), 3);
    const auto last = m_fx.received(QStringLiteral("/v1/workspaces")).last();
    QCOMPARE(last.query.queryItemValue(QStringLiteral("displayName")), QStringLiteral("london"));
}

void TestWorkspaceDirectory::licenseStatesAndLocations()
{
    const QList<WorkspaceEntry> all = searchAll(QString(), m_fx.context());
    QHash<QString, WorkspaceEntry> byId;
    for (const WorkspaceEntry &entry : all)
        byId.insert(entry.id, entry);
    const WorkspaceEntry reception = byId.value(londonReception());
    QCOMPARE(reception.name, QStringLiteral("London - Reception"));
    QCOMPARE(reception.locationName, QStringLiteral("London"));
    QCOMPARE(reception.license, WorkspaceLicense::Professional);
    QVERIFY(reception.selectable());
    QVERIFY(reception.reason().isEmpty());
    QCOMPARE(reception.licenseText(), QStringLiteral("Professional"));

    const WorkspaceEntry kitchen = byId.value(londonKitchen());
    QCOMPARE(kitchen.license, WorkspaceLicense::BasicWorkspace);
    QVERIFY(!kitchen.selectable());
    QCOMPARE(kitchen.reason(), QStringLiteral("sequential ring needs the Professional license"));
    QCOMPARE(kitchen.licenseText(), QStringLiteral("Basic workspace license"));

    const WorkspaceEntry training = byId.value(sanJoseTraining());
    QCOMPARE(training.license, WorkspaceLicense::NotWebexCalling);
    QVERIFY(!training.selectable());
    QCOMPARE(training.locationName, QStringLiteral("San Jose"));
    QCOMPARE(training.licenseText(), QStringLiteral("Not Webex Calling"));
    QCOMPARE(training.callingText(), QStringLiteral("Free calling"));
}

void TestWorkspaceDirectory::catalogsReadOncePerSession()
{
    QCOMPARE(searchAll(QStringLiteral("London"), m_fx.context()).size(), 3);
    QCOMPARE(searchAll(QStringLiteral("San"), m_fx.context()).size(), 3);
    QCOMPARE(m_licenses->reads(), 1);
    QCOMPARE(m_locations->reads(), 1);
    QCOMPARE(m_fx.received(QStringLiteral("/v1/licenses")).size(), 1);
    QCOMPARE(m_fx.received(QStringLiteral("/v1/locations")).size(), 1);
    // Another token is another target.
    QCOMPARE(searchAll(QStringLiteral("San"), m_fx.context(m_fx.server->readOnlyToken())).size(),
             3);
    QCOMPARE(m_licenses->reads(), 2);
}

void TestWorkspaceDirectory::olderReplyIsDropped()
{
    // Warm the catalogs so that only the workspace replies race.
    QVERIFY(!searchAll(QStringLiteral("Lobby"), m_fx.context()).isEmpty());
    QSignalSpy received(m_fx.server.get(), &sandbox::SandboxServer::requestReceived);
    QSignalSpy finished(m_directory, &WorkspaceDirectory::searchFinished);
    QSignalSpy dropped(m_directory, &WorkspaceDirectory::staleReplyDropped);
    m_fx.server->setLatency(600);
    const quint64 older = m_directory->search(m_fx.context(), QStringLiteral("London"));
    QVERIFY(received.wait(5000)); // the older query is at the server, its answer delayed
    m_fx.server->setLatency(0);
    const quint64 newer = m_directory->search(m_fx.context(), QStringLiteral("San Jose"));
    QVERIFY(newer > older);
    // Under load the older answer may come before the newer search has read its pages; either
    // order is right, so wait for counts rather than for a further signal.
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);
    QCOMPARE(finished.first().at(0).value<quint64>(), newer);
    // The older answer is dropped, never shown.
    QTRY_COMPARE_WITH_TIMEOUT(dropped.size(), 1, 5000);
    QCOMPARE(dropped.first().at(0).value<quint64>(), older);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(m_directory->droppedReplies(), 1);
    for (const WorkspaceEntry &entry : finished.first().at(1).value<QList<WorkspaceEntry>>())
        QVERIFY(entry.name.startsWith(QLatin1String("San Jose")));
    // No further page of the older query was asked for.
    int londonQueries = 0;
    for (const auto &request : m_fx.received(QStringLiteral("/v1/workspaces")))
        londonQueries +=
            request.query.queryItemValue(QStringLiteral("displayName")) == QLatin1String("London");
    QCOMPARE(londonQueries, 1);
}

void TestWorkspaceDirectory::lookupById()
{
    QSignalSpy found(m_directory, &WorkspaceDirectory::lookupFinished);
    m_directory->lookup(m_fx.context(), QLatin1Char(' ') + londonBoardroom() + QLatin1Char(' '));
    QVERIFY(found.wait(5000));
    QCOMPARE(found.first().first().toString(), londonBoardroom()); // the ID asked for
    const auto entry = found.first().at(1).value<WorkspaceEntry>();
    QCOMPARE(entry.id, londonBoardroom());
    QCOMPARE(entry.title(), QStringLiteral("London - Boardroom (London)"));
    QCOMPARE(entry.license, WorkspaceLicense::Professional);
}

void TestWorkspaceDirectory::unknownIdIsNotFound()
{
    QSignalSpy failed(m_directory, &WorkspaceDirectory::lookupFailed);
    m_directory->lookup(m_fx.context(), QStringLiteral("no-such-workspace"));
    QVERIFY(failed.wait(5000));
    QCOMPARE(failed.first().at(0).toString(), QStringLiteral("no-such-workspace"));
    QVERIFY(failed.first().at(1).toString().contains(QLatin1String("no-such-workspace")));
    QCOMPARE(failed.first().at(2).toBool(), true);
    // A workspace of another organisation is not found either.
    failed.clear();
    m_directory->lookup(m_fx.context(), lyonAccueil());
    QVERIFY(failed.wait(5000));
    QCOMPARE(failed.first().at(2).toBool(), true);
}

void TestWorkspaceDirectory::missingScopeIsNamed()
{
    QSignalSpy failed(m_directory, &WorkspaceDirectory::searchFailed);
    m_directory->search(m_fx.context(QStringLiteral("sandbox-unknown-token")), QString());
    QVERIFY(failed.wait(5000));
    QVERIFY2(failed.first().at(1).toString().contains(QLatin1String("(401)")),
             qPrintable(failed.first().at(1).toString()));
    QVERIFY(failed.first().at(1).toString().contains(QLatin1String("spark-admin:workspaces_read")));
}

void TestWorkspaceDirectory::forbiddenNamesTheScope()
{
    // The catalogs are read first, so the forced answer meets the workspace page and not a
    // catalog read (nor a read of an earlier search still in the server's socket).
    QVERIFY(!searchAll(QString(), m_fx.context()).isEmpty());
    QSignalSpy failed(m_directory, &WorkspaceDirectory::searchFailed);
    m_fx.server->forceStatus(403);
    m_directory->search(m_fx.context(), QString());
    QVERIFY(failed.wait(5000));
    QVERIFY(failed.first().at(1).toString().contains(QLatin1String("(403)")));
    QVERIFY(failed.first().at(1).toString().contains(QLatin1String("spark-admin:workspaces_read")));
}

void TestWorkspaceDirectory::cancelStopsTheSearch()
{
    QSignalSpy busy(m_directory, &WorkspaceDirectory::busyChanged);
    QSignalSpy finished(m_directory, &WorkspaceDirectory::searchFinished);
    m_fx.server->setLatency(2000);
    m_directory->search(m_fx.context(), QString());
    QVERIFY(m_directory->isBusy());
    m_directory->cancel();
    QVERIFY(!m_directory->isBusy());
    QCOMPARE(busy.size(), 2);
    QCOMPARE(finished.size(), 0);
}

QTEST_GUILESS_MAIN(TestWorkspaceDirectory)
#include "tst_workspacedirectory.moc"
