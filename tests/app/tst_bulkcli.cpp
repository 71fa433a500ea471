// `seqring-admin apply` against a seqring-sandbox process: creates, reruns, dry runs, names.
#include "tests/common/bulkclitest.h"

using namespace seqring::test;

namespace
{
const QString kBusinessVacation =
    QStringLiteral(SEQRING_SOURCE_DIR "/resources/examples/business-vacation.json");
} // namespace

// Drives the apply command end to end: creates and a rerun, a dry run, names, bad input.
class TestBulkCli : public BulkCliTest
{
    Q_OBJECT

private Q_SLOTS:
    void init() { setUp(); }
    void cleanup() { tearDown(); }
    void createsEachOnceThenNothing();
    void dryRunSendsNoCreate();
    void unknownAndAmbiguousNames();
    void badInput_data();
    void badInput();
};

void TestBulkCli::createsEachOnceThenNothing()
{
    QVERIFY(startSandbox({QStringLiteral("--latency"), QStringLiteral("2")}));
    const QStringList ids = professionalIds();
    QCOMPARE(ids.size(), 180);
    writeFile(QStringLiteral("ids.txt"), ids.join(QLatin1Char('\n')).toUtf8());

    ApplyRun run =
        apply(applyArgs(path(QStringLiteral("any.json")), QStringLiteral("ids.txt")) +
              QStringList{QStringLiteral("--report"), path(QStringLiteral("first.csv"))});
    QVERIFY2(run.exitCode == 0, qPrintable(run.stderrText));
    QVERIFY(eachHas(ids, 1));
    QCOMPARE(stats().value(QLatin1String("creates")).toInt(), 180);
    QCOMPARE(run.stderrText.count(QRegularExpression(QStringLiteral("^\\[\\d+/180\\] created "),
                                                     QRegularExpression::MultilineOption)),
             180);
    const QList<QStringList> rows = reportRows(QStringLiteral("first.csv"));
    QCOMPARE(rows.size(), 181);
    QCOMPARE(
        rows.first().join(QLatin1Char(',')),
        QStringLiteral("workspaceId,displayName,result,criteriaId,httpStatus,trackingId,message"));
    for (qsizetype i = 1; i < rows.size(); ++i) {
        QCOMPARE(rows.at(i).at(2), QStringLiteral("created"));
        QVERIFY(!rows.at(i).at(3).isEmpty());
        QCOMPARE(rows.at(i).at(4), QStringLiteral("201"));
    }

    // Again over the same list, with a journal of its own: every workspace is skipped.
    QStringList again = applyArgs(path(QStringLiteral("any.json")), QStringLiteral("ids.txt"));
    again.last() = path(QStringLiteral("second.journal"));
    run =
        apply(again + QStringList{QStringLiteral("--report"), path(QStringLiteral("second.csv"))});
    QVERIFY2(run.exitCode == 0, qPrintable(run.stderrText));
    QCOMPARE(stats().value(QLatin1String("creates")).toInt(), 180);
    QVERIFY(eachHas(ids, 1));
    const QList<QStringList> second = reportRows(QStringLiteral("second.csv"));
    QCOMPARE(second.size(), 181);
    for (qsizetype i = 1; i < second.size(); ++i)
        QCOMPARE(second.at(i).at(2), QStringLiteral("skipped"));
}

void TestBulkCli::dryRunSendsNoCreate()
{
    QVERIFY(startSandbox({}));
    QStringList all;
    for (const QJsonValue &workspace : state().value(QLatin1String("workspaces")).toArray()) {
        if (workspace[QLatin1String("displayName")].toString().startsWith(QLatin1String("Bulk ")))
            all.append(workspace[QLatin1String("id")].toString());
    }
    QCOMPARE(all.size(), 200);
    writeFile(QStringLiteral("all.txt"), all.join(QLatin1String("\r\n")).toUtf8());
    const ApplyRun run = apply(applyArgs(kBusinessVacation, QStringLiteral("all.txt")) +
                               QStringList{QStringLiteral("--dry-run"), QStringLiteral("--report"),
                                           path(QStringLiteral("dry.csv"))});
    QCOMPARE(run.exitCode,
             3); // San Jose has no "Business Vacation"; one in ten is not Professional
    QCOMPARE(stats().value(QLatin1String("creates")).toInt(), 0);
    int wouldCreate = 0, noSchedule = 0, noLicense = 0;
    const QList<QStringList> rows = reportRows(QStringLiteral("dry.csv"));
    for (const QStringList &row : rows) {
        const QString line = row.join(QLatin1Char(','));
        wouldCreate += row.value(2) == QLatin1String("would-create") ? 1 : 0;
        noSchedule += line.contains(QLatin1String("has no schedule \"Business Vacation\"")) ? 1 : 0;
        noLicense += line.contains(QLatin1String("Professional license")) ? 1 : 0;
    }
    QCOMPARE(noLicense, 20);
    QCOMPARE(wouldCreate + noSchedule + noLicense, 200);
    QVERIFY(wouldCreate >= 80 && noSchedule >= 80);
}

void TestBulkCli::unknownAndAmbiguousNames()
{
    // The demo data, plus a second "London - Boardroom" and a name with a comma and quotes.
    QFile demo(QStringLiteral(SEQRING_SOURCE_DIR "/resources/sandbox/demo.json"));
    QVERIFY(demo.open(QIODevice::ReadOnly));
    QJsonObject doc = QJsonDocument::fromJson(demo.readAll()).object();
    QJsonArray workspaces = doc.value(QLatin1String("workspaces")).toArray();
    QJsonObject twin = workspaces.at(1).toObject();
    QCOMPARE(twin.value(QLatin1String("displayName")).toString(),
             QStringLiteral("London - Boardroom"));
    twin.insert(QLatin1String("id"),
                QStringLiteral("Y2lzY29zcGFyazovL3VzL1BMQUNFUy90d2luLWJvYXJkcm9vbQ"));
    workspaces.append(twin);
    QJsonObject quoted = twin;
    quoted.insert(QLatin1String("id"),
                  QStringLiteral("Y2lzY29zcGFyazovL3VzL1BMQUNFUy9sb2JieS1ub3J0aA"));
    quoted.insert(QLatin1String("displayName"), QStringLiteral("Lobby, \"North\""));
    workspaces.append(quoted);
    doc.insert(QLatin1String("workspaces"), workspaces);
    writeFile(QStringLiteral("state.json"), QJsonDocument(doc).toJson());
    QVERIFY(startSandbox({}, 0));

    writeFile(QStringLiteral("names.csv"), "\xEF\xBB\xBF"
                                           "site,displayName\r\n"
                                           "London,London - Boardroom\r\n"
                                           "Nowhere,No Such Workspace\r\n"
                                           "London,\"Lobby, \"\"North\"\"\"\r\n"
                                           "San Jose,San Jose - Huddle 2\r\n");
    const ApplyRun run =
        apply(applyArgs(path(QStringLiteral("any.json")), QStringLiteral("names.csv")));
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.stderrText.contains(
                 QLatin1String("2 workspaces are named \"London - Boardroom\" (line 2)")),
             qPrintable(run.stderrText));
    QVERIFY(run.stderrText.contains(
        QLatin1String("No workspace is named exactly \"No Such Workspace\" (line 3)")));
    QVERIFY(run.stderrText.contains(QLatin1String("created Lobby, \"North\": Created.")));
    QVERIFY(run.stderrText.contains(QLatin1String("created San Jose - Huddle 2: Created.")));
    QCOMPARE(stats().value(QLatin1String("creates")).toInt(), 2);
    const QJsonObject criteria = state().value(QLatin1String("criteria")).toObject();
    QVERIFY(!criteria.contains(twin.value(QLatin1String("id")).toString()));
}

void TestBulkCli::badInput_data()
{
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QString>("says");
    QTest::newRow("concurrency 11")
        << QStringList{QStringLiteral("--concurrency"), QStringLiteral("11")}
        << QStringLiteral("--concurrency must be a whole number from 1 to 10");
    QTest::newRow("on-duplicate") << QStringList{QStringLiteral("--on-duplicate"),
                                                 QStringLiteral("maybe")}
                                  << QStringLiteral(
                                         "--on-duplicate must be skip or create, not \"maybe\"");
    QTest::newRow("http to a remote host")
        << QStringList{QStringLiteral("--base-url"), QStringLiteral("http://example.com/v1")}
        << QStringLiteral("--base-url http://example.com/v1");
}

void TestBulkCli::badInput()
{
    QFETCH(QStringList, extra);
    QFETCH(QString, says);
    m_apiRoot = QStringLiteral("http://127.0.0.1:1/v1");
    writeFile(QStringLiteral("ids.txt"), "London - Boardroom\n");
    const ApplyRun run =
        apply(applyArgs(path(QStringLiteral("any.json")), QStringLiteral("ids.txt")) + extra);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.stderrText.contains(says), qPrintable(run.stderrText));
}

QTEST_GUILESS_MAIN(TestBulkCli)
#include "tst_bulkcli.moc"
