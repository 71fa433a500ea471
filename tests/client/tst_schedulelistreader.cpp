// ScheduleListReader against the sandbox: every page, types, the missing scope.
#include "app/client/schedulelistreader.h"
#include "tests/common/lookupfixture.h"

#include <QSignalSpy>

using namespace seqring;
using namespace sandboxtest;

// Reads location schedules.
class TestScheduleCatalog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void everyPageWithTypes();
    void unknownTypesAreLeftOut();
    void missingTelephonyScopeIsNamed();

private:
    test::LookupFixture m_fx;
};

void TestScheduleCatalog::init()
{
    QVERIFY(m_fx.start());
}

void TestScheduleCatalog::cleanup()
{
    m_fx.stop();
}

void TestScheduleCatalog::everyPageWithTypes()
{
    ScheduleListReader catalog(m_fx.client.get());
    catalog.setPageSize(1);
    QSignalSpy loaded(&catalog, &ScheduleListReader::loaded);
    catalog.load(m_fx.context(), londonLocation());
    QVERIFY(catalog.isBusy());
    QVERIFY(loaded.wait(5000));
    QVERIFY(!catalog.isBusy());
    QCOMPARE(loaded.first().at(0).toString(), londonLocation());
    const auto schedules = loaded.first().at(1).value<QList<ScheduleEntry>>();
    const QList<ScheduleEntry> expected{
        {QStringLiteral("London Business Hours"), ScheduleType::BusinessHours},
        {QStringLiteral("Business Vacation"), ScheduleType::Holidays}};
    QCOMPARE(schedules, expected);
    QCOMPARE(m_fx.received(QStringLiteral("/schedules")).size(), 3); // 1 + 1 + an empty page
}

void TestScheduleCatalog::unknownTypesAreLeftOut()
{
    const QList<QJsonObject> items{{{QStringLiteral("name"), QStringLiteral("A")},
                                    {QStringLiteral("type"), QStringLiteral("holidays")}},
                                   {{QStringLiteral("name"), QStringLiteral("B")},
                                    {QStringLiteral("type"), QStringLiteral("weird")}},
                                   {{QStringLiteral("name"), QString()},
                                    {QStringLiteral("type"), QStringLiteral("holidays")}}};
    const QList<ScheduleEntry> parsed = ScheduleListReader::parse(items);
    QCOMPARE(parsed.size(), 1);
    QCOMPARE(parsed.first().name, QStringLiteral("A"));
}

void TestScheduleCatalog::missingTelephonyScopeIsNamed()
{
    ScheduleListReader catalog(m_fx.client.get());
    QSignalSpy failed(&catalog, &ScheduleListReader::failed);
    catalog.load(m_fx.context(m_fx.server->noTelephonyToken()), londonLocation());
    QVERIFY(failed.wait(5000));
    const QString message = failed.first().at(1).toString();
    QVERIFY2(message.contains(QLatin1String("(403)")), qPrintable(message));
    QVERIFY(message.contains(QLatin1String("spark-admin:telephony_config_read")));
}

QTEST_GUILESS_MAIN(TestScheduleCatalog)
#include "tst_schedulelistreader.moc"
