// `seqring-admin apply` and what it shows and keeps: the journal of a run that has ended is its
// report (--resume writes it and sends nothing), and stderr has a progress bar on a terminal
// (a real pseudo-terminal, through script(1)) and a line per workspace otherwise.
#include "app/files/bulkrunrecord.h"
#include "tests/common/bulkclitest.h"

using namespace seqring;
using namespace seqring::test;

// Runs apply against a seqring-sandbox process with 20 generated workspaces.
class TestBulkCliReport : public BulkCliTest
{
    Q_OBJECT

private Q_SLOTS:
    void init() { setUp(); }
    void cleanup() { tearDown(); }
    void endedJournalIsItsReport();
    void progressBarOnTerminal();
};

void TestBulkCliReport::endedJournalIsItsReport()
{
    QVERIFY(startSandbox({}, 20));
    const QStringList ids = professionalIds();
    writeFile(QStringLiteral("ids.txt"), ids.join(QLatin1Char('\n')).toUtf8());
    const QStringList args = applyArgs(path(QStringLiteral("any.json")), QStringLiteral("ids.txt"));
    const ApplyRun first =
        apply(args + QStringList{QStringLiteral("--report"), path(QStringLiteral("first.csv"))});
    QVERIFY2(first.exitCode == 0, qPrintable(first.stderrText));
    // The journal opens with the run and closes with its end.
    const QString journal = path(QStringLiteral("ids.txt.journal"));
    BulkRunRecord record;
    QString error;
    QVERIFY2(BulkRunRecord::read(journal, &record, &error), qPrintable(error));
    QVERIFY(record.ended);
    QCOMPARE(record.targets.size(), ids.size());
    QCOMPARE(record.apiRoot, m_apiRoot);

    // --resume over it: the report from the journal alone (no draft, no list, no token
    // needed), and not one request to the service.
    const int requests = stats().value(QLatin1String("requests")).toInt();
    const ApplyRun again = apply({QStringLiteral("apply"), QStringLiteral("--journal"), journal,
                                  QStringLiteral("--report"), path(QStringLiteral("again.csv")),
                                  QStringLiteral("--resume")});
    QVERIFY2(again.exitCode == 0, qPrintable(again.stderrText));
    QVERIFY2(again.stderrText.contains(QLatin1String("nothing was sent")),
             qPrintable(again.stderrText));
    QCOMPARE(stats().value(QLatin1String("requests")).toInt(), requests);
    const QList<QStringList> firstRows = reportRows(QStringLiteral("first.csv"));
    const QList<QStringList> rows = reportRows(QStringLiteral("again.csv"));
    QCOMPARE(rows.size(), ids.size() + 1);
    QCOMPARE(rows.first(), BulkOutcome::reportHeader());
    // The same workspaces, results, criteria IDs, statuses and tracking IDs as the run's own.
    auto sorted = [](QList<QStringList> list) {
        list.removeFirst();
        for (QStringList &row : list)
            row.removeLast(); // the message
        std::sort(list.begin(), list.end());
        return list;
    };
    QCOMPARE(sorted(rows), sorted(firstRows));
}

void TestBulkCliReport::progressBarOnTerminal()
{
    QVERIFY(startSandbox({}, 20));
    const QStringList ids = professionalIds();
    writeFile(QStringLiteral("ids.txt"), ids.join(QLatin1Char('\n')).toUtf8());
    // Not a terminal: a line per workspace.
    const ApplyRun lines =
        apply(applyArgs(path(QStringLiteral("any.json")), QStringLiteral("ids.txt")) +
              QStringList{QStringLiteral("--dry-run")});
    QVERIFY2(lines.exitCode == 0, qPrintable(lines.stderrText));
    QCOMPARE(lines.stderrText.count(QStringLiteral("] would-create ")), ids.size());
    QVERIFY(!lines.stderrText.contains(QLatin1String("[###")));

    // On a terminal (script(1) gives the command a pseudo-terminal): a bar redrawn in place.
    QStringList args = applyArgs(path(QStringLiteral("any.json")), QStringLiteral("ids.txt"));
    args.last() = path(QStringLiteral("tty.journal"));
    QString command = QStringLiteral("'" SEQRING_ADMIN_EXE "'");
    for (const QString &arg : args)
        command += QStringLiteral(" '") + arg + QLatin1Char('\'');
    QProcess script;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("WEBEX_ACCESS_TOKEN"), kBulkToken);
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    script.setProcessEnvironment(environment);
    script.start(QStringLiteral("script"),
                 {QStringLiteral("-qec"), command, QStringLiteral("/dev/null")});
    QVERIFY(script.waitForFinished(60000));
    const QString output = QString::fromUtf8(script.readAll());
    QVERIFY2(script.exitCode() == 0, qPrintable(output));
    QVERIFY2(output.contains(
                 QStringLiteral("\r\x1b[K[##############################] %1/%1").arg(ids.size())),
             qPrintable(output));
    QVERIFY(output.contains(QLatin1String("] 1/")));
    QVERIFY(!output.contains(QLatin1String("] created "))); // no line per created workspace
    QVERIFY(eachHas(ids, 1));
}

QTEST_GUILESS_MAIN(TestBulkCliReport)
#include "tst_bulkclireport.moc"
