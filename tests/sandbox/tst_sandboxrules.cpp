// CriteriaRules, the sandbox's pure body rules, without HTTP.
#include "app/sandbox/sandboxvalidation.h"
#include "tests/common/jsonliteral.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using seqring::sandbox::CriteriaRules;
using seqring::sandbox::ScheduleRef;

namespace
{

QJsonObject object(const char *json)
{
    return seqring::test::jsonObject(json);
}

const QList<ScheduleRef> kLondon{
    {QStringLiteral("London Business Hours"), QStringLiteral("businessHours")},
    {QStringLiteral("Business Vacation"), QStringLiteral("holidays")}};

} // namespace

// Tables of bodies through the pure criteria and settings rules.
class TestSandboxRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void e164_data();
    void e164();
    void post_data();
    void post();
    void patch_data();
    void patch();
    void sameKey_data();
    void sameKey();
    void settings_data();
    void settings();
};

void TestSandboxRules::e164_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<bool>("valid");
    QTest::newRow("UK") << QStringLiteral("+442071838750") << true;
    QTest::newRow("US") << QStringLiteral("+14085550100") << true;
    QTest::newRow("15 digits") << QStringLiteral("+123456789012345") << true;
    QTest::newRow("16 digits") << QStringLiteral("+1234567890123456") << false;
    QTest::newRow("no plus") << QStringLiteral("442071838750") << false;
    QTest::newRow("leading zero") << QStringLiteral("+0442071838750") << false;
    QTest::newRow("dashes") << QStringLiteral("+49-61007739764") << false;
    QTest::newRow("spaces") << QStringLiteral("+44 20 7183 8750") << false;
    QTest::newRow("empty") << QString() << false;
}

void TestSandboxRules::e164()
{
    QFETCH(QString, number);
    QFETCH(bool, valid);
    QCOMPARE(CriteriaRules::isE164(number), valid);
}

void TestSandboxRules::post_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("error"); // empty: accepted
    QTest::newRow("reference example")
        << QByteArrayLiteral(
               R"({"scheduleName":"Business Vacation","scheduleType":"holidays","scheduleLevel":"GROUP","callsFrom":"SELECT_PHONE_NUMBERS","anonymousCallersEnabled":true,"unavailableCallersEnabled":false,"phoneNumbers":["+442071838750","+442071839751"],"ringEnabled":true})")
        << QString();
    QTest::newRow("all hours, any number")
        << QByteArrayLiteral(R"({"callsFrom":"ANY_PHONE_NUMBER","ringEnabled":false})")
        << QString();
    QTest::newRow("anonymous callers only")
        << QByteArrayLiteral(
               R"({"callsFrom":"SELECT_PHONE_NUMBERS","anonymousCallersEnabled":true,"ringEnabled":true})")
        << QString();
    QTest::newRow("twelve numbers")
        << QByteArrayLiteral(
               R"({"callsFrom":"SELECT_PHONE_NUMBERS","ringEnabled":true,"phoneNumbers":["+4420000001","+4420000002","+4420000003","+4420000004","+4420000005","+4420000006","+4420000007","+4420000008","+4420000009","+4420000010","+4420000011","+4420000012"]})")
        << QString();
    QTest::newRow("null value") << QByteArrayLiteral(R"({"callsFrom":null,"ringEnabled":true})")
                                << QStringLiteral("\"callsFrom\" must be a string, got null");
    QTest::newRow("number as number")
        << QByteArrayLiteral(
               R"({"callsFrom":"SELECT_PHONE_NUMBERS","ringEnabled":true,"phoneNumbers":[442071838750]})")
        << QStringLiteral("442071838750");
    QTest::newRow("two schedule fields")
        << QByteArrayLiteral(
               R"({"callsFrom":"ANY_PHONE_NUMBER","ringEnabled":true,"scheduleName":"Business Vacation","scheduleType":"holidays"})")
        << QStringLiteral("2 of 3");
    QTest::newRow("unknown schedule")
        << QByteArrayLiteral(
               R"({"callsFrom":"ANY_PHONE_NUMBER","ringEnabled":true,"scheduleName":"Bank Holidays","scheduleType":"holidays","scheduleLevel":"GROUP"})")
        << QStringLiteral("\"Bank Holidays\"");
}

void TestSandboxRules::post()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, error);
    QJsonObject stored;
    const auto failure =
        CriteriaRules::validatePost(QJsonDocument::fromJson(body).object(), kLondon, &stored);
    if (error.isEmpty()) {
        QVERIFY2(!failure, failure ? qPrintable(failure->message) : "");
        QCOMPARE(stored, QJsonDocument::fromJson(body).object());
    } else {
        QVERIFY(failure);
        QCOMPARE(failure->status, 400);
        QVERIFY2(failure->message.contains(error), qPrintable(failure->message));
    }
}

void TestSandboxRules::patch_data()
{
    QTest::addColumn<QByteArray>("existing");
    QTest::addColumn<QByteArray>("patch");
    QTest::addColumn<QByteArray>("expected"); // empty: rejected
    const QByteArray select =
        R"({"id":"X","scheduleName":"Business Vacation","scheduleType":"holidays","scheduleLevel":"GROUP","callsFrom":"SELECT_PHONE_NUMBERS","anonymousCallersEnabled":true,"phoneNumbers":["+442071838750"],"ringEnabled":true})";
    QTest::newRow("toggle ring")
        << select << QByteArrayLiteral(R"({"ringEnabled":false})")
        << QByteArrayLiteral(
               R"({"scheduleName":"Business Vacation","scheduleType":"holidays","scheduleLevel":"GROUP","callsFrom":"SELECT_PHONE_NUMBERS","anonymousCallersEnabled":true,"phoneNumbers":["+442071838750"],"ringEnabled":false})");
    QTest::newRow("to any number drops the numbers")
        << select << QByteArrayLiteral(R"({"callsFrom":"ANY_PHONE_NUMBER"})")
        << QByteArrayLiteral(
               R"({"scheduleName":"Business Vacation","scheduleType":"holidays","scheduleLevel":"GROUP","callsFrom":"ANY_PHONE_NUMBER","ringEnabled":true})");
    QTest::newRow("other schedule, all three")
        << select
        << QByteArrayLiteral(
               R"({"scheduleName":"London Business Hours","scheduleType":"businessHours","scheduleLevel":"GROUP"})")
        << QByteArrayLiteral(
               R"({"scheduleName":"London Business Hours","scheduleType":"businessHours","scheduleLevel":"GROUP","callsFrom":"SELECT_PHONE_NUMBERS","anonymousCallersEnabled":true,"phoneNumbers":["+442071838750"],"ringEnabled":true})");
    QTest::newRow("schedule name alone")
        << select << QByteArrayLiteral(R"({"scheduleName":"London Business Hours"})")
        << QByteArray();
    QTest::newRow("any number with numbers")
        << select << QByteArrayLiteral(R"({"callsFrom":"ANY_PHONE_NUMBER","phoneNumbers":[]})")
        << QByteArray();
    QTest::newRow("remove the last caller")
        << select << QByteArrayLiteral(R"({"anonymousCallersEnabled":false,"phoneNumbers":[]})")
        << QByteArray();
}

void TestSandboxRules::patch()
{
    QFETCH(QByteArray, existing);
    QFETCH(QByteArray, patch);
    QFETCH(QByteArray, expected);
    QJsonObject stored;
    const auto failure =
        CriteriaRules::validatePatch(QJsonDocument::fromJson(patch).object(),
                                     QJsonDocument::fromJson(existing).object(), kLondon, &stored);
    if (expected.isEmpty()) {
        QVERIFY(failure);
        QCOMPARE(failure->status, 400);
    } else {
        QVERIFY2(!failure, failure ? qPrintable(failure->message) : "");
        QCOMPARE(stored, QJsonDocument::fromJson(expected).object());
    }
}

void TestSandboxRules::sameKey_data()
{
    QTest::addColumn<QByteArray>("a");
    QTest::addColumn<QByteArray>("b");
    QTest::addColumn<bool>("same");
    QTest::newRow("same schedule and source")
        << QByteArrayLiteral(
               R"({"scheduleName":"A","scheduleType":"holidays","callsFrom":"ANY_PHONE_NUMBER","ringEnabled":true})")
        << QByteArrayLiteral(
               R"({"scheduleName":"A","scheduleType":"holidays","callsFrom":"ANY_PHONE_NUMBER","ringEnabled":false})")
        << true;
    QTest::newRow("both all hours")
        << QByteArrayLiteral(R"({"callsFrom":"ANY_PHONE_NUMBER"})")
        << QByteArrayLiteral(R"({"callsFrom":"ANY_PHONE_NUMBER"})") << true;
    QTest::newRow("other type")
        << QByteArrayLiteral(
               R"({"scheduleName":"A","scheduleType":"holidays","callsFrom":"ANY_PHONE_NUMBER"})")
        << QByteArrayLiteral(
               R"({"scheduleName":"A","scheduleType":"businessHours","callsFrom":"ANY_PHONE_NUMBER"})")
        << false;
    QTest::newRow("other source") << QByteArrayLiteral(R"({"callsFrom":"ANY_PHONE_NUMBER"})")
                                  << QByteArrayLiteral(R"({"callsFrom":"SELECT_PHONE_NUMBERS"})")
                                  << false;
}

void TestSandboxRules::sameKey()
{
    QFETCH(QByteArray, a);
    QFETCH(QByteArray, b);
    QFETCH(bool, same);
    QCOMPARE(CriteriaRules::sameKey(object(a.constData()), object(b.constData())), same);
}

void TestSandboxRules::settings_data()
{
    QTest::addColumn<QByteArray>("patch");
    QTest::addColumn<QString>("error");
    QTest::newRow("rings 2") << QByteArrayLiteral(R"({"baseLocationNumberOfRings":2})")
                             << QString();
    QTest::newRow("rings 20") << QByteArrayLiteral(R"({"baseLocationNumberOfRings":20})")
                              << QString();
    QTest::newRow("rings 1") << QByteArrayLiteral(R"({"baseLocationNumberOfRings":1})")
                             << QStringLiteral("2 to 20");
    QTest::newRow("rings as string")
        << QByteArrayLiteral(R"({"baseLocationNumberOfRings":"3"})") << QStringLiteral("\"3\"");
    QTest::newRow("six numbers") << QByteArrayLiteral(R"({"phoneNumbers":[{},{},{},{},{},{}]})")
                                 << QStringLiteral("at most 5");
    QTest::newRow("bad number")
        << QByteArrayLiteral(
               R"({"phoneNumbers":[{"phoneNumber":"07700 900123","numberOfRings":3}]})")
        << QStringLiteral("phoneNumbers[0].phoneNumber");
    QTest::newRow("unknown key") << QByteArrayLiteral(R"({"enable":true})")
                                 << QStringLiteral("\"enable\"");
}

void TestSandboxRules::settings()
{
    QFETCH(QByteArray, patch);
    QFETCH(QString, error);
    QJsonObject stored;
    const auto failure = CriteriaRules::validateSettingsPatch(
        QJsonDocument::fromJson(patch).object(), object(R"({"enabled":true})"), &stored);
    if (error.isEmpty()) {
        QVERIFY(!failure);
        QCOMPARE(stored.value(QLatin1String("enabled")).toBool(), true);
    } else {
        QVERIFY(failure);
        QVERIFY2(failure->message.contains(error), qPrintable(failure->message));
    }
}

QTEST_GUILESS_MAIN(TestSandboxRules)
#include "tst_sandboxrules.moc"
