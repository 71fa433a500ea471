// TokenStore against a real Secret Service (see with-keyring.sh): write, read, forget.
#include "app/signin/tokenstore.h"

#include <QDir>
#include <QDirIterator>
#include <QSignalSpy>
#include <QTest>

using namespace seqring;

class TestTokenStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void writeReadForget();
    void missingEntryIsEmptyNotAnError();
    void tokenNeverInPlainFiles();

private:
    const QString m_account = QStringLiteral("https://webexapis.com/v1");
    const QString m_token = QStringLiteral("keychain-test-token-0123456789");
};

void TestTokenStore::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QSKIP("no D-Bus session: run through tests/keychain/with-keyring.sh");
}

void TestTokenStore::writeReadForget()
{
    TokenStore store(QStringLiteral("seqring-admin-test"));
    QSignalSpy written(&store, &TokenStore::writeFinished);
    store.write(m_account, m_token);
    QVERIFY(written.wait(20000));
    QCOMPARE(written.first().at(0).toString(), m_account);
    QCOMPARE(written.first().at(1).toString(), QString()); // no error

    QSignalSpy read(&store, &TokenStore::readFinished);
    store.read(m_account);
    QVERIFY(read.wait(20000));
    QCOMPARE(read.first().at(1).toString(), m_token);
    QCOMPARE(read.first().at(2).toString(), QString());

    QSignalSpy forgotten(&store, &TokenStore::forgetFinished);
    store.forget(m_account);
    QVERIFY(forgotten.wait(20000));
    QCOMPARE(forgotten.first().at(1).toString(), QString());

    read.clear();
    store.read(m_account);
    QVERIFY(read.wait(20000));
    QCOMPARE(read.first().at(1).toString(), QString());
}

void TestTokenStore::missingEntryIsEmptyNotAnError()
{
    TokenStore store(QStringLiteral("seqring-admin-test"));
    QSignalSpy read(&store, &TokenStore::readFinished);
    store.read(QStringLiteral("https://never-stored.example/v1"));
    QVERIFY(read.wait(20000));
    QCOMPARE(read.first().at(1).toString(), QString());
    QCOMPARE(read.first().at(2).toString(), QString());
}

void TestTokenStore::tokenNeverInPlainFiles()
{
    TokenStore store(QStringLiteral("seqring-admin-test"));
    QSignalSpy written(&store, &TokenStore::writeFinished);
    store.write(m_account, m_token);
    QVERIFY(written.wait(20000));
    // The keyring file is encrypted; no file in the temporary home holds the token.
    QDirIterator it(QDir::homePath(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly))
            QVERIFY2(!file.readAll().contains(m_token.toUtf8()), qPrintable(file.fileName()));
    }
}

QTEST_GUILESS_MAIN(TestTokenStore)
#include "tst_tokenstore.moc"
