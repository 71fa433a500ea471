// LicenseCatalog and LocationCatalog: read once per target, license states, failures.
#include "app/client/licensecatalog.h"
#include "app/client/locationcatalog.h"
#include "tests/common/lookupfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>

using namespace seqring;
using namespace sandboxtest;

// The session caches of licenses and locations.
class TestLicenseCatalog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void readOncePerSession();
    void stateOf_data();
    void stateOf();
    void failureNamesTheScope();
    void locationNames();

private:
    bool ensure(CachedList *catalog, const RequestContext &context);
    test::LookupFixture m_fx;
};

void TestLicenseCatalog::init()
{
    QVERIFY(m_fx.start());
}

void TestLicenseCatalog::cleanup()
{
    m_fx.stop();
}

bool TestLicenseCatalog::ensure(CachedList *catalog, const RequestContext &context)
{
    bool called = false;
    QObject receiver;
    catalog->ensure(context, &receiver, [&called] { called = true; });
    return QTest::qWaitFor([&called] { return called; }, 5000);
}

void TestLicenseCatalog::readOncePerSession()
{
    LicenseCatalog catalog(m_fx.client.get());
    catalog.setPageSize(3); // the demo organisation has four licenses: two pages
    QVERIFY(ensure(&catalog, m_fx.context()));
    QVERIFY(catalog.isLoaded());
    QCOMPARE(catalog.items().size(), 4);
    QCOMPARE(m_fx.received(QStringLiteral("/v1/licenses")).size(), 2);
    QVERIFY(ensure(&catalog, m_fx.context()));
    QCOMPARE(catalog.reads(), 1); // cached
    QCOMPARE(m_fx.received(QStringLiteral("/v1/licenses")).size(), 2);
    QVERIFY(ensure(&catalog, m_fx.context(m_fx.server->readOnlyToken())));
    QCOMPARE(catalog.reads(), 2); // another token: another session
}

void TestLicenseCatalog::stateOf_data()
{
    QTest::addColumn<QByteArray>("workspace");
    QTest::addColumn<int>("state");
    const QByteArray pro =
        "Y2lzY29zcGFyazovL3VzL0xJQ0VOU0UvMDljMGM5YjYtYjBmZC00YjAzLWIzYzYtMjZjNWVlYTc5MjNm";
    const QByteArray basic =
        "Y2lzY29zcGFyazovL3VzL0xJQ0VOU0UvYzBjYjdjNGMtOGU0MC00ZjlhLWIzMzYtMDJjYmUzMjcyMDg1";
    auto calling = [](const QByteArray &type, const QByteArrayList &ids) -> QByteArray {
        return QByteArray(R"({"calling":{"type":")") + type + R"(","webexCalling":{"licenses":[")" +
               ids.join("\",\"") + R"("]}}})";
    };
    QTest::newRow("professional") << calling("webexCalling", {pro})
                                  << int(WorkspaceLicense::Professional);
    QTest::newRow("both") << calling("webexCalling", {basic, pro})
                          << int(WorkspaceLicense::Professional);
    QTest::newRow("basic") << calling("webexCalling", {basic})
                           << int(WorkspaceLicense::BasicWorkspace);
    QTest::newRow("unknown id") << calling("webexCalling", {"nope"})
                                << int(WorkspaceLicense::Unknown);
    QTest::newRow("free calling") << calling("freeCalling", {pro})
                                  << int(WorkspaceLicense::NotWebexCalling);
    QTest::newRow("no calling") << QByteArray("{}") << int(WorkspaceLicense::NotWebexCalling);
}

void TestLicenseCatalog::stateOf()
{
    QFETCH(QByteArray, workspace);
    QFETCH(int, state);
    LicenseCatalog catalog(m_fx.client.get());
    QVERIFY(ensure(&catalog, m_fx.context()));
    QCOMPARE(int(catalog.stateOf(QJsonDocument::fromJson(workspace).object())), state);
}

void TestLicenseCatalog::failureNamesTheScope()
{
    LicenseCatalog catalog(m_fx.client.get());
    QSignalSpy failed(&catalog, &CachedList::failed);
    m_fx.server->forceStatus(403);
    QVERIFY(ensure(&catalog, m_fx.context()));
    QVERIFY(!catalog.isLoaded());
    QCOMPARE(failed.size(), 1);
    QVERIFY(catalog.errorText().contains(QLatin1String("spark-admin:licenses_read")));
    // Not cached: the next call reads again.
    QVERIFY(ensure(&catalog, m_fx.context()));
    QVERIFY(catalog.isLoaded());
    QVERIFY(catalog.errorText().isEmpty());
}

void TestLicenseCatalog::locationNames()
{
    LocationCatalog catalog(m_fx.client.get());
    catalog.setPageSize(1);
    QVERIFY(ensure(&catalog, m_fx.context()));
    QCOMPARE(catalog.nameOf(londonLocation()), QStringLiteral("London"));
    QCOMPARE(catalog.nameOf(sanJoseLocation()), QStringLiteral("San Jose"));
    QCOMPARE(catalog.nameOf(QStringLiteral("elsewhere")), QString());
    QCOMPARE(m_fx.received(QStringLiteral("/v1/locations")).size(), 3);
}

QTEST_GUILESS_MAIN(TestLicenseCatalog)
#include "tst_licensecatalog.moc"
