// --har FILE of a long run: the exchanges the request log lets go beyond its capacity are
// written as they go, the rest at the end, so the file holds the whole run, in order, valid
// HAR 1.2, with every secret redacted; and a file that cannot be written stops the run first.
#include "app/client/harfile.h"
#include "app/client/requestlog.h"
#include "tests/common/harcheck.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace seqring;

namespace
{

const QByteArray kToken("HAR-FILE-token-0f3a");

// Exchange `i`: its number in the URL, the token in its header and echoed in its answer.
void recordExchange(RequestLog *log, int i)
{
    HttpRequestSpec spec;
    spec.method = "POST";
    spec.url = QUrl(QStringLiteral("https://webexapis.com/v1/x?i=%1").arg(i));
    spec.headers = {{"Authorization", "Bearer " + kToken}, {"Content-Type", "application/json"}};
    spec.body = R"({"n":)" + QByteArray::number(i) + "}";
    ApiResult result;
    result.httpStatus = 201;
    result.body = R"({"echo":")" + kToken + R"("})";
    log->record(spec, result, QDateTime::currentDateTimeUtc(), 2);
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

// Tests the HAR file written while a run goes.
class TestHarFile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void holdsTheWholeRunBeyondTheLogsCapacity_data();
    void holdsTheWholeRunBeyondTheLogsCapacity();
    void appearsOnlyWhenFinished();
    void unwritableFileIsRefusedAtTheStart();
};

void TestHarFile::holdsTheWholeRunBeyondTheLogsCapacity_data()
{
    QTest::addColumn<int>("capacity");
    QTest::addColumn<int>("exchanges");
    QTest::newRow("none") << 3 << 0;
    QTest::newRow("fewer than kept") << 3 << 2;
    QTest::newRow("exactly kept") << 3 << 3;
    QTest::newRow("beyond the capacity") << 3 << 10;
    QTest::newRow("one kept") << 1 << 7;
}

void TestHarFile::holdsTheWholeRunBeyondTheLogsCapacity()
{
    QFETCH(int, capacity);
    QFETCH(int, exchanges);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("run.har"));
    RequestLog log;
    log.setCapacity(capacity);
    HarFile har(path);
    QString error;
    QVERIFY2(har.start(&log, &error), qPrintable(error));
    for (int i = 0; i < exchanges; ++i)
        recordExchange(&log, i);
    QCOMPARE(int(log.size()), qMin(capacity, exchanges)); // memory stays bounded
    QCOMPARE(har.finish(&log), QString());

    const QByteArray bytes = readAll(path);
    int count = -1;
    const QStringList problems = test::harProblems(bytes, &count);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    QCOMPARE(count, exchanges);
    const QJsonArray entries = QJsonDocument::fromJson(bytes)
                                   .object()
                                   .value(QLatin1String("log"))
                                   .toObject()
                                   .value(QLatin1String("entries"))
                                   .toArray();
    for (int i = 0; i < entries.size(); ++i) {
        const QString url = entries.at(i)
                                .toObject()
                                .value(QLatin1String("request"))
                                .toObject()
                                .value(QLatin1String("url"))
                                .toString();
        QVERIFY2(url.endsWith(QStringLiteral("i=%1").arg(i)), qPrintable(url)); // in order
    }
    QVERIFY(!bytes.contains(kToken));
    // After finish() the log no longer hands over what it drops.
    recordExchange(&log, exchanges);
    recordExchange(&log, exchanges + 1);
    QCOMPARE(readAll(path), bytes);
}

void TestHarFile::appearsOnlyWhenFinished()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("run.har"));
    RequestLog log;
    log.setCapacity(2);
    HarFile har(path);
    QString error;
    QVERIFY(har.start(&log, &error));
    for (int i = 0; i < 5; ++i)
        recordExchange(&log, i);
    QVERIFY(!QFile::exists(path)); // a run killed now leaves no half file behind
    QCOMPARE(har.finish(&log), QString());
    QVERIFY(QFile::exists(path));
}

void TestHarFile::unwritableFileIsRefusedAtTheStart()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing/run.har"));
    RequestLog log;
    HarFile har(path);
    QString error;
    QVERIFY(!har.start(&log, &error));
    QVERIFY2(error.contains(QLatin1String("missing")), qPrintable(error));
    recordExchange(&log, 0); // nothing is handed to a file never opened
    QCOMPARE(int(log.size()), 1);
}

QTEST_GUILESS_MAIN(TestHarFile)
#include "tst_harfile.moc"
