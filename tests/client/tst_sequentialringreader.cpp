// SequentialRingReader against the sandbox: settings, one criteria, delete, parsing.
#include "app/client/sequentialringreader.h"
#include "tests/common/jobwaiter.h"
#include "tests/common/lookupfixture.h"

#include <QJsonDocument>
#include <QSignalSpy>

using namespace seqring;
using namespace sandboxtest;

// Reads settings and criteria and deletes a criteria.
class TestSequentialRingReader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void readsSettingsAndCriteriaList();
    void readsOneCriteria();
    void deletesACriteria();
    void criteriaFromJson_data();
    void criteriaFromJson();
    void refusedDeleteNamesTheWriteScope();
    void senderCarriesTheRequests();

private:
    test::LookupFixture m_fx;
};

void TestSequentialRingReader::init()
{
    QVERIFY(m_fx.start());
}

void TestSequentialRingReader::cleanup()
{
    m_fx.stop();
}

void TestSequentialRingReader::readsSettingsAndCriteriaList()
{
    SequentialRingReader reader(m_fx.client.get());
    QSignalSpy read(&reader, &SequentialRingReader::settingsRead);
    reader.read(m_fx.context({}, londonReception()));
    QVERIFY(read.wait(5000));
    QCOMPARE(read.first().at(0).toString(), londonReception());
    const auto settings = read.first().at(1).value<SequentialRingSettings>();
    QVERIFY(settings.enabled);
    QCOMPARE(settings.numbers.size(), 2); // the three empty slots are left out
    QCOMPARE(settings.numbers.first().phoneNumber, QStringLiteral("+442071838750"));
    QCOMPARE(settings.numbers.first().rings, 3);
    QVERIFY(settings.numbers.first().answerConfirmation);
    QCOMPARE(settings.criteria.size(), 1);
    QCOMPARE(settings.criteria.first().id, seededCriteria());
    QCOMPARE(settings.criteria.first().scheduleName, QStringLiteral("London Business Hours"));
    QVERIFY(settings.criteria.first().allNumbers);
    QVERIFY(settings.criteria.first().ringEnabled);
}

void TestSequentialRingReader::readsOneCriteria()
{
    SequentialRingReader reader(m_fx.client.get());
    QSignalSpy read(&reader, &SequentialRingReader::criteriaRead);
    reader.readCriteria(m_fx.context({}, londonReception()), seededCriteria());
    QVERIFY(read.wait(5000));
    const auto criteria = read.first().at(1).value<Criteria>();
    QVERIFY(criteria.schedule);
    QCOMPARE(criteria.schedule->name, QStringLiteral("London Business Hours"));
    QCOMPARE(criteria.schedule->type, std::optional<ScheduleType>(ScheduleType::BusinessHours));
    QCOMPARE(criteria.callsFrom, CallsFrom::AnyPhoneNumber);
    QVERIFY(criteria.ringEnabled);
}

void TestSequentialRingReader::deletesACriteria()
{
    SequentialRingReader reader(m_fx.client.get());
    QSignalSpy deleted(&reader, &SequentialRingReader::criteriaDeleted);
    QSignalSpy read(&reader, &SequentialRingReader::settingsRead);
    reader.deleteCriteria(m_fx.context({}, londonReception()), seededCriteria());
    QVERIFY(deleted.wait(5000));
    QCOMPARE(deleted.first().first().toString(), seededCriteria());
    reader.read(m_fx.context({}, londonReception()));
    QVERIFY(read.wait(5000));
    QVERIFY(read.first().at(1).value<SequentialRingSettings>().criteria.isEmpty());
    QCOMPARE(m_fx.received(seededCriteria()).first().method, QByteArrayLiteral("DELETE"));
}

void TestSequentialRingReader::criteriaFromJson_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<bool>("hasSchedule");
    QTest::newRow("with id")
        << QByteArrayLiteral(
               R"({"id":"X","scheduleName":"A","scheduleType":"holidays","scheduleLevel":"GROUP","callsFrom":"ANY_PHONE_NUMBER","ringEnabled":true})")
        << true << true;
    QTest::newRow("empty schedule name")
        << QByteArrayLiteral(
               R"({"id":"X","scheduleName":"","callsFrom":"ANY_PHONE_NUMBER","ringEnabled":false})")
        << true << false;
    QTest::newRow("null numbers")
        << QByteArrayLiteral(
               R"({"callsFrom":"SELECT_PHONE_NUMBERS","phoneNumbers":null,"anonymousCallersEnabled":true,"ringEnabled":false})")
        << true << false;
    QTest::newRow("bad callsFrom")
        << QByteArrayLiteral(R"({"callsFrom":"SOME","ringEnabled":true})") << false << false;
}

void TestSequentialRingReader::criteriaFromJson()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, ok);
    QFETCH(bool, hasSchedule);
    const Parsed<Criteria> parsed =
        SequentialRingReader::criteriaFromJson(QJsonDocument::fromJson(json).object());
    QCOMPARE(parsed.ok(), ok);
    if (ok)
        QCOMPARE(parsed.value->schedule.has_value(), hasSchedule);
}

void TestSequentialRingReader::refusedDeleteNamesTheWriteScope()
{
    SequentialRingReader reader(m_fx.client.get());
    QSignalSpy failed(&reader, &SequentialRingReader::failed);
    reader.deleteCriteria(m_fx.context(m_fx.server->readOnlyToken(), londonReception()),
                          seededCriteria());
    QVERIFY(failed.wait(5000));
    QVERIFY(
        failed.first().first().toString().contains(QLatin1String("spark-admin:workspaces_write")));
}

void TestSequentialRingReader::senderCarriesTheRequests()
{
    // With a sender (a bulk run's gate) the reader sends nothing itself: the sender gets
    // each request, and its answers reach the reader when it gives them. The answer to a
    // request replaced, or cancelled, is dropped.
    struct Held {
        HttpRequestSpec spec;
        std::function<void(const ApiResult &)> done;
    };
    QList<Held> held;
    SequentialRingReader reader(m_fx.client.get());
    reader.setSender([&held](const HttpRequestSpec &spec, QObject *,
                             std::function<void(const ApiResult &)> done) {
        held.append({spec, std::move(done)});
    });
    QSignalSpy read(&reader, &SequentialRingReader::settingsRead);
    QSignalSpy busy(&reader, &SequentialRingReader::busyChanged);
    const RequestContext context = m_fx.context({}, londonReception());
    reader.read(context);
    reader.read(context); // replaces the first
    QCOMPARE(held.size(), 2);
    QVERIFY(m_fx.server->receivedRequests().isEmpty());
    QVERIFY(reader.isBusy());
    ApiResult answer; // what the service says, sent now by the test
    QString why;
    QVERIFY2(test::waitForResult(m_fx.client->send(held.at(0).spec), &answer, &why),
             qPrintable(why));
    QVERIFY(answer.ok);
    held.at(0).done(answer); // the replaced one
    QCOMPARE(read.count(), 0);
    QVERIFY(reader.isBusy());
    held.at(1).done(answer);
    QCOMPARE(read.count(), 1);
    QCOMPARE(read.first().at(1).value<SequentialRingSettings>().numbers.size(), 2);
    QVERIFY(!reader.isBusy());
    QCOMPARE(busy.count(), 2); // busy, then not
    reader.read(context);
    reader.cancel();
    QVERIFY(!reader.isBusy());
    QCOMPARE(busy.count(), 4);
    held.last().done(answer); // after cancel(): dropped
    QCOMPARE(read.count(), 1);
}

QTEST_GUILESS_MAIN(TestSequentialRingReader)
#include "tst_sequentialringreader.moc"
