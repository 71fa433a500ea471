// BulkJournal: what is made durable when, and that every line is there to resume from.
#include "bulkjournal.h"

#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace seqring;

// One fsync per create: the "sending" line; answers and results ride on the next one.
class TestBulkJournal : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void onlySendingIsSynced();
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

void TestBulkJournal::onlySendingIsSynced()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("run.jsonl"));
    QString error;
    {
        BulkJournal journal;
        QVERIFY(journal.open(path, &error));
        QVERIFY(journal.append(record("sending", QStringLiteral("A")), &error));
        QCOMPARE(journal.syncs(), 1); // on disk before the create is sent
        QJsonObject answer = record("answer", QStringLiteral("A"));
        answer.insert(QLatin1String("httpStatus"), 201);
        answer.insert(QLatin1String("criteriaId"), QStringLiteral("C1"));
        QVERIFY(journal.append(answer, &error));
        QJsonObject result = record("result", QStringLiteral("A"));
        result.insert(QLatin1String("result"), QStringLiteral("created"));
        QVERIFY(journal.append(result, &error));
        QCOMPARE(journal.syncs(), 1);
        QVERIFY(journal.append(record("sending", QStringLiteral("B")), &error));
        QCOMPARE(journal.syncs(), 2); // with it, A's answer and result
        // Written and flushed, so a resume reads them even before the next fsync.
        QHash<QString, JournalEntry> entries;
        QVERIFY2(BulkJournal::load(path, &entries, &error), qPrintable(error));
        QCOMPARE(entries.value(QStringLiteral("A")).state, JournalEntry::State::Finished);
        QCOMPARE(entries.value(QStringLiteral("B")).state, JournalEntry::State::InFlight);
        QJsonObject failed = record("result", QStringLiteral("B"));
        failed.insert(QLatin1String("result"), QStringLiteral("failed"));
        QVERIFY(journal.append(failed, &error));
    } // closing syncs the rest
    QHash<QString, JournalEntry> entries;
    QVERIFY2(BulkJournal::load(path, &entries, &error), qPrintable(error));
    QCOMPARE(entries.value(QStringLiteral("B")).state, JournalEntry::State::Open);
    QCOMPARE(entries.value(QStringLiteral("A")).result, QStringLiteral("created"));
}

QTEST_GUILESS_MAIN(TestBulkJournal)
#include "tst_bulkjournal.moc"
