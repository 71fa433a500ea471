// Wire format of a criteria: exact bytes, key order, omissions.
#include "models/criteria.h"
#include "tests/common/seedcriteria.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace seqring;

namespace
{

const QStringList kDocumentedOrder = {QStringLiteral("scheduleName"),
                                      QStringLiteral("scheduleType"),
                                      QStringLiteral("scheduleLevel"),
                                      QStringLiteral("callsFrom"),
                                      QStringLiteral("anonymousCallersEnabled"),
                                      QStringLiteral("unavailableCallersEnabled"),
                                      QStringLiteral("phoneNumbers"),
                                      QStringLiteral("ringEnabled")};

Criteria seed()
{
    return test::documentedSeed();
}

// Top-level keys in the order they appear in the text.
QStringList keysInOrder(const QByteArray &json)
{
    static const QRegularExpression key(QStringLiteral("^    \"([A-Za-z]+)\":"),
                                        QRegularExpression::MultilineOption);
    QStringList keys;
    auto it = key.globalMatch(QString::fromUtf8(json));
    while (it.hasNext())
        keys.append(it.next().captured(1));
    return keys;
}

} // namespace

class TestCriteriaJson : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void seedIsTheDocumentedBody();
    void shapes_data();
    void shapes();
    void roundTrip_data();
    void roundTrip();
    void rejects_data();
    void rejects();
};

void TestCriteriaJson::seedIsTheDocumentedBody()
{
    const QByteArray expected = "{\n"
                                "    \"scheduleName\": \"Business Vacation\",\n"
                                "    \"scheduleType\": \"holidays\",\n"
                                "    \"scheduleLevel\": \"GROUP\",\n"
                                "    \"callsFrom\": \"SELECT_PHONE_NUMBERS\",\n"
                                "    \"anonymousCallersEnabled\": true,\n"
                                "    \"unavailableCallersEnabled\": false,\n"
                                "    \"phoneNumbers\": [\n"
                                "        \"+442071838750\",\n"
                                "        \"+442071839751\"\n"
                                "    ],\n"
                                "    \"ringEnabled\": true\n"
                                "}\n";
    QCOMPARE(CriteriaJson::toJson(seed()), expected);
}

void TestCriteriaJson::shapes_data()
{
    QTest::addColumn<Criteria>("criteria");
    QTest::addColumn<QByteArray>("expected"); // compact JSON, compared as objects
    QTest::addColumn<QStringList>("keys");    // keys in wire order

    const QStringList all = kDocumentedOrder;
    const QStringList noSchedule = all.mid(3);
    const QStringList anyWithSchedule = {all[0], all[1], all[2], all[3], all[7]};
    const QStringList anyOnly = {all[3], all[7]};

    Criteria c = seed();
    QTest::newRow("seed")
        << c
        << QByteArray(
               R"({"scheduleName":"Business Vacation","scheduleType":"holidays","scheduleLevel":"GROUP","callsFrom":"SELECT_PHONE_NUMBERS","anonymousCallersEnabled":true,"unavailableCallersEnabled":false,"phoneNumbers":["+442071838750","+442071839751"],"ringEnabled":true})")
        << all;
    c = Criteria{};
    QTest::newRow("any number, all hours")
        << c << QByteArray(R"({"callsFrom":"ANY_PHONE_NUMBER","ringEnabled":true})") << anyOnly;
    c.ringEnabled = false;
    QTest::newRow("any number, do not ring")
        << c << QByteArray(R"({"callsFrom":"ANY_PHONE_NUMBER","ringEnabled":false})") << anyOnly;
    c = Criteria{};
    c.phoneNumbers = {QStringLiteral("+14155552671")};
    c.anonymousCallersEnabled = true;
    QTest::newRow("any number keeps numbers out")
        << c << QByteArray(R"({"callsFrom":"ANY_PHONE_NUMBER","ringEnabled":true})") << anyOnly;
    c = Criteria{};
    c.schedule =
        Schedule{QStringLiteral("Office"), ScheduleType::BusinessHours, ScheduleLevel::Group};
    QTest::newRow("business hours, any number")
        << c
        << QByteArray(
               R"({"scheduleName":"Office","scheduleType":"businessHours","scheduleLevel":"GROUP","callsFrom":"ANY_PHONE_NUMBER","ringEnabled":true})")
        << anyWithSchedule;
    c = Criteria{};
    c.callsFrom = CallsFrom::SelectPhoneNumbers;
    c.anonymousCallersEnabled = true;
    QTest::newRow("select, private callers only")
        << c
        << QByteArray(
               R"({"callsFrom":"SELECT_PHONE_NUMBERS","anonymousCallersEnabled":true,"unavailableCallersEnabled":false,"phoneNumbers":[],"ringEnabled":true})")
        << noSchedule;
    c.anonymousCallersEnabled = false;
    c.unavailableCallersEnabled = true;
    QTest::newRow("select, unavailable callers only")
        << c
        << QByteArray(
               R"({"callsFrom":"SELECT_PHONE_NUMBERS","anonymousCallersEnabled":false,"unavailableCallersEnabled":true,"phoneNumbers":[],"ringEnabled":true})")
        << noSchedule;
    c = Criteria{};
    c.callsFrom = CallsFrom::SelectPhoneNumbers;
    c.phoneNumbers = {QStringLiteral("+14155552671")};
    c.ringEnabled = false;
    QTest::newRow("select one number, no ring")
        << c
        << QByteArray(
               R"({"callsFrom":"SELECT_PHONE_NUMBERS","anonymousCallersEnabled":false,"unavailableCallersEnabled":false,"phoneNumbers":["+14155552671"],"ringEnabled":false})")
        << noSchedule;
    c = seed();
    c.schedule->name = QStringLiteral("Ferien \"Sommer\" \\ $HOME – 夏");
    QTest::newRow("schedule name needing escapes")
        << c
        << QByteArray(
               R"({"scheduleName":"Ferien \"Sommer\" \\ $HOME – 夏","scheduleType":"holidays","scheduleLevel":"GROUP","callsFrom":"SELECT_PHONE_NUMBERS","anonymousCallersEnabled":true,"unavailableCallersEnabled":false,"phoneNumbers":["+442071838750","+442071839751"],"ringEnabled":true})")
        << all;
    c = seed();
    c.schedule->type.reset();
    QTest::newRow("schedule type not chosen yet")
        << c
        << QByteArray(
               R"({"scheduleName":"Business Vacation","scheduleType":null,"scheduleLevel":"GROUP","callsFrom":"SELECT_PHONE_NUMBERS","anonymousCallersEnabled":true,"unavailableCallersEnabled":false,"phoneNumbers":["+442071838750","+442071839751"],"ringEnabled":true})")
        << all;
    c = Criteria{};
    c.callsFrom = CallsFrom::SelectPhoneNumbers;
    for (int i = 0; i < kMaxPhoneNumbers; ++i)
        c.phoneNumbers.append(QStringLiteral("+1415555%1").arg(2600 + i));
    QByteArray twelve =
        R"({"callsFrom":"SELECT_PHONE_NUMBERS","anonymousCallersEnabled":false,"unavailableCallersEnabled":false,"phoneNumbers":[)";
    for (int i = 0; i < kMaxPhoneNumbers; ++i)
        twelve += (i ? "," : "") + QByteArray("\"+1415555") + QByteArray::number(2600 + i) + '"';
    twelve += R"(],"ringEnabled":true})";
    QTest::newRow("twelve numbers") << c << twelve << noSchedule;
}

void TestCriteriaJson::shapes()
{
    QFETCH(Criteria, criteria);
    QFETCH(QByteArray, expected);
    QFETCH(QStringList, keys);
    const QByteArray json = CriteriaJson::toJson(criteria);
    QJsonParseError error;
    const QJsonDocument actual = QJsonDocument::fromJson(json, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(actual.object(), QJsonDocument::fromJson(expected).object());
    QCOMPARE(keysInOrder(json), keys);
    // The same text as QJsonDocument's own indented writer, but for the key order.
    QCOMPARE(json.size(), actual.toJson(QJsonDocument::Indented).size());
}

void TestCriteriaJson::roundTrip_data()
{
    shapes_data();
}

void TestCriteriaJson::roundTrip()
{
    QFETCH(Criteria, criteria);
    const Parsed<Criteria> back = CriteriaJson::fromJson(CriteriaJson::toJson(criteria));
    QVERIFY2(back.ok(), qPrintable(back.error));
    Criteria expected = criteria;
    if (expected.callsFrom == CallsFrom::AnyPhoneNumber) { // not on the wire, so not read back
        expected.phoneNumbers.clear();
        expected.anonymousCallersEnabled = false;
        expected.unavailableCallersEnabled = false;
    }
    QCOMPARE(*back.value, expected);
}

void TestCriteriaJson::rejects_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("mentions"); // the message names these

    QTest::newRow("not json") << QByteArray("{\"callsFrom\": ")
                              << QStringList{QStringLiteral("character")};
    QTest::newRow("array") << QByteArray("[]") << QStringList{QStringLiteral("object")};
    QTest::newRow("unknown key")
        << QByteArray(R"({"callsFrom":"ANY_PHONE_NUMBER","ringEnabled":true,"ringCount":3})")
        << QStringList{QStringLiteral("ringCount"), QStringLiteral("3")};
    QTest::newRow("unknown callsFrom")
        << QByteArray(R"({"callsFrom":"SOME_NUMBERS","ringEnabled":true})")
        << QStringList{QStringLiteral("callsFrom"), QStringLiteral("SOME_NUMBERS")};
    QTest::newRow("unknown scheduleType")
        << QByteArray(
               R"({"scheduleName":"X","scheduleType":"weekends","scheduleLevel":"GROUP","callsFrom":"ANY_PHONE_NUMBER","ringEnabled":true})")
        << QStringList{QStringLiteral("scheduleType"), QStringLiteral("weekends")};
    QTest::newRow("unknown scheduleLevel")
        << QByteArray(
               R"({"scheduleName":"X","scheduleType":"holidays","scheduleLevel":"ORG","callsFrom":"ANY_PHONE_NUMBER","ringEnabled":true})")
        << QStringList{QStringLiteral("scheduleLevel"), QStringLiteral("ORG")};
    QTest::newRow("ringEnabled as string")
        << QByteArray(R"({"callsFrom":"ANY_PHONE_NUMBER","ringEnabled":"yes"})")
        << QStringList{QStringLiteral("ringEnabled"), QStringLiteral("yes")};
    QTest::newRow("anonymous as number")
        << QByteArray(
               R"({"callsFrom":"SELECT_PHONE_NUMBERS","anonymousCallersEnabled":1,"ringEnabled":true})")
        << QStringList{QStringLiteral("anonymousCallersEnabled"), QStringLiteral("1")};
    QTest::newRow("phoneNumbers as string")
        << QByteArray(
               R"({"callsFrom":"SELECT_PHONE_NUMBERS","phoneNumbers":"+442071838750","ringEnabled":true})")
        << QStringList{QStringLiteral("phoneNumbers"), QStringLiteral("+442071838750")};
    QTest::newRow("phone number as number")
        << QByteArray(
               R"({"callsFrom":"SELECT_PHONE_NUMBERS","phoneNumbers":[442071838750],"ringEnabled":true})")
        << QStringList{QStringLiteral("phoneNumbers"), QStringLiteral("442071838750")};
    QTest::newRow("scheduleName as number")
        << QByteArray(R"({"scheduleName":7,"callsFrom":"ANY_PHONE_NUMBER","ringEnabled":true})")
        << QStringList{QStringLiteral("scheduleName"), QStringLiteral("7")};
    QTest::newRow("callsFrom missing")
        << QByteArray(R"({"ringEnabled":true})") << QStringList{QStringLiteral("callsFrom")};
    QTest::newRow("ringEnabled missing") << QByteArray(R"({"callsFrom":"ANY_PHONE_NUMBER"})")
                                         << QStringList{QStringLiteral("ringEnabled")};
    QTest::newRow("callsFrom null")
        << QByteArray(R"({"callsFrom":null,"ringEnabled":true})")
        << QStringList{QStringLiteral("callsFrom"), QStringLiteral("null")};
}

void TestCriteriaJson::rejects()
{
    QFETCH(QByteArray, json);
    QFETCH(QStringList, mentions);
    const Parsed<Criteria> parsed = CriteriaJson::fromJson(json);
    QVERIFY(!parsed.ok());
    for (const QString &word : mentions)
        QVERIFY2(parsed.error.contains(word), qPrintable(parsed.error));
}

QTEST_GUILESS_MAIN(TestCriteriaJson)
#include "tst_criteriajson.moc"
