// SyncPlanner: the plan of one workspace's sync, rule by rule, in the order it is sent; a
// plan carried out leaves nothing to send; template mode.
#include "models/syncplan.h"

#include <QTest>

using namespace seqring;

namespace
{

const QList<ScheduleRef> kSchedules = {
    {QStringLiteral("Business Vacation"), ScheduleType::Holidays},
    {QStringLiteral("Office"), ScheduleType::BusinessHours},
    {QStringLiteral("Night"), ScheduleType::BusinessHours}};

// A criteria for calls from anyone during `schedule` (empty: all hours).
Criteria during(const QString &schedule, bool ring = true,
                ScheduleType type = ScheduleType::BusinessHours)
{
    Criteria c;
    if (!schedule.isEmpty())
        c.schedule = Schedule{schedule, type, ScheduleLevel::Group};
    c.ringEnabled = ring;
    return c;
}

Criteria fromNumbers(const QString &schedule, const QStringList &numbers, bool ring = true)
{
    Criteria c = during(schedule, ring);
    c.callsFrom = CallsFrom::SelectPhoneNumbers;
    c.phoneNumbers = numbers;
    return c;
}

SequentialRingSettings settings(bool enabled, int baseRings = 3,
                                const QString &number = QStringLiteral("+442071838750"))
{
    SequentialRingSettings s;
    s.enabled = enabled;
    s.ringBaseLocationFirst = true;
    s.baseLocationRings = baseRings;
    s.numbers.append({number, 4, false});
    return s;
}

WorkspaceState workspace(const SequentialRingSettings &ring, const QList<StoredCriteria> &criteria)
{
    WorkspaceState w;
    w.id = QStringLiteral("WS-1");
    w.displayName = QStringLiteral("Lobby 12");
    w.locationId = QStringLiteral("LOC-1");
    w.locationName = QStringLiteral("London");
    w.professional = true;
    w.settings = ring;
    w.criteria = criteria;
    return w;
}

StoredCriteria stored(const QString &id, const Criteria &criteria)
{
    return {id, criteria, {}};
}

// "kind:criteriaId" (or "kind:schedule name" for a create), "(kept)" when not sent.
QStringList spell(const SyncPlan &plan)
{
    QStringList out;
    for (const SyncAction &a : plan.actions) {
        QString text = toWire(a.kind);
        if (a.kind == SyncAction::Kind::CreateCriteria)
            text += QLatin1Char(':') +
                    (a.criteria.schedule ? a.criteria.schedule->name : QStringLiteral("all hours"));
        else if (!a.criteriaId.isEmpty())
            text += QLatin1Char(':') + a.criteriaId;
        if (a.planned == SyncAction::Planned::Kept)
            text += QStringLiteral(" (kept)");
        out.append(text);
    }
    return out;
}

// What the workspace is after the plan's Do actions were sent and succeeded.
WorkspaceState carriedOut(WorkspaceState w, const SyncPlan &plan)
{
    int created = 0;
    for (const SyncAction &a : plan.actions) {
        if (a.planned != SyncAction::Planned::Do)
            continue;
        const auto at = std::find_if(w.criteria.begin(), w.criteria.end(),
                                     [&](const StoredCriteria &s) { return s.id == a.criteriaId; });
        switch (a.kind) {
        case SyncAction::Kind::UpdateSettings:
            w.settings = a.settings;
            break;
        case SyncAction::Kind::CreateCriteria:
            w.criteria.append(stored(QStringLiteral("NEW-%1").arg(++created), a.criteria));
            break;
        case SyncAction::Kind::UpdateCriteria:
            at->criteria = a.criteria;
            break;
        case SyncAction::Kind::DeleteCriteria:
            w.criteria.erase(at);
            break;
        default:
            break;
        }
    }
    return w;
}

} // namespace

class TestSyncPlan : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void plan_data();
    void plan();
    void secondPlanSendsNothing_data() { plan_data(); }
    void secondPlanSendsNothing();
    void updateCarriesTheDesiredCriteria();
    void missingScheduleRefuses();
    void licenseMismatchRefuses_data();
    void licenseMismatchRefuses();
    void summary();
    void wireNames();
    void templateMode();
    void normalizedState();
};

void TestSyncPlan::plan_data()
{
    QTest::addColumn<WorkspaceState>("current");
    QTest::addColumn<WorkspaceState>("desired");
    QTest::addColumn<bool>("allowDelete");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<bool>("willMatch");

    const StoredCriteria vacation =
        stored(QStringLiteral("C1"),
               during(QStringLiteral("Business Vacation"), false, ScheduleType::Holidays));
    const StoredCriteria office = stored(QStringLiteral("C2"), during(QStringLiteral("Office")));
    const WorkspaceState base = workspace(settings(true), {vacation, office});

    QTest::newRow("in sync") << base << base << false << QStringList{QStringLiteral("in-sync")}
                             << true;
    QTest::newRow("settings differ")
        << base << workspace(settings(true, 4), {vacation, office}) << false
        << QStringList{QStringLiteral("update-settings")} << true;
    QTest::newRow("number typed otherwise")
        << workspace(settings(true, 3, QStringLiteral("+44-2071838750")), {vacation, office})
        << workspace(settings(true, 3, QStringLiteral("+44 20 7183 8750")), {vacation, office})
        << false << QStringList{QStringLiteral("in-sync")} << true;

    StoredCriteria changed = office;
    changed.criteria.ringEnabled = false;
    QTest::newRow("update by id") << base << workspace(settings(true), {vacation, changed}) << false
                                  << QStringList{QStringLiteral("update-criteria:C2")} << true;

    StoredCriteria foreign = office;
    foreign.id = QStringLiteral("OTHER-WS-9");
    QTest::newRow("unknown id, same content")
        << base << workspace(settings(true), {vacation, foreign}) << false
        << QStringList{QStringLiteral("in-sync")} << true;
    StoredCriteria noId = vacation;
    noId.id.clear();
    QTest::newRow("no id, same content") << base << workspace(settings(true), {noId, office})
                                         << false << QStringList{QStringLiteral("in-sync")} << true;

    const StoredCriteria officeNumbers =
        stored(QStringLiteral("C2"),
               fromNumbers(QStringLiteral("Office"), {QStringLiteral("+442071838750")}));
    StoredCriteria moreNumbers = officeNumbers;
    moreNumbers.id.clear();
    moreNumbers.criteria.phoneNumbers.append(QStringLiteral("+442071839751"));
    QTest::newRow("same schedule and callers: update")
        << workspace(settings(true), {vacation, officeNumbers})
        << workspace(settings(true), {vacation, moreNumbers}) << false
        << QStringList{QStringLiteral("update-criteria:C2")} << true;
    StoredCriteria anyCaller = moreNumbers;
    anyCaller.criteria = during(QStringLiteral("Office"));
    QTest::newRow("other callers: create")
        << workspace(settings(true), {vacation, officeNumbers})
        << workspace(settings(true), {vacation, officeNumbers, anyCaller}) << false
        << QStringList{QStringLiteral("create-criteria:Office")} << true;
    QTest::newRow("create") << base
                            << workspace(
                                   settings(true),
                                   {vacation, office, stored({}, during(QStringLiteral("Night")))})
                            << false << QStringList{QStringLiteral("create-criteria:Night")}
                            << true;

    StoredCriteria allHours = office;
    allHours.criteria.schedule.reset();
    QTest::newRow("schedule removed, allowed")
        << base << workspace(settings(true), {vacation, allHours}) << true
        << QStringList{QStringLiteral("delete-criteria:C2"),
                       QStringLiteral("create-criteria:all hours")}
        << true;
    QTest::newRow("schedule removed, not allowed")
        << base << workspace(settings(true), {vacation, allHours}) << false
        << QStringList{QStringLiteral("keep-criteria:C2 (kept)")} << false;

    QTest::newRow("orphan, allowed") << base << workspace(settings(true), {vacation}) << true
                                     << QStringList{QStringLiteral("delete-criteria:C2")} << true;
    QTest::newRow("orphan, not allowed")
        << base << workspace(settings(true), {vacation}) << false
        << QStringList{QStringLiteral("keep-criteria:C2 (kept)")} << false;

    const StoredCriteria night = stored({}, during(QStringLiteral("Night")));
    QTest::newRow("turned off first")
        << base << workspace(settings(false), {vacation, office, night}) << false
        << QStringList{QStringLiteral("update-settings"), QStringLiteral("create-criteria:Night")}
        << true;
    QTest::newRow("turned on last")
        << workspace(settings(false), {vacation, office})
        << workspace(settings(true), {vacation, office, night}) << false
        << QStringList{QStringLiteral("create-criteria:Night"), QStringLiteral("update-settings")}
        << true;
    QTest::newRow("do-not-ring created first")
        << workspace(settings(true), {})
        << workspace(settings(true), {stored({}, during(QStringLiteral("Office"))),
                                      stored({}, during(QStringLiteral("Night"), false))})
        << false
        << QStringList{QStringLiteral("create-criteria:Night"),
                       QStringLiteral("create-criteria:Office")}
        << true;
    QTest::newRow("do-not-ring deleted last")
        << workspace(settings(true), {vacation, office}) << workspace(settings(true), {}) << true
        << QStringList{QStringLiteral("delete-criteria:C2"), QStringLiteral("delete-criteria:C1")}
        << true;
    QTest::newRow("made do-not-ring first, do-not-ring deleted last")
        << base << workspace(settings(true), {changed, stored({}, during(QStringLiteral("Night")))})
        << true
        << QStringList{QStringLiteral("update-criteria:C2"),
                       QStringLiteral("create-criteria:Night"),
                       QStringLiteral("delete-criteria:C1")}
        << true;
    QTest::newRow("ring deleted before ring created")
        << workspace(settings(true), {office})
        << workspace(settings(true),
                     {stored({}, during(QStringLiteral("Night"))), stored({}, during({}, false))})
        << true
        << QStringList{QStringLiteral("create-criteria:all hours"),
                       QStringLiteral("delete-criteria:C2"),
                       QStringLiteral("create-criteria:Night")}
        << true;
}

void TestSyncPlan::plan()
{
    QFETCH(WorkspaceState, current);
    QFETCH(WorkspaceState, desired);
    QFETCH(bool, allowDelete);
    QFETCH(QStringList, expected);
    QFETCH(bool, willMatch);
    const SyncPlan plan = SyncPlanner::plan(current, desired, kSchedules, allowDelete);
    QVERIFY2(!plan.isRefused(), qPrintable(plan.refusal));
    QCOMPARE(spell(plan), expected);
    QCOMPARE(plan.willMatch, willMatch);
}

void TestSyncPlan::secondPlanSendsNothing()
{
    QFETCH(WorkspaceState, current);
    QFETCH(WorkspaceState, desired);
    QFETCH(bool, allowDelete);
    QFETCH(bool, willMatch);
    const SyncPlan first = SyncPlanner::plan(current, desired, kSchedules, allowDelete);
    const SyncPlan second =
        SyncPlanner::plan(carriedOut(current, first), desired, kSchedules, allowDelete);
    QCOMPARE(second.writes(), 0);
    QCOMPARE(second.willMatch, willMatch);
    if (willMatch)
        QCOMPARE(spell(second), QStringList{QStringLiteral("in-sync")});
}

void TestSyncPlan::updateCarriesTheDesiredCriteria()
{
    const Criteria had = fromNumbers(QStringLiteral("Office"), {QStringLiteral("+442071838750")});
    Criteria want = had;
    want.phoneNumbers = {QStringLiteral("020 7183 9751")}; // national, read in GB
    const SyncPlan plan = SyncPlanner::plan(
        workspace(settings(true), {stored(QStringLiteral("C2"), had)}),
        workspace(settings(true), {stored({}, want)}), kSchedules, false, QStringLiteral("GB"));
    QCOMPARE(spell(plan), QStringList{QStringLiteral("update-criteria:C2")});
    QCOMPARE(plan.actions.first().criteria.phoneNumbers,
             QStringList{QStringLiteral("+442071839751")});
    QVERIFY(plan.actions.first().message.contains(QStringLiteral("+442071839751")));
}

void TestSyncPlan::missingScheduleRefuses()
{
    const WorkspaceState current = workspace(settings(false), {});
    const WorkspaceState desired =
        workspace(settings(true), {stored({}, during(QStringLiteral("Office"))),
                                   stored({}, during(QStringLiteral("Weekend")))});
    const SyncPlan plan = SyncPlanner::plan(current, desired, kSchedules, true);
    QVERIFY(plan.isRefused());
    QVERIFY(plan.actions.isEmpty());
    QVERIFY(!plan.willMatch);
    QVERIFY2(plan.refusal.contains(QStringLiteral("\"Weekend\" (businessHours)")),
             qPrintable(plan.refusal));
    QVERIFY(plan.refusal.contains(QStringLiteral("London")));
    QVERIFY(!plan.refusal.contains(QStringLiteral("Office")));
    // The same name as a holiday schedule is another schedule.
    const SyncPlan typed = SyncPlanner::plan(
        current,
        workspace(settings(true),
                  {stored({}, during(QStringLiteral("Office"), true, ScheduleType::Holidays))}),
        kSchedules, true);
    QVERIFY(typed.isRefused());
}

void TestSyncPlan::licenseMismatchRefuses_data()
{
    QTest::addColumn<bool>("currentProfessional");
    QTest::addColumn<bool>("desiredProfessional");
    QTest::addColumn<bool>("refused");
    QTest::newRow("license gone") << false << true << true;
    QTest::newRow("license since") << true << false << true;
    QTest::newRow("neither") << false << false << false;
}

void TestSyncPlan::licenseMismatchRefuses()
{
    QFETCH(bool, currentProfessional);
    QFETCH(bool, desiredProfessional);
    QFETCH(bool, refused);
    const auto make = [](bool professional) {
        WorkspaceState w = workspace(settings(true), {});
        w.professional = professional;
        if (!professional)
            w.settings.reset();
        return w;
    };
    const SyncPlan plan =
        SyncPlanner::plan(make(currentProfessional), make(desiredProfessional), kSchedules, true);
    QCOMPARE(plan.isRefused(), refused);
    QCOMPARE(plan.willMatch, !refused);
    if (!refused)
        QCOMPARE(spell(plan), QStringList{QStringLiteral("in-sync")});
}

void TestSyncPlan::summary()
{
    const WorkspaceState current =
        workspace(settings(true), {stored(QStringLiteral("C1"), during(QStringLiteral("Office")))});
    const WorkspaceState desired =
        workspace(settings(true, 5),
                  {stored({}, during(QStringLiteral("Night"))), stored({}, during({}, false))});
    QCOMPARE(SyncPlanner::summary(SyncPlanner::plan(current, desired, kSchedules, true)),
             QStringLiteral("+2 criteria, −1, settings changed"));
    QCOMPARE(SyncPlanner::summary(SyncPlanner::plan(current, desired, kSchedules, false)),
             QStringLiteral("+2 criteria, settings changed, 1 kept"));
    QCOMPARE(SyncPlanner::summary(SyncPlanner::plan(current, current, kSchedules, false)),
             QStringLiteral("in sync"));
}

void TestSyncPlan::wireNames()
{
    using Kind = SyncAction::Kind;
    QCOMPARE(toWire(Kind::UpdateSettings), QStringLiteral("update-settings"));
    QCOMPARE(toWire(Kind::CreateCriteria), QStringLiteral("create-criteria"));
    QCOMPARE(toWire(Kind::UpdateCriteria), QStringLiteral("update-criteria"));
    QCOMPARE(toWire(Kind::DeleteCriteria), QStringLiteral("delete-criteria"));
    QCOMPARE(toWire(Kind::KeepCriteria), QStringLiteral("keep-criteria"));
    QCOMPARE(toWire(Kind::InSync), QStringLiteral("in-sync"));
    QCOMPARE(toWire(SyncResult::Done), QStringLiteral("done"));
    QCOMPARE(toWire(SyncResult::WouldDo), QStringLiteral("would-do"));
    QCOMPARE(toWire(SyncResult::Kept), QStringLiteral("kept"));
    QCOMPARE(toWire(SyncResult::Skipped), QStringLiteral("skipped"));
    QCOMPARE(toWire(SyncResult::Failed), QStringLiteral("failed"));
}

void TestSyncPlan::templateMode()
{
    WorkspaceState source = workspace(
        settings(true, 6), {stored(QStringLiteral("T1"), during(QStringLiteral("Office"), false))});
    source.criteria.first().unknownKeys.insert(QStringLiteral("note"), 1);
    WorkspaceState target =
        workspace(settings(false), {stored(QStringLiteral("X1"), during(QStringLiteral("Night")))});
    target.id = QStringLiteral("WS-2");
    target.displayName = QStringLiteral("Lobby 14");
    target.locationName = QStringLiteral("Leeds");

    const WorkspaceState desired = SyncPlanner::desiredFromTemplate(source, target);
    QCOMPARE(desired.id, QStringLiteral("WS-2"));
    QCOMPARE(desired.displayName, QStringLiteral("Lobby 14"));
    QCOMPARE(desired.locationName, QStringLiteral("Leeds"));
    QVERIFY(sameRingSettings(*desired.settings, *source.settings));
    QCOMPARE(desired.criteria.size(), 1);
    QVERIFY(desired.criteria.first().id.isEmpty());
    QVERIFY(desired.criteria.first().unknownKeys.isEmpty());
    QCOMPARE(desired.criteria.first().criteria, source.criteria.first().criteria);

    // Night is kept (not deleted without --allow-delete); the new ring goes on last.
    const SyncPlan plan = SyncPlanner::plan(target, desired, kSchedules, false);
    QCOMPARE(spell(plan), (QStringList{QStringLiteral("create-criteria:Office"),
                                       QStringLiteral("keep-criteria:X1 (kept)"),
                                       QStringLiteral("update-settings")}));
    const SyncPlan again = SyncPlanner::plan(carriedOut(target, plan), desired, kSchedules, true);
    QCOMPARE(spell(again), QStringList{QStringLiteral("delete-criteria:X1")});
}

void TestSyncPlan::normalizedState()
{
    SequentialRingSettings ring = settings(true, 3, QStringLiteral("+44-2071838750"));
    ring.criteria.append({QStringLiteral("C1"), QStringLiteral("Office"), true, true});
    Criteria any = fromNumbers({}, {QStringLiteral("020 7183 9751")});
    any.callsFrom = CallsFrom::AnyPhoneNumber; // its numbers are not sent, so not kept
    const WorkspaceState read = workspace(
        ring, {stored(QStringLiteral("C1"), fromNumbers({}, {QStringLiteral("020 7183 9751")})),
               stored(QStringLiteral("C2"), any)});
    const WorkspaceState state = read.normalized(QStringLiteral("GB"));
    QCOMPARE(state.settings->numbers.first().phoneNumber, QStringLiteral("+442071838750"));
    QVERIFY(state.settings->criteria.isEmpty());
    QCOMPARE(state.criteria.at(0).criteria.phoneNumbers,
             QStringList{QStringLiteral("+442071839751")});
    QVERIFY(state.criteria.at(1).criteria.phoneNumbers.isEmpty());
    QCOMPARE(state.normalized(QStringLiteral("GB")), state);
}

QTEST_APPLESS_MAIN(TestSyncPlan)
#include "tst_syncplan.moc"
