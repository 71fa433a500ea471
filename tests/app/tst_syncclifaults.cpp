// `seqring-admin sync` when things go wrong, against a seqring-sandbox process: kill -9 at
// several points of a sync, each resumed; answers lost after a create and after a delete.
#include "tests/common/syncclitest.h"

using namespace seqring;
using namespace seqring::test;

class TestSyncCliFaults : public SyncCliTest
{
    Q_OBJECT

private Q_SLOTS:
    void init() { setUp(); }
    void cleanup() { tearDown(); }
    void killedSyncResumes_data();
    void killedSyncResumes();
    void lostCreateAnswerChecked();
    void lostDeleteAnswerChecked();

private:
    // Each workspace has one criteria to be deleted (quietCaller), then the desired state
    // (ringAll and its holidays) is written to "desired.json".
    QList<WorkspaceState> seedAndWriteDesired();
};

QList<WorkspaceState> TestSyncCliFaults::seedAndWriteDesired()
{
    const QList<WorkspaceState> workspaces = professionalStates();
    writeDesired(QStringLiteral("seed.json"), workspaces,
                 [](const WorkspaceState &) { return QList<Criteria>{quietCaller()}; });
    const ApplyRun seeded = apply(syncArgs(QStringLiteral("seed.json"), QStringLiteral("seed.j")));
    if (seeded.exitCode != 0)
        qWarning("the seed failed: %s", qPrintable(seeded.stderrText));
    writeDesired(QStringLiteral("desired.json"), workspaces, [](const WorkspaceState &w) {
        return QList<Criteria>{ringAll(), quietHolidays(w.locationId)};
    });
    return workspaces;
}

void TestSyncCliFaults::killedSyncResumes_data()
{
    QTest::addColumn<int>("sends");
    QTest::newRow("after the first write") << 1;
    QTest::newRow("a third of the way") << 30;
    QTest::newRow("near the end") << 70; // of 81: a few writes left to cut off
}

void TestSyncCliFaults::killedSyncResumes()
{
    QFETCH(int, sends);
    // --allow-duplicates: only the journal and the reads stand between a resumed sync and a
    // second criteria.
    // 40 ms a request: the last writes are still under way when the kill comes.
    QVERIFY(startSandbox(
        {QStringLiteral("--latency"), QStringLiteral("40"), QStringLiteral("--allow-duplicates")},
        30));
    const QList<WorkspaceState> workspaces = seedAndWriteDesired();
    const int n = int(workspaces.size());
    const int createsBefore = statsOf("creates");
    const int deletesBefore = statsOf("deletes");
    const QStringList args = syncArgs(QStringLiteral("desired.json"), QStringLiteral("j"),
                                      {QStringLiteral("--allow-delete")});
    QVERIFY(killMidRun(args, path(QStringLiteral("j")), sends));
    QVERIFY2(statsOf("writes") < 4 * n + n, "the sync ended before it was killed");

    const ApplyRun resumed = apply(args + QStringList{QStringLiteral("--resume")});
    QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.stderrText));
    // Converged, each create made once, each planned delete once and nothing else deleted.
    QCOMPARE(statsOf("creates") - createsBefore, 2 * n);
    QCOMPARE(statsOf("deletes") - deletesBefore, n);
    for (const WorkspaceState &w : workspaces) {
        const QJsonArray criteria = criteriaOf(w.id);
        QCOMPARE(criteria.size(), 2);
    }
    const int writes = statsOf("writes");
    const ApplyRun again = apply(syncArgs(QStringLiteral("desired.json"), QStringLiteral("j2"),
                                          {QStringLiteral("--allow-delete")}));
    QVERIFY2(again.exitCode == 0, qPrintable(again.stderrText));
    QCOMPARE(statsOf("writes"), writes);
}

void TestSyncCliFaults::lostCreateAnswerChecked()
{
    QVERIFY(startSandbox({QStringLiteral("--drop-after-create"), QStringLiteral("3"),
                          QStringLiteral("--allow-duplicates")},
                         10));
    const QList<WorkspaceState> workspaces = professionalStates();
    writeDesired(QStringLiteral("desired.json"), workspaces, [](const WorkspaceState &) {
        return QList<Criteria>{ringAll(), quietCaller()};
    });
    const ApplyRun run =
        apply(syncArgs(QStringLiteral("desired.json"), QStringLiteral("j"),
                       {QStringLiteral("--report"), path(QStringLiteral("r.csv"))}));
    QVERIFY2(run.exitCode == 0, qPrintable(run.stderrText));
    QCOMPARE(statsOf("creates"), 2 * int(workspaces.size())); // none sent twice
    QCOMPARE(rowsWith(QStringLiteral("r.csv"), 7,
                      QStringLiteral("The answer was lost; found done by reading the workspace, "
                                     "not sent again.")),
             3);
    QVERIFY(eachHas(professionalIds(), 2));
}

void TestSyncCliFaults::lostDeleteAnswerChecked()
{
    QVERIFY(startSandbox({}, 10));
    const QList<WorkspaceState> workspaces = professionalStates();
    writeDesired(QStringLiteral("two.json"), workspaces, [](const WorkspaceState &) {
        return QList<Criteria>{ringAll(), quietCaller()};
    });
    QCOMPARE(apply(syncArgs(QStringLiteral("two.json"), QStringLiteral("j1"))).exitCode, 0);
    // A second sandbox on the same state, whose next three deletes lose their answers.
    tearDown();
    QVERIFY(startSandbox({QStringLiteral("--drop-after-delete"), QStringLiteral("3")}, 0));
    writeDesired(QStringLiteral("one.json"), workspaces,
                 [](const WorkspaceState &) { return QList<Criteria>{ringAll()}; });
    const ApplyRun run =
        apply(syncArgs(QStringLiteral("one.json"), QStringLiteral("j2"),
                       {QStringLiteral("--allow-delete"), QStringLiteral("--report"),
                        path(QStringLiteral("r.csv"))}));
    QVERIFY2(run.exitCode == 0, qPrintable(run.stderrText));
    QCOMPARE(rowsWith(QStringLiteral("r.csv"), 7,
                      QStringLiteral("The answer was lost; found done by reading the workspace, "
                                     "not sent again.")),
             3);
    QCOMPARE(rowsWith(QStringLiteral("r.csv"), 2, QStringLiteral("delete-criteria")),
             int(workspaces.size()));
    QVERIFY(eachHas(professionalIds(), 1));
}

QTEST_GUILESS_MAIN(TestSyncCliFaults)
#include "tst_syncclifaults.moc"
