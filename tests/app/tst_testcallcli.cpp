// `seqring-admin test-call` against a seqring-sandbox process: London - Reception on Christmas
// Day, before and after a do-not-ring holiday criteria, callers of each kind, bad input, no
// token, a service that cannot be read, and the HAR; and the pure parts of its command line.
#include "app/program/testcallsubcommand.h"
#include "models/localclock.h"
#include "tests/common/bulkclitest.h"
#include "tests/common/harcheck.h"
#include "tests/common/sandboxfixture.h"

using namespace seqring;
using namespace seqring::test;

namespace
{

// One finished test-call.
struct CallRun {
    int exitCode = -1;
    QString out;
    QString err;
};

const QString kChristmas = QStringLiteral("2026-12-25 10:00");

} // namespace

// Drives the test-call command end to end.
class TestTestCallCli : public BulkCliTest
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup() { tearDown(); }
    void parseAt_data();
    void parseAt();
    void regionOfZone_data();
    void regionOfZone();
    void privateCallerOnChristmas();
    void numberCallers();
    void unavailableCaller();
    void nowAtTheLocation();
    void badInput_data();
    void badInput();
    void noToken();
    void serviceCannotBeRead();
    void harIsWritten();

private:
    // test-call for London - Reception with `args`; `token` empty: WEBEX_ACCESS_TOKEN unset.
    CallRun testCall(const QStringList &args, const QString &token = kBulkToken);
    // Adds a criteria to London - Reception through the sandbox's API; its ID.
    QString addCriteria(const QByteArray &json);
};

void TestTestCallCli::init()
{
    setUp();
    if (QByteArray(QTest::currentTestFunction()).startsWith("parse") ||
        QByteArray(QTest::currentTestFunction()).startsWith("region"))
        return;
    QVERIFY(startSandbox({}, 0));
}

CallRun TestTestCallCli::testCall(const QStringList &args, const QString &token)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("WEBEX_ACCESS_TOKEN"));
    environment.remove(QStringLiteral("WEBEX_CLIENT_ID"));
    environment.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS")); // no keychain here
    if (!token.isEmpty())
        environment.insert(QStringLiteral("WEBEX_ACCESS_TOKEN"), token);
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), path(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), path(QStringLiteral("data")));
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8")); // English
    process.setProcessEnvironment(environment);
    QStringList all{QStringLiteral("test-call"), QStringLiteral("--workspace"),
                    sandboxtest::londonReception()};
    if (!m_apiRoot.isEmpty())
        all << QStringLiteral("--base-url") << m_apiRoot;
    process.start(QStringLiteral(SEQRING_ADMIN_EXE), all + args);
    CallRun run;
    if (!process.waitForFinished(60000))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QString TestTestCallCli::addCriteria(const QByteArray &json)
{
    QNetworkAccessManager manager;
    QNetworkRequest request(
        QUrl(m_apiRoot + sandboxtest::criteriaPath(sandboxtest::londonReception())));
    request.setRawHeader("Authorization", "Bearer " + kBulkToken.toUtf8());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = manager.post(request, json);
    QEventLoop loop;
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    return QJsonDocument::fromJson(reply->readAll()).object().value(QLatin1String("id")).toString();
}

void TestTestCallCli::parseAt_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("expected");
    const QDateTime invalid;
    QTest::newRow("Christmas") << kChristmas << LocalClock::wall(QDate(2026, 12, 25), QTime(10, 0));
    QTest::newRow("midnight") << "2027-01-01 00:00"
                              << LocalClock::wall(QDate(2027, 1, 1), QTime(0, 0));
    QTest::newRow("29 February of a leap year")
        << "2028-02-29 23:59" << LocalClock::wall(QDate(2028, 2, 29), QTime(23, 59));
    QTest::newRow("date only") << "2026-12-25" << invalid;
    QTest::newRow("ISO T") << "2026-12-25T10:00" << invalid;
    QTest::newRow("seconds") << "2026-12-25 10:00:00" << invalid;
    QTest::newRow("30 February") << "2026-02-30 10:00" << invalid;
    QTest::newRow("25 o'clock") << "2026-12-25 25:00" << invalid;
    QTest::newRow("one-digit hour") << "2026-12-25 9:00" << invalid;
    QTest::newRow("day first") << "25-12-2026 10:00" << invalid;
    QTest::newRow("spaces around") << " 2026-12-25 10:00" << invalid;
    QTest::newRow("empty") << "" << invalid;
}

void TestTestCallCli::parseAt()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, expected);
    QCOMPARE(TestCallSubcommand::parseAt(text), expected);
}

void TestTestCallCli::regionOfZone_data()
{
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QString>("region");
    QTest::newRow("London") << "Europe/London"
                            << "GB";
    QTest::newRow("Paris") << "Europe/Paris"
                           << "FR";
    QTest::newRow("Los Angeles") << "America/Los_Angeles"
                                 << "US";
    QTest::newRow("UTC names no country") << "UTC"
                                          << "US";
    QTest::newRow("unknown") << "Mars/Olympus"
                             << "US";
}

void TestTestCallCli::regionOfZone()
{
    QFETCH(QString, zone);
    QFETCH(QString, region);
    QCOMPARE(TestCallSubcommand::regionOfZone(zone), region);
}

void TestTestCallCli::privateCallerOnChristmas()
{
    // As the demo has it: only the business hours criteria, in effect on a Friday at 10:00.
    CallRun run = testCall({QStringLiteral("--caller"), QStringLiteral("private"),
                            QStringLiteral("--at"), kChristmas});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines.at(0).startsWith(QLatin1String("Rings sequentially: the criteria \"London "
                                                  "Business Hours\" (business hours) matches")),
             qPrintable(lines.at(0)));
    QCOMPARE(lines.at(1), QStringLiteral("Time used: 2026-12-25 10:00 in Europe/London, the time "
                                         "zone of London (the location of London - Reception)."));

    // A do-not-ring criteria for the holidays: read afresh, it decides.
    const QString holiday = addCriteria(
        R"({"scheduleName": "Business Vacation", "scheduleType": "holidays",
            "scheduleLevel": "GROUP", "callsFrom": "ANY_PHONE_NUMBER", "ringEnabled": false})");
    QVERIFY(!holiday.isEmpty());
    run = testCall({QStringLiteral("--caller"), QStringLiteral("private"), QStringLiteral("--at"),
                    kChristmas});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.startsWith(QLatin1String("Does not ring sequentially: the criteria "
                                              "\"Business Vacation\" (holidays) matches this "
                                              "caller and does not ring")),
             qPrintable(run.out));

    run = testCall({QStringLiteral("--caller"), QStringLiteral("private"), QStringLiteral("--at"),
                    kChristmas, QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QJsonParseError error{};
    const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QStringList keys = json.keys();
    keys.sort();
    QCOMPARE(keys, (QStringList{QStringLiteral("at"), QStringLiteral("decidingCriteriaId"),
                                QStringLiteral("matchingCriteriaIds"), QStringLiteral("reason"),
                                QStringLiteral("ringsSequentially"), QStringLiteral("sequence"),
                                QStringLiteral("timeZone")}));
    QCOMPARE(json.value(QLatin1String("ringsSequentially")).toBool(true), false);
    QCOMPARE(json.value(QLatin1String("reason")).toString(),
             QStringLiteral("do-not-ring-criteria"));
    QCOMPARE(json.value(QLatin1String("decidingCriteriaId")).toString(), holiday);
    QCOMPARE(json.value(QLatin1String("matchingCriteriaIds")).toArray(),
             (QJsonArray{sandboxtest::seededCriteria(), holiday}));
    QCOMPARE(json.value(QLatin1String("timeZone")).toString(), QStringLiteral("Europe/London"));
    QCOMPARE(json.value(QLatin1String("at")).toString(), QStringLiteral("2026-12-25T10:00"));
    QVERIFY(json.value(QLatin1String("sequence")).toArray().isEmpty());
    QVERIFY(run.err.isEmpty());
}

void TestTestCallCli::numberCallers()
{
    // A Thursday evening: outside business hours, no criteria matches.
    CallRun run = testCall({QStringLiteral("--caller"), QStringLiteral("+1 415 555 0100"),
                            QStringLiteral("--at"), QStringLiteral("2026-12-24 20:00"),
                            QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(json.value(QLatin1String("reason")).toString(),
             QStringLiteral("no-matching-criteria"));
    // A national number is read in the location's country (GB for Europe/London).
    run = testCall({QStringLiteral("--caller"), QStringLiteral("020 7946 0000"),
                    QStringLiteral("--at"), QStringLiteral("2026-12-23 11:30"),
                    QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    json = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(json.value(QLatin1String("reason")).toString(), QStringLiteral("ring-criteria"));
    const QJsonArray sequence = json.value(QLatin1String("sequence")).toArray();
    QCOMPARE(sequence.size(), 3); // this workspace, then the two numbers
    QVERIFY(sequence.at(0)[QLatin1String("phoneNumber")].isNull());
    QCOMPARE(sequence.at(1)[QLatin1String("phoneNumber")].toString(),
             QStringLiteral("+442071838750"));
}

void TestTestCallCli::unavailableCaller()
{
    const CallRun run = testCall({QStringLiteral("--caller"), QStringLiteral("unavailable"),
                                  QStringLiteral("--at"), QStringLiteral("2026-12-26 10:00")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    // Boxing Day is a Saturday: outside business hours.
    QVERIFY2(run.out.startsWith(QLatin1String("Does not ring sequentially: no criteria matches")),
             qPrintable(run.out));
}

void TestTestCallCli::nowAtTheLocation()
{
    const QString before =
        LocalClock::at(QDateTime::currentDateTimeUtc(), QStringLiteral("Europe/London"))
            .local.toString(QStringLiteral("yyyy-MM-dd"));
    const CallRun run = testCall({QStringLiteral("--caller"), QStringLiteral("private")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QString after =
        LocalClock::at(QDateTime::currentDateTimeUtc(), QStringLiteral("Europe/London"))
            .local.toString(QStringLiteral("yyyy-MM-dd"));
    QVERIFY2(run.out.contains(QLatin1String("Time used: ") + before) ||
                 run.out.contains(QLatin1String("Time used: ") + after),
             qPrintable(run.out));
    QVERIFY(run.out.contains(QLatin1String(" in Europe/London")));
}

void TestTestCallCli::badInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("named"); // in the reason
    QTest::newRow("unknown caller")
        << QStringList{QStringLiteral("--caller"), QStringLiteral("nobody")}
        << QStringLiteral("nobody");
    QTest::newRow("bad international number")
        << QStringList{QStringLiteral("--caller"), QStringLiteral("+99 12")}
        << QStringLiteral("+99 12");
    QTest::newRow("national number too short")
        << QStringList{QStringLiteral("--caller"), QStringLiteral("12")} << QStringLiteral("12");
    QTest::newRow("no caller") << QStringList() << QStringLiteral("--caller");
    QTest::newRow("unparseable time")
        << QStringList{QStringLiteral("--caller"), QStringLiteral("private"),
                       QStringLiteral("--at"), QStringLiteral("25/12/2026 10:00")}
        << QStringLiteral("25/12/2026 10:00");
    QTest::newRow("no such day") << QStringList{QStringLiteral("--caller"),
                                                QStringLiteral("private"), QStringLiteral("--at"),
                                                QStringLiteral("2026-02-30 10:00")}
                                 << QStringLiteral("2026-02-30 10:00");
    QTest::newRow("unknown option")
        << QStringList{QStringLiteral("--caller"), QStringLiteral("private"),
                       QStringLiteral("--when")}
        << QStringLiteral("when");
}

void TestTestCallCli::badInput()
{
    QFETCH(QStringList, args);
    QFETCH(QString, named);
    const CallRun run = testCall(args);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(named), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
}

void TestTestCallCli::noToken()
{
    const CallRun run = testCall({QStringLiteral("--caller"), QStringLiteral("private")}, {});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QLatin1String("No token for ") + m_apiRoot), qPrintable(run.err));
    QCOMPARE(stats().value(QLatin1String("requests")).toInt(), 0);
}

void TestTestCallCli::serviceCannotBeRead()
{
    // The token lacks spark-admin:telephony_config_read: the schedules cannot be read.
    CallRun run = testCall({QStringLiteral("--caller"), QStringLiteral("private")},
                           QStringLiteral("sandbox-demo-no-telephony-token"));
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QLatin1String("spark-admin:telephony_config_read")),
             qPrintable(run.err));
    QVERIFY(run.out.isEmpty());

    // Nothing listens: the workspace cannot be read.
    m_sandbox->kill();
    m_sandbox->waitForFinished(5000);
    run = testCall({QStringLiteral("--caller"), QStringLiteral("private")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QLatin1String("Reading the workspace failed")), qPrintable(run.err));
}

void TestTestCallCli::harIsWritten()
{
    const QString har = path(QStringLiteral("call.har"));
    const CallRun run =
        testCall({QStringLiteral("--caller"), QStringLiteral("private"), QStringLiteral("--at"),
                  kChristmas, QStringLiteral("--har"), har});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QFile file(har);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    int entries = 0;
    QCOMPARE(harProblems(bytes, &entries), QStringList());
    // workspace, settings, one criteria, location, schedule list, two schedules
    QCOMPARE(entries, 7);
    QVERIFY(!bytes.contains(kBulkToken.toUtf8()));
}

QTEST_GUILESS_MAIN(TestTestCallCli)
#include "tst_testcallcli.moc"
