// The sign-in's token request in the client's request log: Qt NetworkAuth sends it around
// the client, and it is recorded all the same (so the session log and a HAR have it), with
// the code, the verifier, the secret and the tokens redacted.
#include "app/client/requestlog.h"
#include "tests/common/signinfixture.h"

#include <QTest>
#include <QUrlQuery>

using namespace seqring;
using seqring::test::SignInFixture;

// Signs in through the browser, then reads the client's log.
class TestSignInLog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QSKIP("no D-Bus session: run through tests/keychain/with-keyring.sh");
        qunsetenv("WEBEX_ACCESS_TOKEN");
    }
    void tokenRequestIsLoggedRedacted();
};

void TestSignInLog::tokenRequestIsLoggedRedacted()
{
    SignInFixture f;
    QVERIFY(f.start());
    QVERIFY(f.signInFully());
    QByteArray sent; // the token request as the sandbox received it
    for (const auto &request : f.server->receivedRequests()) {
        if (request.path.endsWith(QLatin1String("/access_token")))
            sent = request.body;
    }
    QVERIFY(!sent.isEmpty());
    const QUrlQuery form(QString::fromUtf8(sent));

    const std::deque<RequestLogEntry> entries = f.client->requestLog()->entries();
    const RequestLogEntry *exchange = nullptr;
    for (const RequestLogEntry &entry : entries) {
        if (entry.url.endsWith(QLatin1String("/access_token")))
            exchange = &entry;
    }
    QVERIFY(exchange);
    QCOMPARE(exchange->method, QStringLiteral("POST"));
    QCOMPARE(exchange->status, 200);
    QVERIFY(exchange->requestBody.contains(QLatin1String("authorization_code")));
    QString logged = exchange->url + exchange->requestBody + exchange->responseBody;
    for (const auto &header : exchange->requestHeaders + exchange->responseHeaders)
        logged += header.second;
    const OAuthTokens tokens = f.target->tokens()->signedInTokens();
    for (const QString &secret :
         {form.queryItemValue(QStringLiteral("code")),
          form.queryItemValue(QStringLiteral("code_verifier")), f.server->oauthClientSecret(),
          tokens.accessToken, tokens.refreshToken}) {
        QVERIFY(!secret.isEmpty());
        QVERIFY2(!logged.contains(secret), "a secret is in the request log");
    }
    f.stop();
}

QTEST_GUILESS_MAIN(TestSignInLog)
#include "tst_signinlog.moc"
