// Make them match while it runs, real widgets against the in-process sandbox slowed by its
// latency: Pause holds every write until Resume, Cancel ends the run with a message and keeps
// the results; and a sync whose controller was abandoned mid-run (its journal not ended) is
// offered at start, resumed from its journal's template and targets, and converges with no
// criteria twice; journals that ended or cannot be resumed in the window are not offered.
#include "app/bulk/synccontroller.h"
#include "app/client/requestgate.h"
#include "app/files/syncjournal.h"
#include "tests/common/bulkdata.h"
#include "tests/common/windowtest.h"
#include "ui/bulk/bulktargetspanel.h"
#include "ui/bulk/matchactions.h"
#include "ui/bulk/matchwindow.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSpinBox>
#include <QTemporaryDir>

using namespace seqring;
using namespace seqring::test;

namespace
{
const QString kReception = QStringLiteral(
    "Y2lzY29zcGFyazovL3VzL1BMQUNFUy83ZTBlNTM1NS0zMDQ1LTQzZjEtODcyYi01YzIzOWU3Zjg5NzU");
const QString kLondon = QStringLiteral(
    "Y2lzY29zcGFyazovL3VzL0xPQ0FUSU9OL2MxYTliYWViLTRiOTUtNDQ1YS1iYzBlLWVlMmVhZDRmMTg0NQ");
} // namespace

class TestMatchRun : public WindowTest
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void pauseResumeCancel();
    void abandonedSyncIsOfferedAndResumed();
    void journalsNotOffered();

private:
    // The generated workspaces of London, with the Professional license, as targets.
    QList<BulkTarget> londonTargets() const;
    int writes() const;
    // Requests the sandbox has received and not yet answered.
    int serverInFlight() const;
    MatchActions *actions() const { return m_fx.find<MatchActions>(); }
    void click(const char *name);

    QTemporaryDir m_data;
    MatchWindow *m_match = nullptr;
};

void TestMatchRun::init()
{
    QVERIFY(startWindow());
    QVERIFY(m_fx.server->generateWorkspaces(24));
    actions()->controller()->setJournalFolder(m_data.path());
}

void TestMatchRun::cleanup()
{
    m_match = nullptr;
    stopWindow();
    QDir(m_data.path()).removeRecursively();
    QDir().mkpath(m_data.path());
}

QList<BulkTarget> TestMatchRun::londonTargets() const
{
    QList<BulkTarget> targets;
    const QJsonObject doc = m_fx.server->data();
    const QStringList professional = generatedWorkspaceIds(doc);
    for (const QJsonValue &workspace : doc.value(QLatin1String("workspaces")).toArray()) {
        const QString id = workspace[QLatin1String("id")].toString();
        if (professional.contains(id) &&
            workspace[QLatin1String("locationId")].toString() == kLondon)
            targets.append({id, workspace[QLatin1String("displayName")].toString(), 0});
    }
    return targets;
}

int TestMatchRun::writes() const
{
    int count = 0;
    for (const sandbox::RecordedRequest &request : m_fx.server->receivedRequests())
        count += request.method == "GET" ? 0 : 1;
    return count;
}

int TestMatchRun::serverInFlight() const
{
    return QJsonDocument::fromJson(m_fx.server->statsJson())
        .object()
        .value(QLatin1String("inFlight"))
        .toInt();
}

void TestMatchRun::click(const char *name)
{
    auto *button = m_match->findChild<QPushButton *>(QLatin1String(name));
    QVERIFY2(button && button->isEnabled(), name);
    QTest::mouseClick(button, Qt::LeftButton);
}

void TestMatchRun::pauseResumeCancel()
{
    // Copy to other workspaces… from London - Reception, its London workspaces as targets.
    typeWorkspaceId(kReception);
    QVERIFY(QTest::qWaitFor([this] { return panel()->list()->topLevelItemCount() > 0; }, 10000));
    QTest::mouseClick(panel()->copyButton(), Qt::LeftButton);
    m_match = waitForShown<MatchWindow>("matchWindow");
    QVERIFY(m_match);
    QVERIFY(QTest::qWaitFor([this] { return actions()->controller()->templateState().has_value(); },
                            10000));
    const QList<BulkTarget> targets = londonTargets();
    QVERIFY(targets.size() >= 8);
    m_match->targetsPanel()->addTargets(targets);
    auto *concurrency = m_match->findChild<QSpinBox *>(QStringLiteral("matchConcurrencySpin"));
    concurrency->selectAll();
    QTest::keyClicks(concurrency, QStringLiteral("1"));
    QCOMPARE(concurrency->value(), 1);
    QSignalSpy finished(m_match, &MatchWindow::runFinished);
    auto *progress = m_match->findChild<QLabel *>(QStringLiteral("matchProgressText"));

    // 200 ms an answer: Pause is clicked while a write is at the sandbox, long before its
    // answer; a workspace takes several requests, the run several seconds.
    m_fx.server->setLatency(200);
    click("matchRunButton");
    QVERIFY(QTest::qWaitFor([this] { return writes() >= 1 && serverInFlight() == 1; }, 30000));
    const int writesAtPause = writes(); // the one write in the only slot included
    click("matchPauseButton");
    SyncRun *run = actions()->controller()->current();
    QVERIFY(run && run->isPausedByUser());
    QVERIFY(m_match->findChild<QPushButton *>(QStringLiteral("matchResumeButton"))->isEnabled());
    QVERIFY(!m_match->findChild<QPushButton *>(QStringLiteral("matchPauseButton"))->isEnabled());
    QVERIFY2(progress->text().startsWith(QLatin1String("Paused")), qPrintable(progress->text()));
    // The request under way is answered (none in a slot, none new for longer than an
    // answer takes: a freed slot is handed out from the event loop); then nothing is sent.
    QElapsedTimer quiet;
    qsizetype seen = -1;
    QVERIFY(QTest::qWaitFor(
        [&] {
            const qsizetype now = m_fx.server->receivedRequests().size();
            if (run->gate()->inUse() > 0 || now != seen) {
                seen = now;
                quiet.start();
                return false;
            }
            return quiet.elapsed() >= 500;
        },
        20000));
    const int writesPaused = writes();
    QCOMPARE(writesPaused, writesAtPause); // the workspace's next write waits too
    const qsizetype requestsPaused = m_fx.server->receivedRequests().size();
    QTest::qWait(1500); // several answers' worth
    QCOMPARE(writes(), writesPaused);
    QCOMPARE(m_fx.server->receivedRequests().size(), requestsPaused);
    QVERIFY(actions()->controller()->isBusy());
    QVERIFY(finished.isEmpty());

    // Resume: the run goes on; Cancel after its next write.
    click("matchResumeButton");
    QVERIFY(!run->isPausedByUser());
    QVERIFY(QTest::qWaitFor([&] { return writes() > writesPaused; }, 20000));
    click("matchCancelButton");
    QVERIFY(finished.wait(20000));
    QVERIFY2(progress->text().startsWith(QLatin1String("Cancelled")), qPrintable(progress->text()));
    QVERIFY(!m_match->findChild<QPushButton *>(QStringLiteral("matchCancelButton"))->isEnabled());
    QVERIFY(m_match->findChild<QPushButton *>(QStringLiteral("matchRunButton"))->isEnabled());
    // The results are kept: a row per target, those not reached saying so.
    auto *results = m_match->findChild<QTreeWidget *>(QStringLiteral("matchResultsTable"));
    QCOMPARE(results->topLevelItemCount(), targets.size());
    int cancelled = 0;
    int matched = 0;
    for (int row = 0; row < results->topLevelItemCount(); ++row) {
        const QTreeWidgetItem *item = results->topLevelItem(row);
        cancelled += item->text(MatchWindow::PlanColumn).contains(QLatin1String("cancelled"));
        matched += item->text(MatchWindow::ResultColumn) == QLatin1String("matches") ? 1 : 0;
    }
    QVERIFY2(cancelled >= 1, "no workspace was left by the cancel");
    QVERIFY(matched >= 1);
    // Nothing is sent after the run ended; the targets not reached have no criteria.
    const int writesEnded = writes();
    const QJsonObject doc = m_fx.server->data();
    int untouched = 0;
    for (const BulkTarget &target : targets)
        untouched += criteriaCount(doc, target.workspaceId) == 0 ? 1 : 0;
    // One at a time: at most the workspace under way when Cancel came was partly sent.
    QVERIFY2(
        untouched <= cancelled && untouched >= cancelled - 1,
        qPrintable(QStringLiteral("%1 untouched, %2 cancelled").arg(untouched).arg(cancelled)));
    QVERIFY(m_match->exportTo(QDir(m_data.path()).filePath(QStringLiteral("r.csv"))));
    QCOMPARE(writes(), writesEnded);
}

void TestMatchRun::abandonedSyncIsOfferedAndResumed()
{
    // A sync of London - Reception's ring settings and criteria to the London workspaces,
    // by a controller of its own that is destroyed mid-run: its journal does not end.
    const QList<BulkTarget> targets = londonTargets();
    QVERIFY(targets.size() >= 8);
    RequestContext context = m_fx.target->requestContext();
    WorkspaceState base;
    base.id = kReception;
    base.displayName = QStringLiteral("London - Reception");
    base.locationId = kLondon;
    base.professional = true;
    auto abandoned = std::make_unique<SyncController>(m_fx.client.get());
    abandoned->setJournalFolder(m_data.path());
    QSignalSpy templated(abandoned.get(), &SyncController::templateChanged);
    abandoned->readTemplate(context, base);
    QVERIFY(QTest::qWaitFor([&] { return abandoned->templateState().has_value(); }, 10000));
    QCOMPARE(abandoned->templateState()->criteria.size(), 1);
    m_fx.server->setLatency(30);
    SyncOptions options;
    options.concurrency = 2;
    QString error;
    QVERIFY2(abandoned->run(context, targets, options, &error), qPrintable(error));
    const QString journal = abandoned->journalPath();
    QVERIFY(QTest::qWaitFor([this] { return writes() >= 5; }, 20000));
    abandoned.reset();
    m_fx.server->setLatency(0);
    const QJsonObject before = m_fx.server->data();
    int done = 0;
    for (const BulkTarget &target : targets)
        done += criteriaCount(before, target.workspaceId);
    QVERIFY2(done < targets.size(), "the sync ended before it was abandoned");

    // At start the window offers it; Resume opens Make them match and continues it.
    SyncController *controller = actions()->controller();
    QCOMPARE(controller->unfinishedJournal(), journal);
    QVERIFY(actions()->offerResume());
    auto *box = m_fx.find<QMessageBox>(QStringLiteral("syncResumeOfferBox"));
    QVERIFY(box);
    QTRY_VERIFY(box->isVisible());
    QCOMPARE(box->windowTitle(), QStringLiteral("Resume the interrupted sync?"));
    QVERIFY(box->text().contains(QFileInfo(journal).fileName()));
    QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("resumeSyncButton")),
                      Qt::LeftButton);
    m_match = actions()->matchWindow();
    QVERIFY(m_match);
    QTRY_VERIFY(m_match->isVisible());
    QVERIFY(QTest::qWaitFor([&] { return controller->current() && !controller->isBusy(); }, 30000));
    // The template and the targets came from the journal.
    QVERIFY(controller->templateState());
    QCOMPARE(controller->templateState()->id, kReception);
    QCOMPARE(m_match->targetsPanel()->targets().size(), targets.size());
    // Each London workspace has the template's one criteria: none twice, none missing.
    const QJsonObject after = m_fx.server->data();
    for (const BulkTarget &target : targets)
        QCOMPARE(criteriaCount(after, target.workspaceId), 1);
    auto *results = m_match->findChild<QTreeWidget *>(QStringLiteral("matchResultsTable"));
    QCOMPARE(results->topLevelItemCount(), targets.size());
    int earlier = 0;
    for (const SyncOutcome &outcome : controller->outcomes()) {
        QVERIFY2(outcome.matched, qPrintable(outcome.summary));
        earlier += outcome.fromJournal ? 1 : 0;
    }
    QVERIFY(earlier >= 1);
    QVERIFY(controller->unfinishedJournal().isEmpty()); // it has ended now
}

// Not offered: a sync that ended, and a command line sync of a template (its journal names
// neither the template's entry nor the targets); resuming the latter says how to.
void TestMatchRun::journalsNotOffered()
{
    SyncJournalHeader header;
    header.apiRoot = m_fx.server->apiRoot();
    header.source = QStringLiteral("/nowhere/template.json");
    header.templateMode = true;
    const auto write = [this](const QString &name, const QList<QJsonObject> &records) {
        QFile file(QDir(m_data.path()).filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        for (const QJsonObject &record : records)
            file.write(QJsonDocument(record).toJson(QJsonDocument::Compact) + '\n');
    };
    write(QStringLiteral("sync-template.jsonl"), {SyncJournal::header(header)});
    header.templateMode = false;
    header.targets = {{QStringLiteral("WS-1"), QStringLiteral("Lobby"), 0}};
    WorkspaceState entry;
    entry.id = QStringLiteral("WS-1");
    header.entries = {entry};
    write(QStringLiteral("sync-ended.jsonl"),
          {SyncJournal::header(header), SyncJournal::marker(QStringLiteral("end"))});
    SyncController *controller = actions()->controller();
    QCOMPARE(controller->unfinishedJournal(), QString());
    QVERIFY(!actions()->offerResume());
    QString error;
    const QString path = QDir(m_data.path()).filePath(QStringLiteral("sync-template.jsonl"));
    QVERIFY(!controller->resumeJournal(path, QStringLiteral("token"), &error));
    QVERIFY2(error.contains(QLatin1String("sync --resume --journal")), qPrintable(error));
    QVERIFY(!controller->current());
}

QTEST_MAIN(TestMatchRun)
#include "tst_matchrun.moc"
