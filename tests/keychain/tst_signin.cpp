// Sign in with Webex end to end against the in-process sandbox: the test plays the browser
// (GET the authorize URL, press Allow or Deny, follow the redirect to the app's listener).
// PKCE, state, access_denied, a second callback, the loopback-only listener, the timeout,
// the port in use, and the tokens kept in the keychain.
#include "app/signin/oauthreplyhandlers.h"
#include "tests/common/signinfixture.h"
#include "ui/translations.h"

#include <QFile>
#include <QNetworkInterface>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>

using namespace seqring;
using seqring::test::SignInFixture;

namespace
{

// The sockets listening on `port` from /proc/net/tcp and tcp6: their local addresses.
QStringList listenersOn(quint16 port)
{
    QStringList found;
    for (const char *table : {"/proc/net/tcp", "/proc/net/tcp6"}) {
        QFile file(QString::fromLatin1(table));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QList<QByteArray> lines = file.readAll().split('\n');
        for (const QByteArray &line : lines) {
            const QList<QByteArray> fields = line.simplified().split(' ');
            if (fields.size() < 4 || fields.at(3) != "0A") // 0A: LISTEN
                continue;
            const QList<QByteArray> local = fields.at(1).split(':');
            if (local.size() == 2 && local.at(1).toUInt(nullptr, 16) == port)
                found.append(QString::fromLatin1(local.at(0)));
        }
    }
    return found;
}

// Sends a raw GET for `target` to the listener and returns the whole answer.
QByteArray rawGet(const QUrl &target)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, quint16(target.port()));
    if (!socket.waitForConnected(5000))
        return "refused";
    socket.write("GET " + target.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority) +
                 " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    QByteArray answer;
    while (socket.state() == QAbstractSocket::ConnectedState && socket.waitForReadyRead(5000))
        answer += socket.readAll();
    return answer + socket.readAll();
}

QList<seqring::sandbox::RecordedRequest> tokenRequests(const sandbox::SandboxServer &server)
{
    QList<seqring::sandbox::RecordedRequest> found;
    for (const auto &request : server.receivedRequests()) {
        if (request.path == QLatin1String("/v1/access_token"))
            found.append(request);
    }
    return found;
}

QString formField(const QByteArray &body, const QString &name)
{
    return QUrlQuery(QString::fromUtf8(body)).queryItemValue(name, QUrl::FullyDecoded);
}

} // namespace

// One sign-in per test, each with a fresh sandbox and settings.
class TestSignIn : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void fullFlowSignsInWithPkce();
    void listenerIsLoopbackOnly();
    void tokensAndSecretComeBackFromTheKeychain();
    void wrongVerifierIsRefused();
    void wrongStateIsRefused();
    void accessDeniedIsReported();
    void secondCallbackIsIgnored();
    void portInUseNamesPortAndSetting();
    void givesUpAfterTimeout();
    void signOutForgetsTokens();

private:
    std::unique_ptr<SignInFixture> m_fixture;
};

void TestSignIn::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QSKIP("no D-Bus session: run through tests/keychain/with-keyring.sh");
    qunsetenv("WEBEX_ACCESS_TOKEN");
    qunsetenv("WEBEX_CLIENT_ID");
    qunsetenv("WEBEX_CLIENT_SECRET");
    Translations::install(QStringLiteral("en")); // the English plural forms
}

void TestSignIn::init()
{
    m_fixture = std::make_unique<SignInFixture>();
    QVERIFY(m_fixture->start());
}

void TestSignIn::cleanup()
{
    m_fixture->stop();
    m_fixture.reset();
}

void TestSignIn::fullFlowSignsInWithPkce()
{
    SignInFixture &f = *m_fixture;
    QSignalSpy finished(f.signIn.get(), &SignInController::finished);
    const QUrl authorize = f.begin();
    QVERIFY(authorize.isValid());
    QCOMPARE(authorize.toString(QUrl::RemoveQuery),
             f.server->apiRoot() + QStringLiteral("/authorize"));
    const QUrlQuery query(authorize);
    QCOMPARE(query.queryItemValue(QStringLiteral("response_type")), QStringLiteral("code"));
    QCOMPARE(query.queryItemValue(QStringLiteral("client_id")), f.server->oauthClientId());
    QCOMPARE(query.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded),
             f.signIn->flow()->redirectUri());
    QCOMPARE(query.queryItemValue(QStringLiteral("code_challenge_method")), QStringLiteral("S256"));
    const QString challenge = query.queryItemValue(QStringLiteral("code_challenge"));
    QCOMPARE(challenge.size(), 43); // BASE64URL of 32 bytes, no padding
    QVERIFY(!challenge.contains(QLatin1Char('=')));
    const QString state = query.queryItemValue(QStringLiteral("state"));
    QVERIFY(state.size() >= 32);
    const QString scope = query.queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded);
    for (const QString &name : SignInController::scopeNames())
        QVERIFY2(scope.split(QLatin1Char(' ')).contains(name), qPrintable(name));

    const QUrl target = f.browser.consent(authorize, QStringLiteral("allow"));
    QCOMPARE(QUrlQuery(target).queryItemValue(QStringLiteral("state")), state);
    const quint16 port = quint16(target.port());
    const testsupport::BrowserPage page = f.browser.get(target);
    QCOMPARE(page.status, 200);
    QVERIFY(page.body.contains("You can close this page"));
    QVERIFY(finished.count() == 1 ||
            finished.wait(10000)); // the page was read in a loop of its own
    QCOMPARE(finished.first().first().toBool(), true);

    // The token request carried the verifier of the challenge, the secret and the same
    // redirect URI; the code was exchanged once.
    const auto requests = tokenRequests(*f.server);
    QCOMPARE(requests.size(), 1);
    const QByteArray body = requests.first().body;
    QCOMPARE(formField(body, QStringLiteral("grant_type")), QStringLiteral("authorization_code"));
    const QString verifier = formField(body, QStringLiteral("code_verifier"));
    QVERIFY(verifier.size() >= 43 && verifier.size() <= 128);
    QCOMPARE(Pkce::challengeOf(verifier), challenge);
    QCOMPARE(formField(body, QStringLiteral("client_secret")), f.server->oauthClientSecret());
    QCOMPARE(formField(body, QStringLiteral("redirect_uri")),
             QStringLiteral("http://127.0.0.1:%1/redirect").arg(port));
    QCOMPARE(f.server->codesExchanged(), 1);

    // Signed in: the token works and the target panel's sentence names the person.
    QCOMPARE(f.target->tokenSource(), TokenProvider::Source::SignedIn);
    QVERIFY(f.target->token() != f.server->demoToken());
    const QString description = f.target->tokenDescription();
    QVERIFY2(description.startsWith(QLatin1String("Signed in as ")), qPrintable(description));
    QVERIFY2(description.contains(QLatin1String("(expires in 13 days)")), qPrintable(description));
    QVERIFY(!description.contains(QLatin1String("an administrator")));
    // The listener closed with the flow.
    QVERIFY(listenersOn(port).isEmpty());
    QCOMPARE(rawGet(target), QByteArray("refused"));
}

void TestSignIn::listenerIsLoopbackOnly()
{
    SignInFixture &f = *m_fixture;
    QVERIFY(f.begin().isValid());
    const quint16 port = f.signIn->flow()->port();
    QVERIFY(port != 0);
    // Bound to 127.0.0.1 (0100007F in /proc/net/tcp) and nothing else.
    QCOMPARE(listenersOn(port), QStringList{QStringLiteral("0100007F")});
    int tried = 0;
    const auto addresses = QNetworkInterface::allAddresses();
    for (const QHostAddress &address : addresses) {
        if (address.isLoopback() || address.protocol() != QAbstractSocket::IPv4Protocol)
            continue;
        QTcpSocket socket;
        socket.connectToHost(address, port);
        QVERIFY2(!socket.waitForConnected(2000), qPrintable(address.toString()));
        ++tried;
    }
    qInfo("connections tried on %d other local address(es)", tried);
    f.signIn->cancel();
    QVERIFY(listenersOn(port).isEmpty());
}

void TestSignIn::tokensAndSecretComeBackFromTheKeychain()
{
    SignInFixture &f = *m_fixture;
    QVERIFY(f.signInFully());
    const OAuthTokens signedIn = f.tokens->signedInTokens();
    QVERIFY(!signedIn.refreshToken.isEmpty());
    QVERIFY(signedIn.refreshExpiresAt > signedIn.expiresAt);

    TokenProvider fresh(f.tokenStore.get());
    fresh.setClient(f.server->oauthClientId());
    fresh.useApiRoot(f.server->apiRoot());
    QTRY_COMPARE_WITH_TIMEOUT(fresh.source(), TokenProvider::Source::SignedIn, 20000);
    QCOMPARE(fresh.token(), signedIn.accessToken);
    const OAuthTokens read = fresh.signedInTokens();
    QCOMPARE(read.refreshToken, signedIn.refreshToken);
    QCOMPARE(read.expiresAt.toSecsSinceEpoch(), signedIn.expiresAt.toSecsSinceEpoch());
    QCOMPARE(read.refreshExpiresAt.toSecsSinceEpoch(),
             signedIn.refreshExpiresAt.toSecsSinceEpoch());
    QTRY_COMPARE_WITH_TIMEOUT(fresh.clientSecret(), f.server->oauthClientSecret(), 20000);

    // Another client ID has its own entry.
    TokenProvider other(f.tokenStore.get());
    other.setClient(QStringLiteral("another-integration"));
    QSignalSpy read2(f.tokenStore.get(), &TokenStore::readFinished);
    other.useApiRoot(f.server->apiRoot());
    QTest::qWait(500);
    QCOMPARE(other.source(), TokenProvider::Source::None);

    // Nothing secret in the settings file.
    f.settings->sync();
    QFile file(f.qsettings->fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY(text.contains(f.server->oauthClientId().toUtf8()));
    for (const QString &secret :
         {signedIn.accessToken, signedIn.refreshToken, f.server->oauthClientSecret()})
        QVERIFY(!text.contains(secret.toUtf8()));
}

void TestSignIn::wrongVerifierIsRefused()
{
    SignInFixture &f = *m_fixture;
    QSignalSpy finished(f.signIn.get(), &SignInController::finished);
    const QUrl authorize = f.begin();
    // Another authorize request for the same client and redirect with another challenge:
    // its code reaches the app, whose verifier does not match it.
    QUrl other = authorize;
    QUrlQuery query(other);
    query.removeAllQueryItems(QStringLiteral("code_challenge"));
    query.addQueryItem(QStringLiteral("code_challenge"), Pkce::generate().challenge);
    other.setQuery(query);
    const QUrl target = f.browser.consent(other, QStringLiteral("allow"));
    QVERIFY(target.isValid());
    QCOMPARE(f.browser.get(target).status, 200);
    QVERIFY(finished.count() == 1 || finished.wait(10000));
    QCOMPARE(finished.first().first().toBool(), false);
    const QString message = finished.first().at(1).toString();
    QVERIFY2(message.contains(QLatin1String("code_verifier")), qPrintable(message));
    QCOMPARE(f.server->codesExchanged(), 0);
    QVERIFY(f.target->tokenSource() != TokenProvider::Source::SignedIn);
}

void TestSignIn::wrongStateIsRefused()
{
    SignInFixture &f = *m_fixture;
    QSignalSpy finished(f.signIn.get(), &SignInController::finished);
    QUrl target = f.browser.consent(f.begin(), QStringLiteral("allow"));
    QUrlQuery query(target);
    query.removeAllQueryItems(QStringLiteral("state"));
    query.addQueryItem(QStringLiteral("state"), QStringLiteral("not-the-state"));
    target.setQuery(query);
    const testsupport::BrowserPage page = f.browser.get(target);
    QCOMPARE(page.status, 200);
    QVERIFY(page.body.contains("state does not match"));
    QVERIFY(finished.count() == 1 || finished.wait(5000));
    QCOMPARE(finished.first().first().toBool(), false);
    QVERIFY(finished.first().at(1).toString().contains(QLatin1String("state")));
    QTest::qWait(200);
    QVERIFY(tokenRequests(*f.server).isEmpty()); // the code was never used
    QVERIFY(f.target->tokenSource() != TokenProvider::Source::SignedIn);
}

void TestSignIn::accessDeniedIsReported()
{
    SignInFixture &f = *m_fixture;
    QSignalSpy finished(f.signIn.get(), &SignInController::finished);
    const QUrl target = f.browser.consent(f.begin(), QStringLiteral("deny"));
    QCOMPARE(QUrlQuery(target).queryItemValue(QStringLiteral("error")),
             QStringLiteral("access_denied"));
    QVERIFY(f.browser.get(target).body.contains("access_denied"));
    QVERIFY(finished.count() == 1 || finished.wait(5000));
    QCOMPARE(finished.first().first().toBool(), false);
    QVERIFY(finished.first().at(1).toString().contains(QLatin1String("access_denied")));
    QVERIFY(tokenRequests(*f.server).isEmpty());
}

void TestSignIn::secondCallbackIsIgnored()
{
    SignInFixture &f = *m_fixture;
    QSignalSpy finished(f.signIn.get(), &SignInController::finished);
    QSignalSpy notices(f.signIn.get(), &SignInController::notice);
    const QUrl authorize = f.begin();
    // Two consents of the same request give two valid codes with the right state.
    const QUrl first = f.browser.consent(authorize, QStringLiteral("allow"));
    const QUrl second = f.browser.consent(authorize, QStringLiteral("allow"));
    QVERIFY(first.isValid() && second.isValid());
    // Both reach the listener before the first code's exchange can finish.
    QTcpSocket a;
    QTcpSocket b;
    for (QTcpSocket *socket : {&a, &b}) {
        socket->connectToHost(QHostAddress::LocalHost, quint16(first.port()));
        QVERIFY(socket->waitForConnected(5000));
    }
    const auto request = [](const QUrl &url) -> QByteArray {
        return "GET " + url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority) +
               " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
    };
    a.write(request(first));
    b.write(request(second));
    QVERIFY(a.waitForBytesWritten(5000) && b.waitForBytesWritten(5000));
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.first().first().toBool(), true);
    QCOMPARE(notices.count(), 1);
    QTRY_VERIFY(a.bytesAvailable() > 0 && b.bytesAvailable() > 0);
    const QByteArray pageA = a.readAll();
    const QByteArray pageB = b.readAll();
    const bool aIgnored = pageA.contains("ignored");
    QVERIFY(aIgnored != pageB.contains("ignored")); // exactly one was ignored
    const auto requests = tokenRequests(*f.server);
    QCOMPARE(requests.size(), 1);
    const QUrl used = aIgnored ? second : first;
    QCOMPARE(formField(requests.first().body, QStringLiteral("code")),
             QUrlQuery(used).queryItemValue(QStringLiteral("code")));
    QCOMPARE(f.server->codesExchanged(), 1);
    // A late one, once the flow has ended, finds no listener.
    QCOMPARE(rawGet(first), QByteArray("refused"));
}

void TestSignIn::portInUseNamesPortAndSetting()
{
    SignInFixture &f = *m_fixture;
    QTcpServer taken;
    QVERIFY(taken.listen(QHostAddress::LocalHost));
    f.signIn->setRedirectUri(
        QStringLiteral("http://127.0.0.1:%1/redirect").arg(taken.serverPort()));
    QSignalSpy finished(f.signIn.get(), &SignInController::finished);
    QVERIFY(!f.signIn->start(f.server->oauthClientId(), f.server->oauthClientSecret(), false));
    QCOMPARE(finished.count(), 1);
    const QString message = finished.first().at(1).toString();
    QVERIFY2(message.contains(QString::number(taken.serverPort())), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("Redirect URI")), qPrintable(message));
    QVERIFY(!f.signIn->isRunning());
}

void TestSignIn::givesUpAfterTimeout()
{
    SignInFixture &f = *m_fixture;
    QSignalSpy finished(f.signIn.get(), &SignInController::finished);
    const QUrl authorize = f.begin(300);
    const quint16 port = f.signIn->flow()->port();
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.first().first().toBool(), false);
    QVERIFY(finished.first().at(1).toString().contains(QLatin1String("minute")));
    QVERIFY(listenersOn(port).isEmpty());
    // An answer after the timeout is not received.
    const QUrl target = f.browser.consent(authorize, QStringLiteral("allow"));
    QCOMPARE(rawGet(target), QByteArray("refused"));
    QCOMPARE(f.server->codesExchanged(), 0);
}

void TestSignIn::signOutForgetsTokens()
{
    SignInFixture &f = *m_fixture;
    QVERIFY(f.signInFully());
    QSignalSpy keychain(f.tokens.get(), &TokenProvider::keychainFinished);
    f.signIn->signOut();
    QCOMPARE(f.target->tokenSource(), TokenProvider::Source::None);
    QVERIFY(!f.target->hasToken());
    QTRY_VERIFY_WITH_TIMEOUT(keychain.count() >= 1, 20000);
    TokenProvider fresh(f.tokenStore.get());
    fresh.setClient(f.server->oauthClientId());
    QSignalSpy read(f.tokenStore.get(), &TokenStore::readFinished);
    fresh.useApiRoot(f.server->apiRoot());
    QTest::qWait(1000);
    QVERIFY(fresh.source() != TokenProvider::Source::SignedIn);
}

QTEST_GUILESS_MAIN(TestSignIn)
#include "tst_signin.moc"
