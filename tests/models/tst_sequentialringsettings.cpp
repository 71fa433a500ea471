// The ring settings: the wire's quirks (string rings in GET, integer in PUT, empty slots)
// and SequentialRingSettingsModel's validation, reordering and signals.
#include "models/sequentialringsettingsmodel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace seqring;

class TestSequentialRingSettings : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void getHasStringRingsAndEmptySlots();
    void putHasIntegerRingsAndOnlyUsedNumbers();
    void validation_data();
    void validation();
    void reorderingIsTheRingingOrder();
    void numbersAreSentInE164();
};

namespace
{
QJsonObject getAnswer()
{
    return QJsonDocument::fromJson(R"({
        "enabled": true, "ringBaseLocationFirstEnabled": true, "baseLocationNumberOfRings": "3",
        "continueIfBaseLocationIsBusyEnabled": false, "callsToVoicemailEnabled": true,
        "phoneNumbers": [
            {"phoneNumber": "+442071838750", "answerConfirmationRequiredEnabled": true, "numberOfRings": 4},
            {"answerConfirmationRequiredEnabled": false, "numberOfRings": 2},
            {"phoneNumber": "+447700900123", "answerConfirmationRequiredEnabled": false, "numberOfRings": "5"},
            {"answerConfirmationRequiredEnabled": false, "numberOfRings": 2},
            {"answerConfirmationRequiredEnabled": false, "numberOfRings": 2}],
        "criteria": [{"id": "C1", "scheduleName": "", "source": "SPECIFIC_NUMBERS", "ringEnabled": false}]
    })")
        .object();
}
} // namespace

void TestSequentialRingSettings::getHasStringRingsAndEmptySlots()
{
    const SequentialRingSettings s = SequentialRingSettings::fromJson(getAnswer());
    QVERIFY(s.enabled && s.ringBaseLocationFirst && !s.continueIfBaseLocationIsBusy);
    QVERIFY(s.callsToVoicemail);
    QCOMPARE(s.baseLocationRings, 3);
    QCOMPARE(s.numbers.size(), 2);
    QCOMPARE(s.numbers.at(0), (RingNumber{QStringLiteral("+442071838750"), 4, true}));
    QCOMPARE(s.numbers.at(1), (RingNumber{QStringLiteral("+447700900123"), 5, false}));
    QCOMPARE(s.criteria.size(), 1);
    QVERIFY(!s.criteria.first().allNumbers && !s.criteria.first().ringEnabled);
}

void TestSequentialRingSettings::putHasIntegerRingsAndOnlyUsedNumbers()
{
    const QByteArray put = SequentialRingSettings::fromJson(getAnswer()).toPutJson();
    QJsonParseError error;
    const QJsonObject body = QJsonDocument::fromJson(put, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY(body.value(QLatin1String("baseLocationNumberOfRings")).isDouble());
    QCOMPARE(body.value(QLatin1String("baseLocationNumberOfRings")).toInt(), 3);
    const QJsonArray numbers = body.value(QLatin1String("phoneNumbers")).toArray();
    QCOMPARE(numbers.size(), 2);
    QVERIFY(numbers.at(1).toObject().value(QLatin1String("numberOfRings")).isDouble());
    QCOMPARE(numbers.at(1).toObject().value(QLatin1String("numberOfRings")).toInt(), 5);
    QVERIFY(!body.contains(QLatin1String("criteria")));
    QVERIFY(put.startsWith("{\n    \"enabled\": true,\n"));
}

void TestSequentialRingSettings::validation_data()
{
    QTest::addColumn<QStringList>("numbers");
    QTest::addColumn<int>("rings");
    QTest::addColumn<int>("baseRings");
    QTest::addColumn<bool>("enabled");
    QTest::addColumn<bool>("error");
    QTest::addColumn<QString>("message");
    const QStringList two{QStringLiteral("+442071838750"), QStringLiteral("+442071839751")};
    QTest::newRow("valid") << two << 3 << 2 << true << false << QString();
    QTest::newRow("not a number") << QStringList{QStringLiteral("+44 20 71")} << 3 << 2 << true
                                  << true << QStringLiteral("Number 1");
    QTest::newRow("duplicate in another shape")
        << QStringList{QStringLiteral("+442071838750"), QStringLiteral("+44-20-7183-8750")} << 3
        << 2 << true << true << QStringLiteral("already in the list");
    QTest::newRow("rings 1") << two << 1 << 2 << true << true << QStringLiteral("from 2 to 20");
    QTest::newRow("rings 21") << two << 21 << 2 << true << true << QStringLiteral("is 21");
    QTest::newRow("rings 20") << two << 20 << 2 << true << false << QString();
    QTest::newRow("base rings 0") << two << 2 << 0 << true << true
                                  << QStringLiteral("Rings at this workspace is 0");
    QTest::newRow("on without a number is a warning")
        << QStringList() << 2 << 2 << true << false << QStringLiteral("no number to ring");
    QTest::newRow("off without a number") << QStringList() << 2 << 2 << false << false << QString();
}

void TestSequentialRingSettings::validation()
{
    QFETCH(QStringList, numbers);
    QFETCH(int, rings);
    QFETCH(int, baseRings);
    QFETCH(bool, enabled);
    QFETCH(bool, error);
    QFETCH(QString, message);
    SequentialRingSettingsModel model;
    model.setDefaultRegion(QStringLiteral("GB"));
    model.setEnabled(enabled);
    model.setBaseLocationRings(baseRings);
    for (int i = 0; i < numbers.size(); ++i) {
        model.setNumber(i, numbers.at(i));
        model.setRings(i, rings);
    }
    QStringList messages;
    for (const RingIssue &issue : model.issues())
        messages.append(issue.message);
    QVERIFY2(model.hasErrors() == error, qPrintable(messages.join(QLatin1Char('|'))));
    if (message.isEmpty())
        QVERIFY2(messages.isEmpty(), qPrintable(messages.join(QLatin1Char('|'))));
    else
        QVERIFY2(messages.join(QLatin1Char('|')).contains(message),
                 qPrintable(messages.join(QLatin1Char('|'))));
}

void TestSequentialRingSettings::reorderingIsTheRingingOrder()
{
    SequentialRingSettingsModel model;
    model.setSettings(SequentialRingSettings::fromJson(getAnswer()));
    QSignalSpy changed(&model, &SequentialRingSettingsModel::changed);
    model.moveDown(0);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(model.number(0), QStringLiteral("+447700900123"));
    QCOMPARE(model.number(1), QStringLiteral("+442071838750"));
    QCOMPARE(model.rings(1), 4); // its rings and confirmation move with it
    QVERIFY(model.answerConfirmation(1));
    model.moveDown(1); // below an empty slot: still rung second, as PUT leaves gaps out
    QCOMPARE(model.number(2), QStringLiteral("+442071838750"));
    QCOMPARE(model.settings().numbers.last().phoneNumber, QStringLiteral("+442071838750"));
    model.moveUp(2);
    model.moveUp(1);
    QCOMPARE(model.settings().numbers.first().phoneNumber, QStringLiteral("+442071838750"));
    QCOMPARE(changed.size(), 4);
    model.moveUp(0); // the top row stays
    model.moveDown(4);
    QCOMPARE(changed.size(), 4);
}

void TestSequentialRingSettings::numbersAreSentInE164()
{
    SequentialRingSettingsModel model;
    model.setDefaultRegion(QStringLiteral("GB"));
    QSignalSpy changed(&model, &SequentialRingSettingsModel::changed);
    model.setNumber(2, QStringLiteral("020 7183 8750"));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().first().toInt(), 2);
    model.setNumber(2, QStringLiteral("020 7183 8750")); // the same: no signal
    QCOMPARE(changed.size(), 1);
    QCOMPARE(model.settings().numbers.size(), 1);
    QCOMPARE(model.settings().numbers.first().phoneNumber, QStringLiteral("+442071838750"));
    QVERIFY(model.putJson().contains("\"+442071838750\""));
}

QTEST_MAIN(TestSequentialRingSettings)
#include "tst_sequentialringsettings.moc"
