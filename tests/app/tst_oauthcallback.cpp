// The browser's answer on a sign-in's redirect: OAuthCallback::itemsOf maps a query as the
// real loopback listener (Qt NetworkAuth's reply handler) does, and check() gives each kind
// of answer its verdict.
#include "app/signin/oauthcallback.h"
#include "app/signin/oauthreplyhandlers.h"
#include "tests/common/logcapture.h"

#include <QHostAddress>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

using namespace seqring;
using Verdict = OAuthCallback::Verdict;
Q_DECLARE_METATYPE(seqring::OAuthCallback::Verdict)

namespace
{
const QString kState = QStringLiteral("c3RhdGUtb2YtdGhpcy1zaWduLWlu");
}

// Tests the pure part of the sign-in's callback handling.
class TestOAuthCallback : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void check_data();
    void check();
    void itemsAsTheListenerPassesThem_data();
    void itemsAsTheListenerPassesThem();
    void wrongPathLogsNoCode();
};

void TestOAuthCallback::check_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("state");
    QTest::addColumn<Verdict>("verdict");
    QTest::addColumn<QString>("code");
    const QString s = QStringLiteral("&state=") + kState;
    QTest::newRow("allow") << QStringLiteral("code=C-1") + s << kState << Verdict::Accepted
                           << QStringLiteral("C-1");
    QTest::newRow("deny") << QStringLiteral("error=access_denied") + s << kState << Verdict::Denied
                          << QString();
    QTest::newRow("an error with a code") << QStringLiteral("error=server_error&code=C-2") + s
                                          << kState << Verdict::Refused << QString();
    QTest::newRow("an error without the state")
        << QStringLiteral("error=invalid_scope") << kState << Verdict::Refused << QString();
    QTest::newRow("another state")
        << QStringLiteral("code=C-3&state=other") << kState << Verdict::StateMismatch << QString();
    QTest::newRow("no state") << QStringLiteral("code=C-4") << kState << Verdict::StateMismatch
                              << QString();
    QTest::newRow("an empty state on both sides")
        << QStringLiteral("code=C-5&state=") << QString() << Verdict::StateMismatch << QString();
    QTest::newRow("no code") << s.mid(1) << kState << Verdict::NoCode << QString();
    QTest::newRow("an empty code")
        << QStringLiteral("code=") + s << kState << Verdict::NoCode << QString();
    QTest::newRow("a repeated state: the last counts")
        << QStringLiteral("state=other&code=C-6") + s << kState << Verdict::Accepted
        << QStringLiteral("C-6");
}

void TestOAuthCallback::check()
{
    QFETCH(QString, query);
    QFETCH(QString, state);
    QFETCH(Verdict, verdict);
    QFETCH(QString, code);
    const OAuthCallback callback = OAuthCallback::check(OAuthCallback::itemsOf(query), state);
    QCOMPARE(callback.verdict, verdict);
    QCOMPARE(callback.code, code);
}

void TestOAuthCallback::itemsAsTheListenerPassesThem_data()
{
    QTest::addColumn<QString>("query");
    QTest::newRow("plain") << QStringLiteral("code=C-1&state=") + kState;
    QTest::newRow("encoded") << QStringLiteral("code=a%2Bb%3D%3D&state=x%20y&e=%E2%82%AC");
    QTest::newRow("plus, repeated key") << QStringLiteral("code=a+b&code=second&state=s");
    QTest::newRow("error and description")
        << QStringLiteral("error=invalid_scope&error_description=No%20such%20scope%26more");
    QTest::newRow("a key without a value") << QStringLiteral("code&state=s&=v");
}

void TestOAuthCallback::itemsAsTheListenerPassesThem()
{
    QFETCH(QString, query);
    LoopbackReplyHandler handler(0);
    QVERIFY(handler.isListening());
    handler.setCallbackPath(QStringLiteral("/redirect"));
    QSignalSpy received(&handler, &QAbstractOAuthReplyHandler::callbackReceived);
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, handler.port());
    QVERIFY(socket.waitForConnected(5000));
    socket.write("GET /redirect?" + query.toUtf8() + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    QVERIFY(received.wait(5000));
    QCOMPARE(received.first().first().toMap(), OAuthCallback::itemsOf(query));
}

void TestOAuthCallback::wrongPathLogsNoCode()
{
    // Every category on, as a user's QT_LOGGING_RULES may have it: a callback to a wrong
    // path (Qt 6.4 logs its whole URL) leaves neither its code nor its state in the log.
    test::LogCapture capture(QStringLiteral("*=true"));
    LoopbackReplyHandler handler(0);
    QVERIFY(handler.isListening());
    handler.setCallbackPath(QStringLiteral("/redirect"));
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, handler.port());
    QVERIFY(socket.waitForConnected(5000));
    socket.write("GET /elsewhere?code=SECRET-CODE-4242&state=SECRET-STATE-4242 HTTP/1.1\r\n"
                 "Host: 127.0.0.1\r\n\r\n");
    QVERIFY(socket.waitForBytesWritten(5000));
    QTest::qWait(300); // the handler reads it and answers (or closes)
    const QString log = capture.stop();
    QVERIFY2(!log.contains(QLatin1String("SECRET-CODE-4242")), qPrintable(log));
    QVERIFY2(!log.contains(QLatin1String("SECRET-STATE-4242")), qPrintable(log));
}

QTEST_GUILESS_MAIN(TestOAuthCallback)
#include "tst_oauthcallback.moc"
