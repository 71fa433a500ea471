// CriteriaDiff: one line per changed field, and numbers read back in another shape.
#include "models/criteriadiff.h"
#include "tests/common/seedcriteria.h"

#include <QTest>

using namespace seqring;

class TestCriteriaDiff : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void lines_data();
    void lines();
    void normalizedReadsNumbersInE164();
    void normalizedDropsWhatAnyNumberLeavesOut();
};

void TestCriteriaDiff::lines_data()
{
    QTest::addColumn<Criteria>("after");
    QTest::addColumn<QStringList>("expected");
    const Criteria seed = test::documentedSeed();
    QTest::newRow("same") << seed << QStringList();
    Criteria c = seed;
    c.ringEnabled = false;
    QTest::newRow("ring") << c << QStringList{QStringLiteral("ringEnabled: true → false")};
    c = seed;
    c.phoneNumbers.append(QStringLiteral("+15551234567"));
    c.phoneNumbers.removeFirst();
    QTest::newRow("numbers") << c
                             << QStringList{QStringLiteral("phoneNumbers: +15551234567 added"),
                                            QStringLiteral("phoneNumbers: +442071838750 removed")};
    c = seed;
    std::swap(c.phoneNumbers[0], c.phoneNumbers[1]);
    QTest::newRow("order") << c << QStringList{QStringLiteral("phoneNumbers: order changed")};
    c = seed;
    c.schedule.reset();
    QTest::newRow("no schedule") << c
                                 << QStringList{
                                        QStringLiteral("scheduleName: Business Vacation → (none)"),
                                        QStringLiteral("scheduleType: holidays → (none)"),
                                        QStringLiteral("scheduleLevel: GROUP → (none)")};
    c = seed;
    c.callsFrom = CallsFrom::AnyPhoneNumber;
    c.anonymousCallersEnabled = false;
    QTest::newRow("calls from")
        << c
        << QStringList{QStringLiteral("callsFrom: SELECT_PHONE_NUMBERS → ANY_PHONE_NUMBER"),
                       QStringLiteral("anonymousCallersEnabled: true → false")};
}

void TestCriteriaDiff::lines()
{
    QFETCH(Criteria, after);
    QFETCH(QStringList, expected);
    QCOMPARE(CriteriaDiff::lines(test::documentedSeed(), after), expected);
}

void TestCriteriaDiff::normalizedReadsNumbersInE164()
{
    Criteria read = test::documentedSeed();
    read.phoneNumbers = {QStringLiteral("+44-20-7183-8750"), QStringLiteral("020 7183 9751"),
                         QStringLiteral("not a number")};
    const Criteria normal = CriteriaDiff::normalized(read, QStringLiteral("GB"));
    QCOMPARE(normal.phoneNumbers,
             (QStringList{QStringLiteral("+442071838750"), QStringLiteral("+442071839751"),
                          QStringLiteral("not a number")}));
    Criteria seed = test::documentedSeed();
    seed.phoneNumbers.append(QStringLiteral("not a number"));
    QVERIFY(CriteriaDiff::lines(seed, normal).isEmpty());
}

void TestCriteriaDiff::normalizedDropsWhatAnyNumberLeavesOut()
{
    Criteria c = test::documentedSeed();
    c.callsFrom = CallsFrom::AnyPhoneNumber;
    const Criteria normal = CriteriaDiff::normalized(c, QStringLiteral("US"));
    QVERIFY(normal.phoneNumbers.isEmpty());
    QVERIFY(!normal.anonymousCallersEnabled);
    QCOMPARE(CriteriaJson::toJson(normal), CriteriaJson::toJson(c));
}

QTEST_MAIN(TestCriteriaDiff)
#include "tst_criteriadiff.moc"
