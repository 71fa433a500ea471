// BulkJournal: every record durable in order, told on the caller's thread, drained on close.
#include "app/files/bulkjournal.h"
#include "app/files/journalformat.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace seqring;

// One fsync per record, on the writer thread; the receiver hears once its record is on disk.
class TestBulkJournal : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyRecordIsSynced();
    void toldOnlyWhileTheReceiverLives();
    void closingDrainsTheQueue();
    void aBurstIsWrittenInOrderAndToldInOrder();
    void formatLinesReadBack_data();
    void formatLinesReadBack();
    void formatVersions_data();
    void formatVersions();
};

namespace
{
QJsonObject record(const char *event, const QString &workspace)
{
    return {{QLatin1String("event"), QLatin1String(event)},
            {QLatin1String("workspaceId"), workspace},
            {QLatin1String("displayName"), workspace}};
}
} // namespace

void TestBulkJournal::everyRecordIsSynced()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("run.jsonl"));
    QString error;
    BulkJournal journal;
    QVERIFY(journal.open(path, &error));
    // What a run does before it sends: the create goes out only once this is true.
    int syncsWhenTold = -1;
    JournalEntry::State stateWhenTold = JournalEntry::State::Open;
    journal.post(record("sending", QStringLiteral("A")), this,
                 [&](bool durable, const QString &why) {
                     QVERIFY2(durable, qPrintable(why));
                     syncsWhenTold = journal.durableRecords();
                     QHash<QString, JournalEntry> entries;
                     QString loadError;
                     QVERIFY(BulkJournal::load(path, &entries, &loadError));
                     stateWhenTold = entries.value(QStringLiteral("A")).state;
                 });
    QCOMPARE(syncsWhenTold, -1); // told through the event loop, never from inside post()
    QTRY_COMPARE(syncsWhenTold, 1);
    QCOMPARE(stateWhenTold, JournalEntry::State::InFlight);
    QJsonObject answer = record("answer", QStringLiteral("A"));
    answer.insert(QLatin1String("httpStatus"), 201);
    answer.insert(QLatin1String("criteriaId"), QStringLiteral("C1"));
    int told = 0;
    journal.post(answer, this, [&](bool durable, const QString &) { told += durable ? 1 : 0; });
    QJsonObject result = record("result", QStringLiteral("A"));
    result.insert(QLatin1String("result"), QStringLiteral("created"));
    journal.post(result, this, [&](bool durable, const QString &) { told += durable ? 1 : 0; });
    QTRY_COMPARE(told, 2);
    QCOMPARE(journal.durableRecords(), 3);
    QVERIFY(journal.append(record("sending", QStringLiteral("B")), &error));
    QCOMPARE(journal.durableRecords(), 4); // append() returns once it is durable
    QHash<QString, JournalEntry> entries;
    QVERIFY2(BulkJournal::load(path, &entries, &error), qPrintable(error));
    QCOMPARE(entries.value(QStringLiteral("A")).state, JournalEntry::State::Finished);
    QCOMPARE(entries.value(QStringLiteral("A")).result, QStringLiteral("created"));
    QCOMPARE(entries.value(QStringLiteral("B")).state, JournalEntry::State::InFlight);
}

void TestBulkJournal::toldOnlyWhileTheReceiverLives()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("run.jsonl"));
    QString error;
    BulkJournal journal;
    QVERIFY(journal.open(path, &error));
    bool calledAfterGone = false;
    auto receiver = std::make_unique<QObject>();
    journal.post(record("sending", QStringLiteral("A")), receiver.get(),
                 [&](bool, const QString &) { calledAfterGone = true; });
    receiver.reset();
    // A later record told to a live receiver: by then the earlier answer was delivered or dropped.
    bool later = false;
    journal.post(record("result", QStringLiteral("A")), this,
                 [&](bool durable, const QString &) { later = durable; });
    QTRY_VERIFY(later);
    QVERIFY(!calledAfterGone);
    QCOMPARE(journal.durableRecords(), 2); // the record itself was written all the same
}

void TestBulkJournal::closingDrainsTheQueue()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("run.jsonl"));
    QString error;
    {
        BulkJournal journal;
        QVERIFY(journal.open(path, &error));
        for (int i = 0; i < 50; ++i) {
            journal.post(record("sending", QString::number(i)), this, {});
            QJsonObject failed = record("result", QString::number(i));
            failed.insert(QLatin1String("result"), QStringLiteral("failed"));
            journal.post(failed, this, {});
        }
    } // closing writes all that was queued
    QHash<QString, JournalEntry> entries;
    QVERIFY2(BulkJournal::load(path, &entries, &error), qPrintable(error));
    QCOMPARE(entries.size(), 50);
    for (int i = 0; i < 50; ++i)
        QCOMPARE(entries.value(QString::number(i)).state, JournalEntry::State::Open);
}

void TestBulkJournal::aBurstIsWrittenInOrderAndToldInOrder()
{
    // Records queued while an fsync runs share the next one; each is still told only once
    // it is durable, in the order posted, and the file has them in that order.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("run.jsonl"));
    QString error;
    BulkJournal journal;
    QVERIFY(journal.open(path, &error));
    QList<int> told;
    bool allDurableWhenTold = true;
    for (int i = 0; i < 200; ++i) {
        journal.post(record("sending", QString::number(i)), this,
                     [&, i](bool durable, const QString &) {
                         allDurableWhenTold =
                             allDurableWhenTold && durable && journal.durableRecords() >= i + 1;
                         told.append(i);
                     });
    }
    QTRY_COMPARE(told.size(), 200);
    QVERIFY(allDurableWhenTold);
    for (int i = 0; i < 200; ++i)
        QCOMPARE(told.at(i), i);
    QCOMPARE(journal.durableRecords(), 200);
    QVERIFY(journal.syncs() >= 1 && journal.syncs() <= 200);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 200);
    for (int i = 0; i < 200; ++i) {
        const QJsonObject line = QJsonDocument::fromJson(lines.at(i)).object();
        QCOMPARE(line.value(QLatin1String("workspaceId")).toString(), QString::number(i));
    }
}

void TestBulkJournal::formatLinesReadBack_data()
{
    const BulkTarget a{QStringLiteral("WS-A"), QStringLiteral("Lobby \"A\""), 0};
    QTest::addColumn<QJsonObject>("line");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("field"); // what the parsed line must hold, as text
    QTest::newRow("sending") << JournalFormat::sending(a, QStringLiteral("T1"),
                                                       {QStringLiteral("C1"), QStringLiteral("C2")})
                             << int(JournalLine::Kind::Sending) << QStringLiteral("T1 C1,C2");
    QTest::newRow("answer") << JournalFormat::answer(a, 201, QStringLiteral("C3"),
                                                     QStringLiteral("T1"))
                            << int(JournalLine::Kind::Answer) << QStringLiteral("201 C3 T1");
    QTest::newRow("result") << JournalFormat::result(a, QStringLiteral("failed"), QString(),
                                                     QStringLiteral("No."), true)
                            << int(JournalLine::Kind::Result) << QStringLiteral("failed No. 1");
    QTest::newRow("retry") << JournalFormat::retry() << int(JournalLine::Kind::Retry) << QString();
    QTest::newRow("resume") << JournalFormat::resume() << int(JournalLine::Kind::Resume)
                            << QString();
    QTest::newRow("end") << JournalFormat::end(true) << int(JournalLine::Kind::End) << QString();
}

void TestBulkJournal::formatLinesReadBack()
{
    QFETCH(QJsonObject, line);
    QFETCH(int, kind);
    QFETCH(QString, field);
    JournalLine parsed;
    QString error;
    QVERIFY2(
        JournalFormat::parse(QJsonDocument(line).toJson(QJsonDocument::Compact), &parsed, &error),
        qPrintable(error));
    QCOMPARE(int(parsed.kind), kind);
    QString text;
    switch (parsed.kind) {
    case JournalLine::Kind::Sending:
        text = parsed.trackingId + QLatin1Char(' ') + parsed.knownBefore.join(QLatin1Char(','));
        break;
    case JournalLine::Kind::Answer:
        text = QStringLiteral("%1 %2 %3")
                   .arg(parsed.httpStatus)
                   .arg(parsed.criteriaId, parsed.trackingId);
        break;
    case JournalLine::Kind::Result:
        text = QStringLiteral("%1 %2 %3").arg(parsed.result, parsed.message).arg(parsed.unresolved);
        break;
    default:
        break;
    }
    QCOMPARE(text, field);
    if (!field.isEmpty()) {
        QCOMPARE(parsed.workspaceId, QStringLiteral("WS-A"));
        QCOMPARE(parsed.displayName, QStringLiteral("Lobby \"A\""));
    }
}

void TestBulkJournal::formatVersions_data()
{
    BulkRunRecord run;
    run.criteria.ringEnabled = true;
    run.apiRoot = QStringLiteral("http://127.0.0.1:1/v1");
    run.targets = {{QStringLiteral("WS-A"), QString(), 0}};
    const QJsonObject current = JournalFormat::run(run);
    QJsonObject old = current; // as builds before the format's version wrote it
    old.remove(QLatin1String("format"));
    old.remove(QLatin1String("version"));
    QJsonObject newer = current;
    newer.insert(QLatin1String("version"), JournalFormat::kVersion + 1);
    QJsonObject other = current;
    other.insert(QLatin1String("format"), QStringLiteral("someone-else/log"));
    QTest::addColumn<QJsonObject>("runLine");
    QTest::addColumn<int>("version"); // -1: refused
    QTest::addColumn<QString>("mention");
    QTest::newRow("current") << current << JournalFormat::kVersion << QString();
    QTest::newRow("before versions") << old << 0 << QString();
    QTest::newRow("newer") << newer << -1
                           << QStringLiteral("journal version %1").arg(JournalFormat::kVersion + 1);
    QTest::newRow("another format") << other << -1 << QStringLiteral("someone-else/log");
}

void TestBulkJournal::formatVersions()
{
    QFETCH(QJsonObject, runLine);
    QFETCH(int, version);
    QFETCH(QString, mention);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("run.jsonl"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(runLine).toJson(QJsonDocument::Compact) + '\n');
    file.write(QJsonDocument(JournalFormat::sending({QStringLiteral("WS-A"), {}, 0}, {}, {}))
                   .toJson(QJsonDocument::Compact) +
               '\n');
    file.close();
    QList<JournalLine> lines;
    QString error;
    const bool read = JournalFormat::read(path, &lines, &error);
    QHash<QString, JournalEntry> entries;
    QString loadError;
    QCOMPARE(BulkJournal::load(path, &entries, &loadError), read);
    if (version < 0) {
        QVERIFY(!read);
        QVERIFY2(error.contains(path) && error.contains(mention), qPrintable(error));
        QCOMPARE(loadError, error);
        return;
    }
    QVERIFY2(read, qPrintable(error));
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.first().version, version);
    QCOMPARE(lines.first().run.apiRoot, QStringLiteral("http://127.0.0.1:1/v1"));
    QCOMPARE(entries.value(QStringLiteral("WS-A")).state, JournalEntry::State::InFlight);
}

QTEST_GUILESS_MAIN(TestBulkJournal)
#include "tst_bulkjournal.moc"
