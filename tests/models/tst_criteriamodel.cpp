// CriteriaModel and PhoneNumberListModel: change signals, derived state, validation.
#include "models/criteriamodel.h"
#include "tests/common/seedcriteria.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace seqring;

class TestCriteriaModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void settersEmitOnce_data();
    void settersEmitOnce();
    void phoneSelectionFollowsCallsFrom();
    void numbersKeptButNotSentForAnyNumber();
    void listModelPassesTester();
    void rowsShowTypedAndE164AndReasons();
    void regionChangeRenormalises();
    void validationFollowsEdits();
    void setCriteriaRoundTrip();
    void knownSchedulesWarn();
};

void TestCriteriaModel::settersEmitOnce_data()
{
    QTest::addColumn<QByteArray>("property");
    QTest::addColumn<QVariant>("value");
    QTest::newRow("hasSchedule") << QByteArray("hasSchedule") << QVariant(true);
    QTest::newRow("scheduleName") << QByteArray("scheduleName")
                                  << QVariant(QStringLiteral("Office"));
    QTest::newRow("scheduleType") << QByteArray("scheduleType")
                                  << QVariant(int(ScheduleType::BusinessHours));
    QTest::newRow("callsFrom") << QByteArray("callsFrom")
                               << QVariant(int(CallsFrom::SelectPhoneNumbers));
    QTest::newRow("anonymous") << QByteArray("anonymousCallersEnabled") << QVariant(true);
    QTest::newRow("unavailable") << QByteArray("unavailableCallersEnabled") << QVariant(true);
    QTest::newRow("ringEnabled") << QByteArray("ringEnabled") << QVariant(false);
    QTest::newRow("defaultRegion") << QByteArray("defaultRegion") << QVariant(QStringLiteral("GB"));
}

void TestCriteriaModel::settersEmitOnce()
{
    QFETCH(QByteArray, property);
    QFETCH(QVariant, value);
    CriteriaModel model;
    const QMetaProperty meta =
        model.metaObject()->property(model.metaObject()->indexOfProperty(property.constData()));
    QVERIFY(meta.isValid());
    QVERIFY(meta.hasNotifySignal());
    QSignalSpy notify(&model, meta.notifySignal());
    QSignalSpy validation(&model, &CriteriaModel::validationChanged);
    QVERIFY(model.property(property.constData()) != value);

    QVERIFY(model.setProperty(property.constData(), value));
    QCOMPARE(notify.size(), 1);
    QCOMPARE(validation.size(), 1);
    QCOMPARE(model.property(property.constData()), value);

    QVERIFY(model.setProperty(property.constData(), value));
    QCOMPARE(notify.size(), 1);
    QCOMPARE(validation.size(), 1);
}

void TestCriteriaModel::phoneSelectionFollowsCallsFrom()
{
    CriteriaModel model;
    QVERIFY(!model.phoneSelectionEnabled());
    QSignalSpy spy(&model, &CriteriaModel::phoneSelectionEnabledChanged);
    model.setCallsFrom(CallsFrom::SelectPhoneNumbers);
    QVERIFY(model.phoneSelectionEnabled());
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.first().first().toBool(), true);
    model.setCallsFrom(CallsFrom::AnyPhoneNumber);
    QVERIFY(!model.phoneSelectionEnabled());
    QCOMPARE(spy.size(), 2);
}

void TestCriteriaModel::numbersKeptButNotSentForAnyNumber()
{
    CriteriaModel model;
    model.setDefaultRegion(QStringLiteral("GB"));
    model.setCallsFrom(CallsFrom::SelectPhoneNumbers);
    model.phoneNumbers()->append(QStringLiteral("020 7183 8750"));
    model.setCallsFrom(CallsFrom::AnyPhoneNumber);
    QCOMPARE(model.phoneNumbers()->rowCount(), 1);
    QVERIFY(!CriteriaJson::toJson(model.criteria()).contains("phoneNumbers"));
    model.setCallsFrom(CallsFrom::SelectPhoneNumbers);
    QVERIFY(CriteriaJson::toJson(model.criteria()).contains("\"+442071838750\""));
}

void TestCriteriaModel::listModelPassesTester()
{
    PhoneNumberListModel list;
    QAbstractItemModelTester tester(&list, QAbstractItemModelTester::FailureReportingMode::QtTest);
    list.setDefaultRegion(QStringLiteral("US"));
    list.append(QStringLiteral("(415) 555-2671"));
    list.append(QStringLiteral("bad"));
    list.append(QStringLiteral("+44 20 7183 8750"));
    list.removeAt(1);
    list.setDefaultRegion(QStringLiteral("GB"));
    list.setRowMessages({{0, QStringLiteral("dup")}});
    list.setTyped({QStringLiteral("1"), QStringLiteral("2")});
    list.removeAt(5); // out of range: ignored
    list.clear();
    QCOMPARE(list.rowCount(), 0);
}

void TestCriteriaModel::rowsShowTypedAndE164AndReasons()
{
    CriteriaModel model;
    model.setDefaultRegion(QStringLiteral("US"));
    model.setCallsFrom(CallsFrom::SelectPhoneNumbers);
    PhoneNumberListModel *list = model.phoneNumbers();
    list->append(QStringLiteral("(415) 555-2671"));
    list->append(QStringLiteral("+1 415-555-2671"));
    list->append(QStringLiteral("12ab"));
    const QModelIndex first = list->index(0);
    QCOMPARE(first.data(PhoneNumberListModel::TypedRole).toString(),
             QStringLiteral("(415) 555-2671"));
    QCOMPARE(first.data(PhoneNumberListModel::NormalizedRole).toString(),
             QStringLiteral("+14155552671"));
    QVERIFY(first.data(Qt::DisplayRole).toString().contains(QLatin1String("+14155552671")));
    QVERIFY(first.data(PhoneNumberListModel::ValidRole).toBool());

    const QModelIndex duplicate = list->index(1);
    QVERIFY(!duplicate.data(PhoneNumberListModel::ValidRole).toBool());
    QVERIFY(duplicate.data(Qt::ToolTipRole).toString().contains(QLatin1String("already")));
    QCOMPARE(duplicate.data(PhoneNumberListModel::StatusIconRole).toString(),
             QStringLiteral("dialog-error"));

    const QModelIndex letters = list->index(2);
    QVERIFY(!letters.data(PhoneNumberListModel::ValidRole).toBool());
    QVERIFY(letters.data(PhoneNumberListModel::ProblemRole)
                .toString()
                .contains(QLatin1String("letters")));

    QVERIFY(model.hasErrors());
    QCOMPARE(model.issuesFor(Field::PhoneNumbers).size(), 2);
    list->removeAt(2);
    list->removeAt(1);
    QVERIFY(list->index(0).data(PhoneNumberListModel::ValidRole).toBool());
    QCOMPARE(model.issuesFor(Field::PhoneNumbers).size(), 0);
}

void TestCriteriaModel::regionChangeRenormalises()
{
    CriteriaModel model;
    model.setCallsFrom(CallsFrom::SelectPhoneNumbers);
    model.setDefaultRegion(QStringLiteral("US"));
    model.phoneNumbers()->append(QStringLiteral("020 7183 8750"));
    QVERIFY(!model.phoneNumbers()->index(0).data(PhoneNumberListModel::ValidRole).toBool());
    QSignalSpy validation(&model, &CriteriaModel::validationChanged);
    QSignalSpy rows(model.phoneNumbers(), &QAbstractItemModel::dataChanged); // views hear it
    model.setDefaultRegion(QStringLiteral("GB"));
    QCOMPARE(validation.size(), 1);
    QVERIFY(!rows.isEmpty());
    QCOMPARE(model.phoneNumbers()->index(0).data(PhoneNumberListModel::NormalizedRole).toString(),
             QStringLiteral("+442071838750"));
    QCOMPARE(model.issuesFor(Field::PhoneNumbers).size(), 0);
}

void TestCriteriaModel::validationFollowsEdits()
{
    CriteriaModel model;
    // Only the criteria's own fields: the target (workspace, token) is the TargetModel's.
    QVERIFY(!model.hasErrors());
    QVERIFY(model.issuesFor(Field::WorkspaceId).isEmpty());
    QVERIFY(model.issuesFor(Field::Token).isEmpty());
    model.setHasSchedule(true);
    QCOMPARE(model.issuesFor(Field::ScheduleName).size(), 1);
    QCOMPARE(model.issuesFor(Field::ScheduleType).size(), 1);
    model.setScheduleName(QStringLiteral("Office"));
    model.setScheduleType(ScheduleType::BusinessHours);
    QVERIFY(!model.hasErrors());
    model.setHasSchedule(false);
    QCOMPARE(model.scheduleName(), QStringLiteral("Office")); // kept while off
    QVERIFY(!model.hasErrors());
    model.setCallsFrom(CallsFrom::SelectPhoneNumbers); // needs a number or a caller option
    QCOMPARE(model.issuesFor(Field::PhoneNumbers).size(), 1);
    QVERIFY(model.hasErrors());
}

void TestCriteriaModel::setCriteriaRoundTrip()
{
    Criteria c = test::documentedSeed();
    c.ringEnabled = false;
    CriteriaModel model;
    QSignalSpy validation(&model, &CriteriaModel::validationChanged);
    QSignalSpy selection(&model, &CriteriaModel::phoneSelectionEnabledChanged);
    QSignalSpy reset(model.phoneNumbers(), &QAbstractItemModel::modelReset);
    model.setCriteria(c);
    QCOMPARE(reset.size(), 1);
    QCOMPARE(validation.size(), 1);
    QCOMPARE(selection.size(), 1);
    QCOMPARE(model.criteria(), c);
    QCOMPARE(model.phoneNumbers()->rowCount(), 2);
}

void TestCriteriaModel::knownSchedulesWarn()
{
    CriteriaModel model;
    model.setHasSchedule(true);
    model.setScheduleName(QStringLiteral("Office"));
    model.setScheduleType(ScheduleType::BusinessHours);
    QVERIFY(model.issuesFor(Field::ScheduleName).isEmpty());
    QSignalSpy changed(&model, &CriteriaModel::knownSchedulesChanged);
    QSignalSpy validation(&model, &CriteriaModel::validationChanged);
    model.setKnownSchedules(QStringList{QStringLiteral("London Business Hours")});
    QCOMPARE(changed.size(), 1);
    QCOMPARE(validation.size(), 1);
    QCOMPARE(model.validationContext().knownSchedules,
             std::optional<QStringList>(QStringList{QStringLiteral("London Business Hours")}));
    const ValidationIssues issues = model.issuesFor(Field::ScheduleName);
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.first().severity, Severity::Warning);
    QVERIFY(!model.hasErrors());
    model.setScheduleName(QStringLiteral("London Business Hours"));
    QVERIFY(model.issuesFor(Field::ScheduleName).isEmpty());
    model.setKnownSchedules(QStringList{QStringLiteral("London Business Hours")});
    QCOMPARE(changed.size(), 1); // same list: no signal
    model.setScheduleName(QStringLiteral("Office"));
    model.setKnownSchedules(std::nullopt);
    QCOMPARE(changed.size(), 2);
    QVERIFY(model.issuesFor(Field::ScheduleName).isEmpty());
}

QTEST_GUILESS_MAIN(TestCriteriaModel)
#include "tst_criteriamodel.moc"
