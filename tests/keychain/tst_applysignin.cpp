// `seqring-admin apply` as a real process without WEBEX_ACCESS_TOKEN, against the in-process
// sandbox: it uses the tokens a sign-in with Webex kept in the keychain (the integration
// named by WEBEX_CLIENT_ID or by the settings), renews an expired one with its refresh token
// and keeps the renewed tokens, and without any token exits 2 saying what to do.
#include "tests/common/bulkdata.h"
#include "tests/common/signinfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>
#include <QUrlQuery>

using namespace seqring;
using seqring::test::bearerOf;
using seqring::test::SignInFixture;

namespace
{

// One finished apply process.
struct Applied {
    int exitCode = -1;
    QString stderrText;
};

} // namespace

// Signs in in process (the keychain service is the app's own), then runs apply.
class TestApplySignIn : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void usesTheSignIn_data();
    void usesTheSignIn();
    void renewsAnExpiredSignIn();
    void harHasTheRenewal();
    void noTokenExits2();

private:
    // apply over the sandbox's generated Professional workspaces (written to ids.txt);
    // `clientId` empty leaves WEBEX_CLIENT_ID unset.
    Applied apply(const QString &clientId, const QStringList &extra = {});
    // The creates the sandbox received, and the token each carried.
    QStringList createTokens() const;
    // True once the keychain gives `token` as the sign-in of the sandbox's integration.
    bool kept(const QString &token) const;

    std::unique_ptr<SignInFixture> m_fixture;
    QStringList m_ids;
};

void TestApplySignIn::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QSKIP("no D-Bus session: run through tests/keychain/with-keyring.sh");
    qunsetenv("WEBEX_ACCESS_TOKEN");
    qunsetenv("WEBEX_CLIENT_ID");
    qunsetenv("WEBEX_CLIENT_SECRET");
}

void TestApplySignIn::init()
{
    m_fixture = std::make_unique<SignInFixture>();
    QVERIFY(m_fixture->start(QStringLiteral("seqring-admin")));
    QVERIFY(m_fixture->server->generateWorkspaces(5));
    m_ids = test::generatedWorkspaceIds(m_fixture->server->data());
    QCOMPARE(m_ids.size(), 5); // all Professional (the tenth would not be)
    QFile ids(m_fixture->dir.filePath(QStringLiteral("ids.txt")));
    QVERIFY(ids.open(QIODevice::WriteOnly));
    ids.write(m_ids.join(QLatin1Char('\n')).toUtf8());
}

void TestApplySignIn::cleanup()
{
    // The app's own settings (the with-keyring.sh home) hold no client ID for the next test.
    QSettings(QStringLiteral("seqring-admin"), QStringLiteral("seqring-admin")).clear();
    m_fixture->stop();
    m_fixture.reset();
}

Applied TestApplySignIn::apply(const QString &clientId, const QStringList &extra)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("WEBEX_ACCESS_TOKEN"));
    environment.remove(QStringLiteral("WEBEX_CLIENT_SECRET"));
    if (clientId.isEmpty())
        environment.remove(QStringLiteral("WEBEX_CLIENT_ID"));
    else
        environment.insert(QStringLiteral("WEBEX_CLIENT_ID"), clientId);
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8")); // English messages
    process.setProcessEnvironment(environment);
    QFile draft(m_fixture->dir.filePath(QStringLiteral("any.json")));
    if (!draft.open(QIODevice::WriteOnly))
        return {};
    draft.write(R"({"callsFrom": "ANY_PHONE_NUMBER", "ringEnabled": true})");
    draft.close();
    process.start(QStringLiteral(SEQRING_ADMIN_EXE),
                  QStringList{QStringLiteral("apply"), QStringLiteral("--draft"), draft.fileName(),
                              QStringLiteral("--workspaces"),
                              m_fixture->dir.filePath(QStringLiteral("ids.txt")),
                              QStringLiteral("--base-url"), m_fixture->server->apiRoot(),
                              QStringLiteral("--journal"),
                              m_fixture->dir.filePath(QStringLiteral("run.jsonl"))} +
                      extra);
    Applied applied;
    // The sandbox answers from this process's event loop: wait in it.
    if (!process.waitForStarted(5000) ||
        !QTest::qWaitFor([&process] { return process.state() == QProcess::NotRunning; }, 60000))
        return applied;
    applied.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    applied.stderrText = QString::fromUtf8(process.readAllStandardError());
    return applied;
}

QStringList TestApplySignIn::createTokens() const
{
    QStringList tokens;
    for (const auto &request : m_fixture->server->receivedRequests()) {
        if (request.method == "POST" && request.path.endsWith(QLatin1String("/criteria")))
            tokens.append(bearerOf(request));
    }
    return tokens;
}

bool TestApplySignIn::kept(const QString &token) const
{
    TokenProvider fresh(m_fixture->tokenStore.get());
    fresh.setClient(m_fixture->server->oauthClientId());
    fresh.useApiRoot(m_fixture->server->apiRoot());
    return QTest::qWaitFor(
        [&] { return fresh.token() == token && fresh.source() == TokenProvider::Source::SignedIn; },
        20000);
}

void TestApplySignIn::usesTheSignIn_data()
{
    QTest::addColumn<bool>("fromEnvironment");
    QTest::newRow("WEBEX_CLIENT_ID") << true;
    QTest::newRow("client ID of the settings") << false;
}

void TestApplySignIn::usesTheSignIn()
{
    QFETCH(bool, fromEnvironment);
    SignInFixture &f = *m_fixture;
    QVERIFY(f.signInFully());
    const QString token = f.target->token();
    QCOMPARE(f.target->tokenSource(), TokenProvider::Source::SignedIn);
    QVERIFY(kept(token));
    if (!fromEnvironment) {
        // What the window's sign-in keeps in the app's settings.
        QSettings qsettings(QStringLiteral("seqring-admin"), QStringLiteral("seqring-admin"));
        AppSettings(&qsettings).setClientId(f.server->oauthClientId());
    }
    f.server->clearReceivedRequests();

    const Applied run = apply(fromEnvironment ? f.server->oauthClientId() : QString());
    QVERIFY2(run.exitCode == 0, qPrintable(run.stderrText));
    QCOMPARE(createTokens(), QStringList(m_ids.size(), token)); // each with the sign-in's
    const QJsonObject data = f.server->data();
    for (const QString &id : std::as_const(m_ids))
        QCOMPARE(test::criteriaCount(data, id), 1);
    QVERIFY(!run.stderrText.contains(token));
    for (const auto &request : f.server->receivedRequests())
        QVERIFY(request.path != QLatin1String("/v1/access_token")); // not renewed: no need
}

void TestApplySignIn::renewsAnExpiredSignIn()
{
    SignInFixture &f = *m_fixture;
    f.server->setTokenLifetime(1);
    QVERIFY(f.signInFully());
    const QString expired = f.target->token();
    QVERIFY(kept(expired));
    f.server->setTokenLifetime(3600); // the renewed one lasts the run
    QTRY_VERIFY_WITH_TIMEOUT(f.target->tokens()->signedInTokens().secondsLeft() < 0, 5000);
    f.server->clearReceivedRequests();

    const Applied run = apply(f.server->oauthClientId());
    QVERIFY2(run.exitCode == 0, qPrintable(run.stderrText));
    // The refresh grant first, with the secret the keychain keeps, then every request with
    // the renewed token.
    const auto received = f.server->receivedRequests();
    QVERIFY(!received.isEmpty());
    QCOMPARE(received.first().path, QStringLiteral("/v1/access_token"));
    const QUrlQuery form(QString::fromUtf8(received.first().body));
    QCOMPARE(form.queryItemValue(QStringLiteral("grant_type")), QStringLiteral("refresh_token"));
    QCOMPARE(form.queryItemValue(QStringLiteral("client_secret")), f.server->oauthClientSecret());
    const QString renewed = bearerOf(received.at(1));
    QVERIFY(!renewed.isEmpty() && renewed != expired);
    for (qsizetype i = 1; i < received.size(); ++i)
        QCOMPARE(bearerOf(received.at(i)), renewed);
    QCOMPARE(createTokens().size(), m_ids.size());
    const QJsonObject data = f.server->data();
    for (const QString &id : std::as_const(m_ids))
        QCOMPARE(test::criteriaCount(data, id), 1);
    QVERIFY(!run.stderrText.contains(renewed) && !run.stderrText.contains(expired));

    // The keychain holds the renewed tokens, as after a renewal in the window.
    QVERIFY(kept(renewed));
}

void TestApplySignIn::harHasTheRenewal()
{
    // apply --har with an expired sign-in: the HAR has the token request of the renewal
    // (Qt NetworkAuth sends it around the client) and no secret at all.
    SignInFixture &f = *m_fixture;
    f.server->setTokenLifetime(1);
    QVERIFY(f.signInFully());
    const OAuthTokens before = f.target->tokens()->signedInTokens();
    f.server->setTokenLifetime(3600);
    QTRY_VERIFY_WITH_TIMEOUT(f.target->tokens()->signedInTokens().secondsLeft() < 0, 5000);
    f.server->clearReceivedRequests();
    const QString har = f.dir.filePath(QStringLiteral("run.har"));
    const Applied run = apply(f.server->oauthClientId(), {QStringLiteral("--har"), har});
    QVERIFY2(run.exitCode == 0, qPrintable(run.stderrText));

    QFile file(har);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    const QJsonArray entries = QJsonDocument::fromJson(bytes)
                                   .object()
                                   .value(QLatin1String("log"))
                                   .toObject()
                                   .value(QLatin1String("entries"))
                                   .toArray();
    QVERIFY(!entries.isEmpty());
    const QJsonObject first = entries.first().toObject();
    const QJsonObject request = first.value(QLatin1String("request")).toObject();
    QVERIFY2(
        request.value(QLatin1String("url")).toString().endsWith(QLatin1String("/v1/access_token")),
        qPrintable(request.value(QLatin1String("url")).toString()));
    QCOMPARE(request.value(QLatin1String("method")).toString(), QStringLiteral("POST"));
    QCOMPARE(
        first.value(QLatin1String("response")).toObject().value(QLatin1String("status")).toInt(),
        200);
    // The grant is there, its secrets are not.
    QVERIFY(bytes.contains("refresh_token"));
    // The renewed token: the one the requests after the grant carried.
    const auto received = f.server->receivedRequests();
    QVERIFY(received.size() > 1);
    const QString renewed = bearerOf(received.at(1));
    QVERIFY(!renewed.isEmpty() && renewed != before.accessToken);
    QVERIFY(!before.accessToken.isEmpty() && !before.refreshToken.isEmpty());
    for (const QString &secret :
         {before.accessToken, before.refreshToken, renewed, f.server->oauthClientSecret()}) {
        QVERIFY2(!bytes.contains(secret.toUtf8()), "a secret is in the HAR");
        QVERIFY2(!bytes.contains(QUrl::toPercentEncoding(secret)), "a secret is in the HAR");
    }
}

void TestApplySignIn::noTokenExits2()
{
    SignInFixture &f = *m_fixture;
    const Applied run = apply(f.server->oauthClientId());
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.stderrText.contains(QStringLiteral("No token for %1: set WEBEX_ACCESS_TOKEN, or "
                                                    "sign in with Webex in the window")
                                         .arg(f.server->apiRoot())),
             qPrintable(run.stderrText));
    QVERIFY(f.server->receivedRequests().isEmpty());

    // Without an integration it says how to name one.
    const Applied unnamed = apply(QString());
    QCOMPARE(unnamed.exitCode, 2);
    QVERIFY2(unnamed.stderrText.contains(QLatin1String("set WEBEX_CLIENT_ID")),
             qPrintable(unnamed.stderrText));
}

QTEST_GUILESS_MAIN(TestApplySignIn)
#include "tst_applysignin.moc"
