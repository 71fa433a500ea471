// The seqring-sandbox executable: command line, the listening line, and curl against it.
#include "tests/common/sandboxfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace sandboxtest;

namespace
{

const QString kToken = QStringLiteral("sandbox-demo-admin-token");

// One curl run: the HTTP status, the headers and the body.
struct CurlResult {
    int status = 0;
    QByteArray headers;
    QByteArray body;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

} // namespace

// Runs the seqring-sandbox executable and talks to it with curl.
class TestSandboxCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup();
    void help();
    void badArguments_data();
    void badArguments();
    void curlCreatesAndLists();
    void forcedStatusOption();
    void allowDuplicatesOption();
    void stateOption();

private:
    // Starts seqring-sandbox with args; returns its API root read from the listening line.
    QString startSandbox(const QStringList &args);
    CurlResult curl(const QStringList &args);

    std::unique_ptr<QProcess> m_sandbox;
};

QString TestSandboxCli::startSandbox(const QStringList &args)
{
    m_sandbox = std::make_unique<QProcess>();
    m_sandbox->setProgram(QStringLiteral(SEQRING_SANDBOX_EXE));
    m_sandbox->setArguments(args);
    m_sandbox->start();
    if (!m_sandbox->waitForStarted(5000))
        return {};
    QByteArray output;
    QSignalSpy spy(m_sandbox.get(), &QProcess::readyReadStandardOutput);
    while (output.count('\n') < 2 && (spy.count() > 0 || spy.wait(5000))) {
        spy.clear();
        output += m_sandbox->readAllStandardOutput();
    }
    const QStringList lines = QString::fromUtf8(output).split(QLatin1Char('\n'));
    static const QRegularExpression listening(
        QStringLiteral("^Sandbox API listening on (http://127\\.0\\.0\\.1:[1-9][0-9]*/v1)$"));
    const auto match = listening.match(lines.value(0));
    if (!match.hasMatch() || lines.value(1) != QLatin1String("Demo token: ") + kToken) {
        qWarning("unexpected output: %s", output.constData());
        return {};
    }
    return match.captured(1);
}

CurlResult TestSandboxCli::curl(const QStringList &args)
{
    QProcess process;
    QStringList all{QStringLiteral("--silent"), QStringLiteral("--show-error"),
                    QStringLiteral("--include"), QStringLiteral("--max-time"),
                    QStringLiteral("10")};
    process.start(QStringLiteral("curl"), all + args);
    CurlResult result;
    if (!process.waitForFinished(15000) || process.exitCode() != 0) {
        qWarning("curl failed: %s", process.readAllStandardError().constData());
        return result;
    }
    const QByteArray output = process.readAllStandardOutput();
    const qsizetype split = output.indexOf("\r\n\r\n");
    result.headers = output.left(split);
    result.body = output.mid(split + 4);
    result.status = output.mid(9, 3).toInt(); // "HTTP/1.1 201 Created"
    return result;
}

void TestSandboxCli::cleanup()
{
    if (m_sandbox) {
        m_sandbox->terminate();
        QVERIFY(m_sandbox->waitForFinished(5000));
        m_sandbox.reset();
    }
}

void TestSandboxCli::help()
{
    QProcess process;
    process.start(QStringLiteral(SEQRING_SANDBOX_EXE), {QStringLiteral("--help")});
    QVERIFY(process.waitForFinished(5000));
    QCOMPARE(process.exitCode(), 0);
    const QByteArray help = process.readAllStandardOutput();
    for (const char *option :
         {"--port", "--state", "--rate-limit", "--force-status", "--retry-after", "--latency",
          "--drop", "--malformed", "--oversized", "--allow-duplicates"})
        QVERIFY2(help.contains(option), option);
}

void TestSandboxCli::badArguments_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("mention");
    QTest::newRow("rate limit without window")
        << QStringList{QStringLiteral("--rate-limit"), QStringLiteral("5")}
        << QStringLiteral("--rate-limit");
    QTest::newRow("status outside the table")
        << QStringList{QStringLiteral("--force-status"), QStringLiteral("299")}
        << QStringLiteral("299");
    QTest::newRow("port not a number")
        << QStringList{QStringLiteral("--port"), QStringLiteral("http")}
        << QStringLiteral("--port");
    QTest::newRow("negative latency")
        << QStringList{QStringLiteral("--latency"), QStringLiteral("-5")}
        << QStringLiteral("--latency");
}

void TestSandboxCli::badArguments()
{
    QFETCH(QStringList, args);
    QFETCH(QString, mention);
    QProcess process;
    process.start(QStringLiteral(SEQRING_SANDBOX_EXE), args);
    QVERIFY(process.waitForFinished(5000));
    QCOMPARE(process.exitCode(), 2);
    QVERIFY(process.readAllStandardOutput().isEmpty());
    QVERIFY(QString::fromUtf8(process.readAllStandardError()).contains(mention));
}

void TestSandboxCli::curlCreatesAndLists()
{
    if (QStandardPaths::findExecutable(QStringLiteral("curl")).isEmpty())
        QSKIP("curl is not installed; the executable test sends its requests with curl");
    const QString root = startSandbox({});
    QVERIFY(!root.isEmpty());
    const QString auth = QLatin1String("Authorization: Bearer ") + kToken;

    const CurlResult created =
        curl({QStringLiteral("-X"), QStringLiteral("POST"), QStringLiteral("-H"), auth,
              QStringLiteral("-H"), QStringLiteral("Content-Type: application/json"),
              QStringLiteral("--data"), QString::fromUtf8(seedExample()),
              root + criteriaPath(londonBoardroom())});
    QCOMPARE(created.status, 201);
    const QString id = created.json().value(QLatin1String("id")).toString();
    QVERIFY(id.startsWith(QLatin1String("Y2lzY29zcGFyazovL3VzL0NSSVRFUklBL")));

    const CurlResult listed =
        curl({QStringLiteral("-H"), auth, root + settingsPath(londonBoardroom())});
    QCOMPARE(listed.status, 200);
    const QJsonArray criteria = listed.json().value(QLatin1String("criteria")).toArray();
    QCOMPARE(criteria.size(), 1);
    QCOMPARE(criteria.first().toObject().value(QLatin1String("id")).toString(), id);
    QCOMPARE(criteria.first().toObject().value(QLatin1String("scheduleName")).toString(),
             QStringLiteral("Business Vacation"));
}

void TestSandboxCli::forcedStatusOption()
{
    if (QStandardPaths::findExecutable(QStringLiteral("curl")).isEmpty())
        QSKIP("curl is not installed; the executable test sends its requests with curl");
    const QString root = startSandbox({QStringLiteral("--force-status"), QStringLiteral("423:1"),
                                       QStringLiteral("--retry-after"), QStringLiteral("2")});
    QVERIFY(!root.isEmpty());
    const QString auth = QLatin1String("Authorization: Bearer ") + kToken;
    const CurlResult locked =
        curl({QStringLiteral("-H"), auth, root + QLatin1String("/people/me")});
    QCOMPARE(locked.status, 423);
    QVERIFY(locked.headers.toLower().contains("\r\nretry-after: 2"));
    QVERIFY(!locked.json().value(QLatin1String("trackingId")).toString().isEmpty());
    QCOMPARE(curl({QStringLiteral("-H"), auth, root + QLatin1String("/people/me")}).status, 200);
}

void TestSandboxCli::allowDuplicatesOption()
{
    if (QStandardPaths::findExecutable(QStringLiteral("curl")).isEmpty())
        QSKIP("curl is not installed; the executable test sends its requests with curl");
    const QString root = startSandbox({QStringLiteral("--allow-duplicates")});
    QVERIFY(!root.isEmpty());
    const QString auth = QLatin1String("Authorization: Bearer ") + kToken;
    const QStringList post{QStringLiteral("-X"),
                           QStringLiteral("POST"),
                           QStringLiteral("-H"),
                           auth,
                           QStringLiteral("-H"),
                           QStringLiteral("Content-Type: application/json"),
                           QStringLiteral("--data"),
                           QString::fromUtf8(seedExample()),
                           root + criteriaPath(londonBoardroom())};
    QCOMPARE(curl(post).status, 201);
    QCOMPARE(curl(post).status, 201);
    const CurlResult listed =
        curl({QStringLiteral("-H"), auth, root + settingsPath(londonBoardroom())});
    QCOMPARE(listed.json().value(QLatin1String("criteria")).toArray().size(), 2);
}

void TestSandboxCli::stateOption()
{
    if (QStandardPaths::findExecutable(QStringLiteral("curl")).isEmpty())
        QSKIP("curl is not installed; the executable test sends its requests with curl");
    QTemporaryDir dir;
    const QStringList args{QStringLiteral("--state"), dir.filePath(QStringLiteral("state.json"))};
    QString root = startSandbox(args);
    QVERIFY(!root.isEmpty());
    const QString auth = QLatin1String("Authorization: Bearer ") + kToken;
    const CurlResult created =
        curl({QStringLiteral("-H"), auth, QStringLiteral("-H"),
              QStringLiteral("Content-Type: application/json"), QStringLiteral("--data"),
              QStringLiteral(R"({"callsFrom":"ANY_PHONE_NUMBER","ringEnabled":true})"),
              root + criteriaPath(londonBoardroom())});
    QCOMPARE(created.status, 201);
    cleanup();

    root = startSandbox(args);
    QVERIFY(!root.isEmpty());
    const QString id = created.json().value(QLatin1String("id")).toString();
    const CurlResult got = curl({QStringLiteral("-H"), auth,
                                 root + criteriaPath(londonBoardroom()) + QLatin1Char('/') + id});
    QCOMPARE(got.status, 200);
    QCOMPARE(got.json().value(QLatin1String("callsFrom")).toString(),
             QStringLiteral("ANY_PHONE_NUMBER"));
}

QTEST_GUILESS_MAIN(TestSandboxCli)
#include "tst_sandboxcli.moc"
