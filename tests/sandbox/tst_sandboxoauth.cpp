// The sandbox's sign-in endpoints over loopback HTTP: the consent page, the code exchange
// with its client, redirect URI and PKCE checks, refresh, and the Webex-style errors.
#include "app/sandbox/sandboxserver.h"
#include "tests/common/consentbrowser.h"
#include "tests/sandbox/sandboxhttp.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QTest>
#include <QUrlQuery>
#include <memory>

using namespace sandboxtest;
using seqring::sandbox::SandboxServer;
using testsupport::ConsentBrowser;

namespace
{
const QString kRedirect = QStringLiteral("http://127.0.0.1:1/redirect");
const QString kVerifier = QStringLiteral("a-verifier-of-forty-three-characters-or-more_0123456789");

QString challengeOf(const QString &verifier)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}
} // namespace

// Drives /v1/authorize and /v1/access_token as a browser and an app would.
class TestSandboxOAuth : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void allowGivesCodeAndState();
    void denyGivesAccessDenied();
    void unknownClientAndRedirectAreRefusedOnThePage();
    void codeExchangeGivesTokensThatWork();
    void codeExchangeChecks_data();
    void codeExchangeChecks();
    void codeIsSingleUse();
    void refreshKeepsRefreshTokenAndIssuesNewAccessToken();
    void refreshAfterRevocationIsInvalidGrant();
    void tokenLifetimeAndExpiry();
    void tokenEndpointWantsAForm();

private:
    QUrl authorizeUrl(const QString &challenge = challengeOf(kVerifier)) const;
    QString codeFromAllow();
    HttpResult postToken(const QList<QPair<QString, QString>> &fields);
    QList<QPair<QString, QString>> exchangeFields(const QString &code) const;

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<HttpClient> m_http;
    ConsentBrowser m_browser;
};

void TestSandboxOAuth::init()
{
    m_server = std::make_unique<SandboxServer>();
    QVERIFY(m_server->start());
    m_server->registerRedirectUri(kRedirect);
    m_http = std::make_unique<HttpClient>(m_server->apiRoot(), QString());
}

void TestSandboxOAuth::cleanup()
{
    m_http.reset();
    m_server.reset();
}

QUrl TestSandboxOAuth::authorizeUrl(const QString &challenge) const
{
    QUrl url(m_server->apiRoot() + QStringLiteral("/authorize"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
    query.addQueryItem(QStringLiteral("client_id"), m_server->oauthClientId());
    query.addQueryItem(QStringLiteral("redirect_uri"), kRedirect);
    query.addQueryItem(QStringLiteral("scope"), QStringLiteral("spark:people_read"));
    query.addQueryItem(QStringLiteral("state"), QStringLiteral("st4te"));
    if (!challenge.isEmpty()) {
        query.addQueryItem(QStringLiteral("code_challenge"), challenge);
        query.addQueryItem(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
    }
    url.setQuery(query);
    return url;
}

QString TestSandboxOAuth::codeFromAllow()
{
    const QUrl target = m_browser.consent(authorizeUrl(), QStringLiteral("allow"));
    return QUrlQuery(target).queryItemValue(QStringLiteral("code"));
}

HttpResult TestSandboxOAuth::postToken(const QList<QPair<QString, QString>> &fields)
{
    QUrlQuery form;
    for (const auto &field : fields)
        form.addQueryItem(field.first, QString::fromLatin1(QUrl::toPercentEncoding(field.second)));
    return m_http->send("POST", QStringLiteral("/access_token"),
                        form.toString(QUrl::FullyEncoded).toUtf8(),
                        {{"Content-Type", "application/x-www-form-urlencoded"}}, false);
}

QList<QPair<QString, QString>> TestSandboxOAuth::exchangeFields(const QString &code) const
{
    return {{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
            {QStringLiteral("client_id"), m_server->oauthClientId()},
            {QStringLiteral("client_secret"), m_server->oauthClientSecret()},
            {QStringLiteral("code"), code},
            {QStringLiteral("redirect_uri"), kRedirect},
            {QStringLiteral("code_verifier"), kVerifier}};
}

void TestSandboxOAuth::allowGivesCodeAndState()
{
    const testsupport::BrowserPage page = m_browser.get(authorizeUrl());
    QCOMPARE(page.status, 200);
    QVERIFY(page.body.contains("Allow"));
    QVERIFY(page.body.contains("Deny"));
    QVERIFY(page.body.contains("spark:people_read"));
    const testsupport::BrowserPage answer =
        m_browser.press(authorizeUrl(), page, QStringLiteral("allow"));
    QCOMPARE(answer.status, 302);
    QCOMPARE(answer.location.toString(QUrl::RemoveQuery), kRedirect);
    const QUrlQuery query(answer.location);
    QVERIFY(query.queryItemValue(QStringLiteral("code")).size() >= 32);
    QCOMPARE(query.queryItemValue(QStringLiteral("state")), QStringLiteral("st4te"));
    QVERIFY(!query.hasQueryItem(QStringLiteral("error")));
    // The consent request is answered once.
    QCOMPARE(m_browser.press(authorizeUrl(), page, QStringLiteral("allow")).status, 400);
}

void TestSandboxOAuth::denyGivesAccessDenied()
{
    const QUrl target = m_browser.consent(authorizeUrl(), QStringLiteral("deny"));
    const QUrlQuery query(target);
    QCOMPARE(query.queryItemValue(QStringLiteral("error")), QStringLiteral("access_denied"));
    QCOMPARE(query.queryItemValue(QStringLiteral("state")), QStringLiteral("st4te"));
    QVERIFY(!query.hasQueryItem(QStringLiteral("code")));
}

void TestSandboxOAuth::unknownClientAndRedirectAreRefusedOnThePage()
{
    QUrl url = authorizeUrl();
    QUrlQuery query(url);
    query.removeAllQueryItems(QStringLiteral("redirect_uri"));
    query.addQueryItem(QStringLiteral("redirect_uri"), QStringLiteral("http://127.0.0.1:2/other"));
    url.setQuery(query);
    testsupport::BrowserPage page = m_browser.get(url);
    QCOMPARE(page.status, 400);
    QVERIFY(page.location.isEmpty()); // never sent to an unregistered address
    QVERIFY(page.body.contains("not registered"));

    query.removeAllQueryItems(QStringLiteral("client_id"));
    query.addQueryItem(QStringLiteral("client_id"), QStringLiteral("someone-else"));
    url.setQuery(query);
    page = m_browser.get(url);
    QCOMPARE(page.status, 400);
    QVERIFY(page.body.contains("someone-else"));
}

void TestSandboxOAuth::codeExchangeGivesTokensThatWork()
{
    const QString code = codeFromAllow();
    QVERIFY(!code.isEmpty());
    const HttpResult answer = postToken(exchangeFields(code));
    QCOMPARE(answer.status, 200);
    const QJsonObject tokens = answer.json();
    const QString access = tokens.value(QLatin1String("access_token")).toString();
    QVERIFY(!access.isEmpty());
    QVERIFY(!tokens.value(QLatin1String("refresh_token")).toString().isEmpty());
    QCOMPARE(tokens.value(QLatin1String("expires_in")).toInteger(), 14 * 24 * 3600);
    QCOMPARE(tokens.value(QLatin1String("refresh_token_expires_in")).toInteger(), 90 * 24 * 3600);
    QCOMPARE(tokens.value(QLatin1String("token_type")).toString(), QStringLiteral("Bearer"));
    QCOMPARE(m_server->codesExchanged(), 1);

    m_http->setToken(access);
    const HttpResult me = m_http->send("GET", QStringLiteral("/people/me"));
    QCOMPARE(me.status, 200);
    QVERIFY(!me.json().value(QLatin1String("displayName")).toString().isEmpty());
    QCOMPARE(m_http->send("GET", QStringLiteral("/workspaces")).status, 200);
}

void TestSandboxOAuth::codeExchangeChecks_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error");
    const QString grant = QStringLiteral("invalid_grant");
    const QString client = QStringLiteral("invalid_client");
    QTest::newRow("wrong verifier")
        << "code_verifier" << QStringLiteral("another-verifier-of-forty-three-characters-0123")
        << 400 << grant;
    QTest::newRow("short verifier") << "code_verifier"
                                    << "short" << 400 << grant;
    QTest::newRow("no verifier") << "code_verifier" << QString() << 400 << grant;
    QTest::newRow("other redirect") << "redirect_uri"
                                    << "http://127.0.0.1:1/other" << 400 << grant;
    QTest::newRow("wrong secret") << "client_secret"
                                  << "guess" << 401 << client;
    QTest::newRow("no secret") << "client_secret" << QString() << 401 << client;
    QTest::newRow("other client") << "client_id"
                                  << "someone-else" << 401 << client;
    QTest::newRow("unknown code") << "code"
                                  << "made-up" << 400 << grant;
}

void TestSandboxOAuth::codeExchangeChecks()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(int, status);
    QFETCH(QString, error);
    const QString code = codeFromAllow();
    QVERIFY(!code.isEmpty());
    QList<QPair<QString, QString>> fields = exchangeFields(code);
    for (auto &entry : fields) {
        if (entry.first == field)
            entry.second = value;
    }
    const HttpResult answer = postToken(fields);
    QCOMPARE(answer.status, status);
    const QJsonObject body = answer.json();
    QCOMPARE(body.value(QLatin1String("error")).toString(), error);
    QVERIFY(!body.value(QLatin1String("error_description")).toString().isEmpty());
    // Webex-style: message, errors[].description and the tracking ID.
    QVERIFY(!answer.message().isEmpty());
    QVERIFY(!body.value(QLatin1String("errors")).toArray().isEmpty());
    QVERIFY(!body.value(QLatin1String("trackingId")).toString().isEmpty());
    QVERIFY(!body.contains(QLatin1String("access_token")));
    QCOMPARE(m_server->codesExchanged(), 0);
}

void TestSandboxOAuth::codeIsSingleUse()
{
    const QString code = codeFromAllow();
    QCOMPARE(postToken(exchangeFields(code)).status, 200);
    const HttpResult again = postToken(exchangeFields(code));
    QCOMPARE(again.status, 400);
    QCOMPARE(again.json().value(QLatin1String("error")).toString(),
             QStringLiteral("invalid_grant"));
    QCOMPARE(m_server->codesExchanged(), 1);
}

void TestSandboxOAuth::refreshKeepsRefreshTokenAndIssuesNewAccessToken()
{
    const QJsonObject first = postToken(exchangeFields(codeFromAllow())).json();
    const QString refresh = first.value(QLatin1String("refresh_token")).toString();
    const HttpResult answer =
        postToken({{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                   {QStringLiteral("client_id"), m_server->oauthClientId()},
                   {QStringLiteral("client_secret"), m_server->oauthClientSecret()},
                   {QStringLiteral("refresh_token"), refresh}});
    QCOMPARE(answer.status, 200);
    const QString access = answer.json().value(QLatin1String("access_token")).toString();
    QVERIFY(!access.isEmpty());
    QVERIFY(access != first.value(QLatin1String("access_token")).toString());
    QCOMPARE(answer.json().value(QLatin1String("refresh_token")).toString(), refresh);
    m_http->setToken(access);
    QCOMPARE(m_http->send("GET", QStringLiteral("/people/me")).status, 200);
}

void TestSandboxOAuth::refreshAfterRevocationIsInvalidGrant()
{
    const QJsonObject first = postToken(exchangeFields(codeFromAllow())).json();
    m_server->revokeRefreshTokens();
    const QList<QPair<QString, QString>> fields{
        {QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
        {QStringLiteral("client_id"), m_server->oauthClientId()},
        {QStringLiteral("client_secret"), m_server->oauthClientSecret()},
        {QStringLiteral("refresh_token"), first.value(QLatin1String("refresh_token")).toString()}};
    const HttpResult answer = postToken(fields);
    QCOMPARE(answer.status, 400);
    QCOMPARE(answer.json().value(QLatin1String("error")).toString(),
             QStringLiteral("invalid_grant"));
}

void TestSandboxOAuth::tokenLifetimeAndExpiry()
{
    m_server->setTokenLifetime(90);
    const QJsonObject tokens = postToken(exchangeFields(codeFromAllow())).json();
    QCOMPARE(tokens.value(QLatin1String("expires_in")).toInteger(), 90);
    m_http->setToken(tokens.value(QLatin1String("access_token")).toString());
    QCOMPARE(m_http->send("GET", QStringLiteral("/people/me")).status, 200);
    m_server->expireAccessTokens();
    QCOMPARE(m_http->send("GET", QStringLiteral("/people/me")).status, 401);
}

void TestSandboxOAuth::tokenEndpointWantsAForm()
{
    const HttpResult answer =
        m_http->send("POST", QStringLiteral("/access_token"), QByteArrayLiteral("{}"));
    QCOMPARE(answer.status, 400);
    QCOMPARE(answer.json().value(QLatin1String("error")).toString(),
             QStringLiteral("invalid_request"));
}

QTEST_MAIN(TestSandboxOAuth)
#include "tst_sandboxoauth.moc"
