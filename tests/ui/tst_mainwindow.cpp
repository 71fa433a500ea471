// The admin window end to end against the in-process sandbox: real widgets, real HTTP.
#include "apiclient.h"
#include "apiresult.h"
#include "criteriaform.h"
#include "criteriamodel.h"
#include "mainwindow.h"
#include "requestpreview.h"
#include "resultdialogs.h"
#include "sandboxserver.h"
#include "sendbar.h"
#include "targetpanel.h"
#include "validationlist.h"
#include "workspacebinder.h"
#include "workspacecontext.h"
#include "writeaccess.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace seqring;

namespace {
// Check boxes and radio buttons react only on their indicator and text.
void clickToggle(QAbstractButton *button)
{
    QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(6, button->height() / 2));
}

const QString kBoardroom = QStringLiteral(
    "Y2lzY29zcGFyazovL3VzL1BMQUNFUy9jNzlhNWViZC1mZmZhLTQ2ZWUtOTAwOC0xY2FhZTFmMTY0MjM");
}

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

private:
    template<typename T>
    T *find(const char *name) const
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
    m_settings = new QSettings(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
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
        [binder] { return !binder->context()->isBusy() && !binder->writeAccess()->isChecking(); },
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
    const QList<QWidget *> dependent = {find<QWidget>("addNumberEdit"), find<QWidget>("phoneNumbersList"),
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
    QVERIFY(m_window->preview()->bodyText().contains(QLatin1String("\"scheduleLevel\": \"GROUP\"")));
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
        listed |= m_window->validationList()->item(i)->text().contains(QLatin1String("555-CALL-NOW"));
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
    QVERIFY(received.first().path.endsWith(kBoardroom + QStringLiteral("/sequentialRing/criteria")));
    // The id in the dialog is the one the sandbox stored for this workspace.
    const QJsonObject data = m_window->sandboxServer()->data();
    const QByteArray stored = QJsonDocument(data.value(QLatin1String("criteria")).toObject()
                                                .value(kBoardroom).toArray()).toJson();
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
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier); // the shortcut
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
    m_window->sandboxServer()->forceStatus(429, 1, "2");
    QSignalSpy finished(m_window, &MainWindow::createFinished);
    QTest::mouseClick(find<QPushButton>("createButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->sendBar()->statusText().contains(QLatin1String("429")), 10000);
    QVERIFY(m_window->sendBar()->statusText().contains(QLatin1String("2")));
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

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
