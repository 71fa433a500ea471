// Undo and redo in the window: every edit of the criteria form and of the ring settings is
// a step, typing merges per word, and a load starts the stack clean.
#include "criteriaundo.h"
#include "ringsettingsdialog.h"
#include "sandboxfixture.h"
#include "seedcriteria.h"
#include "sequentialringsettingsmodel.h"
#include "windowtest.h"

#include <QAction>
#include <QUndoStack>

using namespace seqring;
using namespace seqring::test;
using namespace sandboxtest;

class TestUndo : public WindowTest
{
    Q_OBJECT
private Q_SLOTS:
    void init() { QVERIFY(startWindow()); }
    void cleanup() { stopWindow(); }
    void typingUndoesAWordAtATime();
    void togglesAndKeyboard();
    void aLoadStartsClean();
    void ringSettingsUndo();

private:
    CriteriaUndo *undo() const { return m_fx.find<CriteriaUndo>(QStringLiteral("criteriaUndo")); }
};

void TestUndo::typingUndoesAWordAtATime()
{
    clickToggle(find<QCheckBox>("onlyDuringScheduleCheck"));
    auto *name = find<QComboBox>("scheduleNameCombo");
    name->lineEdit()->clear();
    QTest::keyClicks(name->lineEdit(), QStringLiteral("Business Vacation"));
    QCOMPARE(model()->scheduleName(), QStringLiteral("Business Vacation"));
    QSignalSpy names(model(), &CriteriaModel::scheduleNameChanged);
    QUndoStack *stack = undo()->stack();
    QCOMPARE(stack->count(), 3); // the check box, "Business ", "Vacation"
    undo()->undoAction()->trigger();
    QCOMPARE(model()->scheduleName(), QStringLiteral("Business "));
    QCOMPARE(name->currentText(), QStringLiteral("Business "));
    QVERIFY(!names.isEmpty());
    undo()->undoAction()->trigger();
    QCOMPARE(model()->scheduleName(), QString());
    QVERIFY(model()->hasSchedule());
    undo()->undoAction()->trigger();
    QVERIFY(!model()->hasSchedule());
    QVERIFY(!undo()->undoAction()->isEnabled());
    undo()->redoAction()->trigger();
    undo()->redoAction()->trigger();
    undo()->redoAction()->trigger();
    QVERIFY(model()->hasSchedule());
    QCOMPARE(model()->scheduleName(), QStringLiteral("Business Vacation"));
    QVERIFY(!undo()->redoAction()->isEnabled());
}

void TestUndo::togglesAndKeyboard()
{
    auto *ring = find<QCheckBox>("ringEnabledCheck");
    QSignalSpy rings(model(), &CriteriaModel::ringEnabledChanged);
    clickToggle(ring);
    clickToggle(find<QRadioButton>("selectNumbersRadio"));
    QVERIFY(!model()->ringEnabled());
    QCOMPARE(model()->callsFrom(), CallsFrom::SelectPhoneNumbers);
    ring->setFocus();
    QTest::keyClick(ring, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(model()->callsFrom(), CallsFrom::AnyPhoneNumber);
    QVERIFY(!model()->ringEnabled());
    QTest::keyClick(ring, Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(model()->ringEnabled());
    QVERIFY(ring->isChecked());
    QTest::keyClick(ring, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(!model()->ringEnabled());
    QCOMPARE(rings.last().first().toBool(), false); // the model announced the redo
    QCOMPARE(undo()->undoAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Z));
    QCOMPARE(undo()->redoAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
}

void TestUndo::aLoadStartsClean()
{
    clickToggle(find<QCheckBox>("ringEnabledCheck"));
    QCOMPARE(undo()->stack()->count(), 1);
    model()->setCriteria(documentedSeed()); // as Use as template and Open draft do
    QCOMPARE(undo()->stack()->count(), 0);
    QVERIFY(!undo()->undoAction()->isEnabled());
    clickToggle(find<QCheckBox>("anonymousCheck"));
    undo()->undoAction()->trigger();
    QCOMPARE(model()->criteria(), documentedSeed()); // back to the load, not before it
}

void TestUndo::ringSettingsUndo()
{
    typeWorkspaceId(londonBoardroom());
    QVERIFY(settle());
    QTest::keyClick(m_window, Qt::Key_R, Qt::ControlModifier);
    RingSettingsDialog *dialog = waitForShown<RingSettingsDialog>("ringSettingsDialog");
    QVERIFY(dialog);
    SequentialRingSettingsModel *m = dialog->model();
    QSignalSpy changed(m, &SequentialRingSettingsModel::changed);
    clickToggle(dialog->findChild<QCheckBox *>(QStringLiteral("enableRingCheck")));
    auto *number = dialog->findChild<QLineEdit *>(QStringLiteral("ringNumberEdit1"));
    QTest::keyClicks(number, QStringLiteral("+44 2071838750"));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("moveDownButton1")),
                      Qt::LeftButton);
    QCOMPARE(m->number(1), QStringLiteral("+44 2071838750"));
    QUndoStack *stack = dialog->undo()->stack();
    QCOMPARE(stack->count(), 4); // on, "+44 ", "2071838750", moved
    stack->undo();
    QCOMPARE(m->number(0), QStringLiteral("+44 2071838750"));
    stack->undo();
    QCOMPARE(m->number(0), QStringLiteral("+44 "));
    QCOMPARE(number->text(), QStringLiteral("+44 "));
    stack->undo();
    stack->undo();
    QVERIFY(!m->enabled());
    QVERIFY(m->number(0).isEmpty());
    const int before = int(changed.size());
    stack->redo();
    QVERIFY(m->enabled());
    QVERIFY(changed.size() > before);
    QVERIFY(dialog->findChild<QCheckBox *>(QStringLiteral("enableRingCheck"))->isChecked());
}

QTEST_MAIN(TestUndo)
#include "tst_undo.moc"
