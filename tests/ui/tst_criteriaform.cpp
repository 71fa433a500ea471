// CriteriaForm: wording, mnemonics, tab order, enabling, two-way binding, markers, focus.
#include "criteriaform.h"
#include "criteriamodel.h"
#include "fieldmarker.h"
#include "phonenumberseditor.h"
#include "session.h"
#include "tokenprovider.h"
#include "tokenstore.h"
#include "validationdecorator.h"
#include "validationlist.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTest>
#include <QVBoxLayout>

using namespace seqring;

Q_DECLARE_METATYPE(seqring::Field)

class TestCriteriaForm : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void productWording_data();
    void productWording();
    void mnemonicsAreUnique();
    void labelsHaveBuddies();
    void tabOrderFollowsLayout();
    void tabKeyWalksTheFields();
    void scheduleFieldsFollowCheck();
    void phoneEditorFollowsCallsFrom();
    void anyNumberKeepsNumbers();
    void modelToWidgets();
    void widgetsToModel_data();
    void widgetsToModel();
    void scheduleNameTypedKeepsCursor();
    void scheduleSuggestions();
    void fieldMarkersShowIssues();
    void decoratorMarksOutsideFields();
    void validationListFocusesField_data();
    void validationListFocusesField();
    void outlivesItsModel();

private:
    template <typename T> T *child(const char *name) const
    {
        T *widget = m_form->findChild<T *>(QLatin1String(name));
        if (!widget)
            qWarning("no widget %s", name);
        return widget;
    }

    CriteriaModel *m_model = nullptr;
    QWidget *m_window = nullptr;
    CriteriaForm *m_form = nullptr;
    ValidationList *m_list = nullptr;
};

static QString plain(QString text)
{
    return text.remove(QLatin1Char('&'));
}

// Clicks a check box or radio button on its indicator, where a user would (its centre
// may be empty space when the button spans a wide layout cell).
static void click(QAbstractButton *button)
{
    QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(8, button->height() / 2));
}

void TestCriteriaForm::init()
{
    m_model = new CriteriaModel;
    m_window = new QWidget;
    auto *layout = new QVBoxLayout(m_window);
    m_form = new CriteriaForm(m_model, m_window);
    m_list = new ValidationList(m_model, m_window);
    layout->addWidget(m_form);
    layout->addWidget(m_list);
    connect(m_list, &ValidationList::issueActivated, m_form, &CriteriaForm::focusField);
    m_window->resize(640, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void TestCriteriaForm::cleanup()
{
    delete m_window;
    delete m_model;
}

void TestCriteriaForm::productWording_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("text");
    const auto row = [](const char *name, const char *text) {
        QTest::newRow(name) << QString::fromLatin1(name) << QString::fromUtf8(text);
    };
    row("onlyDuringScheduleCheck", "Only during a schedule");
    row("scheduleNameLabel", "Schedule name");
    row("scheduleTypeLabel", "Schedule type");
    row("scheduleLevelLabel", "Location schedule (GROUP)");
    row("anyNumberRadio", "Any phone number");
    row("selectNumbersRadio", "Select phone numbers");
    row("addNumberButton", "Add");
    row("removeNumberButton", "Remove");
    row("anonymousCheck", "Private (anonymous) callers");
    row("unavailableCheck", "Unavailable callers");
    row("ringEnabledCheck", "Ring sequentially for matching calls");
    row("callsFromGroup", "Calls from");
}

void TestCriteriaForm::productWording()
{
    QFETCH(QString, name);
    QFETCH(QString, text);
    QWidget *widget = m_form->findChild<QWidget *>(name);
    QVERIFY(widget);
    QString shown;
    if (auto *label = qobject_cast<QLabel *>(widget))
        shown = label->text();
    else if (auto *button = qobject_cast<QAbstractButton *>(widget))
        shown = button->text();
    else if (auto *group = qobject_cast<QGroupBox *>(widget))
        shown = group->title();
    QCOMPARE(plain(shown), text);
    // The type combo offers both types and shows a placeholder while unset.
    auto *type = child<QComboBox>("scheduleTypeCombo");
    QCOMPARE(type->count(), 2);
    QCOMPARE(type->itemText(0), QStringLiteral("Business hours"));
    QCOMPARE(type->itemText(1), QStringLiteral("Holidays"));
    QCOMPARE(type->currentIndex(), -1);
    QVERIFY(!type->placeholderText().isEmpty());
    // The ringing hint is visible.
    QVERIFY(child<QLabel>("ringHintLabel")->isVisible());
    QVERIFY(child<QLabel>("ringHintLabel")->text().contains(QStringLiteral("priority")));
}

void TestCriteriaForm::mnemonicsAreUnique()
{
    QHash<QChar, QString> seen;
    const QList<QWidget *> widgets = m_form->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        QString text;
        if (auto *label = qobject_cast<QLabel *>(widget); label && label->buddy())
            text = label->text();
        else if (auto *button = qobject_cast<QAbstractButton *>(widget))
            text = button->text();
        const qsizetype at = text.indexOf(QLatin1Char('&'));
        if (at < 0 || at + 1 >= text.size())
            continue;
        const QChar key = text.at(at + 1).toLower();
        QVERIFY2(!seen.contains(key),
                 qPrintable(QStringLiteral("%1 and %2 share &%3").arg(seen.value(key), text, key)));
        seen.insert(key, text);
    }
    QVERIFY(seen.size() >= 12);
}

void TestCriteriaForm::labelsHaveBuddies()
{
    const char *inputs[] = {"scheduleNameCombo", "scheduleTypeCombo", "addNumberEdit",
                            "phoneNumbersList", "defaultRegionCombo"};
    const QList<QLabel *> labels = m_form->findChildren<QLabel *>();
    for (const char *name : inputs) {
        QWidget *input = m_form->findChild<QWidget *>(QLatin1String(name));
        QVERIFY(input);
        const bool hasBuddy = std::any_of(labels.cbegin(), labels.cend(),
                                          [input](QLabel *l) { return l->buddy() == input; });
        QVERIFY2(hasBuddy || !input->accessibleName().isEmpty(), name);
    }
}

void TestCriteriaForm::tabOrderFollowsLayout()
{
    m_model->setHasSchedule(true);
    m_model->setCallsFrom(CallsFrom::SelectPhoneNumbers);
    const QStringList expected = {
        QStringLiteral("onlyDuringScheduleCheck"), QStringLiteral("scheduleNameCombo"),
        QStringLiteral("scheduleTypeCombo"),       QStringLiteral("anyNumberRadio"),
        QStringLiteral("selectNumbersRadio"),      QStringLiteral("addNumberEdit"),
        QStringLiteral("addNumberButton"),         QStringLiteral("phoneNumbersList"),
        QStringLiteral("removeNumberButton"),      QStringLiteral("defaultRegionCombo"),
        QStringLiteral("anonymousCheck"),          QStringLiteral("unavailableCheck"),
        QStringLiteral("ringEnabledCheck")};
    // Walk the focus chain from the first field and keep the named tab stops.
    QWidget *start = child<QWidget>("onlyDuringScheduleCheck");
    QStringList order;
    QWidget *w = start;
    do {
        if (m_form->isAncestorOf(w) && (w->focusPolicy() & Qt::TabFocus) && !w->focusProxy() &&
            expected.contains(w->objectName()))
            order.append(w->objectName());
        w = w->nextInFocusChain();
    } while (w != start && order.size() < expected.size() + 5);
    QCOMPARE(order, expected);
}

void TestCriteriaForm::tabKeyWalksTheFields()
{
    m_model->setHasSchedule(true);
    m_model->setCallsFrom(CallsFrom::SelectPhoneNumbers);
    m_model->phoneNumbers()->setTyped({QStringLiteral("+442071838750")});
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    QWidget *first = child<QWidget>("onlyDuringScheduleCheck");
    first->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(first->hasFocus());
    QStringList order{first->objectName()};
    for (int i = 0; i < 14; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget *focus = QApplication::focusWidget();
        if (!focus || !m_form->isAncestorOf(focus))
            break;
        order.append(focus->objectName());
    }
    // The radio buttons are one tab stop (Qt moves between them with the arrow keys);
    // Remove is skipped while no number is selected.
    QCOMPARE(order,
             (QStringList{QStringLiteral("onlyDuringScheduleCheck"),
                          QStringLiteral("scheduleNameCombo"), QStringLiteral("scheduleTypeCombo"),
                          QStringLiteral("anyNumberRadio"), QStringLiteral("addNumberEdit"),
                          QStringLiteral("addNumberButton"), QStringLiteral("phoneNumbersList"),
                          QStringLiteral("defaultRegionCombo"), QStringLiteral("anonymousCheck"),
                          QStringLiteral("unavailableCheck"), QStringLiteral("ringEnabledCheck")}));
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

void TestCriteriaForm::fieldMarkersShowIssues()
{
    auto *marker = child<FieldMarker>("scheduleNameMarker");
    auto *combo = child<QComboBox>("scheduleNameCombo");
    QVERIFY(!marker->isVisible());
    QVERIFY(combo->accessibleDescription().isEmpty());
    click(child<QCheckBox>("onlyDuringScheduleCheck"));
    const ValidationIssues issues = m_model->issuesFor(Field::ScheduleName);
    QCOMPARE(issues.size(), 1);
    QVERIFY(marker->isVisible());
    QVERIFY(!marker->pixmap().isNull());
    QCOMPARE(marker->toolTip(), issues.first().message);
    QCOMPARE(combo->accessibleDescription(), issues.first().message);
    QVERIFY(child<FieldMarker>("scheduleTypeMarker")->isVisible());
    QCOMPARE(m_form->markerFor(Field::ScheduleName), marker);

    QTest::keyClicks(combo->lineEdit(), QStringLiteral("Office"));
    QVERIFY(!marker->isVisible());
    QVERIFY(combo->accessibleDescription().isEmpty());

    // A phone-number issue shows beside the list and in the list's description.
    click(child<QRadioButton>("selectNumbersRadio"));
    auto *phoneMarker = child<FieldMarker>("phoneNumbersMarker");
    QVERIFY(phoneMarker->isVisible()); // no numbers and no caller option yet
    const QString message = m_model->issuesFor(Field::PhoneNumbers).first().message;
    QVERIFY(phoneMarker->toolTip().contains(message));
    QVERIFY(child<QListView>("phoneNumbersList")->accessibleDescription().contains(message));
    click(child<QCheckBox>("anonymousCheck"));
    QVERIFY(!phoneMarker->isVisible());
}

void TestCriteriaForm::decoratorMarksOutsideFields()
{
    // How the main window marks the fields outside the form.
    auto *workspace = new QLineEdit(m_window);
    workspace->setAccessibleDescription(QStringLiteral("The workspace to add the criteria to."));
    auto *marker = new FieldMarker(m_window);
    m_window->layout()->addWidget(workspace);
    m_window->layout()->addWidget(marker);
    // The workspace is the Session's fact, so its issues come from the Session.
    TokenStore store(QStringLiteral("seqring-admin-tests"));
    TokenProvider tokens(&store);
    Session session(&tokens);
    session.setWorkspaceId(QStringLiteral("WS1"));
    ValidationDecorator decorator(&session);
    decorator.addField(Field::WorkspaceId, workspace, marker);
    QCOMPARE(decorator.markerFor(Field::WorkspaceId), marker);
    QVERIFY(!marker->isVisible());
    session.setWorkspaceId(QString());
    QVERIFY(marker->isVisible());
    const QString message = session.issuesFor(Field::WorkspaceId).first().message;
    QCOMPARE(marker->toolTip(), message);
    QVERIFY(workspace->accessibleDescription().startsWith(QStringLiteral("The workspace")));
    QVERIFY(workspace->accessibleDescription().endsWith(message));
    session.setWorkspaceId(QStringLiteral("WS2"));
    QVERIFY(!marker->isVisible());
    QCOMPARE(workspace->accessibleDescription(),
             QStringLiteral("The workspace to add the criteria to."));
    delete marker; // markers may go before the decorator
    session.setWorkspaceId(QString());
}

void TestCriteriaForm::validationListFocusesField_data()
{
    QTest::addColumn<Field>("field");
    QTest::addColumn<QString>("widget");
    QTest::addColumn<int>("row");
    QTest::newRow("schedule name")
        << Field::ScheduleName << QStringLiteral("scheduleNameCombo") << -1;
    QTest::newRow("schedule type")
        << Field::ScheduleType << QStringLiteral("scheduleTypeCombo") << -1;
    QTest::newRow("phone row") << Field::PhoneNumbers << QStringLiteral("phoneNumbersList") << 1;
}

void TestCriteriaForm::validationListFocusesField()
{
    QFETCH(Field, field);
    QFETCH(QString, widget);
    QFETCH(int, row);
    m_model->setHasSchedule(true);
    m_model->setCallsFrom(CallsFrom::SelectPhoneNumbers);
    m_model->phoneNumbers()->setTyped({QStringLiteral("+442071838750"), QStringLiteral("12ab")});
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    int entry = -1;
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(ValidationList::FieldRole).toInt() == int(field) &&
            m_list->item(i)->data(ValidationList::RowRole).toInt() == row)
            entry = i;
    }
    QVERIFY(entry >= 0);
    m_list->scrollToItem(m_list->item(entry));
    QTest::mouseClick(m_list->viewport(), Qt::LeftButton, {},
                      m_list->visualItemRect(m_list->item(entry)).center());
    QWidget *target = m_form->findChild<QWidget *>(widget);
    QCOMPARE(m_form->widgetFor(field), target);
    QTRY_VERIFY(target->hasFocus());
    if (row >= 0) {
        auto *list = qobject_cast<QListView *>(target);
        QCOMPARE(list->currentIndex().row(), row);
        QVERIFY(list->selectionModel()->isRowSelected(row, {}));
    }
    // Enter on the entry does the same.
    m_list->setFocus();
    m_list->setCurrentRow(entry);
    QTRY_VERIFY(m_list->hasFocus());
    QTest::keyClick(m_list, Qt::Key_Return);
    QTRY_VERIFY(target->hasFocus());
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
