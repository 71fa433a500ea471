// A bulk run's IDs compared by what they identify: the resolver (a look-up or a page that
// answers with another form of the asked ID, and one that answers with another workspace)
// and the resume from a journal that wrote the IDs in another form.
#include "app/bulk/bulkrun.h"
#include "app/bulk/workspaceresolver.h"
#include "app/client/apiclient.h"
#include "app/client/requestgate.h"
#include "app/files/bulkjournal.h"
#include "app/sandbox/sandboxserver.h"
#include "tests/client/fakehttpserver.h"
#include "tests/common/bulkdata.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace seqring;

namespace
{

QString idOf(const QByteArray &uri)
{
    return QString::fromLatin1(
        uri.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

// The ID of `id` (a ciscospark://us/PLACES/<uuid> ID) in the other published form.
QString teamForm(const QString &id)
{
    const QByteArray uri = QByteArray::fromBase64(id.toLatin1(), QByteArray::Base64UrlEncoding);
    const QByteArray uuid = uri.mid(uri.lastIndexOf('/') + 1);
    return idOf("ciscospark://urn:TEAM:us-east-1_int13/PLACE/" + uuid.toUpper());
}

QByteArray http(const QByteArray &body)
{
    return "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " +
           QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
}

const QString kAsked = idOf("ciscospark://us/PLACES/5f0bd1e2-9a1b-4c3d-8e7f-0123456789ab");

} // namespace

// IDs of other forms in the bulk resolver and the journal's resume.
class TestBulkIds : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void lookUpAnswers_data();
    void lookUpAnswers();
    void pagesAnswerAnotherForm();
    void resumeKnowsAnotherForm();
};

void TestBulkIds::lookUpAnswers_data()
{
    QTest::addColumn<QString>("answered");
    QTest::addColumn<bool>("found");
    QTest::newRow("the ID as asked") << kAsked << true;
    QTest::newRow("another form of it") << teamForm(kAsked) << true;
    QTest::newRow("another workspace")
        << idOf("ciscospark://us/PLACES/11111111-2222-3333-4444-555555555555") << false;
}

void TestBulkIds::lookUpAnswers()
{
    QFETCH(QString, answered);
    QFETCH(bool, found);
    test::FakeHttpServer server([answered](const QByteArray &) {
        return http("{\"id\": \"" + answered.toLatin1() + "\", \"displayName\": \"Desk\"}");
    });
    QVERIFY(server.listen());
    ApiClient client;
    RequestGate gate(&client, 2);
    WorkspaceResolver resolver(&gate);
    RequestContext context;
    context.apiRoot = server.root();
    context.token = QStringLiteral("TEST-token");
    bool called = false;
    QJsonObject workspace;
    QString problem;
    resolver.resolve(context, BulkTarget{kAsked, QString(), 1},
                     [&](const QJsonObject &w, const QString &p, const ApiResult &) {
                         called = true;
                         workspace = w;
                         problem = p;
                     });
    QTRY_VERIFY(called);
    QCOMPARE(!workspace.isEmpty(), found);
    if (!found)
        QVERIFY2(problem.contains(QLatin1String("another workspace")), qPrintable(problem));
}

void TestBulkIds::pagesAnswerAnotherForm()
{
    // Ten targets by ID in the other form: the page lists them in the short form, and each
    // is answered from it without a look-up of its own.
    QJsonArray items;
    QList<BulkTarget> targets;
    for (int i = 0; i < 10; ++i) {
        const QString id = idOf(QStringLiteral("ciscospark://us/PLACES/"
                                               "00000000-0000-0000-0000-%1")
                                    .arg(i, 12, 10, QLatin1Char('0'))
                                    .toLatin1());
        items.append(QJsonObject{{QLatin1String("id"), id},
                                 {QLatin1String("displayName"), QStringLiteral("W%1").arg(i)}});
        targets.append(BulkTarget{teamForm(id), QString(), i + 1});
    }
    const QByteArray page = QJsonDocument(QJsonObject{{QLatin1String("items"), items}}).toJson();
    test::FakeHttpServer server([page](const QByteArray &) { return http(page); });
    QVERIFY(server.listen());
    ApiClient client;
    RequestGate gate(&client, 2);
    WorkspaceResolver resolver(&gate);
    RequestContext context;
    context.apiRoot = server.root();
    context.token = QStringLiteral("TEST-token");
    resolver.prepare(context, targets);
    int answered = 0;
    for (const BulkTarget &target : targets)
        resolver.resolve(context, target,
                         [&answered](const QJsonObject &w, const QString &, const ApiResult &) {
                             answered += w.isEmpty() ? 0 : 1;
                         });
    QTRY_COMPARE(answered, 10);
    QCOMPARE(server.requests.size(), 1); // the one page
}

void TestBulkIds::resumeKnowsAnotherForm()
{
    // A journal finished every workspace under its short ID; the targets name them in the
    // other form: nothing is sent again.
    sandbox::SandboxServer server;
    QVERIFY(server.generateWorkspaces(3));
    QVERIFY(server.start());
    QTemporaryDir dir;
    BulkJournal journal;
    QString error;
    QVERIFY(journal.open(dir.filePath(QStringLiteral("run.jsonl")), &error));
    QHash<QString, JournalEntry> recorded;
    QList<BulkTarget> targets;
    for (const QString &id : test::generatedWorkspaceIds(server.data())) {
        JournalEntry entry;
        entry.state = JournalEntry::State::Finished;
        entry.result = QStringLiteral("created");
        recorded.insert(id, entry);
        targets.append(BulkTarget{teamForm(id), QString(), int(targets.size()) + 1});
    }
    QVERIFY(!targets.isEmpty());
    ApiClient client;
    BulkRun run(&client, BulkOptions());
    run.setJournal(&journal, recorded);
    RequestContext context;
    context.apiRoot = server.apiRoot();
    context.token = server.demoToken();
    run.start(Criteria(), context, targets);
    QTRY_VERIFY(run.isFinished());
    for (const BulkOutcome &outcome : run.outcomes())
        QVERIFY2(outcome.message.contains(QLatin1String("not sent again")),
                 qPrintable(outcome.message));
    for (const auto &request : server.receivedRequests())
        QVERIFY(request.method != "POST");
}

QTEST_GUILESS_MAIN(TestBulkIds)
#include "tst_bulkids.moc"
