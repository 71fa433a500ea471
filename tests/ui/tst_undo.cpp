// Undo and redo in the window: every edit of the criteria form and of the ring settings is
// a step, typing merges per word, and a load starts the stack clean. Ctrl+Z pressed in a
// text field goes to one history: the stack's for the fields it records, the field's own
// for Add number until its number is added, and the field's own for the target panel.
#include "models/sequentialringsettingsmodel.h"
#include "tests/common/sandboxfixture.h"
#include "tests/common/seedcriteria.h"
#include "tests/common/windowtest.h"
#include "ui/criteriaundo.h"
#include "ui/ringsettingsdialog.h"

#include <QAction>
#include <QApplication>
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
    void ctrlZInScheduleNameIsTheStacks();
    void ctrlZInAddNumberIsTheFieldsFirst();
    void ctrlZInTheTargetPanelIsTheFields();
    void ctrlZInARingNumberIsTheStacks();

private:
    // Focuses `field` and sends keys as a person would (shortcut override, then key press).
    static void press(QWidget *field, Qt::KeyboardModifiers modifiers)
    {
        QTest::keyClick(field, Qt::Key_Z, modifiers);
    }
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

void TestUndo::ctrlZInScheduleNameIsTheStacks()
{
    clickToggle(find<QCheckBox>("onlyDuringScheduleCheck"));
    auto *name = find<QComboBox>("scheduleNameCombo");
    name->setFocus();
    QVERIFY(QTest::qWaitFor([name] { return name->hasFocus(); }));
    name->lineEdit()->clear();
    QWidget *focused = QApplication::focusWidget();
    QTest::keyClicks(focused, QStringLiteral("Business Vacation"));
    QCOMPARE(model()->scheduleName(), QStringLiteral("Business Vacation"));
    QUndoStack *stack = undo()->stack();
    const int steps = stack->count();
    press(QApplication::focusWidget(), Qt::ControlModifier);
    QCOMPARE(model()->scheduleName(), QStringLiteral("Business ")); // a word, not a letter
    QCOMPARE(name->currentText(), QStringLiteral("Business "));
    QCOMPARE(stack->count(), steps); // undone on the stack, no new step from the field
    QCOMPARE(stack->index(), steps - 1);
    press(QApplication::focusWidget(), Qt::ControlModifier);
    QCOMPARE(model()->scheduleName(), QString());
    press(QApplication::focusWidget(), Qt::ControlModifier | Qt::ShiftModifier);
    press(QApplication::focusWidget(), Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(model()->scheduleName(), QStringLiteral("Business Vacation"));
    QCOMPARE(name->currentText(), QStringLiteral("Business Vacation"));
    QCOMPARE(stack->index(), steps);
}

void TestUndo::ctrlZInAddNumberIsTheFieldsFirst()
{
    clickToggle(find<QRadioButton>("selectNumbersRadio"));
    auto *add = find<QLineEdit>("addNumberEdit");
    add->setFocus();
    QTest::keyClicks(add, QStringLiteral("+44 20 7183 8750"));
    QTest::keyClick(add, Qt::Key_Return);
    QCOMPARE(model()->criteria().phoneNumbers, QStringList{QStringLiteral("+442071838750")});
    QTest::keyClicks(add, QStringLiteral("+44 20"));
    const int steps = undo()->stack()->count();
    press(add, Qt::ControlModifier); // the field's own typing first
    QVERIFY2(add->text().isEmpty(), qPrintable(add->text()));
    QCOMPARE(model()->criteria().phoneNumbers.size(), 1);
    QCOMPARE(undo()->stack()->count(), steps);
    press(add, Qt::ControlModifier); // nothing left in the field: the number added goes
    QVERIFY(model()->criteria().phoneNumbers.isEmpty());
    press(add, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(model()->criteria().phoneNumbers.size(), 1);
}

void TestUndo::ctrlZInTheTargetPanelIsTheFields()
{
    clickToggle(find<QCheckBox>("ringEnabledCheck"));
    auto *org = find<QLineEdit>("orgIdEdit");
    org->setFocus();
    QTest::keyClicks(org, QStringLiteral("partner-org"));
    QCOMPARE(m_fx.target->orgId(), QStringLiteral("partner-org"));
    press(org, Qt::ControlModifier);
    QVERIFY(org->text().isEmpty());
    QVERIFY(m_fx.target->orgId().isEmpty()); // the TargetModel follows the field
    QVERIFY(!model()->ringEnabled());        // the form's edit stays
    QCOMPARE(undo()->stack()->index(), 1);
}

void TestUndo::ctrlZInARingNumberIsTheStacks()
{
    typeWorkspaceId(londonBoardroom());
    QVERIFY(settle());
    QTest::keyClick(m_window, Qt::Key_R, Qt::ControlModifier);
    RingSettingsDialog *dialog = waitForShown<RingSettingsDialog>("ringSettingsDialog");
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    auto *number = dialog->findChild<QLineEdit *>(QStringLiteral("ringNumberEdit1"));
    number->setFocus();
    QTest::keyClicks(number, QStringLiteral("+44 2071838750"));
    QUndoStack *stack = dialog->undo()->stack();
    QCOMPARE(stack->count(), 2);
    press(number, Qt::ControlModifier);
    QCOMPARE(dialog->model()->number(0), QStringLiteral("+44 "));
    QCOMPARE(number->text(), QStringLiteral("+44 "));
    QCOMPARE(stack->count(), 2);
    press(number, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(dialog->model()->number(0), QStringLiteral("+44 2071838750"));
    QCOMPARE(undo()->stack()->count(), 0); // the window's form is not touched
}

QTEST_MAIN(TestUndo)
#include "tst_undo.moc"
