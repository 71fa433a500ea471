// `seqring-admin sync` against a seqring-sandbox process: the dry run, convergence, deletes,
// the schedule refusal, the template path and the files it refuses.
#include "app/files/syncjournal.h"
#include "tests/common/syncclitest.h"

using namespace seqring;
using namespace seqring::test;

namespace
{
// The report's columns.
constexpr int kAction = 2;
constexpr int kResult = 4;
constexpr int kMessage = 7;
} // namespace

class TestSyncCli : public SyncCliTest
{
    Q_OBJECT

private Q_SLOTS:
    void init() { setUp(); }
    void cleanup() { tearDown(); }
    void dryRunSendsNothing();
    void convergesThenWritesNothing();
    void deletesOnlyWhenAllowed();
    void missingScheduleRefused();
    void templateToTargets();
    void newerFilesRefused();
    void badInput();
};

void TestSyncCli::dryRunSendsNothing()
{
    QVERIFY(startSandbox({}, 20));
    const QList<WorkspaceState> workspaces = professionalStates();
    writeDesired(QStringLiteral("desired.json"), workspaces, [](const WorkspaceState &w) {
        return QList<Criteria>{ringAll(), quietHolidays(w.locationId)};
    });
    const int requestsBefore = statsOf("requests");
    const ApplyRun run = apply(syncArgs(
        QStringLiteral("desired.json"), QStringLiteral("j"),
        {QStringLiteral("--dry-run"), QStringLiteral("--report"), path(QStringLiteral("r.csv"))}));
    QVERIFY2(run.exitCode == 0, qPrintable(run.stderrText));
    QCOMPARE(statsOf("writes"), 0);
    QVERIFY(statsOf("requests") > requestsBefore);
    QVERIFY(!QFile::exists(path(QStringLiteral("j")))); // a dry run keeps no journal
    const QList<QStringList> rows = reportRows(QStringLiteral("r.csv"));
    QCOMPARE(rows.value(0).join(QLatin1Char(',')),
             QStringLiteral("workspaceId,displayName,action,criteriaId,result,httpStatus,"
                            "trackingId,message"));
    // Exactly the plan: the do-not-ring criteria, the ring criteria, then the settings that
    // turn sequential ring on.
    const int n = int(workspaces.size());
    QCOMPARE(rows.size(), 1 + 3 * n);
    QCOMPARE(rowsWith(QStringLiteral("r.csv"), kResult, QStringLiteral("would-do")), 3 * n);
    QCOMPARE(rowsWith(QStringLiteral("r.csv"), kAction, QStringLiteral("update-settings")), n);
    QCOMPARE(rowsWith(QStringLiteral("r.csv"), kAction, QStringLiteral("create-criteria")), 2 * n);
    for (qsizetype i = 1; i < rows.size(); i += 3) {
        QCOMPARE(rows.at(i).at(kAction), QStringLiteral("create-criteria"));
        QVERIFY2(rows.at(i).at(kMessage).contains(QLatin1String("do not ring")),
                 qPrintable(rows.at(i).join(QLatin1Char('|'))));
        QCOMPARE(rows.at(i + 1).at(kAction), QStringLiteral("create-criteria"));
        QCOMPARE(rows.at(i + 2).at(kAction), QStringLiteral("update-settings"));
    }
    QVERIFY(eachHas(professionalIds(), 0));
}

void TestSyncCli::convergesThenWritesNothing()
{
    QVERIFY(startSandbox({}, 20));
    const QList<WorkspaceState> workspaces = professionalStates();
    writeDesired(QStringLiteral("desired.json"), workspaces, [](const WorkspaceState &w) {
        return QList<Criteria>{ringAll(), quietHolidays(w.locationId), quietCaller()};
    });
    const ApplyRun first =
        apply(syncArgs(QStringLiteral("desired.json"), QStringLiteral("j1"),
                       {QStringLiteral("--report"), path(QStringLiteral("r1.csv"))}));
    QVERIFY2(first.exitCode == 0, qPrintable(first.stderrText));
    const int n = int(workspaces.size());
    QCOMPARE(statsOf("creates"), 3 * n);
    QCOMPARE(statsOf("writes"), 4 * n);
    QCOMPARE(rowsWith(QStringLiteral("r1.csv"), kResult, QStringLiteral("done")), 4 * n);
    QVERIFY(eachHas(professionalIds(), 3));
    const QJsonObject ring = state()
                                 .value(QLatin1String("sequentialRing"))
                                 .toObject()
                                 .value(workspaces.first().id)
                                 .toObject();
    QCOMPARE(ring.value(QLatin1String("enabled")).toBool(), true);
    // The journal says what it is, with its version.
    QFile journal(path(QStringLiteral("j1")));
    QVERIFY(journal.open(QIODevice::ReadOnly));
    const QJsonObject header = QJsonDocument::fromJson(journal.readLine()).object();
    QCOMPARE(header.value(QLatin1String("format")).toString(),
             QStringLiteral("seqring-admin/sync-journal"));
    QCOMPARE(header.value(QLatin1String("version")).toInt(), SyncJournal::kVersion);

    const int writes = statsOf("writes");
    const ApplyRun second =
        apply(syncArgs(QStringLiteral("desired.json"), QStringLiteral("j2"),
                       {QStringLiteral("--report"), path(QStringLiteral("r2.csv"))}));
    QVERIFY2(second.exitCode == 0, qPrintable(second.stderrText));
    QCOMPARE(statsOf("writes"), writes); // not one write
    QCOMPARE(rowsWith(QStringLiteral("r2.csv"), kAction, QStringLiteral("in-sync")), n);
    QCOMPARE(reportRows(QStringLiteral("r2.csv")).size(), 1 + n);
}

void TestSyncCli::deletesOnlyWhenAllowed()
{
    QVERIFY(startSandbox({}, 10));
    const QList<WorkspaceState> workspaces = professionalStates();
    const int n = int(workspaces.size());
    writeDesired(QStringLiteral("two.json"), workspaces, [](const WorkspaceState &w) {
        return QList<Criteria>{ringAll(), quietHolidays(w.locationId)};
    });
    QCOMPARE(apply(syncArgs(QStringLiteral("two.json"), QStringLiteral("j1"))).exitCode, 0);
    writeDesired(QStringLiteral("one.json"), workspaces,
                 [](const WorkspaceState &) { return QList<Criteria>{ringAll()}; });

    const ApplyRun kept =
        apply(syncArgs(QStringLiteral("one.json"), QStringLiteral("j2"),
                       {QStringLiteral("--report"), path(QStringLiteral("kept.csv"))}));
    QCOMPARE(kept.exitCode, 3); // left not matching
    QCOMPARE(statsOf("deletes"), 0);
    QVERIFY(eachHas(professionalIds(), 2));
    QCOMPARE(rowsWith(QStringLiteral("kept.csv"), kAction, QStringLiteral("keep-criteria")), n);
    QCOMPARE(rowsWith(QStringLiteral("kept.csv"), kResult, QStringLiteral("kept")), n);

    const ApplyRun deleted =
        apply(syncArgs(QStringLiteral("one.json"), QStringLiteral("j3"),
                       {QStringLiteral("--allow-delete"), QStringLiteral("--report"),
                        path(QStringLiteral("deleted.csv"))}));
    QVERIFY2(deleted.exitCode == 0, qPrintable(deleted.stderrText));
    QCOMPARE(statsOf("deletes"), n);
    QVERIFY(eachHas(professionalIds(), 1));
    QCOMPARE(rowsWith(QStringLiteral("deleted.csv"), kAction, QStringLiteral("delete-criteria")),
             n);
}

void TestSyncCli::missingScheduleRefused()
{
    QVERIFY(startSandbox({}, 10));
    const QList<WorkspaceState> workspaces = professionalStates();
    // London's holiday schedule for every workspace: those in San Jose do not have it.
    writeDesired(QStringLiteral("desired.json"), workspaces, [](const WorkspaceState &) {
        return QList<Criteria>{ringAll(), quietHolidays(kLondonId)};
    });
    const ApplyRun run =
        apply(syncArgs(QStringLiteral("desired.json"), QStringLiteral("j"),
                       {QStringLiteral("--report"), path(QStringLiteral("r.csv"))}));
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.stderrText.contains(QLatin1String("Business Vacation")),
             qPrintable(run.stderrText));
    int london = 0;
    for (const WorkspaceState &w : workspaces) {
        const bool inLondon = w.locationId == kLondonId;
        london += inLondon ? 1 : 0;
        QCOMPARE(criteriaOf(w.id).size(), inLondon ? 2 : 0); // nothing sent to the others
        const QJsonValue ring = state().value(QLatin1String("sequentialRing"))[w.id];
        QCOMPARE(ring[QLatin1String("enabled")].toBool(), inLondon);
    }
    QVERIFY(london > 0 && london < workspaces.size());
    QCOMPARE(rowsWith(QStringLiteral("r.csv"), kResult, QStringLiteral("failed")),
             int(workspaces.size()) - london);
}

void TestSyncCli::templateToTargets()
{
    QVERIFY(startSandbox({}, 20));
    QList<WorkspaceState> workspaces = professionalStates();
    // The template: one workspace (its ID and name do not matter) with all-hours criteria.
    writeDesired(QStringLiteral("template.json"), {workspaces.first()}, [](const WorkspaceState &) {
        return QList<Criteria>{ringAll(), quietCaller()};
    });
    QStringList names;
    for (const WorkspaceState &w : workspaces.mid(1))
        names.append(w.displayName); // by exact name, as a targets file may
    writeFile(QStringLiteral("targets.txt"), names.join(QLatin1Char('\n')).toUtf8());
    const ApplyRun run =
        apply({QStringLiteral("sync"), QStringLiteral("--template"),
               path(QStringLiteral("template.json")), QStringLiteral("--workspaces"),
               path(QStringLiteral("targets.txt")), QStringLiteral("--base-url"), m_apiRoot,
               QStringLiteral("--journal"), path(QStringLiteral("j")), QStringLiteral("--har"),
               path(QStringLiteral("sync.har"))});
    QVERIFY2(run.exitCode == 0, qPrintable(run.stderrText));
    QCOMPARE(criteriaOf(workspaces.first().id).size(), 0); // not a target
    // The HAR of the run: its requests, never the token.
    QFile har(path(QStringLiteral("sync.har")));
    QVERIFY(har.open(QIODevice::ReadOnly));
    const QByteArray harBytes = har.readAll();
    QVERIFY(harBytes.contains("sequentialRing/criteria"));
    QVERIFY(!harBytes.contains(kBulkToken.toUtf8()));
    for (const WorkspaceState &w : workspaces.mid(1))
        QCOMPARE(criteriaOf(w.id).size(), 2);
    QCOMPARE(statsOf("creates"), 2 * (int(workspaces.size()) - 1));
}

void TestSyncCli::newerFilesRefused()
{
    QVERIFY(startSandbox({}, 4));
    writeDesired(QStringLiteral("desired.json"), professionalStates(),
                 [](const WorkspaceState &) { return QList<Criteria>{ringAll()}; });
    QFile file(path(QStringLiteral("desired.json")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonObject doc = QJsonDocument::fromJson(file.readAll()).object();
    doc.insert(QStringLiteral("version"), 2);
    writeFile(QStringLiteral("newer.json"), QJsonDocument(doc).toJson());
    const ApplyRun newerState = apply(syncArgs(QStringLiteral("newer.json"), QStringLiteral("j")));
    QCOMPARE(newerState.exitCode, 2);
    QVERIFY2(newerState.stderrText.contains(QLatin1String("newer")),
             qPrintable(newerState.stderrText));

    writeFile(QStringLiteral("newer.journal"),
              R"({"event":"sync","format":"seqring-admin/sync-journal","version":3})"
              "\n");
    const ApplyRun newerJournal =
        apply(syncArgs(QStringLiteral("desired.json"), QStringLiteral("newer.journal"),
                       {QStringLiteral("--resume")}));
    QCOMPARE(newerJournal.exitCode, 2);
    QVERIFY2(newerJournal.stderrText.contains(QLatin1String("version 3")),
             qPrintable(newerJournal.stderrText));
    QCOMPARE(statsOf("writes"), 0);
}

void TestSyncCli::badInput()
{
    QVERIFY(startSandbox({}, 4));
    writeDesired(QStringLiteral("desired.json"), professionalStates(),
                 [](const WorkspaceState &) { return QList<Criteria>{ringAll()}; });
    const ApplyRun both =
        apply(syncArgs(QStringLiteral("desired.json"), QStringLiteral("j"),
                       {QStringLiteral("--template"), path(QStringLiteral("desired.json"))}));
    QCOMPARE(both.exitCode, 2);
    const ApplyRun manyInTemplate =
        apply({QStringLiteral("sync"), QStringLiteral("--template"),
               path(QStringLiteral("desired.json")), QStringLiteral("--workspaces"),
               path(QStringLiteral("desired.json")), QStringLiteral("--base-url"), m_apiRoot});
    QCOMPARE(manyInTemplate.exitCode, 2);
    QVERIFY2(manyInTemplate.stderrText.contains(QLatin1String("exactly one")),
             qPrintable(manyInTemplate.stderrText));
    const ApplyRun concurrency =
        apply(syncArgs(QStringLiteral("desired.json"), QStringLiteral("j"),
                       {QStringLiteral("--concurrency"), QStringLiteral("0")}));
    QCOMPARE(concurrency.exitCode, 2);
    QCOMPARE(statsOf("writes"), 0);
}

QTEST_GUILESS_MAIN(TestSyncCli)
#include "tst_synccli.moc"
