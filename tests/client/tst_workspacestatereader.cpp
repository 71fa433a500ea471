// WorkspaceStateReader against the in-process sandbox: one workspace's whole state (the
// settings, every criteria read whole, numbers in E.164), a workspace without the
// Professional license, a failure, and cancel.
#include "app/client/requestgate.h"
#include "app/client/workspacestatereader.h"
#include "tests/common/lookupfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace seqring;
using namespace sandboxtest;

namespace
{

WorkspaceState baseOf(const QString &id, bool professional)
{
    WorkspaceState base;
    base.id = id;
    base.displayName = QStringLiteral("As listed");
    base.locationId = londonLocation();
    base.locationName = QStringLiteral("London");
    base.professional = professional;
    return base;
}

} // namespace

// Reads a workspace's state whole, through the client or a gate.
class TestWorkspaceStateReader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void readsSettingsAndEveryCriteriaWhole();
    void notProfessionalSendsNothing();
    void notLicensedAnswerMeansNotProfessional();
    void failureKeepsTheBase();
    void cancelFinishesOnce();
    void throughAGate();

private:
    // Reads `base` and waits for finished(); the signal's arguments.
    QList<QVariant> readOnce(WorkspaceStateReader &reader, const WorkspaceState &base);

    test::LookupFixture m_fx;
};

void TestWorkspaceStateReader::init()
{
    QVERIFY(m_fx.start());
}

void TestWorkspaceStateReader::cleanup()
{
    m_fx.stop();
}

QList<QVariant> TestWorkspaceStateReader::readOnce(WorkspaceStateReader &reader,
                                                   const WorkspaceState &base)
{
    QSignalSpy finished(&reader, &WorkspaceStateReader::finished);
    reader.read(m_fx.context(), base);
    if (!finished.wait(5000))
        return {};
    QTest::qWait(20); // nothing else comes
    return finished.size() == 1 ? finished.first() : QList<QVariant>{};
}

void TestWorkspaceStateReader::readsSettingsAndEveryCriteriaWhole()
{
    // A second criteria with numbers written the way the service may give them back.
    const QString added = QStringLiteral("criteria-two");
    QJsonObject document = m_fx.server->data();
    QJsonObject all = document.value(QLatin1String("criteria")).toObject();
    QJsonArray list = all.value(londonReception()).toArray();
    list.append(
        QJsonObject{{QLatin1String("id"), added},
                    {QLatin1String("scheduleName"), QString()},
                    {QLatin1String("callsFrom"), QLatin1String("SELECT_PHONE_NUMBERS")},
                    {QLatin1String("anonymousCallersEnabled"), true},
                    {QLatin1String("unavailableCallersEnabled"), false},
                    {QLatin1String("phoneNumbers"), QJsonArray{QLatin1String("+44-20-7183-9999")}},
                    {QLatin1String("ringEnabled"), false}});
    all.insert(londonReception(), list);
    document.insert(QLatin1String("criteria"), all);
    QVERIFY(m_fx.server->loadData(QJsonDocument(document).toJson()));

    WorkspaceStateReader reader(m_fx.client.get());
    const QList<QVariant> args = readOnce(reader, baseOf(londonReception(), true));
    QCOMPARE(args.size(), 2);
    QCOMPARE(args.at(1).toString(), QString());
    const auto state = args.at(0).value<WorkspaceState>();
    QCOMPARE(state.id, londonReception());
    QCOMPARE(state.displayName, QStringLiteral("As listed"));
    QCOMPARE(state.locationName, QStringLiteral("London"));
    QVERIFY(state.professional);
    QVERIFY(state.settings);
    QVERIFY(state.settings->enabled);
    QVERIFY(state.settings->ringBaseLocationFirst);
    QCOMPARE(state.settings->baseLocationRings, 2);
    QCOMPARE(state.settings->numbers.size(), 2); // the empty slots left out
    QCOMPARE(state.settings->numbers.at(0), (RingNumber{QStringLiteral("+442071838750"), 3, true}));
    QCOMPARE(state.settings->numbers.at(1),
             (RingNumber{QStringLiteral("+442071838752"), 2, false}));
    QVERIFY(state.settings->criteria.isEmpty()); // no summaries: the criteria are whole
    QCOMPARE(state.criteria.size(), 2);
    QCOMPARE(state.criteria.at(0).id, seededCriteria());
    QCOMPARE(state.criteria.at(0).criteria.schedule->name, QStringLiteral("London Business Hours"));
    QCOMPARE(state.criteria.at(0).criteria.schedule->type,
             std::optional<ScheduleType>(ScheduleType::BusinessHours));
    QCOMPARE(state.criteria.at(0).criteria.callsFrom, CallsFrom::AnyPhoneNumber);
    QCOMPARE(state.criteria.at(1).id, added);
    QVERIFY(!state.criteria.at(1).criteria.schedule);
    QCOMPARE(state.criteria.at(1).criteria.callsFrom, CallsFrom::SelectPhoneNumbers);
    QCOMPARE(state.criteria.at(1).criteria.phoneNumbers,
             QStringList{QStringLiteral("+442071839999")}); // normalised as read
    QVERIFY(state.criteria.at(1).criteria.anonymousCallersEnabled);
    QVERIFY(!state.criteria.at(1).criteria.ringEnabled);
    // The settings, then each criteria whole.
    QCOMPARE(m_fx.received(QStringLiteral("/sequentialRing")).size(), 1);
    QCOMPARE(m_fx.received(QLatin1String("/criteria/") + seededCriteria()).size(), 1);
    QCOMPARE(m_fx.received(QLatin1String("/criteria/") + added).size(), 1);
}

void TestWorkspaceStateReader::notProfessionalSendsNothing()
{
    WorkspaceStateReader reader(m_fx.client.get());
    const QList<QVariant> args = readOnce(reader, baseOf(londonKitchen(), false));
    QCOMPARE(args.size(), 2);
    QCOMPARE(args.at(1).toString(), QString());
    const auto state = args.at(0).value<WorkspaceState>();
    QVERIFY(!state.professional);
    QVERIFY(!state.settings);
    QVERIFY(state.criteria.isEmpty());
    QCOMPARE(m_fx.server->receivedRequests().size(), 0);
}

void TestWorkspaceStateReader::notLicensedAnswerMeansNotProfessional()
{
    // The listing could not tell (licenses unknown): the service's 403 decides.
    WorkspaceStateReader reader(m_fx.client.get());
    const QList<QVariant> args = readOnce(reader, baseOf(londonKitchen(), true));
    QCOMPARE(args.size(), 2);
    QCOMPARE(args.at(1).toString(), QString());
    const auto state = args.at(0).value<WorkspaceState>();
    QVERIFY(!state.professional);
    QVERIFY(!state.settings);
    QCOMPARE(m_fx.received(QStringLiteral("/sequentialRing")).size(), 1);
}

void TestWorkspaceStateReader::failureKeepsTheBase()
{
    m_fx.server->setFaultPath(QLatin1String("/v1") + settingsPath(londonReception()));
    m_fx.server->forceStatus(500, 1);
    WorkspaceStateReader reader(m_fx.client.get());
    const QList<QVariant> args = readOnce(reader, baseOf(londonReception(), true));
    QCOMPARE(args.size(), 2);
    QVERIFY2(args.at(1).toString().contains(QLatin1String("500")),
             qPrintable(args.at(1).toString()));
    const auto state = args.at(0).value<WorkspaceState>();
    QCOMPARE(state.displayName, QStringLiteral("As listed"));
    QVERIFY(!state.settings);

    // A missing scope is a failure, never "not licensed".
    QSignalSpy finished(&reader, &WorkspaceStateReader::finished);
    m_fx.server->clearFaults();
    RequestContext context = m_fx.context(QStringLiteral("not-a-token"));
    reader.read(context, baseOf(londonReception(), true));
    QVERIFY(finished.wait(5000));
    QVERIFY(finished.first().at(1).toString().contains(QLatin1String("401")));
}

void TestWorkspaceStateReader::cancelFinishesOnce()
{
    m_fx.server->setLatency(300);
    WorkspaceStateReader reader(m_fx.client.get());
    QSignalSpy finished(&reader, &WorkspaceStateReader::finished);
    reader.read(m_fx.context(), baseOf(londonReception(), true));
    QVERIFY(reader.isBusy());
    reader.cancel();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().at(1).toString(), WorkspaceStateReader::cancelledText());
    QVERIFY(!reader.isBusy());
    QTest::qWait(500);
    QCOMPARE(finished.size(), 1);
    reader.cancel(); // nothing in flight: nothing comes
    QCOMPARE(finished.size(), 1);
}

void TestWorkspaceStateReader::throughAGate()
{
    RequestGate gate(m_fx.client.get(), 1);
    WorkspaceStateReader reader(m_fx.client.get());
    reader.setSender(gate.sender());
    m_fx.server->forceStatus(429, 1, "1");
    QSignalSpy paused(&gate, &RequestGate::paused);
    const QList<QVariant> args = readOnce(reader, baseOf(londonReception(), true));
    QCOMPARE(args.size(), 2);
    QCOMPARE(args.at(1).toString(), QString());
    QCOMPARE(paused.size(), 1);
    QCOMPARE(args.at(0).value<WorkspaceState>().criteria.size(), 1);

    // The gate's cancel ends the read with a failure, once.
    QSignalSpy finished(&reader, &WorkspaceStateReader::finished);
    m_fx.server->forceStatus(429, 1, "1");
    reader.read(m_fx.context(), baseOf(londonReception(), true));
    QVERIFY(paused.wait(5000));
    gate.cancel(); // the job waiting out the 429 ends at once, or its answer comes later
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);
    QTest::qWait(50);
    QCOMPARE(finished.size(), 1);
    QVERIFY(!finished.first().at(1).toString().isEmpty());
}

QTEST_GUILESS_MAIN(TestWorkspaceStateReader)
#include "tst_workspacestatereader.moc"
