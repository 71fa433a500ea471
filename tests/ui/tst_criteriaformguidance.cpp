// CriteriaForm: what guides a user through it: wording, mnemonics, buddies, tab order, the
// markers beside fields with issues (and the decorator for fields outside the form), and
// the validation list focusing the field of an issue.
#include "app/signin/tokenprovider.h"
#include "app/signin/tokenstore.h"
#include "app/workspace/targetmodel.h"
#include "tests/common/criteriaformtest.h"
#include "ui/fieldmarker.h"
#include "ui/phonenumberseditor.h"
#include "ui/validationdecorator.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QRadioButton>

using namespace seqring;
using namespace seqring::test;

Q_DECLARE_METATYPE(seqring::Field)

class TestCriteriaFormGuidance : public CriteriaFormTest
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
    void fieldMarkersShowIssues();
    void decoratorMarksOutsideFields();
    void validationListFocusesField_data();
    void validationListFocusesField();
};

static QString plain(QString text)
{
    return text.remove(QLatin1Char('&'));
}

void TestCriteriaFormGuidance::init()
{
    QVERIFY(startForm());
}

void TestCriteriaFormGuidance::cleanup()
{
    stopForm();
}

void TestCriteriaFormGuidance::productWording_data()
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

void TestCriteriaFormGuidance::productWording()
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

void TestCriteriaFormGuidance::mnemonicsAreUnique()
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

void TestCriteriaFormGuidance::labelsHaveBuddies()
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

void TestCriteriaFormGuidance::tabOrderFollowsLayout()
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

void TestCriteriaFormGuidance::tabKeyWalksTheFields()
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

void TestCriteriaFormGuidance::fieldMarkersShowIssues()
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

void TestCriteriaFormGuidance::decoratorMarksOutsideFields()
{
    // How the main window marks the fields outside the form.
    auto *workspace = new QLineEdit(m_window);
    workspace->setAccessibleDescription(QStringLiteral("The workspace to add the criteria to."));
    auto *marker = new FieldMarker(m_window);
    m_window->layout()->addWidget(workspace);
    m_window->layout()->addWidget(marker);
    // The workspace is the TargetModel's fact, so its issues come from the TargetModel.
    TokenStore store(QStringLiteral("seqring-admin-tests"));
    TokenProvider tokens(&store);
    TargetModel target(&tokens);
    target.setWorkspaceId(QStringLiteral("WS1"));
    ValidationDecorator decorator(&target);
    decorator.addField(Field::WorkspaceId, workspace, marker);
    QCOMPARE(decorator.markerFor(Field::WorkspaceId), marker);
    QVERIFY(!marker->isVisible());
    target.setWorkspaceId(QString());
    QVERIFY(marker->isVisible());
    const QString message = target.issuesFor(Field::WorkspaceId).first().message;
    QCOMPARE(marker->toolTip(), message);
    QVERIFY(workspace->accessibleDescription().startsWith(QStringLiteral("The workspace")));
    QVERIFY(workspace->accessibleDescription().endsWith(message));
    target.setWorkspaceId(QStringLiteral("WS2"));
    QVERIFY(!marker->isVisible());
    QCOMPARE(workspace->accessibleDescription(),
             QStringLiteral("The workspace to add the criteria to."));
    delete marker; // markers may go before the decorator
    target.setWorkspaceId(QString());
}

void TestCriteriaFormGuidance::validationListFocusesField_data()
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

void TestCriteriaFormGuidance::validationListFocusesField()
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

QTEST_MAIN(TestCriteriaFormGuidance)
#include "tst_criteriaformguidance.moc"
