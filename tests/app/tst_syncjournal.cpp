// The sync journal's format: what its records say of each workspace once read back, and the
// files it refuses.
#include "app/files/syncjournal.h"

#include <QJsonDocument>
#include <QTest>

using namespace seqring;

namespace
{
QByteArray line(const QJsonObject &record)
{
    return QJsonDocument(record).toJson(QJsonDocument::Compact) + '\n';
}

QByteArray header()
{
    SyncJournalHeader h;
    h.apiRoot = QStringLiteral("https://webexapis.com/v1");
    h.source = QStringLiteral("/tmp/desired.json");
    h.allowDelete = true;
    h.concurrency = 4;
    return line(SyncJournal::header(h));
}

SyncAction create()
{
    SyncAction a;
    a.kind = SyncAction::Kind::CreateCriteria;
    a.criteria.callsFrom = CallsFrom::AnyPhoneNumber;
    a.criteria.ringEnabled = true;
    return a;
}

SyncAction remove(const QString &id)
{
    SyncAction a;
    a.kind = SyncAction::Kind::DeleteCriteria;
    a.criteriaId = id;
    return a;
}
} // namespace

class TestSyncJournal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void states_data();
    void states();
    void sendingKeepsWhatWasSent();
    void headerRoundTrip();
    void runRoundTrip_data();
    void runRoundTrip();
    void versionOneRead();
    void refused_data();
    void refused();
    void lastLineCutOff();
};

void TestSyncJournal::states_data()
{
    QTest::addColumn<QByteArray>("records");
    QTest::addColumn<int>("state");
    QTest::addColumn<bool>("matched");
    const QString ws = QStringLiteral("WS-1");
    const QByteArray sending =
        line(SyncJournal::sending(ws, QStringLiteral("Lobby"), create(), {}, QStringLiteral("T1")));
    const QByteArray answered =
        line(SyncJournal::answer(ws, SyncAction::Kind::CreateCriteria, 201, QStringLiteral("C-9"),
                                 QStringLiteral("T1"), false));
    const QByteArray lost = line(SyncJournal::answer(ws, SyncAction::Kind::CreateCriteria, 0, {},
                                                     QStringLiteral("T1"), true));
    const QByteArray done = line(SyncJournal::result(ws, QStringLiteral("Lobby"), true, true, {}));
    const QByteArray failed =
        line(SyncJournal::result(ws, QStringLiteral("Lobby"), false, false, {}));
    const int finished = int(SyncJournalEntry::State::Finished);
    const int inFlight = int(SyncJournalEntry::State::InFlight);
    const int open = int(SyncJournalEntry::State::Open);
    QTest::newRow("sent, no answer") << sending << inFlight << false;
    QTest::newRow("answered") << sending + answered << open << false;
    QTest::newRow("answer lost") << sending + lost << inFlight << false;
    QTest::newRow("finished") << sending + answered + done << finished << true;
    QTest::newRow("failed") << sending + failed << open << false;
    QTest::newRow("finished, then sent again") << done + sending << inFlight << true;
    QTest::newRow("resumed after it finished")
        << done + line(SyncJournal::marker(QStringLiteral("resume"))) << finished << true;
}

void TestSyncJournal::states()
{
    QFETCH(QByteArray, records);
    QFETCH(int, state);
    QFETCH(bool, matched);
    SyncJournalContents contents;
    QString error;
    QVERIFY2(SyncJournal::parse(header() + records, QStringLiteral("j"), &contents, &error),
             qPrintable(error));
    const SyncJournalEntry entry = contents.workspaces.value(QStringLiteral("WS-1"));
    QCOMPARE(int(entry.state), state);
    QCOMPARE(entry.matched, matched);
    QCOMPARE(entry.displayName, QStringLiteral("Lobby"));
}

void TestSyncJournal::sendingKeepsWhatWasSent()
{
    const QByteArray records =
        line(SyncJournal::sending(QStringLiteral("WS-1"), QStringLiteral("Lobby"), create(),
                                  {QStringLiteral("C-1"), QStringLiteral("C-2")},
                                  QStringLiteral("T1"))) +
        line(SyncJournal::sending(QStringLiteral("WS-2"), QStringLiteral("Hall"),
                                  remove(QStringLiteral("C-7")), {}, QStringLiteral("T2")));
    SyncJournalContents contents;
    QString error;
    QVERIFY(SyncJournal::parse(header() + records, QStringLiteral("j"), &contents, &error));
    const SyncJournalEntry created = contents.workspaces.value(QStringLiteral("WS-1"));
    QCOMPARE(created.action, SyncAction::Kind::CreateCriteria);
    QVERIFY(created.criteria.has_value());
    QCOMPARE(*created.criteria, create().criteria);
    QCOMPARE(created.knownBefore, (QStringList{QStringLiteral("C-1"), QStringLiteral("C-2")}));
    QCOMPARE(created.trackingId, QStringLiteral("T1"));
    const SyncJournalEntry deleted = contents.workspaces.value(QStringLiteral("WS-2"));
    QCOMPARE(deleted.action, SyncAction::Kind::DeleteCriteria);
    QCOMPARE(deleted.criteriaId, QStringLiteral("C-7"));
    QVERIFY(!deleted.criteria.has_value());
}

void TestSyncJournal::headerRoundTrip()
{
    SyncJournalContents contents;
    QString error;
    const QByteArray data = header() + line(SyncJournal::marker(QStringLiteral("end")));
    QVERIFY(SyncJournal::parse(data, QStringLiteral("j"), &contents, &error));
    QCOMPARE(contents.header.apiRoot, QStringLiteral("https://webexapis.com/v1"));
    QCOMPARE(contents.header.source, QStringLiteral("/tmp/desired.json"));
    QCOMPARE(contents.header.allowDelete, true);
    QCOMPARE(contents.header.concurrency, 4);
    QCOMPARE(contents.header.templateMode, false);
    QVERIFY(contents.ended);
    const QJsonObject first = QJsonDocument::fromJson(data.left(data.indexOf('\n'))).object();
    QCOMPARE(first.value(QLatin1String("format")).toString(),
             QStringLiteral("seqring-admin/sync-journal"));
    QCOMPARE(first.value(QLatin1String("version")).toInt(), SyncJournal::kVersion);
    QVERIFY(contents.header.entries.isEmpty());
    QVERIFY(contents.header.targets.isEmpty());
}

void TestSyncJournal::runRoundTrip_data()
{
    QTest::addColumn<bool>("templateMode");
    QTest::newRow("a template") << true;
    QTest::newRow("desired entries") << false;
}

// Version 2: the "sync" record carries what the window's run makes equal and its targets.
void TestSyncJournal::runRoundTrip()
{
    QFETCH(bool, templateMode);
    SyncJournalHeader h;
    h.apiRoot = QStringLiteral("https://webexapis.com/v1");
    h.orgId = QStringLiteral("ORG-1");
    h.templateMode = templateMode;
    h.concurrency = 2;
    const int count = templateMode ? 1 : 2;
    for (int i = 0; i < count; ++i) {
        WorkspaceState w;
        w.id = QStringLiteral("WS-%1").arg(i + 1);
        w.displayName = QStringLiteral("Lobby %1").arg(i + 1);
        w.professional = true;
        w.settings = SequentialRingSettings();
        w.settings->enabled = true;
        w.settings->numbers = {{QStringLiteral("+14085550199"), 4, false}};
        w.criteria = {{QStringLiteral("C-%1").arg(i), create().criteria, {}}};
        h.entries.append(w);
    }
    h.targets = {{QStringLiteral("WS-1"), QStringLiteral("Lobby 1"), 0},
                 {QString(), QStringLiteral("Hall by name"), 0}};
    SyncJournalContents contents;
    QString error;
    QVERIFY2(
        SyncJournal::parse(line(SyncJournal::header(h)), QStringLiteral("j"), &contents, &error),
        qPrintable(error));
    QCOMPARE(contents.header.templateMode, templateMode);
    QCOMPARE(contents.header.entries.size(), count);
    for (int i = 0; i < count; ++i) {
        const WorkspaceState &read = contents.header.entries.at(i);
        QCOMPARE(read.id, h.entries.at(i).id);
        QCOMPARE(read.displayName, h.entries.at(i).displayName);
        QVERIFY(read.settings);
        QCOMPARE(read.settings->numbers, h.entries.at(i).settings->numbers);
        QCOMPARE(read.criteria.size(), 1);
        QCOMPARE(read.criteria.first().id, h.entries.at(i).criteria.first().id);
        QVERIFY(read.criteria.first().criteria == create().criteria);
    }
    QCOMPARE(contents.header.targets.size(), 2);
    QCOMPARE(contents.header.targets.at(0).workspaceId, QStringLiteral("WS-1"));
    QCOMPARE(contents.header.targets.at(1).workspaceId, QString());
    QCOMPARE(contents.header.targets.at(1).displayName, QStringLiteral("Hall by name"));
    QVERIFY(!contents.ended);
}

// A journal of version 1 (before the entries and targets) is still read, and resumed.
void TestSyncJournal::versionOneRead()
{
    const QByteArray data =
        R"({"event":"sync","format":"seqring-admin/sync-journal","version":1,)"
        R"("apiRoot":"https://webexapis.com/v1","orgId":"","source":"/tmp/desired.json",)"
        R"("mode":"desired","allowDelete":false,"concurrency":4})"
        "\n" +
        line(SyncJournal::result(QStringLiteral("WS-1"), QStringLiteral("Lobby"), true, true, {}));
    SyncJournalContents contents;
    QString error;
    QVERIFY2(SyncJournal::parse(data, QStringLiteral("j"), &contents, &error), qPrintable(error));
    QCOMPARE(contents.header.source, QStringLiteral("/tmp/desired.json"));
    QVERIFY(contents.header.entries.isEmpty());
    QVERIFY(contents.header.targets.isEmpty());
    QCOMPARE(contents.workspaces.value(QStringLiteral("WS-1")).state,
             SyncJournalEntry::State::Finished);
    QVERIFY(!contents.ended);
}

void TestSyncJournal::refused_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("says");
    QTest::newRow("newer version")
        << QByteArray(R"({"event":"sync","format":"seqring-admin/sync-journal","version":3})")
        << QStringLiteral("version 3");
    QTest::newRow("entries unreadable")
        << QByteArray(R"({"event":"sync","format":"seqring-admin/sync-journal","version":2,)"
                      R"("targets":[{"workspaceId":"WS-1"}],"entries":{"format":"other"}})")
        << QStringLiteral("entries that cannot be read");
    QTest::newRow("a bulk journal")
        << QByteArray(R"({"event":"run","criteria":{}})") << QStringLiteral("not a sync journal");
    QTest::newRow("empty") << QByteArray("\n") << QStringLiteral("empty");
    QTest::newRow("broken line inside")
        << header() + "{\"event\":\n" + line(SyncJournal::marker(QStringLiteral("end")))
        << QStringLiteral("damaged at line 2");
}

void TestSyncJournal::refused()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, says);
    SyncJournalContents contents;
    QString error;
    QVERIFY(!SyncJournal::parse(data, QStringLiteral("run.jsonl"), &contents, &error));
    QVERIFY2(error.contains(says), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("run.jsonl")), qPrintable(error));
}

void TestSyncJournal::lastLineCutOff()
{
    const QByteArray data =
        header() +
        line(SyncJournal::result(QStringLiteral("WS-1"), QStringLiteral("Lobby"), true, true, {})) +
        R"({"event":"sending","workspaceId":"WS-2","act)";
    SyncJournalContents contents;
    QString error;
    QVERIFY2(SyncJournal::parse(data, QStringLiteral("j"), &contents, &error), qPrintable(error));
    QCOMPARE(contents.workspaces.size(), 1);
}

QTEST_GUILESS_MAIN(TestSyncJournal)
#include "tst_syncjournal.moc"
