// The sync resume offer at start, over the journal a real `seqring-admin sync` process left
// when it was killed (SIGKILL) mid-run: the window offers to resume it, Resume opens Make them
// match and continues it, and every workspace ends with exactly its desired criteria on the
// seqring-sandbox process (none created twice); Discard ends a journal without a write.
#include "app/bulk/synccontroller.h"
#include "app/files/syncjournal.h"
#include "tests/common/syncclitest.h"
#include "tests/common/windowfixture.h"
#include "ui/bulk/bulktargetspanel.h"
#include "ui/bulk/matchactions.h"
#include "ui/bulk/matchwindow.h"

#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>

using namespace seqring;
using namespace seqring::test;

// A killed CLI sync, then the admin window built as app/program/main.cpp builds it.
class TestMatchResume : public SyncCliTest
{
    Q_OBJECT

private Q_SLOTS:
    void init() { setUp(); }
    void cleanup()
    {
        m_fx.stop();
        tearDown();
    }
    void killedSyncIsOfferedAndResumed();
    void discardEndsTheJournal();

private:
    // Kills a sync of every generated workspace to two criteria and its ring settings after
    // `sends` writes; the journal is "sync-killed.jsonl".
    bool killSync(int sends, QList<WorkspaceState> *workspaces);
    // Starts the window on the journal folder and opens the offer; null when not offered.
    QMessageBox *offer();

    WindowFixture m_fx;
};

bool TestMatchResume::killSync(int sends, QList<WorkspaceState> *workspaces)
{
    // --allow-duplicates: only the journal and the reads stand between the resumed sync and
    // a second criteria. 40 ms an answer: the run is still going when the kill comes.
    if (!startSandbox({QStringLiteral("--latency"), QStringLiteral("40"),
                       QStringLiteral("--allow-duplicates")},
                      30))
        return false;
    *workspaces = professionalStates();
    writeDesired(QStringLiteral("desired.json"), *workspaces, [](const WorkspaceState &w) {
        return QList<Criteria>{ringAll(), quietHolidays(w.locationId)};
    });
    return killMidRun(syncArgs(QStringLiteral("desired.json"), QStringLiteral("sync-killed.jsonl")),
                      path(QStringLiteral("sync-killed.jsonl")), sends);
}

QMessageBox *TestMatchResume::offer()
{
    if (!m_fx.start())
        return nullptr;
    m_fx.window->show();
    if (!QTest::qWaitForWindowExposed(m_fx.window.get()))
        return nullptr;
    auto *match = m_fx.find<MatchActions>();
    match->controller()->setJournalFolder(m_dir->path());
    if (match->controller()->unfinishedJournal() != path(QStringLiteral("sync-killed.jsonl")) ||
        !match->offerResume())
        return nullptr;
    auto *box = m_fx.find<QMessageBox>(QStringLiteral("syncResumeOfferBox"));
    if (!box || !QTest::qWaitFor([box] { return box->isVisible(); }, 5000))
        return nullptr;
    return box;
}

void TestMatchResume::killedSyncIsOfferedAndResumed()
{
    QList<WorkspaceState> workspaces;
    QVERIFY(killSync(30, &workspaces));
    const int n = int(workspaces.size());
    QVERIFY2(statsOf("writes") < 3 * n, "the sync ended before it was killed");

    QMessageBox *box = offer();
    QVERIFY(box);
    QCOMPARE(box->windowTitle(), QStringLiteral("Resume the interrupted sync?"));
    QVERIFY(box->text().contains(QLatin1String("sync-killed.jsonl")));
    QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("resumeSyncButton")),
                      Qt::LeftButton);
    auto *match = m_fx.find<MatchActions>();
    SyncController *controller = match->controller();
    MatchWindow *window = match->matchWindow();
    QVERIFY(window);
    QTRY_VERIFY(window->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(controller->current() && !controller->isBusy(), 60000);

    // Converged: each workspace has its two criteria, each created once.
    QCOMPARE(statsOf("creates"), 2 * n);
    for (const WorkspaceState &w : workspaces)
        QCOMPARE(criteriaOf(w.id).size(), 2);
    // The window shows every workspace, those the killed run finished as recorded.
    QCOMPARE(window->targetsPanel()->targets().size(), n);
    auto *results = window->findChild<QTreeWidget *>(QStringLiteral("matchResultsTable"));
    QCOMPARE(results->topLevelItemCount(), n);
    int earlier = 0;
    for (const SyncOutcome &outcome : controller->outcomes()) {
        QVERIFY2(outcome.matched && !outcome.failed, qPrintable(outcome.summary));
        earlier += outcome.fromJournal ? 1 : 0;
    }
    QVERIFY(earlier >= 1);
    QVERIFY(controller->unfinishedJournal().isEmpty()); // it has ended now
    // A second sync sends nothing: it matches.
    const int writes = statsOf("writes");
    const ApplyRun again = apply(syncArgs(QStringLiteral("desired.json"), QStringLiteral("j2")));
    QVERIFY2(again.exitCode == 0, qPrintable(again.stderrText));
    QCOMPARE(statsOf("writes"), writes);
}

void TestMatchResume::discardEndsTheJournal()
{
    QList<WorkspaceState> workspaces;
    QVERIFY(killSync(4, &workspaces));
    const int writes = statsOf("writes");
    QMessageBox *box = offer();
    QVERIFY(box);
    QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("discardSyncButton")),
                      Qt::LeftButton);
    QTRY_VERIFY(!m_fx.find<QMessageBox>(QStringLiteral("syncResumeOfferBox")));
    SyncJournalContents contents;
    QString error;
    QVERIFY2(SyncJournal::load(path(QStringLiteral("sync-killed.jsonl")), &contents, &error),
             qPrintable(error));
    QVERIFY(contents.ended);
    QVERIFY(m_fx.find<MatchActions>()->controller()->unfinishedJournal().isEmpty());
    QVERIFY(!m_fx.find<MatchActions>()->matchWindow());
    QCOMPARE(statsOf("writes"), writes);
}

QTEST_MAIN(TestMatchResume)
#include "tst_matchresume.moc"
