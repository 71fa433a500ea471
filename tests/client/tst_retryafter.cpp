// Retry-After parsing and the status-meaning table: pure functions, no network.
#include "app/client/httpstatus.h"
#include "app/client/retryafter.h"

#include <QSet>
#include <QTest>

using seqring::HttpStatus;
using seqring::RetryAfter;

// Tests RetryAfter::seconds and HttpStatus's sentences.
class TestRetryAfter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void seconds_data();
    void seconds();
    void everyDocumentedStatusHasASentence();
    void successAndErrorCodesOfTheTable();
    void unknownStatusNamesTheCode();
    void networkErrorsHaveSentences_data();
    void networkErrorsHaveSentences();
};

static const QDateTime kNow(QDate(2026, 11, 27), QTime(3, 0, 0), Qt::UTC);

void TestRetryAfter::seconds_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<int>("expected");

    QTest::newRow("seconds") << QByteArray("3") << 3;
    QTest::newRow("seconds with spaces") << QByteArray("  7 ") << 7;
    QTest::newRow("exactly the cap") << QByteArray("60") << 60;
    QTest::newRow("over the cap") << QByteArray("61") << 60;
    QTest::newRow("a day") << QByteArray("86400") << 60;
    QTest::newRow("huge number") << QByteArray("99999999999999999999999") << 60;
    QTest::newRow("zero means one") << QByteArray("0") << 1;
    QTest::newRow("negative means one") << QByteArray("-5") << 1;
    QTest::newRow("empty means default") << QByteArray() << 5;
    QTest::newRow("blank means default") << QByteArray("   ") << 5;
    QTest::newRow("garbage from a real service") << QByteArray("rand(30),add(30)") << 5;
    QTest::newRow("decimal is garbage") << QByteArray("1.5") << 5;
    QTest::newRow("words") << QByteArray("soon") << 5;
    QTest::newRow("imf-fixdate in 10 s") << QByteArray("Fri, 27 Nov 2026 03:00:10 GMT") << 10;
    QTest::newRow("imf-fixdate in 1 h is capped")
        << QByteArray("Fri, 27 Nov 2026 04:00:00 GMT") << 60;
    QTest::newRow("imf-fixdate in the past") << QByteArray("Fri, 27 Nov 2026 02:59:00 GMT") << 1;
    QTest::newRow("rfc 2822 numeric zone") << QByteArray("Fri, 27 Nov 2026 04:00:20 +0100") << 20;
    QTest::newRow("asctime") << QByteArray("Fri Nov 27 03:00:30 2026") << 30;
    QTest::newRow("broken date") << QByteArray("Fri, 99 Nov 2026 03:00:10 GMT") << 5;
}

void TestRetryAfter::seconds()
{
    QFETCH(QByteArray, value);
    QFETCH(int, expected);
    QCOMPARE(RetryAfter::seconds(value, kNow), expected);
}

void TestRetryAfter::everyDocumentedStatusHasASentence()
{
    const QList<int> statuses = HttpStatus::documentedStatuses();
    QCOMPARE(statuses.size(), 19);
    QSet<QString> sentences;
    for (int status : statuses) {
        const QString sentence = HttpStatus::meaning(status);
        QVERIFY2(!sentence.trimmed().isEmpty(), qPrintable(QString::number(status)));
        QVERIFY2(sentence.contains(QString::number(status)), qPrintable(sentence));
        QVERIFY2(sentence.endsWith(QLatin1Char('.')), qPrintable(sentence));
        sentences.insert(sentence);
    }
    QCOMPARE(sentences.size(), statuses.size()); // each code says something of its own
}

void TestRetryAfter::successAndErrorCodesOfTheTable()
{
    const QList<int> expected = {200, 201, 202, 204, 400, 401, 403, 404, 405, 409,
                                 410, 415, 423, 428, 429, 500, 502, 503, 504};
    QCOMPARE(HttpStatus::documentedStatuses(), expected);
    for (int status : expected)
        QCOMPARE(HttpStatus::isSuccess(status), status < 300);
    // Errors tell the administrator what to do, not only what happened.
    QVERIFY(HttpStatus::meaning(401).contains(QLatin1String("token")));
    QVERIFY(HttpStatus::meaning(403).contains(QLatin1String("spark-admin:workspaces_write")));
    QVERIFY(HttpStatus::meaning(429).contains(QLatin1String("Wait")));
    QVERIFY(HttpStatus::meaning(500).contains(QLatin1String("tracking ID")));
}

void TestRetryAfter::unknownStatusNamesTheCode()
{
    QVERIFY(HttpStatus::meaning(418).contains(QLatin1String("418")));
    QVERIFY(HttpStatus::meaning(206).contains(QLatin1String("206")));
    QVERIFY(!HttpStatus::meaning(0).isEmpty());
}

void TestRetryAfter::networkErrorsHaveSentences_data()
{
    QTest::addColumn<QNetworkReply::NetworkError>("error");
    QTest::addColumn<QString>("word");
    QTest::newRow("refused") << QNetworkReply::ConnectionRefusedError << QStringLiteral("refused");
    QTest::newRow("reset") << QNetworkReply::RemoteHostClosedError << QStringLiteral("closed");
    QTest::newRow("dns") << QNetworkReply::HostNotFoundError << QStringLiteral("DNS");
    QTest::newRow("timeout") << QNetworkReply::TimeoutError << QStringLiteral("in time");
    QTest::newRow("cancelled") << QNetworkReply::OperationCanceledError
                               << QStringLiteral("cancelled");
    QTest::newRow("tls") << QNetworkReply::SslHandshakeFailedError << QStringLiteral("TLS");
    QTest::newRow("proxy") << QNetworkReply::ProxyNotFoundError << QStringLiteral("proxy");
    QTest::newRow("other") << QNetworkReply::UnknownNetworkError << QStringLiteral("network");
}

void TestRetryAfter::networkErrorsHaveSentences()
{
    QFETCH(QNetworkReply::NetworkError, error);
    QFETCH(QString, word);
    const QString text = HttpStatus::networkErrorText(error);
    QVERIFY2(text.contains(word, Qt::CaseInsensitive), qPrintable(text));
}

QTEST_GUILESS_MAIN(TestRetryAfter)
#include "tst_retryafter.moc"
