// The state file: what the writer writes the reader reads back exactly (unknown keys too),
// the files it refuses before anything is sent (each naming the workspace, the key and the
// value), the streaming writer's atomic file, and the summary CSV.
#include "app/files/statefile.h"
#include "tests/common/filebytes.h"
#include "tests/common/sanitizers.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <functional>

using namespace seqring;

Q_DECLARE_METATYPE(seqring::StateDocument)

namespace
{

// The example of the issue.
const QByteArray kExample = R"({"format": "seqring-admin/state", "version": 1,
 "exportedAt": "2026-12-07T10:00:00Z", "apiRoot": "https://webexapis.com/v1", "orgId": null,
 "workspaces": [ {"id": "WS-1", "displayName": "Lobby 12", "locationId": "LOC-1",
   "locationName": "London", "professional": true,
   "sequentialRing": {"enabled": true, "ringBaseLocationFirstEnabled": true,
     "baseLocationNumberOfRings": 3, "continueIfBaseLocationIsBusyEnabled": false,
     "callsToVoicemailEnabled": true,
     "phoneNumbers": [{"phoneNumber": "+442071838750", "answerConfirmationRequiredEnabled": false,
                       "numberOfRings": 4}]},
   "criteria": [{"id": "C-1", "scheduleName": "Business Vacation", "scheduleType": "holidays",
     "scheduleLevel": "GROUP", "callsFrom": "ANY_PHONE_NUMBER", "ringEnabled": false}]}]})";

WorkspaceState professional(int n)
{
    WorkspaceState w;
    w.id = QStringLiteral("WS-%1").arg(n);
    w.displayName = QStringLiteral("Lobby %1, \"east\" ✓").arg(n);
    w.locationId = QStringLiteral("LOC-1");
    w.locationName = QStringLiteral("London");
    w.professional = true;
    SequentialRingSettings s;
    s.enabled = true;
    s.baseLocationRings = 3;
    s.numbers = {{QStringLiteral("+442071838750"), 4, false},
                 {QStringLiteral("+16502530000"), 20, true}};
    w.settings = s;
    Criteria vacation;
    vacation.schedule =
        Schedule{QStringLiteral("Business Vacation"), ScheduleType::Holidays, ScheduleLevel::Group};
    vacation.ringEnabled = false;
    Criteria callers;
    callers.callsFrom = CallsFrom::SelectPhoneNumbers;
    callers.anonymousCallersEnabled = true;
    callers.phoneNumbers = {QStringLiteral("+442071839751")};
    w.criteria = {{QStringLiteral("C-%1").arg(n), vacation, {}}, {{}, callers, {}}};
    return w;
}

StateDocument document(const QList<WorkspaceState> &workspaces)
{
    StateDocument d;
    d.header.exportedAt = QDateTime(QDate(2026, 12, 7), QTime(10, 0), Qt::UTC);
    d.header.apiRoot = QStringLiteral("https://webexapis.com/v1");
    d.workspaces = workspaces;
    return d;
}

// The example with one change made to its JSON.
using Edit = std::function<void(QJsonObject &root, QJsonObject &workspace)>;
QByteArray edited(const Edit &edit)
{
    QJsonObject root = QJsonDocument::fromJson(kExample).object();
    QJsonObject workspace = root.value(QLatin1String("workspaces")).toArray().first().toObject();
    const QJsonValue listed = root.value(QLatin1String("workspaces"));
    edit(root, workspace);
    if (root.value(QLatin1String("workspaces")) == listed) // the edit did not replace the list
        root.insert(QStringLiteral("workspaces"), QJsonArray{workspace});
    return QJsonDocument(root).toJson();
}

// Sets `key` of the first workspace's sequential ring, or of its first criteria, or of the
// first number slot.
Edit ring(const QString &key, const QJsonValue &value)
{
    return [=](QJsonObject &, QJsonObject &w) {
        QJsonObject s = w.value(QLatin1String("sequentialRing")).toObject();
        s.insert(key, value);
        w.insert(QStringLiteral("sequentialRing"), s);
    };
}
Edit criteria(const QString &key, const QJsonValue &value)
{
    return [=](QJsonObject &, QJsonObject &w) {
        QJsonArray list = w.value(QLatin1String("criteria")).toArray();
        QJsonObject c = list.first().toObject();
        c.insert(key, value);
        list[0] = c;
        w.insert(QStringLiteral("criteria"), list);
    };
}
Edit slot(const QString &key, const QJsonValue &value)
{
    return [=](QJsonObject &, QJsonObject &w) {
        QJsonObject s = w.value(QLatin1String("sequentialRing")).toObject();
        QJsonArray numbers = s.value(QLatin1String("phoneNumbers")).toArray();
        QJsonObject n = numbers.first().toObject();
        n.insert(key, value);
        numbers[0] = n;
        s.insert(QStringLiteral("phoneNumbers"), numbers);
        w.insert(QStringLiteral("sequentialRing"), s);
    };
}

// The process's peak resident memory in KiB (Linux), or -1.
qint64 peakKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

} // namespace

class TestStateFile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void readsTheExample();
    void normalisesNumbers();
    void refused_data();
    void refused();
    void readNamesTheFile();
    void writesTenThousandWorkspacesAsItGoes();
    void cancelLeavesNoFile();
    void unwritableFileIsNamed();
    void summaryCsv();
};

void TestStateFile::roundTrip_data()
{
    QTest::addColumn<StateDocument>("original");
    QTest::newRow("empty") << document({});
    QTest::newRow("one") << document({professional(1)});
    WorkspaceState basic = professional(2);
    basic.professional = false;
    basic.settings.reset();
    basic.criteria.clear();
    QTest::newRow("without the license") << document({professional(1), basic});
    StateDocument unknown = document({professional(1), basic});
    unknown.header.orgId = QStringLiteral("ORG-1");
    unknown.header.exportedAt = unknown.header.exportedAt.addMSecs(250);
    unknown.header.unknownKeys = {{QStringLiteral("exportedBy"), QStringLiteral("admin")}};
    unknown.workspaces[0].unknownKeys = {
        {QStringLiteral("tags"), QJsonArray{1, QStringLiteral("x")}}};
    unknown.workspaces[0].settingsUnknownKeys = {
        {QStringLiteral("future"), QJsonObject{{QStringLiteral("a"), true}}}};
    unknown.workspaces[0].criteria[1].unknownKeys = {{QStringLiteral("note"), QJsonValue()}};
    unknown.workspaces[1].unknownKeys = {{QStringLiteral("z"), 1.5}};
    QTest::newRow("unknown keys") << unknown;
}

void TestStateFile::roundTrip()
{
    QFETCH(StateDocument, original);
    const QByteArray json = StateFileWriter::toJson(original);
    const Parsed<StateDocument> read = StateFileReader::fromJson(json);
    QVERIFY2(read.ok(), qPrintable(read.error + QLatin1Char('\n') + QString::fromUtf8(json)));
    QCOMPARE(read.value->header, original.header);
    QCOMPARE(read.value->workspaces, original.workspaces);
    QCOMPARE(StateFileWriter::toJson(*read.value), json);
    QVERIFY(QJsonDocument::fromJson(json).isObject());
}

void TestStateFile::readsTheExample()
{
    const Parsed<StateDocument> read = StateFileReader::fromJson(kExample);
    QVERIFY2(read.ok(), qPrintable(read.error));
    QCOMPARE(read.value->header.orgId, QString());
    QCOMPARE(read.value->header.exportedAt, QDateTime(QDate(2026, 12, 7), QTime(10, 0), Qt::UTC));
    const WorkspaceState &w = read.value->workspaces.first();
    QCOMPARE(w.displayName, QStringLiteral("Lobby 12"));
    QCOMPARE(w.settings->baseLocationRings, 3);
    QCOMPARE(w.settings->numbers, (QList<RingNumber>{{QStringLiteral("+442071838750"), 4, false}}));
    QCOMPARE(w.criteria.first().id, QStringLiteral("C-1"));
    QCOMPARE(w.criteria.first().criteria.schedule->name, QStringLiteral("Business Vacation"));
    QVERIFY(!w.criteria.first().criteria.ringEnabled);
}

void TestStateFile::normalisesNumbers()
{
    const QByteArray json = edited([](QJsonObject &root, QJsonObject &w) {
        ring(QStringLiteral("phoneNumbers"),
             QJsonArray{
                 QJsonObject{{QStringLiteral("phoneNumber"), QStringLiteral("+44 20 7183 8750")},
                             {QStringLiteral("answerConfirmationRequiredEnabled"), true},
                             {QStringLiteral("numberOfRings"), 2}},
                 QJsonObject{{QStringLiteral("phoneNumber"), QString()},
                             {QStringLiteral("answerConfirmationRequiredEnabled"), false},
                             {QStringLiteral("numberOfRings"), 2}}})(root, w);
        criteria(QStringLiteral("callsFrom"), QStringLiteral("SELECT_PHONE_NUMBERS"))(root, w);
        criteria(QStringLiteral("phoneNumbers"), QJsonArray{QStringLiteral("020 7183 9751")})(root,
                                                                                              w);
    });
    const Parsed<StateDocument> read = StateFileReader::fromJson(json, QStringLiteral("GB"));
    QVERIFY2(read.ok(), qPrintable(read.error));
    const WorkspaceState &w = read.value->workspaces.first();
    QCOMPARE(w.settings->numbers, (QList<RingNumber>{{QStringLiteral("+442071838750"), 2, true}}));
    QCOMPARE(w.criteria.first().criteria.phoneNumbers,
             QStringList{QStringLiteral("+442071839751")});
}

void TestStateFile::refused_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("named"); // each must be in the message

    const auto row = [](const char *name, const QByteArray &json, const QStringList &named) {
        QTest::newRow(name) << json << named;
    };
    const auto top = [](const QString &key, const QJsonValue &value) {
        return edited([=](QJsonObject &root, QJsonObject &) { root.insert(key, value); });
    };
    const auto inWorkspace = [](const QString &key, const QJsonValue &value) {
        return edited([=](QJsonObject &, QJsonObject &w) { w.insert(key, value); });
    };
    const QString lobby = QStringLiteral("\"Lobby 12\"");
    row("bad JSON", kExample.left(200), {QStringLiteral("not valid JSON")});
    row("not an object", "[1]", {QStringLiteral("not a state file")});
    row("wrong format", top(QStringLiteral("format"), QStringLiteral("seqring-admin-autosave")),
        {QStringLiteral("\"seqring-admin-autosave\""), QStringLiteral("seqring-admin/state")});
    row("newer version", top(QStringLiteral("version"), 2),
        {QStringLiteral("version 2"), QStringLiteral("newer")});
    row("version not whole", top(QStringLiteral("version"), 1.5),
        {QStringLiteral("\"version\""), QStringLiteral("1.5")});
    row("exportedAt not a time", top(QStringLiteral("exportedAt"), QStringLiteral("yesterday")),
        {QStringLiteral("\"exportedAt\""), QStringLiteral("\"yesterday\"")});
    row("orgId a number", top(QStringLiteral("orgId"), 7),
        {QStringLiteral("\"orgId\""), QStringLiteral("7")});
    row("workspaces not a list", top(QStringLiteral("workspaces"), QStringLiteral("all")),
        {QStringLiteral("\"workspaces\""), QStringLiteral("\"all\"")});
    row("wrong type", inWorkspace(QStringLiteral("professional"), QStringLiteral("yes")),
        {lobby, QStringLiteral("\"professional\""), QStringLiteral("\"yes\"")});
    row("no name: place in list",
        edited([](QJsonObject &, QJsonObject &w) { w.remove(QStringLiteral("displayName")); }),
        {QStringLiteral("Workspace 1 of the list"), QStringLiteral("\"displayName\" is missing")});
    row("rings not whole", edited(ring(QStringLiteral("baseLocationNumberOfRings"), 3.5)),
        {lobby, QStringLiteral("sequentialRing.baseLocationNumberOfRings"), QStringLiteral("3.5")});
    row("rings a string",
        edited(ring(QStringLiteral("baseLocationNumberOfRings"), QStringLiteral("3"))),
        {lobby, QStringLiteral("baseLocationNumberOfRings"), QStringLiteral("\"3\"")});
    row("rings out of range", edited(slot(QStringLiteral("numberOfRings"), 21)),
        {lobby, QStringLiteral("sequentialRing.phoneNumbers[0].numberOfRings"),
         QStringLiteral("21")});
    row("invalid number", edited(slot(QStringLiteral("phoneNumber"), QStringLiteral("12"))),
        {lobby, QStringLiteral("sequentialRing.phoneNumbers[0].phoneNumber"),
         QStringLiteral("\"12\"")});
    row("unknown key in a slot", edited(slot(QStringLiteral("label"), QStringLiteral("desk"))),
        {lobby, QStringLiteral("phoneNumbers[0].label"), QStringLiteral("\"desk\"")});
    QJsonArray six;
    for (int i = 0; i < 6; ++i)
        six.append(QJsonObject{
            {QStringLiteral("phoneNumber"), QStringLiteral("+4420718387%1").arg(50 + i)},
            {QStringLiteral("answerConfirmationRequiredEnabled"), false},
            {QStringLiteral("numberOfRings"), 2}});
    row("six numbers", edited(ring(QStringLiteral("phoneNumbers"), six)),
        {lobby, QStringLiteral("sequentialRing.phoneNumbers"), QStringLiteral("6")});
    row("criteria: unknown value",
        edited(criteria(QStringLiteral("callsFrom"), QStringLiteral("SOME"))),
        {lobby, QStringLiteral("criteria[0]"), QStringLiteral("callsFrom"),
         QStringLiteral("\"SOME\"")});
    row("criteria: combination rule",
        edited(criteria(QStringLiteral("callsFrom"), QStringLiteral("SELECT_PHONE_NUMBERS"))),
        {lobby, QStringLiteral("criteria[0].phoneNumbers"), QStringLiteral("nothing")});
    row("criteria: invalid number", edited([](QJsonObject &root, QJsonObject &w) {
            criteria(QStringLiteral("callsFrom"), QStringLiteral("SELECT_PHONE_NUMBERS"))(root, w);
            criteria(QStringLiteral("phoneNumbers"),
                     QJsonArray{QStringLiteral("+442071838750"), QStringLiteral("abc")})(root, w);
        }),
        {lobby, QStringLiteral("criteria[0].phoneNumbers"), QStringLiteral("\"abc\"")});
    row("criteria: schedule without type",
        edited(criteria(QStringLiteral("scheduleType"), QJsonValue())),
        {lobby, QStringLiteral("criteria[0].scheduleType"), QStringLiteral("null")});
    row("criteria: id not a string", edited(criteria(QStringLiteral("id"), 5)),
        {lobby, QStringLiteral("criteria[0].id"), QStringLiteral("5")});
    row("settings without the license", inWorkspace(QStringLiteral("professional"), false),
        {lobby, QStringLiteral("\"sequentialRing\""), QStringLiteral("Professional")});
    row("license without criteria",
        edited([](QJsonObject &, QJsonObject &w) { w.remove(QStringLiteral("criteria")); }),
        {lobby, QStringLiteral("\"criteria\""), QStringLiteral("missing")});
    row("listed twice", edited([](QJsonObject &root, QJsonObject &w) {
            root.insert(QStringLiteral("workspaces"), QJsonArray{w, w});
        }),
        {QStringLiteral("(2 of the list)"), QStringLiteral("\"WS-1\""),
         QStringLiteral("workspace 1")});
}

void TestStateFile::refused()
{
    QFETCH(QByteArray, json);
    QFETCH(QStringList, named);
    const Parsed<StateDocument> read = StateFileReader::fromJson(json);
    QVERIFY(!read.ok());
    for (const QString &part : named)
        QVERIFY2(read.error.contains(part),
                 qPrintable(read.error + QStringLiteral(" lacks ") + part));
}

void TestStateFile::readNamesTheFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("state.json"));
    QVERIFY(test::writeBytes(path, "{"));
    const Parsed<StateDocument> read = StateFileReader::read(path);
    QVERIFY(!read.ok());
    QVERIFY(read.error.contains(QDir::toNativeSeparators(path)));
    QVERIFY(!StateFileReader::read(dir.filePath(QStringLiteral("none.json"))).ok());
}

void TestStateFile::writesTenThousandWorkspacesAsItGoes()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("state.json"));
    constexpr int kCount = 10000;
    const qint64 before = peakKiB();
    {
        StateFileWriter writer(path);
        QVERIFY(writer.begin(document({}).header));
        for (int n = 0; n < kCount; ++n)
            QVERIFY(writer.append(professional(n)));
        QVERIFY(!QFile::exists(path)); // whole or not at all
        QVERIFY2(writer.commit(), qPrintable(writer.errorString()));
    }
    const qint64 after = peakKiB();
    if (before > 0 && !seqring::test::kUnderAddressSanitizer)
        QVERIFY2(after - before < 50 * 1024,
                 qPrintable(QStringLiteral("peak grew by %1 KiB").arg(after - before)));
    const Parsed<StateDocument> read = StateFileReader::read(path);
    QVERIFY2(read.ok(), qPrintable(read.error));
    QCOMPARE(read.value->workspaces.size(), kCount);
    QCOMPARE(read.value->workspaces.last(), professional(kCount - 1));
}

void TestStateFile::cancelLeavesNoFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("state.json"));
    {
        StateFileWriter writer(path);
        QVERIFY(writer.begin(document({}).header));
        QVERIFY(writer.append(professional(1)));
        writer.cancel();
        QVERIFY(!writer.append(professional(2)));
        QVERIFY(!writer.commit());
    }
    QVERIFY(!QFile::exists(path));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList());
    // An old file stays as it was when a new one is cancelled or dropped.
    QVERIFY(test::writeBytes(path, "old"));
    {
        StateFileWriter writer(path);
        QVERIFY(writer.begin(document({}).header));
        QVERIFY(writer.append(professional(1)));
    }
    QCOMPARE(test::readBytes(path), QByteArray("old"));
}

void TestStateFile::unwritableFileIsNamed()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing-folder/state.json"));
    StateFileWriter writer(path);
    QVERIFY(!writer.begin(document({}).header));
    QVERIFY(writer.errorString().contains(QDir::toNativeSeparators(path)));
    QVERIFY(!writer.append(professional(1)));
    QVERIFY(!writer.commit());
    QVERIFY(!QFile::exists(path));
}

void TestStateFile::summaryCsv()
{
    QCOMPARE(StateFile::summaryHeader(),
             QByteArray("workspaceId,displayName,location,professional,enabled,numbers,"
                        "externalNumbers,criteria,doNotRingCriteria\r\n"));
    const WorkspaceState w = professional(1);
    const QSet<QString> own{QStringLiteral("+442071838750")};
    QCOMPARE(
        StateFile::summaryRow(WorkspaceSummary::of(w, own)),
        QByteArray("WS-1,\"Lobby 1, \"\"east\"\" \xe2\x9c\x93\",London,true,true,2,1,2,1\r\n"));
    QCOMPARE(StateFile::summaryRow(WorkspaceSummary::of(w, std::nullopt)),
             QByteArray("WS-1,\"Lobby 1, \"\"east\"\" \xe2\x9c\x93\",London,true,true,2,,2,1\r\n"));
    WorkspaceState basic = w;
    basic.professional = false;
    basic.settings.reset();
    basic.criteria.clear();
    QCOMPARE(StateFile::summaryRow(WorkspaceSummary::of(basic, own)),
             QByteArray("WS-1,\"Lobby 1, \"\"east\"\" \xe2\x9c\x93\",London,false,,,,,\r\n"));
}

QTEST_MAIN(TestStateFile)
#include "tst_statefile.moc"
