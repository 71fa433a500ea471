// AutosaveFile: the versioned JSON of the window's state and back, atomic writes, and the
// files it refuses (cut short, garbage, a newer version, wrong keys), set aside beside it.
#include "app/files/autosavefile.h"
#include "tests/common/filebytes.h"
#include "tests/common/seedcriteria.h"
#include "ui/translations.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace seqring;

Q_DECLARE_METATYPE(seqring::AutosaveState)

namespace
{

AutosaveState createMode()
{
    AutosaveState state;
    state.savedAt = QDateTime(QDate(2026, 12, 1), QTime(9, 30), Qt::UTC);
    state.environment = QStringLiteral("sandbox");
    state.form.criteria = test::documentedSeed();
    state.form.criteria.phoneNumbers << QStringLiteral("020 7183 87"); // as typed, invalid
    state.form.workspaceId = QStringLiteral("WS-1");
    state.form.orgId = QStringLiteral("ORG-1");
    state.hasSchedule = true;
    return state;
}

AutosaveState editMode()
{
    AutosaveState state = createMode();
    state.environment = QStringLiteral("custom");
    state.customApiRoot = QStringLiteral("http://127.0.0.1:9/v1");
    state.hasSchedule = false; // the schedule is kept as typed while it is off
    state.criteriaId = QStringLiteral("CRITERIA-1");
    state.loaded = test::documentedSeed();
    return state;
}

AutosaveState withRingEditor()
{
    AutosaveState state = createMode();
    SequentialRingSettings ring;
    ring.enabled = true;
    ring.baseLocationRings = 4;
    ring.callsToVoicemail = true;
    for (int slot = 0; slot < kMaxRingNumbers; ++slot)
        ring.numbers.append(
            {slot == 1 ? QStringLiteral("+44 20 7183 8750") : QString(), 2 + slot, slot == 1});
    state.ring = ring;
    return state;
}

QByteArray withKey(const QByteArray &json, const QString &key, const QJsonValue &value)
{
    QJsonObject object = QJsonDocument::fromJson(json).object();
    object.insert(key, value);
    return QJsonDocument(object).toJson();
}

} // namespace

class TestAutosaveFile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // English plural forms ("1 minute ago") come from the English catalogue.
    void initTestCase()
    {
        QCOMPARE(Translations::install(QStringLiteral("en")), QStringLiteral("en"));
    }
    void roundTrip_data();
    void roundTrip();
    void writeAndRead();
    void noFile();
    void emptyFormHoldsNoWork();
    void unreadable_data();
    void unreadable();
    void setAsideKeepsTheBytes();
    void describeAge_data();
    void describeAge();
};

void TestAutosaveFile::roundTrip_data()
{
    QTest::addColumn<AutosaveState>("state");
    QTest::newRow("create mode") << createMode();
    QTest::newRow("edit mode, schedule off") << editMode();
    QTest::newRow("ring settings editor open") << withRingEditor();
}

void TestAutosaveFile::roundTrip()
{
    QFETCH(AutosaveState, state);
    const QByteArray json = AutosaveFile::toJson(state);
    const Parsed<AutosaveState> back = AutosaveFile::fromJson(json);
    QVERIFY2(back.ok(), qPrintable(back.error));
    QCOMPARE(back.value->savedAt, state.savedAt);
    QCOMPARE(back.value->environment, state.environment);
    QCOMPARE(back.value->customApiRoot, state.customApiRoot);
    QCOMPARE(back.value->form, state.form);
    QCOMPARE(back.value->hasSchedule, state.hasSchedule);
    QCOMPARE(back.value->criteriaId, state.criteriaId);
    QCOMPARE(back.value->loaded, state.loaded);
    QCOMPARE(back.value->ring.has_value(), state.ring.has_value());
    if (state.ring)
        QCOMPARE(back.value->ring->numbers, state.ring->numbers);
    QCOMPARE(AutosaveFile::toJson(*back.value), json);
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    QCOMPARE(root.value(QLatin1String("version")).toInt(), AutosaveFile::kVersion);
    QCOMPARE(root.value(QLatin1String("mode")).toString(),
             state.isEditing() ? QStringLiteral("edit") : QStringLiteral("create"));
}

void TestAutosaveFile::writeAndRead()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("data/deeper/autosave.json"));
    QCOMPARE(AutosaveFile::write(path, editMode()), QString());
    const Parsed<AutosaveState> back = AutosaveFile::read(path);
    QVERIFY2(back.ok(), qPrintable(back.error));
    QCOMPARE(AutosaveFile::toJson(*back.value), AutosaveFile::toJson(editMode()));
    QCOMPARE(QDir(dir.filePath(QStringLiteral("data/deeper"))).entryList(QDir::Files),
             QStringList{QStringLiteral("autosave.json")}); // QSaveFile left no temporary
}

void TestAutosaveFile::noFile()
{
    QTemporaryDir dir;
    const Parsed<AutosaveState> none = AutosaveFile::read(dir.filePath(QStringLiteral("none")));
    QVERIFY(!none.ok());
    QCOMPARE(none.error, QString());
}

void TestAutosaveFile::emptyFormHoldsNoWork()
{
    AutosaveState state;
    state.form.criteria.schedule = Schedule();
    state.form.workspaceId = QStringLiteral("WS-1"); // the target alone is no work
    QVERIFY(!state.holdsWork());
    state.form.criteria.schedule->name = QStringLiteral("B"); // kept while it is off
    QVERIFY(!state.holdsWork());
    state.hasSchedule = true;
    QVERIFY(state.holdsWork());
    state.hasSchedule = false;
    state.form.criteria.anonymousCallersEnabled = true;
    QVERIFY(state.holdsWork());
    QVERIFY(createMode().holdsWork());
}

void TestAutosaveFile::unreadable_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("problem");
    const QByteArray good = AutosaveFile::toJson(withRingEditor());
    QTest::newRow("truncated") << good.left(good.size() / 2) << QStringLiteral("cut short");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("not valid JSON");
    QTest::newRow("garbage") << QByteArray("\x7f"
                                           "ELF\x02\x01\x01\0\0\xff\xfe",
                                           11)
                             << QStringLiteral("not valid JSON");
    QTest::newRow("another program's JSON")
        << QByteArray(R"({"name": "x"})") << QStringLiteral("not an autosave");
    QTest::newRow("newer version")
        << withKey(good, QStringLiteral("version"), 2) << QStringLiteral("newer version");
    QTest::newRow("no version") << withKey(good, QStringLiteral("version"), QStringLiteral("1"))
                                << QStringLiteral("format version");
    QTest::newRow("unknown mode") << withKey(good, QStringLiteral("mode"), QStringLiteral("send"))
                                  << QStringLiteral("\"mode\"");
    QTest::newRow("edit without its criteria")
        << withKey(good, QStringLiteral("mode"), QStringLiteral("edit"))
        << QStringLiteral("\"edit\"");
    QTest::newRow("form without callsFrom")
        << withKey(good, QStringLiteral("form"), QJsonObject{{QStringLiteral("ringEnabled"), true}})
        << QStringLiteral("callsFrom");
    const auto withRings = [&good](const QJsonValue &rings) {
        return withKey(good, QStringLiteral("ringSettings"),
                       QJsonObject{{QStringLiteral("enabled"), true},
                                   {QStringLiteral("ringBaseLocationFirst"), false},
                                   {QStringLiteral("baseLocationRings"), rings}});
    };
    QTest::newRow("ring rings out of range")
        << withRings(99) << QStringLiteral("baseLocationRings");
    // Beyond any int: the range is checked before the cast (a cast of 1e300 is undefined).
    QTest::newRow("ring rings beyond any int")
        << withRings(1e300) << QStringLiteral("whole number from");
    QTest::newRow("ring rings not whole") << withRings(2.5) << QStringLiteral("whole number from");
    QTest::newRow("too large") << QByteArray(AutosaveFile::kMaxBytes + 1, ' ')
                               << QStringLiteral("bytes");
}

void TestAutosaveFile::unreadable()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, problem);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("autosave.json"));
    QVERIFY(test::writeBytes(path, bytes));
    const Parsed<AutosaveState> read = AutosaveFile::read(path);
    QVERIFY(!read.ok());
    QVERIFY2(read.error.contains(QDir::toNativeSeparators(path)), qPrintable(read.error));
    QVERIFY2(read.error.contains(problem), qPrintable(read.error));
}

void TestAutosaveFile::setAsideKeepsTheBytes()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("autosave.json"));
    const QDateTime now(QDate(2026, 12, 1), QTime(12, 0, 5), Qt::UTC);
    QStringList aside;
    for (int i = 0; i < 2; ++i) { // twice in the same second: two names
        const QByteArray bytes = "{\"version\": " + QByteArray::number(i);
        QVERIFY(test::writeBytes(path, bytes));
        aside << AutosaveFile::setAside(path, now);
        QVERIFY(!QFile::exists(path));
        QCOMPARE(test::readBytes(aside.last()), bytes);
    }
    QCOMPARE(aside.at(0), dir.filePath(QStringLiteral("autosave-unreadable-20261201-120005.json")));
    QCOMPARE(aside.at(1),
             dir.filePath(QStringLiteral("autosave-unreadable-20261201-120005-2.json")));
}

void TestAutosaveFile::describeAge_data()
{
    QTest::addColumn<int>("seconds");
    QTest::addColumn<QString>("words");
    QTest::newRow("now") << 20 << QStringLiteral("just now");
    QTest::newRow("a minute") << 61 << QStringLiteral("1 minute ago");
    QTest::newRow("minutes") << 45 * 60 << QStringLiteral("45 minutes ago");
    QTest::newRow("hours") << 3 * 3600 + 10 << QStringLiteral("3 hours ago");
    QTest::newRow("days") << 2 * 86400 << QStringLiteral("2 days ago");
    QTest::newRow("clock went back") << -600 << QStringLiteral("just now");
}

void TestAutosaveFile::describeAge()
{
    QFETCH(int, seconds);
    QFETCH(QString, words);
    const QDateTime saved(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC);
    QCOMPARE(AutosaveFile::describeAge(saved, saved.addSecs(seconds)), words);
}

QTEST_GUILESS_MAIN(TestAutosaveFile)
#include "tst_autosavefile.moc"
