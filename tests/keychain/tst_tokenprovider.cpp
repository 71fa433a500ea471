// TokenProvider: where the token comes from (environment, keychain, target, sandbox).
#include "app/signin/tokenprovider.h"

#include <QSignalSpy>
#include <QTest>

using namespace seqring;

class TestTokenProvider : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init() { qunsetenv("WEBEX_ACCESS_TOKEN"); }
    void environmentWins();
    void rememberedTokenComesBackFromKeychain();
    void sessionTokenIsNotStored();
    void sandboxTokenIsNeverStored();
    void forgetRemovesIt();

private:
    const QString m_root = QStringLiteral("https://webexapis.com/v1");
};

void TestTokenProvider::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QSKIP("no D-Bus session: run through tests/keychain/with-keyring.sh");
}

void TestTokenProvider::environmentWins()
{
    qputenv("WEBEX_ACCESS_TOKEN", "  env-token-value  ");
    TokenStore store(QStringLiteral("seqring-admin-test"));
    TokenProvider provider(&store);
    provider.useApiRoot(m_root);
    QCOMPARE(provider.token(), QStringLiteral("env-token-value"));
    QCOMPARE(provider.source(), TokenProvider::Source::Environment);
    QVERIFY(provider.describe().contains(QLatin1String("WEBEX_ACCESS_TOKEN")));
}

void TestTokenProvider::rememberedTokenComesBackFromKeychain()
{
    TokenStore store(QStringLiteral("seqring-admin-test"));
    {
        TokenProvider provider(&store);
        provider.useApiRoot(m_root);
        QSignalSpy stored(&provider, &TokenProvider::keychainFinished);
        provider.setToken(QStringLiteral("remembered-token"), true);
        QVERIFY(stored.wait(20000));
        QCOMPARE(stored.first().first().toString(), QString());
        QCOMPARE(provider.source(), TokenProvider::Source::Keychain);
    }
    TokenProvider fresh(&store);
    QSignalSpy changed(&fresh, &TokenProvider::changed);
    fresh.useApiRoot(m_root);
    QTRY_COMPARE_WITH_TIMEOUT(fresh.token(), QStringLiteral("remembered-token"), 20000);
    QCOMPARE(fresh.source(), TokenProvider::Source::Keychain);

    // Another API root has its own entry.
    fresh.useApiRoot(QStringLiteral("https://other.example/v1"));
    QCOMPARE(fresh.token(), QString());
    QTest::qWait(200);
    QCOMPARE(fresh.source(), TokenProvider::Source::None);
}

void TestTokenProvider::sessionTokenIsNotStored()
{
    TokenStore store(QStringLiteral("seqring-admin-test"));
    const QString root = QStringLiteral("https://session.example/v1");
    TokenProvider provider(&store);
    provider.useApiRoot(root);
    provider.setToken(QStringLiteral("session-only"), false);
    QCOMPARE(provider.source(), TokenProvider::Source::TargetModel);
    TokenProvider fresh(&store);
    QSignalSpy read(&store, &TokenStore::readFinished);
    fresh.useApiRoot(root);
    QVERIFY(read.wait(20000));
    QCOMPARE(fresh.token(), QString());
}

void TestTokenProvider::sandboxTokenIsNeverStored()
{
    TokenStore store(QStringLiteral("seqring-admin-test"));
    TokenProvider provider(&store);
    provider.useSandbox(QStringLiteral("http://127.0.0.1:1/v1"), QStringLiteral("demo"));
    QCOMPARE(provider.source(), TokenProvider::Source::Sandbox);
    QCOMPARE(provider.token(), QStringLiteral("demo"));
    QSignalSpy read(&store, &TokenStore::readFinished);
    store.read(QStringLiteral("http://127.0.0.1:1/v1"));
    QVERIFY(read.wait(20000));
    QCOMPARE(read.first().at(1).toString(), QString());
}

void TestTokenProvider::forgetRemovesIt()
{
    TokenStore store(QStringLiteral("seqring-admin-test"));
    TokenProvider provider(&store);
    provider.useApiRoot(m_root);
    QSignalSpy done(&provider, &TokenProvider::keychainFinished);
    provider.setToken(QStringLiteral("to-forget"), true);
    QVERIFY(done.wait(20000));
    provider.forget();
    QVERIFY(done.wait(20000));
    QCOMPARE(provider.token(), QString());
    TokenProvider fresh(&store);
    QSignalSpy read(&store, &TokenStore::readFinished);
    fresh.useApiRoot(m_root);
    QVERIFY(read.wait(20000));
    QCOMPARE(fresh.token(), QString());
}

QTEST_GUILESS_MAIN(TestTokenProvider)
#include "tst_tokenprovider.moc"
