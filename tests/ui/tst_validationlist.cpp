// ValidationList: one entry per issue, "No problems found.", activation by click and Enter.
#include "app/signin/tokenprovider.h"
#include "app/signin/tokenstore.h"
#include "app/workspace/targetmodel.h"
#include "models/criteriamodel.h"
#include "ui/phonenumberseditor.h"
#include "ui/validationlist.h"

#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

using namespace seqring;

Q_DECLARE_METATYPE(seqring::Field)

class TestValidationList : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void emptyShowsNoProblems();
    void showsEveryIssueWithIcon();
    void activation_data();
    void activation();
    void followsModel();
    void followsSessionAndCriteria();
    void invalidNumberIsListed();

private:
    static ValidationIssues sample()
    {
        return {
            {Field::ScheduleName, Severity::Error, QStringLiteral("Schedule name is empty."), -1},
            {Field::WorkspaceId, Severity::Warning, QStringLiteral("Workspace ID has spaces."), -1},
            {Field::PhoneNumbers, Severity::Error, QStringLiteral("\"12ab\" contains letters."),
             3}};
    }
};

void TestValidationList::initTestCase()
{
    qRegisterMetaType<seqring::Field>();
}

void TestValidationList::emptyShowsNoProblems()
{
    ValidationList list;
    list.show();
    QVERIFY(QTest::qWaitForWindowExposed(&list));
    QCOMPARE(list.count(), 1);
    QCOMPARE(list.item(0)->text(), QStringLiteral("No problems found."));
    QSignalSpy activated(&list, &ValidationList::issueActivated);
    QTest::mouseClick(list.viewport(), Qt::LeftButton, {},
                      list.visualItemRect(list.item(0)).center());
    QTest::keyClick(&list, Qt::Key_Return);
    QCOMPARE(activated.size(), 0);

    list.setIssues(sample());
    list.setIssues({});
    QCOMPARE(list.count(), 1);
    QCOMPARE(list.item(0)->text(), QStringLiteral("No problems found."));
}

void TestValidationList::showsEveryIssueWithIcon()
{
    ValidationList list;
    list.setIssues(sample());
    QCOMPARE(list.count(), 3);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(list.item(i)->text(), sample().at(i).message);
        QVERIFY(!list.item(i)->icon().isNull());
    }
    QCOMPARE(list.item(1)->data(ValidationList::SeverityRole).toInt(), int(Severity::Warning));
    QVERIFY(
        list.item(0)->data(Qt::AccessibleTextRole).toString().startsWith(QStringLiteral("Error")));
    QVERIFY(list.item(1)
                ->data(Qt::AccessibleTextRole)
                .toString()
                .startsWith(QStringLiteral("Warning")));
}

void TestValidationList::activation_data()
{
    QTest::addColumn<int>("entry");
    QTest::addColumn<bool>("byKeyboard");
    QTest::addColumn<Field>("field");
    QTest::addColumn<int>("row");
    for (bool keyboard : {false, true}) {
        const char *how = keyboard ? "Enter" : "click";
        QTest::addRow("%s schedule name", how) << 0 << keyboard << Field::ScheduleName << -1;
        QTest::addRow("%s workspace", how) << 1 << keyboard << Field::WorkspaceId << -1;
        QTest::addRow("%s phone row", how) << 2 << keyboard << Field::PhoneNumbers << 3;
    }
}

void TestValidationList::activation()
{
    QFETCH(int, entry);
    QFETCH(bool, byKeyboard);
    QFETCH(Field, field);
    QFETCH(int, row);
    ValidationList list;
    list.setIssues(sample());
    list.show();
    QVERIFY(QTest::qWaitForWindowExposed(&list));
    QSignalSpy activated(&list, &ValidationList::issueActivated);
    if (byKeyboard) {
        list.setFocus();
        list.setCurrentRow(entry);
        QTest::keyClick(&list, Qt::Key_Return);
    } else {
        QTest::mouseClick(list.viewport(), Qt::LeftButton, {},
                          list.visualItemRect(list.item(entry)).center());
    }
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.at(0).at(0).value<Field>(), field);
    QCOMPARE(activated.at(0).at(1).toInt(), row);
}

void TestValidationList::followsModel()
{
    CriteriaModel model;
    ValidationList list(&model);
    QCOMPARE(list.item(0)->text(), QStringLiteral("No problems found."));
    model.setHasSchedule(true);
    QCOMPARE(list.issues(), model.issues());
    QCOMPARE(list.count(), int(model.issues().size()));
    QVERIFY(list.count() >= 2); // name and type missing
    model.setHasSchedule(false);
    QCOMPARE(list.item(0)->text(), QStringLiteral("No problems found."));
}

void TestValidationList::followsSessionAndCriteria()
{
    // The window's list: the TargetModel's issues (target) first, then the criteria's.
    TokenStore store(QStringLiteral("seqring-admin-tests"));
    TokenProvider tokens(&store);
    TargetModel target(&tokens);
    CriteriaModel model;
    ValidationList list(&target);
    list.addSource(&model);
    const ValidationIssues targetIssues = target.issues();
    QVERIFY(targetIssues.size() >= 2); // no workspace, no token
    QCOMPARE(list.issues(), targetIssues);
    model.setHasSchedule(true);
    QCOMPARE(list.issues(), targetIssues + model.issues());
    QCOMPARE(list.count(), int(targetIssues.size() + model.issues().size()));
    target.setWorkspaceId(QStringLiteral("WS1"));
    QCOMPARE(list.issues(), target.issues() + model.issues());
    QVERIFY(target.issuesFor(Field::WorkspaceId).isEmpty());
    model.setHasSchedule(false);
    QCOMPARE(list.issues(), target.issues());
}

void TestValidationList::invalidNumberIsListed()
{
    CriteriaModel model;
    model.setCallsFrom(CallsFrom::SelectPhoneNumbers);
    PhoneNumbersEditor editor(&model);
    ValidationList list(&model);
    QTest::keyClicks(editor.addNumberEdit(), QStringLiteral("12ab"));
    QTest::keyClick(editor.addNumberEdit(), Qt::Key_Return);
    const QString reason =
        model.phoneNumbers()->index(0).data(PhoneNumberListModel::ProblemRole).toString();
    QVERIFY(!reason.isEmpty());
    QVERIFY(model.hasErrors());
    const QList<QListWidgetItem *> found = list.findItems(reason, Qt::MatchExactly);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first()->data(ValidationList::RowRole).toInt(), 0);
}

QTEST_MAIN(TestValidationList)
#include "tst_validationlist.moc"
