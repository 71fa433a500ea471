// The journals of earlier releases still resume: `seqring-admin apply --resume` over a copy
// of a committed journal (tests/app/data), written by a run over three of the sandbox's demo
// workspaces and cut where a crash would cut it: London - Boardroom finished (created), San
// Jose - Lobby Phone's create sent and not answered (in flight), San Jose - Huddle 2 not
// reached. journal-v0.jsonl is the format from before versions, journal-v1.jsonl version 1.
// A journal of a newer version is refused.
#include "app/files/bulkjournal.h"
#include "app/files/journalformat.h"
#include "tests/common/bulkclitest.h"

using namespace seqring;
using namespace seqring::test;

namespace
{
const QString kBoardroom = QStringLiteral(
    "Y2lzY29zcGFyazovL3VzL1BMQUNFUy9jNzlhNWViZC1mZmZhLTQ2ZWUtOTAwOC0xY2FhZTFmMTY0MjM");
const QString kLobby = QStringLiteral(
    "Y2lzY29zcGFyazovL3VzL1BMQUNFUy80OGEyNjVhMS02YjU0LTRhYzYtYWY2ZC0yYjI0MmFmMDUwY2E");
const QString kHuddle = QStringLiteral(
    "Y2lzY29zcGFyazovL3VzL1BMQUNFUy82NWE3Y2MwYS05ZjhjLTQ3MTgtYjM5ZS1jYWUyM2EzYTIxNWQ");
} // namespace

// Runs apply against a seqring-sandbox process with its demo data only.
class TestJournalSamples : public BulkCliTest
{
    Q_OBJECT

private Q_SLOTS:
    void init() { setUp(); }
    void cleanup() { tearDown(); }
    void sampleResumes_data();
    void sampleResumes();
    void newerVersionRefused_data();
    void newerVersionRefused();

private:
    // The committed sample `name`, copied to the test's folder as run.journal (writable).
    QString copySample(const QString &name);
    // Creates the any-number criteria on `workspaceId` as the lost create would have.
    bool createDirectly(const QString &workspaceId);
};

QString TestJournalSamples::copySample(const QString &name)
{
    QFile sample(QStringLiteral(SEQRING_SOURCE_DIR "/tests/app/data/") + name);
    if (!sample.open(QIODevice::ReadOnly))
        return {};
    writeFile(QStringLiteral("run.journal"), sample.readAll());
    return path(QStringLiteral("run.journal"));
}

bool TestJournalSamples::createDirectly(const QString &workspaceId)
{
    QNetworkAccessManager manager;
    QNetworkRequest request(QUrl(m_apiRoot + QStringLiteral("/telephony/config/workspaces/") +
                                 workspaceId + QStringLiteral("/sequentialRing/criteria")));
    request.setRawHeader("Authorization", "Bearer " + kBulkToken.toUtf8());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    QNetworkReply *reply = manager.post(request, kAnyNumberDraft);
    QEventLoop loop;
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 201;
}

void TestJournalSamples::sampleResumes_data()
{
    QTest::addColumn<QString>("sample");
    QTest::addColumn<bool>("inFlightCarriedOut");
    QTest::newRow("v1, the create in flight carried out")
        << QStringLiteral("journal-v1.jsonl") << true;
    QTest::newRow("v1, the create in flight lost") << QStringLiteral("journal-v1.jsonl") << false;
    QTest::newRow("v0, the create in flight carried out")
        << QStringLiteral("journal-v0.jsonl") << true;
    QTest::newRow("v0, the create in flight lost") << QStringLiteral("journal-v0.jsonl") << false;
}

void TestJournalSamples::sampleResumes()
{
    QFETCH(QString, sample);
    QFETCH(bool, inFlightCarriedOut);
    QVERIFY(startSandbox({}, 0));
    const QString journal = copySample(sample);
    QVERIFY(!journal.isEmpty());
    // What the journal says, read by this build.
    QHash<QString, JournalEntry> recorded;
    QString error;
    QVERIFY2(BulkJournal::load(journal, &recorded, &error), qPrintable(error));
    QCOMPARE(recorded.value(kBoardroom).state, JournalEntry::State::Finished);
    QCOMPARE(recorded.value(kLobby).state, JournalEntry::State::InFlight);
    QVERIFY(!recorded.contains(kHuddle));
    if (inFlightCarriedOut)
        QVERIFY(createDirectly(kLobby));
    const int createsBefore = stats().value(QLatin1String("creates")).toInt();

    writeFile(QStringLiteral("ids.txt"),
              QStringList{kBoardroom, kLobby, kHuddle}.join(QLatin1Char('\n')).toUtf8());
    QStringList args = applyArgs(path(QStringLiteral("any.json")), QStringLiteral("ids.txt"));
    args.last() = journal;
    const ApplyRun resumed = apply(args + QStringList{QStringLiteral("--resume")});
    QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.stderrText));

    // The finished workspace is not sent again (the sandbox never had its create: it has
    // none); the one in flight is read first and created once in all; the last is created.
    QVERIFY2(
        resumed.stderrText.contains(QLatin1String("London - Boardroom: Done in an earlier run")),
        qPrintable(resumed.stderrText));
    QCOMPARE(criteriaCount(state(), kBoardroom), 0);
    QCOMPARE(criteriaCount(state(), kLobby), 1);
    QCOMPARE(criteriaCount(state(), kHuddle), 1);
    QCOMPARE(stats().value(QLatin1String("creates")).toInt(),
             createsBefore + (inFlightCarriedOut ? 1 : 2));
    if (inFlightCarriedOut)
        QVERIFY2(resumed.stderrText.contains(QLatin1String("San Jose - Lobby Phone: Created by an "
                                                           "earlier run (found by reading")),
                 qPrintable(resumed.stderrText));

    // The journal goes on in the format of this build: it has ended, and reads back whole.
    BulkRunRecord record;
    QVERIFY2(BulkRunRecord::read(journal, &record, &error), qPrintable(error));
    QVERIFY(record.ended);
    QCOMPARE(record.targets.size(), 3);
    QVERIFY2(BulkJournal::load(journal, &recorded, &error), qPrintable(error));
    for (const QString &id : {kBoardroom, kLobby, kHuddle})
        QCOMPARE(recorded.value(id).state, JournalEntry::State::Finished);
}

void TestJournalSamples::newerVersionRefused_data()
{
    QTest::addColumn<bool>("withDraft");
    QTest::newRow("with the draft and the workspaces") << true;
    QTest::newRow("the journal alone") << false;
}

void TestJournalSamples::newerVersionRefused()
{
    QFETCH(bool, withDraft);
    QVERIFY(startSandbox({}, 0));
    const QString journal = copySample(QStringLiteral("journal-v1.jsonl"));
    QFile file(journal);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray text = file.readAll();
    file.close();
    const QByteArray current = "\"version\":" + QByteArray::number(JournalFormat::kVersion);
    QVERIFY(text.contains(current));
    const int newer = JournalFormat::kVersion + 1;
    const QByteArray newerText = "\"version\":" + QByteArray::number(newer);
    text.replace(current, newerText);
    writeFile(QStringLiteral("run.journal"), text);

    writeFile(QStringLiteral("ids.txt"), kHuddle.toUtf8());
    QStringList args =
        withDraft ? applyArgs(path(QStringLiteral("any.json")), QStringLiteral("ids.txt"))
                  : QStringList{QStringLiteral("apply"), QStringLiteral("--journal"), QString()};
    args.last() = journal;
    const ApplyRun refused = apply(args + QStringList{QStringLiteral("--resume")});
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.stderrText.contains(journal), qPrintable(refused.stderrText));
    QVERIFY2(refused.stderrText.contains(QStringLiteral("journal version %1").arg(newer)),
             qPrintable(refused.stderrText));
    QVERIFY2(refused.stderrText.contains(QLatin1String("newer")), qPrintable(refused.stderrText));
    QCOMPARE(stats().value(QLatin1String("requests")).toInt(), 0);
    // The journal is left as it was.
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), text);
}

QTEST_GUILESS_MAIN(TestJournalSamples)
#include "tst_journalsamples.moc"
