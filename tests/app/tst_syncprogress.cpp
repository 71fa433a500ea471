// The progress of `seqring-admin sync`: its words (the counts, the live line of a terminal,
// the plain progress line, the writes a workspace counts, the tenths), and the plain form on
// the stderr of a real sync against a seqring-sandbox process.
#include "app/bulk/syncrun.h"
#include "app/program/syncprogress.h"
#include "tests/common/syncclitest.h"

using namespace seqring;
using namespace seqring::test;

Q_DECLARE_METATYPE(seqring::BulkProgress)

namespace
{

BulkProgress progressOf(int total, int matched, int failed, int notMatching, double perMinute = 0,
                        int etaSeconds = -1)
{
    BulkProgress progress;
    progress.total = total;
    progress.created = matched;
    progress.failed = failed;
    progress.skipped = notMatching;
    progress.remaining = total - matched - failed - notMatching;
    progress.perMinute = perMinute;
    progress.etaSeconds = etaSeconds;
    return progress;
}

} // namespace

class TestSyncProgress : public SyncCliTest
{
    Q_OBJECT

private Q_SLOTS:
    void init() { setUp(); }
    void cleanup() { tearDown(); }
    void counts_data();
    void counts();
    void liveLine_data();
    void liveLine();
    void progressLine();
    void writesOf_data();
    void writesOf();
    void completesTenth_data();
    void completesTenth();
    void plainProgressOnStderr();
    void dryRunProgress();
    void rateLimitedWaitOnStderr();

private:
    // The lines of a sync's stderr.
    static QStringList linesOf(const ApplyRun &run)
    {
        return run.stderrText.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }
    static QStringList startingWith(const QStringList &lines, const QString &prefix)
    {
        QStringList found;
        for (const QString &line : lines) {
            if (line.startsWith(prefix))
                found.append(line);
        }
        return found;
    }
};

void TestSyncProgress::counts_data()
{
    QTest::addColumn<BulkProgress>("progress");
    QTest::addColumn<int>("writes");
    QTest::addColumn<bool>("dryRun");
    QTest::addColumn<QString>("expected");
    QTest::newRow("under way")
        << progressOf(40, 10, 1, 1) << 23 << false
        << QStringLiteral("12/40 · 10 match, 1 failed, 1 not matching · 23 writes done");
    QTest::newRow("nothing yet") << progressOf(5, 0, 0, 0) << 0 << false
                                 << QStringLiteral(
                                        "0/5 · 0 match, 0 failed, 0 not matching · 0 writes done");
    QTest::newRow("dry run") << progressOf(3, 2, 0, 1) << 5 << true
                             << QStringLiteral(
                                    "3/3 · 2 would match, 0 failed, 1 would not match · 5 writes "
                                    "to send");
}

void TestSyncProgress::counts()
{
    QFETCH(BulkProgress, progress);
    QFETCH(int, writes);
    QFETCH(bool, dryRun);
    QFETCH(QString, expected);
    QCOMPARE(SyncProgress::counts(progress, writes, dryRun), expected);
}

void TestSyncProgress::liveLine_data()
{
    QTest::addColumn<BulkProgress>("progress");
    QTest::addColumn<int>("waitSeconds");
    QTest::addColumn<QString>("expected");
    const QString counts =
        QStringLiteral("12/40 · 10 match, 1 failed, 1 not matching · 23 writes done");
    const QString bar = QStringLiteral("[#########---------------------] ");
    QTest::newRow("waiting out a 429")
        << progressOf(40, 10, 1, 1, 12.0, 140) << 3
        << bar + counts +
               QStringLiteral(
                   " · rate limited: every request waits 3 s · 12.0 per minute · about 140 s left");
    QTest::newRow("the wait over")
        << progressOf(40, 10, 1, 1, 12.0, 140) << 0
        << bar + counts + QStringLiteral(" · 12.0 per minute · about 140 s left");
    QTest::newRow("no pace yet") << progressOf(40, 10, 1, 1) << 0 << bar + counts;
    QTest::newRow("all done")
        << progressOf(40, 38, 1, 1, 30.0, 0) << 0
        << QStringLiteral("[##############################] 40/40 · 38 match, 1 failed, 1 "
                          "not matching · 23 writes done · 30.0 per minute");
}

void TestSyncProgress::liveLine()
{
    QFETCH(BulkProgress, progress);
    QFETCH(int, waitSeconds);
    QFETCH(QString, expected);
    QCOMPARE(SyncProgress::liveLine(progress, 23, waitSeconds, false), expected);
}

void TestSyncProgress::progressLine()
{
    QCOMPARE(SyncProgress::progressLine(progressOf(40, 10, 1, 1, 12.0, 140), 23, false),
             QStringLiteral("progress: 12/40 · 10 match, 1 failed, 1 not matching · 23 writes "
                            "done · 12.0 per minute · about 140 s left"));
}

void TestSyncProgress::writesOf_data()
{
    using Kind = SyncAction::Kind;
    QTest::addColumn<QList<int>>("kinds");   // SyncAction::Kind, a row each
    QTest::addColumn<QList<int>>("results"); // SyncResult, a row each
    QTest::addColumn<bool>("dryRun");
    QTest::addColumn<bool>("fromJournal");
    QTest::addColumn<int>("expected");
    const QList<int> kinds{int(Kind::CreateCriteria), int(Kind::KeepCriteria),
                           int(Kind::UpdateSettings), int(Kind::DeleteCriteria)};
    QTest::newRow("done, kept, done, failed")
        << kinds
        << QList<int>{int(SyncResult::Done), int(SyncResult::Kept), int(SyncResult::Done),
                      int(SyncResult::Failed)}
        << false << false << 2;
    QTest::newRow("a dry run counts would-do")
        << kinds
        << QList<int>{int(SyncResult::WouldDo), int(SyncResult::Kept), int(SyncResult::WouldDo),
                      int(SyncResult::WouldDo)}
        << true << false << 3;
    QTest::newRow("in sync is no write")
        << QList<int>{int(Kind::InSync)} << QList<int>{int(SyncResult::Done)} << false << false
        << 0;
    QTest::newRow("an earlier run's") << kinds
                                      << QList<int>{int(SyncResult::Done), int(SyncResult::Kept),
                                                    int(SyncResult::Done), int(SyncResult::Done)}
                                      << false << true << 0;
}

void TestSyncProgress::writesOf()
{
    QFETCH(QList<int>, kinds);
    QFETCH(QList<int>, results);
    QFETCH(bool, dryRun);
    QFETCH(bool, fromJournal);
    QFETCH(int, expected);
    SyncOutcome outcome;
    outcome.fromJournal = fromJournal;
    for (qsizetype i = 0; i < kinds.size(); ++i) {
        SyncReportRow row;
        row.action = SyncAction::Kind(kinds.at(i));
        row.result = SyncResult(results.at(i));
        outcome.rows.append(row);
    }
    QCOMPARE(SyncProgress::writesOf(outcome, dryRun), expected);
}

void TestSyncProgress::completesTenth_data()
{
    QTest::addColumn<int>("done");
    QTest::addColumn<int>("total");
    QTest::addColumn<bool>("expected");
    QTest::newRow("1 of 20") << 1 << 20 << false;
    QTest::newRow("2 of 20") << 2 << 20 << true;
    QTest::newRow("3 of 20") << 3 << 20 << false;
    QTest::newRow("20 of 20") << 20 << 20 << true;
    QTest::newRow("99 of 1000") << 99 << 1000 << false;
    QTest::newRow("100 of 1000") << 100 << 1000 << true;
    QTest::newRow("each of 3") << 1 << 3 << true;
    QTest::newRow("the one") << 1 << 1 << true;
    QTest::newRow("none done") << 0 << 5 << false;
    QTest::newRow("no workspaces") << 0 << 0 << false;
}

void TestSyncProgress::completesTenth()
{
    QFETCH(int, done);
    QFETCH(int, total);
    QFETCH(bool, expected);
    QCOMPARE(SyncProgress::completesTenth(done, total), expected);
}

void TestSyncProgress::plainProgressOnStderr()
{
    QVERIFY(startSandbox({}, 20));
    const QList<WorkspaceState> workspaces = professionalStates();
    const int n = int(workspaces.size());
    QVERIFY(n >= 10);
    writeDesired(QStringLiteral("desired.json"), workspaces,
                 [](const WorkspaceState &) { return QList<Criteria>{ringAll()}; });
    const ApplyRun run = apply(syncArgs(QStringLiteral("desired.json"), QStringLiteral("j")));
    QVERIFY2(run.exitCode == 0, qPrintable(run.stderrText));
    // Not a terminal: plain lines, nothing drawn over.
    QVERIFY2(!run.stderrText.contains(QLatin1Char('\r')) &&
                 !run.stderrText.contains(QLatin1Char('\033')),
             qPrintable(run.stderrText));
    const QStringList lines = linesOf(run);
    QCOMPARE(startingWith(lines, QStringLiteral("[")).size(), n); // a line per workspace
    // A progress line under the workspace that completes each tenth, and only there.
    const QStringList progress = startingWith(lines, QStringLiteral("progress: "));
    QCOMPARE(progress.size(), 10);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        if (!lines.at(i).startsWith(QLatin1String("progress: ")))
            continue;
        const QString done = lines.at(i).section(QLatin1Char(' '), 1, 1); // "k/n"
        QVERIFY2(lines.at(i - 1).startsWith(QLatin1Char('[') + done + QLatin1Char(']')),
                 qPrintable(lines.at(i - 1) + QLatin1Char('\n') + lines.at(i)));
        const int k = done.section(QLatin1Char('/'), 0, 0).toInt();
        QVERIFY2(SyncProgress::completesTenth(k, n), qPrintable(lines.at(i)));
        // Before the last, the time left.
        QCOMPARE(lines.at(i).contains(QLatin1String(" s left")), k < n);
    }
    // The last: every workspace, and the writes the sandbox received (the criteria and the
    // settings of each).
    const int writes = statsOf("writes");
    QCOMPARE(writes, 2 * n);
    QVERIFY2(progress.last().startsWith(
                 QStringLiteral("progress: %1/%1 · %1 match, 0 failed, 0 not matching · %2 "
                                "writes done · ")
                     .arg(n)
                     .arg(writes)),
             qPrintable(progress.last()));
    QVERIFY(lines.last().startsWith(QStringLiteral("%1 workspaces: %1 match").arg(n)));
}

void TestSyncProgress::dryRunProgress()
{
    QVERIFY(startSandbox({}, 10));
    const QList<WorkspaceState> workspaces = professionalStates();
    const int n = int(workspaces.size());
    writeDesired(QStringLiteral("desired.json"), workspaces, [](const WorkspaceState &w) {
        return QList<Criteria>{ringAll(), quietHolidays(w.locationId)};
    });
    const ApplyRun run = apply(syncArgs(QStringLiteral("desired.json"), QStringLiteral("j"),
                                        {QStringLiteral("--dry-run")}));
    QVERIFY2(run.exitCode == 0, qPrintable(run.stderrText));
    const QStringList lines = linesOf(run);
    QCOMPARE(
        startingWith(lines, QStringLiteral("[")).filter(QStringLiteral("] would match ")).size(),
        n);
    const QStringList progress = startingWith(lines, QStringLiteral("progress: "));
    QVERIFY(!progress.isEmpty());
    QVERIFY2(progress.last().startsWith(
                 QStringLiteral("progress: %1/%1 · %1 would match, 0 failed, 0 would not match "
                                "· %2 writes to send")
                     .arg(n)
                     .arg(3 * n)),
             qPrintable(progress.last()));
    QCOMPARE(statsOf("writes"), 0);
}

void TestSyncProgress::rateLimitedWaitOnStderr()
{
    // The first request meets a 429 with Retry-After 1: the whole sync waits, and says so.
    QVERIFY(startSandbox({QStringLiteral("--force-status"), QStringLiteral("429:1"),
                          QStringLiteral("--retry-after"), QStringLiteral("1")},
                         10));
    const QList<WorkspaceState> workspaces = professionalStates();
    writeDesired(QStringLiteral("desired.json"), workspaces,
                 [](const WorkspaceState &) { return QList<Criteria>{ringAll()}; });
    const ApplyRun run = apply(syncArgs(QStringLiteral("desired.json"), QStringLiteral("j")));
    QVERIFY2(run.exitCode == 0, qPrintable(run.stderrText));
    const QStringList lines = linesOf(run);
    QCOMPARE(lines.filter(QStringLiteral("Rate limited")),
             QStringList{QStringLiteral("Rate limited: every request waits 1 s.")});
    QCOMPARE(startingWith(lines, QStringLiteral("progress: ")).size(),
             qMin(10, int(workspaces.size())));
}

QTEST_GUILESS_MAIN(TestSyncProgress)
#include "tst_syncprogress.moc"
