// `seqring-admin apply` as a real process against a real seqring-sandbox process with
// generated workspaces: what the sandbox stored and counted is the evidence.
#include "csvtable.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

namespace
{
const QString kToken = QStringLiteral("sandbox-demo-admin-token");
const QByteArray kAnyNumberDraft = R"({"callsFrom": "ANY_PHONE_NUMBER", "ringEnabled": true})";
const QString kBusinessVacation =
    QStringLiteral(SEQRING_SOURCE_DIR "/resources/examples/business-vacation.json");

// One finished `apply` run.
struct ApplyRun {
    int exitCode = -1;
    QString stderrText;
};
} // namespace

// Drives the apply command end to end: creates, reruns, dry runs, names, the concurrency
// bound, 429 storms, forced 500s, answers lost after a create, kill -9 and --resume.
class TestBulkCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void createsEachOnceThenNothing();
    void dryRunSendsNoCreate();
    void unknownAndAmbiguousNames();
    void concurrencyBound();
    void rateLimitStorm();
    void forcedServerErrors();
    void answerLostAfterCreate();
    void killedRunResumes();
    void badInput_data();
    void badInput();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }
    bool startSandbox(const QStringList &args, int generate = 200);
    QStringList applyArgs(const QString &draft, const QString &targets) const;
    ApplyRun apply(const QStringList &args);
    // A sandbox with 30 workspaces and `faults`, then apply with --on-duplicate create to
    // its Professional workspaces (returned in ids).
    ApplyRun createOnFaults(const QStringList &faults, QStringList *ids);
    QJsonObject state() const;
    QJsonObject stats();
    // The generated workspaces with the Professional license (nine in ten).
    QStringList professionalIds() const;
    // How many criteria each of `ids` has now; fails the test unless each has `expected`.
    bool eachHas(const QStringList &ids, int expected) const;
    void writeFile(const QString &name, const QByteArray &data) const;
    QList<QStringList> reportRows(const QString &name) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QProcess> m_sandbox;
    QString m_apiRoot;
};

void TestBulkCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    writeFile(QStringLiteral("any.json"), kAnyNumberDraft);
}

void TestBulkCli::cleanup()
{
    if (m_sandbox) {
        m_sandbox->kill();
        m_sandbox->waitForFinished(5000);
    }
    m_sandbox.reset();
}

void TestBulkCli::writeFile(const QString &name, const QByteArray &data) const
{
    QFile file(path(name));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(data);
}

bool TestBulkCli::startSandbox(const QStringList &args, int generate)
{
    m_sandbox = std::make_unique<QProcess>();
    m_sandbox->setProgram(QStringLiteral(SEQRING_SANDBOX_EXE));
    QStringList all{QStringLiteral("--state"), path(QStringLiteral("state.json"))};
    if (generate > 0)
        all << QStringLiteral("--generate-workspaces") << QString::number(generate);
    m_sandbox->setArguments(all + args);
    m_sandbox->start();
    if (!m_sandbox->waitForStarted(5000))
        return false;
    QByteArray output;
    QSignalSpy spy(m_sandbox.get(), &QProcess::readyReadStandardOutput);
    while (!output.contains('\n') && (spy.count() > 0 || spy.wait(5000))) {
        spy.clear();
        output += m_sandbox->readAllStandardOutput();
    }
    static const QRegularExpression listening(
        QStringLiteral("Sandbox API listening on (http://127\\.0\\.0\\.1:[0-9]+/v1)"));
    const auto match = listening.match(QString::fromUtf8(output));
    m_apiRoot = match.captured(1);
    return match.hasMatch();
}

QStringList TestBulkCli::applyArgs(const QString &draft, const QString &targets) const
{
    return {QStringLiteral("apply"),
            QStringLiteral("--draft"),
            draft,
            QStringLiteral("--workspaces"),
            path(targets),
            QStringLiteral("--base-url"),
            m_apiRoot,
            QStringLiteral("--journal"),
            path(targets + QStringLiteral(".journal"))};
}

ApplyRun TestBulkCli::apply(const QStringList &args)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("WEBEX_ACCESS_TOKEN"), kToken);
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8")); // English messages
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(SEQRING_ADMIN_EXE), args);
    ApplyRun run;
    if (!process.waitForFinished(60000))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.stderrText = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QJsonObject TestBulkCli::state() const
{
    QFile file(path(QStringLiteral("state.json")));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

QJsonObject TestBulkCli::stats()
{
    QNetworkAccessManager manager;
    QUrl url(m_apiRoot);
    url.setPath(QStringLiteral("/sandbox/stats"));
    QNetworkReply *reply = manager.get(QNetworkRequest(url));
    QEventLoop loop;
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    return QJsonDocument::fromJson(reply->readAll()).object();
}

QStringList TestBulkCli::professionalIds() const
{
    const QJsonObject doc = state();
    QString professional;
    for (const QJsonValue &license : doc.value(QLatin1String("licenses")).toArray()) {
        if (license[QLatin1String("name")].toString() ==
            QLatin1String("Webex Calling - Professional"))
            professional = license[QLatin1String("id")].toString();
        if (!professional.isEmpty())
            break;
    }
    QStringList ids;
    for (const QJsonValue &workspace : doc.value(QLatin1String("workspaces")).toArray()) {
        const QJsonArray licenses =
            workspace[QLatin1String("calling")][QLatin1String("webexCalling")]
                     [QLatin1String("licenses")]
                         .toArray();
        if (workspace[QLatin1String("displayName")].toString().startsWith(
                QLatin1String("Bulk Workspace ")) &&
            licenses.contains(professional))
            ids.append(workspace[QLatin1String("id")].toString());
    }
    return ids;
}

bool TestBulkCli::eachHas(const QStringList &ids, int expected) const
{
    const QJsonObject criteria = state().value(QLatin1String("criteria")).toObject();
    for (const QString &id : ids) {
        const int count = int(criteria.value(id).toArray().size());
        if (count != expected) {
            qWarning("workspace %s has %d criteria, expected %d", qPrintable(id), count, expected);
            return false;
        }
    }
    return true;
}

QList<QStringList> TestBulkCli::reportRows(const QString &name) const
{
    QFile file(path(name));
    QList<QStringList> rows;
    QString error;
    if (!file.open(QIODevice::ReadOnly) || !seqring::CsvTable::parse(file.readAll(), &rows, &error))
        qWarning("the report %s cannot be read: %s", qPrintable(name), qPrintable(error));
    return rows;
}

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

void TestBulkCli::concurrencyBound()
{
    QVERIFY(startSandbox({QStringLiteral("--latency"), QStringLiteral("25")}, 40));
    writeFile(QStringLiteral("ids.txt"), professionalIds().join(QLatin1Char('\n')).toUtf8());
    const ApplyRun run =
        apply(applyArgs(path(QStringLiteral("any.json")), QStringLiteral("ids.txt")) +
              QStringList{QStringLiteral("--concurrency"), QStringLiteral("3")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.stderrText));
    const int most = stats().value(QLatin1String("maxInFlight")).toInt();
    QVERIFY2(most <= 3, qPrintable(QString::number(most)));
    QVERIFY2(most >= 2, qPrintable(QString::number(most))); // the bound was reached for real
    QVERIFY(eachHas(professionalIds(), 1));
}

void TestBulkCli::rateLimitStorm()
{
    QVERIFY(startSandbox({QStringLiteral("--force-status"), QStringLiteral("429:12"),
                          QStringLiteral("--retry-after"), QStringLiteral("1")},
                         30));
    const QStringList ids = professionalIds();
    writeFile(QStringLiteral("ids.txt"), ids.join(QLatin1Char('\n')).toUtf8());
    const ApplyRun run =
        apply(applyArgs(path(QStringLiteral("any.json")), QStringLiteral("ids.txt")));
    QVERIFY2(run.exitCode == 0, qPrintable(run.stderrText));
    QVERIFY(run.stderrText.contains(QLatin1String("Rate limited: every request waits 1 s.")));
    QVERIFY(eachHas(ids, 1));
}

ApplyRun TestBulkCli::createOnFaults(const QStringList &faults, QStringList *ids)
{
    // --allow-duplicates and --on-duplicate create: nothing but the run's own checks stands
    // between a fault and a second criteria.
    if (!startSandbox(faults + QStringList{QStringLiteral("--allow-duplicates")}, 30))
        return {};
    *ids = professionalIds();
    writeFile(QStringLiteral("ids.txt"), ids->join(QLatin1Char('\n')).toUtf8());
    return apply(applyArgs(path(QStringLiteral("any.json")), QStringLiteral("ids.txt")) +
                 QStringList{QStringLiteral("--on-duplicate"), QStringLiteral("create")});
}

void TestBulkCli::forcedServerErrors()
{
    // Five creates answer 500 without being carried out: each is checked, found missing and
    // sent again, once.
    QStringList ids;
    const ApplyRun run = createOnFaults({QStringLiteral("--force-status"), QStringLiteral("500:5"),
                                         QStringLiteral("--faults-on-creates-only")},
                                        &ids);
    QVERIFY2(run.exitCode == 0, qPrintable(run.stderrText));
    QCOMPARE(stats().value(QLatin1String("creates")).toInt(), int(ids.size()) + 5);
    QVERIFY(eachHas(ids, 1));
}

void TestBulkCli::answerLostAfterCreate()
{
    // Five creates are carried out and their connection closed unanswered: each is found by
    // reading the criteria, and never sent again.
    QStringList ids;
    const ApplyRun run =
        createOnFaults({QStringLiteral("--drop-after-create"), QStringLiteral("5")}, &ids);
    QVERIFY2(run.exitCode == 0, qPrintable(run.stderrText));
    QCOMPARE(run.stderrText.count(QLatin1String("found by reading its criteria")), 5);
    // Qt's HTTP layer sent none of them again on its own (OneShotBody).
    QCOMPARE(stats().value(QLatin1String("creates")).toInt(), int(ids.size()));
    QVERIFY(eachHas(ids, 1));
}

void TestBulkCli::killedRunResumes()
{
    QVERIFY(startSandbox(
        {QStringLiteral("--latency"), QStringLiteral("10"), QStringLiteral("--allow-duplicates")}));
    const QStringList ids = professionalIds();
    writeFile(QStringLiteral("ids.txt"), ids.join(QLatin1Char('\n')).toUtf8());
    // --on-duplicate create: only the journal (and the check of creates in flight) stands
    // between a resumed run and a second criteria.
    const QStringList args =
        applyArgs(path(QStringLiteral("any.json")), QStringLiteral("ids.txt")) +
        QStringList{QStringLiteral("--on-duplicate"), QStringLiteral("create")};
    QProcess first;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("WEBEX_ACCESS_TOKEN"), kToken);
    first.setProcessEnvironment(environment);
    first.start(QStringLiteral(SEQRING_ADMIN_EXE), args);
    QVERIFY(first.waitForStarted(5000));
    const QString journal = path(QStringLiteral("ids.txt.journal"));
    auto sends = [&journal] {
        QFile file(journal);
        return file.open(QIODevice::ReadOnly) ? int(file.readAll().count("\"event\":\"sending\""))
                                              : 0;
    };
    QTRY_VERIFY_WITH_TIMEOUT(sends() >= 40, 20000);
    first.kill(); // SIGKILL
    QVERIFY(first.waitForFinished(5000));
    QCOMPARE(first.exitStatus(), QProcess::CrashExit);
    const int createdBefore = stats().value(QLatin1String("creates")).toInt();
    QVERIFY2(createdBefore < ids.size(), "the run ended before it was killed");

    const ApplyRun resumed = apply(args + QStringList{QStringLiteral("--resume")});
    QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.stderrText));
    QVERIFY(resumed.stderrText.contains(QLatin1String("not sent again")));
    QVERIFY(eachHas(ids, 1));
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
