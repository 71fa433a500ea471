// Make them match, real widgets against the in-process sandbox: Copy to other workspaces…
// from the Existing criteria panel, the targets chosen, Check with each plan, its actions and
// their requests, Run, then Allow deleting criteria with its confirmation (Cancel sends
// nothing, the confirmed run deletes), and File > Import state… checking a state file.
#include "app/bulk/synccontroller.h"
#include "app/files/statefile.h"
#include "tests/common/bulkdata.h"
#include "tests/common/windowtest.h"
#include "ui/bulk/bulktargetspanel.h"
#include "ui/bulk/matchactions.h"
#include "ui/bulk/matchwindow.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace seqring;
using namespace seqring::test;

namespace
{
const QString kReception = QStringLiteral(
    "Y2lzY29zcGFyazovL3VzL1BMQUNFUy83ZTBlNTM1NS0zMDQ1LTQzZjEtODcyYi01YzIzOWU3Zjg5NzU");
const QString kReceptionCriteria = QStringLiteral(
    "Y2lzY29zcGFyazovL3VzL0NSSVRFUklBLzMxMzBiNmU2LTgxMjMtNDExNy1hODQ2LTBjYzk0ZWQ5Njc0YQ");
const QString kLondon = QStringLiteral(
    "Y2lzY29zcGFyazovL3VzL0xPQ0FUSU9OL2MxYTliYWViLTRiOTUtNDQ1YS1iYzBlLWVlMmVhZDRmMTg0NQ");
} // namespace

class TestMakeThemMatch : public WindowTest
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void copyCheckRun();
    void deletesAreConfirmed();
    void importStateChecksFirst();

private:
    // Copy to other workspaces…, the six generated workspaces added as targets.
    bool openWithTargets();
    void click(const char *name);
    bool waitRun();
    int writes() const;
    QStringList londonTargets() const;
    QTreeWidget *table(const char *name) const
    {
        return m_match->findChild<QTreeWidget *>(QLatin1String(name));
    }

    QTemporaryDir m_data;
    MatchWindow *m_match = nullptr;
    std::unique_ptr<QSignalSpy> m_finished;
};

void TestMakeThemMatch::init()
{
    QVERIFY(startWindow());
    QVERIFY(m_fx.server->generateWorkspaces(6));
    m_fx.find<MatchActions>()->controller()->setJournalFolder(m_data.path());
}

void TestMakeThemMatch::cleanup()
{
    m_finished.reset();
    m_match = nullptr;
    stopWindow();
    QDir(m_data.path()).removeRecursively();
    QDir().mkpath(m_data.path());
}

bool TestMakeThemMatch::openWithTargets()
{
    typeWorkspaceId(kReception);
    auto *panel = m_fx.find<ExistingCriteriaPanel>();
    if (!QTest::qWaitFor([panel] { return panel->list()->topLevelItemCount() > 0; }, 10000))
        return false;
    QTest::mouseClick(panel->copyButton(), Qt::LeftButton);
    m_match = waitForShown<MatchWindow>("matchWindow");
    if (!m_match)
        return false;
    m_finished = std::make_unique<QSignalSpy>(m_match, &MatchWindow::runFinished);
    auto *label = m_match->findChild<QLabel *>(QStringLiteral("matchTemplateLabel"));
    if (!QTest::qWaitFor([label] { return label->text().contains(QLatin1String("Reception")); },
                         10000))
        return false;
    BulkTargetsPanel *targets = m_match->targetsPanel();
    targets->setDebounceInterval(20);
    QTest::keyClicks(targets->findChild<QLineEdit *>(QStringLiteral("bulkSearchEdit")),
                     QStringLiteral("Bulk"));
    if (!QTest::qWaitFor([targets] { return targets->visibleResults() == 6; }, 10000))
        return false;
    QTest::mouseClick(targets->findChild<QPushButton *>(QStringLiteral("selectAllResultsButton")),
                      Qt::LeftButton);
    QTest::mouseClick(targets->findChild<QPushButton *>(QStringLiteral("addSelectedButton")),
                      Qt::LeftButton);
    return targets->targets().size() == 6;
}

void TestMakeThemMatch::click(const char *name)
{
    auto *button = m_match->findChild<QPushButton *>(QLatin1String(name));
    QVERIFY2(button && button->isEnabled(), name);
    QTest::mouseClick(button, Qt::LeftButton);
}

bool TestMakeThemMatch::waitRun()
{
    const bool done = !m_finished->isEmpty() || m_finished->wait(20000);
    m_finished->clear();
    return done;
}

int TestMakeThemMatch::writes() const
{
    int count = 0;
    for (const sandbox::RecordedRequest &request : m_fx.server->receivedRequests())
        count += request.method == "GET" ? 0 : 1;
    return count;
}

QStringList TestMakeThemMatch::londonTargets() const
{
    QStringList ids;
    const QJsonObject doc = m_fx.server->data();
    for (const QJsonValue &workspace : doc.value(QLatin1String("workspaces")).toArray()) {
        if (generatedWorkspaceIds(doc).contains(workspace[QLatin1String("id")].toString()) &&
            workspace[QLatin1String("locationId")].toString() == kLondon)
            ids.append(workspace[QLatin1String("id")].toString());
    }
    return ids;
}

void TestMakeThemMatch::copyCheckRun()
{
    QVERIFY(openWithTargets());
    const int writesBefore = writes();
    click("matchCheckButton");
    QVERIFY(waitRun());
    QCOMPARE(writes(), writesBefore); // a check sends nothing
    QTreeWidget *plans = table("matchResultsTable");
    QCOMPARE(plans->topLevelItemCount(), 6);
    // London's workspaces get the criteria and the settings; San Jose's have no "London
    // Business Hours" and are refused.
    int london = 0;
    int refused = 0;
    for (int row = 0; row < plans->topLevelItemCount(); ++row) {
        const QString plan = plans->topLevelItem(row)->text(MatchWindow::PlanColumn);
        london += plan == QLatin1String("+1 criteria, settings changed") ? 1 : 0;
        refused += plan.contains(QLatin1String("San Jose")) ? 1 : 0;
    }
    QCOMPARE(london, 3);
    QCOMPARE(refused, 3);
    // A London row: its actions, and the exact POST of its create in the preview.
    for (int row = 0; row < plans->topLevelItemCount(); ++row) {
        if (plans->topLevelItem(row)->text(MatchWindow::ResultColumn) == QLatin1String("would "
                                                                                       "match")) {
            plans->setCurrentItem(plans->topLevelItem(row));
            break;
        }
    }
    QTreeWidget *actions = table("matchActionsTable");
    QCOMPARE(actions->topLevelItemCount(), 2);
    QCOMPARE(actions->topLevelItem(0)->text(MatchWindow::ActionColumn),
             QStringLiteral("create-criteria"));
    QCOMPARE(actions->topLevelItem(1)->text(MatchWindow::ActionColumn),
             QStringLiteral("update-settings"));
    actions->setCurrentItem(actions->topLevelItem(0));
    auto *preview = m_match->findChild<RequestPreview *>(QStringLiteral("matchRequestPreview"));
    QVERIFY(preview->hasRequest());
    QCOMPARE(preview->request().method, QByteArray("POST"));
    QVERIFY(preview->request().body.contains("London Business Hours"));
    actions->setCurrentItem(actions->topLevelItem(1));
    QCOMPARE(preview->request().method, QByteArray("PUT"));

    click("matchRunButton");
    QVERIFY(waitRun());
    const QJsonObject doc = m_fx.server->data();
    for (const QString &id : londonTargets())
        QCOMPARE(criteriaCount(doc, id), 1);
    for (const QString &id : generatedWorkspaceIds(doc))
        QCOMPARE(criteriaCount(doc, id), londonTargets().contains(id) ? 1 : 0);
    // Its journal is in the journal folder, ended.
    const QStringList journals = QDir(m_data.path()).entryList({QStringLiteral("sync-*.jsonl")});
    QCOMPARE(journals.size(), 1);
    QFile journal(QDir(m_data.path()).filePath(journals.first()));
    QVERIFY(journal.open(QIODevice::ReadOnly));
    QVERIFY(journal.readAll().trimmed().endsWith("}"));
    // Export results…: a row per action.
    QVERIFY(m_match->exportTo(QDir(m_data.path()).filePath(QStringLiteral("r.csv"))));
}

void TestMakeThemMatch::deletesAreConfirmed()
{
    QVERIFY(openWithTargets());
    click("matchRunButton");
    QVERIFY(waitRun());
    // The template loses its criteria: the London targets each have one to delete.
    QVERIFY(m_fx.server->removeCriteria(kReception, kReceptionCriteria));
    QTest::mouseClick(m_fx.find<ExistingCriteriaPanel>()->copyButton(), Qt::LeftButton);
    auto *label = m_match->findChild<QLabel *>(QStringLiteral("matchTemplateLabel"));
    QVERIFY(QTest::qWaitFor([label] { return label->text().contains(QLatin1String("0 criteria")); },
                            10000));
    clickToggle(m_match->findChild<QCheckBox *>(QStringLiteral("allowDeleteCheck")));
    const int writesBefore = writes();
    click("matchRunButton");
    QVERIFY(waitRun()); // the check that counts the deletes
    QVERIFY(QTest::qWaitFor([this] { return m_match->confirmation() != nullptr; }, 5000));
    QVERIFY2(m_match->confirmation()->text().contains(QLatin1String("3 criteria")),
             qPrintable(m_match->confirmation()->text()));
    m_match->confirmation()->button(QMessageBox::Cancel)->click();
    QVERIFY(QTest::qWaitFor([this] { return m_match->confirmation() == nullptr; }, 5000));
    QCOMPARE(writes(), writesBefore); // cancelled: nothing sent
    for (const QString &id : londonTargets())
        QCOMPARE(criteriaCount(m_fx.server->data(), id), 1);

    click("matchRunButton");
    QVERIFY(waitRun());
    QVERIFY(QTest::qWaitFor([this] { return m_match->confirmation() != nullptr; }, 5000));
    for (QAbstractButton *button : m_match->confirmation()->buttons()) {
        if (m_match->confirmation()->buttonRole(button) == QMessageBox::DestructiveRole) {
            button->click();
            break;
        }
    }
    QVERIFY(waitRun());
    for (const QString &id : londonTargets())
        QCOMPARE(criteriaCount(m_fx.server->data(), id), 0);
}

void TestMakeThemMatch::importStateChecksFirst()
{
    // A state file of the London targets, each with one all-hours criteria.
    StateDocument document;
    document.header.exportedAt = QDateTime::currentDateTimeUtc();
    for (const QString &id : londonTargets()) {
        seqring::WorkspaceState w;
        w.id = id;
        w.displayName = id;
        w.locationId = kLondon;
        w.professional = true;
        w.settings = SequentialRingSettings();
        Criteria c;
        c.callsFrom = CallsFrom::AnyPhoneNumber;
        w.criteria = {{QString(), c, {}}};
        document.workspaces.append(w);
    }
    const QString path = QDir(m_data.path()).filePath(QStringLiteral("state.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(StateFileWriter::toJson(document));
    file.close();
    const int writesBefore = writes();
    QVERIFY(m_fx.find<MatchActions>()->importState(path));
    m_match = waitForShown<MatchWindow>("matchWindow");
    QVERIFY(m_match);
    QTreeWidget *plans = table("matchResultsTable");
    QVERIFY(QTest::qWaitFor([plans] { return plans->topLevelItemCount() == 3; }, 10000));
    QVERIFY(QTest::qWaitFor([this] { return !m_fx.find<MatchActions>()->controller()->isBusy(); },
                            10000));
    QCOMPARE(writes(), writesBefore); // checked, nothing sent
    for (int row = 0; row < plans->topLevelItemCount(); ++row)
        QVERIFY2(plans->topLevelItem(row)
                     ->text(MatchWindow::PlanColumn)
                     .startsWith(QLatin1String("+1 criteria")),
                 qPrintable(plans->topLevelItem(row)->text(MatchWindow::PlanColumn)));
}

QTEST_MAIN(TestMakeThemMatch)
#include "tst_makethemmatch.moc"
