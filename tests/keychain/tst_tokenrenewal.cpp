// The signed-in token's life against the in-process sandbox: renewed before a request when
// under 5 minutes remain, renewed after a 401 with exactly one re-send, and a refused
// refresh token (invalid_grant) leaving the app signed out with a message.
#include "tests/common/jobwaiter.h"
#include "tests/common/signinfixture.h"

#include <QTest>
#include <QUrlQuery>

using namespace seqring;
using seqring::test::bearerOf;
using seqring::test::SignInFixture;

namespace
{

// The requests the sandbox received, as "METHOD path" or "refresh" for a refresh grant.
QStringList trafficOf(const sandbox::SandboxServer &server)
{
    QStringList lines;
    for (const auto &request : server.receivedRequests()) {
        if (request.path == QLatin1String("/v1/access_token")) {
            const QUrlQuery form(QString::fromUtf8(request.body));
            lines.append(form.queryItemValue(QStringLiteral("grant_type")));
        } else {
            lines.append(QString::fromLatin1(request.method) + QLatin1Char(' ') + request.path);
        }
    }
    return lines;
}

} // namespace

// Each test signs in through the browser first, then sends requests through the client.
class TestTokenRenewal : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void renewsBeforeExpiry();
    void renewsAfter401AndResendsOnce();
    void laterRequestsUseTheRenewedToken();
    void anotherSignInIsNotLentToOldTokens();
    void resendsOnlyOnce();
    void postIsResentOnceAfter401();
    void invalidGrantSignsOut();
    void notSignedInMeansNoRenewal();

private:
    ApiResult get(const QString &path);
    // GET `path` with `context` as a run kept it (its token as it was then).
    ApiResult get(const QString &path, const RequestContext &context);
    std::unique_ptr<SignInFixture> m_fixture;
};

void TestTokenRenewal::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QSKIP("no D-Bus session: run through tests/keychain/with-keyring.sh");
    qunsetenv("WEBEX_ACCESS_TOKEN");
    qunsetenv("WEBEX_CLIENT_ID");
    qunsetenv("WEBEX_CLIENT_SECRET");
}

void TestTokenRenewal::init()
{
    m_fixture = std::make_unique<SignInFixture>();
    QVERIFY(m_fixture->start());
}

void TestTokenRenewal::cleanup()
{
    m_fixture->stop();
    m_fixture.reset();
}

ApiResult TestTokenRenewal::get(const QString &path)
{
    return get(path, m_fixture->target->requestContext());
}

ApiResult TestTokenRenewal::get(const QString &path, const RequestContext &context)
{
    ApiJob *job = m_fixture->client->send(
        ApiRequests::make("GET", ApiRequests::apiUrl(context, path), context));
    ApiResult result;
    QString why;
    if (!test::waitForResult(job, &result, &why))
        qWarning("%s", qPrintable(why));
    return result;
}

void TestTokenRenewal::renewsBeforeExpiry()
{
    SignInFixture &f = *m_fixture;
    f.server->setTokenLifetime(120); // under 5 minutes from the start
    QVERIFY(f.signInFully());
    const QString first = f.target->token();
    f.server->clearReceivedRequests();

    const ApiResult result = get(QStringLiteral("people/me"));
    QVERIFY(result.ok);
    QCOMPARE(result.attempts, 1);
    QCOMPARE(trafficOf(*f.server),
             (QStringList{QStringLiteral("refresh_token"), QStringLiteral("GET /v1/people/me")}));
    const QString renewed = f.target->token();
    QVERIFY(renewed != first);
    QCOMPARE(bearerOf(f.server->receivedRequests().last()), renewed);
    QCOMPARE(f.target->tokenSource(), TokenProvider::Source::SignedIn);

    // The keychain has the renewed token.
    TokenProvider fresh(f.tokenStore.get());
    fresh.setClient(f.server->oauthClientId());
    fresh.useApiRoot(f.server->apiRoot());
    QTRY_COMPARE_WITH_TIMEOUT(fresh.token(), renewed, 20000);
}

void TestTokenRenewal::renewsAfter401AndResendsOnce()
{
    SignInFixture &f = *m_fixture;
    QVERIFY(f.signInFully());
    const QString first = f.target->token();
    f.server->expireAccessTokens(); // the service stops taking it before its time
    f.server->clearReceivedRequests();

    const ApiResult result = get(QStringLiteral("people/me"));
    QVERIFY(result.ok);
    QCOMPARE(result.attempts, 2);
    QCOMPARE(trafficOf(*f.server),
             (QStringList{QStringLiteral("GET /v1/people/me"), QStringLiteral("refresh_token"),
                          QStringLiteral("GET /v1/people/me")}));
    const auto received = f.server->receivedRequests();
    QCOMPARE(bearerOf(received.first()), first);
    QCOMPARE(bearerOf(received.last()), f.target->token());
    QVERIFY(f.target->token() != first);
    // The same request both times: one tracking ID.
    QCOMPARE(received.first().header("TrackingID"), received.last().header("TrackingID"));
}

void TestTokenRenewal::laterRequestsUseTheRenewedToken()
{
    // A bulk run keeps the context it started with. After one of its requests met a 401
    // and renewed the token, the later ones go out with the renewed token at once.
    SignInFixture &f = *m_fixture;
    QVERIFY(f.signInFully());
    const RequestContext kept = f.target->requestContext();
    f.server->expireAccessTokens();
    f.server->clearReceivedRequests();
    const auto send = [this, &kept] { return get(QStringLiteral("people/me"), kept); };
    const ApiResult first = send();
    QVERIFY(first.ok);
    QCOMPARE(first.attempts, 2);
    for (int i = 0; i < 3; ++i) {
        const ApiResult later = send();
        QVERIFY(later.ok);
        QCOMPARE(later.attempts, 1);
    }
    QCOMPARE(
        trafficOf(*f.server),
        (QStringList{QStringLiteral("GET /v1/people/me"), QStringLiteral("refresh_token"),
                     QStringLiteral("GET /v1/people/me"), QStringLiteral("GET /v1/people/me"),
                     QStringLiteral("GET /v1/people/me"), QStringLiteral("GET /v1/people/me")}));
    for (const auto &request : f.server->receivedRequests().mid(2))
        QCOMPARE(bearerOf(request), f.target->token());
}

void TestTokenRenewal::anotherSignInIsNotLentToOldTokens()
{
    // A run kept a token that was renewed; then the administrator signed out and in again
    // (perhaps as someone else). The run's requests must not go out with the new sign-in's
    // token: its old token is sent, and the service's 401 ends it.
    SignInFixture &f = *m_fixture;
    QVERIFY(f.signInFully());
    const RequestContext kept = f.target->requestContext();
    f.server->expireAccessTokens();
    const auto send = [this, &kept] { return get(QStringLiteral("people/me"), kept); };
    QCOMPARE(send().attempts, 2); // renewed: the kept token now stands for the renewed one
    f.target->tokens()->signOut();
    QVERIFY(f.signInFully());
    f.server->clearReceivedRequests();
    const ApiResult stale = send();
    QVERIFY(!stale.ok);
    QCOMPARE(stale.httpStatus, 401);
    const auto received = f.server->receivedRequests();
    QVERIFY(!received.isEmpty());
    for (const auto &request : received)
        QCOMPARE(bearerOf(request), kept.token);
}

void TestTokenRenewal::resendsOnlyOnce()
{
    SignInFixture &f = *m_fixture;
    QVERIFY(f.signInFully());
    f.server->expireAccessTokens();
    f.server->clearReceivedRequests();
    // The renewed token is refused as well when the re-sent request arrives.
    int gets = 0;
    connect(f.server.get(), &sandbox::SandboxServer::requestReceived, this,
            [&f, &gets](const sandbox::RecordedRequest &request) {
                if (request.method == "GET" && ++gets == 2)
                    f.server->expireAccessTokens();
            });
    const ApiResult result = get(QStringLiteral("people/me"));
    QVERIFY(!result.ok);
    QCOMPARE(result.httpStatus, 401);
    QCOMPARE(result.attempts, 2);
    QTest::qWait(200);
    QCOMPARE(trafficOf(*f.server),
             (QStringList{QStringLiteral("GET /v1/people/me"), QStringLiteral("refresh_token"),
                          QStringLiteral("GET /v1/people/me")}));
}

void TestTokenRenewal::postIsResentOnceAfter401()
{
    SignInFixture &f = *m_fixture;
    QVERIFY(f.signInFully());
    f.server->expireAccessTokens();
    f.server->clearReceivedRequests();
    RequestContext context = f.target->requestContext();
    context.workspaceId = QStringLiteral(
        "Y2lzY29zcGFyazovL3VzL1BMQUNFUy9jNzlhNWViZC1mZmZhLTQ2ZWUtOTAwOC0xY2FhZTFmMTY0MjM");
    Criteria criteria;
    criteria.callsFrom = CallsFrom::AnyPhoneNumber;
    ApiJob *job = f.client->createCriteria(ApiRequests::createCriteria(criteria, context));
    ApiResult result;
    QString why;
    QVERIFY2(test::waitForResult(job, &result, &why), qPrintable(why));
    QVERIFY2(result.ok, qPrintable(result.summary()));
    QCOMPARE(result.httpStatus, 201);
    QCOMPARE(result.attempts, 2);
    const QStringList traffic = trafficOf(*f.server);
    QCOMPARE(traffic.size(), 3);
    QCOMPARE(traffic.at(1), QStringLiteral("refresh_token"));
    QCOMPARE(traffic.count(traffic.first()), 2); // the same POST twice, nothing else
}

void TestTokenRenewal::invalidGrantSignsOut()
{
    SignInFixture &f = *m_fixture;
    QVERIFY(f.signInFully());
    f.server->expireAccessTokens();
    f.server->revokeRefreshTokens();
    QSignalSpy problems(f.target.get(), &TargetModel::problem);
    const ApiResult result = get(QStringLiteral("people/me"));
    QVERIFY(!result.ok);
    QCOMPARE(result.httpStatus, 401);
    QCOMPARE(result.attempts, 1);
    QCOMPARE(f.target->tokenSource(), TokenProvider::Source::None);
    QVERIFY(!f.target->hasToken());
    QCOMPARE(problems.count(), 1);
    QVERIFY(problems.first().at(1).toString().contains(QLatin1String("Sign in again")));

    TokenProvider fresh(f.tokenStore.get());
    fresh.setClient(f.server->oauthClientId());
    fresh.useApiRoot(f.server->apiRoot());
    QTest::qWait(1000);
    QVERIFY(fresh.source() != TokenProvider::Source::SignedIn);
}

void TestTokenRenewal::notSignedInMeansNoRenewal()
{
    SignInFixture &f = *m_fixture;
    // A pasted token: a 401 is final, nothing is renewed.
    f.target->setToken(f.server->demoToken(), false);
    f.server->forceStatus(401, 1);
    const ApiResult result = get(QStringLiteral("people/me"));
    QCOMPARE(result.httpStatus, 401);
    QCOMPARE(result.attempts, 1);
    QCOMPARE(trafficOf(*f.server), QStringList{QStringLiteral("GET /v1/people/me")});
}

QTEST_GUILESS_MAIN(TestTokenRenewal)
#include "tst_tokenrenewal.moc"
