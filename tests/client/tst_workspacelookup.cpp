// The look-up of a typed workspace ID through WorkspaceContext, against a scripted server:
// every answer ends it known, unknown or failed, with a message, whatever ID form comes back.
#include "app/client/apiclient.h"
#include "app/workspace/workspacecontext.h"
#include "tests/client/fakehttpserver.h"
#include "tests/common/targetfixture.h"

#include <QTcpServer>
#include <QTest>

using namespace seqring;
using State = TargetModel::WorkspaceState;

Q_DECLARE_METATYPE(seqring::TargetModel::WorkspaceState)

namespace
{

const QByteArray kUuid = "5f0bd1e2-9a1b-4c3d-8e7f-0123456789ab";

QString idOf(const QByteArray &uri)
{
    return QString::fromLatin1(
        uri.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

// The ID typed: the short form the sandbox and the API reference use.
const QString kTyped = idOf("ciscospark://us/PLACES/" + kUuid);

QByteArray http(const QByteArray &status, const QByteArray &body)
{
    return "HTTP/1.1 " + status + "\r\nContent-Type: application/json\r\nContent-Length: " +
           QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
}

} // namespace

// Each path of a workspace look-up, and the IDs it compares.
class TestWorkspaceLookup : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyAnswerEnds_data();
    void everyAnswerEnds();
    void cancelledLookupEnds();
    void pickerStopLeavesTheLookup();
};

void TestWorkspaceLookup::everyAnswerEnds_data()
{
    QTest::addColumn<QByteArray>("answer"); // of GET /workspaces/{id}; empty: closed unanswered
    QTest::addColumn<State>("state");
    QTest::addColumn<QString>("message"); // a part of the problem shown (Known: of the title)

    const auto workspace = [](const QString &id) {
        return http("200 OK", "{\"id\": \"" + id.toLatin1() +
                                  "\", \"displayName\": \"Reception\", \"locationId\": \"L1\"}");
    };
    QTest::newRow("the ID as asked") << workspace(kTyped) << State::Known << "Reception";
    QTest::newRow("another form of the same ID")
        << workspace(idOf("ciscospark://urn:TEAM:us-east-1_int13/PLACE/" + kUuid.toUpper()))
        << State::Known << "Reception";
    QTest::newRow("an unrelated ID")
        << workspace(idOf("ciscospark://us/PLACES/11111111-2222-3333-4444-555555555555"))
        << State::Failed << "with another workspace";
    QTest::newRow("a person with the same UUID")
        << workspace(idOf("ciscospark://us/PEOPLE/" + kUuid)) << State::Failed
        << "with another workspace";
    QTest::newRow("no ID") << http("200 OK", "{\"displayName\": \"Reception\"}") << State::Failed
                           << "without a workspace ID";
    QTest::newRow("404") << http("404 Not Found", "{\"message\": \"not found\"}") << State::Unknown
                         << "No workspace has the ID";
    QTest::newRow("500") << http("500 Internal Server Error", "{\"message\": \"broken\"}")
                         << State::Failed << "500";
    QTest::newRow("broken JSON") << http("200 OK", "{\"id\": ") << State::Failed << "";
    QTest::newRow("closed unanswered") << QByteArray() << State::Failed << "";
}

void TestWorkspaceLookup::everyAnswerEnds()
{
    QFETCH(QByteArray, answer);
    QFETCH(State, state);
    QFETCH(QString, message);
    test::FakeHttpServer server([answer](const QByteArray &request) {
        if (request.contains("/workspaces/"))
            return answer;
        return http("200 OK", "{\"items\": []}"); // the license and location catalogs
    });
    QVERIFY(server.listen());
    ApiClient client;
    client.setMaxRetries(0);
    test::TargetFixture fixture;
    TargetModel *target = fixture.start(server.root(), QStringLiteral("TEST-token"));
    WorkspaceContext context(&client, target);
    context.setLookupDelay(10);

    target->setWorkspaceId(kTyped);
    QCOMPARE(target->workspaceState(), State::LookingUp);
    QTRY_VERIFY_WITH_TIMEOUT(target->workspaceState() != State::LookingUp, 10000);
    QCOMPARE(target->workspaceState(), state);
    QTRY_VERIFY(!context.isBusy());
    QCOMPARE(target->workspaceId(), kTyped); // the ID stays as typed
    if (state == State::Known) {
        QVERIFY(target->workspace());
        QVERIFY(target->workspace()->title().contains(message));
        return;
    }
    QVERIFY(!target->workspaceProblem().isEmpty());
    QVERIFY2(target->workspaceProblem().contains(message), qPrintable(target->workspaceProblem()));
}

void TestWorkspaceLookup::cancelledLookupEnds()
{
    // The server never answers; the directory's cancel (which the picker used to call)
    // ends the look-up with a message instead of leaving it looking.
    QTcpServer silent; // accepts, and never answers
    QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
    ApiClient client;
    client.setMaxRetries(0);
    test::TargetFixture fixture;
    TargetModel *target =
        fixture.start(QStringLiteral("http://127.0.0.1:%1/v1").arg(silent.serverPort()),
                      QStringLiteral("TEST-token"));
    WorkspaceContext context(&client, target);
    context.setLookupDelay(10);
    target->setWorkspaceId(kTyped);
    QTRY_VERIFY(context.directory()->isBusy());
    context.directory()->cancel();
    QCOMPARE(target->workspaceState(), State::Failed);
    QVERIFY2(target->workspaceProblem().contains(QLatin1String("cancelled")),
             qPrintable(target->workspaceProblem()));
}

void TestWorkspaceLookup::pickerStopLeavesTheLookup()
{
    // The picker's Stop stops its search only: the look-up still ends, known.
    test::FakeHttpServer server([](const QByteArray &request) {
        if (request.contains("/workspaces/"))
            return http("200 OK",
                        "{\"id\": \"" + kTyped.toLatin1() + "\", \"displayName\": \"Reception\"}");
        return http("200 OK", "{\"items\": []}");
    });
    QVERIFY(server.listen());
    ApiClient client;
    test::TargetFixture fixture;
    TargetModel *target = fixture.start(server.root(), QStringLiteral("TEST-token"));
    WorkspaceContext context(&client, target);
    context.setLookupDelay(0);
    target->setWorkspaceId(kTyped);
    QTRY_VERIFY(context.directory()->isBusy());
    context.directory()->cancelSearch();
    QTRY_COMPARE(target->workspaceState(), State::Known);
}

QTEST_MAIN(TestWorkspaceLookup)
#include "tst_workspacelookup.moc"
