// The admin window end to end against the in-process sandbox: the form, create, errors and
// drafts, with real widgets and real HTTP.
#include "tests/common/previewtext.h"
#include "tests/common/windowtest.h"
#include "ui/draftactions.h"
#include "ui/results/errordialog.h"
#include "ui/workspacepickerdialog.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QListView>
#include <QTreeWidget>

using namespace seqring;
using namespace seqring::test;

class TestMainWindow : public WindowTest
{
    Q_OBJECT
private Q_SLOTS:
    void init() { QVERIFY(startWindow()); }
    void cleanup() { stopWindow(); }
    void callsFromTogglesEditorAndCallerOptions();
    void scheduleFieldsFollowCheckBox();
    void invalidNumberBlocksCreate();
    void endToEndCreateByKeyboardAndMouse();
    void forced403ShowsErrorAndKeepsForm();
    void rateLimitShowsCountdownThenSuccess();
    void cancelStopsWaiting();
    void draftsSaveAndOpen();
    void badDraftKeepsForm();
};

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
    QVERIFY(previewBody(preview()).contains(QLatin1String("\"scheduleLevel\": \"GROUP\"")));
    clickToggle(check);
    QVERIFY(!name->isEnabled() && !type->isEnabled());
    QVERIFY(!previewBody(preview()).contains(QLatin1String("scheduleName")));
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
    for (int i = 0; i < validationList()->count(); ++i)
        listed |= validationList()->item(i)->text().contains(QLatin1String("555-CALL-NOW"));
    QVERIFY(listed);
}

void TestMainWindow::endToEndCreateByKeyboardAndMouse()
{
    fillSeedByInput();
    const QString shownBody = previewBody(preview());
    QVERIFY(shownBody.contains(QLatin1String("\"+442071839751\"")));
    auto *create = find<QPushButton>("createButton");
    QVERIFY2(create->isEnabled(), qPrintable(create->toolTip()));
    m_fx.server->clearReceivedRequests();
    QTest::mouseClick(create, Qt::LeftButton);

    auto *dialog = qobject_cast<SuccessDialog *>(waitForDialog());
    QVERIFY(dialog);
    const auto received = posts();
    QCOMPARE(received.size(), 1);
    QCOMPARE(QString::fromUtf8(received.first().body), shownBody); // preview == wire
    QVERIFY(
        received.first().path.endsWith(kBoardroom + QStringLiteral("/sequentialRing/criteria")));
    // The id in the dialog is the one the sandbox stored for this workspace.
    const QJsonObject data = m_fx.server->data();
    const QByteArray stored =
        QJsonDocument(data.value(QLatin1String("criteria")).toObject().value(kBoardroom).toArray())
            .toJson();
    QVERIFY(!dialog->idText().isEmpty());
    QVERIFY(stored.contains(dialog->idText().toUtf8()));
    QVERIFY(lastResultText().contains(dialog->idText()));
    dialog->close();
}

void TestMainWindow::forced403ShowsErrorAndKeepsForm()
{
    fillSeedByInput();
    const QString bodyBefore = previewBody(preview()).section(QLatin1Char('\n'), 0);
    m_fx.server->forceStatus(403);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return,
                    Qt::ControlModifier); // the shortcut
    auto *dialog = qobject_cast<ErrorDialog *>(waitForDialog());
    QVERIFY(dialog);
    QVERIFY(dialog->statusText().contains(QLatin1String("403")));
    QVERIFY(!dialog->messageText().isEmpty());
    const auto received = posts();
    QCOMPARE(dialog->trackingIdText(), QString::fromUtf8(received.last().header("TrackingID")));
    QCOMPARE(find<QLineEdit>("workspaceIdEdit")->text(), kBoardroom);
    QCOMPARE(model()->phoneNumbers()->rowCount(), 2);
    QVERIFY(find<QCheckBox>("anonymousCheck")->isChecked());
    QCOMPARE(previewBody(preview()), bodyBefore);
    dialog->close();
}

void TestMainWindow::rateLimitShowsCountdownThenSuccess()
{
    fillSeedByInput();
    m_fx.server->forceStatus(429, 1, "1");
    m_fx.client->setRetryDelayScale(1.0); // a real second, so the countdown is seen
    QSignalSpy finished(m_window, &MainWindow::createFinished);
    QTest::mouseClick(find<QPushButton>("createButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(sendBar()->statusText().contains(QLatin1String("429")), 10000);
    QVERIFY(sendBar()->statusText().contains(QLatin1String("1")));
    QVERIFY(sendBar()->cancelButton()->isVisible());
    QVERIFY(qobject_cast<SuccessDialog *>(waitForDialog()));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().value<ApiResult>().attempts, 2);
}

void TestMainWindow::cancelStopsWaiting()
{
    fillSeedByInput();
    m_fx.server->setLatency(5000);
    QSignalSpy finished(m_window, &MainWindow::createFinished);
    QTest::mouseClick(find<QPushButton>("createButton"), Qt::LeftButton);
    QTRY_VERIFY(sendBar()->cancelButton()->isVisible());
    QVERIFY(!find<QPushButton>("createButton")->isEnabled());
    QTest::mouseClick(sendBar()->cancelButton(), Qt::LeftButton);
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().value<ApiResult>().error.kind, ApiError::Kind::Cancelled);
    QVERIFY(m_dialogs->isEmpty()); // a cancel is no error to report
    QVERIFY(find<QPushButton>("createButton")->isEnabled());
    m_fx.server->setLatency(0);
}

void TestMainWindow::draftsSaveAndOpen()
{
    fillSeedByInput();
    const QString path = m_fx.dir.filePath(QStringLiteral("draft.json"));
    QVERIFY(m_fx.find<DraftActions>()->saveDraft(path));
    const Criteria saved = model()->criteria();

    WindowFixture other; // another window, as after a restart
    QVERIFY(other.start(false));
    QVERIFY(other.window->openDraft(path));
    QCOMPARE(other.find<CriteriaModel>()->criteria(), saved);
    QCOMPARE(other.target->workspaceId(), kBoardroom);
    QCOMPARE(other.find<QLineEdit>(QStringLiteral("workspaceIdEdit"))->text(), kBoardroom);
    QVERIFY(other.find<QRadioButton>(QStringLiteral("selectNumbersRadio"))->isChecked());
}

void TestMainWindow::badDraftKeepsForm()
{
    fillSeedByInput();
    const Criteria before = model()->criteria();
    const QString path = m_fx.dir.filePath(QStringLiteral("bad.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"callsFrom":"EVERYONE","ringEnabled":true})");
    file.close();
    QVERIFY(!m_window->openDraft(path));
    auto *box = m_window->findChild<QMessageBox *>(QStringLiteral("problemBox"));
    QVERIFY(box);
    QVERIFY(box->text().contains(QLatin1String("EVERYONE")));
    QCOMPARE(model()->criteria(), before);
    box->close();
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
