// The resume offer at start, over the journal a real `seqring-admin apply` process left when
// it was killed (SIGKILL) mid-run: the window offers to resume it, and after Resume every
// workspace has exactly one new criteria on the seqring-sandbox process.
#include "app/bulk/bulkcontroller.h"
#include "tests/common/bulkclitest.h"
#include "tests/common/windowfixture.h"
#include "ui/bulk/bulkactions.h"
#include "ui/bulk/bulkwindow.h"

#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>

using namespace seqring;
using namespace seqring::test;

// A killed CLI run, then the admin window built as app/program/main.cpp builds it.
class TestBulkResume : public BulkCliTest
{
    Q_OBJECT

private Q_SLOTS:
    void init() { setUp(); }
    void cleanup()
    {
        m_fx.stop();
        tearDown();
    }
    void killedRunIsOfferedAndResumed();

private:
    WindowFixture m_fx;
};

void TestBulkResume::killedRunIsOfferedAndResumed()
{
    QVERIFY(startSandbox(
        {QStringLiteral("--latency"), QStringLiteral("10"), QStringLiteral("--allow-duplicates")},
        60));
    const QStringList ids = professionalIds();
    writeFile(QStringLiteral("ids.txt"), ids.join(QLatin1Char('\n')).toUtf8());
    const QString journal = path(QStringLiteral("run-killed.jsonl"));
    QStringList args = applyArgs(path(QStringLiteral("any.json")), QStringLiteral("ids.txt"));
    args.last() = journal;
    // Create anyway: only the journal and the check of creates in flight stand between the
    // resumed run and a second criteria.
    args << QStringLiteral("--on-duplicate") << QStringLiteral("create");
    QVERIFY(killMidRun(args, journal, 12));
    QVERIFY2(stats().value(QLatin1String("creates")).toInt() < ids.size(),
             "the run ended before it was killed");

    // The window starts with the journal in its data folder and offers to resume it.
    QVERIFY(m_fx.start());
    m_fx.window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_fx.window.get()));
    auto *bulk = m_fx.find<BulkActions>();
    bulk->controller()->setJournalFolder(m_dir->path());
    QCOMPARE(bulk->controller()->unfinishedJournal(), journal);
    QVERIFY(bulk->offerResume());
    auto *box = m_fx.find<QMessageBox>(QStringLiteral("bulkResumeOfferBox"));
    QVERIFY(box);
    QTRY_VERIFY(box->isVisible());
    QVERIFY(box->text().contains(QLatin1String("run-killed.jsonl")));
    auto *resume = box->findChild<QPushButton *>(QStringLiteral("resumeRunButton"));
    QVERIFY(resume);
    QTest::mouseClick(resume, Qt::LeftButton);
    BulkWindow *window = bulk->bulkWindow();
    QVERIFY(window);
    QTRY_VERIFY(window->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(
        bulk->controller()->current() && bulk->controller()->current()->isFinished(), 30000);

    // Each workspace has exactly one criteria: none twice, none missing.
    QVERIFY(eachHas(ids, 1));
    auto *results = window->findChild<QTreeWidget *>(QStringLiteral("bulkResultsTable"));
    QCOMPARE(results->topLevelItemCount(), ids.size());
    int earlier = 0;
    for (int row = 0; row < results->topLevelItemCount(); ++row) {
        QCOMPARE(results->topLevelItem(row)->text(BulkWindow::ResultColumn),
                 QStringLiteral("Created"));
        earlier += results->topLevelItem(row)
                           ->text(BulkWindow::MessageColumn)
                           .contains(QLatin1String("not sent again"))
                       ? 1
                       : 0;
    }
    QVERIFY(earlier >= 1);
    QVERIFY(bulk->controller()->unfinishedJournal().isEmpty()); // it has ended now
}

QTEST_MAIN(TestBulkResume)
#include "tst_bulkresume.moc"
