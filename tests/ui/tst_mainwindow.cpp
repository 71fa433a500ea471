// The admin window end to end against the in-process sandbox: real widgets, real HTTP.
#include "apiclient.h"
#include "apiresult.h"
#include "criteriadetailview.h"
#include "criteriaform.h"
#include "criteriamodel.h"
#include "existingcriteriapanel.h"
#include "mainwindow.h"
#include "requestpreview.h"
#include "resultdialogs.h"
#include "sandboxserver.h"
#include "sendbar.h"
#include "targetpanel.h"
#include "tokenprovider.h"
#include "validationlist.h"
#include "workspacebinder.h"
#include "workspacecontext.h"
#include "workspacepickerdialog.h"
#include "writeaccess.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace seqring;

namespace
{
// Check boxes and radio buttons react only on their indicator and text.
void clickToggle(QAbstractButton *button)
{
    QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(6, button->height() / 2));
}

const QString kBoardroom = QStringLiteral(
    "Y2lzY29zcGFyazovL3VzL1BMQUNFUy9jNzlhNWViZC1mZmZhLTQ2ZWUtOTAwOC0xY2FhZTFmMTY0MjM");
} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void callsFromTogglesEditorAndCallerOptions();
    void scheduleFieldsFollowCheckBox();
    void invalidNumberBlocksCreate();
    void endToEndCreateByKeyboardAndMouse();
    void forced403ShowsErrorAndKeepsForm();
    void rateLimitShowsCountdownThenSuccess();
    void cancelStopsWaiting();
    void draftsSaveAndOpen();
    void badDraftKeepsForm();
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

private:
    template <typename T> T *find(const char *name) const
    {
        T *widget = m_window->findChild<T *>(QLatin1String(name));
        if (!widget)
            qWarning("no widget named %s", name);
        return widget;
    }
    void fillSeedByInput();
    // Waits until the lookups the window started by itself are done, so that an injected
    // fault meets the request the test sends.
    bool settle();
    QList<sandbox::RecordedRequest> posts() const;
    QMessageBox *waitForBox(const char *name);
    ExistingCriteriaPanel *panel() const { return m_window->workspaceBinder()->panel(); }
    void typeWorkspaceId(const QString &id);
    QDialog *waitForDialog();

    QTemporaryDir m_dir;
    QSettings *m_settings = nullptr;
    MainWindow *m_window = nullptr;
    QSignalSpy *m_dialogs = nullptr;
};

void TestMainWindow::init()
{
    qRegisterMetaType<ApiResult>();
    qunsetenv("WEBEX_ACCESS_TOKEN");
    m_settings =
        new QSettings(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    MainWindow::Options options;
    options.sandbox = true;
    options.settings = m_settings;
    m_window = new MainWindow(options);
    m_window->client()->setRetryDelayScale(0.02);
    m_window->workspaceBinder()->setDebounceInterval(20);
    m_dialogs = new QSignalSpy(m_window->resultPresenter(), &ResultPresenter::dialogShown);
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    QVERIFY(m_window->sandboxServer());
}

void TestMainWindow::cleanup()
{
    delete m_dialogs;
    delete m_window;
    delete m_settings;
}

void TestMainWindow::fillSeedByInput()
{
    auto *workspace = find<QLineEdit>("workspaceIdEdit");
    workspace->setFocus();
    QTest::keyClicks(workspace, kBoardroom);
    clickToggle(find<QCheckBox>("onlyDuringScheduleCheck"));
    auto *name = find<QComboBox>("scheduleNameCombo");
    name->lineEdit()->clear();
    QTest::keyClicks(name->lineEdit(), QStringLiteral("Business Vacation"));
    auto *type = find<QComboBox>("scheduleTypeCombo");
    type->setCurrentIndex(type->findText(QStringLiteral("Holidays")));
    clickToggle(find<QRadioButton>("selectNumbersRadio"));
    auto *number = find<QLineEdit>("addNumberEdit");
    QTest::keyClicks(number, QStringLiteral("+44 20 7183 8750"));
    QTest::keyClick(number, Qt::Key_Return);
    QTest::keyClicks(number, QStringLiteral("+44 20 7183 9751"));
    QTest::mouseClick(find<QPushButton>("addNumberButton"), Qt::LeftButton);
    clickToggle(find<QCheckBox>("anonymousCheck"));
    QVERIFY(settle());
}

bool TestMainWindow::settle()
{
    WorkspaceBinder *binder = m_window->workspaceBinder();
    return QTest::qWaitFor(
        [binder] {
            // The typed ID is looked up after a debounce: wait until that lookup and the
            // reads it starts are done, so a fault injected next hits the create itself.
            return binder->context()->workspace().has_value() &&
                   binder->context()->settings().has_value() && !binder->context()->isBusy() &&
                   !binder->writeAccess()->isChecking();
        },
        10000);
}

QList<sandbox::RecordedRequest> TestMainWindow::posts() const
{
    QList<sandbox::RecordedRequest> out;
    for (const auto &request : m_window->sandboxServer()->receivedRequests()) {
        if (request.method == "POST")
            out.append(request);
    }
    return out;
}

QMessageBox *TestMainWindow::waitForBox(const char *name)
{
    QMessageBox *box = nullptr;
    const bool shown = QTest::qWaitFor(
        [&] {
            box = m_window->findChild<QMessageBox *>(QLatin1String(name));
            return box && box->isVisible();
        },
        10000);
    return shown ? box : nullptr;
}

void TestMainWindow::typeWorkspaceId(const QString &id)
{
    auto *workspace = find<QLineEdit>("workspaceIdEdit");
    workspace->selectAll();
    QTest::keyClick(workspace, Qt::Key_Delete);
    QTest::keyClicks(workspace, id);
}

QDialog *TestMainWindow::waitForDialog()
{
    if (m_dialogs->isEmpty() && !m_dialogs->wait(15000))
        return nullptr;
    return m_dialogs->takeFirst().first().value<QDialog *>();
}

void TestMainWindow::callsFromTogglesEditorAndCallerOptions()
{
    auto *any = find<QRadioButton>("anyNumberRadio");
    auto *select = find<QRadioButton>("selectNumbersRadio");
    const QList<QWidget *> dependent = {
        find<QWidget>("addNumberEdit"), find<QWidget>("phoneNumbersList"),
        find<QWidget>("anonymousCheck"), find<QWidget>("unavailableCheck")};
    QVERIFY(any->isChecked());
    for (QWidget *w : dependent)
        QVERIFY(!w->isEnabled());
    clickToggle(select);
    for (QWidget *w : dependent)
        QVERIFY2(w->isEnabled(), qPrintable(w->objectName()));
    clickToggle(any);
    for (QWidget *w : dependent)
        QVERIFY(!w->isEnabled());
}

void TestMainWindow::scheduleFieldsFollowCheckBox()
{
    auto *check = find<QCheckBox>("onlyDuringScheduleCheck");
    auto *name = find<QWidget>("scheduleNameCombo");
    auto *type = find<QWidget>("scheduleTypeCombo");
    QVERIFY(!name->isEnabled() && !type->isEnabled());
    clickToggle(check);
    QVERIFY(name->isEnabled() && type->isEnabled());
    QVERIFY(
        m_window->preview()->bodyText().contains(QLatin1String("\"scheduleLevel\": \"GROUP\"")));
    clickToggle(check);
    QVERIFY(!name->isEnabled() && !type->isEnabled());
    QVERIFY(!m_window->preview()->bodyText().contains(QLatin1String("scheduleName")));
}

void TestMainWindow::invalidNumberBlocksCreate()
{
    fillSeedByInput();
    auto *create = find<QPushButton>("createButton");
    QVERIFY2(create->isEnabled(), qPrintable(create->toolTip()));
    auto *number = find<QLineEdit>("addNumberEdit");
    QTest::keyClicks(number, QStringLiteral("555-CALL-NOW"));
    QTest::keyClick(number, Qt::Key_Return);
    QVERIFY(!create->isEnabled());
    QVERIFY(create->toolTip().contains(QLatin1String("555-CALL-NOW")));
    auto *list = find<QListView>("phoneNumbersList");
    const QModelIndex row = list->model()->index(2, 0);
    QVERIFY(row.data(Qt::ToolTipRole).toString().contains(QLatin1String("letters")));
    bool listed = false;
    for (int i = 0; i < m_window->validationList()->count(); ++i)
        listed |=
            m_window->validationList()->item(i)->text().contains(QLatin1String("555-CALL-NOW"));
    QVERIFY(listed);
}

void TestMainWindow::endToEndCreateByKeyboardAndMouse()
{
    fillSeedByInput();
    const QString shownBody = m_window->preview()->bodyText();
    QVERIFY(shownBody.contains(QLatin1String("\"+442071839751\"")));
    auto *create = find<QPushButton>("createButton");
    QVERIFY2(create->isEnabled(), qPrintable(create->toolTip()));
    m_window->sandboxServer()->clearReceivedRequests();
    QTest::mouseClick(create, Qt::LeftButton);

    auto *dialog = qobject_cast<SuccessDialog *>(waitForDialog());
    QVERIFY(dialog);
    const auto received = posts();
    QCOMPARE(received.size(), 1);
    QCOMPARE(QString::fromUtf8(received.first().body), shownBody); // preview == wire
    QVERIFY(
        received.first().path.endsWith(kBoardroom + QStringLiteral("/sequentialRing/criteria")));
    // The id in the dialog is the one the sandbox stored for this workspace.
    const QJsonObject data = m_window->sandboxServer()->data();
    const QByteArray stored =
        QJsonDocument(data.value(QLatin1String("criteria")).toObject().value(kBoardroom).toArray())
            .toJson();
    QVERIFY(!dialog->idText().isEmpty());
    QVERIFY(stored.contains(dialog->idText().toUtf8()));
    QVERIFY(m_window->lastResultText().contains(dialog->idText()));
    dialog->close();
}

void TestMainWindow::forced403ShowsErrorAndKeepsForm()
{
    fillSeedByInput();
    const QString bodyBefore = m_window->preview()->bodyText().section(QLatin1Char('\n'), 0);
    m_window->sandboxServer()->forceStatus(403);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return,
                    Qt::ControlModifier); // the shortcut
    auto *dialog = qobject_cast<ErrorDialog *>(waitForDialog());
    QVERIFY(dialog);
    QVERIFY(dialog->statusText().contains(QLatin1String("403")));
    QVERIFY(!dialog->messageText().isEmpty());
    const auto received = posts();
    QCOMPARE(dialog->trackingIdText(), QString::fromUtf8(received.last().header("TrackingID")));
    QCOMPARE(find<QLineEdit>("workspaceIdEdit")->text(), kBoardroom);
    QCOMPARE(m_window->model()->phoneNumbers()->rowCount(), 2);
    QVERIFY(find<QCheckBox>("anonymousCheck")->isChecked());
    QCOMPARE(m_window->preview()->bodyText(), bodyBefore);
    dialog->close();
}

void TestMainWindow::rateLimitShowsCountdownThenSuccess()
{
    fillSeedByInput();
    m_window->sandboxServer()->forceStatus(429, 1, "1");
    m_window->client()->setRetryDelayScale(1.0); // a real second, so the countdown is seen
    QSignalSpy finished(m_window, &MainWindow::createFinished);
    QTest::mouseClick(find<QPushButton>("createButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->sendBar()->statusText().contains(QLatin1String("429")),
                             10000);
    QVERIFY(m_window->sendBar()->statusText().contains(QLatin1String("1")));
    QVERIFY(m_window->sendBar()->cancelButton()->isVisible());
    QVERIFY(qobject_cast<SuccessDialog *>(waitForDialog()));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().value<ApiResult>().attempts, 2);
}

void TestMainWindow::cancelStopsWaiting()
{
    fillSeedByInput();
    m_window->sandboxServer()->setLatency(5000);
    QSignalSpy finished(m_window, &MainWindow::createFinished);
    QTest::mouseClick(find<QPushButton>("createButton"), Qt::LeftButton);
    QTRY_VERIFY(m_window->sendBar()->cancelButton()->isVisible());
    QVERIFY(!find<QPushButton>("createButton")->isEnabled());
    QTest::mouseClick(m_window->sendBar()->cancelButton(), Qt::LeftButton);
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().value<ApiResult>().error.kind, ApiError::Kind::Cancelled);
    QVERIFY(m_dialogs->isEmpty()); // a cancel is no error to report
    QVERIFY(find<QPushButton>("createButton")->isEnabled());
    m_window->sandboxServer()->setLatency(0);
}

void TestMainWindow::draftsSaveAndOpen()
{
    fillSeedByInput();
    const QString path = m_dir.filePath(QStringLiteral("draft.json"));
    QVERIFY(m_window->saveDraft(path));
    const Criteria saved = m_window->model()->criteria();

    MainWindow::Options options;
    options.settings = m_settings;
    MainWindow other(options);
    QVERIFY(other.openDraft(path));
    QCOMPARE(other.model()->criteria(), saved);
    QCOMPARE(other.model()->workspaceId(), kBoardroom);
    QCOMPARE(other.findChild<QLineEdit *>(QStringLiteral("workspaceIdEdit"))->text(), kBoardroom);
    QVERIFY(other.findChild<QRadioButton *>(QStringLiteral("selectNumbersRadio"))->isChecked());
}

void TestMainWindow::badDraftKeepsForm()
{
    fillSeedByInput();
    const Criteria before = m_window->model()->criteria();
    const QString path = m_dir.filePath(QStringLiteral("bad.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"callsFrom":"EVERYONE","ringEnabled":true})");
    file.close();
    QVERIFY(!m_window->openDraft(path));
    auto *box = m_window->findChild<QMessageBox *>(QStringLiteral("problemBox"));
    QVERIFY(box);
    QVERIFY(box->text().contains(QLatin1String("EVERYONE")));
    QCOMPARE(m_window->model()->criteria(), before);
    box->close();
}

void TestMainWindow::ctrlKPicksWorkspaceAndOffersSchedules()
{
    WorkspaceBinder *binder = m_window->workspaceBinder();
    binder->setPageSize(2);
    QSignalSpy opened(binder, &WorkspaceBinder::pickerOpened);
    QTest::keyClick(m_window, Qt::Key_K, Qt::ControlModifier);
    QCOMPARE(opened.size(), 1);
    auto *picker = opened.first().first().value<WorkspacePickerDialog *>();
    QTest::keyClicks(picker->searchEdit(), QStringLiteral("San Jose"));
    QTRY_COMPARE(picker->resultsView()->topLevelItemCount(), 3);
    QTRY_VERIFY(picker->statusText().contains(QLatin1String("3 workspace")));
    // Training Room is not on Webex Calling: shown, not selectable.
    int training = -1, lobby = -1;
    for (int row = 0; row < 3; ++row) {
        if (picker->entryAt(row).name.contains(QLatin1String("Training")))
            training = row;
        if (picker->entryAt(row).name.contains(QLatin1String("Lobby")))
            lobby = row;
    }
    QTreeWidgetItem *item = picker->resultsView()->topLevelItem(training);
    QVERIFY(!(item->flags() & Qt::ItemIsSelectable));
    QVERIFY(item->text(WorkspacePickerDialog::LicenseColumn)
                .contains(QLatin1String("Not Webex Calling")));
    item = picker->resultsView()->topLevelItem(lobby);
    QTest::mouseClick(picker->resultsView()->viewport(), Qt::LeftButton, {},
                      picker->resultsView()->visualItemRect(item).center());
    QVERIFY(picker->chooseButton()->isEnabled());
    QTest::mouseClick(picker->chooseButton(), Qt::LeftButton);
    const QString lobbyId = QStringLiteral(
        "Y2lzY29zcGFyazovL3VzL1BMQUNFUy80OGEyNjVhMS02YjU0LTRhYzYtYWY2ZC0yYjI0MmFmMDUwY2E");
    QCOMPARE(find<QLineEdit>("workspaceIdEdit")->text(), lobbyId);
    QTRY_VERIFY(find<QLabel>("workspaceInfoLabel")
                    ->text()
                    .contains(QLatin1String("San Jose - Lobby Phone (San Jose)")));
    // The location's schedules are offered, each with its type.
    auto *names = find<QComboBox>("scheduleNameCombo");
    QTRY_VERIFY(names->findText(QStringLiteral("US Federal Holidays")) >= 0);
    QVERIFY(names->findText(QStringLiteral("San Jose Office Hours")) >= 0);
    QVERIFY(names->findText(QStringLiteral("London Business Hours")) < 0);
    QCOMPARE(m_window->model()->knownSchedules(),
             std::optional<QStringList>(QStringList{QStringLiteral("San Jose Office Hours"),
                                                    QStringLiteral("US Federal Holidays")}));
}

void TestMainWindow::pastedIdResolvedAndUnknownFlagged()
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

void TestMainWindow::unknownScheduleOnlyWarns()
{
    fillSeedByInput();
    QTRY_VERIFY(m_window->model()->knownSchedules().has_value());
    auto *name = find<QComboBox>("scheduleNameCombo");
    QTest::keyClicks(name->lineEdit(), QStringLiteral(" 2031"));
    const ValidationIssues issues = m_window->model()->issuesFor(Field::ScheduleName);
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.first().severity, Severity::Warning);
    QVERIFY(find<QPushButton>("createButton")->isEnabled());
}

void TestMainWindow::createRefreshesAndHighlights()
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

void TestMainWindow::deleteAfterConfirmation()
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
        m_window->sandboxServer()
            ->data()
            .value(QLatin1String("criteria"))
            .toObject()
            .value(QStringLiteral(
                "Y2lzY29zcGFyazovL3VzL1BMQUNFUy83ZTBlNTM1NS0zMDQ1LTQzZjEtODcyYi01YzIzOWU3Zjg5NzU"))
            .toArray()
            .isEmpty());
}

void TestMainWindow::ambiguousFailureNotCreated()
{
    fillSeedByInput();
    m_window->sandboxServer()->forceStatus(503);
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

void TestMainWindow::ambiguousFailureCreatedAfterAll()
{
    fillSeedByInput();
    m_window->client()->setTransferTimeout(300);
    m_window->sandboxServer()->setLatency(1500); // carried out, answered after the client gave up
    QTest::mouseClick(find<QPushButton>("createButton"), Qt::LeftButton);
    auto *dialog = qobject_cast<ErrorDialog *>(waitForDialog());
    QVERIFY(dialog);
    QVERIFY(dialog->result().error.ambiguous);
    m_window->sandboxServer()->setLatency(0);
    m_window->client()->setTransferTimeout(30000);
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

void TestMainWindow::readOnlyAdministratorCannotCreate()
{
    fillSeedByInput();
    m_window->tokens()->useSandbox(m_window->sandboxServer()->apiRoot(),
                                   m_window->sandboxServer()->readOnlyToken());
    auto *create = find<QPushButton>("createButton");
    QTRY_VERIFY(!create->isEnabled());
    QVERIFY(create->toolTip().contains(QLatin1String("read-only administrator")));
    // Browsing still works.
    QTRY_COMPARE(panel()->statusText(), QStringLiteral("The workspace has no criteria yet."));
}

// The network is not touched before the window's first frame: a window that is never
// shown sends nothing, and the one shown by init() has asked people/me by now.
void TestMainWindow::lookupsWaitForTheFirstFrame()
{
    const auto peopleMe = [](const sandbox::SandboxServer *server) {
        int count = 0;
        for (const auto &request : server->receivedRequests())
            count += request.path.endsWith(QLatin1String("/people/me")) ? 1 : 0;
        return count;
    };
    QTRY_VERIFY(peopleMe(m_window->sandboxServer()) > 0);

    MainWindow::Options options;
    options.sandbox = true;
    options.settings = m_settings;
    MainWindow hidden(options);
    QVERIFY(hidden.sandboxServer());
    QTest::qWait(300); // long enough for a request sent at once to arrive
    QCOMPARE(peopleMe(hidden.sandboxServer()), 0);
    QVERIFY(hidden.sandboxServer()->receivedRequests().isEmpty());

    hidden.show();
    QVERIFY(QTest::qWaitForWindowExposed(&hidden));
    QTRY_COMPARE(peopleMe(hidden.sandboxServer()), 1);
}

void TestMainWindow::missingTelephonyScopeIsNamed()
{
    m_window->tokens()->useSandbox(m_window->sandboxServer()->apiRoot(),
                                   m_window->sandboxServer()->noTelephonyToken());
    typeWorkspaceId(kBoardroom);
    QTRY_VERIFY(
        panel()->lookupProblemText().contains(QLatin1String("spark-admin:telephony_config_read")));
    QVERIFY(!m_window->model()->knownSchedules().has_value());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
