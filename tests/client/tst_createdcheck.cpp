// CreatedCheck after ambiguous creates against the sandbox: created, not created, matching.
#include "app/client/createdcheck.h"
#include "tests/common/jobwaiter.h"
#include "tests/common/lookupfixture.h"
#include "tests/common/seedcriteria.h"

#include <QSignalSpy>

using namespace seqring;
using namespace sandboxtest;

namespace
{
Criteria vacation()
{
    return test::documentedSeed();
}
} // namespace

Q_DECLARE_METATYPE(seqring::CreatedCheck::Outcome)

// Finds out whether an ambiguous create was carried out.
class TestCreatedCheck : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void notCreatedAfter503();
    void createdAfterTheClientGaveUp();
    void knownBeforeIsNotACandidate();
    void sameCriteria_data();
    void sameCriteria();

private:
    ApiResult create(const Criteria &criteria);
    // Runs a check; returns the outcome and sets id.
    CreatedCheck::Outcome check(const Criteria &criteria, const QStringList &before, QString *id);
    test::LookupFixture m_fx;
};

void TestCreatedCheck::init()
{
    qRegisterMetaType<CreatedCheck::Outcome>();
    QVERIFY(m_fx.start());
}

void TestCreatedCheck::cleanup()
{
    m_fx.stop();
}

ApiResult TestCreatedCheck::create(const Criteria &criteria)
{
    ApiResult result;
    QString why;
    const HttpRequestSpec spec =
        ApiRequests::createCriteria(criteria, m_fx.context({}, londonBoardroom()));
    if (!test::waitForResult(m_fx.client->createCriteria(spec), &result, &why))
        qWarning("%s", qPrintable(why));
    return result;
}

CreatedCheck::Outcome TestCreatedCheck::check(const Criteria &criteria, const QStringList &before,
                                              QString *id)
{
    CreatedCheck checker(m_fx.client.get());
    QSignalSpy finished(&checker, &CreatedCheck::finished);
    checker.start(m_fx.context({}, londonBoardroom()), criteria, before);
    if (!finished.wait(5000))
        return CreatedCheck::Outcome::Failed;
    *id = finished.first().at(1).toString();
    return finished.first().at(0).value<CreatedCheck::Outcome>();
}

void TestCreatedCheck::notCreatedAfter503()
{
    m_fx.server->forceStatus(503);
    const ApiResult result = create(vacation());
    QVERIFY(!result.ok);
    QVERIFY(result.error.ambiguous);
    QString id;
    QCOMPARE(check(vacation(), {}, &id), CreatedCheck::Outcome::NotCreated);
    QVERIFY(id.isEmpty());
}

void TestCreatedCheck::createdAfterTheClientGaveUp()
{
    // The sandbox carries the POST out, then answers after the client's timeout.
    m_fx.client->setTransferTimeout(300);
    m_fx.server->setLatency(1500);
    const ApiResult result = create(vacation());
    QCOMPARE(result.error.kind, ApiError::Kind::Timeout);
    QVERIFY(result.error.ambiguous);
    m_fx.server->setLatency(0);
    QString id;
    Criteria other = vacation();
    other.phoneNumbers.removeLast(); // same list entry, different details: not it
    QCOMPARE(check(other, {}, &id), CreatedCheck::Outcome::NotCreated);
    // The numbers as the admin may have typed them still match.
    Criteria typed = vacation();
    typed.phoneNumbers = {QStringLiteral("+44 20 7183 9751"), QStringLiteral("+44-20-7183-8750")};
    QCOMPARE(check(typed, {}, &id), CreatedCheck::Outcome::Created);
    QVERIFY(id.startsWith(QLatin1String("Y2lzY29zcGFyazovL3VzL0NSSVRFUklBL")));
    // The candidate was read in full before saying so.
    QCOMPARE(m_fx.received(id).size(), 2);
}

void TestCreatedCheck::knownBeforeIsNotACandidate()
{
    const ApiResult created = create(vacation());
    QVERIFY(created.ok);
    QString id;
    QCOMPARE(check(vacation(), {created.createdId}, &id), CreatedCheck::Outcome::NotCreated);
}

void TestCreatedCheck::sameCriteria_data()
{
    QTest::addColumn<Criteria>("read");
    QTest::addColumn<bool>("same");
    QTest::newRow("identical") << vacation() << true;
    Criteria c = vacation();
    c.ringEnabled = false;
    QTest::newRow("ring differs") << c << false;
    c = vacation();
    c.unavailableCallersEnabled = true;
    QTest::newRow("unavailable differs") << c << false;
    c = vacation();
    c.schedule->type = ScheduleType::BusinessHours;
    QTest::newRow("type differs") << c << false;
    c = vacation();
    c.schedule.reset();
    QTest::newRow("no schedule") << c << false;
    c = vacation();
    std::reverse(c.phoneNumbers.begin(), c.phoneNumbers.end());
    QTest::newRow("numbers in another order") << c << true;
}

void TestCreatedCheck::sameCriteria()
{
    QFETCH(Criteria, read);
    QFETCH(bool, same);
    QCOMPARE(CreatedCheck::sameCriteria(read, vacation()), same);
    CriteriaSummary summary{QStringLiteral("X"), QStringLiteral("Business Vacation"), false, true};
    QVERIFY(CreatedCheck::summaryMatches(summary, vacation()));
    summary.allNumbers = true;
    QVERIFY(!CreatedCheck::summaryMatches(summary, vacation()));
}

QTEST_GUILESS_MAIN(TestCreatedCheck)
#include "tst_createdcheck.moc"
