// CriteriaForm: enabling, two-way binding with its model, schedule suggestions, and a form
// that outlives its model. Wording, keyboard, markers and focus: tst_criteriaformguidance.
#include "tests/common/criteriaformtest.h"
#include "ui/phonenumberseditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QRadioButton>
#include <QSignalSpy>

using namespace seqring;
using namespace seqring::test;

class TestCriteriaForm : public CriteriaFormTest
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void scheduleFieldsFollowCheck();
    void phoneEditorFollowsCallsFrom();
    void anyNumberKeepsNumbers();
    void modelToWidgets();
    void widgetsToModel_data();
    void widgetsToModel();
    void scheduleNameTypedKeepsCursor();
    void scheduleSuggestions();
    void outlivesItsModel();
};

void TestCriteriaForm::init()
{
    QVERIFY(startForm());
}

void TestCriteriaForm::cleanup()
{
    stopForm();
}

void TestCriteriaForm::scheduleFieldsFollowCheck()
{
    auto *check = child<QCheckBox>("onlyDuringScheduleCheck");
    auto *name = child<QComboBox>("scheduleNameCombo");
    auto *type = child<QComboBox>("scheduleTypeCombo");
    QVERIFY(!check->isChecked());
    QVERIFY(!name->isEnabled());
    QVERIFY(!type->isEnabled());
    click(check);
    QVERIFY(m_model->hasSchedule());
    QVERIFY(name->isEnabled());
    QVERIFY(type->isEnabled());
    click(check);
    QVERIFY(!m_model->hasSchedule());
    QVERIFY(!name->isEnabled());
    QVERIFY(!type->isEnabled());
    QCOMPARE(child<QLabel>("scheduleLevelLabel")->text(),
             QStringLiteral("Location schedule (GROUP)"));
}

void TestCriteriaForm::phoneEditorFollowsCallsFrom()
{
    auto *any = child<QRadioButton>("anyNumberRadio");
    auto *select = child<QRadioButton>("selectNumbersRadio");
    QWidget *const dependents[] = {
        child<QWidget>("addNumberEdit"),    child<QWidget>("addNumberButton"),
        child<QWidget>("phoneNumbersList"), child<QWidget>("defaultRegionCombo"),
        child<QWidget>("anonymousCheck"),   child<QWidget>("unavailableCheck")};
    QVERIFY(any->isChecked());
    for (QWidget *w : dependents)
        QVERIFY2(!w->isEnabled(), qPrintable(w->objectName()));
    click(select);
    QCOMPARE(m_model->callsFrom(), CallsFrom::SelectPhoneNumbers);
    for (QWidget *w : dependents)
        QVERIFY2(w->isEnabled(), qPrintable(w->objectName()));
    click(any);
    QCOMPARE(m_model->callsFrom(), CallsFrom::AnyPhoneNumber);
    for (QWidget *w : dependents)
        QVERIFY2(!w->isEnabled(), qPrintable(w->objectName()));
    QVERIFY(child<QCheckBox>("ringEnabledCheck")->isEnabled());
}

void TestCriteriaForm::anyNumberKeepsNumbers()
{
    click(child<QRadioButton>("selectNumbersRadio"));
    auto *edit = child<QLineEdit>("addNumberEdit");
    QTest::keyClicks(edit, QStringLiteral("+44 20 7183 8750"));
    QTest::keyClick(edit, Qt::Key_Return);
    QTest::keyClicks(edit, QStringLiteral("+1 650 253 0000"));
    QTest::keyClick(edit, Qt::Key_Return);
    auto *list = child<QListView>("phoneNumbersList");
    QCOMPARE(list->model()->rowCount(), 2);
    click(child<QRadioButton>("anyNumberRadio"));
    QCOMPARE(list->model()->rowCount(), 2);
    QVERIFY(!list->isEnabled());
    click(child<QRadioButton>("selectNumbersRadio"));
    QVERIFY(list->isEnabled());
    QCOMPARE(list->model()->rowCount(), 2);
    QCOMPARE(m_model->criteria().phoneNumbers,
             (QStringList{QStringLiteral("+442071838750"), QStringLiteral("+16502530000")}));
}

void TestCriteriaForm::modelToWidgets()
{
    Criteria criteria;
    criteria.schedule =
        Schedule{QStringLiteral("Office hours"), ScheduleType::Holidays, ScheduleLevel::Group};
    criteria.callsFrom = CallsFrom::SelectPhoneNumbers;
    criteria.anonymousCallersEnabled = true;
    criteria.unavailableCallersEnabled = true;
    criteria.phoneNumbers = {QStringLiteral("+442071838750"), QStringLiteral("+16502530000")};
    criteria.ringEnabled = false;
    QSignalSpy validation(m_model, &CriteriaModel::validationChanged);
    m_model->setCriteria(criteria);
    QCOMPARE(validation.size(), 1); // no feedback from the widgets
    QVERIFY(child<QCheckBox>("onlyDuringScheduleCheck")->isChecked());
    QCOMPARE(child<QComboBox>("scheduleNameCombo")->currentText(), QStringLiteral("Office hours"));
    QCOMPARE(child<QComboBox>("scheduleTypeCombo")->currentText(), QStringLiteral("Holidays"));
    QVERIFY(child<QRadioButton>("selectNumbersRadio")->isChecked());
    QVERIFY(!child<QRadioButton>("anyNumberRadio")->isChecked());
    QVERIFY(child<QCheckBox>("anonymousCheck")->isChecked());
    QVERIFY(child<QCheckBox>("unavailableCheck")->isChecked());
    QVERIFY(!child<QCheckBox>("ringEnabledCheck")->isChecked());
    auto *list = child<QListView>("phoneNumbersList");
    QCOMPARE(list->model()->rowCount(), 2);
    QTRY_VERIFY(list->visualRect(list->model()->index(1, 0)).isValid());
    QCOMPARE(child<QLabel>("numberCounterLabel")->text(), QStringLiteral("2 / 12"));
    QCOMPARE(m_model->criteria(), criteria); // the widgets wrote nothing back

    // And back to a criteria without schedule, type unset elsewhere.
    m_model->setCriteria(Criteria{});
    QVERIFY(!child<QCheckBox>("onlyDuringScheduleCheck")->isChecked());
    QVERIFY(child<QRadioButton>("anyNumberRadio")->isChecked());
    QVERIFY(child<QCheckBox>("ringEnabledCheck")->isChecked());
    QCOMPARE(list->model()->rowCount(), 0);
    m_model->setScheduleType(std::nullopt);
    QCOMPARE(child<QComboBox>("scheduleTypeCombo")->currentIndex(), -1);
}

void TestCriteriaForm::widgetsToModel_data()
{
    QTest::addColumn<QString>("widget");
    QTest::addColumn<QByteArray>("property");
    QTest::addColumn<QVariant>("expected");
    QTest::newRow("schedule") << QStringLiteral("onlyDuringScheduleCheck")
                              << QByteArray("hasSchedule") << QVariant(true);
    QTest::newRow("select numbers")
        << QStringLiteral("selectNumbersRadio") << QByteArray("callsFrom")
        << QVariant(int(CallsFrom::SelectPhoneNumbers));
    QTest::newRow("anonymous") << QStringLiteral("anonymousCheck")
                               << QByteArray("anonymousCallersEnabled") << QVariant(true);
    QTest::newRow("unavailable") << QStringLiteral("unavailableCheck")
                                 << QByteArray("unavailableCallersEnabled") << QVariant(true);
    QTest::newRow("ring") << QStringLiteral("ringEnabledCheck") << QByteArray("ringEnabled")
                          << QVariant(false);
    QTest::newRow("schedule name")
        << QStringLiteral("scheduleNameCombo") << QByteArray("scheduleName")
        << QVariant(QStringLiteral("Office"));
    QTest::newRow("schedule type")
        << QStringLiteral("scheduleTypeCombo") << QByteArray("scheduleType")
        << QVariant(int(ScheduleType::BusinessHours));
    QTest::newRow("region") << QStringLiteral("defaultRegionCombo") << QByteArray("defaultRegion")
                            << QVariant(QStringLiteral("GB"));
}

void TestCriteriaForm::widgetsToModel()
{
    QFETCH(QString, widget);
    QFETCH(QByteArray, property);
    QFETCH(QVariant, expected);
    // Everything the field needs to be enabled.
    m_model->setHasSchedule(true);
    m_model->setCallsFrom(CallsFrom::SelectPhoneNumbers);
    if (widget == QLatin1String("onlyDuringScheduleCheck"))
        m_model->setHasSchedule(false);
    if (widget == QLatin1String("selectNumbersRadio"))
        m_model->setCallsFrom(CallsFrom::AnyPhoneNumber);
    QWidget *w = m_form->findChild<QWidget *>(widget);
    QVERIFY(w && w->isEnabled());
    QVERIFY(m_model->property(property.constData()) != expected);
    if (auto *button = qobject_cast<QAbstractButton *>(w)) {
        click(button);
    } else if (auto *combo = qobject_cast<QComboBox *>(w); combo && combo->isEditable()) {
        QTest::keyClicks(combo->lineEdit(), expected.toString());
    } else if (combo) {
        const int index = widget == QLatin1String("defaultRegionCombo")
                              ? combo->findData(expected)
                              : combo->findData(expected.toInt());
        QVERIFY(index >= 0);
        combo->setFocus();
        // Keyboard choice: Home, then Down to the wanted item.
        combo->setCurrentIndex(0);
        for (int i = 0; i < index; ++i)
            QTest::keyClick(combo, Qt::Key_Down);
        QCOMPARE(combo->currentIndex(), index);
    }
    QCOMPARE(m_model->property(property.constData()), expected);
}

void TestCriteriaForm::scheduleNameTypedKeepsCursor()
{
    m_model->setHasSchedule(true);
    auto *combo = child<QComboBox>("scheduleNameCombo");
    QTest::keyClicks(combo->lineEdit(), QStringLiteral("Ofice"));
    for (int i = 0; i < 3; ++i)
        QTest::keyClick(combo->lineEdit(), Qt::Key_Left);
    QTest::keyClicks(combo->lineEdit(), QStringLiteral("f"));
    QCOMPARE(m_model->scheduleName(), QStringLiteral("Office"));
    QCOMPARE(combo->lineEdit()->cursorPosition(), 3); // the model's echo did not move it
}

void TestCriteriaForm::scheduleSuggestions()
{
    m_model->setHasSchedule(true);
    m_model->setScheduleName(QStringLiteral("Typed by hand"));
    m_form->setScheduleSuggestions({{QStringLiteral("Office hours"), ScheduleType::BusinessHours},
                                    {QStringLiteral("Bank holidays"), ScheduleType::Holidays}});
    auto *combo = child<QComboBox>("scheduleNameCombo");
    QCOMPARE(combo->count(), 2);
    QCOMPARE(m_model->scheduleName(), QStringLiteral("Typed by hand")); // not replaced
    QCOMPARE(combo->currentText(), QStringLiteral("Typed by hand"));
    QVERIFY(!m_model->scheduleType().has_value());

    QSignalSpy activated(combo, &QComboBox::activated);
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Down);
    QTest::keyClick(combo, Qt::Key_Down);
    QVERIFY(activated.size() >= 1);
    QCOMPARE(m_model->scheduleName(), QStringLiteral("Bank holidays"));
    QCOMPARE(m_model->scheduleType(), std::optional<ScheduleType>(ScheduleType::Holidays));
    QCOMPARE(child<QComboBox>("scheduleTypeCombo")->currentText(), QStringLiteral("Holidays"));
    QTest::keyClick(combo, Qt::Key_Up);
    QCOMPARE(m_model->scheduleName(), QStringLiteral("Office hours"));
    QCOMPARE(m_model->scheduleType(), std::optional<ScheduleType>(ScheduleType::BusinessHours));
}

void TestCriteriaForm::outlivesItsModel()
{
    delete m_model;
    m_model = nullptr;
    click(child<QCheckBox>("onlyDuringScheduleCheck"));
    click(child<QRadioButton>("selectNumbersRadio"));
    child<QComboBox>("scheduleTypeCombo")->setCurrentIndex(1);
    m_form->setScheduleSuggestions({{QStringLiteral("Office hours"), ScheduleType::BusinessHours}});
    m_form->focusField(Field::ScheduleName);
    QCOMPARE(m_list->count(), 1);
}

QTEST_MAIN(TestCriteriaForm)
#include "tst_criteriaform.moc"
