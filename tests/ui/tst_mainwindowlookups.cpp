// The admin window's look-ups against the in-process sandbox: the picker, schedules, the
// existing criteria, the check after an ambiguous create, what the token may write.
#include "tests/common/windowtest.h"
#include "ui/bulk/workspaceresultsmodel.h"
#include "ui/criteriadetailview.h"
#include "ui/draftactions.h"
#include "ui/results/errordialog.h"
#include "ui/workspacepickerdialog.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QListView>
#include <QTreeView>
#include <QTreeWidget>

using namespace seqring;
using namespace seqring::test;

class TestMainWindowLookups : public WindowTest
{
    Q_OBJECT
private Q_SLOTS:
    void init() { QVERIFY(startWindow()); }
    void cleanup() { stopWindow(); }
    void ctrlKPicksWorkspaceAndOffersSchedules();
    void pastedIdResolvedAndUnknownFlagged();
    void unknownScheduleOnlyWarns();
    void createRefreshesAndHighlights();
    void deleteAfterConfirmation();
    void ambiguousFailureNotCreated();
    void ambiguousFailureCreatedAfterAll();
    void readOnlyAdministratorCannotCreate();
    void missingTelephonyScopeIsNamed();
    void lookupsWaitForTheFirstFrame();
};

void TestMainWindowLookups::ctrlKPicksWorkspaceAndOffersSchedules()
{
    binder()->setPageSize(2);
    QSignalSpy opened(dialogs(), &WorkspaceDialogs::pickerOpened);
    QTest::keyClick(m_window, Qt::Key_K, Qt::ControlModifier);
    QCOMPARE(opened.size(), 1);
    auto *picker = opened.first().first().value<WorkspacePickerDialog *>();
    QTest::keyClicks(picker->searchEdit(), QStringLiteral("San Jose"));
    QTRY_COMPARE(picker->resultsModel()->rowCount(), 3);
    QTRY_VERIFY(picker->statusText().contains(QLatin1String("3 workspace")));
    // Training Room is not on Webex Calling: shown, not selectable.
    int training = -1, lobby = -1;
    for (int row = 0; row < 3; ++row) {
        if (picker->entryAt(row).name.contains(QLatin1String("Training")))
            training = row;
        if (picker->entryAt(row).name.contains(QLatin1String("Lobby")))
            lobby = row;
    }
    const WorkspaceResultsModel *results = picker->resultsModel();
    QVERIFY(!(results->flags(results->index(training, 0)) & Qt::ItemIsSelectable));
    QVERIFY(results->index(training, WorkspacePickerDialog::LicenseColumn)
                .data()
                .toString()
                .contains(QLatin1String("Not Webex Calling")));
    QTest::mouseClick(picker->resultsView()->viewport(), Qt::LeftButton, {},
                      picker->resultsView()->visualRect(results->index(lobby, 0)).center());
    QVERIFY(picker->chooseButton()->isEnabled());
    QTest::mouseClick(picker->chooseButton(), Qt::LeftButton);
    const QString lobbyId = QStringLiteral(
        "Y2lzY29zcGFyazovL3VzL1BMQUNFUy80OGEyNjVhMS02YjU0LTRhYzYtYWY2ZC0yYjI0MmFmMDUwY2E");
    QCOMPARE(find<QLineEdit>("workspaceIdEdit")->text(), lobbyId);
    QCOMPARE(m_fx.target->workspaceId(), lobbyId);
    QCOMPARE(m_fx.target->workspaceState(), TargetModel::WorkspaceState::Known);
    // The chosen workspace is known already: it is not looked up again.
    QTest::qWait(100);
    int lookups = 0;
    for (const auto &request : m_fx.server->receivedRequests())
        lookups += request.path == QLatin1String("/v1/workspaces/") + lobbyId ? 1 : 0;
    QCOMPARE(lookups, 0);
    QTRY_VERIFY(find<QLabel>("workspaceInfoLabel")
                    ->text()
                    .contains(QLatin1String("San Jose - Lobby Phone (San Jose)")));
    // The location's schedules are offered, each with its type.
    auto *names = find<QComboBox>("scheduleNameCombo");
    QTRY_VERIFY(names->findText(QStringLiteral("US Federal Holidays")) >= 0);
    QVERIFY(names->findText(QStringLiteral("San Jose Office Hours")) >= 0);
    QVERIFY(names->findText(QStringLiteral("London Business Hours")) < 0);
    QCOMPARE(model()->knownSchedules(),
             std::optional<QStringList>(QStringList{QStringLiteral("San Jose Office Hours"),
                                                    QStringLiteral("US Federal Holidays"),
                                                    QStringLiteral("San Jose Lunch Break")}));
}

void TestMainWindowLookups::pastedIdResolvedAndUnknownFlagged()
{
    typeWorkspaceId(kBoardroom);
    QTRY_VERIFY(find<QLabel>("workspaceInfoLabel")
                    ->text()
                    .contains(QLatin1String("London - Boardroom (London)")));
    QVERIFY(!find<QLabel>("workspaceLookupFlag")->isVisible());
    typeWorkspaceId(QStringLiteral("Y2lzY29zcGFyazovL3VzL1BMQUNFUy9ub25l"));
    QTRY_VERIFY(find<QLabel>("workspaceLookupFlag")->isVisible());
    QVERIFY(find<QLabel>("workspaceInfoLabel")->text().contains(QLatin1String("No workspace")));
    QVERIFY(find<QLineEdit>("workspaceIdEdit")
                ->accessibleDescription()
                .contains(QLatin1String("No workspace")));
    // The Workspaces-only license is named with its reason.
    typeWorkspaceId(QStringLiteral(
        "Y2lzY29zcGFyazovL3VzL1BMQUNFUy9iZGI0OTJmZC1mYTI5LTQ3OTEtOTcxZC00ZmMzNjQ0MWUyZDA"));
    QTRY_VERIFY(find<QLabel>("workspaceInfoLabel")
                    ->text()
                    .contains(QLatin1String("sequential ring needs the Professional license")));
}

void TestMainWindowLookups::unknownScheduleOnlyWarns()
{
    fillSeedByInput();
    QTRY_VERIFY(model()->knownSchedules().has_value());
    auto *name = find<QComboBox>("scheduleNameCombo");
    QTest::keyClicks(name->lineEdit(), QStringLiteral(" 2031"));
    const ValidationIssues issues = model()->issuesFor(Field::ScheduleName);
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.first().severity, Severity::Warning);
    QVERIFY(find<QPushButton>("createButton")->isEnabled());
}

void TestMainWindowLookups::createRefreshesAndHighlights()
{
    fillSeedByInput();
    QTRY_VERIFY(panel()->statusText().contains(QLatin1String("no criteria")));
    QTest::mouseClick(find<QPushButton>("createButton"), Qt::LeftButton);
    auto *dialog = qobject_cast<SuccessDialog *>(waitForDialog());
    QVERIFY(dialog);
    QTRY_COMPARE(panel()->list()->topLevelItemCount(), 1);
    QCOMPARE(panel()->highlightedRow(), 0);
    QCOMPARE(panel()->listedIds(), QStringList{dialog->idText()});
    QVERIFY(panel()->list()->topLevelItem(0)->text(0).contains(QLatin1String("Business Vacation")));
    dialog->close();
}

void TestMainWindowLookups::deleteAfterConfirmation()
{
    typeWorkspaceId(QStringLiteral(
        "Y2lzY29zcGFyazovL3VzL1BMQUNFUy83ZTBlNTM1NS0zMDQ1LTQzZjEtODcyYi01YzIzOWU3Zjg5NzU"));
    QTRY_COMPARE(panel()->list()->topLevelItemCount(), 1);
    QVERIFY(panel()->settingsText().contains(QLatin1String("+442071838750")));
    QTreeWidgetItem *item = panel()->list()->topLevelItem(0);
    QTest::mouseClick(panel()->list()->viewport(), Qt::LeftButton, {},
                      panel()->list()->visualItemRect(item).center());
    CriteriaDetailView *detail = panel()->detailView();
    QTRY_VERIFY(detail->templateButton()->isEnabled());
    QVERIFY(
        detail->fieldText("detailScheduleEdit").contains(QLatin1String("London Business Hours")));
    QTest::mouseClick(detail->deleteButton(), Qt::LeftButton);
    QMessageBox *box = waitForBox("deleteCriteriaConfirm");
    QVERIFY(box);
    QVERIFY(box->text().contains(QLatin1String("London Business Hours")));
    QVERIFY(box->text().contains(QLatin1String("London - Reception")));
    QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("confirmDeleteButton")),
                      Qt::LeftButton);
    QTRY_VERIFY(panel()->statusText().contains(QLatin1String("no criteria")));
    QCOMPARE(panel()->list()->topLevelItemCount(), 0);
    QVERIFY(
        m_fx.server->data()
            .value(QLatin1String("criteria"))
            .toObject()
            .value(QStringLiteral(
                "Y2lzY29zcGFyazovL3VzL1BMQUNFUy83ZTBlNTM1NS0zMDQ1LTQzZjEtODcyYi01YzIzOWU3Zjg5NzU"))
            .toArray()
            .isEmpty());
}

void TestMainWindowLookups::ambiguousFailureNotCreated()
{
    fillSeedByInput();
    m_fx.server->forceStatus(503);
    QTest::mouseClick(find<QPushButton>("createButton"), Qt::LeftButton);
    auto *dialog = qobject_cast<ErrorDialog *>(waitForDialog());
    QVERIFY(dialog);
    auto *check = dialog->findChild<QPushButton *>(QStringLiteral("checkCreatedButton"));
    QVERIFY(check);
    QTest::mouseClick(check, Qt::LeftButton);
    QMessageBox *box = waitForBox("createdCheckBox");
    QVERIFY(box);
    QVERIFY2(box->text().contains(QLatin1String("not created")), qPrintable(box->text()));
    box->close();
    dialog->close();
}

void TestMainWindowLookups::ambiguousFailureCreatedAfterAll()
{
    fillSeedByInput();
    m_fx.client->setTransferTimeout(300);
    m_fx.server->setLatency(1500); // carried out, answered after the client gave up
    QTest::mouseClick(find<QPushButton>("createButton"), Qt::LeftButton);
    auto *dialog = qobject_cast<ErrorDialog *>(waitForDialog());
    QVERIFY(dialog);
    QVERIFY(dialog->result().error.ambiguous);
    m_fx.server->setLatency(0);
    m_fx.client->setTransferTimeout(30000);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("checkCreatedButton")),
                      Qt::LeftButton);
    QMessageBox *box = waitForBox("createdCheckBox");
    QVERIFY(box);
    QVERIFY2(box->text().contains(QLatin1String("created after all")), qPrintable(box->text()));
    QTRY_COMPARE(panel()->highlightedRow(), 0);
    QCOMPARE(posts().size(), 1); // nothing was sent twice
    box->close();
    dialog->close();
}

void TestMainWindowLookups::readOnlyAdministratorCannotCreate()
{
    fillSeedByInput();
    m_fx.tokens->useSandbox(m_fx.server->apiRoot(), m_fx.server->readOnlyToken());
    auto *create = find<QPushButton>("createButton");
    QTRY_VERIFY(!create->isEnabled());
    QVERIFY(create->toolTip().contains(QLatin1String("read-only administrator")));
    // Browsing still works.
    QTRY_COMPARE(panel()->statusText(), QStringLiteral("The workspace has no criteria yet."));
}

void TestMainWindowLookups::missingTelephonyScopeIsNamed()
{
    m_fx.tokens->useSandbox(m_fx.server->apiRoot(), m_fx.server->noTelephonyToken());
    typeWorkspaceId(kBoardroom);
    QTRY_VERIFY(
        panel()->lookupProblemText().contains(QLatin1String("spark-admin:telephony_config_read")));
    QVERIFY(!model()->knownSchedules().has_value());
}

// The network is not touched before the window's first frame: a window that is never
// shown sends nothing, and the one shown by init() has asked people/me by now.
void TestMainWindowLookups::lookupsWaitForTheFirstFrame()
{
    const auto peopleMe = [](const sandbox::SandboxServer *server) {
        int count = 0;
        for (const auto &request : server->receivedRequests())
            count += request.path.endsWith(QLatin1String("/people/me")) ? 1 : 0;
        return count;
    };
    QTRY_VERIFY(peopleMe(m_fx.server.get()) > 0);

    WindowFixture hidden;
    QVERIFY(hidden.start());
    QTest::qWait(300); // long enough for a request sent at once to arrive
    QCOMPARE(peopleMe(hidden.server.get()), 0);
    QVERIFY(hidden.server->receivedRequests().isEmpty());

    hidden.window->show();
    QVERIFY(QTest::qWaitForWindowExposed(hidden.window.get()));
    QTRY_COMPARE(peopleMe(hidden.server.get()), 1);
}

QTEST_MAIN(TestMainWindowLookups)
#include "tst_mainwindowlookups.moc"
