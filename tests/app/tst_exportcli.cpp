// `seqring-admin export` as a real process against a seqring-sandbox process: the state file
// equals what the sandbox holds (settings and every criteria, numbers in E.164, a workspace
// without the Professional license), the summary CSV, --workspaces, --har and exit codes.
#include "app/files/statefile.h"
#include "tests/common/bulkclitest.h"
#include "tests/common/sandboxfixture.h"

#include <QFile>

using namespace seqring;
using namespace seqring::test;
using namespace sandboxtest;

namespace
{

// London - Boardroom's settings and criteria in the sandbox's state, numbers as a service
// may give them back (national, with dashes).
QJsonObject boardroomData()
{
    QFile demo(QStringLiteral(SEQRING_SOURCE_DIR "/resources/sandbox/demo.json"));
    if (!demo.open(QIODevice::ReadOnly))
        return {};
    QJsonObject doc = QJsonDocument::fromJson(demo.readAll()).object();
    QJsonObject rings = doc.value(QLatin1String("sequentialRing")).toObject();
    rings.insert(londonBoardroom(),
                 QJsonObject{{QLatin1String("enabled"), false},
                             {QLatin1String("ringBaseLocationFirstEnabled"), false},
                             {QLatin1String("baseLocationNumberOfRings"), 4},
                             {QLatin1String("continueIfBaseLocationIsBusyEnabled"), false},
                             {QLatin1String("callsToVoicemailEnabled"), true},
                             {QLatin1String("phoneNumbers"),
                              QJsonArray{QJsonObject{
                                  {QLatin1String("phoneNumber"), QLatin1String("+1-408-555-0101")},
                                  {QLatin1String("answerConfirmationRequiredEnabled"), false},
                                  {QLatin1String("numberOfRings"), 5}}}}});
    doc.insert(QLatin1String("sequentialRing"), rings);
    QJsonObject criteria = doc.value(QLatin1String("criteria")).toObject();
    criteria.insert(
        londonBoardroom(),
        QJsonArray{QJsonObject{
            {QLatin1String("id"), QLatin1String("boardroom-one")},
            {QLatin1String("scheduleName"), QLatin1String("Business Vacation")},
            {QLatin1String("scheduleType"), QLatin1String("holidays")},
            {QLatin1String("scheduleLevel"), QLatin1String("GROUP")},
            {QLatin1String("callsFrom"), QLatin1String("SELECT_PHONE_NUMBERS")},
            {QLatin1String("anonymousCallersEnabled"), true},
            {QLatin1String("unavailableCallersEnabled"), false},
            {QLatin1String("phoneNumbers"), QJsonArray{QLatin1String("+44 20 7183 8999")}},
            {QLatin1String("ringEnabled"), false}}});
    doc.insert(QLatin1String("criteria"), criteria);
    return doc;
}

const WorkspaceState *find(const StateDocument &document, const QString &id)
{
    for (const WorkspaceState &state : document.workspaces) {
        if (state.id == id)
            return &state;
    }
    return nullptr;
}

} // namespace

// Runs export and compares what it wrote with the sandbox's own state.
class TestExportCli : public BulkCliTest
{
    Q_OBJECT

private Q_SLOTS:
    void init() { setUp(); }
    void cleanup() { tearDown(); }
    void fileEqualsTheSandboxState();
    void listedWorkspacesOnly();
    void harOfTheRequests();
    void rateLimitedExportIsWhole();
    void exitCodes();

private:
    StateDocument readOut(const QString &name) const;
    QStringList exportArgs(const QString &out) const
    {
        return {QStringLiteral("export"), QStringLiteral("--out"), path(out),
                QStringLiteral("--base-url"), m_apiRoot};
    }
};

StateDocument TestExportCli::readOut(const QString &name) const
{
    const Parsed<StateDocument> read = StateFileReader::read(path(name));
    if (!read.ok())
        qWarning("%s", qPrintable(read.error));
    return read.ok() ? *read.value : StateDocument{};
}

void TestExportCli::fileEqualsTheSandboxState()
{
    writeFile(QStringLiteral("state.json"), QJsonDocument(boardroomData()).toJson());
    QVERIFY(startSandbox({}, 30));
    const ApplyRun run = apply(exportArgs(QStringLiteral("out.json")) +
                               QStringList{QStringLiteral("--csv"), path(QStringLiteral("s.csv"))});
    QVERIFY2(run.exitCode == 0, qPrintable(run.stderrText));
    const StateDocument out = readOut(QStringLiteral("out.json"));
    const QJsonObject sandbox = state();
    QCOMPARE(out.header.apiRoot, m_apiRoot);

    // Every workspace of the organisation, in the sandbox's order, Professional as its licenses
    // say.
    QStringList expected;
    for (const QJsonValue &item : sandbox.value(QLatin1String("workspaces")).toArray()) {
        if (item[QLatin1String("orgId")] ==
            sandbox.value(QLatin1String("organizations"))[0][QLatin1String("id")])
            expected.append(item[QLatin1String("id")].toString());
    }
    QStringList ids;
    for (const WorkspaceState &state : out.workspaces)
        ids.append(state.id);
    QCOMPARE(ids, expected);
    QCOMPARE(out.workspaces.size(), 36);
    const QStringList professional = professionalIds(); // the generated ones
    for (const WorkspaceState &state : out.workspaces) {
        if (state.displayName.startsWith(QLatin1String("Bulk Workspace ")))
            QCOMPARE(state.professional, professional.contains(state.id));
        QCOMPARE(bool(state.settings), state.professional);
    }

    // London - Reception exactly as the sandbox holds it.
    const WorkspaceState *reception = find(out, londonReception());
    QVERIFY(reception && reception->settings);
    const QJsonObject ring =
        sandbox.value(QLatin1String("sequentialRing"))[londonReception()].toObject();
    QCOMPARE(reception->settings->enabled, ring.value(QLatin1String("enabled")).toBool());
    QCOMPARE(reception->settings->ringBaseLocationFirst,
             ring.value(QLatin1String("ringBaseLocationFirstEnabled")).toBool());
    QCOMPARE(reception->settings->baseLocationRings,
             ring.value(QLatin1String("baseLocationNumberOfRings")).toInt());
    QCOMPARE(reception->settings->continueIfBaseLocationIsBusy,
             ring.value(QLatin1String("continueIfBaseLocationIsBusyEnabled")).toBool());
    QCOMPARE(reception->settings->callsToVoicemail,
             ring.value(QLatin1String("callsToVoicemailEnabled")).toBool());
    const QJsonArray numbers = ring.value(QLatin1String("phoneNumbers")).toArray();
    QCOMPARE(reception->settings->numbers.size(), numbers.size());
    for (int i = 0; i < numbers.size(); ++i) {
        QCOMPARE(reception->settings->numbers.at(i).phoneNumber,
                 numbers.at(i)[QLatin1String("phoneNumber")].toString());
        QCOMPARE(reception->settings->numbers.at(i).rings,
                 numbers.at(i)[QLatin1String("numberOfRings")].toInt());
        QCOMPARE(reception->settings->numbers.at(i).answerConfirmation,
                 numbers.at(i)[QLatin1String("answerConfirmationRequiredEnabled")].toBool());
    }
    const QJsonArray criteria =
        sandbox.value(QLatin1String("criteria"))[londonReception()].toArray();
    QCOMPARE(reception->criteria.size(), criteria.size());
    const QJsonObject seeded = criteria.at(0).toObject();
    QCOMPARE(reception->criteria.at(0).id, seeded.value(QLatin1String("id")).toString());
    QCOMPARE(reception->criteria.at(0).criteria.schedule->name,
             seeded.value(QLatin1String("scheduleName")).toString());
    QCOMPARE(reception->criteria.at(0).criteria.schedule->type,
             std::optional<ScheduleType>(ScheduleType::BusinessHours));
    QCOMPARE(reception->criteria.at(0).criteria.callsFrom, CallsFrom::AnyPhoneNumber);
    QCOMPARE(reception->criteria.at(0).criteria.ringEnabled,
             seeded.value(QLatin1String("ringEnabled")).toBool());

    // London - Boardroom: numbers in E.164 as read, a do-not-ring criteria read whole.
    const WorkspaceState *boardroom = find(out, londonBoardroom());
    QVERIFY(boardroom && boardroom->settings);
    QCOMPARE(boardroom->settings->baseLocationRings, 4);
    QVERIFY(boardroom->settings->callsToVoicemail);
    QCOMPARE(boardroom->settings->numbers,
             (QList<RingNumber>{RingNumber{QStringLiteral("+14085550101"), 5, false}}));
    QCOMPARE(boardroom->criteria.size(), 1);
    const Criteria &dontRing = boardroom->criteria.first().criteria;
    QCOMPARE(dontRing.callsFrom, CallsFrom::SelectPhoneNumbers);
    QCOMPARE(dontRing.phoneNumbers, QStringList{QStringLiteral("+442071838999")});
    QVERIFY(dontRing.anonymousCallersEnabled && !dontRing.unavailableCallersEnabled);
    QVERIFY(!dontRing.ringEnabled);
    QCOMPARE(dontRing.schedule->type, std::optional<ScheduleType>(ScheduleType::Holidays));

    // Without the Professional license: "professional": false and neither key.
    QFile file(path(QStringLiteral("out.json")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonArray written =
        QJsonDocument::fromJson(file.readAll())[QLatin1String("workspaces")].toArray();
    const QJsonObject kitchen = written.at(ids.indexOf(londonKitchen())).toObject();
    QCOMPARE(kitchen.value(QLatin1String("professional")), QJsonValue(false));
    QVERIFY(!kitchen.contains(QLatin1String("sequentialRing")));
    QVERIFY(!kitchen.contains(QLatin1String("criteria")));

    // The summary: its header, a line per workspace, numbers outside the organisation.
    const QList<QStringList> rows = reportRows(QStringLiteral("s.csv"));
    QCOMPARE(rows.size(), 37);
    QCOMPARE(rows.first().join(QLatin1Char(',')).toUtf8() + "\r\n", StateFile::summaryHeader());
    QCOMPARE(rows.at(1),
             (QStringList{londonReception(), QStringLiteral("London - Reception"),
                          QStringLiteral("London"), QStringLiteral("true"), QStringLiteral("true"),
                          QStringLiteral("2"), QStringLiteral("1"), QStringLiteral("1"),
                          QStringLiteral("0")}));
    QCOMPARE(rows.at(2).mid(4),
             (QStringList{QStringLiteral("false"), QStringLiteral("1"), QStringLiteral("0"),
                          QStringLiteral("1"), QStringLiteral("1")}));
    QCOMPARE(rows.at(3).mid(3), (QStringList{QStringLiteral("false"), {}, {}, {}, {}, {}}));
}

void TestExportCli::listedWorkspacesOnly()
{
    QVERIFY(startSandbox({}, 0));
    writeFile(QStringLiteral("some.txt"),
              (QStringLiteral("London - Reception\n") + londonKitchen() +
               QStringLiteral("\nNo Such Workspace\n"))
                  .toUtf8());
    const ApplyRun run =
        apply(exportArgs(QStringLiteral("some.json")) +
              QStringList{QStringLiteral("--workspaces"), path(QStringLiteral("some.txt"))});
    QCOMPARE(run.exitCode, 3); // one could not be found: reported, left out
    QVERIFY2(run.stderrText.contains(QLatin1String("No Such Workspace")),
             qPrintable(run.stderrText));
    const StateDocument out = readOut(QStringLiteral("some.json"));
    QCOMPARE(out.workspaces.size(), 2);
    QCOMPARE(out.workspaces.at(0).id, londonReception());
    QCOMPARE(out.workspaces.at(1).id, londonKitchen());
    QVERIFY(!out.workspaces.at(1).professional);
}

void TestExportCli::harOfTheRequests()
{
    QVERIFY(startSandbox({}, 0));
    const ApplyRun run =
        apply(exportArgs(QStringLiteral("h.json")) +
              QStringList{QStringLiteral("--har"), path(QStringLiteral("run.har"))});
    QVERIFY2(run.exitCode == 0, qPrintable(run.stderrText));
    QFile har(path(QStringLiteral("run.har")));
    QVERIFY(har.open(QIODevice::ReadOnly));
    const QByteArray text = har.readAll();
    QVERIFY(!text.contains(kBulkToken.toUtf8()));
    const QJsonArray entries =
        QJsonDocument::fromJson(text)[QLatin1String("log")][QLatin1String("entries")].toArray();
    QVERIFY(entries.size() >= 8); // licenses, locations, numbers, workspaces, each workspace
    QVERIFY(text.contains("/telephony/config/numbers"));
    QVERIFY(text.contains("/sequentialRing/criteria/"));

    // A HAR that cannot be written stops the run before anything is sent.
    const int before = stats().value(QLatin1String("requests")).toInt();
    const ApplyRun refused =
        apply(exportArgs(QStringLiteral("h2.json")) +
              QStringList{QStringLiteral("--har"), path(QStringLiteral("missing/run.har"))});
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.stderrText.contains(QLatin1String("--har")), qPrintable(refused.stderrText));
    QCOMPARE(stats().value(QLatin1String("requests")).toInt(), before);
}

void TestExportCli::rateLimitedExportIsWhole()
{
    QVERIFY(startSandbox({QStringLiteral("--rate-limit"), QStringLiteral("15/1")}, 30));
    const ApplyRun run = apply(exportArgs(QStringLiteral("r.json")));
    QVERIFY2(run.exitCode == 0, qPrintable(run.stderrText));
    QVERIFY2(run.stderrText.contains(QLatin1String("Rate limited")), qPrintable(run.stderrText));
    QCOMPARE(readOut(QStringLiteral("r.json")).workspaces.size(), 36);
}

void TestExportCli::exitCodes()
{
    QVERIFY(startSandbox({}, 0));
    ApplyRun run = apply({QStringLiteral("export"), QStringLiteral("--base-url"), m_apiRoot});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.stderrText.contains(QLatin1String("--out")));
    run = apply(exportArgs(QStringLiteral("x.json")) +
                QStringList{QStringLiteral("--concurrency"), QStringLiteral("11")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.stderrText.contains(QLatin1String("\"11\"")));
    run = apply(exportArgs(QStringLiteral("x.json")) +
                QStringList{QStringLiteral("--workspaces"), path(QStringLiteral("missing.txt"))});
    QCOMPARE(run.exitCode, 2);
    run = apply({QStringLiteral("export"), QStringLiteral("--out"), path(QStringLiteral("x.json")),
                 QStringLiteral("--base-url"), QStringLiteral("http://example.com/v1")});
    QCOMPARE(run.exitCode, 2); // plain http to another host is refused
    QVERIFY(!QFile::exists(path(QStringLiteral("x.json"))));
    // The workspaces cannot be listed (another organisation): no file, exit 3.
    run = apply(exportArgs(QStringLiteral("x.json")) +
                QStringList{QStringLiteral("--org"), QStringLiteral("not-this-organisation")});
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.stderrText.contains(QLatin1String("403")), qPrintable(run.stderrText));
    QVERIFY(!QFile::exists(path(QStringLiteral("x.json"))));
}

QTEST_GUILESS_MAIN(TestExportCli)
#include "tst_exportcli.moc"
