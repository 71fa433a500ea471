// The whole path the "Done when" names, in one run of the window against the
// in-process sandbox: pick a workspace in the picker, turn its sequential ring on with two
// numbers, create a criteria, edit it, undo an edit with Ctrl+Z, and save. Each step is
// checked against what the sandbox received and keeps.
#include "tests/common/sandboxfixture.h"
#include "tests/common/windowtest.h"
#include "ui/bulk/workspaceresultsmodel.h"
#include "ui/criteriadetailview.h"
#include "ui/criteriaundo.h"
#include "ui/ringsettingsdialog.h"
#include "ui/workspacepickerdialog.h"

#include <QApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>

using namespace seqring;
using namespace seqring::test;
using namespace sandboxtest;

class TestSequentialRingWorkflow : public WindowTest
{
    Q_OBJECT
private Q_SLOTS:
    void init() { QVERIFY(startWindow()); }
    void cleanup() { stopWindow(); }
    void pickTurnOnCreateEditUndoSave();

private:
    void pickBoardroom();
    void turnOnWithTwoNumbers();
    void createDuringBusinessHours();
    void editUndoAndSave();
    QList<sandbox::RecordedRequest> received(const QByteArray &method, const QString &path) const;
};

QList<sandbox::RecordedRequest> TestSequentialRingWorkflow::received(const QByteArray &method,
                                                                     const QString &path) const
{
    QList<sandbox::RecordedRequest> out;
    for (const auto &request : m_fx.server->receivedRequests()) {
        if (request.method == method && request.path.endsWith(path))
            out.append(request);
    }
    return out;
}

void TestSequentialRingWorkflow::pickBoardroom()
{
    QTest::keyClick(m_window, Qt::Key_K, Qt::ControlModifier); // Choose workspace…
    auto *picker = waitForShown<WorkspacePickerDialog>("workspacePickerDialog");
    QVERIFY(picker);
    QTest::keyClicks(picker->searchEdit(), QStringLiteral("Boardroom"));
    QTRY_COMPARE(picker->resultsModel()->rowCount(), 1);
    QTreeView *results = picker->resultsView();
    QTest::mouseClick(results->viewport(), Qt::LeftButton, {},
                      results->visualRect(picker->resultsModel()->index(0, 0)).center());
    QTRY_VERIFY(picker->chooseButton()->isEnabled());
    QTest::mouseClick(picker->chooseButton(), Qt::LeftButton);
    QTRY_COMPARE(m_fx.target->workspaceId(), londonBoardroom());
    QCOMPARE(find<QLineEdit>("workspaceIdEdit")->text(), londonBoardroom());
    QVERIFY(settle());
}

void TestSequentialRingWorkflow::turnOnWithTwoNumbers()
{
    QTRY_VERIFY(find<QWidget>("ringOffWarning")->isVisible()); // off, no number
    QTest::mouseClick(find<QPushButton>("turnOnButton"), Qt::LeftButton);
    // The editor deletes itself when it closes.
    QPointer<RingSettingsDialog> dialog = waitForShown<RingSettingsDialog>("ringSettingsDialog");
    QVERIFY(dialog);
    clickToggle(dialog->findChild<QCheckBox *>(QStringLiteral("enableRingCheck")));
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("ringNumberEdit1")),
                     QStringLiteral("+44 20 7183 8750"));
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("ringNumberEdit2")),
                     QStringLiteral("+44 20 7183 8752"));
    const QByteArray shown = dialog->request().body;
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("saveSettingsButton")),
                      Qt::LeftButton);
    QTRY_COMPARE(received("PUT", settingsPath(londonBoardroom())).size(), 1);
    QCOMPARE(received("PUT", settingsPath(londonBoardroom())).first().body, shown);
    QTRY_VERIFY(!find<QWidget>("ringOffWarning")->isVisible()); // read back: on, two numbers
    const auto settings = binder()->context()->settings();
    QVERIFY(settings && settings->enabled);
    QCOMPARE(settings->numbers.size(), 2);
    QCOMPARE(settings->numbers.at(1).phoneNumber, QStringLiteral("+442071838752"));
    QTRY_VERIFY(!dialog || !dialog->isVisible());
    m_window->activateWindow(); // the editor closed: the window has the keyboard again
    QVERIFY(QTest::qWaitForWindowActive(m_window));
}

void TestSequentialRingWorkflow::createDuringBusinessHours()
{
    clickToggle(find<QCheckBox>("onlyDuringScheduleCheck"));
    auto *name = find<QComboBox>("scheduleNameCombo");
    name->lineEdit()->clear();
    QTest::keyClicks(name->lineEdit(), QStringLiteral("London Business Hours"));
    auto *type = find<QComboBox>("scheduleTypeCombo");
    type->setCurrentIndex(type->findText(QStringLiteral("Business hours")));
    QTRY_VERIFY(sendBar()->createButton()->isEnabled());
    QTest::keyClick(m_window, Qt::Key_Return, Qt::ControlModifier); // Create criteria
    QDialog *success = waitForDialog();
    QVERIFY(qobject_cast<SuccessDialog *>(success));
    success->accept();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    QCOMPARE(received("POST", criteriaPath(londonBoardroom())).size(), 1);
    QTreeWidget *list = panel()->list();
    QTRY_COMPARE(list->topLevelItemCount(), 1);
    QCOMPARE(list->topLevelItem(0)->text(ExistingCriteriaPanel::ScheduleColumn),
             QStringLiteral("London Business Hours (new)"));
}

void TestSequentialRingWorkflow::editUndoAndSave()
{
    editFirstCriteria();
    QTreeWidget *list = panel()->list();
    QCOMPARE(find<QLabel>("editBannerLabel")->text(),
             QStringLiteral("Editing criteria “London Business Hours”"));

    // Two edits: calls from one selected number, then the ring toggle off.
    clickToggle(find<QRadioButton>("selectNumbersRadio"));
    auto *add = find<QLineEdit>("addNumberEdit");
    add->setFocus();
    QTest::keyClicks(add, QStringLiteral("+44 20 7183 9751"));
    QTest::keyClick(add, Qt::Key_Return);
    auto *ring = find<QCheckBox>("ringEnabledCheck");
    clickToggle(ring);
    QVERIFY(!model()->ringEnabled());
    // Undo the last edit with the keyboard, focus in the form.
    ring->setFocus();
    QTest::keyClick(ring, Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(model()->ringEnabled());
    const QString changes = find<QLabel>("previewChangesLabel")->text();
    QVERIFY2(changes.contains(QStringLiteral("phoneNumbers: +442071839751 added")),
             qPrintable(changes));
    QVERIFY2(!changes.contains(QLatin1String("ringEnabled")), qPrintable(changes));

    QTRY_VERIFY(sendBar()->createButton()->isEnabled());
    const QByteArray shown = preview()->request().body;
    QTest::mouseClick(sendBar()->createButton(), Qt::LeftButton); // Save changes
    const QString id = m_fx.server->data()
                           .value(QLatin1String("criteria"))
                           .toObject()
                           .value(londonBoardroom())
                           .toArray()
                           .first()
                           .toObject()
                           .value(QLatin1String("id"))
                           .toString();
    QTRY_COMPARE(received("PUT", QLatin1String("/criteria/") + id).size(), 1);
    QCOMPARE(received("PUT", QLatin1String("/criteria/") + id).first().body, shown);
    const QJsonObject sent = QJsonDocument::fromJson(shown).object();
    QCOMPARE(sent.value(QLatin1String("callsFrom")).toString(),
             QStringLiteral("SELECT_PHONE_NUMBERS"));
    QCOMPARE(sent.value(QLatin1String("ringEnabled")).toBool(), true);
    QTRY_COMPARE(list->topLevelItem(0)->text(ExistingCriteriaPanel::SourceColumn),
                 QStringLiteral("Specific numbers"));
    QCOMPARE(list->topLevelItem(0)->text(ExistingCriteriaPanel::ScheduleColumn),
             QStringLiteral("London Business Hours (changed)"));
    QTRY_VERIFY(!sendBar()->createButton()->isEnabled()); // saved: nothing left to save
    QVERIFY(m_fx.find<CriteriaUndo>(QStringLiteral("criteriaUndo"))->stack()->isClean());
}

void TestSequentialRingWorkflow::pickTurnOnCreateEditUndoSave()
{
    for (void (TestSequentialRingWorkflow::*step)() :
         {&TestSequentialRingWorkflow::pickBoardroom,
          &TestSequentialRingWorkflow::turnOnWithTwoNumbers,
          &TestSequentialRingWorkflow::createDuringBusinessHours,
          &TestSequentialRingWorkflow::editUndoAndSave}) {
        (this->*step)();
        if (QTest::currentTestFailed())
            return;
    }
    m_window->close(); // everything saved: no question
    QVERIFY(!m_window->isVisible());
}

QTEST_MAIN(TestSequentialRingWorkflow)
#include "tst_sequentialringworkflow.moc"
